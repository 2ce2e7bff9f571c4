"""ck33: the chatbot at 80x24: a hospital named by its town goes to its NHS body; the CCTV of an incident at a bus
station is asked of whoever runs it (never the police who said they cannot get it), the likely operator offered by
number; a pasted client letter's saved letter says the adviser sends it with her written authority."""
from __future__ import annotations

from datetime import date

from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 3)


async def test_chat_hospital_in_a_town_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how long do people wait in A&E at the hospital in wolverhampton")
        assert app.conversation.session.authority == "The Royal Wolverhampton NHS Trust"


async def test_chat_cctv_at_a_bus_station_goes_to_its_operator_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "someone punched me at the bus station in wolverhampton on 3 november, i want the cctv of it, "
                         "the police said they cant get it")
        c = app.conversation
        assert "police" not in (c.session.authority or "").lower()
        assert "Transport for West Midlands" in c.session.authority_picks
        assert any("bus station in Wolverhampton on 3 November 2026" in p for p in c.session.parts)
        assert "Who runs the bus station" in bot_text(app)


async def test_chat_client_letter_has_the_adviser_line_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, 'writing for a client. Her letter says: "Dear Sir, I want to see everything Liverpool City '
                         'Council holds about me and my housing benefit claim since 2022 including notes of phone calls"')
        c = app.conversation
        assert not any("letter says" in p.lower() or "dear sir" in p.lower() for p in c.session.parts)
        assert "[ADVISER'S NAME]" in c.letter_text()
