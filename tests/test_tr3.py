"""Fixes found by trying askfoi as people would (docs/notes/tr3.md): the name step refuses things that are not
a person's name, any answer to "did you mean ...?" is read for what it is, the complaint waits for a review,
clinic mode's temporary folder goes even when the terminal is killed, and the story is not judged as a part."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Button, Static, TextArea

from askfoi.answers import tidy_name
from askfoi.checks import check_request
from askfoi.clinic_folder import PREFIX, ClinicFolder, sweep_stale
from askfoi.conversation import Conversation, Step
from askfoi.reply_flow import ReplyFlow, reads_as_review_outcome
from askfoi.spelling import read_answer
from askfoi.tui.app import AskFOIApp
from askfoi.tui.chat import Bubble
from askfoi.tui.reply import ReplyScreen
from tests._pilot import say, settle
from tests.test_trial_fixes import _to_name_step as to_name_step

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 30)
REFUSAL = ("Q1. 14 officers.\nQ2. We do not hold this information.\n"
           "Q3. The names are exempt under section 40(2).")


def conversation() -> Conversation:
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    return conv


def bot_texts(app, last: int = 3) -> str:
    return "\n".join(str(b.render()) for b in list(app.query(Bubble))[-last:] if b.message.role == "bot")


# -- the name step ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["a spreadsheet", "the council", "Essex Police", "pdf", "anonymous",
                                   "my request is about the speed cameras on the A12 near Colchester"])
def test_the_name_step_asks_again_for_what_is_not_a_persons_name(typed):
    conv = to_name_step()
    said = " ".join(m.text for m in conv.reply(typed).messages)
    assert conv.session.step == Step.name and conv.session.requester_name is None
    assert "name" in said.lower()


@pytest.mark.parametrize("typed, name", [
    ("jane smith", "Jane Smith"), ("my name is jane smith", "Jane Smith"), ("i'm Aoife O'Brien", "Aoife O'Brien"),
    ("Mary-Jane de Souza", "Mary-Jane de Souza"), ("Dr A. Patel", "Dr A. Patel"), ("Ruth Trusted", "Ruth Trusted"),
    ("A. Patel", "A. Patel"), ("I Khan", "I Khan"), ("an nguyen", "An Nguyen"), ("it is Smith", "Smith"),
])
def test_real_names_are_kept_and_a_lead_in_is_taken_off(typed, name):
    assert tidy_name(typed) == name
    conv = to_name_step()
    conv.reply(typed)
    assert conv.session.requester_name == name and conv.session.step == Step.email


async def test_the_chatbot_asks_again_plainly_when_the_name_is_a_thing_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "How many speed cameras did Essex Police operate in 2023?", "ok", "ok", "ok")
        while app.conversation.session.step in (Step.review, Step.format):
            await say(pilot, "skip" if app.conversation.session.step == Step.format else "ok")
        await say(pilot, "a spreadsheet")
        assert app.conversation.session.step == Step.name
        assert "a spreadsheet" in bot_texts(app, 1) and "name" in bot_texts(app, 1)
        await say(pilot, "jo bloggs")
        assert app.conversation.session.requester_name == "Jo Bloggs"


# -- "did you mean ...?" ------------------------------------------------------------------------------------

TYPO = "how many polce officers were asaulted in essex in 2024"


def offered(conv: Conversation, text: str = TYPO) -> list[tuple[str, str]]:
    conv.reply(text)
    offer = [tuple(p) for p in conv.session.spelling_offer]
    assert offer, "the spelling offer was not made"
    return offer


def test_a_spelling_typed_back_corrects_that_word_and_asks_about_the_rest():
    conv = conversation()
    offer = offered(conv)
    assert ("polce", "police") in offer and ("asaulted", "assaulted") in offer
    conv.reply("no, i meant police")
    assert conv.session.about == ""  # not framed yet: one proposal is still open
    assert conv.session.spelling_offer == [["asaulted", "assaulted"]]
    assert "police officers" in conv.session.spelling_typed
    conv.reply("yes")
    assert conv.session.about == "how many police officers were assaulted in essex in 2024"
    assert conv.session.step == Step.authority or conv.session.parts


def test_a_number_takes_just_that_proposal():
    conv = conversation()
    offered(conv)
    conv.reply("2")
    assert "polce" in conv.session.about and "assaulted" in conv.session.about


def test_an_unclear_answer_keeps_the_first_message_and_asks_again():
    conv = conversation()
    offer = offered(conv)
    said = " ".join(m.text for m in conv.reply("what?").messages)
    assert [tuple(p) for p in conv.session.spelling_offer] == offer and conv.session.spelling_typed == TYPO
    assert "kept your message" in said
    conv.reply("no")
    assert conv.session.about == TYPO


def test_a_new_message_replaces_the_first_only_when_it_clearly_is_one_and_says_so():
    conv = conversation()
    offered(conv)
    said = " ".join(m.text for m in conv.reply("how many dogs were seized by the council in 2023").messages)
    assert conv.session.about == "how many dogs were seized by the council in 2023"
    assert "in place of the first one" in said and "polce" in said  # the first message is named, not lost


@pytest.mark.parametrize("answer, kind", [
    ("yes", "yes"), ("no", "no"), ("1", "choice"), ("1 and 2", "choice"), ("police", "correction"),
    ("it should be 'police'", "correction"), ("asaulted", "correction"), ("huh", "unclear"), ("3", "unclear"),
    ("the council lied", "unclear"),
    ("how many police officers were assaulted in essex in 2024", "message"),
])
def test_read_answer_kinds(answer, kind):
    offer = [("polce", "police"), ("asaulted", "assaulted")]
    got = read_answer(answer, TYPO, offer, accept=answer == "yes", skip=answer == "no")
    assert got.kind == kind, got
    if kind != "unclear":
        assert got.text  # something to go on with, never an empty message


# -- the complaint waits for a review -------------------------------------------------------------------------


def test_after_a_refusal_the_review_is_offered_and_the_complaint_only_after_a_review():
    flow = ReplyFlow(today=lambda: TODAY, authority="Kent Police")
    view = flow.read(REFUSAL)
    assert view.offers == ["review"] and "ICO" in view.message
    assert "complain" not in flow.write("complain").offers  # asked anyway (an old button): the review first
    assert flow.letter is None
    view = flow.mark_review()
    assert view.offers == ["complain"]
    assert flow.write("complain").letter_kind == "complain"
    # lt100: the text marked as the review is the review's outcome: "The review's outcome: ..." (was "review upheld",
    # after the first reply was said to have decided what the review decided)
    assert "The review's outcome: " in flow.letter_text() and "Its decision" not in flow.letter_text()


def test_a_scottish_refusal_needs_the_review_before_the_commissioner():
    flow = ReplyFlow(today=lambda: TODAY, authority="Glasgow City Council")
    view = flow.read("We do not hold this information (section 17 of the Freedom of Information (Scotland) Act 2002).")
    assert view.offers == ["review"] and "Scottish Information Commissioner" in view.message


def test_no_reply_from_a_scottish_body_is_chased_not_complained_about():
    late = ReplyFlow(today=lambda: TODAY, authority="Glasgow City Council", sent=date(2026, 9, 1))
    assert late.start().offers == ["chase"]
    english = ReplyFlow(today=lambda: TODAY, authority="Kent County Council", sent=date(2026, 9, 1))
    assert english.start().offers == ["chase", "complain"]  # the ICO takes complaints about no reply


@pytest.mark.parametrize("text, review", [
    ("I have now completed the internal review of your request and uphold the original decision.", True),
    ("The outcome of your internal review is that the exemption was correctly applied.", True),
    ("If you are unhappy you may ask for an internal review within 40 working days.", False),
    ("We do not hold this information.", False),
])
def test_a_reply_that_says_it_is_a_review_outcome_offers_the_complaint(text, review):
    assert reads_as_review_outcome(text) is review
    flow = ReplyFlow(today=lambda: TODAY, authority="Kent Police")
    offers = flow.read(text + " The information is exempt under section 31(1)(a).").offers
    assert ("complain" in offers) is review


async def test_the_reply_screen_offers_the_review_then_the_complaint_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f9")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReplyScreen)
        screen.query_one("#reply-text", TextArea).text = REFUSAL
        await pilot.click("#reply-read")
        await settle(pilot)
        assert screen.query_one("#reply-letter-review").display
        assert not screen.query_one("#reply-letter-complain").display
        toggle = screen.query_one("#reply-after-review", Button)
        assert toggle.display and toggle.region.bottom <= 24  # in view without scrolling
        await pilot.click("#reply-after-review")
        await settle(pilot)
        assert screen.query_one("#reply-letter-complain").display
        assert "review" in str(screen.query_one("#reply-message", Static).render())


# -- clinic mode's temporary folder ----------------------------------------------------------------------------


def test_sweep_removes_folders_of_dead_processes_only(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    gone = tmp_path / f"{PREFIX}{dead.pid}-abcd"
    mine = tmp_path / f"{PREFIX}{os.getpid()}-efgh"
    old = tmp_path / f"{PREFIX}oldstyle"
    recent = tmp_path / f"{PREFIX}newstyle"
    other = tmp_path / "someone-else-123-x"
    for d in (gone, mine, old, recent, other):
        d.mkdir()
        (d / "index.bin").write_bytes(b"x")
    os.utime(old, (time.time() - 3 * 86400, time.time() - 3 * 86400))
    removed = sweep_stale(tmp_path)
    assert set(removed) == {gone, old}
    assert not gone.exists() and not old.exists() and mine.exists() and recent.exists() and other.exists()


def test_an_ignored_signal_stays_ignored_under_nohup(tmp_path):
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        folder = ClinicFolder(tmp_path)
        assert signal.getsignal(signal.SIGHUP) == signal.SIG_IGN  # the app goes on running after SIGHUP
        folder.close()
        assert not folder.path.exists()
    finally:
        signal.signal(signal.SIGHUP, previous)


def test_closing_the_clinic_folder_removes_it_and_puts_the_handlers_back(tmp_path):
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGHUP, signal.SIGTERM)}
    folder = ClinicFolder(tmp_path)
    assert folder.path.is_dir() and folder.path.name.startswith(f"{PREFIX}{os.getpid()}-")
    assert signal.getsignal(signal.SIGTERM) != before[signal.SIGTERM]
    folder.close()
    assert not folder.path.exists()
    assert {sig: signal.getsignal(sig) for sig in before} == before


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
@pytest.mark.parametrize("sig", ["SIGHUP", "SIGTERM"])
def test_the_clinic_folder_goes_when_the_terminal_is_closed_or_askfoi_is_told_to_stop(tmp_path, sig):
    """The real app in a pseudo-terminal: its folder is gone after SIGHUP (the terminal closed) or SIGTERM."""
    master, slave = pty.openpty()
    env = dict(os.environ, TMPDIR=str(tmp_path), TERM="xterm-256color")
    def default_signals() -> None:  # as in a terminal (the test runner may be running under nohup)
        for s in (signal.SIGHUP, signal.SIGTERM):
            signal.signal(s, signal.SIG_DFL)

    proc = subprocess.Popen([sys.executable, "-m", "askfoi.cli", "--clinic"], stdin=slave, stdout=slave, stderr=slave,
                            env=env, cwd=REPO, start_new_session=True, preexec_fn=default_signals)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(tmp_path.glob(f"{PREFIX}*")):
            time.sleep(0.1)
        assert list(tmp_path.glob(f"{PREFIX}*")), "the clinic folder was never made"
        os.kill(proc.pid, getattr(signal, sig))
        assert proc.wait(timeout=30) != 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
        os.close(slave)
    assert list(tmp_path.glob(f"{PREFIX}*")) == []


# -- the story is not a part -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "I think they lied to us about why the library closed. Please send the minutes of the library committee for 2024.",
    "Nobody will explain why the bins are not collected. How many missed collections were reported in 2024?",
    "i think they lied to us, they wont justify it. how much was spent on consultants in 2024",
])
def test_a_sentence_of_the_story_is_not_judged_as_asking_for_an_opinion(text):
    assert "not-recorded-information" not in [f.code for f in check_request(text).findings]


@pytest.mark.parametrize("text", [
    "I think they lied to us. Why did you close the library in 2024?",
    "why was the library closed in 2024",
    "1. Explain the decision to close the library in 2024.",
    "I want to know why the library closed in 2024",
    "Do you think the closure was right in 2024",
    "The council should explain why it closed the library in 2024.",
])
def test_a_sentence_that_asks_for_an_explanation_is_still_found(text):
    assert "not-recorded-information" in [f.code for f in check_request(text).findings]


def test_keep_my_words_with_a_story_first_raises_no_opinion_finding():
    conv = conversation()
    conv.reply("I think they lied to us about why the bins stopped. How many missed bin collections were there in Bristol in 2024?")
    while conv.session.spelling_offer:
        conv.reply("no")
    conv.reply("keep my words")
    assert "not-recorded-information" not in [f.code for f in conv._findings()]


# -- typing ahead while an answer is worked out ----------------------------------------------------------------


async def test_an_answer_sent_while_the_last_is_worked_out_waits_in_the_box(tmp_path):
    """A slow machine: the header says askfoi is on it, and a second Enter does not answer a question the
    person has not seen yet (it stays in the box until the reply is shown)."""
    import threading

    from textual.widgets import Input

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        gate = threading.Event()
        real = app.conversation.reply

        def slow_reply(text):
            gate.wait(10)
            return real(text)

        app.conversation.reply = slow_reply
        prompt = app.query_one("#prompt", Input)
        prompt.value = "How many speed cameras did Essex Police operate in 2023?"
        await pilot.press("enter")
        await pilot.pause()
        assert "Reading your answer" in app.sub_title
        prompt.value = "ok"
        await pilot.press("enter")
        await pilot.pause()
        assert prompt.value == ""  # held, not sent: given back once the reply is shown (tr5)
        assert [b.message.text for b in app.query(Bubble) if b.message.role == "you"] == [
            "How many speed cameras did Essex Police operate in 2023?"]
        gate.set()
        await settle(pilot)
        assert "Reading your answer" not in app.sub_title and "Step" in app.sub_title
        assert app.conversation.session.step == Step.authority  # the "ok" confirmed nothing unseen
        assert prompt.value == "ok"
        await pilot.press("enter")
        await settle(pilot)
        assert app.conversation.session.step == Step.period


@pytest.mark.parametrize("text, proposed", [
    ("how many vacancys for social workers are there", ("vacancys", "vacancies")),
    ("how many companys got contracts", ("companys", "companies")),
])
def test_a_plural_in_ys_is_offered_its_ies_spelling(text, proposed):
    from askfoi.spelling import suggest

    assert proposed in suggest(text)


@pytest.mark.parametrize("text", ["how many days and keys", "how many storeys", "marys house"])
def test_plurals_in_ys_that_are_right_or_names_are_left_alone(text):
    from askfoi.spelling import suggest

    assert suggest(text) == []


async def test_a_digit_then_enter_at_the_review_step_applies_the_fix_without_an_empty_answer(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "does essex police use imsi catchers", "ok", "2024", "ok")
        assert app.conversation.session.step == Step.review
        await pilot.press("1")
        await pilot.press("enter")  # as people do after typing a number
        await settle(pilot)
        said = [b.message.text for b in app.query(Bubble)]
        assert "Apply fix 1" in said
        from askfoi.templates import render

        assert render("bot/empty.j2").strip() not in said  # no "type your answer" scolding
        await say(pilot, "")  # a later empty Enter is still answered
        assert render("bot/empty.j2").strip() in [b.message.text for b in app.query(Bubble)]


# -- the parts and period steps --------------------------------------------------------------------------------


def to_parts_step() -> Conversation:
    conv = conversation()
    for line in ("how many speed cameras did essex police operate in 2023", "ok", "ok"):
        conv.reply(line)
    assert conv.session.step == Step.parts
    return conv


@pytest.mark.parametrize("typed", ["Tom Reed", "tom.reed@example.net", "cctv"])
def test_a_name_or_an_address_typed_at_the_parts_step_is_not_added_as_a_part(typed):
    conv = to_parts_step()
    before = list(conv.session.parts)
    said = " ".join(m.text for m in conv.reply(typed).messages)
    assert conv.session.parts == before and conv.session.step == Step.parts
    assert typed in said  # what they typed is named, not silently dropped


def test_a_part_typed_in_full_or_with_add_is_still_added():
    conv = to_parts_step()
    conv.reply("the locations of each camera")
    conv.reply("add cctv")
    # written as the letter writes a part: a capital, an acronym's capitals and an end mark (nu17)
    assert conv.session.parts[-2:] == ["The locations of each camera.", "CCTV."]


def test_ok_at_the_period_step_with_no_period_says_there_is_none_to_keep():
    conv = conversation()
    for line in ("how many speed cameras does essex police operate", "ok"):
        conv.reply(line)
    assert conv.session.step == Step.period and conv.session.period is None
    said = " ".join(m.text for m in conv.reply("ok").messages)
    assert conv.session.step == Step.period and "no period yet" in said


def test_a_review_outcome_with_no_date_says_the_commissioner_time_runs_from_it_and_the_letter_reads_cleanly():
    text = ("I have now completed the review of our response to your request under the Freedom of Information "
            "(Scotland) Act 2002. I have decided to uphold the original decision to withhold the information under "
            "section 38(1)(b) of FOISA.")
    flow = ReplyFlow(today=lambda: TODAY)
    view = flow.read(text)
    assert view.offers == ["complain"]
    assert "time to ask for a review" not in view.body and "Commissioner runs from" in view.body
    letter = flow.write("complain").body
    assert "Scottish Information Commissioner" in letter and ". the authority" not in letter


def test_a_second_unclear_answer_keeps_the_spelling_and_moves_on():
    conv = conversation()
    offered(conv)
    conv.reply("birmingham city council")
    assert conv.session.spelling_offer  # asked once more
    conv.reply("since april 2022")
    assert not conv.session.spelling_offer and conv.session.about == TYPO  # not trapped


def test_a_place_misspelt_before_the_kind_of_body_is_proposed_as_the_place():
    from askfoi.spelling import suggest

    fixes = dict(suggest("how many potholes has surey county counsil fixed"))
    assert fixes.get("surey") == "Surrey" and fixes.get("counsil") == "council"
    assert "sure" not in fixes.values()
