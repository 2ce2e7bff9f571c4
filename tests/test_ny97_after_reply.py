"""ny97: the review's NCND points (nc91 #3, nf94) and what happens after the reply (nr94, ny94, nc94 #9, #10).
Messages and replies in my own words."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation, Step

TODAY = date(2026, 12, 7)


def _review(message: str, period: str = "2025") -> Conversation:
    """The request taken to its review the way a person gets there: the message, "ok" to the body, the period, "ok"."""
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply(message)
    for answer in ("ok", period, "ok"):
        conv.reply(answer)
    assert conv.session.step == Step.review
    return conv


def _ncnd(conv: Conversation) -> list:
    return [f for f in conv._findings() if f.code == "ncnd-risk"]


# --- nc91 #3: several covert parts: each has its own point, headed with its number, whose fix changes only that part ---
TWO_COVERT = [
    # (message, the covert part with offers, words of that part, the other covert part's words)
    ("i want to know how many officers west midlands police have, whether they use imsi catchers to monitor phones, "
     "and whether they use live facial recognition at football matches", 3, "football matches", "IMSI catchers"),
    ("how much did merseyside police spend on overtime in 2025, do they use stingray devices to track phones, and do "
     "they use live facial recognition at concerts", 3, "concerts", "stingray"),
]


@pytest.mark.parametrize("message, number, words, other", TWO_COVERT)
def test_each_covert_part_has_its_own_numbered_point_and_fix(message, number, words, other):
    conv = _review(message)
    points = _ncnd(conv)
    assert len(points) >= 2, [f.message for f in points]
    for f in points:
        assert f.message.startswith(f"Part {f.part}: ") or "part " in f.message, f.message
    mine = next(f for f in points if f.part == number)
    assert words in mine.message and words in mine.suggestion
    # the other covert part's point never offers this part's frames
    for f in points:
        if f is not mine:
            assert words not in f.suggestion, f.suggestion
    before = list(conv.session.parts)
    conv.apply_fix(conv._findings().index(mine) + 1)
    after = conv.session.parts
    assert any(other.lower() in p.lower() for p in after), after  # the other covert part is left for the person
    assert before[number - 1] not in after  # this one is replaced by its own offers
    assert any(words in p and "overt" in p for p in after), after
    assert before[0] in after  # guard: the plain part is kept


def test_guard_one_covert_part_keeps_its_one_point_and_fix():
    conv = _review("how much did merseyside police spend on overtime in 2025, and do they use live facial recognition at "
                   "concerts")
    points = _ncnd(conv)
    assert len(points) == 1
    conv.apply_fix(conv._findings().index(points[0]) + 1)
    assert conv.session.parts[0].startswith("The total amount spent on overtime")
    assert any("overt deployments of live facial recognition at concerts" in p for p in conv.session.parts)


# --- nf94: the first review shows every NCND point at once, each quoting what its part asked -----------------------------
J1 = ("hi i keep seeing drones over my estate at night, is it the police?? i want to know how many drones west yorkshire "
      "police have and how often they fly them over houses and do they record people. also are they using facial "
      "recognition on the footage")


@pytest.mark.parametrize("message, period, quoted", [
    (J1, "since jan 2024 i guess", "do the drones over the estate over houses record people"),
    ("how much did merseyside police spend on overtime in 2025, do they use live facial recognition at concerts, and do "
     "they use drones to watch protesters", "2025", "do they use drones to watch protesters"),
])
def test_the_first_review_shows_every_ncnd_point_quoting_the_question(message, period, quoted):
    conv = _review(message, period)
    points = _ncnd(conv)
    assert len(points) == 2, [f.message for f in points]
    said = " ".join(f.message for f in points)
    assert f'"{quoted}"' in said
    assert '"drones" touches' not in said


def test_guard_a_single_part_letter_keeps_the_matched_words():
    from askfoi.checks import check_request

    f = next(g for g in check_request("Whether the force uses drones to watch people in their homes.",
                                      "West Yorkshire Police").findings if g.code == "ncnd-risk")
    assert f.message.startswith('"drones')


# --- nr94: the complaint about an ignored review gives the day the first reply came -----------------------------------
@pytest.mark.parametrize("box, replied", [
    ("Manchester City Council review asked 01/09/2026 replied 14/08/2026", "Friday 14 August 2026"),
    ("Leeds City Council reply received on 3 August 2026 internal review asked 20/08/2026", "Monday 3 August 2026"),
])
def test_the_ignored_review_complaint_gives_the_day_the_reply_came(box, replied):
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: TODAY, name="Sam Okafor", topic="parking fines")
    view = flow.track(box)
    assert flow.review_asked is not None and flow.review_asked > flow.received
    assert replied in view.message
    body = flow.write("complain").body
    assert f"replied on {replied}" in body
    assert "I asked for an internal review on" in body


def test_guard_no_reply_day_given_the_review_is_still_tracked():
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: TODAY, name="Sam Okafor")
    view = flow.track("Manchester City Council review asked 01/09/2026")
    assert flow.review_asked == date(2026, 9, 1) and flow.received is None and view.offers == ["complain"]


def test_no_reply_day_given_the_message_says_how_to_add_it():
    from askfoi.reply_flow import ReplyFlow

    view = ReplyFlow(today=lambda: TODAY).track("Manchester City Council review asked 01/09/2026")
    assert 'add "replied" and that date' in view.message


@pytest.mark.parametrize("message, box", [
    ("leeds city council refused my foi on 3 august 2026, i asked for an internal review on 20 august and they ignored it",
     "review asked 20/08/2026 replied 03/08/2026"),
    ("bristol city council replied on 14 july, then we asked for a review on 1 august 2026 and they have ignored us",
     "review asked 01/08/2026 replied 14/07/2026"),
])
def test_the_chat_carries_the_reply_day_told_beside_an_ignored_review(message, box):
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    turn = conv.reply(message)
    assert "reply" in turn.actions and box in (turn.track_text or "")


# --- nr94 (nc94 #8): F9 pressed while askfoi is starting opens the reply screen once started, never freezing meanwhile --
async def test_f9_while_starting_opens_the_reply_screen_once_started_at_80x24(tmp_path, monkeypatch):
    import time

    from textual.widgets import Input, TextArea

    from askfoi.session import MemoryStore
    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.reply import ReplyScreen
    from _pilot import settle

    slow = AskFOIApp._boot_work

    def slow_boot(self):
        time.sleep(1.5)  # the engine's imports on a loaded machine
        return slow(self)

    monkeypatch.setattr(AskFOIApp, "_boot_work", slow_boot)
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app._booted
        await pilot.press("f9")
        assert not isinstance(app.screen, ReplyScreen)  # not opened (and the screen not frozen) while starting
        assert "reply screen opens" in app.query_one("#prompt", Input).placeholder
        for _ in range(40):
            await settle(pilot)
            if isinstance(app.screen, ReplyScreen):
                break
            await pilot.pause(0.1)
        assert isinstance(app.screen, ReplyScreen)
        assert app.screen.query_one("#reply-text", TextArea).text == ""


# --- ny94 (nc88 #13): a person named after their title, typed in lower case, gets capitals in the parts -----------------
@pytest.mark.parametrize("message, name", [
    ("what meetings has councillor john smith had with developers in 2025", "Councillor John Smith"),
    ("how many complaints were made about dr ahmed khan at leeds general infirmary in 2024", "Dr Ahmed Khan"),
    ("how much has cllr priya sharma claimed in expenses since 2024", "Cllr Priya Sharma"),
    ("what gifts and hospitality has mrs okafor the chief executive declared since 2024", "Mrs Okafor"),
])
def test_a_titled_name_typed_in_lower_case_gets_its_capitals(message, name):
    from askfoi.framing import frame_message

    parts = [p.text for p in frame_message(message, today=TODAY).parts]
    assert any(name in p for p in parts), parts


@pytest.mark.parametrize("text", ["councillor allowances in 2025", "the doctor who treated patients", "mr and mrs",
                                  "sergeant numbers by station", "inspector ratings of schools"])
def test_guard_a_title_word_with_no_name_after_it_is_left_as_typed(text):
    from askfoi.framing import capitalise_names

    assert capitalise_names(text).split()[:2] == text.split()[:2]


# --- nc94 #9: the reader's one-time work is done while the person pastes, and the wait shows its seconds ---------------
def test_the_reply_warm_up_does_the_readers_one_time_work():
    import threading

    from askfoi import ncnd_topics, reader
    from askfoi.reply_warm import is_warm, wait_warm, warm_reply

    threading.Thread(target=warm_reply, daemon=True).start()
    assert wait_warm(300) and is_warm()
    assert reader._rules.cache_info().currsize == 1  # the reader's rules compiled once, kept for the real reading
    assert ncnd_topics._compiled.cache_info().currsize == 1
    warm_reply()  # a second call does nothing more and returns at once


def test_the_reading_note_counts_the_seconds():
    from askfoi.templates import render

    said = " ".join(render("reply/working.j2", seconds=7).split())
    assert "7 s so far" in said and "first reply" in said
    assert " ".join(render("reply/working.j2").split()) == "One moment: reading it..."  # guard: the first note


async def test_the_reply_screen_starts_the_warm_up_while_the_person_pastes_at_80x24(tmp_path):
    import threading

    from askfoi.session import MemoryStore
    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.reply import ReplyScreen
    from _pilot import settle

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f9")
        await settle(pilot)
        assert isinstance(app.screen, ReplyScreen)
        from askfoi.reply_warm import is_warm

        assert is_warm() or any(t.name == "askfoi-reply-warm" for t in threading.enumerate())


# --- nc94 #10: the similar requests promised while the past responses load are said in the chat, on every screen -------
def test_similar_requests_promised_while_loading_are_said_in_the_chat_once_loaded():
    from askfoi.matching import get_matcher

    conv = Conversation(today=lambda: TODAY)
    conv.start()
    said = " ".join(m.text for m in conv.reply("how many drones do west yorkshire police have").messages)
    assert "still loading past responses" in said and "insight panel" not in said
    conv.matcher = get_matcher()
    turn = conv.matches_loaded()
    assert turn is not None
    text = turn.messages[0].text
    assert text.startswith("The past responses have loaded")
    assert conv.matches_loaded() is None  # said once
    ready = Conversation(today=lambda: TODAY, matcher=get_matcher())
    ready.start()
    ready.reply("how many drones do west yorkshire police have")
    assert ready.matches_loaded() is None  # nothing was promised: the first answer had them


def test_guard_the_first_answer_lists_them_when_already_loaded():
    from askfoi.matching import get_matcher

    conv = Conversation(today=lambda: TODAY, matcher=get_matcher())
    conv.start()
    said = " ".join(m.text for m in conv.reply("how many drones do west yorkshire police have").messages)
    assert "still loading" not in said and "Similar requests answered before" in said
