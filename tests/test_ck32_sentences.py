"""ck32 (nu34 #6): a full stop that shortens a word never ends a sentence; shorthand is never "corrected"."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.sentence_ends import protect, restore, shortens, split
from askfoi.spelling import suggest

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize("text, kept", [
    ("How many patients on Ward 20 caught C. difficile between 1 January 2026 and 30 November 2026?", "C. difficile"),
    ("how many patients caught MRSA or C. diff at the royal infirmary in 2025?", "C. diff"),
    ("what did Cllr. Smith's ward spend on potholes i.e. road repairs in 2024/25 at Wirral council", "Cllr. Smith"),
    ("how many complaints about Dr. Patel's surgery did Leeds council get in 2025?", "Dr. Patel"),
    ("how many E. coli cases were recorded at Leeds Teaching Hospitals in 2025?", "E. coli"),
    ("what did Leeds council spend approx. on agency staff in 2025?", "approx. on"),
    ("what did Leeds council spend on repairs e.g. to roofs in 2025?", "e.g. to roofs"),
])
def test_abbreviation_keeps_the_sentence_whole(text, kept):
    parts = frame_message(text, today=TODAY).parts
    assert len(parts) == 1, [p.text for p in parts]
    assert kept.lower() in parts[0].text.lower(), parts[0].text
    assert "?" not in parts[0].text[:-1], parts[0].text  # never "Cllr?" or "C? Difficile"


@pytest.mark.parametrize("text, at", [
    ("caught C. difficile on the ward", "C."), ("Cllr. Smith asked", "Cllr."), ("St. Thomas' hospital", "St."),
    ("repairs, e.g. roofs", "e.g."), ("road repairs i.e. potholes", "i.e."), ("approx. 40 staff", "approx."),
    ("ref no. 5 about", "no."), ("Dr. Jones said", "Dr."), ("the Dept. of Health", "Dept."),
])
def test_shortening_dots(text, at):
    k = text.index(at) + len(at) - 1
    assert shortens(text, k)


@pytest.mark.parametrize("text", ["Bins are late. Leeds is worst.", "I asked for no. Then they wrote.",
                                  "How many in 2025. What did it cost?", "It was Plan A. Then Plan B came."])
def test_real_ends_still_cut(text):
    assert len(split(r"(?<=[.?!])\s+", text)) == 2
    assert restore(protect(text)) == text


@pytest.mark.parametrize("text, word", [
    ("how many patients caught c diff on ward 20", "diff"), ("mrsa and e coli cases in 2025", "mrsa"),
    ("how many mssa infections in 2025", "mssa"), ("how many dnar orders on ward 4", "dnar"),
    ("cases of c dif at the hospital", "dif"),
])
def test_shorthand_is_not_corrected(text, word):
    assert word not in dict(suggest(text))


def test_real_slips_still_offered():
    fixes = dict(suggest("how mnay pothles were fixd in manchster"))
    assert {"mnay", "pothles", "fixd"} <= set(fixes)
