"""The chatbot's "I've had a reply" path, driven with Pilot at 80x24, and its core (askfoi/reply_flow.py)."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, Static, TextArea

from askfoi.deadlines import long_date, review_request_by
from askfoi.reply_flow import ReplyFlow, ReplyStep
from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen

TODAY = date(2025, 3, 5)
MIXED = "Q1. 14 officers.\nQ2. We do not hold this information.\nQ3. The names are exempt under section 40(2)."
HOSTILE = "[bold red]We do not hold[/] this \x1b[31minformation[link=x]{{ 7*7 }}."


def make_app(tmp_path, **kw) -> AskFOIApp:
    return AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, **kw)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def text_of(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def open_reply(pilot) -> ReplyScreen:
    await pilot.press("f9")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ReplyScreen)
    return pilot.app.screen


async def paste_and_read(pilot, text: str) -> ReplyScreen:
    """Open the reply path from the start screen, paste a reply and press Read."""
    await settle(pilot)
    screen = await open_reply(pilot)
    screen.query_one("#reply-text", TextArea).text = text
    await pilot.click("#reply-read")
    await settle(pilot)
    return screen


async def test_reply_path_from_the_start_screen_to_a_saved_review(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await paste_and_read(pilot, MIXED)
        body = text_of(screen, "#reply-body")
        assert "partly given" in body and "Part 2: information not held" in body
        assert f"by {long_date(review_request_by(TODAY))}" in body  # the review date, 40 working days on (lead55: the safe count)
        assert screen.query_one("#reply-letter-review").display
        screen.query_one("#reply-letter-review").press()
        await settle(pilot)
        assert screen.flow.step == ReplyStep.letter
        assert "internal review" in text_of(screen, "#reply-body")
        screen.query_one("#reply-save-txt").press()
        await settle(pilot)
        [saved] = list(tmp_path.glob("askfoi-review-*.txt"))
        assert "part 2" in saved.read_text()
        screen.query_one("#reply-copy").press()
        await settle(pilot)
        assert "internal review" in app.clipboard
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ReplyScreen)


async def test_slash_reply_opens_the_path_and_a_file_can_be_loaded(tmp_path):
    path = tmp_path / "reply.txt"
    path.write_text("Under section 12 this would exceed the appropriate limit of £450.", encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.query_one("#prompt", Input).value = "/reply"
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReplyScreen)
        screen.query_one("#reply-path", Input).value = str(path)
        screen.query_one("#reply-load").press()
        await settle(pilot)
        assert "cost" in text_of(screen, "#reply-body").lower()
        screen.query_one("#reply-letter-review").press()
        await settle(pilot)
        assert "advice and assistance" in text_of(screen, "#reply-body")


async def test_hostile_reply_text_is_shown_as_plain_text(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await paste_and_read(pilot, HOSTILE)
        body = text_of(screen, "#reply-body")
        assert "[bold red]" in body and "{{ 7*7 }}" in body and "\x1b" not in body


async def test_bad_file_and_empty_paste_are_messages(tmp_path):
    (tmp_path / "bin").write_bytes(b"\x7fELF\x00\x00")
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_reply(pilot)
        await pilot.click("#reply-read")
        await settle(pilot)
        assert "nothing to read" in text_of(screen, "#reply-message")
        screen.query_one("#reply-path", Input).value = str(tmp_path / "bin")
        screen.query_one("#reply-load").press()
        await settle(pilot)
        assert "could not load" in text_of(screen, "#reply-message")


async def test_clinic_mode_offers_no_saving(tmp_path):
    app = make_app(tmp_path, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await paste_and_read(pilot, MIXED)
        screen.query_one("#reply-letter-review").press()
        await settle(pilot)
        assert not screen.query_one("#reply-save-txt").display
        screen.action_save()
        assert list(tmp_path.glob("*.txt")) == []


def test_flow_offers_follow_the_decision():
    flow = ReplyFlow(today=lambda: TODAY, authority="Kent Police")
    assert flow.read("The information you asked for is attached.").offers == []
    assert flow.read(MIXED).offers == ["review"]  # the review first (ICO); the complaint after its outcome
    assert flow.mark_review().offers == ["complain"]


def test_flow_chaser_when_late_and_mailto():
    flow = ReplyFlow(today=lambda: TODAY, authority="Kent County Council", sent=date(2025, 1, 6))
    view = flow.start()
    assert "late" in view.message and "chase" in view.offers
    letter = flow.write("chase")
    assert letter.step == ReplyStep.letter and "Monday 3 February 2025" in letter.body
    assert flow.mailto_url().startswith("mailto:?subject=")


def test_a_late_environmental_request_is_chased_under_the_eir():
    """What the person said the request asked decides the law the chaser cites (and the EIR chaser also asks for
    reconsideration under regulation 11); a request for other information keeps FOIA."""
    eir = ReplyFlow(today=lambda: TODAY, authority="Kent County Council", sent=date(2025, 1, 6),
                    topic="for the council's air pollution monitoring data").write("chase")
    assert "Environmental Information Regulations" in eir.body and "regulation 11" in eir.body
    foia = ReplyFlow(today=lambda: TODAY, authority="Kent County Council", sent=date(2025, 1, 6),
                     topic="for the number of school exclusions").write("chase")
    assert "Section 10" in foia.body and "regulation 11" not in foia.body


def test_tracking_takes_a_day_without_a_year(tmp_path):
    from askfoi.tracking import TrackStore

    flow = ReplyFlow(today=lambda: date(2026, 11, 30), tracker=TrackStore(tmp_path / "tracked.json"))
    flow.start()
    flow.track("home office 12 september")
    assert flow.sent == date(2026, 9, 12) and flow.authority == "Home Office"


def test_the_topic_a_waiting_person_gives_as_a_question():
    from askfoi.pasted_reply import asked_topic

    said = "i asked the home office in september how many asylum seekers are in hotels in kent and they still havent replied"
    assert asked_topic(said) == "for the number of asylum seekers in hotels in Kent"  # ck23b: from its frame


def test_the_day_the_person_says_the_reply_came_is_used():
    flow = ReplyFlow(today=lambda: date(2026, 11, 30))
    flow.start()
    flow.read("can i fight the rates bit? it came on 16 november. Dear Mr Okafor, The hourly rates are exempt "
              "under section 43(2). You may ask for an internal review within 40 working days.")
    assert flow.received == date(2026, 11, 16)
    assert flow.received_on("17 november").message and flow.received == date(2026, 11, 17)


async def test_tracked_request_is_listed_after_a_restart(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_reply(pilot)
        screen.query_one("#reply-sent", Input).value = "06/01/2025"
        screen.query_one("#reply-track").press()
        await settle(pilot)
        assert "due by Monday 3 February 2025" in text_of(screen, "#reply-message")
    again = make_app(tmp_path)  # a new session: the tracked list is read back from the data folder
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_reply(pilot)
        assert "OVERDUE" in text_of(screen, "#reply-body")


async def test_clinic_mode_has_no_tracking_but_works_out_the_due_date_and_the_chaser(tmp_path):
    """lead39 (newcomer): a volunteer whose client is still waiting had no box to type the day the request was sent in
    clinic mode; the box is there, named "Due date": it says when the reply was due and offers the chaser, and
    nothing is kept (no tracked list is read or written)."""
    from askfoi.session import MemoryStore
    from askfoi.tracking import TrackStore

    app = make_app(tmp_path, clinic=True, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_reply(pilot)
        assert screen.flow.tracker is None
        assert screen.query_one("#reply-track-row").display
        assert "Due date" in str(screen.query_one("#reply-track").label)
        screen.query_one("#reply-sent", Input).value = "Cardiff Council 06/01/2025"
        screen.query_one("#reply-track").press()
        await settle(pilot)
        message = text_of(screen, "#reply-message")
        assert "due by Monday 3 February 2025" in message and "late" in message, message
        assert screen.query_one("#reply-letter-chase").display
        screen.query_one("#reply-letter-chase").press()
        await settle(pilot)
        assert "3 February 2025" in text_of(screen, "#reply-body")
    assert TrackStore().load() == []  # clinic mode kept nothing


async def test_someone_waiting_for_a_reply_gets_the_reply_screen_and_a_chaser_at_80x24(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    app = AskFOIApp(today=lambda: date(2026, 11, 30), save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.query_one("#prompt", Input).value = ("I sent an FOI request to the Home Office on 14 October 2026 and "
                                                 "they still havent replied. what can I do?")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReplyScreen)
        screen = app.screen
        screen.query_one("#reply-sent", Input).value = "Home Office 14/10/2026"
        await pilot.click("#reply-track")
        await settle(pilot)
        assert screen.flow.authority == "Home Office" and screen.flow.sent == date(2026, 10, 14)
        screen.flow.write("chase")
        assert screen.flow.letter is not None and "Home Office" in screen.flow.letter.body


async def test_someone_waiting_finds_the_tracking_box_focused_with_what_they_said(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    app = AskFOIApp(today=lambda: date(2026, 11, 30), save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.query_one("#prompt", Input).value = "my foi to essex police is late, i sent it on 2 october"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReplyScreen)
        box = app.screen.query_one("#reply-sent", Input)
        assert app.screen.focused is box
        assert box.value.rstrip() == "Essex Police 02/10/2026"
        await pilot.click("#reply-track")
        await settle(pilot)
        assert app.screen.flow.authority == "Essex Police" and app.screen.flow.sent == date(2026, 10, 2)


async def test_a_waiting_persons_chaser_says_what_their_request_asked(tmp_path, monkeypatch):
    """Someone waiting says what they asked and roughly when ("six weeks ago"): the tracking box starts with the
    day, the tracked request keeps what it asked, and the chaser names it, so the FOI team can find the request."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    app = AskFOIApp(today=lambda: date(2026, 11, 30), save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.query_one("#prompt", Input).value = ("i asked hampshire police for the number of burglaries in winchester "
                                                 "six weeks ago and they still havent replied whats the next step")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReplyScreen)
        box = app.screen.query_one("#reply-sent", Input)
        assert box.value.rstrip().endswith("19/10/2026")
        await pilot.click("#reply-track")
        await settle(pilot)
        flow = app.screen.flow
        assert flow.sent == date(2026, 10, 19)
        tracked = flow.tracker.load()
        assert len(tracked) == 1 and "burglaries" in tracked[0].title
        flow.write("chase")
        body = flow.letter.body
        assert "It asked for the number of burglaries in Winchester." in body
        assert "six weeks" not in body and "replied" not in body.split("It asked", 1)[1].split(".", 1)[0]


