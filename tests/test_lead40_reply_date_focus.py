"""lead40 (nc43 #13): a reply whose date askfoi cannot find asks for the day "in the box below": the date box has the
focus, so the day typed lands there (at 80x24); a dated reply puts the focus on the first letter offered."""

from textual.widgets import Button, Input

from tests.test_reply_tui import make_app, paste_and_read, settle

UNDATED = "Q1. 14 officers.\nQ2. We do not hold this information.\nQ3. The names are exempt under section 40(2)."
DATED = "Date of response: 3 March 2025\n" + UNDATED


async def test_an_undated_reply_puts_the_focus_in_the_date_box(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await paste_and_read(pilot, UNDATED)
        assert screen.focused is screen.query_one("#reply-received", Input)
        for key in "03/03/2025":
            await pilot.press(key)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.flow.received is not None


async def test_a_dated_reply_puts_the_focus_on_a_letter(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await paste_and_read(pilot, DATED)
        assert isinstance(screen.focused, Button)
