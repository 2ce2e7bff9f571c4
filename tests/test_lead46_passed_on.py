"""lead46 (nc53 #2): an ask passed through a go-between ("could you ask <body> the following: - ... - ...", "As
discussed at the meeting, could you ask <body> how many ...") is the person's request to the body: the body is the
addressee, each question a part; none is lost into a remark. Invented messages."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.embedded_asks import passed_on_asks
from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)

EMAIL = ("Hi Sue,\n\nHope you're well. As discussed at the tenants meeting, could you ask Leeds City Council the "
         "following:\n\n- how many potholes were reported on our estate roads in 2025\n"
         "- how much did the council spend on pothole repairs in 2025\n"
         "- the contract with the repair firm, how much is it worth and when does it end\n\nThanks\nPat\n")


def test_each_bullet_of_a_passed_on_email_is_a_part():
    f = frame_message(EMAIL, today=TODAY)
    assert f.authority and f.authority.name == "Leeds City Council"
    texts = " | ".join(p.text.lower() for p in f.parts)
    assert len(f.parts) == 3, texts
    assert "potholes reported" in texts and "spent on pothole repairs" in texts and "contract" in texts
    assert not any("could you ask" in p.text.lower() or "as discussed" in p.text.lower() for p in f.parts)


@pytest.mark.parametrize("text", [
    "As discussed at the meeting, could you ask Leeds City Council how many potholes were reported in 2025",
    "further to our chat, can you please ask leeds city council how many potholes were reported in 2025",
])
def test_an_opener_and_a_go_between_do_not_make_the_question_a_remark(text):
    f = frame_message(text, today=TODAY)
    assert [p.kind for p in f.parts] == ["count"]
    assert "potholes" in f.parts[0].text.lower()


@pytest.mark.parametrize("text", [
    "could you ask them how many potholes there are",  # no body named: left as typed
    "can you tell me how many potholes were reported in 2025",  # asked of askfoi, not passed on
])
def test_not_a_passed_on_ask(text):
    assert passed_on_asks(text) == text
