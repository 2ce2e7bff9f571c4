"""Screens over the chat: the FOI guide, the offer to resume, and yes/no confirmations."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Markdown, Static

from askfoi.templates import render


class HelpScreen(ModalScreen[None]):
    """A plain-English guide to FOI, NCND, the cost limit and internal reviews (prompts/bot/help_screen.j2)."""

    BINDINGS = [Binding("escape,f1,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Markdown(render("bot/help_screen.j2"), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "Guide (Escape to close)"
        self.query_one("#help-box").focus()

    def action_close(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A question with two buttons; Escape means no."""

    BINDINGS = [Binding("escape", "answer(False)", "Cancel")]

    def __init__(self, question: str, yes: str, no: str, typed=None, safe_focus: bool | None = None) -> None:
        super().__init__()
        self.question, self.yes, self.no = question, yes, no
        if safe_focus is not None:
            self.safe_focus = safe_focus
        # nu29: TYPED (a callable taking the character) makes typing an answer of its own: a person who starts to write
        # chose neither button but "no", and what they type is handed on, never lost to the focused button
        self.typed = typed
        self._answered = False  # lead 27: a key typed before the offer has closed never answers it a second time

    shows_typed = False  # a line under the question for the words typed while it is open (NewClientScreen, SavingScreen)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(self.question), classes="question", markup=False)
            if self.shows_typed:
                yield Static("", id="typed", classes="typed", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(Content(self.yes), id="yes", variant="primary")
                yield Button(Content(self.no), id="no")

    safe_focus = False  # cl53: True puts the focus on the "no" button (the choice that loses nothing)

    def on_mount(self) -> None:
        self.query_one("#no" if self.safe_focus else "#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self._answer(event.button.id == "yes")

    def on_key(self, event) -> None:
        if self.typed is None:
            return
        if self._answered:
            # lead 27: the rest of what was typed fast, before the offer closed (spaces too), goes on to the new
            # request; Enter waits for the person to press it again in the box (nothing answers the offer twice)
            if (event.is_printable and event.character) or event.key == "enter":
                event.stop()
                event.prevent_default()
                if event.key != "enter":
                    self.typed(event.character)
            return
        if event.is_printable and event.character and not event.character.isspace():
            event.stop()
            event.prevent_default()
            self.typed(event.character)
            self.set_focus(None)  # the buttons take no more keys: a space typed next must not press "Carry on"
            self._answer(False)

    def action_answer(self, value: bool) -> None:
        self._answer(value)

    def _answer(self, value: bool) -> None:
        if not self._answered:
            self._answered = True
            self.dismiss(value)


class NewClientScreen(ConfirmScreen):
    """cl53 (nc51 #10): "New client?" in clinic mode. The focus starts on Cancel, so an Enter meant for a message never
    wipes a client. What is typed while the box is open is the next client's words: shown in the box, kept, and handed
    on in the answer box (the new client's with "New client", this client's with Cancel), never dropped or sent."""

    def __init__(self, question: str, typed_note: str, kept: str = "") -> None:
        super().__init__(question, "New client", "Cancel")
        self.typed_note = typed_note  # the line under the typed words (prompts/bot/new_client_typed.j2)
        self.words = kept  # typed so far (or words already in the answer box after a finished letter)
        self.kept = kept

    shows_typed = True
    safe_focus = True

    def on_mount(self) -> None:  # Textual runs ConfirmScreen.on_mount too: it puts the focus on Cancel
        self._show_words()

    def _show_words(self) -> None:
        shown = self.query_one("#typed", Static)
        shown.display = bool(self.words)
        if self.words:
            words = self.words if len(self.words) <= 120 else "..." + self.words[-117:]
            shown.update(Content(f'Typed: "{words}"\n{self.typed_note}'))

    def on_key(self, event) -> None:
        if self._answered:
            return
        if event.key == "enter" and self.words != self.kept:
            # nx64 (nc64 #7): "yes", "/restart", "no" typed here answer the question (the words are not the next
            # client's, nor put back in the box to cancel again); other words go on as before (Enter: Cancel, kept)
            from askfoi.conversation import new_client_answer

            typed = self.words[len(self.kept):] if self.words.startswith(self.kept) else self.words
            answer = new_client_answer(typed)
            if answer is not None:
                event.stop()
                event.prevent_default()
                self.words = self.kept
                self._answer(answer)
            return
        if event.key == "backspace" and self.words:
            self.words = self.words[:-1]
        elif event.is_printable and event.character and (self.words or not event.character.isspace()):
            self.words += event.character  # a space on its own is left to the focused button, as in any dialog
        else:
            return
        event.stop()
        event.prevent_default()
        self._show_words()


class SavingScreen(ConfirmScreen):
    """nz88: what askfoi keeps, chosen the first time it starts (and again with /saving): "Save on this computer" (True)
    or "Clinic mode" (False). The focus starts on clinic mode, the choice that writes nothing; Escape chooses neither
    (None: nothing is kept this time, and askfoi asks again next time). Letters typed meanwhile are the first message:
    kept (TYPED gets each), never taken as an answer."""

    BINDINGS = [Binding("escape", "unchosen", "Not now")]
    safe_focus = True

    def __init__(self, question: str, typed=None) -> None:
        super().__init__(question, "Save on this computer", "Clinic mode: keep nothing")
        self.keep_typed = typed

    words = ""
    shows_typed = True

    def on_mount(self) -> None:
        self.query_one("#typed", Static).display = False

    def on_key(self, event) -> None:
        if self._answered or self.keep_typed is None:
            return
        if event.key == "enter" and self.words.strip():
            # lead58: Enter after typing is sending the first message, not choosing: nothing is kept this time (as
            # Escape), askfoi asks again next time, and the message is sent - never held behind the question
            event.stop()
            event.prevent_default()
            self._answered = True
            self.dismiss("send")
            return
        if event.is_printable and event.character and (self.words or not event.character.isspace()):
            event.stop()
            event.prevent_default()
            self.words += event.character
            self.keep_typed(event.character)
            self.set_focus(None)  # a space typed next must not press a button: the person is writing, not choosing
            shown = self.query_one("#typed", Static)
            shown.display = True
            words = self.words if len(self.words) <= 60 else "..." + self.words[-57:]
            shown.update(Content(render("bot/saving_typed.j2", words=words).strip()))

    def action_unchosen(self) -> None:
        if not self._answered:
            self._answered = True
            self.dismiss(None)
