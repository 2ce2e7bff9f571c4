"""The "I've had a reply" screen: paste or load the reply, see what it decided part by part and what
can be done by when, and get the review, the chaser or the complaint with copy / save / email.

A thin view of askfoi.reply_flow.ReplyFlow. Everything from the reply or the letter is shown as plain
text (markup=False, Content), never as markup.
"""

from __future__ import annotations

import re
import threading

import time
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Static, TextArea

from askfoi.reply_flow import ReplyFlow, ReplyStep, ReplyView

# nz88: "sar": the reply says it is the person's own data (or to make a subject access request): the letter for it
LETTER_LABELS = {"sar": "Ask for my own data", "review": "Write the review", "chase": "Write a chaser",
                 "complain": "Write the complaint"}
# ui51 (nc50 #1): every action on a read reply has a key, shown in the footer while it can be used (Ctrl keys: the
# letters and digits typed on this screen go to the date box or the buttons' names, never to a binding)
LETTER_KEYS = {"review": "ctrl+w", "chase": "ctrl+e", "complain": "ctrl+o", "sar": "ctrl+g"}
TOGGLE_KEY = "ctrl+t"
REVIEW_TOGGLE = {False: "This was the review", True: "Not a review"}
MATCHER_WAIT = 30  # (the wait's message template still takes it as a limit; nz85: the reading no longer waits)
MATCHER_LATE = 600  # nz85: seconds the similar requests may still be added to a reading once the index has loaded
def chase_label(name: str, most: int = 40) -> str:
    """nx79 (nc76 #18): "Chase NAME" in at most MOST characters, cut after a whole word with an ellipsis ("Chase Norfolk
    and Norwich University…"), never inside a word ("... University Hos")."""
    label = f"Chase {' '.join((name or '').split())}"
    if len(label) <= most:
        return label
    cut = label[: most - 1].rsplit(" ", 1)[0].rstrip(" ,;:-&")
    cut = re.sub(r"\s+(?:and|of|for|the|&)$", "", cut)
    return f"{cut}\u2026"


MAX_CHASERS = 3  # chaser buttons for overdue tracked requests, at most (the list below names them all)


# nr94 (nc94 #8): the chat's slash commands (askfoi/tui/app.py, AskFOIApp._submit), as the whole of the reply box
SLASH_COMMAND = re.compile(r"(?i)^\s*/(reply|had a reply|chase|help|saving|save nothing|clinic|forget(?: me| everything)?)"
                           r"\b[.! ]*(.*?)\s*$")


def _slash_command(text: str) -> tuple[str, str] | None:
    """(command, what follows it) when TEXT is one line holding only a chat command, else None."""
    if "\n" in text.strip():
        return None
    found = SLASH_COMMAND.match(text)
    return (found.group(1).lower(), found.group(2)) if found else None


class ReplyBox(TextArea):
    """ck27 (nu29 D13): the box the reply is pasted into. Enter adds a line (a reply has many), but Enter on an empty
    line at the very end of a reply reads it, as a person who has pasted it and pressed Enter expects; the box's title
    says so, beside the box."""

    class ReadAsked(Message):
        pass

    class CommandTyped(Message):
        """nr94 (nc94 #8): the box holds nothing but one of the chat's slash commands ("/reply", "/chase ..."), typed
        because the reply path opened late (F9 pressed while askfoi was starting) or out of habit: it is a command,
        never a reply to read."""

        def __init__(self, command: str, rest: str) -> None:
            super().__init__()
            self.command, self.rest = command, rest

    # lead38: a terminal without bracketed paste types a pasted reply as keys, its blank lines as Enter on an empty
    # line; keys that come this close together are a paste, and an Enter among them adds the line instead of reading
    PASTE_GAP = 0.03  # seconds
    _last_key: float | None = None
    clock = staticmethod(time.monotonic)

    async def _on_key(self, event: events.Key) -> None:
        now = self.clock()
        pasting = self._last_key is not None and now - self._last_key < self.PASTE_GAP
        self._last_key = now
        command = _slash_command(self.text) if event.key == "enter" and not pasting and not self.read_only else None
        if command is not None:
            event.stop()
            event.prevent_default()
            self.text = ""
            self.post_message(self.CommandTyped(*command))
            return
        if event.key == "enter" and not pasting and not self.read_only and self.text.strip() and self._at_empty_end():
            event.stop()
            event.prevent_default()
            self.post_message(self.ReadAsked())
            return
        await super()._on_key(event)

    def _at_empty_end(self) -> bool:
        lines = self.text.split("\n")
        row, column = self.cursor_location
        return row == len(lines) - 1 and not lines[-1].strip() and column >= len(lines[-1])


