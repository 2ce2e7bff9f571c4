"""ny99 (nc99 #8, j3): a part added as a question ("add how much they paid out in total") is framed as the first
message's questions are, its "they" and subject read from the first message; other additions stay as typed."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 7)


def _parts(*typed: str) -> list[str]:
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for text in typed:
        conv.reply(text)
    return conv.session.parts


@pytest.mark.parametrize("message, added, part", [
    ("how many parking fines did leeds city council issue in 2025", "add how much they collected from them",
     "The total income from parking fines."),
    ("how many potholes did leeds city council fix in 2025", "add how much did they spend on it",
     "The total amount spent on potholes."),
])
def test_a_question_added_is_framed_from_the_first_message(message, added, part):
    parts = _parts(message, "ok", "2025", added)
    assert parts[-1] == part, parts
    assert len(parts) == 2


@pytest.mark.parametrize("added, part", [
    ("add the contracts with the agencies", "The contracts with the agencies."),  # no question: as typed (nu17)
    ("add who decided the inspection targets", "Who decided the inspection targets?"),  # no frame: as typed
    # its own period: kept in its words, so the review can say the periods differ
    ("add how much did they spend on agency nurses in 2019?", "How much did they spend on agency nurses in 2019?"),
])
def test_other_additions_are_kept_as_typed(added, part):
    parts = _parts("how much did manchester city council spend on agency social workers in 2025", "ok", "2025", added)
    assert parts[-1] == part, parts


async def test_the_glasgow_total_paid_out_is_framed_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many pothole compensation claims did glasgow city council get last year and how many "
                         "did they pay out? and how much did they spend fixing potholes", "ok", "ok",
                  "add how much they paid out in total")
        said = " ".join(bot_text(app).split())
    # nx101: "paid out" is said as typed (ny99's own limit was "spent on")
    assert "4. The total amount paid out for pothole compensation claims." in said, said[-1500:]
    assert "How much they paid out in total?" not in said
    assert "1. The number of pothole compensation claims received." in said
