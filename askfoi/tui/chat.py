"""The chat area: the messages (newest at the bottom), quick-pick choices and the input box.

Every string shown here is wrapped in Content(...), which never parses markup, so text the person
types or the knowledge pack holds (say "[bold]" or "[/]") shows exactly as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message as TextualMessage
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from askfoi.conversation import Message


class Said(NamedTuple):
    """A line shown before the engine (and its Message model) is loaded: the greeting."""

    role: str
    text: str
    kind: str = "text"


class Bubble(Static):
    """One chat message: the bot on the left, the person on the right, the letter as a block."""

    def __init__(self, message: Message) -> None:
        classes = f"bubble {message.role}" + (" letter" if message.kind == "letter" else "")
        super().__init__(Content(message.text), classes=classes, markup=False)
        self.message = message
        if message.kind == "letter":
            self.border_title = "Your letter"


class Messages(VerticalScroll):
    """The conversation so far, anchored so new messages stay in view."""

    can_focus = False

    def on_mount(self) -> None:
        self.anchor()

    def on_resize(self) -> None:
        """The list of choices under the chat takes rows from it: keep the newest lines in view."""
        if self.is_anchored and not self._anchor_released:
            self.scroll_end(animate=False, immediate=True)

    awaiting: bool = False  # the person's message is shown and the answer to it has not come yet

    def add(self, message: Message) -> None:
        if message.role == "you":
            # lead38: whoever scrolled up to read and then answers wants to see the reply: back to the newest lines
            self.scroll_end(animate=False, immediate=True)
            self.awaiting = True
        elif self.awaiting:
            # nx82 (nc79 #14): scrolled up while the answer was worked out: the answer comes into view when it arrives
            # (a notice with no message of theirs before it leaves the reader where they are)
            self.awaiting = False
            if self._anchor_released:
                self.call_after_refresh(self.scroll_end, animate=False)
        self.mount(Bubble(message))
        if message.kind == "letter":
            # On a wide screen the letter is in the panel beside the chat: there a one-line pointer
            # stands in for it (CSS shows one or the other), so the letter is not shown twice.
            from askfoi.templates import render

            self.mount(Static(Content(render("bot/letter_beside.j2").strip()), classes="letter-beside", markup=False))

    def clear(self) -> None:
        self.remove_children()


class Choices(OptionList):
    """Suggestions under the input: organisation names as they type, periods, formats."""

    class Picked(TextualMessage):
        def __init__(self, text: str) -> None:
            self.text = text
            super().__init__()

    def show(self, items: list[str]) -> None:
        """Replace the options (left alone when unchanged, so the highlight is not lost)."""
        if items == [str(self.get_option_at_index(i).prompt) for i in range(self.option_count)]:
            self.display = bool(items)
            return
        self.clear_options()
        self.add_options([Option(Content(item)) for item in items])
        self.display = bool(items)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Picked(str(event.option.prompt)))


class PromptInput(Input):
    """The answer box. At the review step, with nothing typed, a digit is left to the app, which
    applies that fix at once (one key); everywhere else digits are typed as usual.

    A paste is kept whole: lines are joined with spaces (Textual's Input keeps only the first line),
    so a long pasted request can be edited here, never silently cut; what is sent keeps the paste's own line breaks
    (`with_line_breaks`: a pasted email's bullet list, a pasted reply's date line under its reference)."""

    given_back: str | None = None  # an answer typed ahead and given back into the box: the next key typed replaces it

    def on_mount(self) -> None:
        self._pastes: list[tuple[str, str]] = []  # (as shown in the box, as pasted)

    def with_line_breaks(self, value: str) -> str:
        """VALUE with each multi-line paste still in it, unedited, given back its line breaks."""
        for shown, pasted in getattr(self, "_pastes", []):
            if shown and shown in value:
                value = value.replace(shown, pasted, 1)
        return value

    def watch_value(self, value: str) -> None:
        if not value:
            self._pastes = []  # sent or cleared: the pastes went with it

    async def _on_key(self, event: events.Key) -> None:
        # nu21: where the terminal drops the selection, "ok" typed after "ok" given back became "okok": the first
        # printable key replaces the answer given back, here in the box's own key handling (no race with the app)
        given, self.given_back = self.given_back, None
        if given is not None and event.is_printable and self.value == given:
            self.value = ""
        # nu22: a digit applies a fix at the review step only with nothing typed, decided here, in the order the keys
        # were typed: an app-level binding saw the box still empty while "move 2 to 1" was on its way, and applied fix 1
        if event.character and event.character in "123456789" and not self.value \
                and self.app.check_action("quick_fix", (int(event.character),)):
            event.prevent_default()
            event.stop()
            self.app.action_quick_fix(int(event.character))
            return
        await super()._on_key(event)

    def _on_paste(self, event: events.Paste) -> None:
        lines = [line.rstrip() for line in event.text.splitlines()]
        text = " ".join(line.strip() for line in lines if line.strip())
        if text and len([line for line in lines if line.strip()]) > 1:
            self._pastes.append((text, "\n".join(lines).strip()))
        if text:
            if self.selection.is_empty:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *self.selection)
        event.prevent_default()  # not Input's own handler as well
        event.stop()


class ChatArea(Vertical):
    """Messages above, choices and the input below."""

    def compose(self) -> ComposeResult:
        yield Messages(id="messages")
        yield Choices(id="choices", markup=False)
        yield PromptInput(id="prompt", placeholder="Type your answer and press Enter  (/help for help)", max_length=0)

    def on_mount(self) -> None:
        self.query_one(Choices).display = False
