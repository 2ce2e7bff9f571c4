"""cl55 (nc55 #9): shorthand with the kind of record last is read as the request it stands for; sentences are not."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("text, body, part", [
    ("client wants leeds city council damp complaints numbers", "Leeds City Council", "The number of damp complaints."),
    ("wants essex police speeding fines figures", "Essex Police", "The number of speeding fines."),
    ("client needs kent county council pothole repairs spend", "Kent County Council",
     "The total spent on pothole repairs."),
])
def test_shorthand_is_framed(text, body, part):
    framing = frame_message(text, today=TODAY)
    assert framing.authority is not None and framing.authority.name == body
    assert [p.text for p in framing.parts] == [part]


@pytest.mark.parametrize("text", [
    "client wants leeds city council to fix her damp",
    "i want to complain about leeds city council damp",
])
def test_sentences_are_not_shorthand(text):
    from askfoi.terse_asks import terse_ask

    framing = frame_message(text, today=TODAY)
    assert terse_ask(text, framing.authority.from_text if framing.authority else "") is None
