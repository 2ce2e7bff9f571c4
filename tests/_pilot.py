"""Pilot helpers shared by the chatbot's tests: wait for the engine, type answers."""

from __future__ import annotations

from textual.widgets import Input


async def settle(pilot) -> None:
    """Let every pending engine job finish and the screen catch up."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def loaded(pilot, limit: float = 60.0) -> None:
    """sp61: wait until the past responses are loaded and the engine uses them (the first answer can now come before
    they are: it then says they are still loading), so a screen that shows similar requests is the same every run."""
    waited = 0.0
    await settle(pilot)
    while waited < limit and getattr(pilot.app.conversation, "matcher", None) is None:
        await pilot.pause(0.1)
        waited += 0.1
    await settle(pilot)


async def say(pilot, *texts: str) -> None:
    """Type each answer into the answer box and press Enter, waiting for the reply."""
    for text in texts:
        pilot.app.query_one("#prompt", Input).value = text
        await pilot.press("enter")
        await settle(pilot)


def bot_text(app) -> str:
    """Everything the chatbot has said so far, as one line of plain words."""
    import re

    from askfoi.tui.chat import Bubble

    return re.sub(r"\s+", " ", " ".join(str(b.render()) for b in app.query(Bubble) if b.message.role == "bot"))


async def read_reply(pilot, text: str):
    """Open the reply screen (F9), put TEXT in its box and read it (Ctrl+R); the reply screen is returned."""
    from textual.widgets import TextArea

    await pilot.press("f9")
    await settle(pilot)
    screen = pilot.app.screen
    screen.query_one("#reply-text", TextArea).text = text
    await pilot.press("ctrl+r")
    await settle(pilot)
    return screen
