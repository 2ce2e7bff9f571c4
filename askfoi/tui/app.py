"""The askfoi chatbot in the terminal.

The app is a thin shell over askfoi.conversation: what the person types goes to the engine on one
background thread (so answers are handled in order and typing never waits), and the reply, the
draft and the insight panel come back to be shown.

Start-up is kept close to a bare Textual app: this module imports only Textual. The engine
(pydantic, jinja2, the session file) is imported by the first job on the engine thread, after the
first screen is drawn, and the knowledge pack and matching index load in another worker after that.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.lazy import Lazy
from textual.screen import Screen
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.timer import Timer
from textual.widgets import Footer, Header, Input

from askfoi.tui.chat import Bubble, ChatArea, Choices, Messages, Said
from askfoi.tui.side import DraftPane, FindingCard, InsightPane, SidePanel

if TYPE_CHECKING:
    from askfoi.conversation import Conversation, Insight, Message, Session, Step, Turn
    from askfoi.session import MemoryStore, SessionStore

    Job = Callable[[Conversation], Turn | None]

INPUT_SAVE_DELAY = 0.8  # seconds of no typing before the half-typed answer is autosaved
SUGGEST_DELAY = 0.15
STARTING = "Starting askfoi, one moment..."  # nx79: the title and the box while the first screen is loading
# sp61: the header's dots move while askfoi starts and while it works out an answer, so the screen is never still while
# it cannot answer (a person, or a harness that types once the screen stops changing, would type into a start-up).
# Every 0.15 s, four states: screens 0.4 s apart always differ (a tick of 0.1 s came round to the same dots).
DOTS_EVERY = 0.15
QUEUED = "Got it: your message will be sent once askfoi has started"  # nz88 (nc85 #9): in the box, Enter pressed meanwhile
# ny97 (nr94, nc94 #8): F9 pressed while starting: the reply screen opens once started (importing it then would freeze
# the screen for seconds, and what was typed meanwhile landed in its paste box)
REPLY_QUEUED = "Got it: the reply screen opens once askfoi has started"
# Terminals known to ignore the clipboard escape sequence Textual uses.
NO_CLIPBOARD_TERMINALS = {"Apple_Terminal"}


class WholeCellScrollBar(ScrollBarRender):
    """Scroll bars drawn in whole cells: Textual's eighth-block ends show as stray block characters
    where colour is off (NO_COLOR) or in a screen reader's text."""

    VERTICAL_BARS = [" "] * 8
    HORIZONTAL_BARS = [" "] * 8


def no_color_requested(environ: dict[str, str] | None = None) -> bool:
    """NO_COLOR (https://no-color.org) asks for no colour when it is set and not empty."""
    return bool((os.environ if environ is None else environ).get("NO_COLOR", ""))


def _tell_reply_seen(conversation, flow) -> None:
    """nz79 (nc79 #9): what the reply screen read (or wrote: a chaser), told to the chat, so a question about
    complaining afterwards is answered from the reply that came, never as if none did."""
    explained = getattr(flow, "explained", None)
    chased = getattr(flow, "letter_kind", None) == "chase"
    if explained is not None and not explained.sar:
        reading = explained.reading
        conversation.reply_seen(outcome=reading.outcome.value, ncnd=bool(reading.ncnd),
                                after_review=bool(getattr(flow, "after_review", False)),
                                final=reading.outcome.is_final or reading.unclear, chased=chased)
    elif chased:
        conversation.reply_seen(outcome="", final=False, chased=True)


def _request_for_reply(session) -> str | None:
    """The request written here, as the reply path reads it: its numbered parts, and (ck23b) the period it asked
    about, so a narrower request stays inside that period (nu25: a 2025 request narrowed to 2025/26)."""
    from askfoi.conversation import request_for_reply

    return request_for_reply(session)


def _letter_for_reply(conversation, session) -> str | None:
    """af99 (nc97 #9): the request's letter written here, as it would be copied (F6), for a chaser to carry a copy of
    it; None when no request letter was written (nothing asked yet, or a letter of another kind)."""
    if conversation is None or not getattr(session, "parts", None):
        return None
    try:
        return conversation.letter_text() or None
    except Exception:  # noqa: BLE001 - no copy rather than no chaser
        return None


def _story_for_reply(session) -> str | None:
    """ny67 (nc67 #2): what the person told in the chat (the first message and what they typed after it: "he's dead,
    he cant ask for anything"), as the reply path reads it: a death told there decides how personal data is argued."""
    said = [getattr(session, "about", "") or ""] + [m.text for m in getattr(session, "history", None) or []
                                                     if getattr(m, "role", "") == "you"]
    text = "\n".join(x for x in said if x and x.strip())
    return text or None


# ui51: the app's keys that the reply screen answers itself (or not at all: its letter is the reply path's)
_REPLY_SCREEN_OWNS = frozenset({"toggle_side", "copy_letter", "save_letter", "save_eml", "mailto"})


