"""fr10a: what a formal request asks is never lost between the parts and the remarks. Every text here is invented,
in the shapes real letters take: a first-person ask ("I also wish to see ...", "I'm writing to ask that you please
disclose to me ..."), an asking item whose words name a medium ("digital devices") but no format, and a question
left in the remarks (a fallback, an ask after a statement in the same paragraph) kept on the letter as a note."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.questions import asked_remark, format_note, letter_notes, strip_opener

TODAY = date(2026, 11, 30)


def _words(text: str) -> set[str]:
    return {w.lower() for w in text.replace("?", " ").replace(".", " ").split() if len(w) > 3}


@pytest.mark.parametrize("sentence", [
    "Please provide the number and a breakdown of digital devices held by your force as of today's date?",
    "Please provide the number of electronic monitoring tags issued in 2024.",
    "Please supply copies of any email guidance sent to staff about the new rota.",
])
def test_an_ask_naming_a_medium_is_not_a_format_note(sentence):
    assert not format_note(sentence)


@pytest.mark.parametrize("sentence", [
    "Please provide the above information as a spreadsheet.",
    "Please supply data in CSV or XLSX.",
    "Please give me an accurate answer, in a spreadsheet format, not as a PDF.",
    "Could this be provided in an Excel format?",
])
def test_a_format_note_stays_a_format_note(sentence):
    assert format_note(sentence)


@pytest.mark.parametrize("sentence, asked", [
    ("I also wish to see all relevant reports that were produced, and minutes of the meetings held to approve the spend.",
     "reports"),
    ("I'm writing to you under the Freedom of Information Act 2000 to ask that you please disclose to me the service "
     "agreements between yourselves and the supplier.", "agreements"),
    ("I’d also like to know if any further contracts exist between the department and the supplier.", "contracts"),
    ("I also would like the most recent figures for empty shops within the town centre.", "figures"),
])
def test_a_first_person_ask_opens_on_what_it_asks(sentence, asked):
    core = strip_opener(sentence)
    assert core != sentence and not core.lower().startswith(("i ", "i'", "i’"))
    assert asked in core


def test_a_first_person_ask_after_a_question_is_a_part():
    text = ("Dear Registrar,\n\n1. Could you please tell me who approved the additional funds for the new library? "
            "I also wish to see all relevant proposals that were produced, and minutes of all meetings held to approve "
            "the additional funds.\n\nYours faithfully,")
    f = frame_message(text, today=TODAY)
    assert any("proposals" in p.text and "minutes" in p.text for p in f.parts)


def test_items_naming_digital_devices_are_parts_not_remarks():
    text = ("1. Please provide the number of digital devices belonging to victims waiting to be examined by your force "
            "as of today's date?\n2. Please provide the number of digital devices belonging to suspects waiting to be "
            "examined by your force as of today's date?\n")
    f = frame_message(text, today=TODAY)
    joined = " ".join(p.text for p in f.parts).lower()
    assert "victims" in joined and "suspects" in joined
    assert not any("digital devices" in r for r in f.remarks)


@pytest.mark.parametrize("remark", [
    "If question 2 cannot be answered in this form, please instead provide: the number of residents who moved out "
    "after a delayed repair.",
    "It was stated that every deployment is checked against a set of questions. Please could you supply this set of "
    "questions.",
    "In each instance, please state the nature of the offence.",
    "Figures showing how many people were fined for dropping litter each year since 2015.",
])
def test_a_question_left_in_the_remarks_goes_on_the_letter(remark):
    assert asked_remark(remark)
    notes = letter_notes([remark], "Dear Council,\n\n1. How many fines were issued in 2024?\n\n" + remark)
    assert notes and _words(remark) <= _words(notes[0])


@pytest.mark.parametrize("remark", [
    "I believe that this request is in the public interest.",
    "We are extremely grateful for the time and effort spent on dealing with this request.",
    "Why do we need three?",
    "The total cost of this was £14,000.",
    "Your special report made very interesting reading.",
    "If this request would exceed the cost limit, please provide the figures for 2024 only.",
    "I would like to make a request under the FOI Act.",
])
def test_story_thanks_rhetoric_and_cost_fallbacks_are_not_asked_remarks(remark):
    assert not asked_remark(remark)


def test_an_informal_message_keeps_its_rhetoric_off_the_letter():
    text = ("Sir, your article on the closure of the toilets made sad reading. Published statistics at every board "
            "meeting, all of which cost thousands, tell us nothing. Why do we need three managers?")
    f = frame_message(text, today=TODAY)
    assert not [n for n in letter_notes(f.remarks, text) if "statistics" in n.lower() or "why" in n.lower()]


def test_a_fallback_question_is_on_the_letter_and_nothing_asked_vanishes():
    text = ("Dear Trust,\n\nFor the last three financial years, please provide:\n\n"
            "1. The number of patients discharged to temporary accommodation.\n\n"
            "If question 1 cannot be answered in this form, please instead provide: the number of patients whose "
            "discharge was delayed by housing.\n\nThank you.")
    f = frame_message(text, today=TODAY)
    shown = " ".join(p.text for p in f.parts) + " " + " ".join(letter_notes(f.remarks, text))
    assert "temporary accommodation" in shown
    assert "delayed by housing" in shown


def test_a_relative_which_clause_stays_with_its_question():
    from askfoi.questions import question_clauses

    clauses = question_clauses("Please provide the number of cases to which the seized phones relate, which are "
                               "waiting to be examined as of today's date?")
    assert len(clauses) == 1
    assert len(question_clauses("How many phones were seized, which units seized them and how many were returned?")) == 3


def test_a_wish_that_asks_for_nothing_keeps_its_first_person():
    assert strip_opener("I’d like to buy 3,000 raffle tickets.").startswith("I")
