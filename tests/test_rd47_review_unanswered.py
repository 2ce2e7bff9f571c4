"""rd47 (issue 10, nc45 #2 and #4): a review asked for and not answered, and the day a complaint about it can go.

#2: `askfoi complain --authority X --review-asked DATE` with no reply file (no reply came) says the review asked for on
that failure has had no outcome, argues it once the review's time has passed (domain.md: the ICO expects 20 working
days, 40 at most; FOISA s21 20), and encloses the review request.
#4: the authority has the whole of its last day: a complaint or an application about a missing review outcome can go
from the next working day, never on that day. Texts written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.followup import NotLateYet, complaint_letter

FOISA_REPLY = (
    "Our Ref: IM-FOI-2026-5555\nDate: 2 December 2026\n\nFreedom of Information (Scotland) Act 2002\n\n"
    "Dear Ms Smith\n\nI refer to your request for information received on 16 October 2026.\n\n"
    "1. The number of drone flights in 2025.\nIn terms of section 17 of the Act, I can confirm that the information "
    "you have requested is not held by Police Scotland.\n\n2. The total spent on drones in 2025.\n£96,400. Unit costs "
    "are withheld under section 33(1)(b) - Commercial Interests.\n\nIf you are dissatisfied you may request a review "
    "within 40 working days, and then apply to the Scottish Information Commissioner within 6 months.\n"
)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_no_reply_and_a_review_asked_names_the_review_and_encloses_it():
    letter = complaint_letter("", authority="Kent Police", review_asked=date(2026, 11, 6), late=True,
                              today=date(2026, 12, 4))
    body = _flat(letter.body)
    assert "I asked for an internal review of its failure to reply on Friday 6 November 2026" in body
    assert "have not received its outcome" in body
    assert "- my request for an internal review of Friday 6 November 2026;" in letter.body
    assert "- the review outcome (none has come)." in letter.body
    # the 20 working days (St Andrew's Day, 30 November, is not one) end on 7 December: not argued before then
    assert "it has not answered my request for an internal review" not in body


def test_the_unanswered_review_is_argued_once_its_days_have_passed():
    body = _flat(complaint_letter("", authority="Kent Police", review_asked=date(2026, 11, 6), late=True,
                                  today=date(2026, 12, 8)).body)
    assert ("it has not answered my request for an internal review of Friday 6 November 2026: the ICO expects a review "
            "within 20 working days (by Monday 7 December 2026), or 40 at most in exceptional cases") in body
    later = _flat(complaint_letter("", authority="Kent Police", review_asked=date(2026, 11, 6), late=True,
                                   today=date(2027, 1, 20)).body)
    assert "within 40 at most, in exceptional cases (by Friday 8 January 2027), and no outcome has come" in later


def test_without_a_review_nothing_about_one_is_said():
    letter = complaint_letter("", authority="Kent Police", late=True, today=date(2026, 12, 4))
    assert "review" not in letter.body.lower()


def test_the_commissioner_takes_it_from_the_day_after_the_reviews_last_day():
    # asked on Thursday 3 December 2026: 20 Scottish working days end on Wednesday 6 January 2027 (Christmas, Boxing
    # Day's Monday, New Year's Day and 4 January are not working days)
    with pytest.raises(NotLateYet) as told:
        complaint_letter(FOISA_REPLY, authority="Police Scotland", review_asked=date(2026, 12, 3),
                         today=date(2027, 1, 6))
    said = _flat(str(told.value))
    assert "from Thursday 7 January 2027" in said
    assert "until the end of Wednesday 6 January 2027" in said
    letter = complaint_letter(FOISA_REPLY, authority="Police Scotland", review_asked=date(2026, 12, 3),
                              today=date(2027, 1, 7))
    body = _flat(letter.body)
    assert ("it has not answered my request for a review of Thursday 3 December 2026: section 21 of the Freedom of "
            "Information (Scotland) Act 2002 required its outcome within 20 working days, by Wednesday 6 January 2027") in body


def test_the_ico_takes_a_missing_outcome_from_the_day_after_the_fortieth():
    with pytest.raises(NotLateYet) as told:
        complaint_letter(FOISA_REPLY.replace("Freedom of Information (Scotland) Act 2002", "").replace(
            "Police Scotland", "Kent Police").replace("section 17 of the Act", "section 1 of the Act").replace(
            "section 33(1)(b)", "section 43(2)").replace("Scottish Information Commissioner", "Information Commissioner"),
            authority="Kent Police", review_asked=date(2026, 11, 6), today=date(2027, 1, 8))
    assert "from Monday 11 January 2027" in _flat(str(told.value))
