"""The chatbot's state machine, with no user interface in it.

A `Conversation` holds a `Session` (every answer, the current step, the numbered parts, the fixes
applied and the message history) and turns one line from the person into the bot's reply. The
Textual app only shows what this module returns, so the whole conversation can be tested, saved
and resumed without a terminal. Every line the bot says is a template in prompts/bot/; every word
the bot understands in a reply is in knowledge/vocab/conversation.yaml.

The core modules (checks, authorities, periods, drafting, deadlines, matching) are imported inside
the functions that use them, so starting the app stays fast and this module never pulls in Textual.
"""

from __future__ import annotations

import re
import urllib.parse
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Literal

from pydantic import BaseModel, Field

from askfoi.models import OUTCOME_LABELS, Regime
from askfoi.templates import render

if TYPE_CHECKING:  # only for type hints: these modules load lazily
    from askfoi.checks import CheckResult, Finding
    from askfoi.drafting import Letter
    from askfoi.matching import Forecast, SimilarResponse

MAX_ANSWER_CHARS = 4000  # longer than any sensible FOI request; stops pasted junk
MAX_PARTS = 12
SESSION_VERSION = 1


class Step(StrEnum):
    """The questions in the order the bot asks them."""

    about = "about"
    authority = "authority"
    period = "period"
    parts = "parts"
    review = "review"
    format = "format"
    name = "name"
    email = "email"
    done = "done"


STEPS: tuple[Step, ...] = tuple(Step)

STEP_LABELS: dict[Step, str] = {
    Step.about: "What you want",
    Step.authority: "Organisation",
    Step.period: "Time period",
    Step.parts: "Parts",
    Step.review: "Review",
    Step.format: "Format",
    Step.name: "Your name",
    Step.email: "Email",
    Step.done: "Letter",
}


class Message(BaseModel):
    """One line in the chat. kind 'letter' is the finished letter, shown as a block of its own."""

    role: Literal["bot", "you"]
    text: str
    kind: Literal["text", "letter"] = "text"


class Session(BaseModel):
    """Everything the person has told askfoi so far: what autosave writes and resume reads."""

    version: int = SESSION_VERSION
    step: Step = Step.about
    confirmed: list[Step] = Field(default_factory=list)  # steps answered at least once
    about: str = ""
    authority: str | None = None
    authority_known: bool = False
    period: str | None = None
    parts: list[str] = Field(default_factory=list)
    applied_fixes: list[str] = Field(default_factory=list)  # finding codes applied with one key
    preferred_format: str | None = None
    requester_name: str | None = None
    email: str | None = None
    history: list[Message] = Field(default_factory=list)
    pending_input: str = ""  # half-typed text in the input box

    @property
    def started(self) -> bool:
        """True once the person has answered anything (only then is resuming worth offering)."""
        return bool(self.about)


Action = Literal["copy", "save_txt", "save_eml", "mailto", "help", "restart", "new_client"]


class Turn(BaseModel):
    """What one reply produced: the bot's new messages and anything the interface must do."""

    messages: list[Message] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)


class Insight(BaseModel):
    """The side panels: findings with their fixes, similar past responses, the forecast, the draft.

    Typed loosely so this module need not import checks and matching until they are used."""

    regime: Regime | None = None
    findings: list[Any] = Field(default_factory=list)  # askfoi.checks.Finding
    similar: list[Any] = Field(default_factory=list)  # askfoi.matching.SimilarResponse
    forecast: Any | None = None  # askfoi.matching.Forecast
    matching_ready: bool = False
    letter: str = ""  # the draft as it stands, plain text
    due: date | None = None


# ---------------------------------------------------------------------------
# Understanding short replies
# ---------------------------------------------------------------------------


def _vocab() -> dict[str, list[str]]:
    from askfoi.knowledge import load_vocab, warn_problems_once

    data, problems = load_vocab("conversation", list[str])
    warn_problems_once(list(problems))
    return data


def _words(key: str) -> list[str]:
    return [w.lower() for w in _vocab().get(key, [])]


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower()).rstrip(".!")


def is_accept(text: str) -> bool:
    return _normal(text) in _words("accept")


def is_skip(text: str) -> bool:
    return _normal(text) in _words("skip")


def format_choices() -> list[str]:
    return list(_vocab().get("formats", []))


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


