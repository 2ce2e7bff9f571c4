"""nx100 (nc99 j1): "3 retention" on a part still a yes/no question about what the force keeps (Pilot, 80x24)."""
from __future__ import annotations

from datetime import date

from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 7)
MESSAGE = ("how many times have south wales police used live facial recognition this year and do they keep the "
           "pictures of people who weren't on a watchlist?")


async def test_a_retention_kind_for_a_kept_yes_no_part_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, MESSAGE, "ok", "ok")
        said = bot_text(app)
        at = said.rfind("Do you keep the pictures")
        assert at >= 0, said[-1500:]
        number = said[:at].rstrip()[-2:].strip(" .")
        await say(pilot, f"{number} retention")
        after = " ".join(bot_text(app)[len(said):].split())
        assert "couldn't build part" not in after, after
        assert "The retention period for the pictures of people who weren't on a watchlist" in after, after
