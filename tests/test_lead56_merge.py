"""lead56 merge fixes: what one helper's change and another's meet on."""

from __future__ import annotations

from datetime import date

from askfoi.framing import frame_message


def test_own_footage_set_aside_is_not_asked_back_as_left_out():
    # ny82's own-footage finding takes the clause out on purpose; chat_asks must not say it "could not" frame it
    framing = frame_message("hi, i got knocked off my bike by a bus on oxford road in manchester in march. how many "
                            "cyclists have been hit there and whether they have the cctv of it", today=date(2026, 12, 6))
    assert any(f.code == "own-footage" for f in framing.findings)
    assert not any("I left out" in q and "CCTV" in q for q in framing.questions), framing.questions
