"""The chatbot without a mouse, at 80x24: scrolling, focus, confirmations, pastes, the header, the
guide, the insight panel's figures and the no-colour mode (issue 11)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from textual import events
from textual.widgets import Button, Input, Static

from askfoi.conversation import MAX_ANSWER_CHARS, Step
from askfoi.models import FINAL_OUTCOMES, OUTCOME_LABELS
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from askfoi.tui.chat import Bubble, Choices, Messages
from askfoi.tui.screens import ConfirmScreen, HelpScreen
from askfoi.tui.side import FindingCard
from _pilot import say, settle

TODAY = date(2026, 1, 5)
BLOCKS = re.compile("[\u2580-\u259f]")  # eighth blocks, half blocks, shades


def make_app(tmp_path, **kw) -> AskFOIApp:
    kw.setdefault("store", MemoryStore())
    return AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, **kw)


async def finish(pilot) -> None:
    await say(pilot, "How many speed cameras did you operate?", "Essex Police", "2023", "ok")
    while pilot.app.conversation.session.step == Step.review:
        await say(pilot, "ok")
    await say(pilot, "1", "Jo Bloggs", "jo@example.org")
    assert pilot.app.conversation.session.step == Step.done


def screen_lines(app) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def last_bot_bubble(app) -> Bubble:
    return [b for b in app.query(Bubble) if b.message.role == "bot"][-1]


@pytest.mark.parametrize("answers", [["2023"], []], ids=["format", "period"])
async def test_choices_numbered_in_the_message_are_not_listed_again_under_it(tmp_path, answers):
    # nx82 (nc79 #14): the period and format choices are numbered in the bot's message (type the number); the pick
    # list under the box showed them a second time, 4-5 of 24 rows at 80x24. Was: the list shown, Escape closed it.
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "How many speed cameras did you operate?", "Essex Police", *answers)
        if answers:
            await say(pilot, "ok")
            while app.conversation.session.step == Step.review:
                await say(pilot, "ok")
        assert app.conversation.session.step == (Step.format if answers else Step.period)
        choices, messages = app.query_one(Choices), app.query_one(Messages)
        assert not choices.display
        bubble = last_bot_bubble(app)
        assert "\n1. " in bubble.message.text
        assert bubble.region.bottom <= messages.region.bottom
        await say(pilot, "1")
        assert app.conversation.session.step != (Step.format if answers else Step.period)


async def test_the_chat_scrolls_from_the_keyboard_with_the_cursor_in_the_answer_box(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "How many speed cameras did you operate?", "Essex Police", "2023")
        messages = app.query_one(Messages)
        prompt = app.query_one("#prompt", Input)
        assert messages.max_scroll_y > 0
        bottom = messages.scroll_y
        await pilot.press("pageup")
        await pilot.pause(0.6)
        assert messages.scroll_y < bottom
        await pilot.press("ctrl+home")
        await pilot.pause(0.6)
        assert messages.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause(0.6)
        assert messages.scroll_y > 0
        await pilot.press("ctrl+end")
        await pilot.pause(0.6)
        assert messages.scroll_y == messages.max_scroll_y
        assert app.focused is prompt


async def test_clicking_a_fix_in_the_insight_panel_leaves_the_focus_in_the_answer_box(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # ny100: an added "why" question is framed at once; "keep my words" keeps it a question, with the review's fix
        await say(pilot, "How many CCTV cameras are there?", "Leeds City Council", "2023", "add Why did you close the library?",
                  "keep my words", "ok")
        assert app.conversation.session.step == Step.review
        await pilot.press("f2")
        await settle(pilot)
        button = app.query_one("#insight Button.apply", Button)
        button.scroll_visible(animate=False)
        await settle(pilot)
        before = list(app.conversation.session.parts)
        assert await pilot.click(button)
        await settle(pilot)
        assert app.conversation.session.parts != before  # the fix was applied
        assert app.focused is app.query_one("#prompt", Input)
        assert app.query_one("#chat").region.width > 0  # and the answer is in view


async def test_f8_asks_before_wiping_a_finished_letter(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f8")  # nothing to lose yet: no question
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        await finish(pilot)
        await pilot.press("f8")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.conversation.session.step == Step.done and app.conversation.letter_text()
        await pilot.press("f8")
        await settle(pilot)
        assert app.focused is app.screen.query_one("#no")  # lead47: the focus starts on Cancel, as in clinic mode
        await pilot.press("enter")  # Enter alone loses nothing
        await settle(pilot)
        assert app.conversation.session.step == Step.done and app.conversation.letter_text()
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("shift+tab", "enter")  # "Start again", chosen on purpose
        await settle(pilot)
        assert app.conversation.session.step == Step.about and not app.conversation.session.parts


async def test_f8_asks_when_only_a_half_typed_answer_would_be_lost(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.query_one("#prompt", Input).value = "How many cameras"
        await pilot.press("f8")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.query_one("#prompt", Input).value == "How many cameras"


async def test_a_long_paste_is_kept_for_editing_not_thrown_away(tmp_path):
    app = make_app(tmp_path)
    lines = [f"Line {i}: please give me every record about the speed camera at site {i}." for i in range(80)]
    pasted = "\n".join(lines)
    assert len(pasted) > MAX_ANSWER_CHARS
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        prompt = app.query_one("#prompt", Input)
        prompt.post_message(events.Paste(pasted))
        await settle(pilot)
        assert all(line in prompt.value for line in lines)  # every line, not only the first
        await pilot.press("enter")
        await settle(pilot)
        assert all(line in prompt.value for line in lines)  # still there to be shortened
        assert app.conversation.session.step == Step.about
        assert str(MAX_ANSWER_CHARS) in str(last_bot_bubble(app).render())
        await say(pilot, "How many speed cameras are there?")  # a shorter answer is taken
        assert app.conversation.session.step != Step.about


async def test_the_clinic_header_is_not_cut_at_80_columns(tmp_path):
    app = make_app(tmp_path, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for answer in ("How many speed cameras did you operate?", "Essex Police", "2023"):
            header = screen_lines(app)[0]
            assert app.sub_title.strip() and app.sub_title in header and "…" not in header
            assert "clinic" in app.sub_title
            await say(pilot, answer)


async def test_the_guide_lists_every_key_and_draws_no_stray_blocks(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("#help-box")
        for _ in range(6):
            rows = screen_lines(app)[box.region.y : box.region.bottom]
            inside = [row[box.region.x : box.region.right] for row in rows]
            assert not any(BLOCKS.search(row) for row in inside), inside
            await pilot.press("pagedown")
            await pilot.pause(0.4)
        source = re.sub(r"\s+", "", app.screen.query_one("#help-text").source.lower())
        keys = {b.key for b in AskFOIApp.BINDINGS if not b.key.isdigit()}
        assert keys
        for key in keys:
            assert key in source, key


async def test_the_likely_outcome_counts_agree_with_the_similar_responses(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "Do you use facial recognition cameras? How much did they cost?", "Essex Police")
        await pilot.press("f2")  # the panels, in place of the chat on a small screen
        await settle(pilot)
        insight = app.conversation.insight()
        assert insight.forecast is not None and insight.similar
        text = str(app.query_one("#forecast", Static).render())
        shown = {label.strip(): (int(n), int(m)) for n, m, label in re.findall(r"^\s*(\d+) of (\d+)\s+(.+)$", text, re.M)}
        final = [r for r in insight.similar if r.outcome in FINAL_OUTCOMES]
        expected = Counter(OUTCOME_LABELS[r.outcome] for r in final)
        assert {label: n for label, (n, _) in shown.items()} == dict(expected)
        assert {m for _, m in shown.values()} == {len(final)}
        assert len(re.findall(r"\d+%", text)) <= 1  # one estimate, named as such, not a column of them


async def test_a_wide_screen_shows_the_finished_letter_once(tmp_path):
    for size, in_chat in (((160, 48), False), ((80, 24), True)):
        app = make_app(tmp_path)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await finish(pilot)
            letters = [b for b in app.query(Bubble) if b.message.kind == "letter"]
            assert letters
            shown_in_chat = any(b.display and b.region.width for b in letters)
            pane = app.query_one("#letter", Static)
            assert shown_in_chat == in_chat
            assert bool(pane.region.width) != in_chat  # exactly one of the two is on screen


async def test_no_color_turns_colour_off_and_findings_say_their_severity_in_words(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await say(pilot, "Why did you close the library and all emails about it", "Leeds City Council")
        assert app.no_color
        colours = set()
        for strip in app.screen._compositor.render_strips():
            for segment in strip:
                for colour in (segment.style.color, segment.style.bgcolor) if segment.style else ():
                    if colour is not None and colour.triplet is not None:
                        colours.add(colour.triplet)
        assert all(r == g == b for r, g, b in colours)  # greys only
        # findings of every severity the checks give, shown the way the panel shows them
        from askfoi.checks import check_request
        from askfoi.conversation import Insight
        from askfoi.tui.side import InsightPane

        texts = ("Why did you close the library and all emails about it", "Give me my own CCTV footage", "All emails")
        findings = {f.severity: f for t in texts for f in check_request(t, "Leeds City Council").findings}
        assert len(findings) >= 2
        app.query_one(InsightPane).show(Insight(findings=list(findings.values())))
        await settle(pilot)
        cards = list(app.query(FindingCard))
        marks = {}
        for card in cards:
            text = str(card.query_one(".finding-text", Static).render())
            rest = text.replace(card.finding.message, "").replace(card.finding.suggestion, "")
            marks.setdefault(card.finding.severity, set()).add(re.sub(r"\d+|\s+", "", rest))
        assert all(len(v) == 1 for v in marks.values())  # one mark per severity
        assert len({next(iter(v)) for v in marks.values()}) == len(marks)  # told apart without colour


@pytest.mark.parametrize("value, off", [("1", True), ("", False)])
async def test_no_color_follows_the_standard_set_and_not_empty(tmp_path, monkeypatch, value, off):
    monkeypatch.setenv("NO_COLOR", value)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.no_color is off


@pytest.mark.parametrize("clinic", [True, False])
async def test_the_early_greeting_is_shown_once_and_is_the_sessions_own(tmp_path, clinic):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, clinic=clinic)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        bubbles = list(app.query(Bubble))
        history = app.conversation.session.history
        assert len(bubbles) == 1 and len(history) == 1
        assert bubbles[0].message == history[0]
        await say(pilot, "How many speed cameras did you operate?")
        assert app.conversation.session.step == Step.authority


async def test_f3_and_f4_save_the_email_file_and_open_the_email_program(tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await finish(pilot)
        await pilot.press("f3")
        await settle(pilot)
        assert len(list(tmp_path.glob("*.eml"))) == 1
        await pilot.press("f4")
        await settle(pilot)
        assert len(opened) == 1 and opened[0].startswith("mailto:")
