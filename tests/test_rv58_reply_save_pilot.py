"""rv58 (nc58 #14): the reply panel's "Save .txt" (F7) writes into the folder the request was saved in ("/save FOLDER"),
never into the program's working directory. Driven with Pilot at 80x24."""

from __future__ import annotations

from textual.widgets import TextArea

from askfoi.tui.app import AskFOIApp
from tests.test_reply_tui import MIXED, TODAY, open_reply, settle
from tests.test_tui import say


async def test_f7_saves_the_review_where_the_request_was_saved(tmp_path, monkeypatch):
    work = tmp_path / "program"
    work.mkdir()
    monkeypatch.chdir(work)  # the folder the program was started in
    letters = tmp_path / "my letters"
    letters.mkdir()
    app = AskFOIApp(today=lambda: TODAY, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for text in ("How many speed cameras did you operate?", "Essex Police", "2023", "ok"):
            await say(pilot, text)
        for _ in range(4):
            await say(pilot, "ok")
        for text in ("1", "Jo Bloggs", "jo@example.org"):
            await say(pilot, text)
        await say(pilot, f"/save {letters}")
        assert len(list(letters.glob("*.txt"))) == 1  # the request, where the person asked
        screen = await open_reply(pilot)
        screen.query_one("#reply-text", TextArea).text = MIXED
        await pilot.click("#reply-read")
        await settle(pilot)
        screen.query_one("#reply-letter-review").press()
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        assert list(work.iterdir()) == []  # nothing in the program's folder
        assert len(list(letters.glob("askfoi-review-*.txt"))) == 1
