"""rd48 (issue 10): a notice is not an exemption.

The complaint (ICO) or application (Scottish Information Commissioner) says what the reply decided, "citing" the
provisions it relied on. A provision that only tells the requester how a decision was given - the refusal notice (FOIA
s17, FOISA s16, EIR reg 14, EISR reg 13), FOISA s17's notice that information is not held, a step of the process (s1,
s10, s16 advice and assistance) - is no ground for withholding and is never listed among them (domain.md: s17 "is NOT
the 'not held' section"; FOISA s17 is the "not held" notice). Texts written for these tests.
"""

from __future__ import annotations

from datetime import date

from askfoi.followup import carried_from, cited_ground, complaint_letter
from askfoi.reader import read_reply

FOISA_REPLY = (
    "Dear Applicant\n\nFreedom of Information (Scotland) Act 2002 - Request 101003\n\n"
    "1. Number of complaints received in 2024: 14.\n\n"
    "2. Copies of the complaint letters. This information is exempt under section 38(1)(b) of the Freedom of "
    "Information (Scotland) Act 2002 as it is personal information.\n\n"
    "3. The cost of handling the complaints. Not held. Information that is not held falls under Section 17 of the "
    "Freedom of Information (Scotland) Act 2002 - Information not held.\n\n"
    "If you are dissatisfied you may ask for a review within 40 working days.\n"
)

FOIA_REPLY = (
    "Dear Mr Jones\n\nThank you for your request. I can confirm that the force holds the information. However, the "
    "names of the officers are exempt under section 40(2) of the Freedom of Information Act 2000. This letter is a "
    "refusal notice under section 17 of the Act. Under section 16 we must offer advice and assistance: you may wish "
    "to ask for the number of officers by rank instead.\n"
)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_foisa_not_held_notice_is_not_cited_as_a_ground():
    letter = complaint_letter(FOISA_REPLY, authority="Moray Council", scotland=True, sent=date(2026, 1, 5),
                              received=date(2026, 1, 30), review_asked=date(2026, 2, 10), today=date(2026, 3, 20))
    body = _flat(letter.body)
    assert "citing section 38(1)(b) of FOISA." in body
    assert "citing section 17" not in body and "section 17 of FOISA and" not in body


def test_a_refusal_notice_and_the_advice_duty_are_not_cited_as_grounds():
    letter = complaint_letter(FOIA_REPLY, authority="Kent Police", sent=date(2026, 1, 5), received=date(2026, 1, 30),
                              review_asked=date(2026, 2, 2), today=date(2026, 4, 20))
    body = _flat(letter.body)
    assert "citing section 40(2)" in body
    assert "section 17" not in body.split("I believe")[0]
    assert "section 16 " not in body.split("I believe")[0] and "and section 16" not in body


def test_which_provisions_are_grounds():
    for notice in ("17", "16", "1(1)(a)", "10", "FOISA 16", "FOISA 17", "FOISA 15", "EIR 14", "EISR 13", "39"):
        assert not cited_ground(notice), notice
    # refusing on cost, as vexatious, as published or under an exemption or exception is a ground; so is the
    # regulations' "not held" exception (EIR 12(4)(a), EISR 10(4)(a)), which is an exception in law
    for ground in ("12", "14(1)", "21", "40(2)", "31(3)", "FOISA 12", "FOISA 18", "FOISA 25", "FOISA 38(1)(b)",
                   "EIR 12(4)(a)", "EIR 12(4)(b)", "EIR 13", "EISR 10(4)(a)", "EISR 10(5)(e)"):
        assert cited_ground(ground), ground


def test_a_review_that_says_the_original_response_was_correct_and_is_upheld_keeps_its_decision():
    # "the original response was correct and is upheld": the first reply's decision stands (not "no final answer")
    review_text = ("Following your request for a review, a review panel met on 3 March 2026. The panel concluded that "
                   "the original response was correct and is upheld under the Freedom of Information (Scotland) Act "
                   "2002.")
    first = read_reply(FOISA_REPLY)
    kept = carried_from(read_reply(review_text), first, review_text)
    assert kept.outcome == first.outcome and kept.sections == first.sections
