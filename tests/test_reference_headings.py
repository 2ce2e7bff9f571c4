"""The authority's reference in a reply's heading line or with a two-word lettered prefix reaches the follow-up letter's
subject (session 24: "Re: Freedom of Information request FOI/2026/0877" and "Reference: FOI/EIR 26-0931" were dropped)."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.followup import reference_in, review_letter


@pytest.mark.parametrize("text, ref", [
    ("Re: Freedom of Information request FOI/2026/0877\n\nDear Ms Example,", "FOI/2026/0877"),
    ("Subject: FOI request ABC-2026-0412\nThank you for your request.", "ABC-2026-0412"),
    ("Reference: FOI/EIR 26-0931", "FOI/EIR 26-0931"),
    # in running prose the same words may name another request: not taken
    ("I refer to our answer to Freedom of Information request FOI/18/02245 last year.", None),
    ("Thank you for your freedom of information request of 12/03/2026.", None),
])
def test_reference_in_headings(text, ref):
    assert reference_in(text) == ref


def test_review_subject_names_the_heading_reference():
    reply = ("Re: Freedom of Information request FOI/2026/0877\n\nDear Ms Example,\n\nWe hold the information you asked "
             "for, but it is exempt from disclosure under section 43(2) of the Freedom of Information Act 2000 because "
             "its release would prejudice the commercial interests of the council.\n")
    letter = review_letter(reply, name="Jane Example", authority="Example Borough Council", today=date(2026, 11, 30))
    assert "FOI/2026/0877" in letter.subject
