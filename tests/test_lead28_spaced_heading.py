"""A short heading run into the sentence under it with a space ("Agency spend Please provide ...") used to turn the
whole first question into a remark: the question was lost from the letter (lead, session 28)."""
import pytest

from askfoi.framing import frame_message
from askfoi.pasted_layout import restore_breaks


@pytest.mark.parametrize("text, wanted", [
    ("Agency spend Please provide the total spent on agency staff in 2024. Please also provide the number of "
     "agency staff.", "agency staff in 2024"),
    ("Potholes Please tell me how many potholes were reported in 2024. Please also tell me the cost of repairs.",
     "potholes reported"),
    ("2. School transport Could you tell me how many children get free school transport? And how much it costs?",
     "school transport"),
])
def test_question_under_a_run_on_heading_is_a_part(text, wanted):
    framing = frame_message(text)
    joined = " ".join(p.text for p in framing.parts).lower()
    assert wanted in joined
    assert len(framing.parts) >= 2


@pytest.mark.parametrize("line", [
    "Could you Please tell me how many potholes were reported?",
    "I would like to know, Please provide the figures.",
    "Please provide the number of fines issued.",
])
def test_lines_that_ask_themselves_are_left_as_typed(line):
    assert restore_breaks(line) == line


def test_heading_goes_on_its_own_line():
    assert restore_breaks("Parking fines Please provide the number of fines.") == (
        "Parking fines\nPlease provide the number of fines.")
