"""fr24a (issue 8): the roles of clauses in a message typed as people speak: story vs ask per clause, a wish naming
records, a comparison, a subset counted from a count, a length kept in the part, a yes/no put under a verb of asking
(askfoi/informal_roles.py and its hooks). Invented sentences only."""
from __future__ import annotations

from datetime import date

from askfoi.framing import frame_message
from askfoi.informal_roles import closed_clause, refusal_told
from askfoi.periods import is_length
from askfoi.story_antecedents import tells, told_then_asked

TODAY = date(2026, 12, 2)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_a_refusal_told_is_story_not_the_person_asking():
    assert refusal_told("my daughter is at the college and they wont tell her")
    assert refusal_told("the school refused to explain")
    assert not refusal_told("can you tell me")
    assert tells("my daughter is at the college and they wont tell her.")
    assert not tells("can you tell me how many.")


def test_a_question_after_a_story_at_a_comma_is_the_part_and_the_story_is_not():
    text = ("my daughter is at the university of york and they wont tell her, how many students complained about "
            "damp in halls in 2025")
    split = told_then_asked(text)
    assert split is not None and split[1].lower().startswith("how many students")
    parts = _parts(text)
    assert len(parts) == 1
    assert "daughter" not in parts[0].lower() and "students" in parts[0] and "complain" in parts[0]


def test_a_question_after_a_story_is_not_left_out_as_a_remark():
    text = ("my neighbour was evicted, can we find out from leeds city council how many families were placed in "
            "bed and breakfast in 2025")
    parts = _parts(text)
    assert any("families" in p and "bed and breakfast" in p for p in parts), parts
    assert not any("evicted" in p for p in parts)


def test_a_wish_naming_correspondence_is_a_correspondence_part():
    f = frame_message("i want all the emails between the head of parks and councillor brown at york council about "
                      "the skate park in 2025", today=TODAY)
    assert [p.kind for p in f.parts] == ["correspondence"], [p.text for p in f.parts]
    assert "head of parks" in f.parts[0].text and "skate park" in f.parts[0].text
    assert not f.questions


def test_a_wish_naming_readings_is_not_lost():
    parts = _parts("i want to know noise readings for the monitor near the bypass in swindon for 2025")
    assert any("noise readings" in p and "bypass" in p for p in parts), parts


def test_a_comparison_of_two_bodies_asks_each_the_same_question():
    f = frame_message("i want to compare how much durham police and cleveland police spent on body cameras in 2024",
                      today=TODAY)
    assert [p.text for p in f.parts] == ["The total amount spent on body cameras."]
    assert len(f.named_together) == 2


def test_a_subset_of_a_count_with_a_clause_of_its_own_is_framed_of_the():
    parts = _parts("how many trains were cancelled in 2025 because there was no guard, and how many of those were "
                   "on sundays")
    assert parts[1].startswith("Of the trains cancelled because there was no guard, the number that were on sundays"), parts
    assert closed_clause("cancelled because there was no guard")
    assert not closed_clause("seized by the council")


def test_a_plain_subset_keeps_its_relative_clause():
    parts = _parts("how many cats were microchipped in 2025 and how many of those were strays")
    assert parts[1] == "The number of cats microchipped that were strays."


def test_a_length_stays_in_the_part_and_is_not_the_period():
    text = "how many people are waiting over 3 years for a council house"
    assert is_length(text, "3 years", (text.index("3 years"), text.index("3 years") + 7))
    parts = _parts(text)
    assert "over 3 years" in parts[0], parts
    text = "how many evictions were there over the last 3 years"
    at = text.index("the last 3 years")
    assert not is_length(text, "the last 3 years", (at, at + 16))


def test_a_yes_no_put_under_a_verb_of_asking_is_records_showing_whether_in_an_informal_message():
    parts = _parts("hiya, can anyone tell me if every library in the county has a defibrillator? ta")
    assert parts == ["Any recorded information showing whether every library in the county has a defibrillator."], parts


def test_a_question_whose_body_name_was_taken_out_gets_the_body_as_subject():
    parts = _parts("im wondering if essex police has ever used drones at a protest")
    assert parts and not parts[0].lower().startswith(("has ever", "any recorded information showing whether ever")), parts


def test_a_wondering_opener_is_not_kept_in_the_part():
    parts = _parts("I just wonder how much the council spent on the new bins in 2025")
    assert parts and not parts[0].lower().startswith("i just wonder"), parts