class AskFOIApp(App[None]):
    """askfoi's chat window: chat on the left, the letter and the insight panel on the right."""

    CSS_PATH = "askfoi.tcss"
    TITLE = "askfoi"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = [
        Binding("f1", "help", "Guide"),
        Binding("f2", "toggle_side", "Letter"),
        Binding("f5", "back", "Back"),
        Binding("f6", "copy_letter", "Copy"),
        Binding("f7", "save_letter", "Save"),
        Binding("f3", "save_eml", "Save .eml", show=False),  # off the footer (full at 80 columns), in the guide
        Binding("f4", "mailto", "Email", show=False),
        Binding("f8", "restart", "Restart", tooltip="Start a new request"),
        Binding("f8", "new_client", "New", tooltip="New client: wipe the screen and memory"),
        # cl53 (nc51 #4): after a subject access letter, the FOI letter for the same client (shown only then)
        # ny79 (nc79 #14): "Next" (short enough for 80 columns; a letter to another body may be under the EIR), never "FOI letter"
        Binding("ctrl+n", "next_letter", "Next", tooltip="Write the next letter waiting (another organisation, or the FOI questions set aside)"),
        Binding("f9", "reply", "Reply", tooltip="I've had a reply: read it, and write the review, chaser or complaint"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        # The chat scrolls from the keyboard while the cursor stays in the answer box (listed in the guide).
        Binding("pageup", "scroll_chat('page_up')", "Scroll up", show=False),
        Binding("pagedown", "scroll_chat('page_down')", "Scroll down", show=False),
        Binding("ctrl+home", "scroll_chat('home')", "Chat start", show=False),
        Binding("ctrl+end", "scroll_chat('end')", "Chat end", show=False),
        # At the review step, with the input box empty, one digit applies that fix at once: decided by the answer box
        # itself, in the order keys are typed (askfoi/tui/chat.py PromptInput._on_key)
    ]

    def __init__(
        self,
        *,
        clinic: bool = False,
        store: SessionStore | MemoryStore | None = None,
        today: Callable[[], date] = date.today,
        save_folder: Path | None = None,
        load_matcher: bool = True,
        ask_saving: bool = False,
    ) -> None:
        if "NO_COLOR" in os.environ and not no_color_requested():
            del os.environ["NO_COLOR"]  # set but empty means colour (no-color.org); Textual would drop it
        super().__init__()
        ScrollBar.renderer = WholeCellScrollBar
        self.clinic = clinic
        # nz88: nobody has chosen yet whether askfoi keeps their work here: asked before anything is read or written
        # (run_app decides; an app made without it, as in the tests, keeps what its store keeps)
        self.ask_saving = ask_saving and not clinic
        self._fix_count = 0  # findings listed now; a digit at the review step applies one
        # af99 (nc97 j6): the step whose question is on screen (as last shown), and the step on screen when the answer
        # now in the box was begun (None: the box is empty)
        self._shown_step = None
        self._typed_at = None
        self._reply_draft: tuple[str, ...] | None = None  # the reply boxes when last left (memory only)
        self.typed_in_reply = ""  # ck28: words typed on the reply screen where no box took them, for the chat box
        self.store = store  # made on the engine thread when None (the session module is not light)
        self.today = today
        self.save_folder = save_folder
        self.load_matcher = load_matcher
        self.conversation: Conversation | None = None  # set by the first engine job
        self._matcher: Any | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="askfoi-engine")
        self._save_timer: Timer | None = None
        self._suggest_timer: Timer | None = None
        self._warned_autosave = False
        self._answering = 0  # answers sent to the engine and not yet shown
        # set once the matching index is loaded (or cannot be): the reply screen waits for it rather than build
        # its own (two builds of one cache file race; in clinic mode its own would be in the user's folder)
        self.matcher_ready = threading.Event()
        if not load_matcher:
            self.matcher_ready.set()
        self._held: list[str] = []  # answers sent while one was being worked out: given back, never joined
        self._dots_timer: Timer | None = None  # moving dots in the header while an answer is worked out
        self._dots = 0
        self._just_fixed = False  # a digit applied a fix at the review step; the next empty Enter is its own
        self._next_ready: list[str] = []  # cl53: FOI questions waiting for the next letter (set on the engine thread)
        self._booted = False  # nz88: the greeting (or the resume offer) is shown and the engine is ready for answers
        self._queued_at_start: list[str] = []  # nz88 (nc85 #9): messages sent while "Starting askfoi" showed
        self._start_backlog: list[str] = []  # sp61: the second and later of them, sent one by one (_send_backlog)

    # -- layout and start-up ---------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="?")
        with Horizontal(id="main"):
            yield ChatArea(id="chat")
            yield Lazy(SidePanel(id="side"))  # mounted just after the first frame is painted
        yield Footer(show_command_palette=False)  # nu19: f9 "Had a reply" was cut off at 80 columns

    def on_mount(self) -> None:
        # nx79 (nc76 #18): until the greeting is drawn the screen says it is starting, never an empty chat that looks broken
        self.sub_title = STARTING + self._mode()
        self._starting_timer: Timer | None = None
        self._index_dir()  # clinic mode: the folder and its signal handlers, set here on the main thread
        prompt = self.query_one("#prompt", Input)
        if self.is_headless:  # deterministic screenshots: no blinking cursor
            prompt.cursor_blink = False
        self._placeholder = prompt.placeholder
        prompt.placeholder = STARTING
        prompt.focus()
        if self.ask_saving:
            self.call_after_refresh(self._ask_saving)
            return
        # the engine's imports wait until the first screen is painted (they would hold the GIL)
        self.call_after_refresh(self._start_boot)

    def _tick_starting(self) -> None:
        """sp61: moving dots after "Starting askfoi, one moment" until the engine is ready for answers."""
        if self._booted or self._starting_timer is None:
            if self._starting_timer is not None:
                self._starting_timer.stop()
                self._starting_timer = None
            return
        self._dots += 1
        if self.sub_title.startswith(STARTING.rstrip(".")):
            self.sub_title = STARTING.rstrip(".") + f"{'.' * (self._dots % 4):<3}" + self._mode()

    def _start_boot(self) -> None:
        if self._starting_timer is None and not self._booted:  # (not while the saving question waits for a choice)
            self._starting_timer = self.set_interval(DOTS_EVERY, self._tick_starting)
        self.run_worker(self._boot(), group="engine", exit_on_error=False)

    def _saving_question(self, current: str = "") -> str:
        from askfoi.paths import AUTOSAVE_NAME, user_data_dir
        from askfoi.templates import render

        folder = user_data_dir()
        kept = (folder / AUTOSAVE_NAME).is_file() or (folder / "tracked.json").is_file()
        return render("bot/saving_choice.j2", folder=str(folder), current=current, kept=kept).strip()

    def _ask_saving(self) -> None:
        """nz88: the first start on this account: save my work here, or clinic mode. Nothing is read from or written to
        the data folder before the answer; the engine is imported meanwhile (it holds nothing personal)."""
        from askfoi.tui.screens import SavingScreen

        self._typed_at_choice: list[str] = []
        self.push_screen(SavingScreen(self._saving_question(), typed=self._typed_at_choice.append), self._saving_chosen)
        self.call_after_refresh(lambda: self._executor.submit(_import_engine))  # once the question is drawn

    def _saving_chosen(self, save: bool | str | None) -> None:
        from askfoi.saving import choose

        send = save == "send"  # lead58: the first message typed and sent over the question: not chosen, and sent
        save = None if send else save
        if save is not None:
            try:
                choose("save" if save else "clinic")
            except OSError:
                pass  # not remembered: askfoi asks again next time, and this time does as chosen
        if not save:  # clinic mode, or not chosen (Escape): nothing is kept this time
            self._to_clinic()
        typed = "".join(getattr(self, "_typed_at_choice", []))
        if typed:
            prompt = self.query_one("#prompt", Input)
            prompt.value = typed + prompt.value
            prompt.cursor_position = len(prompt.value)
        self.query_one("#prompt", Input).focus()
        if send and typed.strip():
            prompt = self.query_one("#prompt", Input)
            self._queued_at_start.append(prompt.value)  # sent once the greeting is shown (nc85 #9's queue)
            prompt.value = ""
            prompt.placeholder = QUEUED
        self._start_boot()

    def _to_clinic(self) -> None:
        self.clinic = True
        self._index_dir()  # its folder and signal handlers, on the main thread
        self.sub_title = (STARTING + self._mode()) if self.conversation is None else self._subtitle()
        self.refresh_bindings()

    async def _boot(self) -> None:
        """Greet at once (jinja2 only), then import the engine and read the autosave (or offer to resume)."""
        loop = asyncio.get_running_loop()
        early = await loop.run_in_executor(self._executor, self._early_greeting)
        if early is not None:
            self.query_one(Messages).add(Said(role="bot", text=early))
            self._started()
        saved, greeting = await loop.run_in_executor(self._executor, self._boot_work)
        if self.load_matcher:
            # sp61: the framing's data (vocab, names, thousands of patterns: seconds, cold) is loaded before askfoi says
            # it is ready, while the dots move: the first answer then comes back in about a second, rather than
            # taking seconds after a screen that looked ready (a message typed meanwhile is kept and sent after)
            await loop.run_in_executor(self._executor, _warm_framing)
        if saved is not None:
            from askfoi.templates import render
            from askfoi.tui.screens import ConfirmScreen

            # nz85 (nc85, privacy): the offer names when, never what nor to whom (the tracked requests follow the choice)
            offer = render("bot/resume_offer.j2", saved_on=self._saved_on()).strip()
            self._typed_at_resume = []
            self.push_screen(ConfirmScreen(offer, "Carry on", "Start again", typed=self._typed_at_resume.append),
                             lambda yes: self._resume_or_start(saved, yes))
        else:
            # ck22: the greeting already drawn, whatever the person typed beside it during start-up (it was drawn a
            # second time when a line typed meanwhile made two bubbles)
            shown = [b for b in self.query(Bubble) if b.message.role == "bot" and b.message.text == early]
            if early is not None and greeting.messages and shown and greeting.messages[0].text == early:
                shown[0].message = greeting.messages.pop(0)  # the engine's own copy of what is on screen
            self._show_turn(greeting, self._empty_insight())
        self._booted = True
        self._started()
        self._send_queued(resume_offered=saved is not None)
        if getattr(self, "_reply_at_start", False) and saved is None:
            self._reply_at_start = False
            self.action_reply()  # ny97: F9 pressed while starting (a queued "/reply" has opened it already: no twice)
        if self.load_matcher:
            self.run_worker(self._warm_up, thread=True, group="warmup", exit_on_error=False)

    def _send_queued(self, resume_offered: bool) -> None:
        """nz88 (nc85 #9): a first message sent while askfoi was starting is sent now, after the greeting (it was shown
        before the greeting and never answered: the engine was not ready). Over the resume offer it goes back in the
        answer box unsent (typing over the offer starts a new request, nu29): nothing typed is lost."""
        queued, self._queued_at_start = self._queued_at_start, []
        if not queued:
            return
        prompt = self.query_one("#prompt", Input)
        if resume_offered:
            self._queued_over_offer = " ".join(queued)
            return
        self._submit(queued[0])
        # sp61: the lines after it were typed before any question was on the screen (a message sent in pieces, or a
        # script typing its journey into a start-up): each is sent in turn once the answer before it is shown, as
        # if typed then (answers typed while an answer is worked out are still given back: _give_back_held)
        self._start_backlog.extend(queued[1:])

    def _saved_on(self) -> str:
        """When the autosave was last written, as the resume offer says it ("on 6 December at 20:05"), or ""."""
        from datetime import datetime

        try:
            saved = datetime.fromtimestamp(self.store.path.stat().st_mtime)
        except (AttributeError, OSError, ValueError):
            return ""
        today = self.today() if callable(self.today) else date.today()
        day = "today" if saved.date() == today else f"on {saved.day} {saved.strftime('%B')}"
        return f"last changed {day} at {saved.strftime('%H:%M')}"

    def _started(self) -> None:
        """The greeting is on the screen: the box and the title say what they say once started."""
        prompt = self.query_one("#prompt", Input)
        if prompt.placeholder in (STARTING, QUEUED, REPLY_QUEUED):
            prompt.placeholder = getattr(self, "_placeholder", "") or prompt.placeholder
        if not self._booted:  # sp61: the early greeting is drawn, the engine is not ready: the dots go on moving
            return
        if self.sub_title.startswith(STARTING.rstrip(".")):  # (the engine is not imported here: the title is "Welcome")
            self.sub_title = ("Welcome" + self._mode()) if getattr(self, "conversation", None) is None else self._subtitle()

    def _early_greeting(self) -> str | None:
        """The greeting, when no autosave can be waiting: drawn before pydantic and the engine load."""
        if self.store is not None and self.store.persistent:
            return None
        if self.store is None and not self.clinic:
            from askfoi.paths import autosave_exists

            if autosave_exists():
                return None
        try:
            from askfoi.templates import render

            return render("bot/greeting.j2").strip()
        except Exception:  # the engine's own start() greets (or reports) instead
            return None

    def _boot_work(self) -> tuple[Session | None, Turn | None]:
        from askfoi.conversation import Conversation
        from askfoi.session import MemoryStore, SessionStore

        if self.store is None:
            self.store = MemoryStore() if self.clinic else SessionStore()
        self.conversation = self._tracking(Conversation(today=self.today))
        saved = self.store.load() if self.store.persistent else None
        if saved is not None and saved.started and not self.conversation.already_sent(saved):
            # fu21: an overdue tracked request is named even when the app offers to carry on an unfinished one
            self._waiting_on_resume = self._tracked_waiting().messages
            return saved, None
        if getattr(self.store, "set_aside", None):  # an unusable autosave was kept, not replaced
            turn = self.conversation.notice("session_set_aside", path=str(self.store.set_aside))
            turn.messages.extend(self.conversation.start().messages)
            return None, turn
        turn = self.conversation.start()
        turn.messages.extend(self._tracked_waiting().messages)
        return None, turn

    def _tracking(self, conv: Conversation) -> Conversation:
        """The tracked list for "I've sent it": the person's own data folder, never in clinic mode."""
        conv.tracker = None if self.clinic else _tracker()
        conv.clinic = self.clinic
        # cl55 (nc55 #11): where /save writes is said before it writes (clinic mode asks for a folder each time)
        conv.save_place = None if self.clinic else str(self.save_folder or Path.cwd())
        return conv

    def _tracked_waiting(self) -> Turn:
        """Coming back days later: tracked requests with a chaser or a review due are named at the start (never
        in clinic mode, which neither reads nor keeps a tracked list)."""
        from askfoi.conversation import Turn

        if self.clinic:
            return Turn()
        try:
            from askfoi.tracking import statuses

            rows = [r for r in statuses(_tracker().load(), self.today()) if r.offer == "chase"
                    or (r.offer == "review" and r.request.regime.value != "SAR")]  # no review for subject access
        except Exception:  # a damaged list must not stop the chat (askfoi track list names the problem)
            return Turn()
        # nz82 (nc82 #14): a request tracked twice (the same body and day) is named once
        seen: set = set()
        rows = [r for r in rows if (key := (r.request.authority.lower(), r.request.sent, r.offer)) not in seen
                and not seen.add(key)]
        if not rows:
            return Turn()
        # nz82 (nc82 #14): how late, in the unit of its deadline: working days for FOI, calendar days for subject access
        return self.conversation.notice("tracked_waiting", rows=[
            {"authority": r.request.authority, "offer": r.offer, "due": r.due,
             "days": r.working_days_late if r.offer == "chase" and r.working_days_late is not None else abs(r.days_left),
             "working": r.offer == "chase" and r.working_days_late is not None,
             "sar": r.request.regime.value == "SAR", "replied": r.request.replied if r.offer == "review" else None}
            for r in rows])

    def on_unmount(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        if getattr(self, "_clinic_tmp", None) is not None:
            self._clinic_tmp.close()

    def _index_dir(self) -> Path | None:
        """Clinic mode keeps the matching index in a temporary folder removed on exit, on SIGHUP/SIGTERM
        (a closed terminal) and, after a kill, by the next start (askfoi/clinic_folder.py)."""
        if not self.clinic:
            return None
        if getattr(self, "_clinic_tmp", None) is None:
            from askfoi.clinic_folder import ClinicFolder

            self._clinic_tmp = ClinicFolder()
        return self._clinic_tmp.path

    def _mode(self) -> str:
        return " · clinic: nothing saved" if self.clinic else ""  # fits the header at 80 columns

    def _step(self) -> Step | None:
        return self.conversation.session.step if self.conversation else None

    def _subtitle(self) -> str:
        from askfoi.conversation import STEP_LABELS, STEPS

        if self._answering:
            from askfoi.templates import render

            dots = "." * (self._dots % 4)  # moving: the screen shows it is at work, not waiting for a key
            said = "bot/still_working.j2" if self._held else "bot/working.j2"
            return render(said).strip() + f"{dots:<3}" + self._mode()
        step = self._step()
        if step is None:
            return "Welcome" + self._mode()
        from askfoi.conversation import Step

        # a subject access request has no period step: counted without it ("Step 3 of 8: Parts")
        skipped = {Step.period} if getattr(self.conversation.session, "period_not_asked", False) else set()
        steps = [s for s in STEPS if s not in skipped or s == step]
        if step == Step.about:
            # nx73 (nc70 #14): no total before the first message is framed: the route it takes (a subject access request
            # has no period step) sets the total, which then never changes
            return f"Step 1: {STEP_LABELS[step]}{self._mode()}"
        return f"Step {steps.index(step) + 1} of {len(steps)}: {STEP_LABELS[step]}{self._mode()}"

    def _empty_insight(self) -> Insight:
        from askfoi.conversation import Insight

        return Insight(matching_ready=self._matcher is not None)

    # -- background work ------------------------------------------------------------------------------

    def _warm_up(self) -> None:
        """Load the knowledge pack and the matching index, then let the engine use them."""
        from askfoi.templates import render

        try:
            from askfoi.framing import frame_message

            frame_message(WARM_TEXT)  # (sp61: framed before the start-up ended, so kept: a broken pack is reported here)
            from askfoi.matching import warm_up

            matcher = warm_up(self._index_dir())  # never loads the past responses once the index is built
        except Exception as exc:  # a broken pack must not stop the chat
            message = render("bot/knowledge_failed.j2", error=str(exc))
            self.call_from_thread(self.notify, message, severity="warning", markup=False)
            self.matcher_ready.set()
            return
        if matcher.n_problems:
            message = render("bot/knowledge_problems.j2", count=matcher.n_problems, first=matcher.problems[0])
            self.call_from_thread(self.notify, message, severity="warning", markup=False)
        self.call_from_thread(self._matcher_loaded, matcher)

    def _matcher_loaded(self, matcher: Any) -> None:
        self._matcher = matcher
        self.matcher_ready.set()

        def attach(conv: Conversation) -> None:
            conv.matcher = matcher  # (similar requests promised meanwhile are said at the next answer: sp61)

        self._engine(attach, save=False)

    def _engine(self, job: Job, *, save: bool = True, show: bool = True, answer: bool = False) -> None:
        """Run JOB against the conversation on the engine thread, then show what it produced. ANSWER: the job
        answers what the person typed (the header says so until the reply is shown)."""
        self.run_worker(self._engine_task(job, save, show, answer), group="engine", exit_on_error=False)

    async def _engine_task(self, job: Job, save: bool, show: bool, answer: bool = False) -> None:
        loop = asyncio.get_running_loop()
        try:
            conv, turn, insight, choices = await loop.run_in_executor(self._executor, self._work, job, save)
        finally:
            if answer:
                self._answering = max(0, self._answering - 1)
                self._working(bool(self._answering))
        if conv is not self.conversation or not show:  # wiped ("new client") meanwhile, or a quiet save
            self._give_back_held()
            return
        self._show_turn(turn, insight, choices)
        self._give_back_held()
        self._send_backlog()

    def _send_backlog(self) -> None:
        """sp61: the next line typed during the start-up, once nothing is being answered and the chat is on screen."""
        if self._answering or not self._start_backlog:
            return
        if self.screen is not self.screen_stack[0]:  # the answer opened another screen: given back, never sent there
            self._held.extend(self._start_backlog)
            self._start_backlog = []
            self._give_back_held()
            return
        self._submit(self._start_backlog.pop(0))

    def _working(self, busy: bool) -> None:
        """The header while an answer is worked out: moving dots, so a person (and anything watching the
        screen) sees askfoi is busy rather than waiting for the next answer."""
        if busy and self._dots_timer is None:
            self._dots = 0
            self._dots_timer = self.set_interval(DOTS_EVERY, self._tick)
        elif not busy and self._dots_timer is not None:
            self._dots_timer.stop()
            self._dots_timer = None
        self.sub_title = self._subtitle()

    def _tick(self) -> None:
        self._dots += 1
        if self._answering:
            self.sub_title = self._subtitle()

    def _give_back_held(self) -> None:
        """Answers sent while the last was worked out were typed before this question was on screen: the first
        goes back in the empty answer box, selected (Enter sends it, typing replaces it); none is ever sent
        unseen or joined to the next answer, and the bot says which were not sent."""
        if self._answering or not self._held:
            return
        from askfoi.conversation import Message
        from askfoi.templates import render

        held, self._held = self._held, []
        prompt = self.query_one("#prompt", Input)
        kept = None
        if not prompt.value:
            kept = held.pop(0)
            prompt.value = kept
            prompt.focus()
            prompt.select_all()
            # focusing moves the cursor to the end on the next refresh, which drops the selection: select again after
            # it, so the next key typed replaces the answer (nu20: "birmingham city councilok")
            self.call_after_refresh(prompt.select_all)
            prompt.given_back = kept  # and if the selection is lost all the same (a real terminal), the next key replaces
        shown = [h if len(h) <= 80 else h[:77] + "..." for h in held]
        text = render("bot/typed_ahead.j2", kept=kept if kept is None or len(kept) <= 80 else kept[:77] + "...", dropped=shown)
        self.query_one(Messages).add(Message(role="bot", text=text.strip()))

    def _work(self, job: Job, save: bool) -> tuple[Conversation, Turn, Insight, list[str]]:
        """On the engine thread: answer, carry out file and browser actions, autosave."""
        from askfoi.conversation import Insight, Turn

        conv = self.conversation
        try:
            turn = job(conv) or Turn()
            self._carry_out(conv, turn)
        except Exception as exc:
            turn = conv.notice("engine_error", reason=_reason(exc))
        try:
            insight = conv.insight()
        except Exception as exc:
            insight = Insight(matching_ready=conv.matcher is not None)
            turn.messages.extend(conv.notice("engine_error", reason=_reason(exc)).messages)
        if save:
            try:
                self.store.save(conv.session)
            except OSError as exc:
                if not self._warned_autosave:
                    self._warned_autosave = True
                    turn.messages.extend(conv.notice("autosave_failed", reason=_reason(exc)).messages)
        try:
            choices = conv.choices()
        except Exception:
            choices = []
        try:
            self._next_ready = conv.next_questions()
        except Exception:
            self._next_ready = []
        return conv, turn, insight, choices

    def _carry_out(self, conv: Conversation, turn: Turn) -> None:
        """Actions that touch files or the browser; the clipboard itself is written on the UI thread."""
        for action in turn.actions:
            if action == "copy":
                if os.environ.get("TERM_PROGRAM") in NO_CLIPBOARD_TERMINALS:
                    saved = None
                    if not self.clinic:  # clinic mode writes nothing the person did not ask for
                        try:
                            saved = str(conv.save_letter(self.save_folder or Path.cwd(), "txt"))
                        except (OSError, ValueError):
                            saved = None
                    turn.messages.extend(conv.notice("copy_unsupported", saved=saved).messages)
                else:
                    turn.messages.extend(conv.notice("copied").messages)
            elif action in ("save_txt", "save_eml"):
                if self.clinic and not turn.save_to:  # ask where: the file will outlast F8
                    turn.messages.extend(conv.notice("clinic_save_where").messages)
                    continue
                folder = Path(turn.save_to).expanduser() if turn.save_to else self.save_folder or Path.cwd()
                try:
                    path = conv.save_letter(folder, "eml" if action == "save_eml" else "txt")
                    if turn.save_to and not self.clinic:
                        # rv58 (nc58 #14): the folder the person chose is where this session's letters go from now
                        # on, the reply panel's review, chaser and complaint too (never the program's folder)
                        self.save_folder = path.parent
                    turn.messages.extend(conv.notice("saved", path=str(path), stays=self.clinic,
                                                     gaps=conv.letter_gaps()).messages)
                    if self.clinic:  # F8 then says these files were not wiped
                        self._clinic_saved = [*getattr(self, "_clinic_saved", []), str(path)]
                except (OSError, ValueError) as exc:
                    turn.messages.extend(conv.notice("save_failed", reason=_reason(exc)).messages)
            elif action == "mailto":
                import webbrowser

                letter = conv.letter()
                try:
                    opened = webbrowser.open(conv.mailto_url())
                except Exception:
                    opened = False
                name = "mailto_opened" if opened else "mailto_failed"
                turn.messages.extend(conv.notice(name, known_address=bool(letter and letter.to)).messages)

    # -- showing the engine's answers ---------------------------------------------------------------

    def _show_turn(self, turn: Turn, insight: Insight, choices: list[str] | None = None) -> None:
        from askfoi.conversation import Step

        messages = self.query_one(Messages)
        if "restart" in turn.actions:
            messages.clear()
        for message in turn.messages:
            messages.add(message)
        if turn.prompt_text:  # nx70 (nc67 #12): a part's edit command, the part filled in, to change and send
            prompt = self.query_one("#prompt", Input)
            prompt.value = turn.prompt_text
            prompt.cursor_position = len(turn.prompt_text)
        if "copy" in turn.actions:
            self.copy_to_clipboard(insight.letter)
        if "help" in turn.actions:
            self.action_help()
        if "new_client" in turn.actions:
            if turn.kept_text:  # cl55 (nc55 #8): a new client's story after a finished letter, kept in the box
                prompt = self.query_one("#prompt", Input)
                prompt.value = turn.kept_text
                prompt.cursor_position = len(turn.kept_text)
            self.action_new_client()
        if "reply" in turn.actions:
            # a reply pasted into the chat, read on the reply screen; or (no text) someone waiting for a reply
            self.action_reply(turn.reply_text or None, track=turn.track_text if not turn.reply_text else None,
                              topic=turn.track_topic)
        for pane in (*self.query(DraftPane), *self.query(InsightPane)):  # none until the lazy side panel mounts
            pane.show(insight)
        self._fix_count = len(insight.findings)
        self._shown_step = self._step()  # af99: the step whose question is now on screen
        typed = self.query_one("#prompt", Input).value
        if self._step() == Step.authority and typed.strip():
            self._suggest(typed)  # they typed ahead while the answer was being worked out
        elif choices is not None:
            self.query_one(Choices).show([] if _numbered_in(choices, turn) else choices)
        self.sub_title = self._subtitle()
        self.refresh_bindings()  # cl53: Ctrl+N shows only while a next letter is waiting

    def _replay(self, history: Iterable[Message]) -> None:
        messages = self.query_one(Messages)
        messages.clear()
        for message in history:
            messages.add(message)

    def _resume_or_start(self, saved: Session, carry_on: bool | None) -> None:
        from askfoi.conversation import Conversation

        if carry_on:
            self.conversation = self._tracking(Conversation(saved, today=self.today, matcher=self._matcher))
            self._replay(saved.history)
            self.query_one("#prompt", Input).value = saved.pending_input
            self._engine(lambda conv: conv.resume())
        else:
            self.store.clear()
            self._show_turn(self.conversation.start(), self._empty_insight())
            typed = "".join(getattr(self, "_typed_at_resume", None) or [])
            if typed:  # nu29: a new message begun over the offer starts a new request, its first letters kept
                prompt = self.query_one("#prompt", Input)
                prompt.value = typed + prompt.value
                prompt.cursor_position = len(prompt.value)
        self._typed_at_resume = []
        queued, self._queued_over_offer = getattr(self, "_queued_over_offer", ""), ""
        if queued:  # nz88: sent while starting, before the offer: in the box, unsent, whichever was chosen
            prompt = self.query_one("#prompt", Input)
            prompt.value = f"{prompt.value} {queued}".strip() if carry_on else f"{queued} {prompt.value}".strip()
            prompt.cursor_position = len(prompt.value)
        messages = self.query_one(Messages)
        for message in getattr(self, "_waiting_on_resume", None) or []:  # fu21: still in the chat after the choice
            messages.add(message)
        self._waiting_on_resume = []
        self.query_one("#prompt", Input).focus()
        if getattr(self, "_reply_at_start", False):  # ny97: F9 pressed while starting: after the offer is answered
            self._reply_at_start = False
            self.action_reply()

    # -- input --------------------------------------------------------------------------------------

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not self._booted:
            # nz88 (nc85 #9): still starting (nothing imported on this thread, which would freeze the screen): the message
            # is kept, said to be kept, and sent once the greeting is shown
            from askfoi.tui.chat import PromptInput

            event.stop()
            value = event.input.with_line_breaks(event.value) if isinstance(event.input, PromptInput) else event.value
            if value.strip():
                self._queued_at_start.append(value)
                event.input.value = ""
                event.input.placeholder = QUEUED
            return
        from askfoi.conversation import MAX_ANSWER_CHARS, Message, clean_input
        from askfoi.templates import render

        from askfoi.tui.chat import PromptInput

        event.stop()
        value = event.input.with_line_breaks(event.value) if isinstance(event.input, PromptInput) else event.value
        if self._just_fixed and not value.strip():
            self._just_fixed = False  # "1" then Enter at the review step: the digit already did it
            return
        self._just_fixed = False
        length = len(clean_input(value))
        if length > MAX_ANSWER_CHARS:  # kept in the box to be shortened, never thrown away
            text = render("bot/too_long_kept.j2", limit=MAX_ANSWER_CHARS, length=length).strip()
            self.query_one(Messages).add(Message(role="bot", text=text))
            return
        if self._answering and value.strip():
            # the last answer is still being worked out: this one would answer a question not yet on the
            # screen, so it is held (never joined to what is typed next) and given back once the reply is shown
            self._held.append(clean_input(event.value))  # shown again (in the one-line box: the paste's lines joined): no escape sequences, as every chat line
            event.input.value = ""
            self.sub_title = self._subtitle()  # says it will be given back
            self.bell()
            return
        event.input.value = ""
        self._submit(value)

    def _submit(self, typed: str, send: str | None = None) -> None:
        """Show what the person typed at once, then let the engine answer it."""
        from askfoi.conversation import MAX_ANSWER_CHARS, Message, clean_input

        shown = clean_input(typed)
        if shown.lower() in ("/reply", "/had a reply") and send is None:
            self.action_reply()  # the reply path (askfoi/tui/reply.py)
            return
        if shown.lower().rstrip(".! ") in ("/saving", "/save nothing", "/clinic") and send is None:
            self.action_saving()  # nz88: change what askfoi keeps (save here, or clinic mode)
            return
        if shown.lower().rstrip(".! ") in ("/forget", "/forget me", "/forget everything") and send is None:
            self.action_forget()  # nz85: delete what askfoi keeps here, after asking
            return
        chase = re.match(r"(?i)/chase\b\s*(.*)$", shown or "")
        if chase and send is None:
            # nx76 (nc73 #12): "/chase [body and day sent]": the reply path for someone still waiting, its box filled with
            # what they typed or the body this request is for, so the due date and the chaser (or, in Scotland, the
            # review of a failure to respond) follow
            self.action_chase(chase.group(1).strip())
            return
        if shown and len(shown) <= MAX_ANSWER_CHARS:
            self.query_one(Messages).add(Message(role="you", text=shown))
        if shown.lower().rstrip(".! ") in ("/next", "/next letter") and send is None and self._next_ready:
            from askfoi.templates import render

            # af99 (nc97 #9): the next letter takes seconds to frame: said at once, never a screen that looks stuck
            self.query_one(Messages).add(Message(role="bot", text=render("bot/next_working.j2",
                                                                         count=len(self._next_ready)).strip()))
        self.query_one(Choices).show([])
        answer = typed if send is None else send
        at, self._typed_at = self._typed_at, None  # af99: the step on screen when this answer was begun
        self._answering += 1
        self._working(True)

        def job(conv: Conversation) -> Turn:
            # af100: told as an attribute, never as an argument: reply(text) is all the engine is ever asked for (the
            # tests of answers typed while busy put a slow stand-in in its place, tr3/tr5)
            conv.typed_at = at
            try:
                return conv.reply(answer)
            finally:
                conv.typed_at = None

        self._engine(job, answer=True)

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.conversation is None:
            # nz88 (nc85 #9): typed while starting: nothing to save or suggest yet, and importing the engine here would
            # wait for the engine thread's own import of it, freezing the screen (the Enter typed next was then lost)
            return
        from askfoi.conversation import Step

        value = event.value
        if value:
            self._just_fixed = False
        self._note_typed_at(value)
        for timer in (self._save_timer, self._suggest_timer):
            if timer is not None:
                timer.stop()
        if self.store is not None and self.store.persistent:
            self._save_timer = self.set_timer(INPUT_SAVE_DELAY, lambda: self._save_pending(value))
        if self._step() == Step.authority:
            self._suggest_timer = self.set_timer(SUGGEST_DELAY, lambda: self._suggest(value))

    def _save_pending(self, value: str) -> None:
        def keep(conv: Conversation) -> None:
            conv.session.pending_input = value

        self._engine(keep, show=False)

    def _suggest(self, value: str) -> None:
        from askfoi.conversation import Step

        conv = self.conversation

        async def fetch() -> None:
            loop = asyncio.get_running_loop()
            try:
                names = await loop.run_in_executor(self._executor, conv.choices, value)
            except Exception:
                names = []
            if conv is self.conversation and conv.session.step == Step.authority:
                self.query_one(Choices).show(names)

        self.run_worker(fetch(), group="suggest", exclusive=True, exit_on_error=False)

    def on_choices_picked(self, event: Choices.Picked) -> None:
        from askfoi.conversation import Step

        choices = self.query_one(Choices)
        index = choices.highlighted
        send = str(index + 1) if self._step() in (Step.period, Step.format) and index is not None else None
        prompt = self.query_one("#prompt", Input)
        prompt.value = ""
        prompt.focus()
        self._submit(event.text, send)

    def on_finding_card_apply(self, event: FindingCard.Apply) -> None:
        """A fix chosen in the insight panel: the answer comes in the chat, and typing goes on there."""
        self.screen.remove_class("-show-side")
        self.query_one("#prompt", Input).focus()
        self.action_quick_fix(event.number)

    def _note_typed_at(self, value: str) -> None:
        """af99 (nc97 j6): the step whose question was on screen when an answer was begun (an answer typed while
        the last one was being worked out was begun for the question then on screen, not the one that came next)."""
        if not value:
            self._typed_at = None
        elif self._typed_at is None:
            self._typed_at = self._shown_step

    def action_quick_fix(self, number: int) -> None:
        """Apply finding NUMBER: its button in the insight panel, or its digit at the review step."""
        from askfoi.conversation import Message

        self.query_one(Messages).add(Message(role="you", text=f"Apply fix {number}"))
        self._just_fixed = True  # the Enter people press after the digit is not an empty answer
        self._engine(lambda conv: conv.apply_fix(number))

    def on_key(self, event) -> None:
        """Down from the input box moves into the suggestions; Escape goes back to typing."""
        prompt = self.query_one("#prompt", Input)
        choices = self.query_one(Choices)
        if event.key == "down" and self.focused is prompt and choices.display and choices.option_count:
            choices.focus()
            choices.highlighted = 0
            event.stop()
        elif event.key == "escape" and choices.display and self.focused in (prompt, choices):
            choices.display = False  # out of the way of the chat; they come back with the next question
            prompt.focus()
            event.stop()

    def action_scroll_chat(self, where: str) -> None:
        messages = self.query_one(Messages)
        if where == "page_up":
            messages.scroll_page_up()
        elif where == "page_down":
            messages.scroll_page_down()
        elif where == "home":
            messages.scroll_home()
        else:
            messages.scroll_end()

    # -- actions (keys, palette) ------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if type(self.screen).__name__ == "SavingScreen" and action not in ("quit", "help"):
            return False  # nz88: nothing starts (a reply, a new request) before the person chose what askfoi keeps
        if type(self.screen).__name__ == "ReplyScreen" and action in _REPLY_SCREEN_OWNS:
            # ui51: the reply screen has its own letter keys (shown only while they work) and no letter beside it:
            # F6 / F7 / F3 / F4 pressed there never copy or save the chat's letter
            return False
        if action == "toggle_side":
            return self.screen.has_class("-narrow")  # on a wide screen both are always in view
        if action == "restart":
            return not self.clinic
        if action == "scroll_chat":
            return not self.screen.has_class("-show-side")
        if action == "new_client":
            return self.clinic
        if action == "next_letter":
            return bool(self._next_ready)  # off the footer until a next letter is waiting
        if action == "quick_fix":
            if self.conversation is None:  # not before the engine is loaded (nor import it here)
                return False
            from askfoi.conversation import Step

            prompt = self.query_one("#prompt", Input)
            number = parameters[0] if parameters else 0
            return (
                self.focused is prompt
                and not prompt.value
                and self._step() == Step.review
                and self._shown_step == Step.review  # af99: the check's points are on screen
                and isinstance(number, int)
                and 1 <= number <= self._fix_count
            ) or False  # False lets the key through to the input box
        return True

    def action_reply(self, pasted: str | None = None, track: str | None = None, topic: str | None = None) -> None:
        """I've had a reply: the reply path, knowing the request when one was written here. PASTED: a reply the
        person pasted into the chat, read at once; TRACK: someone waiting for a reply: the tracking box, focused,
        starts with what their message said (the body, the day sent)."""
        if not self._booted and pasted is None and track is None:
            # ny97 (nr94): still starting: importing the reply path now would wait for the engine's imports with the
            # screen frozen; it opens once started, and the box says so meanwhile
            self._reply_at_start = True
            prompt = self.query_one("#prompt", Input)
            if not prompt.value:
                prompt.placeholder = REPLY_QUEUED
            return
        from askfoi.reply_flow import ReplyFlow
        from askfoi.tui.reply import ReplyScreen

        if isinstance(self.screen, ReplyScreen):
            return
        session = self.conversation.session if self.conversation is not None else None
        flow = ReplyFlow(
            today=self.today, matcher=self._matcher,
            authority=getattr(session, "authority", None) or None,
            request=_request_for_reply(session),
            # nz76 (nc76 #11): a letter written here and marked sent: its day, so an overdue reply offers the chaser and
            # the complaint at once
            sent=getattr(session, "sent_on", None) if getattr(session, "parts", None) else None,
            name=getattr(session, "requester_name", None), email=getattr(session, "email", None),
            tracker=None if self.clinic else _tracker(),
            sar=bool(self.conversation is not None and session and session.parts and self.conversation._is_sar()),
            topic=topic, clinic=self.clinic,
            not_covered=bool(self.conversation is not None and session and session.parts
                             and self.conversation.request().not_covered),
            story=_story_for_reply(session),
            earlier=None if self.clinic or self.conversation is None else self.conversation.written,
            request_letter=_letter_for_reply(self.conversation, session),
            # rv99 (nc99 #1): "the request written here went to ..." only once the letter was finished here
            written=bool(session is not None and getattr(session, "step", None) == "done" and getattr(session, "parts", None)),
        )
        draft = self._reply_draft if pasted is None and track is None else None

        def kept(boxes: tuple[str, ...] | None) -> None:
            self._reply_draft = boxes  # memory only: a reply pasted, then Escape, is there again on F9
            if self.conversation is not None and not self.clinic:
                _tell_reply_seen(self.conversation, flow)  # nz79 (nc79 #9): "can I complain?" knows a reply came
            typed, self.typed_in_reply = getattr(self, "typed_in_reply", ""), ""
            if typed:  # ck28 (nu30 item 13): a question typed on the reply screen is in the chat's box, unsent
                prompt = self.query_one("#prompt", Input)
                prompt.value = typed
                prompt.focus()

        self.push_screen(ReplyScreen(flow, save_folder=self.save_folder, clinic=self.clinic, pasted=pasted, track=track,
                                     draft=draft), kept)

    def action_chase(self, typed: str = "") -> None:
        """Someone still waiting for a reply: the reply path's tracking box, starting with what they typed or the body
        this request is for, so the due date and the chaser (in Scotland, the review of a failure to respond) follow."""
        session = self.conversation.session if self.conversation is not None else None
        self.action_reply(track=typed or (getattr(session, "authority", None) or ""))

    def action_help(self) -> None:
        from askfoi.tui.screens import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_side(self) -> None:
        self.screen.toggle_class("-show-side")
        if self.screen.has_class("-show-side"):
            self.query_one(DraftPane).focus()
        else:
            self.query_one("#prompt", Input).focus()

    def _typed_command(self, command: str) -> None:
        from askfoi.conversation import Message

        self.query_one(Messages).add(Message(role="you", text=command))
        self._engine(lambda conv: conv.reply(command))

    def action_back(self) -> None:
        self._typed_command("/back")

    def action_copy_letter(self) -> None:
        self._typed_command("/copy")

    def action_save_letter(self) -> None:
        self._typed_command("/save")

    def action_save_eml(self) -> None:
        self._typed_command("/save eml")

    def action_mailto(self) -> None:
        self._typed_command("/email")

    def action_restart(self) -> None:
        """F8: start a new request; asks first when there is a letter or anything unsent to lose."""
        from askfoi.templates import render
        from askfoi.tui.screens import ConfirmScreen

        session = self.conversation.session if self.conversation else None
        typed = self.query_one("#prompt", Input).value.strip()
        if not typed and (session is None or not session.confirmed):
            self._typed_command("/restart")
            return
        question = render("bot/restart_confirm.j2", letter=bool(session and session.parts), typed=bool(typed)).strip()

        def answered(yes: bool | None) -> None:
            if yes:
                self.query_one("#prompt", Input).value = ""
                self._typed_command("/restart")
            self.query_one("#prompt", Input).focus()

        # lead47 (cl53's leftover): the focus starts on Cancel, as in clinic mode: an Enter meant for a message never
        # wipes a letter; "Start again" is chosen on purpose
        self.push_screen(ConfirmScreen(question, "Start again", "Cancel", safe_focus=True), answered)

    def action_next_letter(self) -> None:
        """cl53 (nc51 #4): the FOI letter for the same client, from the questions the subject access letter set aside.
        af99 (nc97 #9): answered as a typed "/next" is, so the screen says at once that it is being written (a line in
        the chat and the header's moving dots) for the seconds it takes. af100: pressed again while askfoi is still
        at work, it does nothing but ring (a second /next would find no letter waiting and say so)."""
        if self._answering:
            self.bell()
            return
        self._submit("/next")

    def action_new_client(self) -> None:
        from askfoi.conversation import Step
        from askfoi.templates import render
        from askfoi.tui.screens import NewClientScreen

        if isinstance(self.screen, NewClientScreen):
            return
        question = render("bot/new_client_confirm.j2", next_questions=self._next_ready).strip()
        prompt = self.query_one("#prompt", Input)
        # cl53 (nc51 #10): after a finished letter, words already in the box are the next client's: kept, shown
        kept = prompt.value.strip() if self._step() == Step.done else ""
        screen = NewClientScreen(question, render("bot/new_client_typed.j2").strip(), kept=kept)

        def answered(confirmed: bool | None) -> None:
            words = screen.words.strip()
            if confirmed:
                self._wipe(True, typed=words)
                return
            # cl55 (nc55 #8): Cancel is said in the chat, so an Enter meant for a message never leaves the volunteer
            # thinking the screen was wiped
            session = self.conversation.session if self.conversation else None
            notice = self.conversation.notice("new_client_cancelled", client=session.requester_name if session else None,
                                              letter=self._step() == Step.done)
            for message in notice.messages:
                self.query_one(Messages).add(message)
            if words and words != kept:
                # Cancel: what was typed in the box goes back in this client's answer box, unsent
                before = prompt.value.strip() if not kept else ""
                prompt.value = f"{before} {words}".strip()
                prompt.cursor_position = len(prompt.value)
            prompt.focus()

        self.push_screen(screen, answered)

    def action_forget(self) -> None:
        """nz85 (nc85, privacy): "/forget": delete what askfoi keeps on this computer (the autosave and the tracked list)
        and start afresh, after asking; the "no" button has the focus, as it loses nothing."""
        from askfoi.templates import render
        from askfoi.tui.screens import ConfirmScreen

        tracked = self._tracked_count()
        question = render("bot/forget_confirm.j2", clinic=self.clinic, tracked=tracked).strip()
        self.push_screen(ConfirmScreen(question, "Delete it" if self.clinic else "Delete it all", "Keep it", safe_focus=True),
                         lambda yes: self._forget(yes, tracked))

    def _forget(self, confirmed: bool | None, tracked: int) -> None:
        from askfoi.conversation import Conversation, Message
        from askfoi.templates import render

        if not confirmed:
            self.query_one(Messages).add(Message(role="bot", text=render("bot/forget_kept.j2").strip()))
            return
        if self._save_timer is not None:
            self._save_timer.stop()  # a half-typed line is not saved again after it was deleted
        self._reply_draft = None
        self.store.clear()
        if self.clinic:  # nz88: what was kept before clinic mode was chosen goes too (it is never read here)
            from askfoi.paths import AUTOSAVE_NAME, user_data_dir

            with contextlib.suppress(OSError):
                (user_data_dir() / AUTOSAVE_NAME).unlink()
        if not self.clinic or tracked:
            path = _tracker().path
            if path is not None:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        self.conversation = self._tracking(Conversation(today=self.today, matcher=self._matcher))
        self.query_one("#prompt", Input).value = ""
        self.query_one(Messages).clear()
        self.screen.remove_class("-show-side")
        turn = self.conversation.notice("forgotten", clinic=self.clinic, tracked=tracked)
        turn.messages.extend(self.conversation.start().messages)
        self._next_ready = []
        self._show_turn(turn, self._empty_insight(), [])

    def _tracked_count(self) -> int:
        """How many tracked requests are kept here (in clinic mode: those kept before it was chosen, or 0)."""
        try:
            return len(_tracker().load())
        except Exception:  # a damaged list: /forget still deletes the request (askfoi track list names the problem)
            return 0

    def action_saving(self) -> None:
        """nz88: "/saving": choose again what askfoi keeps. The change applies at once and is remembered."""
        from askfoi.saving import chosen
        from askfoi.tui.screens import SavingScreen

        mode, who = chosen()
        if who == "everyone" and mode == "clinic":  # the computer's own setting: not this person's to undo
            self._say("bot/saving_changed.j2", everyone=True, mode="clinic", folder="", deleted=False, tracked=0)
            return
        current = "clinic" if self.clinic else "save"
        self.push_screen(SavingScreen(self._saving_question(current)), self._saving_changed)

    def _saving_changed(self, save: bool | None) -> None:
        from askfoi.paths import user_data_dir
        from askfoi.saving import choose

        if save is None:
            self.query_one("#prompt", Input).focus()
            return
        with contextlib.suppress(OSError):
            choose("save" if save else "clinic")
        deleted = False
        if save and self.clinic:
            from askfoi.session import SessionStore

            self.clinic = False
            self.store = SessionStore()
            self._engine(lambda conv: None, show=False)  # saved now, as it would be at the next answer
        elif not save and not self.clinic:
            from askfoi.session import MemoryStore

            if self._save_timer is not None:
                self._save_timer.stop()
            deleted = bool(getattr(self.store, "persistent", False) and self.store.path.is_file())
            self.store.clear()
            memory = MemoryStore()
            if self.conversation is not None:
                memory.save(self.conversation.session)
            self.store = memory
            self._to_clinic()
        if self.conversation is not None:
            self._tracking(self.conversation)
            self.sub_title = self._subtitle()
        self.refresh_bindings()
        self._say("bot/saving_changed.j2", mode="save" if save else "clinic", folder=str(user_data_dir()),
                  deleted=deleted, tracked=0 if save else self._tracked_count(), everyone=False)
        self.query_one("#prompt", Input).focus()

    def _say(self, template: str, **values) -> None:
        from askfoi.conversation import Message
        from askfoi.templates import render

        self.query_one(Messages).add(Message(role="bot", text=render(template, **values).strip()))

    def _wipe(self, confirmed: bool | None, typed: str = "") -> None:
        """Forget everything: screen, memory and (outside clinic mode) the autosave. TYPED (cl53): the next client's
        words typed while "New client?" was open, put in the empty answer box, unsent."""
        from askfoi.conversation import Conversation

        if not confirmed:
            return
        self._reply_draft = None  # a client's reply is forgotten with the rest
        self._start_backlog = []  # sp61: lines the last client typed at the start are never sent for the next
        self.store.clear()
        self.conversation = self._tracking(Conversation(today=self.today, matcher=self._matcher))
        prompt = self.query_one("#prompt", Input)
        prompt.value = ""
        self.query_one(Messages).clear()
        self.screen.remove_class("-show-side")
        turn = self.conversation.notice("new_client", saved=getattr(self, "_clinic_saved", []))
        self._clinic_saved = []
        turn.messages.extend(self.conversation.start().messages)
        self._next_ready = []
        self._show_turn(turn, self._empty_insight(), [])
        if typed:
            prompt.value = typed
            prompt.cursor_position = len(typed)
        prompt.focus()

    def _go_to(self, step: Step) -> None:
        self._engine(lambda conv: conv.go_to(step))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Guide to FOI", "What FOI, NCND, the cost limit and internal reviews mean", self.action_help)
        yield SystemCommand("Back", "Go back one step and change the answer", self.action_back)
        yield SystemCommand("I've had a reply", "Read the reply, and write the review, chaser or complaint", self.action_reply)
        # lead54 (nc76 #11): what people look for by name finds the reply path too
        yield SystemCommand("No reply yet: chase it", "Work out when the reply was due and write the chaser", self.action_chase)
        yield SystemCommand("Ask for an internal review", "Read the reply and write the review of its decision", self.action_reply)
        yield SystemCommand("Complain to the Information Commissioner",
                            "After a review, or with no reply at all (in Scotland: the Scottish Information Commissioner)",
                            self.action_reply)
        if self.conversation is not None:
            from askfoi.conversation import STEP_LABELS, STEPS

            session = self.conversation.session
            for step in STEPS:
                if step in session.confirmed and step != session.step:
                    yield SystemCommand(
                        f"Change: {STEP_LABELS[step]}", "Go to this question and change the answer", lambda s=step: self._go_to(s)
                    )
        yield SystemCommand("Copy the letter", "Copy the letter to the clipboard", self.action_copy_letter)
        yield SystemCommand("Save the letter as text", "Save a .txt file in the current folder", self.action_save_letter)
        yield SystemCommand("Save the letter as an email file", "Save a .eml file in the current folder", self.action_save_eml)
        yield SystemCommand("Open in my email program", "Open a mailto: link with the letter filled in", self.action_mailto)
        if self.clinic:
            yield SystemCommand("New client", "Wipe the screen and memory for the next person", self.action_new_client)
        else:
            yield SystemCommand("Start again", "Forget the answers and start a new request", self.action_restart)
        yield SystemCommand("Show or hide the letter", "On a small screen, switch between the chat and the letter", self.action_toggle_side)


WARM_TEXT = "how many cameras did leeds city council install last year and how much did they cost"


def _warm_framing() -> None:
    """The framing's data loaded: a message that takes the main paths (a body, a period, a count, money, a pronoun).
    A broken pack must not stop the chat: its fault is reported by the warm-up that loads the matching index."""
    try:
        from askfoi.framing import frame_message

        frame_message(WARM_TEXT)
    except Exception:
        pass


def _import_engine() -> None:
    """nz88: the engine imported on the engine thread while the person chooses what askfoi keeps."""
    with contextlib.suppress(Exception):
        import askfoi.conversation  # noqa: F401


def _tracker():
    """The tracked-requests store in the user's data folder (askfoi/tracking.py)."""
    from askfoi.tracking import TrackStore

    return TrackStore()


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def clinic_from_settings() -> bool:
    """Clinic mode chosen for a whole machine (ASKFOI_CLINIC=1, or `askfoi saving clinic --everyone`) or for this
    account (the choice at the first start, or `askfoi saving clinic`)."""
    from askfoi.saving import chosen

    return chosen()[0] == "clinic"


def run_app(clinic: bool = False, serve: bool = False, port: int | None = None) -> int:
    """`askfoi`: open the chatbot here, or (--serve) in a web browser on this machine. The first time, nobody having
    chosen, the chatbot asks whether to keep the person's work here or keep nothing (nz88)."""
    from askfoi.saving import chosen

    mode = chosen()[0]
    clinic = clinic or mode == "clinic"
    if serve:
        from askfoi.tui.serve import DEFAULT_PORT, make_server

        if port is not None and not 0 < port < 65536:
            print(f"askfoi: --port must be between 1 and 65535, not {port}", file=sys.stderr)
            return 2
        try:
            server = make_server(clinic, port or DEFAULT_PORT)
        except ModuleNotFoundError:
            print("askfoi: --serve needs the web extra: pip install 'askfoi[serve]'", file=sys.stderr)
            return 2
        try:
            server.serve()
        except OSError as exc:  # e.g. the port is taken
            print(f"askfoi: cannot serve on {server.host}:{server.port}: {_reason(exc)}", file=sys.stderr)
            return 2
        return 0
    from askfoi.clinic_folder import sweep_stale

    sweep_stale()  # clinic folders of an askfoi that was killed outright
    AskFOIApp(clinic=clinic, ask_saving=mode is None).run()
    return 0


def _numbered_in(choices: list[str], turn: Turn) -> bool:
    """nx82 (nc79 #14): the turn's message lists every one of CHOICES as a numbered line ("1. Last calendar year: ..."):
    the pick list under the box would show them a second time (4 of 24 rows at 80x24), so it stays hidden; the person
    types the number."""
    said = "\n".join(m.text for m in turn.messages)
    lines = {re.sub(r"^\s*\d+[.)]\s+", "", line).strip() for line in said.splitlines() if re.match(r"^\s*\d+[.)]\s+", line)}
    return bool(choices) and all(c.strip() in lines for c in choices)
