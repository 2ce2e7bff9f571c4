"""af99 (nc97 #9, j11): a chaser for a request askfoi wrote carries a copy of that request below it (and says so), so
an officer who never received it can deal with it at once; with no acknowledgement either, the copy is what the
chaser offers instead of "tell me and I will send it again". A chaser with no request text (only what the person
said it asked) has no copy and is otherwise unchanged (guards). The requests are my own words."""

from __future__ import annotations

from datetime import date

from textual.widgets import Static

from askfoi.conversation import Conversation, Step
from askfoi.followup import chase_letter
from askfoi.reply_flow import ReplyFlow, ReplyStep
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import say, settle

TODAY = date(2026, 12, 7)
SENT = date(2026, 10, 8)
REQUEST = ("Subject: Freedom of Information request: street lights repaired\n\nDear Freedom of Information team,\n\n"
           "Under the Freedom of Information Act 2000, please send me:\n\n1. The number of street lights repaired in "
           "each month of 2025.\n2. The average time taken to repair a street light after it was reported.\n\n"
           "Yours faithfully,\n\nAmara Nwosu\n")


def _chaser(**kw) -> str:
    letter = chase_letter(SENT, authority="Leeds City Council", today=TODAY, **kw)
    return letter.body


def test_a_chaser_carries_a_copy_of_the_request_it_has():
    body = _chaser(request=REQUEST, copy=REQUEST)
    assert "A copy of my request is below this letter." in body
    signed_at = body.index("[YOUR NAME]") if "[YOUR NAME]" in body else body.index("Amara Nwosu")
    copy_at = body.index("My request of Thursday 8 October 2026")
    assert copy_at > signed_at
    assert "The average time taken to repair a street light after it was reported." in body[copy_at:]


def test_with_no_acknowledgement_the_copy_is_what_to_deal_with():
    body = " ".join(_chaser(request=REQUEST, copy=REQUEST, unacknowledged=True).split())
    assert "if it did not reach you, please deal with the copy below as my request" in body
    assert "I will send it again" not in body


def test_guard_no_request_text_no_copy():
    body = " ".join(_chaser(topic="for the number of street lights repaired", unacknowledged=True).split())
    assert "copy" not in body.lower()
    assert "tell me and I will send it again" in body


def test_the_reply_path_copies_the_letter_written_here():
    flow = ReplyFlow(today=lambda: TODAY, authority="Leeds City Council", request="1. The number of street lights",
                     sent=SENT, request_letter=REQUEST)
    flow.start()
    view = flow.write("chase")
    assert view.step == ReplyStep.letter
    assert "My request of Thursday 8 October 2026" in view.body and "street light after it was reported" in view.body


def test_guard_a_tracked_request_of_another_body_gets_no_copy_of_this_letter(tmp_path):
    from askfoi.tracking import TrackStore

    store = TrackStore(tmp_path / "tracked.json")
    other = store.add("Bradford Council", SENT, title="bins")
    flow = ReplyFlow(today=lambda: TODAY, authority="Leeds City Council", request="1. The number of street lights",
                     sent=date(2026, 10, 20), request_letter=REQUEST, tracker=store)
    view = flow.chase_tracked(other.id)
    assert "street light after it was reported" not in view.body


async def test_at_80x24_the_chaser_for_a_request_written_here_has_its_copy(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many street lights did leeds city council repair in 2025 and how long did repairs take",
                  "Leeds City Council")
        for answer in ("ok", "ok", "ok", "ok", "skip", "Amara Nwosu", "skip", "skip"):
            if app.conversation.session.step == Step.done:
                break
            await say(pilot, answer)
        assert app.conversation.session.step == Step.done, app.conversation.session.step
        await say(pilot, "sent 8 october")
        await pilot.press("f9")
        await settle(pilot)
        screen = app.screen
        await pilot.press("ctrl+e")
        await settle(pilot)
        assert screen.flow.step == ReplyStep.letter, screen.flow.step
        shown = " ".join(str(screen.query_one("#reply-body", Static).render()).split())
        assert "A copy of my request is below this letter." in shown
        assert "My request of Thursday 8 October 2026" in shown and "Amara Nwosu" in shown.split("My request of")[1]
