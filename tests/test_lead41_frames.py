"""lead41 (nc43's open faults): a count of an age group ("under 18s") and of a compound verb ("strip searched"); the
body named again another way ("the met" after "The met police") never left in a part; a report of a problem is
resolved, the problem is fixed; a format note ("Format: excel spreadsheet please") is the format chosen, not a part."""

import pytest

from askfoi.framing import frame_message
from askfoi.own_details import take_details


def _parts(message: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in frame_message(message).parts]


@pytest.mark.parametrize("message, counted", [
    ("How many under 18s were strip searched by the met in 2024/25?", "under-18s strip-searched"),
    ("how many children were strip searched by essex police in 2024", "children strip-searched"),
    ("how many over 65s were fined by leeds city council in 2024", "over-65s fined"),
])
def test_an_age_group_and_a_compound_verb_are_counted(message, counted):
    parts = _parts(message)
    assert parts == [("count", f"The number of {counted}.")]


def test_an_adverb_before_the_participle_is_no_compound():
    texts = " ".join(t for _, t in _parts("how many complaints were later upheld by leeds city council in 2024"))
    assert "later-upheld" not in texts


def test_the_body_named_again_another_way_is_never_left_in_a_part():
    parts = _parts("The met police - how many stop and searches did the met do in 2024? also how many resulted in "
                   "arrest")
    assert len(parts) == 2
    assert not any("the met" in t.lower().replace("the metropolitan", "") for _, t in parts)


def test_a_yes_no_question_names_the_body_as_the_letter_does():
    parts = _parts("how many under 18s were strip searched by the met in 2024/25? and does the met record the reason")
    assert "the met " not in parts[1][1].lower() + " "
    assert "you record the reason" in parts[1][1]  # the body the letter goes to, spoken to (lf64; was "the force")
    assert _parts("does the met record the reason for strip searches?") == [
        ("shown_by", "Any records held of the reason for strip searches.")]


def test_a_place_named_like_the_body_stays_a_place():
    parts = _parts("leeds council: how many potholes were reported in leeds in 2024")
    assert parts == [("count", "The number of potholes reported in Leeds.")]


@pytest.mark.parametrize("message, expected", [
    ("how many damp and mould complaints were fixed by leeds city council in 2024",
     "The number of damp and mould complaints resolved."),
    ("how many damp and mould complaints did leeds city council fix in 2024",
     "The number of damp and mould complaints resolved."),
    ("how many pothole reports got fixed in 2024 by kent county council", "The number of pothole reports resolved."),
    ("how many potholes were fixed by kent county council in 2024", "The number of potholes fixed."),
])
def test_reports_are_resolved_problems_are_fixed(message, expected):
    assert _parts(message) == [("count", expected)]


@pytest.mark.parametrize("note", ["Format: excel spreadsheet please", "format - csv if possible",
                                  "excel would be best", "Preferred format: CSV"])
def test_a_format_note_is_the_format_chosen(note):
    given = take_details(f"how many fly tipping reports did bristol city council get in 2024, by ward?\n{note}")
    assert given.format_choice == 1
    assert "format" not in given.rest.lower() and "excel" not in given.rest.lower()


def test_a_force_named_by_a_short_name_is_the_force():
    assert _parts("do hampshire police monitor social media accounts of activists") == [
        ("shown_by", "Any recorded information showing whether you monitor social media accounts of activists.")]
    # lf64: the force is spoken to; sq101 (nc100 j1): a yes/no question the body does is asked as whether it does it
    # ("whether you monitor ..."), never "Any records of your monitoring ..." (read as the force's own accounts)
