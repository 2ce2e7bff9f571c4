"""lead54 (nc76 #11): someone who opens the command palette and types what they want to do after a reply - "complain",
"chase", "review" - finds it, and it opens the reply path (the chaser one in the tracking box, for someone waiting)."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen
from tests._pilot import settle as _settle


@pytest.mark.parametrize("typed", ["complain", "chase", "internal review"])
async def test_the_palette_finds_what_people_do_after_a_reply(tmp_path, typed):
    app = AskFOIApp(today=lambda: date(2026, 12, 6), save_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        titles = [c.title.lower() for c in app.get_system_commands(app.screen)]
        assert any(typed in t for t in titles), titles
        await pilot.press("ctrl+p")
        await _settle(pilot)
        await pilot.press(*typed)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await _settle(pilot)
        assert isinstance(app.screen, ReplyScreen)
