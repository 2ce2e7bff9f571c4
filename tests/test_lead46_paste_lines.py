"""lead46 (nc53 #2, #4): a paste into the chat's one-line box is shown with its lines joined, but what is sent keeps
its line breaks: a pasted email's bullet list stays a list, a pasted reply's date under its reference stays found.
And a first message that says a reply came and names a decision only a reply makes ("they said some of it was
manifestly unreasonable") opens the reply path."""

from __future__ import annotations

from datetime import date

import pytest
from textual import events
from textual.widgets import Input

from askfoi.pasted_reply import had_reply
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import settle

TODAY = date(2026, 12, 5)

EMAIL = ("Hi Sue,\n\ncould you ask Leeds City Council the following:\n\n"
         "- how many potholes were reported in 2025\n- how much did they spend fixing them\n\nThanks\nMargaret")


def make_app(tmp_path) -> AskFOIApp:
    return AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())


async def test_a_pasted_email_is_sent_with_its_line_breaks(tmp_path):
    app = make_app(tmp_path)
    sent: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        real = app._submit
        app._submit = lambda typed, send=None: (sent.append(typed), real(typed, send))[1]
        prompt = app.query_one("#prompt", Input)
        prompt.post_message(events.Paste(EMAIL))
        await settle(pilot)
        assert "\n" not in prompt.value and "- how many potholes" in prompt.value  # one line in the box
        await pilot.press("enter")
        await settle(pilot)
    assert sent and "\n- how many potholes were reported in 2025\n- how much did they spend" in sent[0]


async def test_a_paste_edited_in_the_box_is_sent_as_edited(tmp_path):
    app = make_app(tmp_path)
    sent: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        real = app._submit
        app._submit = lambda typed, send=None: (sent.append(typed), real(typed, send))[1]
        prompt = app.query_one("#prompt", Input)
        prompt.post_message(events.Paste("how many potholes\nin leeds in 2025"))
        await settle(pilot)
        prompt.value = prompt.value.replace("leeds", "york")
        await pilot.press("enter")
        await settle(pilot)
    assert sent == ["how many potholes in york in 2025"]


@pytest.mark.parametrize("text", [
    "i got a reply from fife council about the quarry, they said some of it was manifestly unreasonable and it came late",
    "ive had a response from the council citing section 43",
    "got a reply from scottish water, they used regulation 10(4)(b)",
])
def test_a_reply_told_with_its_decision_opens_the_reply_path(text):
    assert had_reply(text)


@pytest.mark.parametrize("text", [
    "i got a reply from the council saying they dont hold it but how many potholes were there in 2025",
    "had a reply from the council about the exceptions policy for school transport",
    "how many requests were refused as manifestly unreasonable in 2025",
])
def test_a_new_question_beside_it_is_not_a_told_reply(text):
    assert not had_reply(text)
