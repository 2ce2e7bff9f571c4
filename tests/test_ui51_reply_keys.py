"""ui51 (nc50 #1): after a reply is read at 80x24 the keyboard is never in an invisible place: the focus is on the
first letter (or the date box) and shows; Tab walks date box -> buttons and never stops on the scrolling frame; a date
typed while a button has the focus lands in the date box; an empty date box means the reply's own date (or today);
every action has a key shown in the footer; typing a button's name and Enter presses it."""

from datetime import date

from textual.containers import VerticalScroll
from textual.widgets import Button, Input, TextArea

from askfoi.reply_flow import ReplyFlow, ReplyStep
from askfoi.tui.app import AskFOIApp
from tests.test_reply_tui import open_reply, settle

TODAY = date(2026, 12, 5)
DATED = ("Date: 20 November 2026\n\nDear Mr Campbell,\n\n1. Fife Council paid £4,317,902 to agencies in 2025/26.\n"
         "2. We are withholding the amounts paid to each agency under section 33(1)(b) of FOISA (commercial "
         "interests).\n\nYou may ask Fife Council to review this response within 40 working days.\n")
UNDATED = "Q1. 14 officers.\nQ2. We do not hold this information.\nQ3. The names are exempt under section 40(2).\n"


def make_app(tmp_path) -> AskFOIApp:
    return AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)


async def read_reply(pilot, text: str):
    """Paste the reply into the box and press Enter on its empty last line, as a person does."""
    await settle(pilot)
    screen = await open_reply(pilot)
    box = screen.query_one("#reply-text", TextArea)
    box.text = text
    box.move_cursor(box.document.end)
    await pilot.press("enter")
    await settle(pilot)
    assert screen.flow.step == ReplyStep.result
    return screen


async def type_text(pilot, text: str) -> None:
    for ch in text:
        await pilot.press("space" if ch == " " else ch)
    await pilot.pause()


def visible(screen, widget) -> bool:
    region = widget.region
    return widget.display and region.area > 0 and screen.region.contains_region(region)


async def test_the_focus_after_reading_is_on_something_shown_and_tab_never_stops_on_the_frame(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await read_reply(pilot, DATED)
        assert isinstance(screen.focused, (Button, Input)) and visible(screen, screen.focused)
        seen = []
        for _ in range(6):
            await pilot.press("tab")
            await pilot.pause()
            seen.append(screen.focused)
            assert not isinstance(screen.focused, VerticalScroll)
            assert screen.focused is not None and visible(screen, screen.focused)
        ids = [w.id for w in seen]
        # the date box comes before the letters: from it, Tab goes to its button and then the first letter
        start = ids.index("reply-received")
        after = [i for i in ids[start + 1:] if i != "reply-received-set"]
        assert after and after[0] == "reply-letter-review"


async def test_a_date_typed_on_a_button_lands_in_the_date_box(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await read_reply(pilot, DATED)
        assert isinstance(screen.focused, Button)
        await type_text(pilot, "26/11/2026")
        assert screen.query_one("#reply-received", Input).value == "26/11/2026"
        await pilot.press("enter")
        await settle(pilot)
        assert screen.flow.received == date(2026, 11, 26)
        assert "buttons, not a box" not in str(screen.query_one("#reply-message").render())


async def test_enter_on_the_empty_date_box_keeps_the_replys_date_or_today(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await read_reply(pilot, UNDATED)
        assert screen.focused is screen.query_one("#reply-received", Input)  # lead40: an undated reply asks
        await pilot.press("enter")
        await settle(pilot)
        assert screen.flow.received == TODAY
        assert "Give the date" not in str(screen.query_one("#reply-message").render())


def test_an_empty_date_is_the_replys_own_date_else_today():
    flow = ReplyFlow(today=lambda: TODAY)
    flow.read(DATED)
    view = flow.received_on("")
    assert flow._reply_day() == date(2026, 11, 20) and "Give the date" not in view.message
    flow = ReplyFlow(today=lambda: TODAY)
    flow.read(UNDATED)
    flow.received_on("  ")
    assert flow.received == TODAY


async def test_typing_a_buttons_name_presses_it_and_other_words_name_the_keys(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await read_reply(pilot, DATED)
        screen.query_one("#reply-after-review", Button).focus()
        await type_text(pilot, "hello there")
        await pilot.press("enter")
        await settle(pilot)
        said = str(screen.query_one("#reply-message").render())
        assert "Ctrl+W Write review" in said and screen.flow.step == ReplyStep.result
        await pilot.press(*["backspace"] * 11)
        await type_text(pilot, "write the review please")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.flow.step == ReplyStep.letter and "review" in str(screen.query_one("#reply-body").render())


async def test_every_action_has_a_key_in_the_footer_while_it_is_shown(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await read_reply(pilot, DATED)
        shown = {b.binding.action for b in screen.active_bindings.values() if b.enabled and b.binding.show}
        assert "letter('review')" in shown and "toggle_review" in shown and "read" not in shown
        assert "copy" not in shown
        screen.query_one("#reply-received", Input).focus()  # from the date box too
        await pilot.press("ctrl+w")
        await settle(pilot)
        assert screen.flow.step == ReplyStep.letter
        shown = {b.binding.action for b in screen.active_bindings.values() if b.enabled and b.binding.show}
        assert "copy" in shown and "mailto" in shown and "letter('review')" not in shown


async def test_the_chats_letter_keys_do_nothing_on_the_reply_screen(tmp_path):
    """F7 on a read reply (no letter yet) never falls through to the app's "save the chat's letter"."""
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await read_reply(pilot, DATED)
        called = []
        app.action_save_letter = lambda *a: called.append("save")  # type: ignore[method-assign]
        app.action_copy_letter = lambda *a: called.append("copy")  # type: ignore[method-assign]
        await pilot.press("f7", "f6")
        await settle(pilot)
        assert called == [] and screen.flow.step == ReplyStep.result
