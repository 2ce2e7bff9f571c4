"""A reply that gives its own, shorter time to ask for a review ("within two months") moves the review date to it,
and says so; a window for the Commissioner or for the authority's own answer is not one."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.next_steps import next_steps
from askfoi.models import Outcome
from askfoi.reply_explain import explain_reply, stated_review_window

REPLY = ("Date: 20 November 2026. The total spent was £4,212,000. The rates paid to each agency are withheld under "
         "section 43(2). If you are dissatisfied with this response, internal review requests should be submitted "
         "within two months of the date of this letter. You may then complain to the Information Commissioner.")


@pytest.mark.parametrize("text, window", [
    (REPLY, (2, "months")),
    ("If you are unhappy, please ask for an internal review within 20 working days of this letter.", (20, "working days")),
    ("You can ask the Information Commissioner to review our decision within six weeks.", None),
    ("We will respond to your request within 20 working days. If you want a review, write to us.", None),
])
def test_the_replys_own_time_to_ask_for_a_review(text, window):
    assert stated_review_window(text) == window


def test_a_shorter_stated_time_moves_the_review_date_and_is_said():
    steps = explain_reply(REPLY, today=date(2026, 11, 30)).next_steps
    review = next(s for s in steps if s.kind == "review")
    assert review.by == date(2027, 1, 20)
    assert "2 months" in review.explanation


def test_a_longer_stated_time_never_extends_the_usual_one():
    usual = next(s for s in next_steps(Outcome.refused, received=date(2026, 11, 20), today=date(2026, 11, 30))
                 if s.kind == "review")
    longer = next(s for s in next_steps(Outcome.refused, received=date(2026, 11, 20), today=date(2026, 11, 30),
                                        review_window=(3, "months")) if s.kind == "review")
    assert longer.by == usual.by
