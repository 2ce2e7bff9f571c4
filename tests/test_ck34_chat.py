"""ck34: the chatbot at 80x24. "the hospital in london": London's hospital bodies offered by number once (the question
lists them; the organisation step never lists them again under it), and a number picks one; "my council tax account"
is a subject access request."""
from __future__ import annotations

from datetime import date

from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 3)


async def test_chat_hospital_in_london_lists_its_bodies_once_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many operations were cancelled on the day at the hospital in london in 2024")
        c = app.conversation
        assert "Guy's and St Thomas' NHS Foundation Trust" in c.session.authority_picks
        said = bot_text(app)
        assert said.count("Guy's and St Thomas' NHS Foundation Trust") == 1
        assert "London Borough" not in said
        k = c.session.authority_picks.index("Guy's and St Thomas' NHS Foundation Trust") + 1
        await say(pilot, str(k))
        assert c.session.authority.replace("\u2019", "'") == "Guy's and St Thomas' NHS Foundation Trust"


async def test_chat_own_council_tax_account_is_subject_access_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "i need a copy of my own council tax account from bristol council showing every payment since 2020")
        assert "subject access request" in bot_text(app)
        assert app.conversation._is_sar()
