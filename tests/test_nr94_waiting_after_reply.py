"""nr94 (nc94 #2, #3): a person whose internal review was ignored gets the complaint to the Commissioner about the missing
outcome (never a complaint about a request left unanswered, never the council's complaints procedure), and a person
told the time was extended for the public interest gets a chaser counted from the extended day that says what the
request asked. Pilot at 80x24, in clinic mode (nothing stored); messages in my own words as well as the newcomer's."""

from __future__ import annotations

import asyncio
from datetime import date

from textual.widgets import Input, Static

from askfoi.conversation import Conversation
from askfoi.followup import complaint_letter
from askfoi.reply_flow import ReplyFlow
from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen

IGNORED_REVIEW = ("i want to complain to the ico. i asked manchester city council for an internal review on 1 september "
                  "2026 about my foi on parking fines and they have completely ignored it")
EXTENDED = ("I sent dyfed powys police an foi about facial recognition on 11 october, they emailed saying they need more "
            "time to consider the public interest and since then NOTHING. its been weeks. what can i do")


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _reply_screen_for(pilot, message: str) -> ReplyScreen:
    app = pilot.app
    await settle(pilot)
    app.query_one("#prompt", Input).value = message
    await pilot.press("enter")
    for _ in range(40):
        await settle(pilot)
        if isinstance(app.screen, ReplyScreen):
            break
        await asyncio.sleep(0.25)
    assert isinstance(app.screen, ReplyScreen)
    return app.screen


async def _tracked_and_written(pilot, message: str, key: str) -> tuple[str, str, str]:
    """The message sent, the reply path's box as it opened, what Track said, and the letter KEY wrote."""
    screen = await _reply_screen_for(pilot, message)
    box = screen.query_one("#reply-sent", Input).value
    screen.query_one("#reply-track").press()
    await settle(pilot)
    said = str(screen.query_one("#reply-message", Static).render())
    await pilot.press(key)
    await settle(pilot)
    return box, said, screen.flow.letter.body


async def test_an_ignored_internal_review_opens_the_complaint_to_the_ico_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: date(2026, 12, 7), save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        box, said, body = await _tracked_and_written(pilot, IGNORED_REVIEW, "ctrl+o")
        assert "Manchester City Council" in box and "review" in box and "01/09/2026" in box
        assert "internal review on Tuesday 1 September 2026" in said and "section 50" in said
        assert "Dear Information Commissioner" in body
        assert "I asked for an internal review on Tuesday 1 September 2026 and have not received its outcome" in body
        assert "have not received a response within the 20 working days" not in body  # a reply did come
        assert "Its decision" not in body and "does not make clear what it decided" not in body  # never read
        assert "about parking fines" in body


def test_the_chat_never_sends_an_ignored_review_to_the_complaints_procedure():
    conv = Conversation(today=lambda: date(2026, 12, 7))
    turn = conv.reply("we asked leeds city council for a review of their refusal on 3 august 2026 and they ignored us")
    said = " ".join(m.text for m in turn.messages)
    assert "reply" in turn.actions and "review asked" in (turn.track_text or "")
    assert "Ombudsman" not in said and "complaints procedure" not in said


def test_a_review_not_yet_overdue_offers_no_complaint_and_says_when():
    flow = ReplyFlow(today=lambda: date(2026, 12, 7))
    view = flow.track("Leeds City Council review asked 16/11/2026")
    assert flow.review_asked == date(2026, 11, 16) and flow.sent is None
    assert view.offers == [] and "come back" in view.message


def test_a_scottish_review_ignored_goes_to_the_scottish_commissioner_after_20_working_days():
    flow = ReplyFlow(today=lambda: date(2026, 12, 7))
    view = flow.track("Glasgow City Council internal review 2/11/2026")
    assert view.offers == ["complain"] and "Scottish Information Commissioner" in view.message
    body = flow.write("complain").body
    assert "Dear Scottish Information Commissioner" in body and "section 21" in body


def test_guard_a_request_never_answered_is_still_tracked_as_a_request():
    flow = ReplyFlow(today=lambda: date(2026, 12, 7))
    flow.track("Leeds City Council 01/09/2026")
    assert flow.sent == date(2026, 9, 1) and flow.review_asked is None
    assert "have not received a response within the 20 working days" in flow.write("complain").body


def test_guard_a_complaint_after_a_review_outcome_still_reads_the_reply():
    reply = "Q1. The information is exempt under section 31(1)(a) of the Freedom of Information Act 2000."
    body = complaint_letter(reply, authority="Leeds City Council", review=reply, review_asked=date(2026, 9, 1),
                            today=date(2026, 12, 7)).body
    assert "31(1)(a)" in body


async def test_a_public_interest_extension_is_chased_from_the_extended_day_at_80x24(tmp_path):
    # 11 Oct 2026 (a Sunday): due Fri 6 Nov; 20 further working days, St Andrew's Day (Mon 30 Nov) left out as FOIA
    # s10(6) requires: Mon 7 Dec. On Wed 9 Dec the reply is 2 working days late.
    app = AskFOIApp(today=lambda: date(2026, 12, 9), save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        box, said, body = await _tracked_and_written(pilot, EXTENDED, "ctrl+e")
        assert "Dyfed-Powys Police" in box and "11/10/2026" in box and "public interest" in box
        assert "Monday 7 December 2026" in said and "2 working days late" in said
        assert "It asked about facial recognition." in body
        assert "more time to consider the public interest (section 10(3))" in body
        assert "by Monday 7 December 2026" in body


def test_an_extension_told_in_my_own_words_is_carried_to_the_box():
    conv = Conversation(today=lambda: date(2026, 12, 9))
    turn = conv.reply("i put in a foi to the home office on 2 october about visa fees, they wrote saying they had "
                      "extended the deadline to consider the public interest. still nothing")
    assert "reply" in turn.actions and "public interest extension" in (turn.track_text or "")


def test_guard_no_extension_told_keeps_the_plain_due_date():
    flow = ReplyFlow(today=lambda: date(2026, 12, 9))
    view = flow.track("Dyfed-Powys Police 11/10/2026")
    assert not flow.pi_extended and "Friday 6 November 2026" in view.message


def test_guard_a_body_named_review_is_no_review_asked_for():
    flow = ReplyFlow(today=lambda: date(2026, 12, 7))
    flow.track("Independent Review Panel 01/09/2026")
    assert flow.review_asked is None and flow.sent == date(2026, 9, 1)
