"""lead51 (nc67 #13): a contraction typed without its apostrophe is offered as the contraction ("theyd" -> "they'd",
"youre" -> "you're"), never the speller's nearest word ("they", "your")."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("typed, meant", [("theyd", "they'd"), ("youre", "you're"), ("theyre", "they're")])
def test_a_contraction_is_offered_with_its_apostrophe(typed, meant):
    text = f"my mum is in the royal london hospital and {typed} not telling us much. how many patients waited over 12 hours in a&e in 2024"
    spelling = dict(frame_message(text, today=date(2026, 12, 6)).spelling)
    assert spelling.get(typed) == meant, spelling
