"""ad50: the chatbot at 80x24. A town in a two-tier area whose tier the message does not say ("consultants in
bicester") is asked with its two councils by number, listed once, and a number picks one; a town whose council the
question decides ("fly tipping in bicester") is proposed as that council, said to be taken from the town."""
from __future__ import annotations

from datetime import date

from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 3)


async def test_chat_town_council_asked_by_number_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how much has the council spent on consultants in bicester since 2023")
        c = app.conversation
        assert c.session.authority_picks == ["Cherwell District Council", "Oxfordshire County Council"]
        assert bot_text(app).count("Oxfordshire County Council") == 1
        await say(pilot, "1")
        assert c.session.authority == "Cherwell District Council"


async def test_chat_town_council_proposed_from_the_town_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many fly tipping reports were made in bicester in 2024")
        c = app.conversation
        assert c.session.authority == "Cherwell District Council"
        assert "bicester" in bot_text(app).lower()
