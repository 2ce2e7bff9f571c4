"""fx73 (issue 8): framing real first messages: a lead-in's scope reaches its items without its asking words, a story
clause is never a lead-in or a modifier, asking words inside a kept question come off, "send through" asks."""

from __future__ import annotations

import re
from datetime import date

from askfoi.framing import frame_message
from askfoi.questions import lead_in

TODAY = date(2026, 12, 5)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_lead_in_scope_without_its_asking_words_at_the_end():
    lead = lead_in("For each of the mobile cameras referred to above please state:")
    assert "mobile cameras" in lead
    assert not re.search(r"(?i)\b(?:please|state)\b", lead)


def test_lead_in_scope_kept_before_could_you_disclose():
    lead = lead_in("For each individual fixed penalty notice could you please disclose the following:")
    assert "fixed penalty notice" in lead
    assert not re.search(r"(?i)\b(?:could|disclose|following)\b", lead)


def test_lead_in_scope_keeps_with_regard_to_after_please_advise():
    lead = lead_in("Please advise with regard to each of the 3 most recent 12 month periods for which data is available:")
    assert lead.lower().startswith("with regard to each of the 3 most recent")


def test_items_under_a_lead_with_asking_words_carry_the_scope_but_never_please_state():
    text = ("Dear Council,\nDuring 2023, how many mobile speed cameras were taken out of use?\n"
            "For each of the mobile cameras referred to above please state:\n"
            "a) When was it first used?\nb) When was it removed?\nc) What was the speed limit on the road?")
    parts = _parts(text)
    assert parts
    assert not any(re.search(r"(?i)\bplease\s+state\b", p) for p in parts)


def test_a_breakdown_by_time_in_the_lead_reaches_a_long_item():
    text = ("Dear Historic England,\nPlease advise with regard to each of the 3 most recent 12 month periods for which data "
            "is available:\n1. How many applications have you been consulted on where consent was sought to demolish part "
            "of a listed chapel?\n2. Of those applications, how many did you oppose?")
    parts = _parts(text)
    assert parts and "12 month periods" in parts[0]


_SURVEY = ("Dear Borough Council,\nThe Council is putting up signs saying cyclists will be fined. This is against the "
           "Highway Code, so is wrong anyway, but I am writing to ask for the evidence for the figures on your signs, "
           "please.\n1) You claim to have held a survey. When was the survey, please, and where was it advertised?\n"
           "2) How many people responded?\n3) You are claiming that \"80 per cent agreed\". Again, exactly how many "
           "people is this, please?\n4) Please send a copy of the survey report.")


def test_a_pointer_after_a_sentence_of_its_own_part_is_never_written_from_the_part_before():
    parts = _parts(_SURVEY)
    claim = [p for p in parts if "80 per cent" in p]
    assert claim and not re.search(r"(?i)\bis\s+the\s+people\b", claim[0])


def test_courtesy_please_inside_a_listed_question_comes_off():
    parts = _parts(_SURVEY)
    assert parts and not any(re.search(r"(?i),\s*please\s*[,?]", p) for p in parts)


def test_send_through_asks_for_what_follows():
    parts = _parts("Dear Borough Council,\nPlease send through a copy of the parking consultation document.")
    assert parts and not parts[0].lower().startswith("through")


def test_frame_of_asking_after_a_condition_comes_off():
    parts = _parts("Dear Aberdeen City Council,\nIf neither councillors nor officers supported the rise in the price of "
                   "burial plots, can you tell me which part of the Council did support the increase?")
    assert parts and not any(re.search(r"(?i)\bcan\s+you\s+tell\s+me\b", p) for p in parts)


def test_a_lead_in_naming_its_thing_reaches_each_item_that_does_not_name_it_but_never_the_body_asked():
    parts = _parts("Dear National Highways,\nWith respect to the trial on the A14 Junction 10 eastbound with an average speed "
                   "limit of 50mph, please provide the following:\n1. A copy of the order approving a speed restriction "
                   "through this section of road.\n2. A copy of the certificate for the cameras used on it.")
    assert parts and all("A14" in p for p in parts)
    parts = _parts("Dear NHS Kent and Medway,\nPlease could you provide the following information in relation to your "
                   "Integrated Care Board:\n- The process for obtaining developer access to the formulary.\n"
                   "- Details of any licensing terms that apply to the formulary data.")
    assert parts and not any(p.count("Integrated Care Board") > 0 and "in relation to your" in p for p in parts)
