"""lt102 (issue 10): after the reply. The reply screen, the bot and the letters name a body with the article its name
needs, through one function (askfoi.templates.said); a whole cost refusal's review leads with the narrowed request;
one law per environmental request when the reply names none; FOISA s35(1)'s purposes named; the ICO's power to
refuse a complaint (FOIA s50(2)(a), (b)) said where it applies. Every reply, request and message here is my own
words."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from textual.widgets import Input, Static

from askfoi.followup import in_sentence
from askfoi.reply_flow import ReplyFlow
from askfoi.templates import said
from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen

TODAY = date(2026, 12, 7)


def _flat(text: str) -> str:
    return " ".join(str(text).split())


# -- 1. a body's name in running text ----------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, said_as", [
    ("Driver and Vehicle Licensing Agency 14/10/2026", "request to the Driver and Vehicle Licensing Agency:"),
    ("Home Office 2/10/2026", "request to the Home Office:"),
    ("Environment Agency 3/11/2026", "request to the Environment Agency:"),
])
def test_the_tracked_line_gives_the_body_its_article(typed, said_as):
    flow = ReplyFlow(today=lambda: TODAY, tracker=None, clinic=True)
    view = flow.track(typed)
    assert said_as in _flat(view.message), view.message


@pytest.mark.parametrize("typed, said_as", [
    ("Leeds City Council 14/10/2026", "request to Leeds City Council:"),
    ("Kent Police 2/10/2026", "request to Kent Police:"),
])
def test_guard_names_that_take_no_article_are_said_as_they_are(typed, said_as):
    flow = ReplyFlow(today=lambda: TODAY, tracker=None, clinic=True)
    assert said_as in _flat(flow.track(typed).message)


def test_the_review_asked_line_and_the_paste_line_give_the_article():
    flow = ReplyFlow(today=lambda: TODAY, tracker=None, clinic=True)
    said_line = _flat(flow.track("Home Office review asked 01/09/2026").message)
    assert said_line.startswith("You asked the Home Office for an internal review"), said_line
    flow = ReplyFlow(today=lambda: TODAY, authority="Office of Rail and Road", tracker=None)
    assert "Paste the reply from the Office of Rail and Road below" in _flat(flow.start().message)
    flow = ReplyFlow(today=lambda: TODAY, authority="Bristol City Council", tracker=None)
    assert "Paste the reply from Bristol City Council below" in _flat(flow.start().message)


def test_one_function_names_a_body_in_the_letters_and_on_the_screens():
    # the pack's "the ..." aliases were heard only by the letters (followup.in_sentence); the screens now hear them too
    for name in ("British Transport Police", "National Trust", "Home Office", "Kent Police", "Leeds City Council"):
        assert said(name) == in_sentence(name), name
    assert said("British Transport Police") == "the British Transport Police"


async def test_at_80x24_the_reply_screen_tracks_the_home_office_with_its_article(tmp_path):
    message = ("i sent the home office an foi on 2 october asking how much they spent on hotels for asylum seekers in "
               "2025 and they never replied. can you help me chase them")
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.query_one("#prompt", Input).value = message
        await pilot.press("enter")
        for _ in range(40):
            await pilot.pause()
            await app.workers.wait_for_complete()
            if isinstance(app.screen, ReplyScreen):
                break
            await asyncio.sleep(0.25)
        screen = app.screen
        assert isinstance(screen, ReplyScreen)
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen.query_one("#reply-track").press()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = _flat(screen.query_one("#reply-message", Static).render())
        assert "the Home Office" in shown and "to Home Office" not in shown, shown
