"""A reply pasted as one paragraph is dated by the date that stands as a field of its own in the letter's head,
before "Dear"; a date inside a sentence (the request's date) is never taken for the reply's."""

from datetime import date

import pytest

from askfoi.reply_explain import reply_date


@pytest.mark.parametrize("text, day", [
    ("City of Edinburgh Council. 20 November 2026. Dear Mr Smith, thank you for your request.", date(2026, 11, 20)),
    ("Anytown Council, 20/11/2026, Dear Ms Jones, here is our answer.", date(2026, 11, 20)),
    ("Our ref 4411. Friday, 6 March 2026. Dear Sir, we hold the information.", date(2026, 3, 6)),
])
def test_head_date_in_one_paragraph(text, day):
    assert reply_date(text) == day


@pytest.mark.parametrize("text", [
    "Thank you for your request of 1 November 2026. Dear Mr Smith, we hold it.",
    "We wrote to you on 3 March 2026 about this. Dear Mr Smith, here it is.",
    "Dear Mr Smith, 20 November 2026. We hold it.",  # after the salutation: not the head
])
def test_no_head_date(text):
    assert reply_date(text) is None
