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

from pydantic import BaseModel, Field, field_validator

from askfoi.email_address import is_email  # the one rule, shared with the letter's headers
from askfoi.models import OUTCOME_LABELS, Outcome, Regime
from askfoi.templates import render

if TYPE_CHECKING:  # only for type hints: these modules load lazily
    from askfoi.checks import Finding
    from askfoi.letter import Letter
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


# ny91 (nc88 #9): how people start the answer to "what does this word point at" ("i mean ...", "its the ...")
_POINTER_LEAD = re.compile(r"(?i)^(?:(?:no|yes|yeah|sorry|oh|ah|ok|okay)\s*[,.!]?\s+)*(?:(?:by\s+\S+\s+)?i\s+mean[t]?|i\s+meant|"
                           r"it'?s|its|it\s+is|they'?re|theyre|they\s+are|that'?s|thats|that\s+is|meaning|"
                           r"(?:them|it|they|that|this)\s+(?:is|are|means?))\s*[:,-]?\s*")
# an answer that is a sentence of its own, a command or a refusal, never the thing a word points at
_NOT_A_THING = re.compile(r"(?i)^(?:i|we|you|he|she|they|please|can|could|will|would|should|do|does|did|is|are|was|"
                          r"what|why|how|when|where|who|which|no|not|nothing|never|remove|delete|edit|add|move|change|"
                          r"keep|leave|skip|back|go|ok|okay|yes|yeah)\b")


class Message(BaseModel):
    """One line in the chat. kind 'letter' is the finished letter, shown as a block of its own."""

    role: Literal["bot", "you"]
    text: str
    kind: Literal["text", "letter"] = "text"

    @field_validator("text")
    @classmethod
    def _safe_to_show(cls, v: str) -> str:
        """Whatever made it (a session file, a record, a reply), a chat line never carries escape sequences."""
        from askfoi.safe_text import clean_text

        return clean_text(v)


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
    # Additive (framing): what the first message was read as. frames: askfoi.framing.Frame as dicts.
    frames: list[dict] = Field(default_factory=list)
    pending_frames: list[dict] = Field(default_factory=list)  # questions not yet framed, waiting for a kind
    notes: list[str] = Field(default_factory=list)  # the person's own conditions kept on the letter (letter_notes)
    spelling_offer: list[list[str]] = Field(default_factory=list)  # [typed, proposed], waiting for yes or no
    spelling_typed: str = ""  # the message the spelling offer is about, as typed
    spelling_asked_again: bool = False  # an unclear answer was asked about once; a second one keeps the spelling
    authority_from_text: str | None = None  # the organisation as the message named it
    period_from_text: str | None = None  # the period as the message stated it ("2024/25")
    period_year: str | None = None  # ad51: the period was read by the body's own year (a university's 1 August), said
    period_not_asked: bool = False  # (tr5) a subject access request: its dates stay with each record, no period step
    # nx70 (nc67 #12): what the person told at the check step that the checks read with the story ("he's dead")
    told_later: list[str] = Field(default_factory=list)
    authority_picks: list[str] = Field(default_factory=list)  # (tr5) bodies offered by number at the organisation step
    authority_unsure: str | None = None  # (tr5) an unknown name that may not be a body, asked about once
    name_unsure: str | None = None  # a name with no surname ("dave p"), asked about once; "ok" keeps it
    authority_places: list[str] = Field(default_factory=list)  # (tr5) places the message names, whose bodies are picks
    authority_question: str | None = None  # (org14) the message names the body only by its kind: which one?
    authority_kind: str | None = None  # (ck22) that kind ("hospital"): a bare town typed at that question is no answer
    authority_said: str | None = None  # au58: what the person said the body is ("the housing association"), typed with it
    authority_note: str | None = None  # (ck26) what the body proposed from the message is ("a GP practice is ...")
    nothing_to_keep: list[Step] = Field(default_factory=list)  # (tr5) steps where "ok" found nothing to keep
    pasted_reply: str = ""  # (tr5) a pasted reply sent to the reply path; "new request" makes it the first message
    privacy_warned: bool = False  # (nu18) "ok" over other people's personal data was asked about once
    sent_on: date | None = None  # (ck23b) the day the person said the letter was sent (tracked): nothing to carry on
    # nz79 (nc79 #9): a reply read on the reply screen for this letter: outcome, ncnd, after_review, final (a decision,
    # not a holding reply), chased (a chaser was written there): what "can I complain to the ICO?" is answered from
    reply_read: dict = Field(default_factory=dict)
    asked: str = ""  # (ck24b) the question askfoi asked about while a few words answered it ("the emails")
    subject_name: str | None = None  # (ck24b) a subject access request made for someone: that person's name
    sent_pending: str = ""  # (ck24b) "sent" said before the organisation was known: tracked once it is named
    subject_name_waiting: bool = False  # (ck24b) their name is asked for at the name step, after the person's own
    another_route: str = ""  # (ck25a) the first message asks for records FOI will not give: the finding's code, "ahra"
    route_letter: str = ""  # (ck25a) the Access to Health Records Act letter written for it (copied and saved as the letter)
    # (ck32) questions the first message put to other bodies: [{"authority": ..., "questions": [...]}], each a separate
    # request, kept as a note and offered when this letter is done
    other_requests: list[dict] = Field(default_factory=list)
    # (cl53, nc51 #4) a subject access message's FOI questions, set aside from that letter: offered when it is done as
    # the next letter for the same client (Conversation.next_letter), with the period the message gave
    foi_aside: list[str] = Field(default_factory=list)
    foi_aside_period: str | None = None
    foi_aside_period_text: str | None = None
    # (cl55, nc55 #8) a new request typed after this letter was done: kept until the person says where it goes
    new_story: str = ""
    # (af100, nc99 j5) the steps ("name", "email") /next kept from the letter before and so never asked in this one:
    # said in one line when this letter is finished (each dropped once its question is asked here)
    carried: list[str] = Field(default_factory=list)

    @property
    def started(self) -> bool:
        """True once the person has answered anything (only then is resuming worth offering)."""
        return bool(self.about)


Action = Literal["copy", "save_txt", "save_eml", "mailto", "help", "restart", "new_client", "reply"]


class Turn(BaseModel):
    """What one reply produced: the bot's new messages and anything the interface must do."""

    messages: list[Message] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    save_to: str | None = None  # "/save [eml] FOLDER": the folder the person named for save_txt/save_eml
    reply_text: str | None = None  # (tr5) action "reply": a reply the person pasted, for the reply path to read
    # action "reply" for someone waiting: what the tracking box starts with (the body named, the day sent)
    track_text: str | None = None
    track_topic: str | None = None  # what the waiting person says their request asked ("for the number of ...")
    # (cl55, nc55 #8) action "new_client": a new client's story typed after a finished letter, kept for the new client
    kept_text: str | None = None
    # nx70 (nc67 #12): what the answer box starts with (a part's edit command, the part filled in, after a fix that
    # takes the person back to it)
    prompt_text: str | None = None


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
    # rv58 (nc58 #7): for each finding, whether going back to a step can fix it (never the parts for words not in them)
    fixable: list[bool] = Field(default_factory=list)


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


def _instructions(text: str) -> list[str]:
    """ny82 (nc82 #9): TEXT typed at the parts step cut before each further instruction that opens with a command
    word (conversation.yaml instruction_verbs) after a full stop or a semicolon, or after "and",
    "also", "then" or "plus" ("there means oxford road. and add how many fines ..."); TEXT alone when it has none."""
    verbs = "|".join(re.escape(w) for w in _words("instruction_verbs"))
    if not verbs:
        return [text]
    cut = re.compile(rf"(?i)(?:[.;]\s+(?:(?:and|also|then|plus)\s+)*|,?\s+(?:and|also|then|plus)\s+(?:(?:also|then)\s+)*)"
                     rf"(?=(?:{verbs})\s+\S)")
    out, at = [], 0
    for m in cut.finditer(text or ""):
        if text[at:m.start()].strip():
            out.append(text[at:m.start()].strip())
            at = m.end()
    out.append(text[at:].strip())
    return [c for c in out if c] or [text]


def back_step(said: str) -> Step | None:
    """lf64 (nc61 #8): the step "/back SAID" names ("organisation", "the period", "parts"), by the words in
    knowledge/vocab/conversation.yaml back_*, or by its label ("Time period"); None when SAID names none."""
    words = [w for w in re.findall(r"[a-z]+", (said or "").lower()) if w not in ("the", "to", "step", "go", "back", "change")]
    if not words:
        return None
    typed = " ".join(words)
    for step in STEPS:
        if step != Step.done and (typed in _words(f"back_{step.value}") or typed == STEP_LABELS[step].lower()):
            return step
    return None


def reply_question(text: str) -> str | None:
    """rv61 (nc61 #14): "ncnd" or "reply" when TEXT asks about a reply's decision ("chase", ny67: about chasing it) (its words in
    knowledge/vocab/conversation.yaml reply_question_*: a "?" or a question word first, and a decision's words), else
    None."""
    said = " ".join(text.lower().split())[:500]
    first = re.match(r"\W*([a-z']+(?:\s+on)?)", said)
    if "?" not in said and not (first and first.group(1) in _words("reply_question_open")) \
            and not any(re.search(p, said) for p in _words("reply_question_asking")) \
            and not any(re.search(p, said) for p in _words("own_complaint")):  # ny102: "..., how do i complain to the commissioner"
        return None
    for key, topic in (("reply_question_covered", "covered"), ("reply_question_complain", "complain"), ("reply_question_chase", "chase"),
                       ("reply_question_review", "review"), ("reply_question_ncnd", "ncnd"), ("reply_question_terms", "reply")):
        for pattern in _words(key):
            try:
                if re.search(pattern, said):
                    return topic
            except re.error:
                continue
    return None


def _removal(text: str, count: int, parts: list[str] | None = None) -> int | None:
    """lead40 (nc43 #14): the part number an instruction to remove names in words ("take out the second one", "delete
    part 3", "get rid of the last one", "remove no. 2"), or None when TEXT is no such instruction. nx70: "the bit about
    my neighbour" is the one part of PARTS with those words; 0 when no part or more than one has them (ask which)."""
    verbs = sorted(_words("remove") + _words("remove_phrases"), key=len, reverse=True)
    m = re.match(r"(?i)^\W*(?:(?:please|can\s+you|could\s+you|just|and)\s+)*(?:%s)\b\s*(?P<what>.*?)\W*(?:please|thanks)?\W*$"
                 % "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs), text.strip())
    if not m:
        return None
    if not m.group("what").strip():
        return None  # "skip", "drop": a word alone is no instruction about a part
    what = re.sub(r"(?i)^(?:the|that|this)\s+", "", m.group("what").strip())
    what = re.sub(r"(?i)\s+(?:one|part|question|bit|point)$", "", what)
    what = re.sub(r"(?i)^(?:part|question|number|no\.?|item|point|#)\s*", "", what).strip(" .")
    if re.fullmatch(r"\d{1,2}", what):
        return int(what)
    if what.lower() == "last" and count:
        return count
    ordinals = _words("ordinals")
    low = re.sub(r"(?i)^(\d{1,2})(?:st|nd|rd|th)$", r"\1", what.lower())
    if low.isdigit():
        return int(low)
    if low in ordinals:
        return ordinals.index(low) + 1
    # "remove the bins part", "take out the one about parking": a removal that names no number (0: ask which)
    if not re.search(r"(?i)\b(?:part|question|bit|one|point|item)\b", m.group("what")):
        return None
    about = re.search(r"(?i)\b(?:about|on|with|for|asking)\s+(?P<words>.+)$", m.group("what"))
    words = {w for w in re.findall(r"[a-z]{3,}", (about.group("words") if about else "").lower())
             if w not in {"the", "that", "this", "his", "her", "their", "our", "about", "part", "bit", "one", "question"}}
    named = [i for i, p in enumerate(parts or [], 1)
             if words and words <= set(re.findall(r"[a-z]{3,}", p.lower()))]
    return named[0] if len(named) == 1 else 0


def _asks_something(text: str) -> bool:
    """nx70: TEXT is a question ("so how do i get the report", "why?"): it ends with "?" or opens with a question word
    (knowledge/vocab/conversation.yaml reply_question_open)."""
    said = _normal(text)
    first = said.split()[0] if said.split() else ""
    return said.endswith("?") or first in _words("reply_question_open") or bool(
        re.search(r"(?i)\b(?:how|what|why|where|who)\s+(?:do|does|did|can|could|should|would|is|are)\b", said))


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower()).rstrip(".!")


def _same_part(a: str, b: str) -> bool:
    """nx101: parts A and B ask the same thing in the same words (case, spaces and the end's stop aside)."""
    said = lambda t: " ".join(re.findall(r"[a-z0-9£%]+", t.lower()))  # noqa: E731
    return bool(said(a)) and said(a) == said(b)


def _as_part(typed: str) -> str:
    """A part the person typed ("add", "edit 2") as the letter writes a part: a capital first letter and its end
    mark ("?" after a question, "." after a request); the words themselves as typed (nu17)."""
    from askfoi.framing import capitalise_names
    from askfoi.kept_questions import finish_sentence

    # mx101 (nc101 j4): the writer's "i" as a letter writes it ("the repair complaints I made"); never a list's "(i)" or
    # "i.e."
    typed = _LOWER_I.sub("I", typed.strip())
    return finish_sentence(capitalise_names(typed) or "") or typed


_LOWER_I = re.compile(r"(?<![(\w.'’-])i(?![)\w.'’-])|(?<![(\w.'’-])i(?=['’](?:m|ve|d|ll)\b)")


def is_accept(text: str) -> bool:
    said = _normal(text)
    if said in _words("accept") or is_agreement(text):
        # ny88 (nc88 #3): a reply made only of agreeing words ("yes thats fine", "yeah thats right thanks") is an "ok" at
        # every step, never a letter part, a name or an organisation
        return True
    # ck23a: an "ok" typed ahead while askfoi was busy, put back in the box, then typed again ("okok", "ok ok"): one
    # accept, never an organisation or a part called "okok"
    words = sorted((w for w in _words("accept") if w.isalpha()), key=len, reverse=True)
    return bool(words) and re.fullmatch(rf"(?:(?:{'|'.join(map(re.escape, words))})[\s,.!]*){{2,4}}", said) is not None


def request_for_reply(session) -> str | None:
    """The request written in SESSION, as the reply path reads it: its numbered parts, and (ck23b) the period it asked
    about, so a narrower request stays inside that period (nu25: a 2025 request narrowed to 2025/26)."""
    parts = getattr(session, "parts", None) or []
    if not parts:
        return None
    step = getattr(session, "step", None)
    if step in (Step.about, Step.authority, Step.period) and not getattr(session, "sent_on", None):
        # ap99 (nc99 #1): parts askfoi proposed from a first message and the person has not yet confirmed (the parts
        # step is still ahead) are not a request they made: a letter about the reply never quotes them as "It asked"
        return None
    text = "\n".join(f"{i}. {p}" for i, p in enumerate(parts, 1))
    period = getattr(session, "period", None)
    return f"{text}\nFor the period {period}." if period else text


def new_client_answer(text: str) -> bool | None:
    """(nx64, nc64 #7) TEXT typed to "New client?" in clinic mode: True starts the next client ("yes", "/restart",
    "new client"), False stays on this one ("no", "cancel"), None is no answer (the next client's words)."""
    said = _normal(text).replace("\u2019", "'")
    for answer, key in ((True, "new_client_yes"), (False, "new_client_no")):
        if said in _words(key):
            return answer
    return None


def is_agreement(text: str) -> bool:
    """(ck32) TEXT only agrees ("yes thats the one", "yep, that's right", "correct thanks"): every word is an
    agreeing word and one of them is an "ok" (knowledge/vocab/conversation.yaml agree_words)."""
    words = re.findall(r"[a-z']+", _normal(text).replace("\u2019", "'"))
    agree = set(_words("agree_words"))
    return bool(words) and all(w in agree for w in words) and any(w in _words("accept") for w in words) \
        and "?" not in text


def is_skip(text: str) -> bool:
    said = _normal(text)
    if said in _words("skip"):
        return True
    # ck25a: a "skip" typed ahead and typed again ("skipskip", "skip skip"): one skip, as "okok" is one "ok"
    words = sorted((w for w in _words("skip") if re.fullmatch(r"[a-z]{2,}", w)), key=len, reverse=True)
    return bool(words) and re.fullmatch(rf"(?:(?:{'|'.join(map(re.escape, words))})[\s,.!]*){{2,4}}", said) is not None \
        and len(set(re.findall("|".join(map(re.escape, words)), said))) == 1


def format_choices(sar: bool = False) -> list[str]:
    """The formats offered (conversation.yaml); SAR: those for copies of one's own records (tr5)."""
    return list(_vocab().get("sar_formats" if sar else "formats", []) or _vocab().get("formats", []))


_INVISIBLE = re.compile(r"[\u200b-\u200f\ufeff]")


def clean_input(text: str) -> str:
    """Drop escape sequences, control characters and outer space (askfoi.safe_text does the cleaning)."""
    from askfoi.safe_text import clean_text

    return _INVISIBLE.sub("", clean_text(text.replace("\t", " "))).strip()


SLASH_COMMANDS = ("back", "restart", "help", "copy", "save", "email", "new", "sent", "next", "reply", "review", "chase", "complain", "forget", "saving")


