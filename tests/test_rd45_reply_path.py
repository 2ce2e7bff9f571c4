"""rd45 (issue 10, the reply path): what a reply's sentence decides, and for which part, told as it is.

1. "not held in the form requested" is a question of form only where the request shows a form asked for; otherwise a
   not-held answer. Section 11 is no exemption: nothing is "withheld under section 11", and no preference is claimed
   for the person unless the request or the reply shows one.
2. a pointer with its address is not told as a pointer "without saying where".
3. an EIR pointer (regulation 6(1)(b)) with its address beside a share withheld under an exception is partly given, as
   a section 21 / FOISA 25 pointer is (the rd35 convention), and the boundary sentence says why.
4. what the person did not find at an exact address is a placeholder in the complaint, as in the review.
5. a late reply's days late are counted from the deadline, and said so.
Texts written for these tests, in the layout of a disclosure log reply.
"""

from __future__ import annotations

from datetime import date

from askfoi.followup import complaint_letter, review_letter
from askfoi.models import Outcome
from askfoi.next_steps import next_steps
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply, explanation_text

NO_FORMAT = (
    "Our reference: FOI/2026/0777\n\nDear Mr Jones,\n\nYou asked:\n"
    "1. How many potholes were repaired on the A40 in 2025?\n"
    "2. How many drivers claimed compensation for pothole damage in 2025?\n\n"
    "Response:\n1. 1,412 potholes were repaired.\n"
    "2. We do not hold this information in the form requested.\n"
)
WITH_FORMAT = (
    "Our reference: FOI/2026/0778\n\nDear Mr Jones,\n\nYou asked:\n"
    "1. How many potholes were repaired on the A40 in 2025?\n"
    "2. A spreadsheet of the repairs, with their grid references.\n\n"
    "Response:\n1. 1,412 potholes were repaired.\n"
    "2. We do not hold this information in the format requested.\n"
)


def _one(text: str) -> str:
    return " ".join(text.split())


def test_not_held_in_the_form_requested_without_a_form_asked_is_not_held():
    reading = read_reply(NO_FORMAT)
    assert [(p.number, p.outcome) for p in reading.parts] == [("1", Outcome.disclosed), ("2", Outcome.not_held)]
    assert "11" not in reading.parts[1].sections


def test_a_form_asked_for_keeps_the_form_question():
    reading = read_reply(WITH_FORMAT)
    assert reading.parts[1].outcome != Outcome.not_held  # held, not given in the form asked: a question of form
    out = _one(explanation_text(explain_reply(WITH_FORMAT)))
    assert "under an exemption" not in out  # section 11 is no exemption
    assert "in the form you asked for" in out


def test_nothing_is_withheld_under_section_11():
    for text in (NO_FORMAT, WITH_FORMAT):
        body = _one(review_letter(text, name="Sam Jones").body)
        assert "withheld under section 11" not in body


def test_no_format_preference_is_claimed_when_none_was_shown():
    body = _one(review_letter(NO_FORMAT, name="Sam Jones").body)
    assert "format I asked for" not in body and "form I asked for" not in body
    assert "compiling it, not creating new information" in body  # the not-held answer is still argued


def test_the_complaint_claims_no_format_preference_when_none_was_shown():
    body = _one(complaint_letter(NO_FORMAT, authority="Example Council", today=date(2027, 3, 1),
                                 review_asked=date(2026, 12, 1)).body)
    assert "form I asked for" not in body and "format I asked for" not in body


POINTED = (
    "Freedom of Information (Scotland) Act 2002 - our reference IM-FOI-2026-0999\n\nDear Ms Grant,\n\nYour request:\n"
    "1. The number of dog bites reported to the force in 2025.\n"
    "2. The force's annual dog handling report for 2025.\n"
    "3. Whether the force uses automated number plate readers in unmarked cars.\n\n"
    "Response:\n1. There were 64 reports.\n"
    "2. This information is otherwise accessible and therefore exempt under section 25(1) of the Act. "
    "It is available at https://www.example-police.scot/dogs-report-2025.\n"
    "3. Police Scotland can neither confirm nor deny whether it holds this information, in terms of section 18(1) of the "
    "Act, applying section 35(1)(a).\n"
)


def test_a_pointer_with_its_address_is_not_told_as_without_saying_where():
    out = _one(explanation_text(explain_reply(POINTED)))
    assert "without saying where" not in out
    assert "neither confirm nor deny holding some of it" in out


EIR_SPLIT = (
    "Environmental Information Regulations 2004 - our reference EIR/2026/055\n\nDear Ms Price,\n\n"
    "You asked for the river water quality samples taken at Mill Weir in 2025 and the names of the landowners who "
    "gave access.\n\n"
    "The sample results are available on our website at https://www.example.gov.uk/water-quality-2025 and are "
    "exempt under regulation 6(1)(b) as they are already publicly available and easily accessible.\n\n"
    "The landowners' names are withheld under regulation 12(5)(f) (interests of the person who provided the "
    "information). The public interest in maintaining the exception outweighs the public interest in disclosure.\n"
)


def test_an_eir_pointer_with_its_address_beside_a_withheld_share_is_partly_given():
    reading = read_reply(EIR_SPLIT)
    assert reading.outcome == Outcome.part_disclosed
    out = _one(explanation_text(explain_reply(EIR_SPLIT)))
    assert "refused to give you the information" not in out
    assert "points you to where part of what you asked for is published" in out  # and why it is partly given
    assert "under an exemption" in out


def test_the_complaint_leaves_what_was_not_at_the_address_to_the_person():
    body = _one(complaint_letter(POINTED, authority="Police Scotland", today=date(2027, 3, 1),
                                 review_asked=date(2026, 12, 1)).body)
    assert "is not in fact reasonably obtainable by me where it pointed me" not in body
    assert "[SAY WHAT YOU DID NOT FIND THERE" in body
    assert "part 3 of my request is still unanswered" in body  # part 2 has its own line: not asserted unanswered
    review = _one(review_letter(POINTED, name="Ann Grant").body)
    assert "[SAY WHAT YOU DID NOT FIND THERE" in review  # the same placeholder in both letters


def test_the_review_does_not_list_a_part_pointed_to_with_its_address_as_owed():
    body = _one(review_letter(POINTED, name="Ann Grant").body)
    # rd67 (nc61): part 3 was answered with NCND, argued under that ground, so no part is left to list as owed
    assert "Parts still owed" not in body
    assert "Neither confirm nor deny (part 3)" in body
    assert "Already published (part 2)" in body  # argued in its own paragraph, with the placeholder


def test_days_late_are_counted_from_the_deadline():
    steps = next_steps("disclosed", sent=date(2026, 9, 2), received=date(2026, 11, 12), today=date(2026, 11, 13))
    late = next(s for s in steps if "late" in s.title.lower())
    text = late.explanation
    assert "after that deadline" in text and "Thursday 12 November 2026" in text
    assert not text.rstrip().endswith("days after that.") and "days after that. " not in text
