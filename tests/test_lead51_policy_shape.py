"""lead51 (nc67 #9): "whats there transport policy" (typed as people type it) asks for the policy on transport, never
"What is their transport policy?" sent to the council itself; a word that says whose policy it is ("the school
policy") only does so just before "policy" ("the school transport policy" is the policy on school transport)."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.ask_shapes import reword, without_addressee
from askfoi.framing import frame_message


@pytest.mark.parametrize("text, said", [
    ("whats their transport policy", "the policy on transport"),
    ("whats there transport policy", "the policy on transport"),
    ("what is the school transport policy", "the policy on school transport"),
    ("and what is the council parking enforcement policy", "the policy on council parking enforcement"),
])
def test_a_policy_asked_by_its_topic(text, said):
    assert reword(text, without_addressee) == said


@pytest.mark.parametrize("text", ["what is the school policy", "what is the council policy", "what is the current policy"])
def test_whose_policy_is_no_topic(text):  # guard: unchanged from main
    assert reword(text, without_addressee) == text


@pytest.mark.parametrize("text", ["cardiff council: whats there transport policy",
                                  "leeds city council: what is your housing allocations policy?"])
def test_the_policy_part_is_framed(text):
    parts = frame_message(text, today=date(2026, 12, 6)).parts
    assert parts and parts[0].kind == "policy" and not parts[0].text.endswith("?"), [p.text for p in parts]
