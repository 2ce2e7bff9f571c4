"""A body the message names and askfoi knows decides which law's wording a finding uses; Scottish place words in the
text decide only when the body is unknown (session 24: "bute park" in Cardiff read as Argyll and Bute)."""

from __future__ import annotations

import pytest

from askfoi.framing import frame_message


def _env_message(text: str) -> str:
    found = [f for f in frame_message(text).findings if f.code == "environmental-information"]
    assert found, text
    return found[0].message


@pytest.mark.parametrize("text", [
    "how many trees has cardiff council cut down in bute park since 2023",
    "how much did swansea council spend clearing fallen trees at arran road in 2024",
])
def test_a_welsh_council_with_a_scottish_place_word_keeps_the_eir(text):
    message = _env_message(text)
    assert "Environmental Information Regulations 2004" in message
    assert "Scotland" not in message


def test_scottish_words_still_decide_for_an_unknown_body():
    message = _env_message("how many trees were cut down in glasgow parks by the community trust in 2024")
    assert "(Scotland)" in message
