"""Lead (session 33): "and what for" / "what were they for" after a count asks the reason recorded for each, like a
bare "and why"; never lost, never kept as "What were the fixed penalty notices for?"."""

import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("message", [
    "how many fines has ofsted given to nurseries? and what for",
    "how many fixed penalty notices did the council issue last year and what were they for",
    "how many pupils were excluded from leeds schools in 2024 and for what reasons",
])
def test_what_for_is_the_reason_breakdown(message):
    texts = [p.text for p in frame_message(message).parts]
    assert any("reason" in t for t in texts), texts
    assert not any(t.endswith(" for?") for t in texts), texts
