"""A word the lists do not know in front of a place noun is the place's own name and is never "corrected" (session 24:
"yarls wood" became "yards wood" and "walleys quarry" was offered "wallets"); slips in front of other words still are."""

from __future__ import annotations

import pytest

from askfoi.spelling import suggest


@pytest.mark.parametrize("text", [
    "how many people did the home office detain at yarls wood in 2025",
    "theres a smell from the landfill in walleys quarry",
    "how many trees were cut down in bute park",
])
def test_a_place_name_is_left_alone(text):
    assert suggest(text) == []


@pytest.mark.parametrize("text, fix", [
    ("how many polce officers at the polce station", ("polce", "police")),
    ("how many fines were issued on the counsil estate", ("counsil", "council")),
])
def test_slips_before_other_words_are_still_offered(text, fix):
    assert fix in suggest(text)
