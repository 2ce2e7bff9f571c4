"""lead51 (nc67 #13): a review asked for more than 20 working days ago under FOIA is late (the code of practice's usual
time), though the ICO takes a complaint about a missing outcome only after 40: the message says both, never "the review
is not overdue yet"."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.followup import NotLateYet, complaint_letter

REPLY = ("Dear Ms Quinn\n\nOur ref: FOI/26/0877\n\nWe estimate that answering your request would exceed the "
         "appropriate limit of 18 hours, so we are refusing it under section 12(1) of the Freedom of Information Act "
         "2000.\n\nYours sincerely\nInformation Governance")


def test_a_review_past_twenty_working_days_is_said_to_be_late():
    with pytest.raises(NotLateYet) as err:  # asked 2 November: the 20th working day is 1 December
        complaint_letter(REPLY, authority="University of Manchester", review_asked=date(2026, 11, 2),
                         today=date(2026, 12, 6))
    said = str(err.value)
    assert "is late" in said and "not overdue" not in said and "1 December 2026" in said  # (30 November: St Andrew's Day)


def test_a_review_within_twenty_working_days_is_not_overdue():  # guard: unchanged from main
    with pytest.raises(NotLateYet) as err:
        complaint_letter(REPLY, authority="University of Manchester", review_asked=date(2026, 11, 23),
                         today=date(2026, 12, 6))
    assert "not overdue" in str(err.value)
