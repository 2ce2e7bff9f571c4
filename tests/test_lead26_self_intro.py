"""Lead, session 26: a question opening with "were" is a question, never a self-introduction read as "we're"
(fr26's self_intro pattern made "Were any technical flaws found" background, a remark: held-out h26-36)."""
import pytest

from askfoi.framing import frame_message
from askfoi.questions import read_message


@pytest.mark.parametrize("text", [
    "2. Were any technical flaws found what were they and what action was taken if wrong.",
    "Were any fines issued to the contractor what were they",
    "were the bins collected late how often did it happen",
])
def test_a_question_opening_with_were_is_no_introduction(text):
    reading = read_message(text)
    assert not any(r.lower().startswith("were") for r in reading.remarks), reading.remarks


def test_we_are_with_an_apostrophe_is_still_an_introduction():
    framing = frame_message("we're in leeds, how many potholes did the council fix last year")
    assert framing.parts and all("leeds," not in p.text.lower() for p in framing.parts)
    assert "pothole" in framing.parts[0].text.lower()