def test_tracking_a_request_already_late_says_so(tmp_path):
    from askfoi.tracking import TrackStore

    flow = ReplyFlow(today=lambda: date(2026, 11, 30), tracker=TrackStore(tmp_path / "tracked.json"))
    flow.start()
    said = flow.track("Kent County Council 02/10/2026").message
    # lf61 (rv58): counted as its deadline is, in working days (31 calendar days; St Andrew's Day not counted)
    assert "20 working days late" in said and "Write a chaser" in said
    assert "late" not in flow.track("Kent County Council 20/11/2026").message


async def test_page_down_scrolls_the_reading_at_80x24(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await paste_and_read(pilot, MIXED)
        screen.query_one("#reply-received", Input).focus()  # a box that does not scroll itself
        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.query_one("#reply-scroll").scroll_y > 0


async def test_after_reading_a_reply_the_focus_is_on_the_first_letter_and_not_on_tracking(tmp_path):
    """nc8: a date typed after a reply was read went into the tracking box and tracked an answered request. Once a
    reply is read the tracking box is gone and the focus is on the first letter offered."""
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await paste_and_read(pilot, "Dear Ms Rowe, We hold the information but it is exempt under section "
                                             "43(2). You may ask for an internal review within 40 working days.")
        assert screen.view.step == ReplyStep.result
        assert not screen.query_one("#reply-track-row").display
        focused = screen.focused
        # lead40 (nc43 #13): this reply carries no date, so the view asks for it and the date box has the focus
        assert screen.view.ask_date and focused is not None and focused.id == "reply-received"
        await pilot.press(*"17/11/2026")
        await settle(pilot)
        assert screen.flow.tracker.load() == []


async def test_ctrl_r_reads_the_pasted_reply_from_the_keyboard(tmp_path):
    """nu18: Enter in the reply box adds a line, so the only way to "Read it" was Tab; Ctrl+R reads it."""
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_reply(pilot)
        box = screen.query_one("#reply-text", TextArea)
        box.text = MIXED
        box.focus()
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert "partly given" in text_of(screen, "#reply-body")
        assert box.text == MIXED  # the key read the reply, it typed nothing into it


async def test_tracking_without_a_date_says_why_beside_the_box_at_80x24(tmp_path):
    # nu21: Enter in the tracking box seemed to do nothing: the reason was shown at the top, off the screen
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_reply(pilot)
        box = screen.query_one("#reply-sent", Input)
        box.focus()
        box.value = "Kent Police"
        await pilot.press("enter")
        await settle(pilot)
        assert screen.flow.sent is None
        assert screen.focused is box and box.value == "Kent Police"  # nothing typed is lost
        assert any("Give the date you sent the request" in str(n.message) for n in app._notifications)
