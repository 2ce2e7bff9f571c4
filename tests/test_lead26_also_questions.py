"""Lead, session 26 (nu29): a question after "also" / "and" is a question like any other (it was asked back as if
it named nothing: "What exactly should 'also can i see there maintenance reports' ask about?"), and "there" after
a verb of getting or seeing records is "their"."""
import pytest

from askfoi.framing import frame_message
from askfoi.word_slips import read_as_meant


@pytest.mark.parametrize("text,kept", [
    ("how many potholes did leeds city council fix in 2024? also can i see there maintenance reports", "maintenance reports"),
    ("how many families were evicted by manchester city council last year. Also what is the councils policy on evictions",
     "polic"),
    ("how many parking fines did brighton council issue in 2025? and also who sets the fine amounts", "fine amounts"),
])
def test_a_question_after_also_becomes_a_part(text, kept):
    framing = frame_message(text)
    assert len(framing.parts) == 2 and kept in framing.parts[1].text.lower(), [p.text for p in framing.parts]
    assert not framing.questions


@pytest.mark.parametrize("typed,meant", [
    ("also can i see there maintenance reports", "also can i see their maintenance reports"),
    ("can i get there records please", "can i get their records please"),
    ("can i see there is a problem", "can i see there is a problem"),
])
def test_there_after_a_verb_of_getting_records(typed, meant):
    assert read_as_meant(typed) == meant
