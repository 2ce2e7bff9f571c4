"""cl53 (nc51 #11): in clinic mode the reply screen does not assume the current client's body: it names it as the
request written for this client, and a reply whose sender is plainly another body (ui51's mismatch line) is read on its
own as another client's reply: no letter then goes to this client's body, quotes this client's request or carries
this client's name. Outside clinic mode the ui51 question stays as it was. The reply is written for these tests."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, Static, TextArea

from askfoi.reply_flow import ReplyFlow, ReplyStep
from askfoi.tui.app import AskFOIApp

TODAY = date(2026, 12, 5)
FIFE = ("Fife Council\nFreedom of Information Request FOI-2026-1187\n\nDate: 20 November 2026\n\nDear Mr Campbell,\n\n"
        "You asked:\n1. How much Fife Council paid to agencies for temporary social workers in 2025/26.\n"
        "2. The amounts paid to each agency.\n\n"
        "1. Fife Council paid £4,317,902 to agencies in 2025/26.\n2. We are withholding the amounts paid to each agency "
        "under section 33(1)(b) of FOISA (commercial interests).\n\nYou may ask Fife Council to review this response "
        "within 40 working days. If you remain dissatisfied you may apply to the Scottish Information Commissioner.\n")
REQUEST = "1. The number of stop and searches in Preston, broken down by ethnicity.\nFor the period 2025."


def test_clinic_reads_another_bodys_reply_on_its_own():
    flow = ReplyFlow(today=lambda: TODAY, authority="Lancashire Constabulary", request=REQUEST, name="Ann Client",
                     clinic=True)
    opening = flow.start().message
    assert "Paste the reply from Lancashire Constabulary" not in opening  # never assumed
    assert "for this client went to Lancashire Constabulary" in opening
    view = flow.read(FIFE)
    assert view.message.startswith("This reply comes from Fife Council, not Lancashire Constabulary")
    assert "another client's reply" in view.message
    assert flow.authority == "Fife Council" and flow.request is None and flow.name is None
    letter = flow.write("review")
    assert letter.step == ReplyStep.letter
    assert "stop and search" not in letter.body.lower() and "Lancashire" not in letter.body
    assert "Ann Client" not in letter.body and "Fife Council" in letter.body


def test_outside_clinic_mode_the_letters_go_to_the_replys_body_and_the_name_stays():
    # ny70 (nc70 #4, nc67 #6): the same person's reply from another body: its body, never this request's parts
    flow = ReplyFlow(today=lambda: TODAY, authority="Lancashire Constabulary", request=REQUEST, name="Ann Client")
    assert "Paste the reply from Lancashire Constabulary below" in flow.start().message
    view = flow.read(FIFE)
    assert view.message.startswith("This reply comes from Fife Council, not Lancashire Constabulary")
    assert "goes to Fife Council" in view.message and "another client's" not in view.message
    assert flow.authority == "Fife Council" and flow.request is None and flow.name == "Ann Client"


async def test_f9_in_a_clinic_at_80x24_names_the_body_as_a_question_and_says_whose_reply(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        for said in ("how many stop and searches did lancashire police do in preston in 2025", "ok", "ok", "ok"):
            app.query_one("#prompt", Input).value = said
            await pilot.press("enter")
            await pilot.pause()
            await app.workers.wait_for_complete()
        assert app.conversation.session.authority == "Lancashire Constabulary"
        await pilot.press("f9")
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.screen
        said = " ".join(str(w.render()) for w in screen.query(Static))
        assert "Paste the reply from Lancashire" not in said
        screen.query_one("#reply-text", TextArea).text = FIFE
        await pilot.press("ctrl+r")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.flow.step == ReplyStep.result and screen.flow.authority == "Fife Council"
