"""lead47 (fc55's finding): "officers filming us" told in a story at a march, before questions about every protester
filmed, is no request for the writer's own data: the letter stays FOI (it was routed as a subject access request
with one part, "The footage of me.", and the three questions were lost). A sentence asking whether "we" are watched
is still the writer's own data."""

from datetime import date

import pytest

from askfoi.framing import frame_message

MARCH = ("I was at the Palestine march in Manchester last Saturday and noticed officers filming us from a van with no "
         "markings. Can GMP tell me: 1) were protesters filmed covertly 2) how long is the footage kept 3) was any of it "
         "shared with counter terrorism police?")


def test_a_story_of_being_filmed_at_a_march_stays_foi():
    framed = frame_message(MARCH, today=date(2026, 12, 5))
    assert framed.route != "sar"
    assert not any("footage of me" in p.text.lower() for p in framed.parts)


@pytest.mark.parametrize("text", [
    "are the police watching us? my husband thinks our phones are tapped",
    "is west yorkshire police tracking my phone",
])
def test_asking_whether_we_are_watched_is_still_own_data(text):
    assert frame_message(text, today=date(2026, 12, 5)).route == "sar"
