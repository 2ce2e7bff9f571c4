"""`make screenshot`: drive the real app through a conversation and save docs/screenshot.svg.

The app runs headless at 160x48 in clinic mode (so nothing is autosaved); every line on the
screen is what askfoi itself says and draws.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "docs" / "screenshot.svg"
ANSWERS = [
    "Does Essex Police use live facial recognition vans? How much did they cost?",
    "Essex Police",
    "2020/21 to 2023/24",
    "ok",
]


async def main() -> int:
    from textual.widgets import Input

    from askfoi.tui.app import AskFOIApp

    app = AskFOIApp(clinic=True)
    async with app.run_test(size=(160, 48)) as pilot:

        async def settle() -> None:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()

        await settle()
        for answer in ANSWERS:
            app.query_one("#prompt", Input).value = answer
            await pilot.press("enter")
            await settle()
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        app.save_screenshot(filename=TARGET.name, path=str(TARGET.parent))
    print(f"saved {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
