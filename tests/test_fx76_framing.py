"""fx76 (issue 8): framing real first messages: a lead-in's list of bare values (names, periods, qualifiers of time)
fills the lead; a parliamentary-question frame ("To ask X if ...") comes off; a named topic's rest goes inside an item
that already says its thing; The Royal Parks and HS2 Ltd are found; a note on a question is no part of the letter.
Every example is in askfoi's own words."""

from __future__ import annotations

from datetime import date

from askfoi.authorities import normalise
from askfoi.framing import frame_message
from askfoi.value_lists import joined_value_lists

TODAY = date(2026, 12, 5)


def _frame(text: str):
    return frame_message(text, today=TODAY)


def _parts(text: str) -> list[str]:
    return [p.text for p in _frame(text).parts]


def test_named_places_under_a_lead_in_are_written_into_it():
    framing = _frame("Dear Borough Council,\n\nPlease send the number of fly-tipping reports received in 2024 in the "
                     "following wards:\n\n(1) Hightown\n(2) Marsh Green\n(3) Old Quay\n\nYours faithfully,")
    texts = [p.text for p in framing.parts]
    assert len(texts) == 1, texts
    assert all(w in texts[0] for w in ("Hightown", "Marsh Green", "Old Quay")), texts
    assert not framing.unframed, framing.unframed


def test_named_people_after_held_by_are_written_into_the_lead():
    # a bulleted list pasted as one line of dots (". Name . Name"), as copied from a letter
    texts = _parts("Since January 2024, a list of all meetings with external organisations held by:\n\n"
                   ". Jane Porter . Sam Idris")
    assert len(texts) == 1 and "Jane Porter" in texts[0] and "Sam Idris" in texts[0], texts
    assert not texts[0].rstrip(".").endswith(":"), texts


def test_a_list_of_periods_is_no_item_of_its_own():
    texts = _parts("For each question I want the figures for each of the following years:\n\ni) 2021/22\n\n"
                   "ii) 2022/23\n\niii) 2023/24\n\niv) 2024/25 to date (latest figures available)\n\n"
                   "1. How many school buses were cancelled?\n\n"
                   "2. How many complaints about school transport were received?")
    assert len(texts) == 2, texts
    assert not any(t.rstrip(".?").endswith(("2021/22", "2022/23", "2023/24")) for t in texts), texts
    assert not any("for each question" in t.lower() for t in texts), texts


def test_qualifiers_of_time_under_a_question_stay_one_question():
    texts = _parts("During the period 1 January 2024 to 30 June 2024 how many late cancellations of bookings of the "
                   "community hall by [named club] were there for:\n\n(a) within 7 days of the date of the booking;\n\n"
                   "(b) within 14 days of the date of the booking.")
    assert len(texts) == 1, texts
    assert "7 days" in texts[0] and "14 days" in texts[0], texts
    assert not texts[0].lower().startswith("within"), texts


def test_a_parliamentary_question_frame_comes_off():
    texts = _parts("1. To ask Network Rail, for the number of level crossings closed in 2024?\n"
                   "2. To ask Network Rail if they have an assessment of the risk at each open level crossing?")
    assert not any(t.lower().startswith("to ask") for t in texts), texts
    assert any(t.startswith("Please confirm whether you have an assessment") for t in texts), texts


def test_the_royal_parks_and_hs2_ltd_are_found():
    assert _frame("Dear The Royal Parks,\n\nHow many events were held in Hyde Park in 2024?").authority.name \
        == "The Royal Parks"
    assert _frame("How many compensation claims has HS2 Ltd paid in 2024?").authority.name \
        == "High Speed Two (HS2) Limited"


def test_a_company_suffix_typed_glued_to_a_name_ending_in_a_digit():
    assert normalise("HS2ltd") == normalise("HS2 Ltd")


def test_a_named_topic_goes_inside_an_item_that_already_says_its_thing():
    texts = _parts("Please provide info about the 20mph limit on Mill Road, namely:\n\n"
                   "1. When was the 20mph limit introduced\n\n2. How much did the new signs cost")
    assert texts[0].startswith("When was the 20mph limit on Mill Road introduced"), texts
    assert texts[0].lower().count("20mph limit") == 1, texts


def test_a_note_on_one_question_is_no_part():
    texts = _parts("1. How much was spent on grass cutting in 2024?\n\n2. How many parks does the council manage\n\n"
                   "Question 1 refers to the council's own spending, not its contractors'.")
    assert not any("refers to" in t for t in texts), texts


def test_guard_a_list_of_records_under_a_lead_is_left_as_items():
    # guard (passes on main too): records, not bare values, stay items of their own
    text = "Please provide the following:\n- Minutes of the planning committee\n- Contracts for grounds maintenance"
    assert joined_value_lists(text) == text
