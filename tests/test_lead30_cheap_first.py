"""nu33 #12: a letter whose parts include one that needs a manual read of files (the reasons behind decisions,
copies of emails, a detail for each case) asks for the other parts to be answered first under the cost limit, so a
costly part listed early does not sink the counts and totals after it; the person's own order still wins."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.answers import Answers
from askfoi.letter import draft_letter

TODAY = date(2026, 12, 3)


def _letter(parts, authority="Royal Free London NHS Foundation Trust", **kw):
    return draft_letter(Answers(authority=authority, parts=parts, period="2025", **kw), today=TODAY).body


@pytest.mark.parametrize("parts, first", [
    (["The number of nurses who left the trust.", "The reasons recorded for nurses leaving the trust.",
      "The total spent on agency nurses."], "parts 1 and 3"),
    (["Copies of all emails between the council and the contractor about the bridge.",
      "The total paid to the contractor for the bridge."], "part 2"),
])
def test_costly_parts_are_answered_last(parts, first):
    body = _letter(parts)
    said = " ".join(body.split())
    assert re.search(rf"please answer {first} first", said), said
    assert "starting with part 1" not in said


def test_letters_without_a_costly_part_keep_their_order():
    body = " ".join(_letter(["The number of nurses who left the trust.", "The total spent on agency nurses."]).split())
    assert "in the order listed, starting with part 1" in body


def test_the_persons_order_wins():
    body = " ".join(_letter(["The reasons recorded for nurses leaving the trust.", "The number of nurses who left the trust."],
                            priority=[1]).split())
    assert "please answer part 1 first" in body


def test_an_eir_letter_too():
    body = " ".join(_letter(["All correspondence about the sewage overflow at Ilkley.",
                             "The number of hours the overflow discharged."], authority="Yorkshire Water").split())
    assert "please answer part 2 first" in body, body
