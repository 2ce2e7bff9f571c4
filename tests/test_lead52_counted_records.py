"""lead52 (session 51's leftovers): a payment asked with the body's own "its" is framed, never kept as typed.

- An "its" in a phrase after the body's own act ("how much did it pay a consultancy for its review of its culture")
  is the body's: the part speaks to the body ("for your review of your culture"), and the payee keeps its article."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 6)


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize("message, expected", [
    ("how much did leeds city council pay a consultancy for its review of its culture",
     "The total amount paid to a consultancy for your review of your culture."),
    ("how much did leeds city council pay deloitte for its review", "The total amount paid to Deloitte for your review."),
    ("how much did the home office pay the contractor for the barge", "The total amount paid to the contractor for the barge."),
])
def test_the_bodys_own_its_after_its_act(message, expected):
    texts = _texts(message)
    assert texts and texts[0] == expected, texts


def test_a_run_on_message_keeps_the_payment_part_framed():
    texts = _texts("hi im a phd student at the university of manchester. i want to know how many sexual misconduct "
                   "complaints the uni got in the last 5 years, and how much it paid a consultancy for its review of "
                   "its culture")
    assert "The total amount paid to a consultancy for your review of your culture." in texts, texts
