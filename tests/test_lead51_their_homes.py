"""lead51 (nx67's open fault): "their homes" after people counted is the people's homes ("how many families did the
council evict from their homes" - never "evicted from the council's homes"); after a home the message says the body
runs, it is the body's."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("text", [
    "how many families did leeds city council evict from their homes in 2024",
    "how many tenants did clarion evict from their homes last year",
])
def test_their_homes_are_the_peoples(text):
    parts = [p.text for p in frame_message(text, today=date(2026, 12, 6)).parts]
    assert parts and "from their homes" in parts[0] and "'s homes" not in parts[0], parts


def test_a_home_the_body_runs_is_the_bodys():  # guard: unchanged from main
    parts = [p.text for p in frame_message("my nan is in a care home run by the council. how many falls were recorded "
                                           "in their homes last year", today=date(2026, 12, 6)).parts]
    assert parts and "the council's homes" in parts[0], parts
