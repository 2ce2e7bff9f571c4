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

    def __init__(self, question: str, yes: str, no: str, typed=None) -> None:
        super().__init__()
        self.question, self.yes, self.no = question, yes, no
        # nu29: TYPED (a callable taking the character) makes typing an answer of its own: a person who starts to write
        # chose neither button but "no", and what they type is handed on, never lost to the focused button
        self.typed = typed

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(self.question), classes="question", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(Content(self.yes), id="yes", variant="primary")
                yield Button(Content(self.no), id="no")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def on_key(self, event) -> None:
        if self.typed is not None and event.is_printable and event.character and not event.character.isspace():
            event.stop()
            event.prevent_default()
            self.typed(event.character)
            self.dismiss(False)

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
