"""The one-key covert fix replaces the covert part by answerable frames, never asking twice what the letter
already asks."""

from __future__ import annotations

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 11, 30)


def test_the_covert_fix_does_not_ask_twice_what_the_letter_already_asks():
    from askfoi.framing import replace_covert

    framing = frame_message("how many times has essex police used facial recognition vans since 2023, and do they "
                            "use it covertly", today=TODAY)
    assert any(p.warning for p in framing.parts)
    fixed = replace_covert(framing)
    counts = [p for p in fixed.parts if p.kind == "count"]
    assert len(counts) == 1
    assert {"policy", "contracts"} <= {p.kind for p in fixed.parts}