def clean_input(text: str) -> str:
    """Drop control characters and outer space: a paste of binary junk leaves little or nothing."""
    text = _ESCAPE_SEQUENCE.sub("", text)  # terminal colour codes and the like, pasted along with text
    return _CONTROL.sub("", text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")).strip()


EMAIL_RE = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")
SLASH_COMMANDS = ("back", "restart", "help", "copy", "save", "email", "new")


def split_numbered(text: str) -> list[str]:
    """'1. a\n2. b' (or one part per line) -> ['a', 'b']: reading a whole-text rewrite back into parts.

    Unnumbered lines after a numbered list are dropped: they are the request's preamble or a repeat."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    numbered = [re.sub(r"^\(?\d{1,2}[.)]\s*", "", ln) for ln in lines if re.match(r"^\(?\d{1,2}[.)]\s", ln)]
    return numbered or lines


# ---------------------------------------------------------------------------
# The conversation
# ---------------------------------------------------------------------------


class Conversation:
    """One person's conversation. Methods take what they typed and return the bot's reply.

    `today` is a clock (a function) so tests and snapshots can fix the date; `matcher` is the
    matching index once the interface has loaded it in the background (None until then: the bot
    then says similar responses are still loading instead of waiting for them).
    """

    def __init__(
        self,
        session: Session | None = None,
        *,
        today: Callable[[], date] = date.today,
        matcher: Any | None = None,
    ) -> None:
        self.session = session or Session()
        self.today = today
        self.matcher = matcher
        self._checked: dict[tuple, CheckResult] = {}

    # -- starting --------------------------------------------------------------------------

    def start(self) -> Turn:
        """The greeting and the first question (only for a fresh session)."""
        turn = Turn()
        self._say(turn, render("bot/greeting.j2"))
        return turn

    def restart(self) -> Turn:
        """Forget every answer and greet again."""
        self.session = Session()
        turn = self.start()
        turn.actions.append("restart")
        return turn

    def resume(self) -> Turn:
        """Welcome back: say where we were and ask the current question again."""
        turn = Turn()
        self._say(turn, render("bot/resumed.j2", step=STEP_LABELS[self.session.step]))
        self._ask(turn, self.session.step)
        return turn

    def notice(self, template: str, **context: Any) -> Turn:
        """A line the interface asks the bot to say (after copying, saving ...), kept in the history."""
        turn = Turn()
        self._say(turn, render(f"bot/{template}.j2", **context))
        return turn

    # -- answering ---------------------------------------------------------------------------

    def reply(self, raw: str) -> Turn:
        """Take one line from the person and answer it."""
        turn = Turn()
        text = clean_input(raw)
        if len(text) > MAX_ANSWER_CHARS:
            self._say(turn, render("bot/too_long.j2", limit=MAX_ANSWER_CHARS, length=len(text)))
            return turn
        if not text:
            if raw.strip():
                self._say(turn, render("bot/unreadable.j2"))
            else:
                self._say(turn, render("bot/empty.j2"))
            return turn
        self.session.history.append(Message(role="you", text=text))
        if text.startswith("/"):
            return self._command(text, turn)
        handler = getattr(self, f"_answer_{self.session.step.value}")
        handler(text, turn)
        return turn

    def go_back(self) -> Turn:
        """Back one step; the current answer is shown so it can be kept or changed."""
        turn = Turn()
        index = STEPS.index(self.session.step)
        if index == 0:
            self._say(turn, render("bot/at_start.j2"))
            return turn
        previous = STEPS[index - 1]
        if previous == Step.review and not self._findings():
            previous = Step.parts
        return self.go_to(previous, turn)

    def go_to(self, step: Step, turn: Turn | None = None) -> Turn:
        """Jump to any step (one the person has reached) and ask it again."""
        turn = turn or Turn()
        reached = set(self.session.confirmed) | {self.session.step}
        if step not in reached:
            self._say(turn, render("bot/not_yet.j2", step=STEP_LABELS[step]))
            return turn
        self.session.step = step
        self._ask(turn, step, again=True)
        return turn

    def apply_fix(self, number: int) -> Turn:
        """Apply finding NUMBER (1-based, as listed): its rewrite replaces the parts."""
        turn = Turn()
        findings = self._findings()
        if not 1 <= number <= len(findings):
            self._say(turn, render("bot/no_such_fix.j2", number=number, count=len(findings)))
            return turn
        finding = findings[number - 1]
        if not finding.rewrite:
            step = fix_step(finding.code)
            reached = set(self.session.confirmed) | {self.session.step}
            if step is None:
                self._say(turn, render("bot/fix_by_hand.j2", finding=finding))
                return turn
            if step not in reached:  # e.g. "add a period" while still choosing the organisation
                self._say(turn, render("bot/fix_later.j2", finding=finding, step=STEP_LABELS[step]))
                return turn
            self._say(turn, render("bot/fix_go_to.j2", finding=finding, step=STEP_LABELS[step]))
            return self.go_to(step, turn)
        new_parts = split_numbered(finding.rewrite)[:MAX_PARTS]
        if new_parts:
            self.session.parts = new_parts
        self.session.applied_fixes.append(finding.code)
        self._unconfirm(Step.review)
        self._say(turn, render("bot/fix_applied.j2", finding=finding, parts=self.session.parts))
        if self.session.step == Step.review:
            self._ask(turn, Step.review)
        return turn

    # -- what the interface shows beside the chat -----------------------------------------------

    def choices(self, typed: str = "") -> list[str]:
        """Quick picks for the current step: authority names as they type, periods, formats."""
        step = self.session.step
        if step == Step.authority:
            if len(typed.strip()) < 2:
                return []
            from askfoi.authorities import suggest_authorities

            return [a.name for a in suggest_authorities(typed.strip())]
        if step == Step.period:
            from askfoi.periods import period_choices

            return [_period_choice(p) for p in period_choices(self.today())]
        if step == Step.format:
            return format_choices()
        return []

    def request_text(self) -> str:
        """What is being asked, as the checks and the matcher read it."""
        if self.session.parts:
            return "\n".join(f"{i}. {p}" for i, p in enumerate(self.session.parts, 1))
        return self.session.about

    def regime(self) -> Regime | None:
        letter = self.letter()
        return letter.regime if letter else None

    def letter(self) -> Letter | None:
        """The letter as it stands, or None before there is anything to ask for."""
        s = self.session
        if not s.parts:
            return None
        from askfoi.drafting import Answers, draft_letter

        answers = Answers(
            authority=s.authority or render("bot/authority_placeholder.j2").strip(),
            requester_name=s.requester_name,
            email=s.email,
            parts=s.parts,
            period=s.period,
            preferred_format=s.preferred_format,
            regime=Regime.SAR if self._is_sar() else None,
        )
        return draft_letter(answers, today=self.today())

    def letter_text(self, fmt: Literal["text", "markdown", "eml"] = "text") -> str:
        from askfoi.drafting import render_letter

        letter = self.letter()
        return render_letter(letter, fmt) if letter else ""

    def due(self) -> date | None:
        """The date the reply is due if the letter is sent today."""
        letter = self.letter()
        if letter is None:
            return None
        if letter.due:
            return letter.due
        from askfoi.deadlines import deadline

        return deadline(self.today(), letter.regime).due

    def mailto_url(self) -> str:
        """A mailto: link with the subject and body filled in (the address where askfoi knows it)."""
        letter = self.letter()
        if letter is None:
            return ""
        query = urllib.parse.urlencode(
            {"subject": letter.subject, "body": letter.body}, quote_via=urllib.parse.quote
        )
        return f"mailto:{urllib.parse.quote(letter.to or '', safe='@')}?{query}"

    def save_letter(self, folder: Path, fmt: Literal["txt", "eml"] = "txt") -> Path:
        """Write the letter into FOLDER under a name that does not overwrite an earlier one."""
        text = self.letter_text("eml" if fmt == "eml" else "text")
        if not text:
            raise ValueError(render("bot/no_letter.j2").strip())
        stem = "foi-request-" + (re.sub(r"[^a-z0-9]+", "-", (self.session.authority or "").lower()).strip("-") or "letter")
        stem = f"{stem[:60]}-{self.today().isoformat()}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{stem}.{fmt}"
        n = 2
        while path.exists():
            path = folder / f"{stem}-{n}.{fmt}"
            n += 1
        path.write_text(text, encoding="utf-8")
        return path

    def insight(self) -> Insight:
        """Findings, similar past responses, forecast and the draft for the side panels."""
        s = self.session
        text = self.request_text()
        if not text:
            return Insight(matching_ready=self.matcher is not None)
        check = self._check(text, s.parts or None)
        similar: list[SimilarResponse] = []
        forecast: Forecast | None = None
        if self.matcher is not None:
            result = self.matcher.match(text, authority=s.authority, top=5, parts=s.parts or None)
            similar, forecast = list(result.similar), result.forecast
        letter = self.letter()
        return Insight(
            regime=letter.regime if letter else check.regime,
            findings=list(check.findings),
            similar=similar,
            forecast=forecast,
            matching_ready=self.matcher is not None,
            letter=self.letter_text() if letter else "",
            due=self.due() if letter else None,
        )

    # -- the steps ---------------------------------------------------------------------------------

    def _answer_about(self, text: str, turn: Turn) -> None:
        from askfoi.drafting import propose_parts

        if is_accept(text) and self.session.about:  # "ok" after /back: keep what they wrote
            self._advance(Step.about, turn)
            return
        changed = text != self.session.about
        self.session.about = text
        if changed or not self.session.parts:
            self.session.parts = propose_parts(text)[:MAX_PARTS] or [text]
            self.session.applied_fixes = []
            for step in (Step.parts, Step.review):
                self._unconfirm(step)
        sar = self._check(text, None).regime == Regime.SAR
        check = self._check(self.request_text(), self.session.parts)  # what the panel shows too
        similar = []
        if self.matcher is not None:
            similar = list(self.matcher.match(text, authority=self.session.authority, top=3).similar)
        self._say(
            turn,
            render(
                "bot/seen.j2",
                parts=self.session.parts,
                rephrased=self.session.parts != [text],
                sar=sar,
                findings=check.findings[:3],
                more_findings=max(0, len(check.findings) - 3),
                similar=[similar_line(r) for r in similar],
                matching_ready=self.matcher is not None,
            ),
        )
        self._advance(Step.about, turn)

    def _answer_authority(self, text: str, turn: Turn) -> None:
        from askfoi.authorities import resolve_authority

        if is_accept(text) and self.session.authority:
            self._advance(Step.authority, turn)
            return
        found = resolve_authority(text)
        if found is None:
            self._ask(turn, Step.authority)
            return
        if self.session.authority != (found.name if found.known else text):
            self._unconfirm(Step.review)
        self.session.authority = found.name if found.known else text
        self.session.authority_known = found.known
        hours = None
        if found.cost_limit and found.hourly_rate:
            hours = round(found.cost_limit / found.hourly_rate)
        self._say(turn, render("bot/authority_ok.j2", authority=found, typed=text, hours=hours))
        self._advance(Step.authority, turn)

    def _answer_period(self, text: str, turn: Turn) -> None:
        from askfoi.periods import parse_period, period_choices

        if is_accept(text) and self.session.period:
            self._advance(Step.period, turn)
            return
        if is_skip(text):
            self.session.period = None
            self._say(turn, render("bot/period_skipped.j2"))
            self._advance(Step.period, turn)
            return
        choices = period_choices(self.today())
        period = None
        if text.isdecimal() and 1 <= int(text) <= len(choices) and len(text) < 3:
            period = choices[int(text) - 1]
        else:
            period = parse_period(text, today=self.today())
        if period is None:
            from askfoi.periods import explain_period_error

            reason = explain_period_error(text, today=self.today())
            self._say(turn, render("bot/period_unclear.j2", reason=reason, choices=[_period_choice(p) for p in choices]))
            return
        if period.label != self.session.period:
            self._unconfirm(Step.review)
        self.session.period = period.label
        self._say(turn, render("bot/period_ok.j2", label=period.label))
        self._advance(Step.period, turn)

    def _answer_parts(self, text: str, turn: Turn) -> None:
        parts = self.session.parts
        if is_accept(text):
            if not parts:
                self._say(turn, render("bot/parts_empty.j2"))
                return
            self._advance(Step.parts, turn)
            return
        verb, _, rest = text.partition(" ")
        verb = verb.lower().rstrip(":")
        rest = rest.strip()
        number = re.match(r"^(\d{1,2})\b[.:)]?\s*(.*)$", rest, re.S)
        result: str
        if verb in _words("remove") and number and not number.group(2):
            n = int(number.group(1))
            if not 1 <= n <= len(parts):
                result = render("bot/no_such_part.j2", number=n, count=len(parts))
            else:
                removed = parts.pop(n - 1)
                result = render("bot/part_removed.j2", number=n, text=removed)
        elif verb in _words("edit") and number and number.group(2):
            n = int(number.group(1))
            if not 1 <= n <= len(parts):
                result = render("bot/no_such_part.j2", number=n, count=len(parts))
            else:
                parts[n - 1] = number.group(2).strip()
                result = render("bot/part_edited.j2", number=n)
        elif verb in _words("move") and (m := re.match(r"^(\d{1,2})\s+(?:to\s+)?(\d{1,2})$", rest)):
            a, b = int(m.group(1)), int(m.group(2))
            if not (1 <= a <= len(parts) and 1 <= b <= len(parts)):
                result = render("bot/no_such_part.j2", number=a if not 1 <= a <= len(parts) else b, count=len(parts))
            else:
                parts.insert(b - 1, parts.pop(a - 1))
                result = render("bot/part_moved.j2", source=a, target=b)
        else:
            new = rest if verb in _words("add") and rest else text
            if len(parts) >= MAX_PARTS:
                result = render("bot/too_many_parts.j2", limit=MAX_PARTS)
            else:
                parts.append(new)
                result = render("bot/part_added.j2", number=len(parts), guessed=not (verb in _words("add") and rest))
        self._unconfirm(Step.review)
        self._say(turn, result)
        self._ask(turn, Step.parts)

    def _answer_review(self, text: str, turn: Turn) -> None:
        findings = self._findings()
        number = re.match(r"^(?:fix\s*)?(\d{1,2})$", text.strip().lower())
        if number:
            applied = self.apply_fix(int(number.group(1)))
            turn.messages.extend(applied.messages)
            return
        if is_accept(text) or is_skip(text) or not findings:
            self._advance(Step.review, turn)
            return
        self._say(turn, render("bot/review_unclear.j2", count=len(findings)))

    def _answer_format(self, text: str, turn: Turn) -> None:
        choices = format_choices()
        if is_skip(text):
            self.session.preferred_format = None
        elif text.isdecimal() and 1 <= int(text) <= len(choices) and len(text) < 3:
            self.session.preferred_format = choices[int(text) - 1]
        elif is_accept(text) and self.session.preferred_format:
            pass
        else:
            self.session.preferred_format = text
        self._say(turn, render("bot/format_ok.j2", fmt=self.session.preferred_format))
        self._advance(Step.format, turn)

    def _answer_name(self, text: str, turn: Turn) -> None:
        required = self._name_required()
        if is_accept(text) and self.session.requester_name:
            self._advance(Step.name, turn)
            return
        if is_skip(text):
            if required:
                self._say(turn, render("bot/name_required.j2", regime=self.regime()))
                return
            self.session.requester_name = None
        elif len(text) > 120 or "\n" in text:
            self._say(turn, render("bot/name_unclear.j2"))
            return
        else:
            self.session.requester_name = text
        self._advance(Step.name, turn)

    def _answer_email(self, text: str, turn: Turn) -> None:
        if is_skip(text):
            self.session.email = None
        elif is_accept(text) and self.session.email:
            pass
        elif not EMAIL_RE.match(text):
            self._say(turn, render("bot/email_unclear.j2", typed=text))
            return
        else:
            self.session.email = text
        self._advance(Step.email, turn)

    def _answer_done(self, text: str, turn: Turn) -> None:
        self._say(turn, render("bot/done_hint.j2"))

    # -- slash commands ------------------------------------------------------------------------------

    def _command(self, text: str, turn: Turn) -> Turn:
        name, _, arg = text[1:].partition(" ")
        name, arg = name.lower(), arg.strip().lower()
        if name == "back":
            back = self.go_back()
            turn.messages.extend(back.messages)
        elif name == "restart":
            return self.restart()
        elif name == "help":
            self._say(turn, render("bot/help.j2"))
            turn.actions.append("help")
        elif name in ("copy", "save", "email"):
            if not self.session.parts:
                self._say(turn, render("bot/no_letter.j2"))
            elif name == "copy":
                turn.actions.append("copy")
            elif name == "email":
                turn.actions.append("mailto")
            else:
                turn.actions.append("save_eml" if arg in ("eml", ".eml", "email") else "save_txt")
        elif name == "new":
            turn.actions.append("new_client")
        else:
            self._say(turn, render("bot/unknown_command.j2", typed=text, commands=SLASH_COMMANDS))
        return turn

    # -- helpers ---------------------------------------------------------------------------------------

    def _say(self, turn: Turn, text: str, kind: Literal["text", "letter"] = "text") -> None:
        message = Message(role="bot", text=text.strip(), kind=kind)
        self.session.history.append(message)
        turn.messages.append(message)

    def _unconfirm(self, step: Step) -> None:
        if step in self.session.confirmed:
            self.session.confirmed.remove(step)

    def _advance(self, answered: Step, turn: Turn) -> None:
        """Mark ANSWERED done and ask the next question not yet answered (or show the letter)."""
        if answered not in self.session.confirmed:
            self.session.confirmed.append(answered)
        if self._name_required() and not self.session.requester_name:
            self._unconfirm(Step.name)  # e.g. the organisation changed from an EIR-only body
        start = STEPS.index(answered) + 1
        for step in STEPS[start:]:
            if step == Step.done or step not in self.session.confirmed:
                if step == Step.review and not self._findings():
                    self.session.confirmed.append(Step.review)
                    self._say(turn, render("bot/review_clean.j2"))
                    continue
                self.session.step = step
                self._ask(turn, step)
                return

    def _ask(self, turn: Turn, step: Step, again: bool = False) -> None:
        s = self.session
        if step == Step.about:
            self._say(turn, render("bot/ask_about.j2", current=s.about if again else ""))
        elif step == Step.authority:
            self._say(turn, render("bot/ask_authority.j2", current=s.authority if again else None))
        elif step == Step.period:
            self._say(turn, render("bot/ask_period.j2", current=s.period if again else None, choices=self.choices()))
        elif step == Step.parts:
            self._say(turn, render("bot/ask_parts.j2", parts=s.parts))
        elif step == Step.review:
            findings = self._findings()
            steps = [fix_step(f.code) for f in findings]
            labels = [STEP_LABELS[st] if st and not f.rewrite else None for f, st in zip(findings, steps)]
            self._say(turn, render("bot/ask_review.j2", findings=findings, fix_steps=labels))
        elif step == Step.format:
            self._say(turn, render("bot/ask_format.j2", choices=format_choices(), current=s.preferred_format if again else None))
        elif step == Step.name:
            self._say(turn, render("bot/ask_name.j2", required=self._name_required(), regime=self.regime(), current=s.requester_name if again else None))
        elif step == Step.email:
            self._say(turn, render("bot/ask_email.j2", current=s.email if again else None))
        else:
            letter = self.letter()
            self._say(turn, render("bot/done.j2", due=_long_date(self.due()), regime=letter.regime if letter else None, today=_long_date(self.today())))
            self._say(turn, self.letter_text(), kind="letter")

    def _check(self, text: str, parts: list[str] | None) -> CheckResult:
        """check_request, remembered for the last few inputs (the steps ask the same thing often)."""
        from askfoi.checks import check_request

        s = self.session
        key = (text, s.authority, s.period, tuple(parts or ()))
        if key not in self._checked:
            if len(self._checked) > 16:
                self._checked.clear()
            self._checked[key] = check_request(text, s.authority, period=s.period, parts=parts)
        return self._checked[key]

    def _findings(self) -> list[Finding]:
        text = self.request_text()
        return list(self._check(text, self.session.parts or None).findings) if text else []

    def _is_sar(self) -> bool:
        return bool(self.session.about) and self._check(self.session.about, None).regime == Regime.SAR

    def _name_required(self) -> bool:
        """A real name is required for FOIA and FOISA (s8) and a subject access request; not for the EIR."""
        regime = self.regime()
        return regime != Regime.EIR


def fix_step(code: str) -> Step | None:
    """The step that fixes a finding without a ready-made rewrite (knowledge/vocab/fix_steps.yaml)."""
    from askfoi.knowledge import load_vocab, warn_problems_once

    data, problems = load_vocab("fix_steps", str)
    warn_problems_once(list(problems))
    name = data.get(code) if isinstance(data, dict) else None
    return Step(name) if name in Step.__members__ else None


def _period_choice(period: Any) -> str:
    """'Last calendar year: 1 January 2025 to 31 December 2025' (just the dates when it has no name)."""
    name = getattr(period, "name", None)
    return f"{name}: {period.label}" if name else period.label


def _long_date(day: date | None) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}" if day else ""


def similar_line(r: SimilarResponse) -> dict[str, str]:
    """One similar past response as plain strings for display."""
    return {
        "title": r.title,
        "authority": r.authority,
        "outcome": OUTCOME_LABELS.get(r.outcome, str(r.outcome)),
        "sections": ", ".join(r.sections),
        "date": r.date or "",
    }
