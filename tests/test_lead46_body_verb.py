"""lead46 (nc53 #9): a body's name followed straight by its own verb ("fife council are letting the quarry ...") is the
story told, never an address line over a question: the sentence is not turned into "Are letting ...?" and framed as a
part carrying the writer's child's health into the letter. An address with a question after it still goes."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.questions import strip_address

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("text", [
    "fife council r letting the quarry near our village blast every day n my sons asthma is way worse. how many "
    "complaints about dust from the quarry did the council get in 2025?",
    "leeds city council has been ignoring the damp in my flat and my daughter's chest is bad. how many damp "
    "complaints did the council get in 2025?",
])
def test_a_body_and_its_verb_is_no_address(text):
    f = frame_message(text, today=TODAY)
    assert len(f.parts) == 1 and f.parts[0].kind == "count"
    assert not any(w in f.parts[0].text.lower() for w in ("asthma", "chest", "letting", "ignoring"))


@pytest.mark.parametrize("text, rest", [
    ("leeds council are there any plans to fix the potholes", "are there any plans to fix the potholes"),
    ("cornwall council how many potholes were reported in 2025", "how many potholes were reported in 2025"),
])
def test_an_address_over_a_question_still_goes(text, rest):
    assert strip_address(text) == rest