def split_numbered(text: str) -> list[str]:
    """'1. a\n2. b' (or one part per line) -> ['a', 'b']: reading a whole-text rewrite back into parts.

    Unnumbered lines after a numbered list are dropped: they are the request's preamble or a repeat."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    numbered = [re.sub(r"^\(?\d{1,2}[.)]\s*", "", ln) for ln in lines if re.match(r"^\(?\d{1,2}[.)]\s", ln)]
    return numbered or lines


# ---------------------------------------------------------------------------
# The conversation
# ---------------------------------------------------------------------------


# lead49: where the period typed at the period step ends and the reason for it begins ("..., so i can compare",
# "... because that's when it opened", "... to see the trend")
_PERIOD_THEN_WHY = re.compile(r"(?i)\s*[,;(]\s*|\s+(?:so|because|cos|coz|cause|as|to\s+see|to\s+compare|so\s+that|which|when|that's|"
                              r"thats|please|pls|if\s+(?:possible|you\s+can))\b")


def _joined_periods(text: str, today: date) -> Any:
    """lead48 (nc58 #11): an answer at the period step naming two dates (of any role: "when he went in" and "when he
    died" are events) joined by a range word with a few words of story between ("from when he went in, jan 2022
    til he died in march this year"): one period from the first's start to the second's end, when they come in
    that order; else None."""
    from askfoi.periods import Period, label_for, scan_dates

    found = [m for m in scan_dates(text, today) if m.start is not None and m.end is not None]
    if len(found) != 2:
        return None
    between = text[found[0].span[1]:found[1].span[0]]
    a, b = (found[0].start, found[0].end), (found[1].start, found[1].end)
    if a[0] > b[1] or a[0] > today:
        return None
    b = (b[0], min(b[1], today))
    if not re.match(r"(?i)^\W*(?:til|till|until|to|up\s+to|upto|through|thru|and)\b(?:\s+[\w']+){0,5}?\s*(?:in|on|at|by)?\s*$",
                    between):
        return None
    return Period(start=a[0], end=b[1], label=label_for(a[0], b[1]))


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
        self.tracker: Any | None = None  # (tr5) askfoi.tracking.TrackStore when the person may track; never in clinic mode
        self.clinic = False  # (tr5) clinic mode: a volunteer types for a client (the name asked for is the client's)
        # (cl55, nc55 #11) the folder /save writes to when no folder is typed, named before saving (clinic mode asks)
        self.save_place: str | None = None
        # ny70 (nc70 #4, nc67 #6): (body, numbered parts) of each letter finished before /next or /restart, so a reply
        # from that body pasted later is answered with that letter's parts; memory only, never in clinic mode
        self.written: list[tuple[str, str]] = []
        # af99 (nc97 #9, j6): the step on screen when the answer being handled was typed (the chat window says; None:
        # not known): a number typed for another step is never applied at the check step as a fix
        self.typed_at: Step | None = None

    def _keep_written(self) -> None:
        """ny70: the letter finished here, kept (memory only) before /next or /restart replaces the session."""
        s = self.session
        if self.clinic or s.step != Step.done or not (s.parts and s.authority) or self._is_sar():
            return
        self.written.append((s.authority, request_for_reply(s)))

    # -- starting --------------------------------------------------------------------------

    def start(self) -> Turn:
        """The greeting and the first question (only for a fresh session)."""
        turn = Turn()
        self._say(turn, render("bot/greeting.j2"))
        return turn

    def restart(self) -> Turn:
        """Forget every answer and greet again."""
        self._keep_written()
        self.session = Session()
        turn = self.start()
        turn.actions.append("restart")
        return turn

    def already_sent(self, saved: Session) -> bool:
        """(ck23b) Whether SAVED (an autosaved session) is a request already sent: marked as sent here, or its letter
        (organisation and subject) is in the tracked list. Such a session is finished: it is not offered to carry on."""
        if saved.sent_on is not None:
            return True
        if saved.step != Step.done or self.tracker is None:
            return False
        keep = self.session
        try:
            self.session = saved
            letter = self.letter()
        except Exception:  # noqa: BLE001 - an unusable session is simply not matched
            letter = None
        finally:
            self.session = keep
        if letter is None:
            return False
        from askfoi.tracking import TrackingRefused

        try:
            tracked = self.tracker.load()
        except (TrackingRefused, OSError):
            return False
        return any(r.authority == letter.authority and r.title == letter.subject for r in tracked)

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

    def reply(self, raw: str, *, typed_at: "Step | None" = None) -> Turn:
        """Take one line from the person and answer it. sp61: similar requests promised while the past responses
        were loading (matches_loaded) come first, at the next answer: never said on their own after a question.
        TYPED_AT (af99): the step on screen when the line was typed, when the chat window knows it; af100: or set as
        the attribute `typed_at` just before (the chat window does, so a stand-in reply(text) wrapped round this one,
        as tests that hold the engine busy use, still works). Read for this line only, then cleared."""
        if typed_at is not None:
            self.typed_at = typed_at
        try:
            turn = self._reply(raw)
        finally:
            self.typed_at = None
        owed = self.matches_loaded()
        if owed is not None:
            turn.messages[:0] = owed.messages
        return turn

    def _reply(self, raw: str) -> Turn:
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
        pieces = self._typed_ahead(text)
        if pieces:
            # ck25a: answers typed ahead and run together ("okskip", "Leeds City Council ok"): each answered in turn
            for piece in pieces:
                said = self._reply(piece)
                turn.messages.extend(said.messages)
                turn.actions.extend(a for a in said.actions if a not in turn.actions)
                turn.save_to = said.save_to or turn.save_to
                turn.reply_text = said.reply_text or turn.reply_text
                turn.track_text = said.track_text if said.track_text is not None else turn.track_text
                turn.track_topic = said.track_topic or turn.track_topic
                if "restart" in said.actions or "reply" in said.actions:
                    break
            return turn
        self.session.history.append(Message(role="you", text=text))
        if text.startswith("/"):
            return self._command(text, turn)
        added, self._added_framed = getattr(self, "_added_framed", None), None
        if _normal(text) in _words("keep_words") and added and self._keep_added_words(added, turn):
            return turn
        if _normal(text) in _words("keep_words") and self.session.about and self.session.step != Step.done:
            self._keep_words(turn)  # any step: the message as written becomes the one part
            return turn
        if self.session.pasted_reply and _normal(text) in _words("new_request") and self.session.step == Step.about:
            text, self.session.pasted_reply = self.session.pasted_reply, ""  # it was a request after all
        elif self._pasted_reply(text, turn) or self._waiting_for_reply(text, turn):
            return turn
        if self._to_bot(text, turn):
            return turn
        if self.session.step == Step.about and not self.session.parts and any(
                re.search(p, _normal(text)) for p in _words("own_complaint")):
            # rv99 (nc99 #1, j7): "how do i complain to the ico" before any request is written here: a question about
            # a reply, answered and the reply screen opened, never framed as a request to the ICO
            review_said = any(re.search(p, _normal(text)) for p in _words("reply_review_refused"))
            topic = "complain" if re.search(r"\b(?:ico|information\s+commissioner|commissioner|complain)\b", _normal(text)) \
                else "review"
            facts = self._complaint_facts()
            if not facts["authority"]:
                # ny102 (nc102 #10): "how do i complain to the commissioner about glasgow city council": the body it is
                # about, and so which Commissioner and whether a review comes first (Scotland), from the words typed
                facts.update(_complained_of(text))
            self._say(turn, render("bot/reply_question.j2", topic=topic, clinic=self.clinic, review_said=review_said,
                                   **facts))
            if review_said:
                turn.actions.append("reply")  # the template says the reply screen is open: the review's answer is read there
            return turn
        handler = getattr(self, f"_answer_{self.session.step.value}")
        handler(text, turn)
        return turn

    # ck32 (nu34 #8): the steps where a short question to the bot about its own question is answered, and asked again
    _ASKED_STEPS = (Step.authority, Step.period, Step.parts, Step.format, Step.name, Step.email)

    def _to_bot(self, text: str, turn: Turn) -> bool:
        """A question put to the bot about the step's question ("what do you mean?", "which one is best?", "why do
        you need my name?"): answered, and the question asked again; never an organisation, a period or a part."""
        from askfoi.bot_questions import asked_about, bot_question

        s = self.session
        if s.step not in self._ASKED_STEPS or s.spelling_offer or (s.step == Step.name and s.subject_name_waiting):
            return False
        kind = bot_question(text)
        if kind is None:
            return False
        year = self.today().year - 1
        start = self.today().year - (2 if self.today().month < 4 else 1)
        regime = self.regime()
        about = asked_about(text)  # "why do you need my name?" typed at the parts step: the Name step's reason
        self._say(turn, render("bot/to_bot.j2", kind=kind, step=about or s.step.value, authority=s.authority,
                               regime=regime.value if regime else "", required=self._name_required(),
                               sar=self._is_sar(), last_year=year, last_fy=f"{start}-{str(start + 1)[-2:]}"))
        self._ask(turn, s.step, again=s.step != Step.authority)
        return True

    # the steps whose answer is a short field (a body, a period, a format, a name, an email): a confirmation typed on
    # its end is no part of it
    _FIELD_STEPS = (Step.authority, Step.period, Step.format, Step.name, Step.email)

    def _typed_ahead(self, text: str) -> list[str] | None:
        """(ck25a) TEXT as the answers typed ahead in it, in order, or None when it is one answer: reply words run
        together ("okskip" -> "ok", "skip"; "okok" stays one "ok", ck23a), or at a step that asks for a short field an
        answer with "ok" or "skip" typed on its end ("Leeds City Council ok" -> "Leeds City Council", "ok")."""
        from askfoi.typed_ahead import reply_words, split_tail

        if text.startswith("/"):
            return None
        words = reply_words(text)
        if words:
            return words
        if self.session.step in self._FIELD_STEPS and not self.session.spelling_offer:
            answer, tail = split_tail(text)
            if tail:
                return [answer, *tail]
        return None

    def _waiting_for_reply(self, text: str, turn: Turn) -> bool:
        """A first message from someone waiting for a reply to a request already sent: the reply path opens,
        where it is tracked and the chaser written; "new request" takes the message back as a request."""
        from askfoi.pasted_reply import had_reply, waiting_for_reply

        s = self.session
        if s.step == Step.about and not (had_reply(text) or waiting_for_reply(text)):
            # lead44 (nc50 #2): "... they said they cant confirm or deny ... wot do i do": read as the spelling question
            # would correct it, so a reply told in text-speak opens the reply path before any "did you mean"
            from askfoi.spelling import suggest as suggest_spelling

            fixed = text
            for typed, meant in suggest_spelling(text):
                fixed = re.sub(rf"(?i)(?<![\w'-]){re.escape(typed)}(?![\w'-])", meant, fixed)
            if fixed != text and (had_reply(fixed) or waiting_for_reply(fixed)):
                text = fixed
        had = s.step == Step.about and not waiting_for_reply(text) and had_reply(text)
        if s.step != Step.about or not (had or waiting_for_reply(text)):
            return False
        from askfoi.framing import named_body
        from askfoi.pasted_reply import month_without_day

        found = named_body(text)  # org17: "my gp surgery (riverside medical centre, bristol)": the surgery, not Bristol's council
        if had and found and re.search(r"(?i)information commissioner", found) \
                and any(re.search(p, _normal(text)) for p in _words("own_complaint")):
            # merge of ap99 and rv99: "that was their review answer ... how do i complain to the ico": the Commissioner
            # is who they would complain to, never the body their request went to; the complaint question answers it
            return False
        # lead43 (nc47 #2): a client's or relative's own records ("her medical records") are asked by subject access too
        sar = bool(re.search(r"(?i)\bsubject\s+access\b|\bsar\b|\b(?:my|her|his)\s+(?:own\s+)?(?:\w+\s+)?(?:data|records|file|notes)\b",
                             text))
        s.pasted_reply = text
        month = None if had else month_without_day(text, self.today())
        # nr94 (nc94 #2): the one waiting is waiting for an internal review's outcome ("i asked the council for an
        # internal review on 1 september ... they have ignored it"): its day is the review request's
        review = not had and not sar and bool(_REVIEW_WAITED.search(text))
        from askfoi.pasted_reply import asked_topic

        # ap99: a told refusal's request in the person's words (a frame could widen "the contract" or turn "the tree
        # felling" into a subject's canned records), for the review to name it as they asked it
        told = asked_topic(text, framed=False) if had else None
        self._say(turn, render("bot/waiting_reply.j2", authority=found, sar=sar and not had, had=had, month=month,
                               clinic=self.clinic, review=review, told=told))
        turn.actions.append("reply")  # a subject access request is tracked too, and chased under the UK GDPR
        if had:
            # ap99 (nc99 #1): what they say they asked ("for the emails between their transport people and ...") is
            # the request a review or complaint names, in their words: never a request askfoi made up for them
            turn.track_topic = told
        else:
            from askfoi.pasted_reply import sent_day

            day = sent_day(text, self.today())
            replied = _REPLY_CAME.search(text) if review else None
            came = sent_day(replied.group(), self.today()) if replied else None
            if came is not None:  # ny97 (nr94): "they replied on 14 august, i asked for a review on 1 september ..."
                day = sent_day(text[:replied.start()] + " " + text[replied.end():], self.today())
            # nr94 (nc94 #3): told the time was extended to consider the public interest: said in the box, so the
            # reply is due 20 working days later at most (FOIA s10(3), the ICO's guidance)
            extended = not review and not sar and bool(_PI_EXTENSION_TOLD.search(text))
            # nr97 (nc97 #9): "not even an acknowledgement": the chaser asks them to confirm they received it
            unacknowledged = not extended and bool(_NO_ACKNOWLEDGEMENT.search(text))
            track = " ".join(x for x in (found or "", "review asked" if review else "",
                                         day.strftime("%d/%m/%Y") if day else "",
                                         "replied " + came.strftime("%d/%m/%Y") if came else "",
                                         "public interest extension" if extended else "",
                                         "no acknowledgement" if unacknowledged else "") if x)
            turn.track_text = track  # "" still means: the tracking box, focused
            from askfoi.pasted_reply import asked_topic

            # the reply path tracks a request for one's own records as a subject access request (its topic says so)
            turn.track_topic = asked_topic(text) or ("for my personal data" if sar else None)
        return True

    def _pasted_reply(self, text: str, turn: Turn) -> bool:
        """A reply the person got, pasted at any step: sent to the reply path (never framed as a request or
        added as a part); at the first step "new request" takes it back as the message (askfoi.pasted_reply)."""
        from askfoi.pasted_reply import reads_as_reply

        if not reads_as_reply(text):
            return False
        s = self.session
        s.pasted_reply = text if s.step == Step.about else ""
        self._say(turn, render("bot/pasted_reply.j2", first=s.step == Step.about, done=s.step == Step.done))
        turn.actions.append("reply")
        turn.reply_text = text
        return True

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
        if previous == Step.period and self._period_not_asked():
            previous = Step.authority
        return self.go_to(previous, turn)

    def go_to(self, step: Step, turn: Turn | None = None) -> Turn:
        """Jump to any step (one the person has reached) and ask it again."""
        turn = turn or Turn()
        reached = set(self.session.confirmed) | {self.session.step}
        if step == Step.period and self._period_not_asked():
            self._say(turn, render("bot/period_not_asked.j2"))
            return turn
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
        if finding.body and not finding.rewrite:
            # nx70 (nc67 #8): the fix is another organisation (Natural Resources Wales for a Welsh river): the request
            # goes to it, as if its name had been typed at the organisation step; the steps after it are kept
            step, self.session.step = self.session.step, Step.authority
            self._say(turn, render("bot/fix_body.j2", finding=finding))
            self._answer_authority(finding.body, turn)
            if self.session.step == Step.authority:
                self.session.step = step  # not taken (never so for a body of askfoi's list): back where it was
            return turn
        if not finding.rewrite:
            step = self._fix_step(finding)
            reached = set(self.session.confirmed) | {self.session.step}
            if step is None:
                self._say(turn, render("bot/fix_by_hand.j2", finding=finding))
                return turn
            if step not in reached:  # e.g. "add a period" while still choosing the organisation
                self._say(turn, render("bot/fix_later.j2", finding=finding, step=STEP_LABELS[step]))
                return turn
            number = self._finding_part(finding) if step == Step.parts else None
            if number is None:
                self._say(turn, render("bot/fix_go_to.j2", finding=finding, step=STEP_LABELS[step]))
                return self.go_to(step, turn)
            # nx70 (nc67 #12): a fix that is the person's to word: the part it is about is put in the answer box as its
            # edit command, to change and send (or "remove N"); never "Let's fix that" with the part left as it was
            self.go_to(step, turn)
            part = self.session.parts[number - 1]
            turn.prompt_text = f"edit {number} {part}"
            self._say(turn, render("bot/fix_edit.j2", finding=finding, number=number, part=part))
            return turn
        new_parts = split_numbered(finding.rewrite)[:MAX_PARTS]
        if new_parts:
            self.session.parts = new_parts
            self.session.frames = self._frames_for(new_parts)
        self.session.applied_fixes.append(finding.code)
        self._unconfirm(Step.review)
        self._say(turn, render("bot/fix_applied.j2", finding=finding, parts=self.session.parts))
        if self.session.step == Step.review and not self._findings():
            self._advance(Step.review, turn)  # nothing left to fix: on to the next step
        elif self.session.step == Step.review:
            self._ask(turn, Step.review)
        return turn

    # -- what the interface shows beside the chat -----------------------------------------------

    def choices(self, typed: str = "") -> list[str]:
        """Quick picks for the current step: authority names as they type, periods, formats."""
        step = self.session.step
        if step == Step.authority:
            if len(typed.strip()) < 2 or is_accept(typed):  # "ok" confirms: never "Okehampton Town Council"
                picks = self.session.authority_picks or self._named_together()
                from askfoi.nation_bodies import other_nation_body

                # nx70: the body for the place asked about, offered after the ones named (never numbered among them)
                there = [o.right for o in (other_nation_body(b, self.session.about or "") for b in picks) if o]
                return picks + [b for b in dict.fromkeys(there) if b not in picks]
            from askfoi.authorities import suggest_authorities

            return [a.name for a in suggest_authorities(typed.strip())]
        if step == Step.period:
            from askfoi.periods import period_choices

            return [_period_choice(p) for p in period_choices(self.today(), school=self._school())]
        if step == Step.format:
            return format_choices(self._is_sar())
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
        from askfoi.answers import MAX_AUTHORITY_CHARS, MAX_NOTES, MAX_PART_CHARS, Answers
        from askfoi.letter import draft_letter, frame_topic

        answers = Answers(  # clipped to the letter's limits: a session file may hold anything
            authority=(s.authority or render("bot/authority_placeholder.j2").strip())[:MAX_AUTHORITY_CHARS],
            requester_name=s.requester_name if s.requester_name and len(s.requester_name) <= 120 else None,
            email=s.email if s.email and is_email(s.email) else None,
            parts=[self._named_part(p)[:MAX_PART_CHARS] for p in s.parts],
            notes=[n[:MAX_PART_CHARS] for n in s.notes][:MAX_NOTES],
            period=s.period,
            preferred_format=(s.preferred_format or "")[:MAX_AUTHORITY_CHARS] or None,
            regime=self.request().regime,
            dpa_part3=self.request().law == "DPA-Part3",
            on_behalf=self._on_behalf_named(),
            by_post=self.request().regime == Regime.SAR and _no_email(s.about),
            adviser=self.request().regime == Regime.SAR and _client_letter_pasted(s.about),
            topic=frame_topic(self._frames(), s.parts),  # lf61 (nc58 #9): a noun phrase's subject, never a clause
            service_told=(s.about or "")[:4000] or None,  # nx70: the reference blank follows the service told of
        )
        return draft_letter(answers, today=self.today(), resolved=self.request())

    def letter_text(self, fmt: Literal["text", "markdown", "eml"] = "text") -> str:
        from askfoi.formats import render_letter

        letter = self.letter()
        if letter is None and self.session.route_letter and not self.session.parts:
            return self.session.route_letter  # ck25a: the Access to Health Records Act letter
        return render_letter(letter, fmt) if letter else ""

    def due(self) -> date | None:
        """The date the reply is due if the letter is sent today."""
        letter = self.letter()
        if letter is None or not letter.covered:  # au58: a body no FOI law covers owes no reply by law
            return None
        if letter.due:
            return letter.due
        from askfoi.deadlines import deadline

        return deadline(self.today(), letter.regime).due

    def _school_latest(self, letter) -> date | None:
        """lead49 (nc61 #5): a letter to a school under FOIA: the 60th working day from today, the latest its reply can
        be due (20 school days, whose holidays askfoi cannot know); None for any other letter."""
        if letter is None or not letter.covered:
            return None
        from askfoi.deadlines import deadline, is_school

        if not is_school(self.session.authority):
            return None
        return deadline(self.today(), letter.regime, school=True, authority=self.session.authority).school_latest

    def mailto_url(self) -> str:
        """A mailto: link with the subject and body filled in (the address where askfoi knows it)."""
        letter = self.letter()
        if letter is None:
            return ""
        query = urllib.parse.urlencode(
            {"subject": letter.subject, "body": letter.body}, quote_via=urllib.parse.quote
        )
        return f"mailto:{urllib.parse.quote(letter.to or '', safe='@')}?{query}"

    def letter_gaps(self) -> list[str]:
        """What the letter still holds a placeholder for (said when it is copied or saved before it is finished):
        "organisation" when no body is chosen, "name" when the law needs the requester's name and none is given."""
        letter = self.letter()
        if letter is None:
            return []
        gaps = [] if self.session.authority else ["organisation"]
        if "reply_address" in letter.missing:
            gaps.append("reply address")  # nx67 (nc64 #14): a subject access letter with no address to reply to
        if "requester_name" in letter.missing:
            return gaps + ["name"]
        # ck31 (nu33): no name given yet where the law needs none (the EIR): the letter is not signed yet either
        unsigned = not self.session.requester_name and not self.session.route_letter
        return gaps + (["unsigned"] if unsigned else [])

    def save_letter(self, folder: Path, fmt: Literal["txt", "eml"] = "txt") -> Path:
        """Write the letter into FOLDER under a name that does not overwrite an earlier one."""
        text = self.letter_text("eml" if fmt == "eml" else "text")
        if not text:
            raise ValueError(render("bot/no_letter.j2").strip())
        # ny70 (nc70 #12): a subject access letter is named as one, never as an FOI request saved beside it
        kind = "sar-request-" if self.session.parts and self._is_sar() else "foi-request-"
        stem = kind + (re.sub(r"[^a-z0-9]+", "-", (self.session.authority or "").lower()).strip("-") or "letter")
        stem = f"{stem[:60]}-{self.today().isoformat()}"
        from askfoi.private_files import write_new_private

        # 0600, never through a symlink, never over an earlier file (it holds a name and an email)
        return write_new_private(folder, stem, f".{fmt}", text.encode("utf-8"))

    def insight(self) -> Insight:
        """Findings, similar past responses, forecast and the draft for the side panels."""
        s = self.session
        text = self.request_text()
        if not text:
            return Insight(matching_ready=self.matcher is not None)
        request = self.request()  # resolved once this turn: the panels read it, nothing resolves again
        similar: list[SimilarResponse] = []
        forecast: Forecast | None = None
        # nr88 (nc88 #8): FOI outcomes (refused, "neither confirm nor deny") never apply to a subject access request:
        # no FOI forecast and no similar FOI responses for one (the panels say what a subject access request gets)
        if self.matcher is not None and not (s.parts and self._is_sar()):
            from askfoi.forecast_parts import read_with_frames

            # fc50 (issues 9.3, 9.4): each part read with the decision its frame made, as the review's check shows it
            parts = read_with_frames(s.parts, self._frames(), s.about) if s.parts else None
            result = self.matcher.match(text, authority=request.authority_name, top=5, parts=parts)
            similar, forecast = list(result.similar), result.forecast
        letter = self.letter()
        findings = self._findings()
        return Insight(
            regime=letter.regime if letter else request.regime,
            findings=findings,
            fixable=[self._fix_step(f) is not None for f in findings],
            similar=similar,
            forecast=forecast,
            matching_ready=self.matcher is not None,
            letter=self.letter_text() if letter or self.session.route_letter else "",  # ck25a: the AHRA letter too
            due=self.due() if letter else None,
        )

    # -- the steps ---------------------------------------------------------------------------------

    def _answer_about(self, text: str, turn: Turn) -> None:
        from askfoi.framing import Frame, choice_kinds, frame_message, reframe

        s = self.session
        if is_accept(text) and s.about and s.parts:  # "ok" after /back: keep what they wrote
            self._advance(Step.about, turn)
            return
        waiting = bool(s.about and not s.parts)
        if waiting and is_accept(text) and not s.spelling_offer:
            # ck25a: "ok" to "I can't yet turn that into a request": asked once what is needed; a second "ok" in a row
            # keeps the message as written and goes on (never a loop on "ok")
            if s.another_route:  # records FOI will not give: the letter of their own route, or one line of what is needed
                if s.another_route == "ahra" and not s.route_letter:
                    self._write_ahra(turn)
                else:
                    self._say(turn, render("bot/another_route_ok.j2", written=bool(s.route_letter)))
                return
            if Step.about in s.nothing_to_keep:
                s.nothing_to_keep.remove(Step.about)
                self._keep_words(turn)
                return
            s.nothing_to_keep.append(Step.about)
            self._say(turn, render("bot/about_not_a_message.j2", typed=text[:80], waiting=True, can_choose=bool(s.pending_frames),
                                   a_name=False, ok_again=True))
            return
        if s.another_route and not s.parts and not s.spelling_offer:
            # lead25: after records FOI will not give (a dead parent's notes, a neighbour's file), an answer that is no
            # request of its own ("1", a name, "thanks") never reopens the first message: it stays on its own route
            again = frame_message(text, None, today=self.today())
            if not again.parts and not any(getattr(f, "code", "") in _ANOTHER_ROUTE for f in again.findings):
                name = _typed_name(text) if s.another_route == "ahra" and s.route_letter else None
                if name:  # ck26: the name typed after the Access to Health Records Act letter signs it
                    s.requester_name = name
                    self._write_ahra(turn, signed=True)
                    return
                self._say(turn, render("bot/another_route_ok.j2", written=bool(s.route_letter)))
                return
        if Step.about in s.nothing_to_keep:
            s.nothing_to_keep.remove(Step.about)
        if not s.spelling_offer and _not_a_first_message(text):
            # "ok", "skip", "sent" or a bare name is an answer to another question, never the request: the
            # first message (or the questions it left open) stays as it was
            self._say(turn, render("bot/about_not_a_message.j2", typed=text[:80], waiting=waiting, can_choose=bool(s.pending_frames),
                                   a_name=_looks_like_a_name(text)))
            return
        if not s.spelling_offer and not s.about and not s.parts and self._unseen_reference(text, turn):
            return
        if not s.spelling_offer and self._body_only(text, turn):
            return
        chosen = [int(n) for n in re.findall(r"\d+", text)] if re.fullmatch(r"[\d\s,and]+", text) else []
        if s.pending_frames and chosen:
            kinds = choice_kinds()
            if all(1 <= n <= len(kinds) for n in chosen):
                from askfoi.kind_answers import parts_of_kind

                # ck24b: a kind chosen for a few words that answered the question ("the emails" -> 10): the question
                # framed as that kind when it names it, else the words reframed
                asked = {n: parts_of_kind(s.asked, kinds[n - 1], today=self.today()) if s.asked else [] for n in dict.fromkeys(chosen)}
                frames = [g for n in asked for g in asked[n]]
                frames += [reframe(Frame.model_validate(f), kinds[n - 1]) for f in s.pending_frames for n in asked if not asked[n]]
                if any(asked.values()):
                    s.about, s.asked = s.asked, ""
                frames = [f for f in frames if f.text]
                s.frames = [f.model_dump() for f in self._frames() + frames]
                s.parts = list(dict.fromkeys([*s.parts, *(f.text for f in frames)]))[:MAX_PARTS]
                s.pending_frames = []
                self._say(turn, render("bot/framed.j2", parts=s.parts))
                self._advance(Step.about, turn)
                return
        from askfoi.spelling import suggest as suggest_spelling

        if s.spelling_offer:
            # the answer to "did you mean ...?" (askfoi.spelling.read_answer): yes, no, some of the proposals by
            # number, the person's own spelling of a word, or a new message only when it clearly is one (said so);
            # anything else asks again: the first message is never lost
            from askfoi.spelling import read_answer

            offer, typed = [tuple(p) for p in s.spelling_offer], s.spelling_typed
            answer = read_answer(text, typed, offer, accept=is_accept(text), skip=is_skip(text))
            if answer.kind == "unclear" and not s.spelling_asked_again:
                s.spelling_asked_again = True
                self._say(turn, render("bot/spelling_unclear.j2", fixes=offer, typed=typed))
                return
            if answer.kind == "unclear":  # asked twice: keep the words as typed and go on, never trap the person
                self._say(turn, render("bot/spelling_kept.j2", typed=typed))
                answer = read_answer("", typed, offer, skip=True)
            s.spelling_offer, s.spelling_typed, s.spelling_asked_again = [], "", False
            if answer.kind == "message":
                self._say(turn, render("bot/spelling_new_message.j2", typed=typed))
                offer = suggest_spelling(answer.text) if answer.text != typed else []
                if offer:
                    s.spelling_offer, s.spelling_typed = [list(p) for p in offer], answer.text
                    self._say(turn, render("bot/spelling.j2", fixes=offer))
                    return
            elif answer.kind == "correction" and answer.left:
                s.spelling_offer, s.spelling_typed = [list(p) for p in answer.left], answer.text
                self._say(turn, render("bot/spelling_corrected.j2", fixed=answer.fixed))
                self._say(turn, render("bot/spelling.j2", fixes=answer.left))
                return
            elif answer.kind == "correction":
                self._say(turn, render("bot/spelling_corrected.j2", fixed=answer.fixed))
            text = answer.text
        elif text != s.about:
            offer = suggest_spelling(text)
            if offer:
                s.spelling_offer, s.spelling_typed = [list(p) for p in offer], text
                self._say(turn, render("bot/spelling.j2", fixes=offer))
                return
        given = self._own_details(text)  # "my name is ...", "my email is ...", "as a spreadsheet": not the request
        text = given.rest or text
        story_body = None
        if not s.parts and not s.about and not s.spelling_offer:
            from askfoi.pasted_reply import narrower_ask

            narrower = narrower_ask(text)
            if narrower:
                # lt100 (ap99's left-out): "they said no, can i ask for the list of schools instead?": a new, narrower
                # request framed from what they would ask for; the story (the request refused) is never a part, and the
                # body it names is the new request's
                story_body = frame_message(text, None, today=self.today()).authority
                self._say(turn, render("bot/narrower_ask.j2", ask=narrower,
                                       authority=story_body.letter_name if story_body else None))
                text = f"I want {narrower}."
        kind_parts: list = []
        if s.about and not s.parts and text != s.about:
            # ck24b: a few words answering "what records would answer ...?" ("the emails") answer the question,
            # never replace it: the question is framed as the kind they name, and "keep my words" keeps it whole
            from askfoi.kind_answers import is_fragment, parts_of_kind

            if is_fragment(text, today=self.today()):
                question = s.asked or s.about
                kind_parts = parts_of_kind(question, text, today=self.today())
                s.asked = question
                if kind_parts:
                    text = question
            else:
                s.asked = ""
        elif text != s.about:
            s.asked = ""
        changed = text != s.about or bool(kind_parts)
        s.about = text
        framing = frame_message(text, None, today=self.today())
        if story_body is not None and framing.authority is None:
            framing = framing.model_copy(update={"authority": story_body})
        if kind_parts:
            framing = framing.model_copy(update={"parts": kind_parts, "pending": [], "questions": [], "unframed": []})
        if changed or not s.parts:
            s.frames = [p.model_dump() for p in framing.parts]
            s.parts = [p.text for p in framing.parts][:MAX_PARTS]
            s.pending_frames = [f.model_dump() for f in framing.pending if f.subject]
            from askfoi.questions import letter_notes

            s.notes = letter_notes(framing.remarks, text)
            s.other_requests = [b.model_dump() for b in framing.other_bodies]
            sar_route = framing.route == "sar"
            s.foi_aside = list(framing.foi_aside) if sar_route else []
            # nx64 (nc64 #8): the message's period goes with the set-aside FOI questions only when one of them states
            # it ("how many ... in 2025"), never a date told of the person's own records ("the report on my flat in march")
            stated = bool(framing.period_text) and any(
                _normal(framing.period_text).strip(" .,;:!?") in _normal(q) for q in framing.foi_aside)
            s.foi_aside_period = framing.period if sar_route and framing.foi_aside and stated else None
            s.foi_aside_period_text = framing.period_text if sar_route and framing.foi_aside and stated else None
            s.applied_fixes = []
            for step in (Step.parts, Step.review):
                self._unconfirm(step)
            s.authority_question = framing.body_question  # org14: "the housing association": which one?
            s.authority_kind = framing.body_kind if framing.body_question else None
            s.authority_note = framing.authority_note
            if framing.body_named and not framing.authority and Step.authority not in s.confirmed:
                s.authority_unsure = framing.body_named  # ck26: "ok" at "which school" keeps the name typed
            if framing.authority and Step.authority not in s.confirmed:
                s.authority = framing.authority.name
                s.authority_known = True
                s.authority_from_text = framing.authority.from_text
            elif not framing.named_together and Step.authority not in s.confirmed:
                from askfoi.body_answers import bodies_in_places

                # "schools in norfolk": no body named, but the bodies there are offered by number
                places, s.authority_picks = bodies_in_places(text)
                if framing.route == "sar" and framing.body_kind == "school":
                    s.authority_picks = []  # ck23a: a pupil's records: the school, never the place's council offered
                if framing.body_choices:  # ck33: "the hospital in birmingham": its NHS bodies, never its council
                    s.authority_picks, places = list(framing.body_choices), []
                s.authority_places = places if s.authority_picks else []
            if framing.route == "sar":
                # a subject access request asks for all the person's data: a date in it belongs to the record
                # it is written beside ("the CCTV of my arrest on 3 March"), never the letter's period
                s.period, s.period_from_text, s.period_not_asked = None, None, True
            elif s.period_not_asked:  # was a subject access request: now FOI, so the period is asked for
                s.period_not_asked = False
                self._unconfirm(Step.period)
            if framing.period and Step.period not in s.confirmed and framing.route != "sar":
                s.period = framing.period
                s.period_from_text = framing.period_text
                s.period_year = framing.period_year
        elsewhere = [f for f in framing.findings if getattr(f, "code", "") in _ANOTHER_ROUTE
                     or (getattr(f, "code", "") == "someone-elses-records" and f.part is None)]  # ck27: left out
        s.another_route, s.route_letter = "", ""
        if not s.parts and not elsewhere:
            # ck25a: "my neighbour keeps getting visits from social services, can i find out why": one private household's
            # records, asked about and nothing else: said as the records FOI will not give, never "tell me more"
            elsewhere = [f for f in framing.findings if getattr(f, "code", "") == "third-party-personal-data"
                         and (getattr(f, "variant", None) or "").startswith("private_person")][:1]
        if not s.parts and elsewhere:
            # "my dad died in march, she wants his medical records": neither FOI nor subject access; say what is
            # (the finding and its way), not "tell me more"
            ahra = any(f.code == "deceased-records" for f in elsewhere) and _health_records(text) \
                and not (framing.authority and _in_northern_ireland(framing.authority.name))
            s.another_route = "ahra" if ahra else elsewhere[0].code
            self._say(turn, render("bot/another_route.j2", findings=elsewhere, ahra=ahra,
                                   ahra_body=framing.authority.letter_name if framing.authority else None))
            return
        if not s.parts:
            # too vague to frame: questions back, not a letter
            self._say(turn, render("bot/frame_questions.j2", questions=framing.questions, choices=[
                _kind_label(k) for k in choice_kinds()], can_choose=bool(s.pending_frames)))
            return
        sar = framing.route == "sar"
        from askfoi.sar_items import children_named_in_sar, social_care_sar
        from askfoi.service_complaints import service_complaint

        findings = self._findings()
        inferred = framing.authority is not None and any(getattr(f, "code", "") == "body-inferred" for f in framing.findings)
        # nz70 (nc70 #1): the organisation was kept as answered (/next: the same one, nothing retyped): a body the new
        # text seems to name or imply ("little hulton" -> Salford City Council) is neither announced nor asked about
        kept_body = Step.authority in s.confirmed and bool(s.authority) and (
            framing.authority is None or inferred or framing.authority.name == s.authority)
        if kept_body:
            framing = framing.model_copy(update={"authority": None, "named_together": [], "findings": [
                f for f in framing.findings if getattr(f, "code", "") != "body-inferred"]})
            inferred = False
        similar = []
        if self.matcher is not None:
            # fc34: only the similar answers are wanted here: the text read as one part, not framed again for a forecast
            similar = list(self.matcher.match(text, authority=self.request().authority_name, top=3, parts=[text]).similar)
        elif not sar:
            self._similar_owed = text  # ny97 (nc94 #10): listed in the chat once loaded (matches_loaded)
        self._say(
            turn,
            render(
                "bot/seen.j2",
                parts=s.parts,
                from_story=[f.part for f in framing.findings if getattr(f, "code", "") == "read-from-story" and f.part],
                rephrased=framing.route != "sar" and any(p.kind == "reasons" for p in framing.parts),
                sar=sar,
                for_other=sar and self._for_someone(),
                on_behalf=self._on_behalf() if sar else None,
                social_care=sar and social_care_sar([text, *s.parts]),
                children=sar and not self._on_behalf() and children_named_in_sar(s.parts),
                findings=[f for f in findings if f.code != "their-own-data" and f.code not in _ANOTHER_ROUTE
                          and f not in elsewhere and not (inferred and f.code == "body-inferred")][:3],
                more_findings=max(0, len([f for f in findings if f.code != "their-own-data"
                                          and f.code not in _ANOTHER_ROUTE
                                          and not (inferred and f.code == "body-inferred")]) - 3),
                similar=[similar_line(r) for r in similar],
                matching_ready=self.matcher is not None,
                left_out=framing.unframed,
                held=[h["question"] for h in framing.held],  # fr33: parts waiting for the place "there" means
                elsewhere=elsewhere,  # ck21: "my late dad's hospital notes" beside a count: which route is which
                foi_aside=framing.foi_aside,
                foi_aside_people=framing.foi_aside_people,
                housing_association=self._housing_association_landlord(text, framing),
                dbs=sar and any(re.search(p, text or "", re.I) for p in _vocab().get("dbs_check", [])),  # nf97 (nc97 #8)
                service_complaint=None if sar or any(getattr(f, "code", "") == "complaint-not-foi"
                                                     for f in [*framing.findings, *findings])
                else service_complaint(text, s.authority or (framing.authority.name if framing.authority else None)),
                others_records=framing.others_records,
                own_recording=None if sar else _own_recording(text, s.parts),  # ny102 (nc102 #1)
                own_recording_noun=_recording_noun(_own_recording(text, s.parts) if not sar else None),
                police=bool(framing.authority and "police" in (framing.authority.name or "").lower()),
                other_bodies=s.other_requests,
                clinic=self.clinic,
                authority=framing.authority.letter_name if framing.authority else None,
                inferred=inferred,  # ad48: "You named" only for a body the message names
                inferred_from=" ".join((framing.authority.from_text or "").split()) if framing.authority else "",
                several=framing.named_together,
                authority_next=Step.authority not in s.confirmed,  # nx73: its question names it next, said once
                period=None if sar else framing.period,
                period_text=framing.period_text,
                period_in_story=framing.period_in_story,
                story_period=framing.story_period,
                given=given if given.any and given.rest else None,
                given_format=format_choices()[given.format_choice - 1] if given.format_choice else None,
            ),
        )
        self._advance(Step.about, turn)

    def _write_ahra(self, turn: Turn, signed: bool = False) -> None:
        """(ck25a) The letter under the Access to Health Records Act 1990 for the records of the person who died
        (prompts/letters/ahra.txt.j2), to the record holder the message named: kept as the letter to copy and save."""
        from askfoi.framing import frame_message
        from askfoi.whose_records import read_whose

        s = self.session
        framing = frame_message(s.about, None, today=self.today())
        whose = read_whose(s.about)
        relation = {"dad": "father", "mum": "mother", "mam": "mother", "mom": "mother", "nan": "grandmother",
                    "gran": "grandmother", "grandad": "grandfather"}.get((whose.relation or "").lower(), whose.relation or "")
        body = framing.authority.letter_name if framing.authority else None
        s.route_letter = render("letters/ahra.txt.j2", authority=body, relation=relation if whose.subject != "self" else "",
                                pronoun=whose.pronoun or "they", requester=s.requester_name,
                                capacity=_ahra_capacity(s.about)).strip()
        self._say(turn, render("bot/ahra_written.j2", body=body, signed=s.requester_name if signed else None,
                               named=bool(s.requester_name), capacity=_ahra_capacity(s.about)))
        self._say(turn, s.route_letter, kind="letter")

    def _own_details(self, text: str) -> Any:
        """The person's name, email and format typed into the message (askfoi.own_details): kept for their steps,
        which are then not asked (each can still be changed with /back); the rest of the message is the request."""
        from askfoi.own_details import take_details

        s = self.session
        given = take_details(text)
        if not given.any or not given.rest:
            return given.model_copy(update={"name": None, "email": None, "format_choice": None, "rest": ""})
        for step, field, value in ((Step.name, "requester_name", given.name), (Step.email, "email", given.email),
                                   (Step.format, "preferred_format",
                                    format_choices()[given.format_choice - 1] if given.format_choice else None)):
            if value and step not in s.confirmed:
                setattr(s, field, value)
                s.confirmed.append(step)
        return given

    def _housing_association_landlord(self, text: str, framing) -> bool:
        """nf97 (nc97 #7): the person's landlord is a housing association (conversation.yaml
        housing_association_landlord) and no public body (a council, a Scottish landlord FOISA covers) is the one asked:
        the first answer says plainly that FOI does not reach it, and which routes do."""
        if not any(re.search(p, text or "", re.I) for p in _vocab().get("housing_association_landlord", [])):
            return False
        name = (self.session.authority or (framing.authority.name if framing.authority else "") or "").lower()
        return not name or bool(re.search(r"housing|homes|living|group", name))

    def _keep_words(self, turn: Turn) -> None:
        """The person's message, whole, as the request's one part ("keep my words")."""
        from askfoi.framing import keep_words

        s = self.session
        if s.another_route and not s.parts:  # lead25: records FOI will not give are never sent as an FOI request
            self._say(turn, render("bot/another_route_ok.j2", written=bool(s.route_letter)))
            return
        if s.asked and not s.parts:  # ck24b: the question, not the few words that answered a question about it
            s.about, s.asked = s.asked, ""
        kept = keep_words(s.about)
        s.parts, s.frames, s.pending_frames = [kept.text], [kept.model_dump()], []
        self._unconfirm(Step.parts)
        self._unconfirm(Step.review)
        self._say(turn, render("bot/kept_words.j2", text=s.about))
        if self.session.step == Step.about:
            self._advance(Step.about, turn)
        else:
            self._ask(turn, self.session.step)

    def _keep_added_words(self, added: tuple[int, list[str], str], turn: Turn) -> bool:
        """ny100: "keep my words" typed just after a question added at the parts step was framed ("add why did you
        close the library?"): that part goes back to the question as typed (the review then says what an officer may
        do with a question); the other parts are kept. False when the part is no longer there as framed."""
        number, framed, typed = added
        s = self.session
        if s.step != Step.parts or not 1 <= number <= len(s.parts) or s.parts[number - 1: number - 1 + len(framed)] != framed:
            return False
        s.parts[number - 1: number - 1 + len(framed)] = [typed]  # nx101: two parts framed from one question: it, as typed
        s.frames = [f for f in s.frames if f.get("text") not in framed]
        self._unconfirm(Step.review)
        self._say(turn, render("bot/part_added.j2", number=number, kept=True))
        self._ask(turn, Step.parts)
        return True

    def _answer_authority(self, text: str, turn: Turn) -> None:
        from askfoi.authorities import resolve_authority

        s = self.session
        unsure, s.authority_unsure = s.authority_unsure, None
        picks, s.authority_picks = s.authority_picks or self._named_together(), []
        if unsure and (is_accept(text) or _same_name(text, unsure)):
            # "ok": the unknown name they typed is the organisation after all; "tesco" when Tesco was proposed
            # (lead42, nc44 #9): the name as the question wrote it, never asked about again
            text = unsure
        elif is_accept(text) and s.authority:
            self._not_covered_said(turn)
            self._advance(Step.authority, turn)
            return
        elif text.isdecimal() and picks and 1 <= int(text) <= len(picks):
            text = picks[int(text) - 1]  # a body offered by number
        elif is_agreement(text) and s.authority:  # ck32: "yes thats the one": the body proposed, confirmed
            self._not_covered_said(turn)
            self._advance(Step.authority, turn)
            return
        from askfoi.body_answers import bodies_listed

        every = self._every_body(text, picks)
        if every:
            # nx67 (nc64 #9): "both" after naming two bodies: each gets its own letter; this one goes to the first (or
            # the one the answer names), the same request to each other one waits for /next (Ctrl+N)
            first, rest = every[0], every[1:]
            s.other_requests = [{"authority": b, "named": b, "questions": list(s.parts), "same": True} for b in rest] + [
                r for r in s.other_requests if r.get("authority") not in every]
            from askfoi.authorities import letter_name_of

            self._say(turn, render("bot/each_body.j2", first=letter_name_of(first) or first,
                                   rest=[letter_name_of(b) or b for b in rest]))
            text = first
        elif (listed := bodies_listed(text)):
            # ny76 (nc76 #2): "no its cardiff council, and south wales police as well": two bodies in one answer are two
            # requests, never one body of that name; a part that names another of them goes in that body's letter
            text = self._each_listed(listed, turn)
        elif is_accept(text) or is_agreement(text):  # "ok" with no organisation proposed: nothing to confirm yet
            s.authority_picks = picks
            self._say(turn, render("bot/authority_none_yet.j2", picks=picks[:6]))
            self._ask(turn, Step.authority)
            return
        from askfoi.answers import MAX_AUTHORITY_CHARS

        if len(text) > MAX_AUTHORITY_CHARS:
            self._say(turn, render("bot/authority_too_long.j2", limit=MAX_AUTHORITY_CHARS))
            return
        # "no its the dwp", "the ambulance service not the council", "no its the council not thames water, south
        # oxfordshire": a correction, the body named once what it is not is taken out (ck23a)
        from askfoi.body_answers import corrected_body

        text = corrected_body(text)
        from askfoi.body_answers import bodies_in_sentence

        named = bodies_in_sentence(text)
        if len(named) > 1:
            # nx88 (nc85 #5): "its cabot academy, the trust is cabot learning federation": a name that only fuzzily
            # matches another body ("John Cabot Academy") goes behind one the person typed in full
            def swapped(name: str) -> bool:
                found = resolve_authority(name)
                return found is not None and found.known and found.name.lower() != name.lower()

            named = sorted(named, key=swapped)
        if named and not every:
            # cl55 (nc55 #3): "its oakwood academy, part of the northern star trust i think": the first name is the
            # organisation; any other named with it is told back, never dropped
            self._say(turn, render("bot/authority_from_sentence.j2", named=named[0], others=named[1:]))
            text = named[0]
        if s.authority_kind == "hospital" and not (text.isdecimal() and picks):
            from askfoi.site_bodies import hospital_site

            site = hospital_site(text)  # ck22: "the royal london" typed at "Which hospital": the trust that runs it
            if site is not None:
                text = site[0]
        found = resolve_authority(text)
        kind_said = False
        typed = text  # lead48: what was typed, read by the not-a-body checks before any tidying of the name
        if found is not None and not found.known:
            from askfoi.body_names import tidy_body_name, without_appositive

            # au58 (nc58 #8): "midland heart, the housing association" is addressed as "Midland Heart"; the kind the
            # person said it is ("the housing association") says it is a body: not asked about again
            kind_said = without_appositive(text) != " ".join(text.split())
            s.authority_said = " ".join(text.split())[len(without_appositive(text)):].strip(" ,;:-()") if kind_said else None
            tidy = tidy_body_name(text)
            if tidy and tidy != text:
                text, found = tidy, resolve_authority(tidy) or found
        if found is None:
            self._ask(turn, Step.authority)
            return
        if s.authority_kind == "hospital" and found.known and found.type.value != "nhs" and self._town_for_hospital(text, turn):
            return
        if not found.known and text != unsure and s.authority and self._keeps_body(typed, turn):
            return
        if not found.known and text != unsure and not kind_said and self._not_a_body(typed, turn):
            return
        if self.session.authority != (found.name if found.known else text):
            self._unconfirm(Step.review)
            meant = self._meant_for_place(found.name) if found.known else None
            if meant and meant != self.session.authority:
                self._parts_readdressed(meant, found.name)  # nx70: "the agency" (the EA, for a Welsh river) is NRW
            self._parts_readdressed(self.session.authority, found.name if found.known else text)
        self.session.authority = found.name if found.known else text
        self.session.authority_known = found.known
        request = self.request()
        self._say(turn, render("bot/authority_ok.j2", authority=found, typed=text, hours=request.cost_limit_hours,
                               route=request.route, law=request.law, eir_parts=request.environmental_parts,
                               not_covered=request.not_covered, holders=self._covered_holders(),
                               kind_said=_kind_said(request.not_covered)))
        if self.session.sent_pending:  # ck24b: "sent" was typed before the organisation was named: tracked now
            pending, self.session.sent_pending = self.session.sent_pending, ""
            self._track_sent(pending, turn)
        self._advance(Step.authority, turn)

    def _each_listed(self, listed: list[str], turn: Turn) -> str:
        """(ny76, nc76 #2) The bodies LISTED in one answer at the organisation step: this letter goes to the first; a
        part that names another of them (by its name, or "police" for the one force listed) is that body's, moved to the
        letter waiting for it (/next, Ctrl+N); a body no part names gets the same request. Returns the first."""
        from askfoi.authorities import letter_name_of

        s = self.session
        first, rest = listed[0], listed[1:]
        if s.authority and s.authority in rest:
            from askfoi.part_addressee import _you_as

            # "action taken by you", written to the body proposed, which the answer lists as another's letter: it names
            # that body again, so the part goes to it
            proposed = letter_name_of(s.authority) or s.authority
            s.parts = [_you_as(p, proposed) for p in s.parts]
        moved: dict[str, list[int]] = {b: [] for b in rest}
        for k, part in enumerate(s.parts):
            owner = next((b for b in rest if _names_body(part, b, listed)), None)
            if owner is not None and not _names_body(part, first, listed):
                moved[owner].append(k)
        gone = {k for ks in moved.values() for k in ks}
        if len(gone) == len(s.parts):
            gone, moved = set(), {b: [] for b in rest}  # every part names another body: the person chose the first
        waiting = [{"authority": b, "named": b, "questions": [s.parts[k] for k in moved[b]]} if moved[b] else
                   {"authority": b, "named": b, "questions": list(s.parts), "same": True} for b in rest]
        s.other_requests = waiting + [r for r in s.other_requests if r.get("authority") not in listed]
        if gone:
            frames = s.frames if len(s.frames) == len(s.parts) else []
            s.parts = [p for k, p in enumerate(s.parts) if k not in gone]
            s.frames = [f for k, f in enumerate(frames) if k not in gone] if frames else self._frames_for(s.parts)
            self._unconfirm(Step.review)
        self._say(turn, render("bot/each_body.j2", first=letter_name_of(first) or first,
                               rest=[letter_name_of(b) or b for b in rest],
                               moved=[(letter_name_of(b) or b, [k + 1 for k in ks]) for b, ks in moved.items() if ks]))
        return first

    def _finding_part(self, finding: Finding) -> int | None:
        """nx70: the part (1-based) FINDING is about: its own number, else the one part that has its words."""
        parts = self.session.parts
        if finding.part and 1 <= finding.part <= len(parts):
            return finding.part
        said = " ".join((finding.evidence or "").lower().replace("\u2019", "'").split()).strip(" .?!\"'")
        holding = [i for i, p in enumerate(parts, 1) if said and said in " ".join(p.lower().replace("\u2019", "'").split())]
        return holding[0] if len(holding) == 1 else None

    def _meant_for_place(self, new: str) -> str | None:
        """nx70 (nc67 #8): the body the message named (or the organisation so far) that works in another nation than the
        place asked about, when NEW is the body that does its job there: the Environment Agency, named for a river in
        Wales, when the letter goes to Natural Resources Wales. Its names in the parts mean NEW."""
        from askfoi.nation_bodies import other_nation_body

        s = self.session
        named = ([s.authority] if s.authority else []) + self._named_together() + (
            [s.authority_from_text] if s.authority_from_text else [])
        return next((b for b in named if b and (o := other_nation_body(b, s.about or "")) is not None and o.right == new),
                    None)

    def _parts_readdressed(self, old: str | None, new: str) -> None:
        """lf64 (nc61 #8): the organisation changed from OLD to NEW: every body a part names is read again, so the
        letter speaks to NEW as "you" and keeps no third-person mention of the body it was first written for
        (askfoi.part_addressee)."""
        from askfoi.part_addressee import readdressed

        s = self.session
        if not s.parts:
            return
        parts = readdressed(s.parts, old, new)
        if parts != s.parts:
            s.parts = parts
            s.frames = self._frames_for(parts)

    def _town_for_hospital(self, text: str, turn: Turn) -> bool:
        """(ck22) A town typed at "Which hospital" ("derby"): not its council. The one current NHS trust whose name
        has the town and a hospital word is offered by number; else the hospital's name is asked for. False when TEXT
        names a body in full ("Derby City Council": the person chose it)."""
        from askfoi.framing import named_in_full
        from askfoi.site_bodies import Site, body_for_site

        if named_in_full(text):
            return False
        trust = body_for_site(text, Site(kind="nhs", words=1, name="hospital"))
        self.session.authority_picks = [trust] if trust else []
        self._say(turn, render("bot/authority_not_a_body.j2", kind="service" if trust else "town_not_hospital",
                               typed=text.strip(), picks=[trust] if trust else []))
        return True

    def _keeps_body(self, text: str, turn: Turn) -> bool:
        """(ck32, nu34 #1) An answer that names no body askfoi knows, typed when a body is already found ("ward 20", "the
        total hours the overflows spilled", "add The total cost of ..."): the body found is kept (its law with it) and
        the answer told back in one line, with the question again. A place, a kind of body ("the police") or an
        unknown name written as a name ("Little Snoring Parish Council") goes on to be read as before."""
        from askfoi.body_answers import looks_like_a_name, read_body_answer

        s = self.session
        answer = read_body_answer(text, skip=is_skip(text), context=s.about or "")
        if answer.kind in ("place", "service", "generic", "skip") or looks_like_a_name(text):
            return False
        if answer.kind == "period" and Step.period not in s.confirmed:
            from askfoi.periods import parse_period

            found = parse_period(text, today=self.today())
            if found is not None:  # kept for the period step, which proposes it as typed
                s.period, s.period_from_text, s.period_year = found.label, text.strip(), None
        self._say(turn, render("bot/authority_kept.j2", typed=text[:80], authority=s.authority, kind=answer.kind))
        self._ask(turn, Step.authority, again=True)
        return True

    def _not_a_body(self, text: str, turn: Turn) -> bool:
        """An answer at the organisation step that names no body askfoi can address a letter to: asked about,
        never taken as an organisation called "1", "skip", "the council" or "Tom Reed" (askfoi.body_answers)."""
        from askfoi.body_answers import read_body_answer

        answer = read_body_answer(text, skip=is_skip(text), context=self.session.about or "")
        if answer.kind == "body":
            return False
        s = self.session
        if answer.kind in ("place", "service"):
            s.authority_picks = answer.picks
        elif answer.kind == "unsure":
            s.authority_unsure = text
        elif answer.kind == "period" and Step.period not in s.confirmed:
            from askfoi.periods import parse_period

            found = parse_period(text, today=self.today())
            if found is not None:  # kept for the period step, which proposes it as typed
                s.period, s.period_from_text, s.period_year = found.label, text.strip(), None
        self._say(turn, render("bot/authority_not_a_body.j2", kind=answer.kind, typed=text[:80], picks=answer.picks,
                               generic=answer.generic))
        return True

    def _school(self) -> bool:
        """lead49: the letter goes to a school or an academy (its figures are kept by school year)."""
        from askfoi.deadlines import is_school

        return is_school(self.session.authority)

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
        choices = period_choices(self.today(), school=self._school())
        period = None
        if text.isdecimal() and 1 <= int(text) <= len(choices) and len(text) < 3:
            period = choices[int(text) - 1]
        else:
            period = parse_period(text, today=self.today())
        if period is None and not is_accept(text):
            # lead39 (newcomer): a sentence with one period in it ("the application was 24/01234/FUL, decided in march
            # this year") gives that period, as the first message's period is read
            from askfoi.periods import find_periods

            found = find_periods(text, self.today())
            if len(found) == 1:
                period = parse_period(found[0][0], today=self.today())
            else:
                period = _joined_periods(text, self.today())
            head = _PERIOD_THEN_WHY.split(text, maxsplit=1)[0].strip()
            if period is None and head and head != text.strip():
                # lead49 (nc61 #10): "from 2020 to now so i can compare before and after": the period, then why
                period = parse_period(head, today=self.today())
        if period is None:
            from askfoi.periods import explain_period_error

            reason = explain_period_error(text, today=self.today())
            if is_accept(text) and Step.period in self.session.nothing_to_keep:
                # asked once already: a second "ok" means go on without one, never a step that cannot be left
                self.session.nothing_to_keep.remove(Step.period)
                self.session.period = None
                self._say(turn, render("bot/period_skipped.j2"))
                self._advance(Step.period, turn)
                return
            if is_accept(text):  # "ok" with no period proposed: there is nothing to keep yet
                self.session.nothing_to_keep.append(Step.period)
                reason = render("bot/period_nothing_to_keep.j2", typed=text.strip()[:20]).strip()
            self._say(turn, render("bot/period_unclear.j2", reason=reason, choices=[_period_choice(p) for p in choices]))
            return
        if period.label != self.session.period:
            self._unconfirm(Step.review)
        self.session.period = period.label
        self._say(turn, render("bot/period_ok.j2", label=period.said))
        self._advance(Step.period, turn)

    def _answer_parts(self, text: str, turn: Turn) -> None:
        said = _said_about_parts(text)
        if said is not None:
            # nf91 (nc91 #4): "i still want to ask if they ... even if they wont say. and 3 and 5 are the same thing":
            # what is said ABOUT the parts is an instruction (keep asking: add; the same: remove the later), never a part
            for kind, what in said[:-1]:
                self._part_said(kind, what, turn, ask=False)
            self._part_said(*said[-1], turn)
            return
        chunks = _instructions(text)
        if len(chunks) > 1:
            # ny82 (nc82 #9): "there means oxford road manchester. and add how many fines ...": two instructions in
            # one line, each done in turn (the parts are shown once, after the last)
            for chunk in chunks[:-1]:
                self._answer_part(chunk, turn, ask=False)
            text = chunks[-1]
        self._answer_part(text, turn)

    def _part_said(self, kind: str, what, turn: Turn, ask: bool = True) -> None:
        """nf91 (nc91 #4): one sentence of _said_about_parts done: ("same", (a, b)) takes out the later of two parts
        that ask the same and says so; ("part", words) is the part itself, added as "add" would; ("text", words) as
        typed."""
        parts = self.session.parts
        if kind == "same":
            a, b = sorted(what)
            if a == b or not (1 <= a <= len(parts) and 1 <= b <= len(parts)):
                self._say(turn, render("bot/no_such_part.j2", number=b if b > len(parts) else a, count=len(parts)))
            else:
                del parts[b - 1]
                self._unconfirm(Step.review)
                self._say(turn, render("bot/part_answer.j2", kind="same", number=a, other=b, text=parts[a - 1]))
            if ask:
                self._ask(turn, Step.parts)
            return
        self._answer_part(("add " + what) if kind == "part" else what, turn, ask=ask)

    def _answer_part(self, text: str, turn: Turn, ask: bool = True) -> None:
        parts = self.session.parts
        if is_accept(text):
            if not parts:
                self._say(turn, render("bot/parts_empty.j2"))
                return
            self._advance(Step.parts, turn)
            return
        if self._reframe_part(text, turn) or self._new_subject(text, turn):
            return
        text = _add_asked(text)  # ny88 (nc88 #3): "can you add that i want the ..." is "add the ..."
        verb, _, rest = text.partition(" ")
        verb = verb.lower().rstrip(":")
        rest = rest.strip()
        number = re.match(r"^(\d{1,2})\b[.:)]?\s*(.*)$", rest, re.S)
        said = _removal(text, len(parts), parts)
        if said is not None:  # lead40: "take out the second one", "delete part 3", "get rid of the last one"
            verb, rest = "remove", str(said)
            number = re.match(r"^(\d{1,2})\b[.:)]?\s*(.*)$", rest, re.S)
        result: str
        if said == 0:
            result = render("bot/remove_which.j2", count=len(parts))
        elif verb in _words("remove") and number and not number.group(2):
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
                parts[n - 1] = self._spoken_to(_as_part(number.group(2)))
                result = render("bot/part_edited.j2", number=n)
        elif verb in _words("move") and (m := re.match(r"^(\d{1,2})\s+(?:to\s+)?(\d{1,2})$", rest)):
            a, b = int(m.group(1)), int(m.group(2))
            if not (1 <= a <= len(parts) and 1 <= b <= len(parts)):
                result = render("bot/no_such_part.j2", number=a if not 1 <= a <= len(parts) else b, count=len(parts))
            else:
                parts.insert(b - 1, parts.pop(a - 1))
                result = render("bot/part_moved.j2", source=a, target=b)
        elif not (verb in _words("add") and rest) and (period := self._typed_period(text)) is not None:
            # cl55 (nc55 #10): "last 2 years" typed at the parts step is a period (a subject access letter has no
            # period step of its own), never a kind of record: the letter asks for records from that period
            if period.label != self.session.period:
                self._unconfirm(Step.review)
            self.session.period, self.session.period_from_text = period.label, text.strip()
            result = render("bot/part_period.j2", label=period.said, typed=text.strip()[:40], sar=self._is_sar())
        elif not (verb in _words("add") and rest) and (place := _THERE_MEANS.match(text)) is not None:
            # ny76 (nc76 #5): "there means cowbridge road east in canton": the answer to askfoi's own question about "there"
            numbers, written = _place_written(parts, place.group("place"))
            result = render("bot/part_answer.j2", kind="place", numbers=numbers, parts=written, typed=text[:120])
        elif not (verb in _words("add") and rest) and (wrong := _PART_WRONG.match(text)) is not None \
                and 1 <= int(wrong.group("n")) <= len(parts):
            # ny76 (nc76 #5): "number 4 is wrong its the police who prosecute not the council": about part 4, never a part
            n = int(wrong.group("n"))
            fixed = _said_instead(parts[n - 1], wrong.group("rest"))
            if fixed:
                parts[n - 1] = self._spoken_to(fixed)
            result = render("bot/part_answer.j2", kind="wrong", number=n, fixed=parts[n - 1] if fixed else None,
                            text=parts[n - 1])
        elif not (verb in _words("add") and rest) and (not _reads_as_part(text) or _remark_to_askfoi(text)):
            # a name, an address, a word or two: not taken as a new part unless asked with "add"; ny73 (nc73 #1): nor a
            # remark to askfoi about the letter ("no i already done the repair records one, this is meant to be the foi one")
            result = render("bot/part_not_added.j2", typed=text[:120], remark=_remark_to_askfoi(text))
        else:
            new = rest if verb in _words("add") and rest else text
            if len(parts) >= MAX_PARTS:
                result = render("bot/too_many_parts.j2", limit=MAX_PARTS)
            else:
                added = self._framed_addition(new)
                added = added[: MAX_PARTS - len(parts)] if added else None
                texts = [self._spoken_to(f.text) for f in added] if added else [self._spoken_to(_as_part(new))]
                same = [next((k for k, p in enumerate(parts, 1) if _same_part(p, t)), None) for t in texts]
                asked = next((k for k, p in enumerate(parts, 1) for f in self.session.frames
                              if f.get("text") == p and _same_part(f.get("source") or "", new)), None)
                if asked and len(texts) == 1:
                    same = [asked]  # the question a part was framed from, typed again ("add how many were paid")
                if all(same):
                    # nx101 (ny100's left-out): the same part added again ("add why did you close the library" when part
                    # 2 already asks it) is said to be there already, never written twice
                    result = render("bot/part_added.j2", already=sorted(set(same)))
                else:
                    first = len(parts) + 1
                    for k, text in enumerate(texts):
                        if same[k] is None:
                            parts.append(text)
                    if added:
                        self.session.frames = [*self.session.frames, *(f.model_copy(update={"text": t}).model_dump()
                                                                      for f, t, n in zip(added, texts, same) if n is None)]
                        # ny100: said, and undone by "keep my words" typed next (the typed question back, never the
                        # first message as the one part); nx101: every part the question was framed as
                        self._added_framed = (first, parts[first - 1:], self._spoken_to(_as_part(new)))
                    result = render("bot/part_added.j2", number=first, last=len(parts),
                                    guessed=not (verb in _words("add") and rest), framed=bool(added),
                                    reasons=bool(added) and all(f.kind == "reasons" for f in added),
                                    already=sorted({n for n in same if n}))
        self._unconfirm(Step.review)
        self._say(turn, result)
        if ask:
            self._ask(turn, Step.parts)

    def _framed_addition(self, new: str) -> list[Any] | None:
        """ny99 (nc99 #8, j3): a part added as a question ("add how much they paid out in total") framed as the first
        message's questions are: read after the first message (or after the nearest of its questions that frames it),
        so its "they" and its subject come from there ("The total amount spent on pothole compensation claims."), else
        on its own. nx101 (ny100's left-out): two questions added at once ("add how many were paid and how much they
        paid out in total") are each framed, so the frames are a list. None when it is no question, or its
        framing keeps the person's words, or it names its own period, or adding it would change how the first
        message's parts are read: then the words are kept as typed (nu17)."""
        from askfoi.framing import frame_message

        if not (re.match(r"(?i)^\W*(?:how|what|which|who|why|when|where|whether)\b", new) or new.rstrip().endswith("?")):
            return None
        s = self.session
        alone = frame_message(new, s.authority, today=self.today())
        if (alone.period_text or alone.period) and alone.period != s.period:
            # "add how many fines did they issue in 2019?": another period than the letter's is kept in its words for the
            # review; ny100: the letter's own period ("... in 2025" to a 2025 letter) is framed, as in a first message
            return None
        base = (s.about or "").strip()
        if base:
            # after the whole message, then after each of its questions from the last (the one it follows on from
            # is the nearest that frames it: "how many claims did they get, and how much they paid out in total")
            framed = frame_message(base, None, today=self.today()).parts
            for before, text in [(framed, base), *(([f], f.source) for f in reversed(framed) if f.source)]:
                after = frame_message(f"{text.rstrip(' .?!,')}, and {new.strip()}", None, today=self.today()).parts
                if len(before) < len(after) <= len(before) + 3 and [p.text for p in after[: len(before)]] == \
                        [p.text for p in before] and not any(p.kept_words for p in after[len(before):]):
                    return list(after[len(before):])
        return list(alone.parts) if 1 <= len(alone.parts) <= 3 and not any(p.kept_words for p in alone.parts) else None

    def _spoken_to(self, part: str) -> str:
        """lf64: a part the person typed, speaking to the organisation the letter goes to as "you" ("Emails between TfL
        and local residents", to TfL: "Emails between you and local residents"; askfoi.part_addressee)."""
        from askfoi.part_addressee import readdressed

        return readdressed([part], None, self.session.authority)[0] if self.session.authority else part

    def _typed_period(self, text: str) -> Any:
        """The period TEXT is as a whole ("last 2 years", "from december 2024", "2025"), or None when it is anything
        else (a sentence with a period in it names records: "letters about me in 2025" stays a part)."""
        from askfoi.periods import parse_period

        return parse_period(text.strip().rstrip("."), today=self.today())

    def _new_subject(self, text: str, turn: Turn) -> bool:
        """"subject school exclusions": every framed part asks about that instead, in one step."""
        from askfoi.framing import render_frame, subject_problems

        m = re.match(r"^(?:subject|topic)\s*[:=]?\s+(.+)$", text.strip(), re.I)
        if not m:
            return False
        subject = m.group(1).strip().rstrip(".?!")
        s = self.session
        frames = self._frames()
        if subject_problems(subject, s.authority) or not any(f.subject and not f.kept_words for f in frames):
            self._say(turn, render("bot/subject_unclear.j2", typed=subject))
            return True
        # lead39 (newcomer): "subject planning application 24/01234/FUL" over parts about hospitality and a noise
        # assessment made two copies of the application and lost both questions. Only parts that share one subject
        # take the new one; a part whose subject is a statement ("whether officers got hospitality ...") never does;
        # parts about different things, or a change that would make two parts the same, are left as they were
        changing = [f for f in frames if f.subject and not f.kept_words and f.kind not in _WHOLE_STATEMENT_KINDS]
        words = [set(w for w in re.findall(r"[a-z0-9]+", (f.subject or "").lower()) if len(w) > 3) for f in changing]
        if words and not set.intersection(*words):  # "fly tipping reports" / "clearing the fly tipping": one topic
            self._say(turn, render("bot/subject_several.j2", subject=subject,
                                   parts=[(n, p) for n, p in enumerate(s.parts, 1)]))
            return True
        old = {f.text: f for f in frames}
        new_frames = []
        for f in frames:
            if f in changing:
                f = f.model_copy(update={"subject": subject, "article": False, "decision": None, "clause": ""})
                f.text = render_frame(f)
            new_frames.append(f)
        mapping = {before: after.text for before, after in zip(old, new_frames)}
        renamed = [mapping.get(p, p) for p in s.parts]
        if len(set(renamed)) < len(renamed) or not changing:
            self._say(turn, render("bot/subject_several.j2", subject=subject,
                                   parts=[(n, p) for n, p in enumerate(s.parts, 1)]))
            return True
        s.parts = renamed
        s.frames = [f.model_dump() for f in new_frames]
        self._unconfirm(Step.review)
        self._say(turn, render("bot/subject_changed.j2", subject=subject))
        self._ask(turn, Step.parts)
        return True

    def _reframe_part(self, text: str, turn: Turn) -> bool:
        """"2 policy": part 2 asked as another kind of record, in one step. False when TEXT is not that."""
        from askfoi.framing import kind_named, reframe

        m = re.match(r"^(\d{1,2})\s*[.:)=-]?\s*(?:as\s+|is\s+)?(?:the\s+|a\s+|an\s+)?([a-z][a-z ]{1,30})$", text.strip().lower())
        kind = kind_named(m.group(2)) if m else None
        if kind is None:
            return False
        s = self.session
        n = int(m.group(1))
        frames = {f.text: f for f in self._frames()}
        frame = frames.get(s.parts[n - 1]) if 1 <= n <= len(s.parts) else None
        if 1 <= n <= len(s.parts) and (frame is None or not frame.subject):
            # nf97 (nc97 #6): "4 minutes" on a part still in the person's words ("Who decided the rise?"): asked as that
            # kind about the subject the question ends on ("the rise"), when it can be told for sure
            from askfoi.framing import keep_words
            from askfoi.kept_part_subjects import kept_part_subject

            subject = kept_part_subject(s.parts[n - 1])
            if subject:
                frame = (frame or keep_words(s.parts[n - 1])).model_copy(update={"subject": subject})
        if frame is None or not frame.subject:
            # a part that is there but kept in the person's words has no frame to ask as another kind (nu19: "There's
            # no part 3: the request has 3 parts"); nf97: the example is made of the part's own words
            from askfoi.kept_part_subjects import own_words_example

            name = "bot/part_not_reframed.j2" if 1 <= n <= len(s.parts) else "bot/no_such_part.j2"
            self._say(turn, render(name, number=n, count=len(s.parts),
                                   own=own_words_example(s.parts[n - 1]) if 1 <= n <= len(s.parts) else ""))
            return True
        new = reframe(frame, kind)
        same = new.text == s.parts[n - 1]  # sp64 (nc101 #10): "3 spending" on a spending part: nothing changed
        s.frames = [new.model_dump() if f.get("text") in (frame.text, s.parts[n - 1]) else f for f in s.frames]
        s.parts[n - 1] = new.text
        if not same:
            self._unconfirm(Step.review)
        self._say(turn, render("bot/part_edited.j2", number=n, same=same))
        self._ask(turn, Step.parts)
        return True

    def _answer_review(self, text: str, turn: Turn) -> None:
        findings = self._findings()
        number = re.match(r"^(?:fix\s*)?(\d{1,2})$", text.strip().lower())
        if number and self.typed_at is not None and self.typed_at != Step.review and findings:
            # af99 (nc97 j6): a number typed before the check was on the screen (for the question the person expected
            # next) changes nothing here: the check is said again, with what a number does now
            self._say(turn, render("bot/review_number_early.j2", number=number.group(1), count=len(findings)))
            return
        if number:
            applied = self.apply_fix(int(number.group(1)))
            turn.messages.extend(applied.messages)
            return
        # rv58 (nc58 #7): only where the letter itself still has the words ("the letter still asks about ...")
        personal = [k for k, f in enumerate(findings, 1) if f.code == "third-party-personal-data" and f.severity == "high"
                    and self._in_letter(f)]
        if personal and is_accept(text) and not self.session.privacy_warned and text.strip().lower() != "keep":
            # a letter that names or describes a private person is published with the reply: asked once (nu18)
            self.session.privacy_warned = True
            self._say(turn, render("bot/review_keep_personal.j2", numbers=personal,
                                   evidence=findings[personal[0] - 1].evidence))
            return
        if is_accept(text) or is_skip(text) or text.strip().lower() == "keep" or not findings:
            self._advance(Step.review, turn)
            return
        if self._review_typed(text, findings, turn):
            return
        fixable = sum(bool(f.rewrite or f.body or self._fix_step(f)) for f in findings)
        self._say(turn, render("bot/review_unclear.j2", count=len(findings), fixable=fixable, parts=len(self.session.parts),
                               question=_asks_something(text)))

    def _review_typed(self, text: str, findings: list, turn: Turn) -> bool:
        """nx70 (nc67 #12): a sentence typed at the check step is read as an answer, never met with only "type a number":
        a change to the parts ("remove 3", "take out the bit about my neighbour", "edit 2 ...") is made as at "Parts";
        "leave it" keeps the request as it is; a death told ("he's dead, he cant ask for anything") is read with the
        story, so the checks are made again knowing it; "can you make it shorter" gets how to take parts out."""
        from askfoi.checks import death_told

        s = self.session
        said = _normal(text).replace("\u2019", "'")
        first = said.split()[0] if said.split() else ""
        if _removal(text, len(s.parts), s.parts) is not None or (first in _words("edit") + _words("move") + _words("add")
                                                                    + _words("remove") and re.search(r"\d", said)):
            s.step = Step.parts
            self._unconfirm(Step.review)
            self._answer_parts(text, turn)
            return True
        if death_told(text) and not death_told("\n".join([s.about, *s.told_later])):
            s.told_later.append(text.strip()[:500])
            self._say(turn, render("bot/review_told.j2"))
            if self._is_sar():
                # a subject access request for someone who has died is no route: the message is read again with the
                # death told, as if it had said so (the records of the dead go their own way; FOI parts stay FOI)
                s.step = Step.about
                self._answer_about(" ".join([s.about.strip(), text.strip()]), turn)
                return True
            if self._findings():
                self._ask(turn, Step.review)
            else:
                self._advance(Step.review, turn)
            return True
        if any(re.search(rf"(?<![\w']){re.escape(w)}(?![\w'])", said) for w in _words("review_keep")):
            self._advance(Step.review, turn)
            return True
        if any(re.search(rf"(?<![\w']){re.escape(w)}(?![\w'])", said) for w in _words("review_shorter")):
            self._say(turn, render("bot/review_shorter.j2", parts=s.parts))
            return True
        pointed = self._pointer_answered(text, findings)
        if pointed is not None:
            # ny91 (nc88 #9): "i mean the flats used as short term lets at 14 warrender park road", typed under "Write
            # out in this part what it points at": the answer is written into that part, as "edit N" would
            s.step = Step.parts
            self._unconfirm(Step.review)
            self._answer_parts(f"edit {pointed[0]} {pointed[1]}", turn)
            return True
        return False

    def _pointer_answered(self, text: str, findings: list) -> tuple[int, str] | None:
        """ny91 (nc88 #9): TEXT as the answer to the check step's question what a part's word points at (a
        story-reference finding: "them", "that hospital"): (the part's number, the part with the word written out),
        or None when TEXT is no such answer (a question, a command, a sentence of its own)."""
        pointer = next((f for f in findings if getattr(f, "code", "") == "story-reference" and f.evidence), None)
        if pointer is None:
            return None
        answer = re.sub(_POINTER_LEAD, "", " ".join(text.split()).strip()).strip(" .!")
        if not answer or _asks_something(text) or len(answer.split()) > 20 or re.match(_NOT_A_THING, answer):
            return None
        word = re.compile(rf"(?i)(?<![\w']){re.escape(pointer.evidence.strip())}(?![\w'])")
        for n, part in enumerate(self.session.parts, 1):
            if word.search(part):
                return n, word.sub(lambda _m: answer, part, count=1)
        return None

    def _answer_format(self, text: str, turn: Turn) -> None:
        choices = format_choices(self._is_sar())
        if is_skip(text):
            self.session.preferred_format = None
        elif text.isdecimal() and 1 <= int(text) <= len(choices) and len(text) < 3:
            self.session.preferred_format = choices[int(text) - 1]
        elif is_accept(text) and not self.session.preferred_format and _YES_WORD.match(text):
            # ck28 (nu30 item 15): "yes" to "which format?" chooses none of them: asked again, never "no format, then"
            self._say(turn, render("bot/format_unclear.j2", typed=text[:80]))
            self._ask(turn, Step.format)
            return
        elif is_accept(text):
            pass  # "ok" keeps what is set, or no format when none is: never a format called "ok"
        elif not any(re.search(rf"(?<![\w]){re.escape(w)}", text.lower()) for w in _words("format_words")):
            # a name or an email typed a step early is not a format: asked again, with the choices
            self._say(turn, render("bot/format_unclear.j2", typed=text[:80]))
            self._ask(turn, Step.format)
            return
        else:
            self.session.preferred_format = text
        from askfoi.letter import letter_format

        self._say(turn, render("bot/format_ok.j2", fmt=self.session.preferred_format,
                               phrase=letter_format(self.session.preferred_format)))
        self._advance(Step.format, turn)

    def _answer_name(self, text: str, turn: Turn) -> None:
        s = self.session
        if s.subject_name_waiting and s.requester_name:
            self._answer_subject_name(text, turn)
            return
        required = self._name_required()
        unsure, self.session.name_unsure = self.session.name_unsure, None
        if is_accept(text) and unsure:
            self.session.requester_name = unsure  # "ok": the name as typed after all
            self._advance(Step.name, turn)
            return
        if is_accept(text) and self.session.requester_name:
            self._advance(Step.name, turn)
            return
        if is_skip(text):
            if required:
                self._say(turn, render("bot/name_required.j2", regime=self.regime()))
                return
            self.session.requester_name = None
        else:
            from askfoi.answers import tidy_name

            said = _normal(text)
            # "ok" with no name yet, "sent" or "new request" typed early: not a name
            name = None if is_accept(text) or said in _words("sent") or said in _words("new_request") else tidy_name(text)
            if name is None:
                self._say(turn, render("bot/name_unclear.j2", typed=text[:80], for_someone=self.clinic or self._for_someone(),
                                       on_behalf=self._on_behalf() if self._is_sar() else None))
                return
            words = re.sub(r"\s*\(formerly.*$", "", name).replace(".", " ").split()
            if required and len(words) >= 2 and len(words[-1]) == 1:  # "dave p": an initial where the surname goes
                self.session.name_unsure = name
                self._say(turn, render("bot/name_no_surname.j2", typed_name=name, regime=self.regime()))
                return
            self.session.requester_name = name
        on_behalf = self._on_behalf() if self.session.requester_name else None
        if on_behalf is not None and not self.session.subject_name and on_behalf.name.startswith("["):
            # ck24b: made on someone's behalf: their name next, so the letter names them (no blank left unasked)
            self.session.subject_name_waiting = True
            self._say(turn, render("bot/ask_subject_name.j2", on_behalf=on_behalf))
            return
        self._advance(Step.name, turn)

    def _answer_subject_name(self, text: str, turn: Turn) -> None:
        """ck24b: the name of the person a subject access request is made for; "skip" leaves the letter's blank."""
        from askfoi.answers import tidy_name

        s = self.session
        on_behalf = self._on_behalf()
        if on_behalf is None:
            s.subject_name_waiting = False
            self._advance(Step.name, turn)
            return
        if is_skip(text):
            s.subject_name = None
        elif is_accept(text) and s.subject_name:
            pass
        else:
            name = None if is_accept(text) or _normal(text) in _words("sent") else tidy_name(text)
            if name is None or len(name) > 40:
                self._say(turn, render("bot/ask_subject_name.j2", on_behalf=on_behalf, typed=text[:80]))
                return
            s.subject_name = name
        s.subject_name_waiting = False
        self._advance(Step.name, turn)

    def _answer_email(self, text: str, turn: Turn) -> None:
        if is_skip(text):
            self.session.email = None
        elif is_accept(text) and self.session.email:
            pass
        elif is_accept(text):
            self.session.email = None  # ck25a: "ok" to an optional question with nothing to keep goes on without it
        elif not is_email(text):
            self._say(turn, render("bot/email_unclear.j2", typed=text))
            return
        else:
            self.session.email = text
        self._advance(Step.email, turn)

    def _answer_done(self, text: str, turn: Turn) -> None:
        said = _normal(text)
        told = _SENT_TOLD.search(said)
        if told is not None and not any(said == w or said.startswith(w + " ") for w in _words("sent")):
            from askfoi.pasted_reply import typed_day

            # ny76 (nc76 #13): "i actually sent it on 14 october and theyve not replied": the day it was sent, as "sent DAY"
            day = re.split(r"\s*(?:[,;.!?]|\band\b|\bbut\b|\bso\b)\s*", told.group("day"))[0].strip()
            if day and typed_day(day, self.today()) is not None:
                said = f"sent {day}"
        if any(said == w or said.startswith(w + " ") for w in _words("sent")):
            self._track_sent(said, turn)  # "i've sent it", "sent it on 28/11/2026"
            return
        if is_email(text.strip()):
            # ny73 (nc73 #10): an email address typed at the finished letter is the reply address, never silently dropped
            self.session.email = text.strip()
            self._say(turn, render("bot/done_email.j2", email=self.session.email, sar=self._is_sar()))
            self._say(turn, self.letter_text(), kind="letter")
            return
        topic = reply_question(text)
        if topic == "covered":
            # ny79 (nc79 #8): "they're a private company, do they even have to answer me?": which law binds the body
            from askfoi.next_steps import environmental_only

            facts = self._complaint_facts()
            body = facts["authority"] or self.session.authority
            self._say(turn, render("bot/covered_question.j2", body=body, water=environmental_only(body),
                                   scot=facts["scot"], sar=facts["sar"]))
            return
        facts = self._complaint_facts()
        if topic == "chase" and facts["late"] and not facts["replied"]:
            # nf91 (nc91 #5): "can you write me a chaser" for a letter sent here whose reply is late: the reply screen
            # opens with who and when typed in, and Chase writes it
            self._say(turn, render("bot/reply_question.j2", topic="chase_late", clinic=self.clinic, **facts))
            turn.actions.append("reply")
            turn.track_text = f"{facts['authority']} {self.session.sent_on.strftime('%d/%m/%Y')}"
            return
        if topic == "chase" and not facts["due"] and not facts["replied"] and facts["authority"] \
                and re.search(r"(?i)\b(?:write|draft|do|make|send)\b", text):
            # nf91 (nc91 #5): "write me a chaser" with no day sent known: the reply screen, the body typed in, the day asked
            self._say(turn, render("bot/reply_question.j2", topic="chase_when", clinic=self.clinic, **facts))
            turn.actions.append("reply")
            turn.track_text = facts["authority"]
            return
        if topic is not None:
            # rv61 (nc61 #14): a question about a reply's decision ("so does neither confirm nor deny mean they ARE
            # doing it?") is answered - what it means and does not mean, and what can be done - never a new request
            review_said = topic in ("complain", "review") and any(
                re.search(p, _normal(text)) for p in _words("reply_review_refused"))
            self._say(turn, render("bot/reply_question.j2", topic=topic, clinic=self.clinic, review_said=review_said,
                                   **self._complaint_facts()))
            if review_said:
                turn.actions.append("reply")  # nf91 (nc91 #6): the review's answer is read there, then the complaint
            return
        if self._new_story(text):
            # cl55 (nc55 #8): a new client's story typed after a finished letter is no answer about this letter: kept
            # and offered as the start of a new client (clinic: "New client?" with the words in it) or request
            self.session.new_story = text
            self._say(turn, render("bot/done_new_story.j2", clinic=self.clinic, typed=text[:60],
                                   client=self.session.requester_name))
            if self.clinic:
                turn.actions.append("new_client")
                turn.kept_text = text
            return
        story = self.session.new_story
        self.session.new_story = ""
        if story and not self.clinic and is_accept(text):
            said = self.restart()
            turn.messages.extend(said.messages)
            turn.actions.extend(said.actions)
            turn.messages.extend(self.reply(story).messages)
            return
        self._say(turn, render("bot/done_hint.j2", tracking=self.tracker is not None, clinic=self.clinic,
                               next_questions=self.session.foi_aside if self._aside_ready() else [],
                               next_bodies=self._bodies_waiting()))

    def _new_story(self, text: str) -> bool:
        """(cl55, nc55 #8) TEXT, typed after the letter is done, reads as a new request: a message of some length
        (not a command, not "sent ...", not a word or two) that frames into parts of its own."""
        from askfoi.framing import frame_message

        if len(re.findall(r"[^\W_]+", text)) < 8:
            return False
        framing = frame_message(text, None, today=self.today())
        return bool(framing.parts or framing.pending or framing.foi_aside or framing.route == "sar")

    def _not_covered_said(self, turn: Turn) -> None:
        """au58 (nc58 #2): a proposed body confirmed with "ok" that no FOI law covers is said to be so, with the
        letter it gets (a plain request) and the covered bodies likely to hold the records."""
        request = self.request()
        if request.not_covered and request.route != "sar":
            from askfoi.authorities import resolve_authority

            found = resolve_authority(self.session.authority or "")
            if found is not None:
                self._say(turn, render("bot/authority_ok.j2", authority=found, typed=self.session.authority,
                                       hours=None, route=request.route, law=request.law, eir_parts=[],
                                       not_covered=request.not_covered, holders=self._covered_holders(),
                               kind_said=_kind_said(request.not_covered)))

    def _covered_holders(self) -> list:
        """au58 (nc58 #2): for a request to a body no FOI law covers, the covered bodies likely to hold the same
        records and the complaint routes (askfoi.covered_holders), read from the first message and the parts."""
        kind = self.request().not_covered
        if not kind:
            return []
        from askfoi.covered_holders import covered_holders

        s = self.session
        return covered_holders(kind, "\n".join([s.about or "", *s.parts]))

    def _track_sent(self, said: str, turn: Turn) -> None:
        """The letter was sent (today, or on the day typed after it): kept in the tracked list with its due date,
        so askfoi names it when the reply is late. Only when the person says so; never in clinic mode."""
        letter = self.letter()
        if letter is None:
            self._say(turn, render("bot/no_letter.j2"))
            return
        from askfoi.pasted_reply import typed_day
        from askfoi.tracking import TrackingRefused

        words = [w for w in _words("sent") if said == w or said.startswith(w + " ")]
        rest = said[len(max(words, key=len)):].strip() if words else ""
        rest = re.sub(r"^(?:it\s+)?(?:on\s+)?", "", rest)
        day = self.today()
        if rest and rest not in _words("today"):
            found = typed_day(rest, self.today())  # rd47: the one reader of a typed day ("last friday", "28/11/2026")
            if found is None:
                self._say(turn, render("bot/track_sent.j2", bad_date=rest[:40]))
                return
            day = found
        if not letter.covered:
            # au58 (nc58 #2): a body no FOI law covers owes no reply by law: nothing to count, chase or complain of
            self.session.sent_on = day
            self._say(turn, render("bot/track_sent.j2", not_covered=True, authority=letter.authority, sent=day))
            return
        if self.tracker is None:
            # rd47 (nc45 #3): nothing is kept, but a day given is the one the reply is due from, not today
            from askfoi.deadlines import due_date

            due = due_date(day, letter.regime, authority=letter.authority) if day != self.today() else None
            from askfoi.tracking import days_late

            # nf91 (nc91 #5): "i sent this on 20 october ... no reply, what do i do": a day weeks ago is overdue now;
            # it is said, and the reply screen opens with who and when typed in, where the chaser is one press away
            late, working = days_late(due, self.today(), letter.regime) if due else (0, False)
            if due is not None:
                self.session.sent_on = day
            self._say(turn, render("bot/track_sent.j2", off=True, sent=day, due=due, days_late=late, working=working,
                                   clinic=self.clinic))
            if late:
                turn.actions.append("reply")
                turn.track_text = f"{letter.authority} {day.strftime('%d/%m/%Y')}"
            return
        if not self.session.authority:
            # ck24b: sent, but to whom? never tracked as "(the organisation)": asked, then tracked once it is named
            self.session.sent_pending = said
            self.session.step = Step.authority
            self._say(turn, render("bot/track_sent.j2", ask_body=True, sent=day))
            return
        try:
            tracked = self.tracker.add(letter.authority, day, title=letter.subject, regime=letter.regime,
                                       name=self.session.requester_name)  # rv55: the review after a restart is signed
        except (TrackingRefused, OSError) as exc:
            self._say(turn, render("bot/track_sent.j2", failed=str(exc)[:200]))
            return
        self.session.sent_on = day  # ck23b: a request sent is finished: a restart never offers to carry it on
        from askfoi.tracking import days_late

        # nu20: a day given weeks ago is overdue already; lf61 (rv58): in working days for FOI, as its deadline is
        late, working = days_late(tracked.due, self.today(), Regime(tracked.regime), tracked.scotland)
        from askfoi.tracking import statuses

        status = statuses([tracked], self.today())
        school = status[0] if status and status[0].school_latest else None
        if school is not None:
            # lead49 (nc61 #5): a school has 20 school days, never more than 60 working days: the latest day is certain,
            # the 20th school day is not (its holidays do not count), so it is late for sure only after the latest
            late = 0
            if school.overdue:
                late, working = days_late(school.school_latest, self.today(), Regime(tracked.regime), tracked.scotland)
        self._say(turn, render("bot/track_sent.j2", authority=tracked.authority, sent=day, due=tracked.due, days_late=late,
                               working=working, foisa=Regime(tracked.regime) == Regime.FOISA,
                               school_latest=school.school_latest if school else None,
                               school_maybe_late=bool(school and school.school_maybe_late)))

    def matches_loaded(self) -> Turn | None:
        """ny97 (nc94 #10): the past responses have loaded (the matcher is set): a first answer that said they were
        still loading gets its similar requests said in the chat, where every screen shows them (the insight panel
        is beside the chat only on a wide one). None when nothing was promised."""
        text = getattr(self, "_similar_owed", None)
        if not text or self.matcher is None:
            return None  # (still owed while the past responses load)
        self._similar_owed = None
        try:
            found = list(self.matcher.match(text, authority=self.request().authority_name, top=3, parts=[text]).similar)
        except Exception:  # noqa: BLE001 - the chat goes on without them
            return None
        turn = Turn()
        self._say(turn, render("bot/similar_loaded.j2", similar=[similar_line(r) for r in found]))
        return turn

    def reply_seen(self, *, outcome: str, ncnd: bool = False, after_review: bool = False, final: bool = True,
                   chased: bool = False) -> None:
        """nz79 (nc79 #9): the reply screen read a reply (TUI: when it closes): what complaining is answered from."""
        self.session.reply_read = {"outcome": outcome, "ncnd": ncnd, "after_review": after_review, "final": final,
                                   "chased": chased or bool(self.session.reply_read.get("chased"))}

    def _complaint_facts(self) -> dict:
        """nz76 (nc76 #11): what the answer about complaining to the Commissioner needs: the body, whether it answers
        under Scottish law, and, for a letter marked sent here, the day its reply was due and whether that has passed."""
        s = self.session
        letter = self.letter() if s.parts else None
        read = dict(s.reply_read) if s.reply_read else None  # nz79: a reply read here, never "has not come"
        if letter is None:
            return {"authority": s.authority or None, "scot": False, "due": None, "late": False, "sar": False,
                    "replied": read}
        from askfoi.deadlines import due_date, long_date

        scot = letter.regime == Regime.FOISA or "(Scotland)" in (letter.law or "")
        due = due_date(s.sent_on, letter.regime, authority=letter.authority) if s.sent_on and letter.covered else None
        return {"authority": letter.authority, "scot": scot, "due": long_date(due) if due else None,
                "late": bool(due and self.today() > due), "sar": letter.regime == Regime.SAR, "replied": read,
                "environmental": letter.regime == Regime.EIR}

    def _aside_ready(self) -> bool:
        """(cl53, nc51 #4) A subject access letter is done and its message asked FOI questions it set aside."""
        s = self.session
        return bool(s.step == Step.done and s.foi_aside and s.parts and self._is_sar())

    def _bodies_waiting(self) -> list[dict]:
        """(cl55, nc55 #1d) This letter is done and its message asked other organisations questions of their own,
        promised as the next request ("I'll keep that as a note"): what /next writes once the letter is done."""
        s = self.session
        return self._promised(s.other_requests) if s.step == Step.done and s.parts and s.other_requests else []

    def _promised(self, bodies: list[dict]) -> list[dict]:
        """nz70 (nc70 #10): the requests waiting for other organisations as /next will write them: "both" (same) is
        the letter just finished, its parts as they now stand, so the preview says what the next letter will ask."""
        parts = list(self.session.parts)
        return [dict(b, questions=parts) if b.get("same") and parts else b for b in bodies]

    def next_letter_ready(self) -> bool:
        """A letter is done and the next one is waiting: the FOI questions a subject access message set aside
        (cl53), or the questions the message put to another organisation (cl55). Conversation.next_letter writes it."""
        return self._aside_ready() or bool(self._bodies_waiting())

    def next_questions(self) -> list[str]:
        """The questions the next letter (Conversation.next_letter) would ask, or none."""
        if self._aside_ready():
            return list(self.session.foi_aside)
        bodies = self._bodies_waiting()
        return list(bodies[0].get("questions") or []) if bodies else []

    def next_letter(self) -> Turn:
        """(cl53, nc51 #4) The FOI letter for the same client: the questions the subject access message set aside become
        a new request, nothing retyped, with the same organisation (confirmed), the period the message gave (proposed)
        and the same name. The chat so far stays on screen; the subject access letter is replaced as the letter."""
        turn = Turn()
        if not self.next_letter_ready():
            self._say(turn, render("bot/next_letter.j2", ready=False))
            return turn
        if not self._aside_ready():
            return self._next_body_letter(turn)
        self._keep_written()
        old = self.session
        questions, covered = _foi_only(list(old.foi_aside), self.today())
        text = _joined_questions(questions)
        new = Session(history=old.history, authority=old.authority, authority_known=old.authority_known,
                      requester_name=old.requester_name, email=old.email, about=text,
                      period=old.foi_aside_period, period_from_text=old.foi_aside_period_text)
        # the same client: the organisation and the name are kept as answered (/back changes them); the period is
        # proposed again at its step, as any period a message gives
        new.confirmed = [st for st in (Step.authority, Step.name, Step.email) if st in old.confirmed
                         and (st != Step.authority or old.authority) and (st != Step.name or old.requester_name)]
        new.carried = [st.value for st in (Step.name, Step.email) if st in new.confirmed]
        self.session = new
        self._resolved = None
        from askfoi.authorities import letter_name_of

        self._say(turn, render("bot/next_letter.j2", ready=True, questions=questions, signer=old.requester_name,
                               authority=letter_name_of(old.authority) or old.authority if old.authority else None,
                               clinic=self.clinic, covered=covered))
        self._answer_about(text, turn)
        return turn

    def _next_body_letter(self, turn: Turn) -> Turn:
        """(cl55, nc55 #1d) The next request the first message put to another organisation, kept as a note while this
        letter was written: its questions become a new request to that organisation (proposed, to confirm), with the
        same name and email; any further organisation's questions stay waiting for the next /next."""
        self._keep_written()
        old = self.session
        body, rest = old.other_requests[0], old.other_requests[1:]
        # nx67 (nc64 #9): "both": the same request as the letter just done, as it was finished
        questions = list(old.parts) if body.get("same") else list(body.get("questions") or [])
        text = " ".join(q if q.rstrip().endswith(("?", ".", "!")) else q.rstrip() + "?" for q in questions)
        text = text[:1].upper() + text[1:]
        same = bool(body.get("same"))
        new = Session(history=old.history, requester_name=old.requester_name, email=old.email, about=text,
                      authority=body.get("authority") or None, authority_known=bool(body.get("authority")),
                      other_requests=rest, **({"period": old.period, "period_from_text": old.period_from_text,
                                               "period_year": old.period_year}
                                              if same and old.period else {}))
        # nz70 (nc70 #10): what was promised is kept: the organisation the person named for this request, and for "both"
        # the period already answered; never asked again (/back changes them)
        new.confirmed = [st for st in (Step.name, Step.email) if st in old.confirmed
                         and (st != Step.name or old.requester_name)]
        new.carried = [st.value for st in new.confirmed]
        if body.get("authority"):
            new.confirmed.append(Step.authority)
        if same and old.period and Step.period in old.confirmed:
            new.confirmed.append(Step.period)
        self.session = new
        self._resolved = None
        from askfoi.authorities import letter_name_of

        authority = body.get("authority") or ""
        self._say(turn, render("bot/next_letter.j2", ready=True, other_body=True, questions=questions,
                               signer=old.requester_name, clinic=self.clinic,
                               authority=letter_name_of(authority) or authority if authority else None))
        if same and questions:
            # ny79 (nc79 #4): the finished parts are read once more for this body's law and checks, but what that reading
            # would say about them ("I can't yet turn that into a request") is never said: they are not re-asked
            self._answer_about(text, Turn())
            # nz70: "both": the letter just finished, its parts word for word; ny73 (nc73 #3): always, and with the frames
            # they were read from: a re-reading of the joined parts never drops three of four ("both" is one decision)
            self.session.parts = questions
            if len(old.frames) == len(questions):
                self.session.frames = [dict(f) for f in old.frames]
            # ny79: the parts (and the format already chosen) are answered: straight on to the review and the letter
            if getattr(old, "preferred_format", None) and Step.format in old.confirmed:
                self.session.preferred_format = old.preferred_format
                self.session.confirmed.append(Step.format)
            for st in (Step.about, Step.parts):
                if st not in self.session.confirmed:
                    self.session.confirmed.append(st)
            self._unconfirm(Step.review)
            self._advance(Step.about, turn)
        else:
            self._answer_about(text, turn)
        self.session.other_requests = [*self.session.other_requests, *rest]  # the rest wait for the next /next
        return turn

    # -- slash commands ------------------------------------------------------------------------------

    def _command(self, text: str, turn: Turn) -> Turn:
        name, _, arg = text[1:].partition(" ")
        name, arg = name.lower(), arg.strip().lower()
        if name == "back":
            step = back_step(arg)
            back = self.go_to(step) if step is not None and step != self.session.step else self.go_back()
            if arg and step is None:  # lf64: "/back foo": said, and one step back as a plain /back
                self._say(turn, render("bot/back_unknown.j2", typed=arg[:40],
                                       steps=[STEP_LABELS[st] for st in STEPS if st != Step.done]))
            turn.messages.extend(back.messages)
        elif name == "restart":
            return self.restart()
        elif name == "help":
            self._say(turn, render("bot/help.j2"))
            turn.actions.append("help")
        elif name in ("copy", "save", "email"):
            if not self.session.parts and not (self.session.route_letter and name != "email"):
                self._say(turn, render("bot/no_letter.j2"))
            elif name == "copy":
                turn.actions.append("copy")
            elif name == "email":
                turn.actions.append("mailto")
            else:
                first, _, rest = text[1:].partition(" ")[2].strip().partition(" ")
                kind = first.lower()
                if kind in ("eml", ".eml", "email"):
                    turn.actions.append("save_eml")
                else:
                    turn.actions.append("save_txt")
                    if kind not in ("txt", ".txt", "text"):
                        rest = f"{first} {rest}".strip()
                turn.save_to = rest.strip() or None
        elif name == "new":
            turn.actions.append("new_client")
        elif name == "sent":
            self._track_sent(("sent " + arg).strip(), turn)
        elif name == "next":
            said = self.next_letter()
            turn.messages.extend(said.messages)
        elif name in ("complain", "chase", "reply", "review"):
            # nz76 (nc76 #11): the letters after the request (review, chaser, complaint) are on the reply screen
            self._say(turn, render("bot/reply_question.j2", topic="command", command=name, clinic=self.clinic,
                                   **self._complaint_facts()))
            turn.actions.append("reply")
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
        self.session.nothing_to_keep = []
        if self._name_required() and not self.session.requester_name:
            self._unconfirm(Step.name)  # e.g. the organisation changed from an EIR-only body
        start = STEPS.index(answered) + 1
        for step in STEPS[start:]:
            if step == Step.period and self._period_not_asked():
                continue  # a subject access request has no period step
            if step == Step.done or step not in self.session.confirmed:
                if step == Step.review and not self._findings():
                    self.session.confirmed.append(Step.review)
                    self._say(turn, render("bot/review_clean.j2", sar=self._is_sar()))
                    continue
                self.session.step = step
                self._ask(turn, step)
                return

    def _ask(self, turn: Turn, step: Step, again: bool = False) -> None:
        s = self.session
        if step.value in s.carried:  # af100: asked here after all (/back): no longer kept unasked
            s.carried = [c for c in s.carried if c != step.value]
        if step == Step.about:
            self._say(turn, render("bot/ask_about.j2", current=s.about if again else ""))
        elif step == Step.authority:
            proposed = s.authority if s.authority_from_text and not again else None
            from askfoi.place_councils import council_for_tier, county_council_of

            # org14: a district named by its place, proposed as its county council: say why
            county_service = bool(proposed and s.authority_from_text and any(
                county_council_of(d) == proposed and council_for_tier(d, s.about or "") == proposed
                for d in (self._district_named(s.authority_from_text),) if d))
            from askfoi.asked_holders import road_holders
            from askfoi.authorities import letter_name_of

            several = self._named_together()
            from askfoi.nation_bodies import other_nation_body

            # nx70 (nc67 #8): a body for one nation asked about a place in another: the body there is said and offered
            elsewhere = next((o for o in (other_nation_body(b, s.about or "") for b in ([proposed] if proposed else several))
                              if o is not None), None)
            self._say(turn, render("bot/ask_authority.j2", current=s.authority if again else None, proposed=proposed,
                                   elsewhere=elsewhere,
                                   road=road_holders(several, s.about or "") if several else None,
                                   proposed_name=letter_name_of(proposed),
                                   county_service=county_service,
                                   named=s.authority_from_text, several=several,
                                   note=s.authority_note if proposed == s.authority else None,
                                   picks=s.authority_picks, places=s.authority_places,
                                   kind_question=None if again else s.authority_question,
                                   listed=not again and _lists_picks(s.authority_question, s.authority_picks)))
        elif step == Step.period:
            proposed = s.period if s.period_from_text and not again else None
            from askfoi.periods import said_label

            self._say(turn, render("bot/ask_period.j2", current=said_label(s.period) if again and s.period else None,
                                   choices=self.choices(), proposed=said_label(proposed) if proposed else None, stated=s.period_from_text,
                                   year=s.period_year if proposed else None))
        elif step == Step.parts:
            from askfoi.framing import kind_words

            framed = {f.text for f in self._frames() if f.subject and not f.kept_words and f.kind != "personal_data"}
            self._say(turn, render("bot/ask_parts.j2", parts=s.parts, can_reframe=any(p in framed for p in s.parts),
                                   kinds=kind_words(), sar=self._is_sar(), for_other=self._is_sar() and self._for_someone()))
        elif step == Step.review:
            findings = self._findings()
            steps = [self._fix_step(f) for f in findings]
            labels = [STEP_LABELS[st] if st and not f.rewrite else None for f, st in zip(findings, steps)]
            self._say(turn, render("bot/ask_review.j2", findings=findings, fix_steps=labels, sar=self._is_sar()))
        elif step == Step.format:
            self._say(turn, render("bot/ask_format.j2", choices=format_choices(self._is_sar()), current=s.preferred_format if again else None,
                                   not_covered=bool(s.parts and self.request().not_covered),
                                   someone_else=self._on_behalf() is not None,
                                   sar=self._is_sar()))
        elif step == Step.name and s.subject_name_waiting and s.requester_name and self._on_behalf() is not None:
            self._say(turn, render("bot/ask_subject_name.j2", on_behalf=self._on_behalf()))  # ck24b: asked again on resume
        elif step == Step.name:
            self._say(turn, render("bot/ask_name.j2", required=self._name_required(), regime=self.regime(),
                                   not_covered=bool(s.parts and self.request().not_covered),
                                   current=s.requester_name if again else None, sar=self._is_sar(),
                                   for_someone=self.clinic or self._for_someone(), on_behalf=self._on_behalf()))
        elif step == Step.email:
            # mx101 (nc101 j4): a subject access requester is never pointed to WhatDoTheyKnow (FOI and EIR requests only)
            self._say(turn, render("bot/ask_email.j2", current=s.email if again else None, sar=self._is_sar()))
        else:
            letter = self.letter()
            self._say(turn, render("bot/done.j2", due=_long_date(self.due()), regime=letter.regime if letter else None,
                                   school_latest=_long_date(self._school_latest(letter)) if self._school_latest(letter) else None,
                                   not_covered=letter is not None and not letter.covered, authority=s.authority,
                                   holders=self._covered_holders(),
                                   today=_long_date(self.today()), tracking=self.tracker is not None,
                                   other_bodies=self._promised(s.other_requests), clinic=self.clinic, save_place=self.save_place,
                                   next_questions=s.foi_aside if self._aside_ready() else [],
                                   carried=s.carried, signer=s.requester_name, email=s.email))
            s.carried = []  # af100 (nc99 j5): said once, when this letter is first finished
            self._say(turn, self.letter_text(), kind="letter")

    def request(self) -> Any:
        """The request as it stands, resolved once for this state of the session (askfoi.request)."""
        from askfoi.request import resolve_request

        s = self.session
        key = (s.about, s.authority, s.period, tuple(s.parts), len(s.frames), self.today(), s.authority_said,
               tuple(s.told_later))
        cached = getattr(self, "_resolved", None)
        if cached is None or cached[0] != key:
            from askfoi.framing import frame_message

            # ny102 (nc102 #2, #5): the route the first message was framed on (cached: the about step framed it already)
            route = frame_message(s.about, None, today=self.today()).route if s.about else None
            self._resolved = (key, resolve_request(s.about, s.authority, s.period, s.parts, self._frames(), today=self.today(),
                                                   said_kind=s.authority_said, told_later="\n".join(s.told_later),
                                                   route=route))
        return self._resolved[1]

    def _frames(self) -> list:
        from askfoi.framing import Frame

        return [Frame.model_validate(f) for f in self.session.frames]

    def _frames_for(self, parts: list[str]) -> list[dict]:
        """The frames behind PARTS after a fix: the ones kept, and those the fix rendered."""
        from askfoi.framing import frame_message

        known = {f.text: f for f in self._frames()}
        for f in list(known.values()):
            for r in f.replacements:
                known.setdefault(r.text, r)
        out = []
        for part in parts:
            frame = known.get(part)
            if frame is None:
                framed = frame_message(part, today=self.today()).parts
                frame = next((p for p in framed if p.text == part), None)
            if frame is not None:
                out.append(frame.model_dump())
        return out

    def _in_letter(self, finding: Finding) -> bool:
        """rv58 (nc58 #7): the letter's parts still have the words FINDING quotes (always, for one that quotes none)."""
        from askfoi.request import _in_parts

        return _in_parts(finding, self.session.parts)

    def _fix_step(self, finding: Finding) -> Step | None:
        """The step that fixes FINDING (fix_step), except going back to the parts for words that are not in them (the
        first message's "my neighbour", left out of the letter): a fix there would change nothing and come back again."""
        step = fix_step(finding.code)
        return None if step == Step.parts and not self._in_letter(finding) else step

    def _findings(self) -> list[Finding]:
        """What the review shows (askfoi.request): the checks on the parts, then framing's own (a covert
        part with answerable frames instead, a part that is not a request for records, periods that
        conflict). A subject access request gets no FOI findings."""
        if not self.request_text():
            return []
        return list(self.request().findings)

    @staticmethod
    def _district_named(typed: str) -> str | None:
        """The district council TYPED names by its place ("sevenoaks"), or None."""
        from askfoi.authorities import resolve_authority

        found = resolve_authority(typed)
        return found.name if found is not None and found.known else None

    def _every_body(self, text: str, picks: list[str]) -> list[str]:
        """nx67 (nc64 #9): the organisations an answer at the organisation step sends the request to when it says "both"
        or "all of them" (knowledge/vocab/conversation.yaml every_body) while the message named two or more
        (PICKS): the one the answer names first (if it names one of them), then the rest in the message's order; none
        when the answer says no such thing ("not both", "just the council")."""
        low = " ".join(re.findall(r"[a-z']+", (text or "").lower()))
        said = lambda words: any(re.search(rf"(?<![\w']){re.escape(w)}(?![\w'])", low) for w in words)  # noqa: E731
        if not said(_words("every_body")) or said(_words("every_body_not")):
            return []
        from askfoi.body_answers import bodies_in_sentence

        typed = bodies_in_sentence(text)
        named = [n.lower() for n in typed]
        if len(picks) < 2:
            # "its both of them, elderpark housing association did the inspection": the organisation proposed and the
            # one the answer names
            picks = [*([self.session.authority] if self.session.authority else []), *typed]
            picks = [p for k, p in enumerate(picks) if p and p.lower() not in {q.lower() for q in picks[:k]}]
            if len(picks) < 2:
                return []
        first = next((p for p in picks if any(n and (n in p.lower() or p.lower() in n) for n in named)), picks[0])
        return [first, *[p for p in picks if p != first]]

    def _named_together(self) -> list[str]:
        """The bodies the first message names side by side, while no organisation is chosen (askfoi.framing)."""
        from askfoi.framing import bodies_named_together

        s = self.session
        return bodies_named_together(s.about) if s.about and not s.authority else []

    def _for_someone(self) -> bool:
        """The first message says it is written for someone else ("typing this for my client")."""
        about = " ".join(self.session.about.lower().replace("\u2019", "'").split())
        if any(re.search(rf"(?<![\w']){re.escape(w)}(?![\w'])", about) for w in _words("for_someone")):
            return True
        # "my mum wants her care file": the records are the own records of the person the writer is helping
        return self._is_sar() and any(f.code == "their-own-data" for f in self.request().findings)

    def _body_only(self, text: str, turn: Turn) -> bool:
        """lead39 (newcomer): TEXT names an organisation and asks nothing ("brighton and hove council" typed after
        "what records would answer 'tell me about the bins'?", or as a first message): the organisation is taken for
        the letter and the question still open is asked again; a waiting message is never replaced by the body's name."""
        from askfoi.framing import frame_message

        s = self.session
        named = frame_message(text, None, today=self.today())
        if not named.authority or named.parts or named.pending or named.other_bodies or named.route == "sar":
            return False
        rest = re.sub(re.escape(named.authority.from_text or named.authority.name), " ", text, flags=re.I)
        if len([w for w in re.findall(r"[a-z']+", rest.lower()) if w not in _BODY_ONLY_FILLERS]) > 1:
            return False  # "my gran died at the royal stoke and i want her notes" says more than who to write to
        if Step.authority in s.confirmed and s.authority != named.authority.name:
            self._unconfirm(Step.authority)
        s.authority = named.authority.name
        s.authority_known = True
        s.authority_from_text = named.authority.from_text
        s.authority_question, s.authority_picks, s.authority_places = None, [], []
        waiting = bool(s.about and not s.parts)
        questions = frame_message(s.asked or s.about, None, today=self.today()).questions if waiting else []
        self._say(turn, render("bot/body_noted.j2", body=named.authority.letter_name, waiting=waiting,
                               about=(s.asked or s.about)[:80], questions=questions))
        if waiting:
            from askfoi.framing import choice_kinds

            self._say(turn, render("bot/frame_questions.j2", questions=questions, choices=[
                _kind_label(k) for k in choice_kinds()], can_choose=bool(s.pending_frames), again=True))
        return True

    def _unseen_reference(self, text: str, turn: Turn) -> bool:
        """nx82 (nc79 #4): TEXT, the first message, only points at another request askfoi cannot see ("same as the
        other one but for wiltshire police"): asked back, briefly; an organisation it names is taken for the letter."""
        low = " ".join((text or "").lower().split())
        if len(low.split()) > 16:
            return False
        rest, hit = low, False
        for rx in _words("unseen_reference"):
            rest, n = re.subn(rx, " ", rest)
            hit = hit or bool(n)
        if not hit:
            return False
        from askfoi.framing import find_authority

        found, _ = find_authority(text, None)
        if found is not None and (found.from_text or "").lower() in rest:
            rest = rest.replace(found.from_text.lower(), " ")
        if [w for w in re.findall(r"[a-z']+", rest) if w not in _words("unseen_reference_fillers")]:
            return False
        if found is not None:
            s = self.session
            if Step.authority in s.confirmed and s.authority != found.name:
                self._unconfirm(Step.authority)
            s.authority, s.authority_known, s.authority_from_text = found.name, True, found.from_text
            s.authority_question, s.authority_picks, s.authority_places = None, [], []
        self._say(turn, render("bot/unseen_reference.j2", body=found.letter_name if found is not None else ""))
        return True

    def _on_behalf(self):
        """sar15: the letter's OnBehalf when the subject access request is made for the person the records are about
        (a parent for a child), else None."""
        if not self._is_sar():
            return None
        from askfoi.whose_records import read_whose

        return read_whose(self.session.about).for_letter()

    def _on_behalf_named(self):
        """The letter's OnBehalf with the name the person gave for whom it is made (ck24b), else its blank."""
        ob = self._on_behalf()
        if ob is not None and self.session.subject_name:
            ob = ob.model_copy(update={"name": self.session.subject_name[:40]})
        return ob

    def _named_part(self, part: str) -> str:
        """PART with the blank for the person a subject access request is made for filled by their name (ck24b)."""
        name = self.session.subject_name
        if not name or not self._is_sar():
            return part
        ob = self._on_behalf()
        return part.replace(ob.name, name[:40]) if ob is not None else part

    def _period_not_asked(self) -> bool:
        """A subject access request asks for all the person's records: no letter period is asked for (the dates
        the person gave stay with each record); the period step is passed over and cannot be gone to."""
        return self.session.period_not_asked and self._is_sar()

    def _is_sar(self) -> bool:
        return bool(self.session.about) and self.request().route == "sar"

    def _name_required(self) -> bool:
        """A real name is required for FOIA and FOISA (s8) and a subject access request; not for the EIR."""
        regime = self.regime()
        if self.session.parts and self.request().not_covered and regime != Regime.SAR:
            return False  # au58: a plain request to a body no FOI law covers needs no name by law
        return regime != Regime.EIR


# ny88 (nc88 #3): "add" asked in a sentence ("can you add that i want the anpr records of my car", "please also add
# i'd like to see the contract"): the words of asking are never written into the part
_ADD_ASKED = re.compile(r"(?i)^\W*(?:(?:and|also|so|oh|ok|okay)[\s,]+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+"
                        r"(?:please\s+)?(?:also\s+)?|please\s+(?:also\s+)?)?add\s+(?:in\s+)?(?:that\s+)?"
                        r"(?:(?:i|we)(?:\s+(?:would|d)|'d)?\s+(?:also\s+)?(?:like|want|need)\s+"
                        r"(?:to\s+(?:see|get|have|know)\s+)?)?(?P<rest>\S.*?)\s*$", re.S)
# a UK vehicle registration typed in lower case ("ab12 cde"): written as it is on the plate
_VEHICLE_REG = re.compile(r"(?i)\b[a-z]{2}\d{2}\s?[a-z]{3}\b")


# nf91 (nc91 #4): what a person says ABOUT the parts at the parts step: two parts that ask the same ("3 and 5 are the
# same thing about cost", "part 4 is the same as 2"), and a question they still want asked ("i still want to ask if
# they ...", "i do still want to know whether ..."), its chat tail about the body's likely answer cut ("even if they
# wont say")
_SAME_PARTS = re.compile(r"(?i)^\W*(?:(?:and|also|but|oh|ok|plus)[\s,]+)*(?:parts?\s+|numbers?\s+|no\.?\s*)?(?P<a>\d{1,2})\s+"
                         r"(?:(?:and|&)\s+(?:part\s+|number\s+|no\.?\s*)?(?P<b>\d{1,2})\s+(?:are|r)\s+(?:(?:basically|really|just|kind\s+of|"
                         r"asking)\s+)*(?:the\s+)?same|is\s+(?:(?:basically|really|just)\s+)*(?:the\s+same(?:\s+thing)?\s+as|a\s+repeat\s+of)"
                         r"\s+(?:part\s+|number\s+|no\.?\s*)?(?P<c>\d{1,2}))\b")
_STILL_ASK = re.compile(r"(?i)^\W*(?:(?:and|also|but|oh|ok)[\s,]+)*(?:i|we)\s+(?:do\s+)?(?:still|really)\s+(?:want|wanna|need|would\s+like|"
                        r"'d\s+like)\s+(?:to\s+)?(?:ask|know|find\s+out)\s+(?:them\s+)?(?P<rest>(?:if|whether|about|how|what|why|"
                        r"when|where|who|which)\b.*)$")
_THEIR_ANSWER_TAIL = re.compile(r"(?i)[\s,]+(?:even\s+if|even\s+though|though|although|if\s+only)\s+(?:they|it|the\s+\w+)\s+"
                                r"(?:wo?n'?t|will\s+not|don'?t|do\s+not|can'?t|cannot|might\s+not|may\s+not|refuse\s+to|probably)\b.*$")


def _said_about_parts(text: str) -> list[tuple[str, Any]] | None:
    """nf91 (nc91 #4): TEXT typed at the parts step as its sentences, when one of them says something ABOUT the parts
    (_SAME_PARTS, _STILL_ASK): ("same", (a, b)), ("part", the question kept) or ("text", a sentence as typed); None
    when no sentence does (the usual reading of the text stands)."""
    out: list[tuple[str, Any]] = []
    found = False
    for sentence in (x.strip() for x in re.split(r"(?<=[.!?;])\s+", text or "") if x.strip()):
        same = _SAME_PARTS.match(sentence)
        still = _STILL_ASK.match(sentence.rstrip(" .!"))
        if same:
            out.append(("same", (int(same.group("a")), int(same.group("b") or same.group("c")))))
            found = True
        elif still:
            rest = _THEIR_ANSWER_TAIL.sub("", still.group("rest")).strip(" ,.")
            rest = re.sub(r"(?i)^if\b", "whether", rest)
            out.append(("part", rest[:1].upper() + rest[1:] + "."))
            found = True
        else:
            out.append(("text", sentence))
    return out if found else None


def _add_asked(text: str) -> str:
    """ny88 (nc88 #3): TEXT typed at the parts step as "add" and the part, whatever words asked it; TEXT when it does
    not ask to add a part in words."""
    m = _ADD_ASKED.match(text or "")
    text = "add " + m.group("rest") if m else text or ""
    return _VEHICLE_REG.sub(lambda r: r.group(0).upper(), text)


def _own_recording(text: str, parts: list[str]) -> str | None:
    """ny102 (nc102 #1): the words of a message read as FOI that ask for a recording of the person it is for ("he wants a
    copy of the bodycam footage from when gmp searched him"), when no part of the letter asks for it: their own data,
    said and never dropped in silence; None otherwise."""
    if any(re.search(p, part, re.I) for part in parts for p in _words("recording_in_part")):
        return None
    for pattern in _words("own_recording_asked"):
        m = re.search(pattern, text or "", re.I)
        if m:
            return " ".join(m.group().split())
    return None


def _recording_noun(said: str | None) -> str | None:
    """ny102: the kind of recording SAID names, as the example of the subject access request says it."""
    m = re.search(r"(?i)\b(cctv|body\s*-?\s*cam|bodycam|body[\s-]worn|dash\s*cam)", said or "")
    if not m:
        return None
    kind = m.group(1).lower()
    return "CCTV footage" if kind == "cctv" else "dashcam footage" if kind.startswith("dash") else "body-worn video footage"


def _complained_of(text: str) -> dict:
    """ny102 (nc102 #10): the organisation a question about complaining names ("how do i complain to the commissioner
    about glasgow city council"), never the Commissioner itself: {"authority", "scot"}, or nothing when none is named."""
    from askfoi.authorities import resolve_authority
    from askfoi.framing import find_authority

    rest = text
    for pattern in _words("own_complaint"):
        rest = re.sub(pattern, " ", rest, flags=re.I)
    rest = re.sub(r"(?i)\b(?:the\s+)?(?:ico|(?:scottish\s+)?information\s+commissioner(?:'s\s+office)?|commissioner)\b", " ", rest)
    found, _ = find_authority(rest)
    body = resolve_authority(found.name) if found is not None else None
    if body is None or not body.known or "commissioner" in body.name.lower():
        return {}
    return {"authority": body.letter_name or body.name,
            "scot": body.regime == Regime.FOISA or getattr(body.nation, "value", body.nation) == "scotland"}


def _joined_questions(questions: list[str]) -> str:
    """The set-aside QUESTIONS as one message, each ended as a question, the first word capitalised."""
    text = " ".join(q if q.rstrip().endswith(("?", ".", "!")) else q.rstrip() + "?" for q in questions)
    return text[:1].upper() + text[1:]


def _foi_only(questions: list[str], today) -> tuple[list[str], list[str]]:
    """ny88 (nc88 #1, nc85 #8b): the questions a subject access letter set aside, as the FOI letter after it asks them:
    read together they are never a subject access request again (a question about the person's own car or phone among
    them turned the FOI letter into the same subject access letter, in a loop, and the FOI questions were never asked).
    When they read as one, the FOI letter asks only those that reading sets aside; the rest (COVERED) are the person's
    own data, which the subject access letter just written asks for. Returns (questions, covered)."""
    from askfoi.framing import frame_message

    if not questions:
        return questions, []
    framing = frame_message(_joined_questions(questions), None, today=today)
    if framing.route != "sar" or not framing.foi_aside:
        return questions, []

    def norm(q: str) -> str:
        return re.sub(r"\W+", " ", q.lower()).strip()

    kept = {norm(q) for q in framing.foi_aside}
    foi = [q for q in questions if norm(q) in kept]
    if not foi:
        return questions, []
    return foi, [q for q in questions if norm(q) not in kept]


# ny76 (nc76 #5): the place "there" means, typed at the parts step ("there means cowbridge road east", "by there i
# meant the junction by the school", "'there' is the A48 at ely")
_THERE_MEANS = re.compile(r"(?i)^\W*(?:by\s+)?[\"'\u2018\u201c]?there[\"'\u2019\u201d]?\s+(?:i\s+)?(?:means?|meant|is|=|refers\s+to|"
                          r"is\s+meant\s+to\s+be)\s+(?P<place>[^?]{3,}?)\s*[.!]*$")
# ny76 (nc76 #5): one part said to be wrong ("number 4 is wrong its the police ...", "part 2 isn't right")
_PART_WRONG = re.compile(r"(?i)^\W*(?:(?:part|number|no\.?|question|item|point)\s*)?(?P<n>\d{1,2})\s+(?:is\s+|'s\s+)?"
                         r"(?:wrong|not\s+right|incorrect|isn'?t\s+right|is\s+not\s+right|not\s+what\s+i\s+(?:meant|asked))\b"
                         r"[\s,.:;-]*(?P<rest>.*)$")
_INSTEAD = re.compile(r"(?i)\b(?:it'?s|its|it\s+is|it\s+should\s+be|should\s+be|i\s+meant?)\s+(?P<x>(?:the\s+)?[a-z][\w'-]*"
                      r"(?:\s+[a-z][\w'-]*){0,3}?)\s+(?:(?:who|that|which)\s+[\w' ]+?\s*)?,?\s*not\s+(?P<y>(?:the\s+)?[a-z][\w'-]*"
                      r"(?:\s+[a-z][\w'-]*){0,3}?)\s*[.!]*$")


def _place_written(parts: list[str], place: str) -> tuple[list[int], list[str]]:
    """(ny76) PARTS with PLACE written where a part says "there" for a place only the story names (in place, so the
    caller's list changes): the numbers of the parts changed and their new wording."""
    from askfoi.framing import capitalise_names, pointer_left

    place = " ".join(place.split()).strip(" ,.")
    if not re.match(r"(?i)(?:on|at|in|near|by|outside|along|around|from)\b", place):
        street = re.search(r"(?i)\b(?:road|street|lane|avenue|way|drive|close|crescent|hill|a\d+|b\d+|m\d+)\b",
                           place.split(",")[0].split(" in ")[0])
        place = ("on " if street else "at ") + place
    place = capitalise_names(place) or place
    numbers, written = [], []
    for k, part in enumerate(parts):
        if pointer_left(part) != "there":
            continue
        new = re.sub(r"(?i)\bthere\b(?!\s+(?:is|are|was|were|have|has|had|be|been)\b)", lambda m: place, part, count=1)
        if new != part:
            parts[k] = new
            numbers.append(k + 1)
            written.append(new)
    return numbers, written


def _said_instead(part: str, said: str) -> str | None:
    """(ny76) PART with the words SAID says are wrong put right ("its the police who prosecute not the council": "the
    council" in the part becomes "the police"), or None when SAID gives no such pair or the part lacks the wrong words."""
    m = _INSTEAD.search(said or "")
    if m is None:
        return None
    x, y = m.group("x"), m.group("y")
    bare = re.sub(r"(?i)^the\s+", "", y)
    found = re.search(rf"(?i)\b(?:the\s+)?{re.escape(bare)}\b", part)
    if found is None and re.fullmatch(r"(?i)(?:the\s+)?(?:council|force|police|trust|board|department|authority)", y.strip()):
        # session 64 (sq101's "Did you prosecute the driver?"): the part asks the body as "you", and "not the council"
        # names that body: the one said to be right takes the question ("Did the police prosecute the driver?")
        you = re.search(r"(?i)\b(?:did|do|does|have|has|had|can|could|will|would|were|are)\s+(you)\b", part)
        if you is not None:
            x = x if x.lower().startswith("the ") else "the " + x
            return part[:you.start(1)] + x + part[you.end(1):]
    if found is None:
        return None
    x = x if found.group().lower().startswith("the ") or not x.lower().startswith("the ") else re.sub(r"(?i)^the\s+", "", x)
    if found.group().lower().startswith("the ") and not x.lower().startswith("the "):
        x = "the " + x
    return part[:found.start()] + x + part[found.end():]


# ny76 (nc76 #13): the letter sent, told in a sentence ("i actually sent it on 14 october and theyve not replied", "we
# emailed the request 3 weeks ago"): the words after it say the day
_SENT_TOLD = re.compile(r"(?i)\b(?:i|we)(?:'ve|\s+have|\s+had|ve)?\s+(?:actually\s+|already\s+|just\s+|only\s+|first\s+)?"
                        r"(?:sent|emailed|posted|submitted)\s+(?:it|this|that|them\s+it|the\s+(?:letter|request|email|foi(?:\s+request)?))"
                        r"(?:\s+off)?\s+(?:(?:back\s+)?(?:on|in)\s+)?(?P<day>.+)$")


def _names_body(part: str, body: str, listed: list[str]) -> bool:
    """(ny76) Whether PART names BODY: its name (or an alias askfoi knows), or the kind word of the one body of that
    kind in LISTED ("police" when one police force is listed with a council)."""
    from askfoi.authorities import resolve_authority
    from askfoi.framing import _named_bodies

    if any(h[1] == body for h in _named_bodies(part)):
        return True
    found = resolve_authority(body)
    kind = str(found.type.value) if found is not None and found.known else ""
    same_kind = [b for b in listed if (f := resolve_authority(b)) is not None and f.known and str(f.type.value) == kind]
    words = {"police": r"police|officers?|constabulary|force", "council": r"council"}.get(kind)
    return bool(words and len(same_kind) == 1 and re.search(rf"(?i)\b(?:{words})\b", part))


def _kind_said(kind: str | None) -> str:
    from askfoi.covered_holders import kind_said

    return kind_said(kind)


# ck26: the writer's standing under the Access to Health Records Act s3(1)(f), from their own words
_REPRESENTATIVE = re.compile(r"(?i)\b(?:executor|executrix|executors|administrator|personal\s+representative|probate|"
                             r"letters\s+of\s+administration)\b")
_CLAIM = re.compile(r"(?i)\b(?:claim|compensation|sue|suing|negligence|negligent|solicitors?|legal\s+action|inquest)\b")


def _ahra_capacity(text: str) -> str:
    """ "representative", "claim" or "" (the letter leaves the choice): what the message says the writer is."""
    rep, claim = bool(_REPRESENTATIVE.search(text or "")), bool(_CLAIM.search(text or ""))
    return "representative" if rep and not claim else "claim" if claim and not rep else ""


_NOT_NAME_WORDS = frozenset("ok okay yes no thanks thank you cheers please the a an and or my her his their help what "
                            "why how when where who is are was it this that hi hello sorry skip done".split())


def _same_name(text: str, name: str) -> bool:
    """TEXT is NAME typed again, in any case, with or without "the" ("tesco", "the Tesco")."""
    def bare(s: str) -> str:
        return re.sub(r"(?i)^the\s+", "", " ".join(re.findall(r"[\w&']+", s.casefold())))
    return bool(bare(name)) and bare(text) == bare(name)


def _typed_name(text: str) -> str | None:
    """A person's name typed on its own line ("Jo Bloggs", "jo bloggs"), title-cased; None for anything else."""
    words = text.strip().rstrip(".").split()
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[A-Za-z][A-Za-z'\-]*\.?", w) for w in words):
        return None
    if any(w.lower().rstrip(".") in _NOT_NAME_WORDS for w in words):
        return None
    return " ".join(w if not w.islower() else w[:1].upper() + w[1:] for w in words)


def _looks_like_a_name(text: str) -> bool:
    """TEXT is a person's name as typed, capitals and all ("Mark Evans"): two or three words, each capitalised."""
    words = text.strip().rstrip(".").split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z'\-]+|[A-Z]\.?", w) for w in words)



def _client_letter_pasted(text: str) -> bool:
    """(ck33, nu34 #10) An adviser pasted the client's own subject access request: the letter, in her words, says it is
    sent by the adviser with her written authority."""
    from askfoi.client_letters import client_letter

    found = client_letter(text or "")
    return found is not None and found.own_records


def _no_email(text: str | None) -> bool:
    """fu29 (nu31 s3): the first message says the person cannot be reached by email ("he doesnt use email")."""
    from askfoi.sar_items import no_email

    return no_email(text)

# lead39: kinds of part whose subject is a whole statement ("whether officers got hospitality ..."), the document
# itself ("a copy of the noise assessment") or the person's own records: "subject ..." never swaps in a new one
_WHOLE_STATEMENT_KINDS = frozenset({"shown_by", "personal_data", "reasons", "decision", "document"})

# lead39: words typed around an organisation's name that add nothing to it ("its brighton council please")
_BODY_ONLY_FILLERS = frozenset("its it's it is the a an to for please send write ask them they thats that's ok okay "
                               "thanks thank you cheers sorry i mean meant called named and council".split())


def _not_a_first_message(text: str) -> bool:
    """TEXT, typed where askfoi asks what the person wants to find out, answers something else: a yes or a no,
    "sent", "new request" with nothing to take back, or a name."""
    said = _normal(text)
    return (is_accept(text) or is_skip(text) or said in _words("sent") or said in _words("new_request")
            or _looks_like_a_name(text))


def _reads_as_part(text: str) -> bool:
    """TEXT, typed at the parts step without "add", can be a part of the request: three words or more, and
    not an email address (people answer the next questions early: "Tom Reed", "tom@example.org")."""
    return "@" not in text and len(re.findall(r"[^\W_]+", text)) >= 3


def _remark_to_askfoi(text: str) -> bool:
    """ny73 (nc73 #1): TEXT, typed at the parts step, talks to askfoi about the letter ("no i already done the repair
    records one", "this is meant to be the foi one", "thats not what i asked"): a remark, never a record to ask for
    (knowledge/vocab/conversation.yaml remark_to_askfoi)."""
    from askfoi.knowledge import compile_any

    rx = compile_any(_words("remark_to_askfoi"))
    return bool(rx is not None and rx.search(" ".join((text or "").replace("\u2019", "'").split())[:400]))


def _kind_label(kind: str) -> str:
    from askfoi.framing import kinds

    return kinds().get(kind, kind)


# findings that say the records are had another way than an FOI request or a subject access request
from askfoi.request import ANOTHER_ROUTE as _ANOTHER_ROUTE  # noqa: E402  ck20: Clare's Law; ck21: one list


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
    said = getattr(period, "said", period.label)  # nf94 (nc94 #10): "the organisation holds", never "you hold"
    return f"{name}: {said}" if name else said


def _long_date(day: date | None) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}" if day else ""


def similar_line(r: SimilarResponse) -> dict[str, str]:
    """One similar past response as plain strings for display."""
    return {
        "title": r.title,
        "authority": r.authority,
        # lead38: an answer that gave some and neither confirmed nor denied the rest says so
        "outcome": OUTCOME_LABELS.get(r.outcome, str(r.outcome))
        + ("; neither confirm nor deny for part" if r.ncnd is True and r.outcome != Outcome.ncnd else ""),
        "sections": ", ".join(r.sections),
        # nx100 (nc99 #10): one section cited is "section 22(1)(a)", never "sections 22(1)(a)"
        "section_word": "section" if len(r.sections) == 1 else "sections",
        "date": r.date or "",
    }


_HEALTH_RECORDS = re.compile(r"(?i)\b(?:medical|health|hospital|gp|doctor'?s?|clinical|nursing|nurses'?|a\s*&\s*e|patient|"
                             r"intensive\s+care|icu|itu|hospice|ambulance|treatment|ward)\b")


# ck28: a yes to a question the screen did not ask as yes or no ("which format?")
_YES_WORD = re.compile(r"(?i)^\W*(?:yes|yeah|yep|yup|ya|aye|y|sure|yes\s+please)\W*$")


def _health_records(text: str) -> bool:
    """(ck25a) The message asks for health records (made by or for a health professional): the Access to Health
    Records Act 1990 reaches them when the person has died."""
    return bool(_HEALTH_RECORDS.search(text or ""))


def _in_northern_ireland(body: str) -> bool:
    """(ck25a) BODY is in Northern Ireland, where the Access to Health Records (Northern Ireland) Order 1993 applies."""
    from askfoi.authorities import resolve_authority
    from askfoi.models import Nation

    found = resolve_authority(body)
    return bool(found is not None and found.known and found.nation == Nation.northern_ireland)


def _lists_picks(question: str | None, picks: list[str]) -> bool:
    """ck34: QUESTION already offers PICKS by number ("1. Barts Health NHS Trust", ...): the organisation step says it
    once, never the same list again under it."""
    return bool(question and picks) and all(f"{k}. {p}" in question for k, p in enumerate(picks, 1))


# nr94 (nc94 #2): a message about an internal review asked for and not answered: the review asked for or sent
# ny97 (nr94): the day the first reply came, told beside an ignored review ("they replied on 14 august", "got their
# refusal on 3 august 2026"): the words up to the day, never across a sentence or the review's own words
_REPLY_CAME = re.compile(r"(?i)\b(?:replied|responded|answered|refused(?:\s+it)?|(?:got|had|received)\s+(?:a|their|the|its)\s+"
                         r"(?:reply|response|answer|refusal))\b(?:(?!\breview\b)[^.?!]){0,30}?\b(?:on\s+)?"
                         r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?")
_REVIEW_WAITED = re.compile(r"(?i)\b(?:asked|requested|sent|put\s+in|applied)\b[^.?!]{0,80}\b(?:internal\s+)?review\b"
                            r"|\b(?:internal\s+)?review\b[^.?!]{0,40}\b(?:asked|requested|sent|ignored)\b")
# nr97 (nc97 #9): nothing at all came, not even the acknowledgement ("not even an acknowledgement", "no acknowledgement",
# "they never acknowledged it", "i havent had an acknowledgment")
_NO_ACKNOWLEDGEMENT = re.compile(
    r"(?i)\b(?:not|no|never|nor|without)\s+(?:even\s+|yet\s+|any\s+|an?\s+|had\s+an?\s+|got\s+an?\s+|received\s+an?\s+)*"
    r"(?:acknowledge?ment|acknowledged|ack)\b"
    r"|\b(?:have\s*n[o']?t|havent|has\s*n[o']?t|hasnt|did\s*n[o']?t|didnt)\s+(?:even\s+)?(?:had|got|received|sent|seen)\s+"
    r"(?:me\s+)?(?:an?\s+|any\s+)?acknowledge?ment\b|\b(?:never|not\s+even)\s+(?:been\s+)?acknowledged\b")
# nr94 (nc94 #3): "they emailed saying they need more time to consider the public interest"
_PI_EXTENSION_TOLD = re.compile(r"(?i)\b(?:more|extra|further|longer)\s+time\b[^.?!]{0,60}\bpublic\s+interest\b"
                                r"|\bextend\w*\b[^.?!]{0,60}\bpublic\s+interest\b"
                                r"|\bpublic\s+interest\b[^.?!]{0,40}\b(?:extension|extended|more\s+time)\b")
