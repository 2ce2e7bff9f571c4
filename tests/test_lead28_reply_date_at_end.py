"""A reply dated at its end (under the team's name, or pasted as one line) gives its own date, so the review deadline
counts from it and not from today (nu31's first defect). A sentence's own date at the end is never taken."""
from datetime import date

import pytest

from askfoi.reply_explain import reply_date


@pytest.mark.parametrize("text, day", [
    ("Dear Sir, we do not hold this information. Regards, FOI team, Kent Police, 3 November 2026", date(2026, 11, 3)),
    ("Dear Ms Khan\nWe can neither confirm nor deny that we hold it.\nInformation Rights Unit\n"
     "Metropolitan Police Service\n14 November 2026\n", date(2026, 11, 14)),
    ("dear mr obi, your request would exceed the appropriate limit (section 12). Information Governance Team "
     "Bolton Council 28 October 2026", date(2026, 10, 28)),
    ("Dear Sam,\nPart 1: 41 complaints.\nEssex Police FOI Unit\n2 Nov 2026", date(2026, 11, 2)),
])
def test_the_date_a_reply_ends_on_is_its_own(text, day):
    assert reply_date(text) == day


@pytest.mark.parametrize("text", [
    "Dear X, the report you asked for was published on 3 November 2026",
    "Dear X, the information will be on our website by 30 November 2026.",
    "Dear X, the figures cover the period up to 31 March 2026",
])
def test_a_sentence_ending_on_a_date_is_not_the_reply_date(text):
    assert reply_date(text) is None
