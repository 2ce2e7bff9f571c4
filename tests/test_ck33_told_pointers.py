"""ck33 (issue 8): "these X" pointing at what the sentence before told is written out from that sentence and never
asked back; a pointer the message does not resolve is asked about once, not once per part."""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize("text, named, word", [
    ("kent police arrested protesters at the airport in 2025. how many of these people were charged?", "protesters", "these people"),
    ("Hampshire police used 4 drones in 2025. how many hours were these drones flown?", "drones", "these drones"),
    ("Essex Police seized e-scooters in 2025. what happened to these scooters?", "e-scooters", "these scooters"),
])
def test_a_pointer_resolved_in_the_message_is_named_and_not_asked(text, named, word):
    framing = frame_message(text, today=TODAY)
    assert any(named in p.text.lower() and word not in p.text.lower() for p in framing.parts), [p.text for p in framing.parts]
    asked = [f for f in framing.findings if f.code == "story-reference" and word in f.message.lower()]
    asked += [q for q in framing.questions if word in q.lower()]
    assert not asked


def test_an_unresolved_pointer_is_asked_once():
    framing = frame_message("how many of these people were arrested in 2025 and how many of these people were charged? "
                            "(Kent Police)", today=TODAY)
    asked = [f for f in framing.findings if "these people" in (f.message or "").lower()]
    asked += [q for q in framing.questions if "these people" in q.lower()]
    assert len(asked) <= 1
