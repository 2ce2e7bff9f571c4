"""ck50 (nc49 #5): a client's (or relative's) own records named bare ("the footage", "the search record") after a
story of what happened to them go down the subject access route, in the voice of the person who signs."""

import pytest

from askfoi.framing import frame_message
from askfoi.whose_records import read_whose

CLIENT_STOP = ("my client was stopped and searched by thames valley police in reading last month and wants the body "
               "camera footage and the search record")


def test_client_stop_is_a_subject_access_request():
    f = frame_message(CLIENT_STOP)
    assert f.route == "sar"
    assert f.authority is not None and f.authority.name == "Thames Valley Police"
    texts = [p.text.lower() for p in f.parts]
    assert any("footage" in t for t in texts)
    assert any("search record" in t for t in texts)
    codes = {x.code for x in f.findings}
    assert "footage-retention" in codes
    assert "too-vague" not in codes


def test_client_story_told_in_the_signers_voice():
    f = frame_message(CLIENT_STOP)
    told = [p.text for p in f.parts if p.text.startswith("Any other personal data")]
    # (sp61: since nf97 the event is named with a blank for its exact day, never the story told back: "... about me
    # relating to the stop and search on [DATE]." - still in the voice of the person who signs)
    assert told and "my client" not in told[0].lower() and "about me" in told[0] and "stop and search" in told[0]


@pytest.mark.parametrize("text", [
    "my client was arrested by kent police in march and wants the custody record",
    "my client was stopped and searched by the met last week and wants the body cam footage",
])
def test_client_event_owner(text):
    w = read_whose(text)
    assert w.subject == "client"


def test_client_named_earlier_is_not_the_event_owner():
    w = read_whose("client here, her 15 year old son was stopped and searched by the met and she wants the records of those stops")
    assert w.subject == "child"


def test_a_record_named_by_its_event_stays_a_record():
    f = frame_message("my mum fell in the care home run by the council and she wants the incident report")
    assert f.route == "sar"
    assert any(p.text.startswith("The incident report") for p in f.parts), [p.text for p in f.parts]
