"""lead56: "what ministers were told about the delays" is the passive: what someone was told is in the correspondence
sent to them. The speaker read before the verb must never end in an auxiliary ("between the government and ministers
were about the delays"), and "what was said about X" names no speaker at all."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 6)


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize("message, expected", [
    ("I want to know how much the Scottish Government has spent on the ferries at Ferguson Marine so far and what "
     "ministers were told about the delays",
     "Any correspondence between the government and ministers about the delays."),
    ("what was said about the closure of the library", "Any correspondence about the closure of the library."),
    ("what were residents told about the plans", "Any correspondence between the authority and residents about the plans."),
])
def test_the_passive_names_who_was_told(message, expected):
    texts = _texts(message)
    assert expected in texts, texts
    assert not any(" were about" in t or " and was about" in t for t in texts), texts


@pytest.mark.parametrize("message", ["what were they told about the plans"])
def test_a_pronoun_names_no_one(message):  # guard: passes on main and after
    assert not any("between" in t for t in _texts(message))


def test_the_active_speaker_is_kept_with_its_capitals():  # fx57's shape; the other body's name in its capitals
    assert _texts("leeds city council - what did the environment agency say about the flood defences") == [
        "Any correspondence between you and the Environment Agency about the flood defences."]
