"""fx47 (issue 8, fx46's open item): a Welsh school, hospital or college name typed in lower case keeps its capitals in
every part ("ysgol gymraeg pwll coch" -> "Ysgol Gymraeg Pwll Coch"). My own wordings."""
from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.place_capitals import capitalise_welsh_names


def _texts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=date(2026, 12, 4)).parts]


@pytest.mark.parametrize("text, name", [
    ("how many pupils are in each class at ysgol gymraeg pwll coch?", "Ysgol Gymraeg Pwll Coch"),
    ("How many pupils were excluded from ysgol y graig in 2023?", "Ysgol y Graig"),
    ("how many staff at coleg cambria are on zero hours contracts", "Coleg Cambria"),
])
def test_a_welsh_name_typed_small_gets_its_capitals(text, name):
    texts = _texts(text)
    assert texts and any(name in t for t in texts), texts


@pytest.mark.parametrize("text", [
    "The number of children in the parc area who had school dinners.",
    "The number of pupils at Ysgol Bro Teifi in 2024.",
    "The cost of the capel restoration.",
])
def test_words_after_an_opener_that_name_nothing_stay_as_typed(text):
    assert capitalise_welsh_names(text) == text
