"""fx47 (issue 8): a follow-on question that only says "how many times" and a period counts what the question before
counted (the newcomer's "How many times in 2024?" alone after a question). My own wordings."""
from datetime import date

import pytest

from askfoi.framing import frame_message


def _texts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=date(2026, 12, 4)).parts]


@pytest.mark.parametrize("text, subject", [
    ("how many potholes were reported on the A40 in 2023? how many times in 2024?", "potholes reported on the A40"),
    ("How many fly-tipping fines did Leeds City Council issue in 2022? And how many times in 2023?", "fly-tipping fines"),
])
def test_how_many_times_and_a_period_after_a_question_counts_the_same_thing(text, subject):
    texts = _texts(text)
    assert len(texts) == 2 and all(subject in t for t in texts), texts
    assert not any("times" in t.lower() for t in texts), texts


def test_how_many_times_with_its_own_verb_keeps_its_own_subject():
    texts = _texts("How many fines were issued in 2022? How many times did the council take someone to court?")
    assert any("court" in t for t in texts), texts


@pytest.mark.parametrize("text, categories", [
    ("1. How many pupils were excluded in 2023? Please break this down into:\na. Council maintained primary.\nb. Academy "
     "primary (any type).\nc. Free school.\n2. How many exclusion reviews resulted in reinstatement? Please break this "
     "down into:\na. Council maintained primary.\nb. Academy primary (any type).\nc. Free school.",
     ["Council maintained primary", "Academy primary (any type)", "Free school"]),
])
def test_a_breakdown_into_a_list_keeps_every_category(text, categories):
    texts = _texts(text)
    reviews = [t for t in texts if "reinstatement" in t]
    assert reviews and all(c in reviews[0] for c in categories), texts