class ReplyScreen(Screen["tuple[str, ...] | None"]):
    """The reply path. Escape goes back to the chat, and hands back what was in the reply box and the tracking
    box (kept in memory only, so F9 opens the reply path with them again)."""

    BINDINGS = [
        Binding("escape", "close", "Back to chat"),
        Binding("f5", "back", "Back"),
        # nu18: Enter in the reply box adds a line (a reply has many), so reading it has a key of its own
        Binding("ctrl+r", "read", "Read it", priority=True),
        Binding(LETTER_KEYS["review"], "letter('review')", "Write review", priority=True),
        Binding(LETTER_KEYS["chase"], "letter('chase')", "Write chaser", priority=True),
        Binding(LETTER_KEYS["complain"], "letter('complain')", "Write complaint", priority=True),
        Binding(LETTER_KEYS["sar"], "letter('sar')", "My data", priority=True),
        Binding(TOGGLE_KEY, "toggle_review", "Was review?", priority=True),
        # ui51: shown (in the footer) on a letter only; check_action hides them elsewhere
        Binding("f6", "copy", "Copy"),
        Binding("f7", "save", "Save"),
        Binding("f3", "save_eml", "Save .eml"),
        Binding("f4", "mailto", "Email"),
        # the reading and the letters are longer than 80x24: Page Down / Page Up scroll them from any box
        Binding("pagedown", "scroll_reply(1)", "Scroll down", show=False),
        Binding("pageup", "scroll_reply(-1)", "Scroll up", show=False),
    ]

    def __init__(self, flow: ReplyFlow, *, save_folder: Path | None = None, clinic: bool = False,
                 pasted: str | None = None, track: str | None = None, draft: tuple[str, ...] | None = None) -> None:
        super().__init__()
        self.draft = draft  # what the boxes held when the person last went back to the chat
        # rv99 (nc99 j7): the day the reply came, as set before going back to the chat: set again when it is read again
        self.draft_received = draft[2] if draft and len(draft) > 2 else ""
        self.track = track  # someone waiting for a reply: the tracking box gets the focus, with what they said
        self.flow = flow
        self.save_folder = save_folder
        self.clinic = clinic
        self.pasted = pasted  # a reply pasted into the chat: put in the box and read at once
        self.typed = ""  # ck28 (nu30 item 13): words typed where no box takes them (a button has the focus)
        # rv55 (nc55 #11): what Enter answered ("Nothing was written ... you had typed "ok""): no longer collected (the
        # next words start afresh, never "okok"), but still what Escape takes back to the chat
        self.answered = ""
        self._to_date = False  # ui51: a date is being typed on a button, sent to the date box until it has the focus
        self._ahead = ""  # nz85 (nc85 #8): typed while the reply was being read (its box is read-only then), used after

    def compose(self) -> ComposeResult:
        scroll = VerticalScroll(id="reply-scroll")
        # ui51 (nc50 #1): the scrolling frame takes no focus: focused, it shows no mark, and a date or a name typed then
        # went nowhere (Page Up / Page Down scroll it from any box)
        scroll.can_focus = False
        with scroll:
            yield Static("", id="reply-message", markup=False)
            with Horizontal(classes="reply-buttons", id="reply-chasers"):  # overdue tracked requests (tr5)
                for i in range(MAX_CHASERS):
                    yield Button("", id=f"reply-chase-tracked-{i}")
            box = ReplyBox("", id="reply-text", soft_wrap=True, show_line_numbers=False)
            box.border_title = "Paste the reply here; Ctrl+R or Enter on an empty last line reads it"
            yield box
            with Horizontal(classes="reply-buttons", id="reply-paste-buttons"):
                yield Button("Read it (Ctrl+R)", id="reply-read", variant="primary")
                yield Input(placeholder="or a file path", id="reply-path")
                yield Button("Load", id="reply-load")
            # ui51 (nc50 #1): the date box comes first, then the letters, so Tab walks date box -> buttons
            with Horizontal(classes="reply-buttons", id="reply-received-row"):
                yield Input(placeholder="the date the reply came, if not today", id="reply-received",
                            select_on_focus=False)  # ui51: a date typed on a button starts here, kept
                yield Button("Set date", id="reply-received-set")
            # the buttons come before the explanation or letter, so they are in view at 80x24 without scrolling
            with Horizontal(classes="reply-buttons", id="reply-letters"):
                for kind, label in LETTER_LABELS.items():
                    yield Button(label, id=f"reply-letter-{kind}")
                yield Button(REVIEW_TOGGLE[False], id="reply-after-review")
            with Horizontal(classes="reply-buttons", id="reply-actions"):
                yield Button("Copy", id="reply-copy", variant="primary")
                yield Button("Save .txt", id="reply-save-txt")
                yield Button("Save .eml", id="reply-save-eml")
                yield Button("Email", id="reply-mailto")
                yield Button("Back", id="reply-back")
            yield Static("", id="reply-body", markup=False)
            with Horizontal(classes="reply-buttons", id="reply-track-row"):
                # what askfoi fills in is kept when the person types the date after it (not selected, then replaced)
                yield Input(placeholder="who you sent it to and when, e.g. Home Office 14/10/2026", id="reply-sent",
                            select_on_focus=False)
                yield Button("Track", id="reply-track")
        yield Footer()

    def on_mount(self) -> None:
        if self.clinic:
            self.query_one("#reply-track", Button).label = "Due date"
        self.query_one("#reply-scroll").border_title = (
            "Waiting for a reply (Escape: back to the chat)" if self.track is not None
            else "I've had a reply (Escape: back to the chat)")
        self.flow.waiting = self.track is not None
        # ny97 (nc94 #9): the reader's one-time work (its rules compiled, the names and exemptions loaded) done while
        # the person pastes, so their reply is not the one that waits for it
        from askfoi.reply_warm import is_warm, warm_reply

        if not is_warm() and not self.pasted:
            threading.Thread(target=warm_reply, daemon=True, name="askfoi-reply-warm").start()
        self.show(self.flow.start())
        self.query_one("#reply-text", TextArea).focus()
        if self.track is not None:
            box = self.query_one("#reply-sent", Input)
            # (nu22) what the person said is filled in with a space after it, so a date typed next is not glued
            # onto the organisation's name ("Sheffield City Council12 september")
            box.value = f"{self.track.strip()} " if self.track.strip() else ""
            box.cursor_position = len(box.value)
            box.focus()
        if self.draft and not self.pasted and self.track is None:
            self.query_one("#reply-text", TextArea).text = self.draft[0]
            self.query_one("#reply-sent", Input).value = self.draft[1]
        if self.pasted:
            text = self.pasted
            self.query_one("#reply-text", TextArea).text = text
            self._in_background(lambda: self.flow.read(text))

    # -- showing the flow --------------------------------------------------------------------------

    def show(self, view: ReplyView) -> None:
        self.view = view
        self._to_date = False
        self.query_one("#reply-text", TextArea).read_only = False  # the reply can be edited again once read
        self.query_one("#reply-message", Static).update(Content(view.message))
        self.query_one("#reply-body", Static).update(Content(view.body))
        pasting = view.step == ReplyStep.paste
        self._chasers = view.chasers[:MAX_CHASERS] if pasting else []
        self.query_one("#reply-chasers").display = bool(self._chasers)
        for i in range(MAX_CHASERS):
            button = self.query_one(f"#reply-chase-tracked-{i}", Button)
            button.display = i < len(self._chasers)
            if i < len(self._chasers):
                button.label = Content(chase_label(self._chasers[i][1]))  # plain text, never markup
                button.tooltip = f"Chase {self._chasers[i][1]}"
        self.query_one("#reply-text").display = pasting
        self.query_one("#reply-paste-buttons").display = pasting
        self.query_one("#reply-body").display = bool(view.body)
        for kind in LETTER_LABELS:
            self.query_one(f"#reply-letter-{kind}").display = kind in view.offers and view.step != ReplyStep.letter
        # "This was the review": the complaint is offered only after a review's outcome (or no reply at all)
        toggle = self.query_one("#reply-after-review", Button)
        reviewable = view.step == ReplyStep.result and self.flow.explained is not None and (
            self.flow.after_review or "review" in view.offers)
        toggle.display = reviewable
        toggle.label = REVIEW_TOGGLE[self.flow.after_review]
        self.query_one("#reply-letters").display = (bool(view.offers) or reviewable) and view.step != ReplyStep.letter
        self.query_one("#reply-actions").display = view.step == ReplyStep.letter
        self.query_one("#reply-save-txt").display = not self.clinic
        self.query_one("#reply-save-eml").display = not self.clinic
        self.query_one("#reply-received-row").display = view.step == ReplyStep.result
        # a reply that has been read is not a request still waiting: the tracking box shows while pasting only
        # lead39: in clinic mode the same box works out the due date (and offers the chaser) but keeps nothing
        self.query_one("#reply-track-row").display = view.step == ReplyStep.paste
        self.query_one("#reply-scroll", VerticalScroll).scroll_home(animate=False)
        self._focus_for(view.step, ask_date=view.ask_date)
        self.refresh_bindings()  # the footer shows the keys of this step's actions
        ahead, self._ahead = self._ahead.strip(), ""
        if ahead and view.step == ReplyStep.result:
            self._typed_ahead(ahead)

    def _typed_ahead(self, typed: str) -> None:
        """nz85 (nc85 #8): words typed while the reply was read and not used by the reading's worker (a day typed in
        time is applied there): a day goes to the date box; anything else is kept and shown as words typed here are."""
        from askfoi.templates import render

        if self._is_a_day(typed):  # typed as the reading ended: in the date box, for Enter (or Set date) to apply
            box = self.query_one("#reply-received", Input)
            box.value = typed
            box.focus()
            return
        self.typed = typed
        self.note(render("bot/reply_typed.j2", typed=typed, sent=False, keys=self._keys()).strip())

    def _shown_buttons(self) -> list[Button]:
        """The action buttons in view now (a letter, the review toggle, Copy ...), in screen order."""
        return [b for b in self.query(".reply-buttons Button").results(Button)
                if b.display and b.parent is not None and b.parent.display]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """ui51: a key is in the footer (and works) only while its button is shown; False lets the key through to
        the box that has the focus."""
        view = getattr(self, "view", None)
        if view is None:
            return action not in {"letter", "toggle_review", "copy", "save", "save_eml", "mailto"}
        if action == "read":
            return view.step == ReplyStep.paste
        if action == "letter":
            kind = parameters[0] if parameters else ""
            return self.query_one(f"#reply-letter-{kind}", Button).display and self.query_one("#reply-letters").display
        if action == "toggle_review":
            return bool(self.query_one("#reply-after-review", Button).display and self.query_one("#reply-letters").display)
        if action in {"copy", "mailto"}:
            return view.step == ReplyStep.letter
        if action in {"save", "save_eml"}:
            return view.step == ReplyStep.letter and not self.clinic
        return True

    def action_letter(self, kind: str) -> None:
        self.query_one(f"#reply-letter-{kind}", Button).press()

    def action_toggle_review(self) -> None:
        self.query_one("#reply-after-review", Button).press()

    def _focus_for(self, step: ReplyStep, *, ask_date: bool = False) -> None:
        """The focus goes where the next thing to do is, never to a box that happens to come next (a date typed
        after reading a reply must not land in the tracking box): on the paste step it stays where it is if that is
        shown (the tracking box of someone waiting), else the paste box; the first letter offered on a result (the
        date box when none is, or when the reply's date is not known); Copy on a letter."""
        if step == ReplyStep.paste:
            focused = self.focused
            if focused is None or not focused.display or not focused.parent or not focused.parent.display:
                self.query_one("#reply-text", TextArea).focus()
        elif step == ReplyStep.letter:
            self.query_one("#reply-copy", Button).focus()
        else:
            offered = [b for b in self.query("#reply-letters Button").results(Button) if b.display]
            # lead40 (nc43 #13): a reply whose date askfoi could not find asks for it "in the box below": the date box
            # has the focus then, so the day typed goes there
            (offered[0] if offered and not ask_date else self.query_one("#reply-received", Input)).focus()

    def note(self, text: str) -> None:
        """A short line from askfoi above the current view (copied, saved ...)."""
        self.query_one("#reply-message", Static).update(Content(text))

    # -- events --------------------------------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        bid = event.button.id or ""
        if bid == "reply-read":
            self.action_read()
        elif bid == "reply-load":
            path = self.query_one("#reply-path", Input).value
            self._in_background(lambda: self.flow.load(path))
        elif bid.startswith("reply-chase-tracked-"):
            ident = self._chasers[int(bid.rsplit("-", 1)[1])][0]
            self._in_background(lambda: self.flow.chase_tracked(ident))
        elif bid.startswith("reply-letter-"):
            kind = bid.removeprefix("reply-letter-")
            self._in_background(lambda: self.flow.write(kind))  # type: ignore[arg-type]
        elif bid == "reply-after-review":
            self.show(self.flow.mark_review(not self.flow.after_review))
        elif bid == "reply-copy":
            self.action_copy()
        elif bid == "reply-save-txt":
            self._save("txt")
        elif bid == "reply-save-eml":
            self._save("eml")
        elif bid == "reply-mailto":
            self._mailto()
        elif bid == "reply-back":
            self.action_back()
        elif bid == "reply-received-set":
            value = self.query_one("#reply-received", Input).value
            self._in_background(lambda: self.flow.received_on(value))
        elif bid == "reply-track":
            self._track(self.query_one("#reply-sent", Input).value)

    def _in_background(self, job) -> None:
        """Reading a reply and finding similar past requests can take a moment: off the UI thread."""
        from askfoi.templates import render

        self.note(" ".join(render("reply/working.j2").split()))
        # while it is read, nothing typed lands in the pasted reply (answers typed ahead would join its text)
        self.query_one("#reply-text", TextArea).read_only = True

        def waited(seconds: int) -> None:  # ck24b: the wait for past responses shows, second by second
            self.app.call_from_thread(self.note, " ".join(render("reply/working.j2", waited=seconds, limit=MATCHER_WAIT).split()))

        started = time.monotonic()

        def ticking() -> None:  # ny97 (nc94 #9): the seconds go by on screen, so the wait shows work going on
            if getattr(self, "_reading", False):
                self.note(" ".join(render("reply/working.j2", seconds=int(time.monotonic() - started)).split()))

        self._reading = True
        ticker = self.set_interval(1.0, ticking)

        def work() -> None:
            from askfoi.reply_warm import wait_warm

            try:
                later = self._use_apps_matcher(waited)
                wait_warm(120)  # the warm-up's work is this reading's: never done twice side by side
                view = job()
                ahead = self._ahead.strip()
                if ahead and view.step == ReplyStep.result and self._is_a_day(ahead):
                    # nz85 (nc85 #8): the day the reply came, typed while it was read: the dates count from it
                    self._ahead = ""
                    view = self.flow.received_on(ahead)
                    self.app.call_from_thread(setattr, self.query_one("#reply-received", Input), "value", ahead)
            except Exception:
                self._reading = False
                self.app.call_from_thread(self._unlock)  # never left read-only
                self.app.call_from_thread(self.note, " ".join(render("reply/working.j2", failed=True).split()))
                raise
            finally:
                self._reading = False
                self.app.call_from_thread(ticker.stop)
            self.app.call_from_thread(self.show, view)
            if later:
                self._add_matches_when_ready()

        self.run_worker(work, thread=True, exclusive=True, group="reply", exit_on_error=False)

    def _unlock(self) -> None:
        self.query_one("#reply-text", TextArea).read_only = False

    def _use_apps_matcher(self, waited=None) -> bool:
        """On the worker thread: the app's matching index when it is loaded; none at all when it could not load. The
        flow never builds its own (a second build races the first; in clinic mode it would write the index into the
        person's own cache folder). nz85 (nc85 #9): the reading never waits for it: the past responses only add
        similar requests to the explanation, so while they load the reply is read without them, and True says they
        are to be added once loaded (WAITED is kept for callers; nothing is waited for)."""
        ready = getattr(self.app, "matcher_ready", None)
        if ready is None:
            return False
        if self.flow.matcher is not None and not isinstance(self.flow.matcher, _Loading):
            return False
        if ready.is_set():
            self.flow.matcher = getattr(self.app, "_matcher", None) or _NoMatches()
            return False
        self.flow.matcher = _Loading()
        return True

    def _add_matches_when_ready(self) -> None:
        """On the reading's worker thread, after the reading is shown: once the past responses have loaded, the
        explanation on screen gains its similar requests (only while the result is still what is shown)."""
        from textual.worker import get_current_worker

        ready = getattr(self.app, "matcher_ready", None)
        if ready is None or not ready.wait(MATCHER_LATE) or get_current_worker().is_cancelled:
            return
        if self.flow.step != ReplyStep.result or self.flow.letter is not None or self.flow.explained is None:
            return
        self.flow.matcher = getattr(self.app, "_matcher", None) or _NoMatches()
        view = self.flow.refresh()
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._more_matches, view)

    def _more_matches(self, view: ReplyView) -> None:
        """The explanation with its similar requests, in place: the message, the focus and the scroll stay."""
        if getattr(self, "view", None) is None or self.view.step != ReplyStep.result or view.step != ReplyStep.result:
            return
        self.view = view.model_copy(update={"message": self.view.message})
        self.query_one("#reply-body", Static).update(Content(view.body))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "reply-path":
            value = event.value
            self._in_background(lambda: self.flow.load(value))
        elif event.input.id == "reply-received":
            value = event.value
            self._in_background(lambda: self.flow.received_on(value))
        elif event.input.id == "reply-sent":
            self._track(event.value)

    def _track(self, value: str) -> None:
        view = self.flow.track(value)
        self.show(view)
        # nu23: tracked again with the same day (Enter pressed twice) is tracked, not "Not tracked yet"
        if not self.flow.tracked_ok and self.query_one("#reply-track-row").display:
            # not tracked (no date, or a day ahead): the reason where the person is looking, beside the box they
            # typed in (the message at the top is off the screen at 80x24), and the box keeps what they typed
            box = self.query_one("#reply-sent", Input)
            box.focus()
            box.scroll_visible(animate=False)
            self.notify(view.message, title="Not tracked yet", severity="warning", markup=False, timeout=12)

    def action_scroll_reply(self, direction: int) -> None:
        scroll = self.query_one("#reply-scroll", VerticalScroll)
        if direction > 0:
            scroll.scroll_page_down(animate=False)
        else:
            scroll.scroll_page_up(animate=False)

    def on_key(self, event: events.Key) -> None:
        """ck28 (nu30 item 13): a question typed after "Read it", where a button has the focus, is never lost and never
        presses the button: it is kept and shown, with where to ask it (Escape takes it back to the chat's box), and
        Enter then presses nothing. ui51 (nc50 #1): what is typed there goes where it was meant: a date (it starts
        with a digit) into the date box, the name of a shown button ("write the review please") presses it on Enter,
        and anything else is answered with the keys of the actions shown."""
        if isinstance(self.focused, TextArea) and self.focused.read_only and self.focused.id == "reply-text":
            # nz85 (nc85 #8): the day the reply came, typed while it is being read, is kept and used once it is read
            if event.is_printable and event.character:
                self._ahead += event.character
            elif event.key == "backspace":
                self._ahead = self._ahead[:-1]
            elif event.key != "enter":
                return
            event.stop()
            event.prevent_default()
            return
        if isinstance(self.focused, (TextArea, Input)):
            self.typed = self.answered = ""
            self._to_date = False
            return
        date_box = self.query_one("#reply-received", Input)
        date_shown = bool(self.query_one("#reply-received-row").display)
        if date_shown and (self._to_date or (not self.typed and event.character and event.character.isdigit())):
            # the focus moves on the next turn of the loop: keys typed fast until then go to the date box too
            event.stop()
            event.prevent_default()
            self._to_date = True
            date_box.focus()
            if event.key == "enter":
                value = date_box.value
                self._in_background(lambda: self.flow.received_on(value))
            elif event.key == "backspace":
                date_box.action_delete_left()
            elif event.is_printable and event.character:
                date_box.insert_text_at_cursor(event.character)
            return
        if event.is_printable and event.character:
            self.typed += event.character
        elif event.key == "backspace" and self.typed:
            self.typed = self.typed[:-1]
        elif not (event.key == "enter" and self.typed.strip()):
            return
        event.stop()
        event.prevent_default()
        from askfoi.templates import render

        if event.key == "enter":
            typed, self.typed = self.typed, ""
            button = _named_button(typed, self._shown_buttons())
            if button is not None:
                button.press()
                return
            # af99 (nc97 #2): "review asked 14/09/2026" typed on the complaint puts the day in it
            dated = self.flow.dated(typed) if self.flow.step == ReplyStep.letter else None
            if dated is not None:
                self.show(dated)
                return
            signed = self.flow.sign(typed) if self.flow.step == ReplyStep.letter else None
            if signed is not None:  # nz85 (nc85 #8): a name typed on the letter signs it, never "[YOUR NAME]"
                self.show(signed)
                return
            if date_shown and self._is_a_day(typed):
                date_box.value = typed.strip()
                date_box.focus()
                value = date_box.value
                self._in_background(lambda: self.flow.received_on(value))
                return
            self.answered = typed  # rv55: answered below, so the next words typed are collected afresh
            self.note(render("bot/reply_typed.j2", typed=typed, sent=True, keys=self._keys()).strip())
        else:
            self.answered = ""
            self.note(render("bot/reply_typed.j2", typed=self.typed, sent=False, keys=self._keys()).strip())
        # rv55: what is typed is shown where the person looks: the message at the top is brought into view
        self.query_one("#reply-scroll", VerticalScroll).scroll_home(animate=False)

    def _is_a_day(self, typed: str) -> bool:
        from askfoi.pasted_reply import typed_day

        return typed_day(typed, self.flow.today()) is not None

    def _keys(self) -> list[tuple[str, str]]:
        """(key, what it does) for each action in view, as the footer names them."""
        keys = []
        for binding in self.BINDINGS:
            if isinstance(binding, Binding) and binding.show and binding.action not in {"close", "back"}:
                action, _, rest = binding.action.partition("(")
                params = tuple(p.strip("'\" ") for p in rest.rstrip(")").split(",") if p.strip())
                if self.check_action(action, params):
                    keys.append((binding.key.replace("ctrl+", "Ctrl+").upper().replace("CTRL+", "Ctrl+"),
                                 binding.description))
        return keys

    def on_reply_box_command_typed(self, event: ReplyBox.CommandTyped) -> None:
        """nr94 (nc94 #8): "/reply" typed in the reply box is already done: the box is emptied and says so; "/chase
        BODY DATE" fills the tracking box; any other chat command goes back to the chat, which carries it out."""
        from askfoi.templates import render

        event.stop()
        if event.command in ("reply", "had a reply"):
            self.note(" ".join(render("bot/reply_already_open.j2").split()))
        elif event.command == "chase":
            box = self.query_one("#reply-sent", Input)
            box.value = event.rest or box.value
            box.focus()
        else:
            self.dismiss(self._boxes())
            self.app.call_later(self.app._submit, f"/{event.command}")

    def on_reply_box_read_asked(self, event: ReplyBox.ReadAsked) -> None:
        event.stop()
        self.action_read()

    def action_read(self) -> None:
        """Ctrl+R: read what is in the reply box (the "Read it" button)."""
        text = self.query_one("#reply-text", TextArea).text
        came = self.draft_received if self.draft and text.strip() and text.strip() == self.draft[0].strip() else ""

        def read():
            view = self.flow.read(text)
            if came and self.flow.received is None and self.flow.explained is not None:
                from datetime import date

                view = self.flow.set_received(date.fromisoformat(came))  # rv99: the day set before F9 reopened it
            return view

        self._in_background(read)

    def action_close(self) -> None:
        typed = self.typed.strip() or self.answered.strip()
        if typed:
            self.app.typed_in_reply = typed  # the chat's box gets it (AskFOIApp.action_reply)
        self.dismiss(self._boxes())

    def _boxes(self) -> tuple[str, str, str] | None:
        """The reply box, the tracking box and (rv99, nc99 j7) the day the reply came as set for that reply (ISO), kept
        when the person goes back to the chat, so F9 brings all three back."""
        text, sent = self.query_one("#reply-text", TextArea).text, self.query_one("#reply-sent", Input).value
        came = self.flow.received
        day = came.isoformat() if came and text.strip() and text.strip() == (self.flow.reply_text or "").strip() else (
            self.draft_received if text.strip() and self.draft and text.strip() == self.draft[0].strip() else "")
        return (text, sent, day) if (text.strip() or sent.strip()) else None

    def action_back(self) -> None:
        if self.flow.step == ReplyStep.paste:
            self.dismiss(self._boxes())
        else:
            self.show(self.flow.back())

    def action_copy(self) -> None:
        from askfoi.templates import render

        if self.flow.letter is None:
            return
        self.app.copy_to_clipboard(self.flow.letter_text("text"))
        self.note(" ".join(render("bot/copied.j2").split()))

    def action_save(self) -> None:
        self._save("txt")

    def action_save_eml(self) -> None:
        self._save("eml")

    def action_mailto(self) -> None:
        if self.flow.letter is not None:
            self._mailto()

    def _save(self, fmt: str) -> None:
        from askfoi.templates import render

        if self.clinic or self.flow.letter is None:
            return
        try:
            # rv58 (nc58 #14): the folder the request was saved in (the app's, which "/save FOLDER" sets), as the chat does
            folder = getattr(self.app, "save_folder", None) or self.save_folder or Path.cwd()
            path = self.flow.save_letter(folder, "eml" if fmt == "eml" else "txt")
            self.note(" ".join(render("bot/saved.j2", path=str(path)).split()))
        except (OSError, ValueError) as exc:
            self.note(" ".join(render("bot/save_failed.j2", reason=str(exc)).split()))

    def _mailto(self) -> None:
        import webbrowser

        from askfoi.templates import render

        try:
            opened = webbrowser.open(self.flow.mailto_url())
        except Exception:  # noqa: BLE001 - no browser is a message, not a crash
            opened = False
        name = "mailto_opened" if opened else "mailto_failed"
        self.note(" ".join(render(f"bot/{name}.j2", known_address=bool(self.flow.letter and self.flow.letter.to)).split()))


def _named_button(typed: str, buttons: list[Button]) -> Button | None:
    """ui51: the one shown button whose name's words are all in what was typed ("write the review please" names
    "Write the review"; "review" alone names no button when two have it), else None."""
    import re

    words = set(re.findall(r"[a-z]+", typed.lower()))
    named = []
    for button in buttons:
        label = set(re.findall(r"[a-z]+", str(button.label).lower())) - {"the", "a", "an", "it"}
        if label and label <= words:
            named.append(button)
    return named[0] if len(named) == 1 else None


class _Loading:
    """nz85: stands in for the matching index while it loads: this reading has no similar answers (added later)."""

    def match(self, *args, **kwargs):
        raise LookupError("the matching index is still loading")


class _NoMatches:
    """Stands in for the matching index when it could not load: no similar answers, and nothing built."""

    def match(self, *args, **kwargs):
        raise LookupError("the matching index is not loaded")
