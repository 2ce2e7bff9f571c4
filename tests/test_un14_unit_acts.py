"""un14 (issue 8): a story, a remark or a letter's preamble is never a part, and no ask is lost on the way. Every
text is invented, in the shapes people write: a story first, a formal opening, a volunteer writing for a client."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.unit_acts import explicit_ask, lead_object, preamble_before, unit_act

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("unit, act", [
    ("my nan waited 11 hours for an ambulance after she fell in the garden.", "story"),
    ("we got a letter saying the bin round is changing.", "story"),
    ("this is an absolute disgrace.", "opinion"),
    ("I think the council is hiding something.", "opinion"),
    ("As a carer for my brother, I am frustrated.", "opinion"),
    ("Dear Sir or Madam,", "preamble"),
    ("Kind regards,", "preamble"),
    ("Please treat this email as a request under the Freedom of Information Act 2000.", "preamble"),
    ("I am requesting information regarding bus lanes in Exeter.", "preamble"),
    ("I would like to make a request under the FOI Act.", "preamble"),
    ("If the data is held electronically, please send it in that format.", "condition"),
    ("Please note I am happy to receive the answer by email.", "condition"),
    ("how many ambulances waited over an hour outside Worcester hospital in 2025?", "ask"),
    ("please send me the minutes of the cabinet meeting of 3 May 2025", "ask"),
    ("he would like to know whether the council inspected his block of flats in 2024", "ask"),
    ("my client wants to know how many repair requests were logged for Elm Court", "ask"),
    ("we were told the pool will shut, can you send the condition survey", "ask"),
    ("I would like to request information regarding the number of trees felled in Sheffield in 2024.", "ask"),
    ("The number of bus lane fines issued in Exeter in 2024.", "ask"),
    ("have Essex Police used drones at protests", "ask"),
])
def test_what_a_unit_does(unit, act):
    assert unit_act(unit) == act


def test_a_motive_said_of_an_ask_is_an_opinion():
    assert unit_act("i want to see the figures for myself.") == "opinion"
    assert unit_act("i want a copy of the figures for 2024.") == "ask"


def test_explicit_asks_are_asked_by_a_verb_of_asking():
    assert explicit_ask("can i have a copy of the fire risk assessment")
    assert explicit_ask("she wants to know how many complaints were made about the lifts")
    assert not explicit_ask("how on earth did they think this would work?")  # a question's shape alone: maybe rhetoric
    assert not explicit_ask("Should any part of this request be exempt, please release the remainder.")


def test_the_opening_form_carries_what_it_names():
    assert lead_object("I would like to request information regarding the number of fines issued in 2024.") \
        == "the number of fines issued in 2024"
    assert lead_object("I am requesting information regarding parking enforcement in Brighton.") is None
    assert preamble_before("I am writing under the Freedom of Information Act to request the following: how many "
                           "potholes were repaired in Derby in 2024?") == "how many potholes were repaired in Derby in 2024?"


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_a_preamble_before_a_colon_is_not_in_the_part():
    parts = _parts("I am writing under the Freedom of Information Act to request the following: how many potholes "
                   "were repaired in Derby in 2024?")
    assert parts and not any("Freedom of Information" in p or "writing" in p for p in parts)
    assert any("potholes" in p for p in parts)


def test_a_condition_on_the_answer_is_not_a_part():
    parts = _parts("Under the Freedom of Information Act 2000, please provide the following:\na) the number of "
                   "speed cameras operated by the council;\nb) the annual cost of maintaining them.\nIf the "
                   "information is held in a spreadsheet, please send it in that format.")
    assert len(parts) == 2 and not any("spreadsheet" in p for p in parts)


def test_a_motive_is_not_a_part():
    parts = _parts("i dont trust what the council says about the budget. please send me the latest budget "
                   "monitoring report. i want to see the figures for myself.")
    assert len(parts) == 1 and "budget" in parts[0].lower()


def test_a_reported_ask_is_a_part():
    parts = _parts("im writing on behalf of a client who rents from the council. she wants to know how many damp "
                   "and mould complaints were made about flats in Tower Block A in 2024. she has had mould for a year.")
    assert any("damp" in p for p in parts)


def test_an_ask_after_a_story_is_a_part():
    parts = _parts("my dad was a patient on ward 7 at the royal oldham and he fell twice. nobody told us. the "
                   "hospital says it has a falls policy. can i have a copy of the falls policy")
    assert any("falls policy" in p for p in parts)


def test_an_opening_form_alone_is_the_request():
    parts = _parts("I would like to request information regarding the number of fines issued by Camden for idling "
                   "in 2024.")
    assert any("fines" in p for p in parts)


def test_a_story_alone_keeps_todays_behaviour():
    f = frame_message("my son was excluded from school last week and nobody told us why.", today=TODAY)
    assert not f.parts or f.questions  # nothing asked: asked back, never a part made of the story


def test_a_part_keeps_only_its_asking_units():
    f = frame_message("Under the Freedom of Information Act I would like to request:\na) the number of pupils "
                      "excluded from Hillside School in 2024;\nb) the number of appeals heard. I would prefer the "
                      "answer as a spreadsheet.", today=TODAY)
    assert f.parts and not any("spreadsheet" in p.text for p in f.parts)
    assert any("appeals" in p.text for p in f.parts)
