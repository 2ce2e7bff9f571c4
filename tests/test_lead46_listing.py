"""lead46: the similar responses listed beside the forecast are about what was asked (nc51 #12: "Library fines" and
"Outstanding library fines" listed for a question about parking fines). A short subject ("parking fines") is listed
only with records that share most of it (its head alone, "fines", or its modifier alone, "parking", is another
subject); a long request's rarest word may be incidental, so sharing a quarter of its subject also lists. The words
people ask with ("how much money did they make") name no subject. Measured in bench/listing_relevance.py."""

from __future__ import annotations

import pytest

from askfoi.matching import get_matcher


def titles(text: str, authority: str | None = None) -> list[str]:
    return [s.title.lower() for s in get_matcher().match(text, authority, top=8).similar]


@pytest.mark.parametrize("text, authority", [
    ("how much money did glasgow city council make from parking fines in 2025", "Glasgow City Council"),
    ("how much did the council get from parking tickets last year", "Leeds City Council"),
    ("income from parking fines 2024/25", "Bristol City Council"),
])
def test_parking_fines_list_no_library_fines(text, authority):
    listed = titles(text, authority)
    assert listed, "parking fines and PCNs are in the pack"
    assert not any("library" in t for t in listed)
    assert all(any(w in t for w in ("park", "pcn", "penalty charge")) for t in listed), listed


def test_a_modifier_alone_is_another_subject():
    listed = titles("how many parking fines did the council issue in 2025", "Leeds City Council")
    assert not any("blue badge" in t and "pcn" not in t and "fine" not in t for t in listed)


def test_words_of_asking_name_no_subject():
    from askfoi.matching import _generic_terms

    generic = _generic_terms()
    assert {"money", "make", "get"} <= generic
