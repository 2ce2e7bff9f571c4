"""op14 (issue 8): a question asking for a view, a plan, a legality, a justification or advice becomes the records
that would show it, or is set aside with a note saying why FOI cannot answer it and what could. Invented sentences
(none from tests/data/view_questions.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.view_acts import clause_act

TODAY = date(2026, 12, 1)


def framed(text: str):
    return frame_message(text, today=TODAY)


def notes(f) -> list[str]:
    return [x.message for x in f.findings if getattr(x, "code", "") == "not-recorded-information"]


@pytest.mark.parametrize("clause, act, subject", [
    ("are there any plans to resurface the car park behind the leisure centre?", "plans",
     "resurfacing the car park behind the leisure centre"),
    ("will the council be closing the recycling centre on sundays", "plans", "closing the recycling centre on sundays"),
    ("what are you going to do about the flooding on mill road", "plans", "the flooding on mill road"),
    ("does the trust intend to reopen the minor injuries unit", "plans", "reopening the minor injuries unit"),
    ("what is the council's position on short term lets in the old town", "position", "short term lets in the old town"),
    ("is it ok for wardens to ticket cars outside the mosque during friday prayers", "position",
     "wardens ticketing cars outside the mosque during friday prayers"),
    ("is it lawful for the council to sell the common land at east park", "legal", "selling the common land at east park"),
    ("can the police legally search children without an appropriate adult", "legal",
     "searching children without an appropriate adult"),
    ("was the 30% rise in allotment rents justified", "reasons", "the 30% rise in allotment rents"),
    ("what should i do about the damp in my council flat", "advice", "the damp in my council flat"),
    ("can i park in a disabled bay for ten minutes", "advice", "parking in a disabled bay for ten minutes"),
    ("what happens if my child misses the school bus", "advice", None),
    ("what would happen if the bridge closed for a year", "what_if", None),
])
def test_the_act_and_the_subject_are_read_from_the_grammar(clause, act, subject):
    got = clause_act(clause)
    assert got is not None and got.act == act and got.subject == subject


@pytest.mark.parametrize("clause", [
    "how many parking fines were issued on mill road in 2024",
    "please provide any plans for the new bus station",
    "can you send me the minutes of the planning meeting",
    "could we be told how much was spent on the new signs",
    "anyone know if i can get a copy of the tree survey",
    "what is the policy on grass cutting in cemeteries",
    "why did the council close the museum",
])
def test_a_question_records_answer_has_no_act(clause):
    assert clause_act(clause) is None


def test_a_plan_becomes_plans_and_proposals_with_the_subject_whole():
    f = framed("hi, are there any plans to resurface the car park behind the leisure centre in Ashford?")
    assert [p.text for p in f.parts] == [
        "Any plans, proposals, reports or minutes about resurfacing the car park behind the leisure centre in Ashford."]
    assert not notes(f)  # turned into records: no not-recorded finding


def test_a_position_becomes_a_policy_or_position_statement():
    f = framed("what is the council's position on short term lets in the old town")
    assert len(f.parts) == 1
    assert f.parts[0].text.startswith("Any policy, position statement or briefing on short term lets")
    assert not notes(f)


def test_a_legality_asks_for_the_policy_and_the_legal_basis():
    f = framed("is it lawful for the council to sell the common land at east park?")
    assert len(f.parts) == 1
    text = f.parts[0].text
    assert text.startswith("Any policy on selling the common land at")
    assert "legal power the authority relies on" in text


def test_advice_is_set_aside_with_a_note_saying_what_could_answer_it():
    f = framed("what should i do about the damp in my council flat? how many damp complaints did the council get in 2024")
    assert len(f.parts) == 1 and "damp complaints" in f.parts[0].text.lower()
    said = notes(f)
    assert len(said) == 1 and "advice" in said[0] and "policy or guidance on the damp in my council flat" in said[0]


def test_a_hypothetical_is_set_aside_with_its_note():
    f = framed("what would happen if the bridge closed for a year? how much did the council spend on the bridge in 2024")
    assert len(f.parts) == 1 and "bridge" in f.parts[0].text
    assert any("has not arisen" in n for n in notes(f))


def test_a_second_question_joined_to_a_plan_stays_a_part():
    f = framed("are there any plans for a new skate park in Totnes and how many people signed the petition for one")
    texts = [p.text for p in f.parts]
    assert texts[0] == "Any plans, proposals, reports or minutes about a new skate park in Totnes."
    assert len(texts) == 2 and "petition" in texts[1]


def test_a_subject_only_pointed_at_is_set_aside_with_a_note_to_name_it():
    f = framed("the council cut down the trees on our green last week. can they do that?")
    assert not any("can they do that" in p.text.lower() for p in f.parts)
    assert any("lawful" in n and "regulation 12(5)(b)" in n for n in notes(f))  # trees: the EIR


def test_a_later_pointer_written_out_is_read_as_a_plan():
    f = framed("how many bridges in devon are unsafe and when will they be repaired")
    assert any(p.text.startswith("Any plans, proposals, reports or minutes about when") for p in f.parts)


def test_a_formal_request_for_plans_is_left_as_it_is():
    f = framed("Please provide copies of any plans to redevelop the Guildhall car park produced since January 2024.")
    assert len(f.parts) == 1 and "Any plans, proposals, reports or minutes" not in f.parts[0].text


def test_the_note_names_the_foia_exception_for_legal_advice():
    f = framed("the council sent my neighbour an eviction notice by text message. can they do that?")
    assert any("section 42 of FOIA" in n for n in notes(f))
