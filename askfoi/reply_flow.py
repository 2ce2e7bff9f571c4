"""The chatbot's "I've had a reply" path, as a small state machine with no Textual in it.

paste -> result -> letter: the person pastes (or loads) the reply, sees what it decided part by part and
what can be done by when, and gets the review, the chaser or the complaint, with the same copy / save /
email actions as the request letter. Opened from the start screen or from a finished request (then it
knows the authority, the request's parts and the day it was sent). Bot lines: prompts/reply/*.j2.
"""

from __future__ import annotations

import re
import urllib.parse
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Callable, Literal

from pydantic import BaseModel, Field

from askfoi.deadlines import add_working_days, long_date
from askfoi.formats import render_letter
from askfoi.letter import Letter
from askfoi.reply_explain import ReplyExplanation, explain_reply, explanation_text
from askfoi.templates import render

MAX_REPLY_CHARS = 200_000
MAX_REPLY_BYTES = 5 * 1024 * 1024
LetterKind = Literal["review", "chase", "complain", "sar"]
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# nz88: a reply's pointers to subject access: the exemptions for the requester's own personal data, and the sentence
# that tells them to make a subject access request (or to use their right of access) instead
_OWN_DATA_SECTIONS = frozenset({"40(1)", "FOISA 38(1)(a)", "EIR 5(3)", "EISR 11(1)"})  # EISR 10(3) only points to 11
_SAR_POINTER = re.compile(r"(?i)\b(?:you (?:can|could|may|might|should|would need to)|please|if you (?:would like|wish|want)"
                          r"[^.]{0,80}?)[^.]{0,60}?\b(?:make|submit|send|apply|request)\b[^.]{0,40}?\bsubject access\b"
                          r"|\bright of (?:subject )?access\b[^.]{0,80}\b(?:your|you)\b"
                          r"|\b(?:should|must|can|could|would need to|will need to) be (?:made|submitted|sent|requested)"
                          r" (?:as|under|through|by means of|via) (?:a |the )?subject access\b"
                          # what was asked for is said to be the person's own data (whichever law's number follows)
                          r"|\b(?:is|are|constitutes?|would be) (?:all |also )?your (?:own )?personal (?:data|information)\b")


def reads_as_review_outcome(text: str) -> bool:
    """The reply says it is the outcome of an internal review (or a FOISA/EISR review, or EIR reconsideration):
    its own words, e.g. "I have now completed the internal review", "the outcome of your review request"
    (phrases: knowledge/vocab/review_outcome.yaml). Read sentence by sentence: the rights notice every first reply
    ends with ("If you are not content with the outcome of the internal review, you may apply to the
    Commissioner"), boilerplate, the restated request and hypotheticals say nothing of a review done."""
    pattern = _review_outcome_pattern()
    flat = " ".join((text or "")[:20_000].split())
    if not pattern.search(flat):
        return False
    from askfoi.reader import read_sentences

    return any(pattern.search(s.text) for s in read_sentences(flat)
               if s.role not in ("rights", "boilerplate", "request", "hypothetical"))


def offers_review(text: str) -> bool:
    """nz82 (nc82 #11): the reply offers a review (a first response's closing paragraph: knowledge/vocab/review_outcome.yaml
    `offered`) and nowhere says it is a review's outcome."""
    from askfoi.knowledge import compile_any, load_vocab

    data, _ = load_vocab("review_outcome", list[str])
    offered = compile_any(str(p) for p in (data.get("offered") if isinstance(data, dict) else None) or [])
    flat = " ".join((text or "")[:20_000].split())
    return bool(offered is not None and offered.search(flat)) and not reads_as_review_outcome(text)


def _review_outcome_pattern() -> re.Pattern[str]:
    global _REVIEW_OUTCOME
    if _REVIEW_OUTCOME is None:
        from askfoi.knowledge import load_vocab

        data, _ = load_vocab("review_outcome", list[str])
        phrases = [str(p) for p in (data.get("phrases") if isinstance(data, dict) else None) or []]
        _REVIEW_OUTCOME = re.compile("(?i)" + "|".join(f"(?:{p})" for p in phrases) if phrases else r"(?!x)x")
    return _REVIEW_OUTCOME


_REVIEW_OUTCOME: re.Pattern[str] | None = None


_DAY_IN_TEXT = re.compile(
    r"(?i)\b(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4}))\b")


def day_and_body(text: str) -> tuple[date | None, str]:
    """The day a request was sent and the organisation, typed together in any order ("Home Office 14/10/2026",
    "14 October 2026 to the Home Office"): (the day or None, what is left, without "sent"/"to"/"on")."""
    from datetime import datetime

    m = _DAY_IN_TEXT.search(text or "")
    if not m:
        return None, (text or "").strip()
    g = m.groups()
    day = None
    try:
        if g[0]:
            day = date(int(g[0]), int(g[1]), int(g[2]))
        elif g[3]:
            day = date(int(g[5]), int(g[4]), int(g[3]))
        else:
            day = datetime.strptime(f"{g[6]} {g[7][:3]} {g[8]}", "%d %b %Y").date()
    except ValueError:
        day = None
    rest = (text[: m.start()] + " " + text[m.end():]).strip()
    rest = re.sub(r"(?i)^(?:(?:i\s+)?sent\s+(?:it\s+)?|on\s+|to\s+)+|(?:\s+(?:on|to|sent))+$", "", rest.strip(" ,.;:-"))
    return day, rest.strip(" ,.;:-")


# what the person writes before the pasted reply: "it came on 16 november", "got this yesterday", "received it 3 days ago"
_PREFACE_CAME = re.compile(r"(?i)\b(?:came|arrived|got|received|had|sent\s+(?:it\s+)?(?:to\s+me|back))\b")


def _received_in_preface(text: str, today: date) -> date | None:
    """The day the person says the reply came, in their own words before the pasted letter ("can i fight the rates
    bit? it came on 16 november. Dear Mr Okafor ..."); None when they say none. Only the words before the
    letter's salutation or heading are read: dates inside the reply are its own business (reply_date)."""
    from askfoi.pasted_reply import sent_day

    head = re.split(r"(?im)\b(?:dear\b|freedom\s+of\s+information\s+request\b|foi\s+request\b|request\s+reference\b|"
                    r"our\s+ref)", text[:600], maxsplit=1)
    if len(head) < 2 or not _PREFACE_CAME.search(head[0]):
        return None
    preface = head[0]
    from askfoi.pasted_reply import _ABOUT_THEIR_REQUEST

    if _ABOUT_THEIR_REQUEST.search(preface):
        return None  # the authority's own words ("Thank you for your request received on ..."), not the person's
    if re.search(r"(?i)\byesterday\b", preface):
        from datetime import timedelta

        return today - timedelta(days=1)
    if re.search(r"(?i)\btoday\b", preface):
        return today
    return sent_day(preface, today)


def typed_name(typed: str) -> str | None:
    """nz85: TEXT typed as a person's name ("Morag Kelly", "A. Patel", "Jo O'Neill-Smith"): two to four words, each
    with its capital (a sentence in small letters, "write the review", is no name), none naming a body or a thing."""
    text = " ".join((typed or "").split()).strip(" .")
    if not re.fullmatch(r"[A-Z](?:[a-z'\-]*[A-Za-z'\-]*|\.)(?: [A-Z](?:[a-z'\-]*[A-Za-z'\-]*|\.)){1,3}", text):
        return None
    from askfoi.answers import not_a_name

    if not_a_name(text) or all(w.lower().strip(".") in _COURTESY for w in text.split()):
        return None
    return text


_COURTESY = frozenset({"thank", "thanks", "you", "yes", "no", "please", "ok", "okay", "cheers", "great", "fine", "done"})


def _body_key(name: str | None) -> str:
    """A body's name as the tracked list and a reply are matched on: the listed name when askfoi knows it."""
    from askfoi.authorities import resolve_authority

    found = resolve_authority(name) if name else None
    return (found.name if found is not None and found.known else (name or "")).strip().lower()


_GREETING = re.compile(r"(?m)^[ \t]*Dear\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:[A-Z][a-z'-]+\s+){0,2}([A-Z][a-z'-]+)[ \t]*,?[ \t]*$")


def _greeted_surname(text: str) -> str | None:
    """The surname the reply greets its requester by ("Dear Ms Collins", "Dear Sarah Collins"), lower case; None for
    "Dear Sir or Madam", "Dear Requester" and the like."""
    m = _GREETING.search((text or "")[:3000])
    if m is None:
        return None
    from askfoi.followup import _NOT_A_NAME

    return None if _NOT_A_NAME.search(m.group(0)) else m.group(1).lower()


class ReplyStep(StrEnum):
    paste = "paste"
    result = "result"
    letter = "letter"


class ReplyView(BaseModel):
    """What the screen shows now."""

    step: ReplyStep
    message: str  # the bot's words (plain text)
    body: str = ""  # the explanation or the letter (plain text)
    offers: list[LetterKind] = Field(default_factory=list)  # letters askfoi can write now
    letter_kind: LetterKind | None = None
    # (tr5) tracked requests whose reply is overdue, each with a chaser one press away: [(id, authority)]
    chasers: list[tuple[str, str]] = Field(default_factory=list)
    ask_date: bool = False  # lead40: the message asks for the day the reply came (the screen's date box takes it)


# "ok" / "yes" typed after what askfoi filled into the tracking box (glued to a date or after a space)
_CONFIRMED = re.compile(r"(?i)(?<![a-z])(?:ok(?:ay)?|yes|yep|yeah|correct|that'?s (?:right|it))[\s.!]*$")


class ReplyFlow:
    def __init__(
        self,
        *,
        today: Callable[[], date] = date.today,
        matcher=None,
        authority: str | None = None,
        request: str | None = None,
        sent: date | None = None,
        name: str | None = None,
        email: str | None = None,
        to: str | None = None,
        tracker=None,  # askfoi.tracking.TrackStore, or None (clinic mode: nothing tracked)
        sar: bool = False,  # (tr5) the request was a subject access request: no FOI review, chaser or complaint
        topic: str | None = None,  # what a waiting person said their request asked ("for the number of ..."), no parts
        waiting: bool = False,  # (nu22) opened by someone with no reply yet: the first line asks when they sent it
        clinic: bool = False,  # (cl53) clinic mode: replies for other clients come in the same session
        not_covered: bool = False,  # au58: the request went to a body no FOI law covers: no FOI review, chaser or complaint
        story: str | None = None,  # ny67 (nc67 #2): what the person told in the chat ("my dad died in march ...")
        earlier: list[tuple[str, str]] | None = None,  # ny70: (body, numbered parts) of letters written before /next
        request_letter: str | None = None,  # af99 (nc97 #9): the request's letter written here: copied below a chaser
        # rv99 (nc99 #1, #6): a letter was finished here for AUTHORITY: only then does the screen say "the request written
        # here went to" it (a chat that never reached the letter, or that named the ICO, wrote nothing that went anywhere)
        written: bool = True,
    ) -> None:
        self.request_letter = request_letter
        self.written = written
        self.earlier = list(earlier or [])
        self.not_covered = not_covered
        self.story = story
        self.waiting = waiting
        self.clinic = clinic
        self.tracked_ok = False  # the last call of track() tracked the request
        self.sar = sar
        self.topic = topic
        self.today = today
        self.tracker = tracker
        self.matcher = matcher
        self.authority = authority
        self.request = request
        self.sent = sent
        self.name = name
        self.email = email
        self.to = to
        # nz82 (nc82 #3): the law of the tracked request being chased, as its letter was written (the EIR/EISR, a
        # subject access request): the chaser, like the review, takes its law from the request it tracks
        self.chased_regime = None
        self.step = ReplyStep.paste
        self.reply_text = ""
        self.received: date | None = None
        self.explained: ReplyExplanation | None = None
        self.letter: Letter | None = None
        self.letter_kind: LetterKind | None = None
        self.chased_on: date | None = None  # nr91 (nc91 #11): the day the chaser for a missing reply was written here
        # the pasted reply is the review's outcome (said by the person, or by the reply itself): only then, or
        # with a reason (no reply at all), is the complaint to the Commissioner offered (ICO: review first;
        # FOISA s47: a review is required before the Scottish Information Commissioner)
        self.after_review = False
        # nr94 (nc94 #2): the day the person asked for an internal review that has had no outcome (the reply itself not
        # pasted): the complaint to the Commissioner is about the missing outcome, never a request left unanswered
        self.review_asked: date | None = None
        # nr94 (nc94 #3): the person was told the time was extended to consider the public interest (FOIA s10(3))
        self.pi_extended = False
        self.unacknowledged = False  # nr97: the person had no acknowledgement: the chaser asks them to confirm receipt
        # af99 (nc97 #2): the days typed on the complaint's view ("review asked 14/09/2026", "request sent 14 august",
        # "replied 2 september"): {"review_asked" | "sent" | "replied": day}
        self.dates_typed: dict[str, date] = {}

    # -- steps --------------------------------------------------------------------------------------

    def start(self) -> ReplyView:
        self.step = ReplyStep.paste
        chasers = self.chasers()
        return ReplyView(step=self.step, message=self._say("paste", authority=self.authority, late=self._late(),
                                                           waiting=self.waiting, clinic=self.tracker is None,
                                                           clinic_mode=self.clinic, written=self.written,
                                                           overdue=list(dict.fromkeys(a for _, a in chasers))),
                         body=self.tracked(), offers=self._late_offers(), chasers=chasers)

    def chasers(self) -> list[tuple[str, str]]:
        """(id, authority) of each tracked request whose reply is overdue: the chaser is offered for each."""
        if self.tracker is None:
            return []
        from askfoi.tracking import statuses

        from askfoi.models import Regime

        # a subject access request is chased under the UK GDPR (one month), not FOI's section 10 (nu19)
        # nz82 (nc82 #14): one button per request: a request tracked twice (the same body and day) is chased once, and
        # the request this screen already offers "Write a chaser" for gets no second button
        own = (_body_key(self.authority), self.sent) if self.authority and self.sent and "chase" in self._late_offers() else None
        seen, out = {own}, []
        for r in statuses(self.tracker.load(), self.today()):
            key = (_body_key(r.request.authority), r.request.sent)
            if r.offer == "chase" and key not in seen:
                seen.add(key)
                out.append((r.request.id, r.request.authority))
        return out

    def chase_tracked(self, ident: str) -> ReplyView:
        """The chaser for tracked request IDENT: its organisation and the day it was sent are already known."""
        from askfoi.tracking import TrackingRefused

        try:
            tracked = self.tracker.find(ident) if self.tracker is not None else None
        except (TrackingRefused, OSError):
            tracked = None
        if tracked is None:
            return self.start()
        if (_body_key(tracked.authority), tracked.sent) != (_body_key(self.authority), self.sent):
            self.request_letter = None  # af99: the letter written here is not this tracked request's: no copy of it
        self.authority, self.sent = tracked.authority, tracked.sent
        if not self.name and tracked.name and not self.clinic:  # rv55 (nc55 #7): signed as the request was
            self.name = tracked.name
        from askfoi.models import Regime

        self.sar = self.sar or tracked.regime == Regime.SAR
        self.chased_regime = Regime(tracked.regime)
        self.request = self.request or None
        self.topic = self.topic or (tracked.title or None)
        return self.write("chase")

    def read(self, text: str) -> ReplyView:
        """The reply's text, pasted."""
        text = _CONTROL.sub(" ", (text or "").replace("\r\n", "\n").replace("\r", "\n")).strip()
        if not text:
            return ReplyView(step=self.step, message=self._say("empty"))
        if len(text) > MAX_REPLY_CHARS:
            return ReplyView(step=self.step, message=self._say("too_long", limit=MAX_REPLY_CHARS))
        from askfoi.pasted_reply import relined

        text = relined(text)  # ck23b: pasted into the one-line chat box, its lines joined: read as lines again
        self.reply_text = text
        self.after_review = reads_as_review_outcome(text)
        if self.received is None:
            self.received = _received_in_preface(text, self.today())
        said = self._to_reply_body(text)  # ny70: first, so nothing below is read for the wrong body
        if self.sent is None:
            self.sent = self._tracked_sent()
        view = self._explain()
        self._mark_tracked_replied()
        if said:
            view.message = said + " " + view.message
        return view

    def _earlier_to(self, body: str | None) -> str | None:
        """ny70 (nc70 #4, nc67 #6): the request written earlier in this session (before /next or /restart) to BODY,
        as its numbered parts, or None."""
        from askfoi.reply_match import same_body

        found = [request for authority, request in self.earlier if same_body(authority, body)]
        return found[-1] if found else None

    def _earlier_body(self, body: str | None) -> str | None:
        """ny70: the name the earlier letter to BODY was written to (askfoi's own spelling, never the reply's words)."""
        from askfoi.reply_match import same_body

        found = [authority for authority, _ in self.earlier if same_body(authority, body)]
        return found[-1] if found else None

    def _to_reply_body(self, text: str) -> str:
        """ny70 (nc70 #4, nc67 #6): a reply from another body than the one the request written here went to is
        answered to ITS body: the letters go to the reply's body with the reply's own reference, and quote the letter
        this session wrote to that body (kept from before /next or /restart), or else the reply's own list of what
        was asked; never this request's parts under another body's reference. The one line said first ('' for none)."""
        from askfoi.reply_match import request_mismatch
        from askfoi.reply_request import quoted_items
        from askfoi.reply_sender import reply_sender

        if not (self.request or self.authority):
            # nothing written here now (after /restart): a letter written earlier to the reply's body is its request
            earlier = None if self.clinic else self._earlier_to(reply_sender(text))
            if earlier:
                self.request, self.authority = earlier, self._earlier_body(reply_sender(text))
                return self._say("not_this_request", kind="earlier", sender=self.authority)
            return ""
        # ui51 (nc50 #12): a reply that plainly does not answer the request written here says so first, in one line
        odd = request_mismatch(text, request=self.request, authority=self.authority)
        if odd is None:
            return ""
        if odd.kind != "body":
            return self._say("not_this_request", written=self.written, **odd.model_dump())
        if self.clinic:
            # cl53 (nc51 #11): in a clinic a reply from another body is another client's: read on its own, so no
            # letter quotes this client's request, goes to this client's body or carries this client's name
            self.authority, self.request, self.topic, self.name, self.email = odd.sender, None, None, None, None
            self.sent, self.sar, self.to, self.not_covered = None, False, None, False
            return self._say("not_this_request", clinic=True, written=self.written, **odd.model_dump())
        # the same person's reply from the other body: their name and email stay; what belongs to the request written
        # here (its parts, its day sent, its address, its kind) does not
        earlier = self._earlier_to(odd.sender)
        self.authority, self.request, self.topic = odd.sender, earlier, None
        self.sent, self.sar, self.to, self.not_covered = None, False, None, False
        source = "earlier" if earlier else ("listed" if quoted_items(text) else "unknown")
        return self._say("not_this_request", source=source, written=self.written, **odd.model_dump())

    def _tracked_one(self, statuses: tuple[str, ...] = ("waiting", "replied")):
        """The one tracked request to the body that sent this reply (None when there is none, or more than one)."""
        if self.tracker is None:
            return None
        from askfoi.reply_sender import reply_sender
        from askfoi.tracking import TrackingRefused

        key = _body_key
        who = key(self.authority or reply_sender(self.reply_text))
        try:
            open_ = [r for r in self.tracker.load() if r.status in statuses]
        except (TrackingRefused, OSError):
            return None
        same = [r for r in open_ if who and key(r.authority) == who]
        if not same and not self.authority:
            # rv55 (nc55 #7): a reply from the trust of the school written to ("Northern Star Academies Trust" for
            # "Oakwood Academy"): the one tracked request signed by the person the reply greets ("Dear Ms Collins")
            greeted = _greeted_surname(self.reply_text)
            same = [r for r in open_ if greeted and r.name and r.name.split()[-1].lower() == greeted]
        return same[0] if len(same) == 1 else None

    def _tracked_sent(self) -> date | None:
        """(ck23b) The day the request this reply answers was sent, from the tracked list: the one tracked request to
        the body that sent the reply (so the complaint says "I sent my request on ...", never "[DATE SENT]").
        rv55 (nc55 #7): the name its letter was signed with comes with it, when this session does not know one."""
        if self.sar:
            return None
        tracked = self._tracked_one()
        if tracked is None:
            return None
        if not self.name and tracked.name and not self.clinic:
            self.name = tracked.name
        return tracked.sent

    def _mark_tracked_replied(self) -> None:
        """A final reply read for a request being tracked (the one request to the same body) marks it replied on the
        day the reply came, so the list and the start screen stop calling it overdue (nu19). rv55 (nc55 #5): that day
        is the reply's own date (or the one the person typed), never the day it was read, and the last day for a review
        kept with it is the one this screen shows (its own shorter window included): one value everywhere."""
        if self.tracker is None or self.explained is None or self.after_review or self.sar:
            return
        if not self.explained.reading.outcome.is_final:
            return  # a holding reply: still waiting
        tracked = self._tracked_one()
        if tracked is None:
            return
        from askfoi.tracking import TrackingRefused

        review = next((x.by for x in self.explained.next_steps if x.kind == "review" and x.by), None)
        try:
            self.tracker.replied(tracked.id, self._reply_day() or self.today(), review_by=review)
        except (TrackingRefused, OSError):
            return

    def load(self, path: str | Path) -> ReplyView:
        """The reply from a text file; a missing, binary or huge file is a plain message, never an error."""
        p = Path(str(path).strip().strip("'\"")).expanduser()
        try:
            if not p.is_file():
                return ReplyView(step=self.step, message=self._say("load_failed", why="no such file"))
            with p.open("rb") as fh:
                data = fh.read(MAX_REPLY_BYTES + 1)
        except OSError as exc:
            return ReplyView(step=self.step, message=self._say("load_failed", why=exc.strerror or "cannot read it"))
        if len(data) > MAX_REPLY_BYTES or b"\x00" in data[:8192]:
            return ReplyView(step=self.step, message=self._say("load_failed", why="it is not a text file of a reply"))
        return self.read(data.decode("utf-8", errors="replace"))

    def set_received(self, day: date) -> ReplyView:
        self.received = day
        if not self.reply_text:
            return self.start()
        view = self._explain()
        self._mark_tracked_replied()  # rv55: the tracked review day moves with the day the reply came
        return view

    def received_on(self, text: str) -> ReplyView:
        """The day the reply came, as typed (YYYY-MM-DD or DD/MM/YYYY): the review's dates count from it and
        the review letter names it. A date that cannot be right is a plain message and changes nothing."""
        from askfoi.pasted_reply import typed_day

        # ui51 (nc50 #1): the box says "if not today", so an empty box is the day the reply is dated (when the reply
        # gives one) or today, never "give the date as ..."
        day = typed_day(text, self.today()) if (text or "").strip() else (self._reply_day() or self.today())
        if day is None or day > self.today() or (self.sent is not None and day < self.sent):
            return ReplyView(step=self.step, message=self._say("received_bad_date"), body=self._body(),
                             offers=self._offers())
        view = self.set_received(day)
        from askfoi.deadlines import long_date

        view.message = self._say("received_set", day=long_date(day), letters=bool(view.offers))
        return view

    def _body(self) -> str:
        if not (self.explained and self.step == ReplyStep.result):
            return ""
        body = explanation_text(self.explained, chat=True).strip()
        x = self.explained.sar_extension if self.sar else None
        if x and (x.get("told_late") or x.get("beyond") or x.get("workload")):
            # cl53: the subject access extension checked against Article 12(3) (rv51), first: the chat's body is read
            # with the FOI reader's words, and the message says "as said above"
            from askfoi.deadlines import long_date

            day = self._reply_day()
            said = " ".join(render("reply/sar_extension.j2", x=x, received=long_date(day) if day else None, chat=True).split())
            body = f"{said}\n\n{body}"
        return body

    def mark_review(self, after_review: bool = True) -> ReplyView:
        """The person says the pasted reply is (or is not) the outcome of a review: the Commissioner is next."""
        self.after_review = after_review
        view = self._explain() if self.reply_text else self.start()
        view.message = self._say("review_marked" if after_review else "review_unmarked", law=self._law(),
                                 offered=after_review and offers_review(self.reply_text)) + " " + view.message
        return view

    def sign(self, typed: str) -> ReplyView | None:
        """nz85 (nc85 #8): a name typed on the letter view signs the letter shown (None: TYPED is no name, or no
        letter is waiting for one)."""
        name = typed_name(typed)
        if name is None or self.step != ReplyStep.letter or self.letter_kind is None or self.letter is None \
                or "requester_name" not in (self.letter.missing or []):
            return None
        self.name = name
        return self.write(self.letter_kind, signed=name)

    def dated(self, typed: str) -> ReplyView | None:
        """af99 (nc97 #2): days typed on the complaint's view ("review asked 14/09/2026", "request sent 14 august,
        replied 2 september") put into the complaint, which is written again (None: TYPED gives no such day, or no
        complaint is shown)."""
        from askfoi.review_told import typed_dates

        if self.step != ReplyStep.letter or self.letter_kind != "complain":
            return None
        days = typed_dates(typed, self.today())
        if not days:
            return None
        self.dates_typed.update(days)
        return self.write("complain")

    def _review_told(self):
        """af99 (nc97 #2): the day or month the person said in the chat they asked for the review, else None."""
        from askfoi.review_told import review_asked_told

        return review_asked_told(self.story, self.today()) if self.story else None

    def write(self, kind: LetterKind, signed: str | None = None) -> ReplyView:
        """The review, the chaser or the complaint. SIGNED: the name just typed, said in the message."""
        from askfoi.followup import chase_letter, complaint_letter, review_letter
        from askfoi.reply_sender import reply_sender

        today = self.today()
        if kind == "chase" and self.sar and self._sar_overdue_extension():
            # cl53: the SAR chaser after an extension letter that came too late: the month runs from the day the reply
            # says it received the request; the letter says the extension came after that month
            from askfoi.models import Regime
            from askfoi.reply_explain import request_date

            sent = self.sent or request_date(self.reply_text)
            if sent is None:
                return ReplyView(step=self.step, message=self._say("need_sent"), offers=self._offers())
            from askfoi.followup import reference_in

            letter = chase_letter(sent, authority=self.authority or reply_sender(self.reply_text) or "the authority",
                                  name=self.name, today=today, to=self.to, reply_to=self.email,
                                  reference=reference_in(self.reply_text), topic=None if self.request else self.topic,
                                  regime=Regime.SAR, scotland=self._scotland(),
                                  extension_told=self._reply_day())
        elif kind == "chase":
            if self.sent is None or not self.authority:
                return ReplyView(step=self.step, message=self._say("need_sent"), offers=self._offers())
            from askfoi.followup import NothingToChase

            try:
                # ny67 (nc67 #4): a reply was read: the chaser is for the parts it left unanswered, or is not written
                letter = chase_letter(self.sent, authority=self.authority, request=self.request, name=self.name,
                                      today=today, to=self.to, reply_to=self.email,
                                      topic=None if self.request else self.topic, regime=self._chased_regime(),
                                      reply_text=self.reply_text if self.explained is not None else None,
                                      title=self.topic, pi_extended=self.pi_extended,
                                      unacknowledged=self.unacknowledged and self.explained is None,
                                      copy=self.request_letter if self.request else None)
            except NothingToChase as exc:
                return ReplyView(step=self.step, message=str(exc), body=self._body(), offers=self._offers())
            if self.explained is None:
                self.chased_on = today
        elif kind == "sar":
            if kind not in self._offers():  # nz88: only where the reply points to subject access
                return ReplyView(step=self.step, message=self._say("no_sar"), body=self._body(), offers=self._offers())
            letter = self._sar_letter(today)
        elif kind == "complain":
            if kind not in self._offers():  # the review comes first: the button is not there, nor is the letter
                return ReplyView(step=self.step, message=self._say("review_first", law=self._law()), body=self._body(),
                                 offers=self._offers())
            from askfoi.followup import reference_in

            reading = self._carried(self.explained.reading) if self.explained else ""
            first = getattr(self, "reviewed_reply", None)
            # af99 (nc97 #2): the days the Commissioner asks for: typed here, else told in the chat (a month only is
            # said as a month)
            told = self._review_told()
            typed_review = self.dates_typed.get("review_asked") or (told.day if told else None)
            review_month = told.month if told and not typed_review else None
            sent = self.dates_typed.get("sent") or self.sent
            outcome_day = self._reply_day() if first and self._reply_day() != first[1] else None
            if first and self.after_review and self.explained is not None and first[0] != self.reply_text:
                # ny94 (nc91 #7): the review's outcome after a review letter written here: the complaint (the
                # application in Scotland) argues the first reply's decisions, which the review upheld, with the
                # reference, the day the review was asked for and the outcome's own words
                letter = complaint_letter(
                    first[0], authority=self.authority or reply_sender(first[0]) or "the authority", review=self.reply_text,
                    name=self.name, reference=reference_in(first[0]) or reference_in(self.reply_text), sent=sent,
                    received=first[1], today=today, reply_to=self.email,
                    # the day the review letter was written here is its day only when the outcome came after it
                    review_asked=typed_review or (first[2] if not (outcome_day and outcome_day < first[2]) else None),
                    review_asked_month=review_month, told=self.story,
                    review_received=outcome_day,
                    scotland=self._scotland(), request=self.request, topic=None if self.request else self.topic)
            else:
                letter = None
            letter = letter or complaint_letter(
                reading, authority=self.authority or reply_sender(self.reply_text) or "the authority", review=reading if self.after_review else None,
                name=self.name, reference=reference_in(self.reply_text) if self.reply_text else None,
                sent=sent, received=self._reply_day(), today=today,
                late=self.explained is None and self.review_asked is None and not typed_review,
                review_asked=self.review_asked or typed_review, review_asked_month=review_month,
                replied=self.dates_typed.get("replied"), told=self.story,
                reply_to=self.email, scotland=self._scotland(),
                # rp12: the request named from what askfoi has of it, else from the reply
                request=self.request, topic=None if self.request else self.topic, reply_text=self.reply_text or None,
                chased=self.chased_on if self.explained is None else None,  # nr91: the chaser, dated and enclosed
            )
        else:
            if self.explained is None:
                return ReplyView(step=self.step, message=self._say("paste", authority=self.authority, late=False))
            from askfoi.followup import reference_in

            letter = review_letter(self._carried(self.explained.reading), request=self.request, name=self.name, authority=self.authority,
                                   told=self.story,
                                   reference=reference_in(self.reply_text),
                                   received=self._reply_day(), today=today, to=self.to, reply_to=self.email, matcher=self.matcher,
                                   sent=self.sent, topic=None if self.request else self.topic, reply_text=self.reply_text,
                                   after_review=self.after_review)  # fu27: the person's answer, not a second reading
        if kind == "review" and self.reply_text:  # ny94 (nc91 #7): what the review is of, for the complaint after it
            self.reviewed_reply = (self.reply_text, self._reply_day(), today)
        self.letter, self.letter_kind, self.step = letter, kind, ReplyStep.letter
        chased = self.chased_on if kind == "complain" and self.explained is None else None
        told = self._review_told() if kind == "complain" and "review request" in letter.undated else None
        message = self._say("letter", kind=kind, missing=letter.missing, signed=signed,
                            undated=letter.undated if kind == "complain" else [],
                            review_month=told.month if told else None,
                            commissioner="the Scottish Information Commissioner" if self._scotland() else "the ICO",
                            chased=long_date(chased) if chased else None,
                            wait=bool(chased) and add_working_days(chased, 5, scotland=self._scotland()) > today)
        if getattr(letter, "caution", None):  # fu21: a review that will almost surely fail is never offered silently
            message = f"{letter.caution} {message}"
        return ReplyView(step=self.step, message=message,
                         body=render_letter(letter, "text"), offers=self._offers(), letter_kind=kind)

    def tracked(self) -> str:
        """The tracked requests, overdue first, as plain text ('' when none or not tracking)."""
        if self.tracker is None:
            return ""
        from askfoi.tracking import statuses

        rows = statuses(self.tracker.load(), self.today())
        if not rows:
            return ""
        from askfoi.tracking import status_row

        return render("tracking/screen.txt.j2", rows=[status_row(r) for r in rows]).strip()  # ck23b: plain dates

    def track(self, sent_text: str) -> ReplyView:
        """Mark this request as sent on a date (typed as YYYY-MM-DD or DD/MM/YYYY), kept in the tracked list."""
        from askfoi.tracking import TrackingRefused

        self.tracked_ok = False  # (nu23) whether this call tracked it: the screen warns only when it did not
        # (nu22) the box may hold what askfoi filled in ("Kent Police 02/10/2026") with the person's "ok" typed on
        # the end: a confirmation word is no part of the organisation's name or the date
        sent_text = _CONFIRMED.sub("", sent_text)
        from askfoi.typed_ahead import split_tail

        sent_text = split_tail(sent_text)[0]  # ck25a: "... 03/10/2026 okok", "... ok skip": typed ahead, no part of it
        day, named = day_and_body(sent_text)
        if day is None:  # "Home Office 12 september", "home office 6 weeks ago": a day without a year, or counted back
            from askfoi.pasted_reply import _AGO, _RELATIVE_DAY, _SENT_DAY, sent_day

            day = sent_day(sent_text, self.today(), weekdays=True)
            named = _RELATIVE_DAY.sub(" ", _AGO.sub(" ", _SENT_DAY.sub(" ", sent_text)))
            named = re.sub(r"(?i)^(?:(?:i\s+)?sent\s+(?:it\s+)?|on\s+|to\s+)+|(?:\s+(?:on|to|sent))+$", "",
                           " ".join(named.split()).strip(" ,.;:-")).strip(" ,.;:-")
        if day is None or day > self.today():
            return ReplyView(step=self.step, message=self._say("track_bad_date"), offers=self._offers())
        if _REVIEW_ASKED.search(sent_text) and self.explained is None and not self.sar:
            # ny97 (nr94): "... review asked 01/09/2026 replied 14/08/2026": the day their reply came, for the complaint
            replied = _REPLIED_ON.search(sent_text)
            if replied:
                came, _ = day_and_body(replied.group("day"))
                rest = sent_text[:replied.start()] + " " + sent_text[replied.end():]
                day, named = day_and_body(rest)
                if came is None or day is None or came > self.today():
                    return ReplyView(step=self.step, message=self._say("track_bad_date"), offers=self._offers())
                self.received = came
            return self._review_tracked(day, _REVIEW_ASKED.sub(" ", named))
        if _PI_EXTENDED.search(sent_text):
            self.pi_extended = True
            named = _PI_EXTENDED.sub(" ", named)
        if _UNACKNOWLEDGED.search(sent_text):  # nr97 (nc97 #9): nothing came, not even an acknowledgement
            self.unacknowledged = True
            named = _UNACKNOWLEDGED.sub(" ", named)
        if not self.authority and re.search(r"[A-Za-z]{3}", named):  # "Home Office 14/10/2026": who it went to
            from askfoi.authorities import resolve_authority

            found = resolve_authority(named[:200])
            self.authority = found.name if found is not None and found.known else " ".join(named.split())[:200]
        from askfoi.deadlines import long_date
        from askfoi.models import Regime

        self.sar = self.sar or self._own_records()  # "my social care file": tracked as a subject access request
        if self.tracker is None:
            # lead39 (newcomer): clinic mode stores nothing, but the person waiting still gets the due date and, when
            # it has passed, the chaser; nothing is written to disk
            from askfoi.tracking import TrackedRequest

            self.sent = day
            self.tracked_ok = True
            regime = self._tracked_regime()
            due = TrackedRequest(id="clinic", authority=self.authority or "the authority", sent=day,
                                 regime=regime, scotland=self._scotland()).due
            due = self._pi_due(due, regime)
            view = self.start() if self.step == ReplyStep.paste else ReplyView(step=self.step, message="", offers=self._offers())
            from askfoi.tracking import days_late

            late, working = days_late(due, self.today(), regime, self._scotland())
            view.message = self._say("tracked", authority=self.authority or "the authority", due=long_date(due),
                                     days_late=late, working=working, sar=self.sar, kept=False,
                                     foisa=regime == Regime.FOISA, pi_extended=self._pi_due(due, regime) != due)
            view.offers = self._offers()
            return view
        try:
            request = self.tracker.add(self.authority or "the authority", day, title=self.topic or "",
                                       regime=self._tracked_regime(), scotland=self._scotland(),
                                       name=self.name, same_day_is_same=True)
        except (TrackingRefused, OSError) as exc:
            return ReplyView(step=self.step, message=self._say("track_failed", why=str(exc)), offers=self._offers())
        self.sent = day
        self.tracked_ok = True
        view = self.start() if self.step == ReplyStep.paste else ReplyView(step=self.step, message="", offers=self._offers())
        from askfoi.tracking import days_late

        # lf61 (rv58): counted the way the deadline is: working days for FOI, calendar days for a subject access request
        due = self._pi_due(request.due, Regime(request.regime))
        late, working = days_late(due, self.today(), Regime(request.regime), request.scotland)
        view.message = self._say("tracked", authority=request.authority, due=long_date(due), days_late=late,
                                 working=working, sar=self.sar, kept=True, foisa=request.regime == Regime.FOISA,
                                 pi_extended=due != request.due)
        view.body = view.body or self.tracked()
        view.offers = self._offers()
        return view

    def _pi_due(self, due: date, regime) -> date:
        """nr94 (nc94 #3): the day a FOIA reply was due once the person was told more time was needed for the public
        interest test (s10(3)): at most 20 further working days, as the ICO's guidance expects."""
        from askfoi.deadlines import add_working_days
        from askfoi.models import Regime

        return add_working_days(due, 20) if self.pi_extended and Regime(regime) == Regime.FOIA else due

    def _review_tracked(self, day: date, named: str) -> ReplyView:
        """nr94 (nc94 #2): "Manchester City Council review asked 01/09/2026": the review was asked for on DAY and no
        outcome came. The ICO takes a complaint once 40 working days have passed with no outcome (FOIA, EIR reg 11(4));
        FOISA s21 and EISR reg 16(4) give 20, then the Scottish Information Commissioner (s47)."""
        from askfoi.deadlines import add_working_days, long_date

        named = " ".join(named.split()).strip(" ,.;:-")
        if not self.authority and re.search(r"[A-Za-z]{3}", named):
            from askfoi.authorities import resolve_authority

            found = resolve_authority(named[:200])
            self.authority = found.name if found is not None and found.known else named[:200]
        self.review_asked, self.sent, self.tracked_ok = day, None, True
        scot = self._scotland()
        last = add_working_days(day, 20 if scot else 40, scotland=scot)
        view = self.start() if self.step == ReplyStep.paste else ReplyView(step=self.step, message="", offers=[])
        view.message = self._say("review_tracked", authority=self.authority or "the authority", asked=long_date(day),
                                 last=long_date(last), overdue=self.today() > last, scot=scot,
                                 usual=long_date(add_working_days(day, 20, scotland=scot)),
                                 replied=long_date(self.received) if self.received else None)
        view.offers = self._offers()
        return view

    def back(self) -> ReplyView:
        if self.step == ReplyStep.letter and self.explained is not None:
            return self._explain()
        return self.start()

    # -- the letter's actions -------------------------------------------------------------------------

    def letter_text(self, fmt: Literal["text", "markdown", "eml"] = "text") -> str:
        return render_letter(self.letter, fmt) if self.letter else ""

    def save_letter(self, folder: Path, fmt: Literal["txt", "eml"] = "txt") -> Path:
        """Write the letter into `folder` under a new name (never overwriting); raises OSError/ValueError."""
        if self.letter is None:
            raise ValueError("there is no letter yet")
        folder = Path(folder)
        stem = f"askfoi-{self.letter_kind}-{self.today().isoformat()}"
        path = folder / f"{stem}.{fmt}"
        n = 2
        while path.exists():
            path = folder / f"{stem}-{n}.{fmt}"
            n += 1
        path.write_text(self.letter_text("eml" if fmt == "eml" else "text"), encoding="utf-8")
        return path

    def mailto_url(self) -> str:
        if self.letter is None:
            return ""
        query = urllib.parse.urlencode({"subject": self.letter.subject, "body": self.letter.body}, quote_via=urllib.parse.quote)
        return f"mailto:{urllib.parse.quote(self.letter.to or '', safe='@.')}?{query}"

    # -- helpers ----------------------------------------------------------------------------------------

    def _late(self) -> bool:
        if self.sent is None:
            return False
        from askfoi.deadlines import due_date
        from askfoi.models import Regime

        if self.sar:  # a subject access request: one calendar month
            return self.today() > due_date(self.sent, Regime.SAR, scotland=self._scotland(), authority=self.authority)
        # lead47 (rv55's note): a Scottish authority's 20 working days leave out only Scotland's bank holidays (FOISA
        # s73), FOIA's those of any part of the UK (s10(6)): the reply is late by its own law's count
        regime = self._asked_regime()
        if regime == Regime.FOIA and self._scotland():
            regime = Regime.FOISA
        due = due_date(self.sent, regime, scotland=self._scotland())
        if self.pi_extended and regime == Regime.FOIA:  # nr94: the ICO's 20 further working days at most
            from askfoi.deadlines import add_working_days

            due = add_working_days(due, 20)
        return self.today() > due

    def refresh(self) -> ReplyView:
        """nz85: the reply read again as it stands (its day, its request), e.g. once the past responses have loaded."""
        return self._explain()

    def _explain(self) -> ReplyView:
        self.explained = explain_reply(self.reply_text, request=self.request, authority=self.authority,
                                       received=self.received, sent=self.sent, today=self.today(),
                                       matcher=self.matcher, scotland=self._scotland(), sar=True if self.sar else None,
                                       chat=True, told="\n".join(t for t in (self.story, self.topic) if t) or None,
                                       # lt102: the law the request was made under, for a reply that names none
                                       asked_law=None if self.sar else self._asked_regime())
        if self.explained.sar:  # a reply to a subject access request, known or read as one: the message says what applies
            self.sar, self.explained.sar = True, False
        reading = self.explained.reading
        if self.after_review and reading.outcome.is_final and not reading.unclear:
            from askfoi.deadlines import is_school
            from askfoi.next_steps import next_steps

            self.explained.next_steps = next_steps(reading.outcome, reading.regime, sections=reading.sections,
                                                   ncnd=reading.ncnd, received=self.received or self.explained.received,
                                                   today=self.today(),
                                                   scotland=self._scotland(), after_review=True,
                                                   school=is_school(self.authority))
        self.step = ReplyStep.result
        if self.not_covered and not self.sar:
            # au58 (nc58 #2): a body no FOI law covers: no FOI review, chaser or complaint is offered as a right
            self.explained.next_steps = []
            message = self._say("result_not_covered", unclear=reading.unclear, authority=self.authority)
            return ReplyView(step=self.step, message=message, body=explanation_text(self.explained, chat=True).strip(),
                             offers=[], ask_date=False)
        if self.sar:
            # a subject access request has no FOI internal review, chaser under s10 or s50 complaint: what the
            # person can do is said in its own words, and no FOI letter is offered
            self.explained.next_steps = []
            from askfoi.reply_explain import sar_extension_steps

            message = self._say("result_sar", unclear=reading.unclear, extension=sar_extension_steps(self.explained),
                                chase=bool(self._sar_overdue_extension()), chat=True)
            ask_date = bool(self.explained.sar_extension) and self._reply_day() is None
            ahead = self.explained.dated_ahead if self.received is None else None
            if ask_date:  # cl53: an extension letter with no date: the day it came decides whether it came in time
                message = self._say("ask_received", extension=True) + " " + message
            elif ahead is not None:  # nz79: a reply dated after today: said here, as the chat's body no longer does
                from askfoi.deadlines import long_date

                message = self._say("ask_received", ahead=long_date(ahead)) + " " + message
                ask_date = True
            return ReplyView(step=self.step, message=message, body=self._body(), offers=self._offers(), ask_date=ask_date)
        # fu28: what it decided and by when, first, in plain words (80x24 shows little more before the buttons)
        short = self._in_short(reading)
        message = (short + " " if short else "") + self._say("result", unclear=reading.unclear, letters=bool(self._offers()),
                                                             short=bool(short))
        if self._sar_pointed() and not self.explained.own_data_parts:  # (own-data parts: their step says it already)
            message = (short + " " if short else "") + self._say("sar_pointed") + " " + message[len(short) + 1 if short else 0:]
        if self._review_first():
            message += " " + self._say("review_first", law=self._law())
        from askfoi.reply_explain import undated

        ahead = self.explained.dated_ahead if self.received is None else None
        ask_date = self.received is None and (undated(self.explained) or ahead is not None)
        if ask_date:
            # fu30 (issue 10, must-be-true 5): no date found in the reply: one question first, then the dates. nz79
            # (nc79 #13): a reply dated after today is said in the same one question, never beside "not found"
            from askfoi.deadlines import long_date

            message = self._say("ask_received", ahead=long_date(ahead) if ahead else None) + " " + message
        return ReplyView(step=self.step, message=message, body=explanation_text(self.explained, chat=True).strip(),
                         offers=self._offers(), ask_date=ask_date)

    def _reply_day(self) -> date | None:
        """The day the reply came: the one the person gave, else the date the reply carries (lead39, newcomer: the
        review written in the chat said "your response" with no date where the CLI's said "of Friday 20 November")."""
        return self.received or (self.explained.received if self.explained is not None else None)

    def _in_short(self, reading) -> str:
        """fu28: one or two plain sentences a person reads first: what the reply decided, and the one dated thing to do
        (prompts/reply/in_short.j2)."""
        from askfoi.deadlines import long_date

        step = next((x for x in self.explained.next_steps if x.by and x.kind in ("review", "commissioner", "chase")), None)
        scot = self._law() in ("FOISA", "EISR")
        return self._say("in_short", outcome=reading.outcome.value, unclear=reading.unclear, ncnd=reading.ncnd,
                         missing=getattr(self.explained, "missing_parts", None) or [],
                         step={"kind": step.kind, "by": long_date(step.by), "passed": step.by < self.today(),
                               # rv55 (nc55 #5): the day it is counted from, said (the tracked list counts from it too)
                               "since": long_date(self._reply_day()) if self._reply_day() and step.kind != "chase" else None,
                               # nr97 (nc97 #4): a day read from the reply, not typed: said as the reply's (its
                               # publication date, on a disclosure log), with the box to correct it
                               "read": self.received is None, "published": bool(_PUBLISHED_DAY.search(self.reply_text or "")),
                               # ch101 (nc101 #8): no date, an old request: the day the time ran out had it come when due
                               "stale": long_date(step.passed_if_on_time) if step.passed_if_on_time else None}
                         if step else None,
                         commissioner="the Scottish Information Commissioner" if scot else "the ICO")

    def _carried(self, reading):
        """fu30 (issue 10, must-be-true 3): a reply (or a review's outcome) that names no law is read under the law the
        request was made under: an environmental request's reconsideration and complaint are the EIR's (the EISR's for
        a Scottish authority, law_of), never the Act's."""
        from askfoi.followup import names_law
        from askfoi.models import Regime

        if reading.regime != Regime.FOIA or names_law(self.reply_text) or self.sar:
            return reading
        return reading.model_copy(update={"regime": Regime.EIR}) if self._asked_regime() == Regime.EIR else reading

    def _scotland(self) -> bool:
        """The authority is Scottish (FOISA / EISR), as askfoi knows it."""
        if not self.authority:
            return False
        from askfoi.authorities import resolve_authority
        from askfoi.models import Nation, Regime

        found = resolve_authority(self.authority)
        return bool(found and found.known and (found.nation == Nation.scotland or found.regime == Regime.FOISA))

    def _tracked_regime(self) -> "Regime":
        """lead55 (nc79 #11): the law a request being tracked runs under: a subject access request; the EIR (with a
        Scottish body: the EISR) when the request asked for environmental information - either may extend to 40 working
        days (regulation 7); FOISA for a Scottish body (its 20 working days leave out only Scotland's bank holidays, and
        it has no extension); else FOIA. lead56 (nc82 #4): an EISR request was tracked as FOISA."""
        from askfoi.models import Regime

        if self.sar:
            return Regime.SAR
        if self._asked_regime() == Regime.EIR:
            return Regime.EIR
        return Regime.FOISA if self._scotland() else Regime.FOIA

    def _asked_regime(self) -> "Regime":
        """The law the request was made under, read from it (or from what the person said it asked): the EIR for
        environmental information, else FOIA (FOISA follows from a Scottish authority in chase_letter)."""
        from askfoi.models import Regime

        if self.sar or self._own_records():
            return Regime.SAR
        # nz82 (nc82 #3): a tracked request keeps the law its letter was written under: an environmental request
        # stays the EIR's (the EISR's in Scotland) though its title alone does not read as environmental
        tracked = self.chased_regime or getattr(self._tracked_one(("waiting",)), "regime", None)
        if tracked == Regime.EIR and not self.request:
            return Regime.EIR
        text = (self.request or self.topic or "").strip()
        if not text:
            return Regime.FOIA
        from askfoi.checks import check_request

        return Regime.EIR if check_request(text, self.authority).regime == Regime.EIR else Regime.FOIA

    def _chased_regime(self) -> "Regime":
        """lt101 (nc100, lt100's left item): one law per request, read once. A reply was read: the chaser for what it
        left unanswered cites the law the reply screen read the reply under (explained.law: the law the reply cites, a
        water company's EIR), never a second reading of the request's words (a littering-fine request read as EIR by
        the chaser while the screen said section 10). No reply yet: the law the request was made under."""
        from askfoi.models import Regime

        if self.explained is None or self.sar or self._own_records():
            return self._asked_regime()
        return Regime.EIR if self.explained.law in ("EIR", "EISR") else Regime.FOIA

    def _own_records(self) -> bool:
        """What the person said they asked for is records about themself or someone they act for ("my social care
        file", "my son's school records"): a subject access request (askfoi/whose_records.py)."""
        from askfoi.whose_records import read_whose

        text = (self.request or self.topic or "").strip()
        if not text:
            return False
        if re.match(r"(?i)\W*(?:for|about|asking\s+for)?\s*(?:her|his)\s+(?:own\s+)?(?:\w+\s+)?(?:data|records?|file|notes)\b", text):
            return True  # lead43 (nc47 #2): "for her medical records", told by a volunteer or a relative: hers, by SAR
        whose = read_whose(text if re.search(r"(?i)\b(?:want|asked?|request\w*|get|see)\b", text) else "i asked for " + text)
        return whose.subject != "none" and not whose.deceased

    def _law(self) -> str:
        if self.explained is not None:
            return self.explained.law
        return "FOISA" if self._scotland() else "FOIA"

    def _review_first(self) -> bool:
        """A reply that can go to review, not yet reviewed: the complaint waits for the review's outcome."""
        if self.explained is None or self.after_review:
            return False
        return any(s.letter == "review" for s in self.explained.next_steps) and self._offers() != []

    def _late_offers(self) -> list[LetterKind]:
        """No reply at all: the ICO takes a complaint about it; under FOISA the failure to reply goes to a
        review (s20) first, so only the chaser."""
        if not self._late() or (self.not_covered and not self.sar):
            return []
        if self.sar:  # the chaser to the data protection officer; the ICO complaint is the person's own step
            return ["chase"]
        return ["chase"] if self._scotland() else ["chase", "complain"]

    def _sar_overdue_extension(self) -> dict | None:
        """cl53 (rv51's note): the subject access reply is an extension letter that came after the first month, and that
        month has passed: explain says to write to the data protection officer now, so the SAR chaser is offered."""
        x = self.explained.sar_extension if self.explained is not None else None
        return x if x and x.get("told_late") and x.get("overdue") else None

    def _sar_pointed(self) -> bool:
        """nz88 (nc82, nz85's leftover): the reply says what was asked for is the person's own personal data (FOIA
        s40(1), FOISA s38(1)(a), EIR reg 5(3), EISR reg 11(1)), or tells them to make a subject access request, or
        refused parts as their own data: the subject access request is the route to it, offered as a letter."""
        if self.sar or self.explained is None or (self.not_covered and not self.sar):
            return False
        if self.explained.own_data_parts:
            return True
        reading = self.explained.reading
        cited = {x for p in reading.parts or [] for x in p.sections} | set(reading.sections)
        return bool(cited & _OWN_DATA_SECTIONS) or bool(_SAR_POINTER.search(self.reply_text or ""))

    def _sar_letter(self, today: date):
        """nz88: the subject access request for what the reply called the person's own data: the parts it refused as
        theirs, else what the reply says was asked for ("your son's exclusion" said as "my son's exclusion")."""
        from askfoi.answers import Answers
        from askfoi.followup import part_question
        from askfoi.letter import draft_letter
        from askfoi.models import Regime
        from askfoi.reply_request import request_in_reply
        from askfoi.reply_sender import reply_sender

        parts = [q for n in self.explained.own_data_parts if (q := part_question(n, self.request, self.reply_text))]
        if not parts and self.request:
            from askfoi.disputed_parts import request_items

            parts = list(request_items(self.request).values())
        if not parts:
            stated = request_in_reply(self.reply_text)
            said = re.search(r"(?i)\brequest\b[^.]*?\bfor (?!your request)([^.]{8,200})", stated.sentence or "")
            topic = self.topic or stated.topic or (said.group(1).strip() if said else None)
            parts = [topic] if topic else []
        answers = Answers(authority=self.authority or reply_sender(self.reply_text) or "[ORGANISATION]",
                          requester_name=self.name, email=self.email, regime=Regime.SAR,
                          parts=[_capital(_as_mine(p)) for p in parts] or ["[THE RECORDS ABOUT ME THAT THE REPLY NAMED]"])
        return draft_letter(answers, today)

    def _offers(self) -> list[LetterKind]:
        kinds = self._letter_offers()
        return ["sar", *kinds] if self._sar_pointed() else kinds

    def _letter_offers(self) -> list[LetterKind]:
        if self.not_covered and not self.sar:
            return []  # au58: no FOI letter is owed by a body no FOI law covers
        if self.sar:
            if self.explained is not None:
                return ["chase"] if self._sar_overdue_extension() else []
            return self._late_offers()
        if self.explained is None and self.review_asked is not None:
            from askfoi.deadlines import add_working_days

            scot = self._scotland()
            return ["complain"] if self.today() > add_working_days(self.review_asked, 20 if scot else 40,
                                                                    scotland=scot) else []
        if self.explained is None:
            return self._late_offers()
        kinds = [s.letter for s in self.explained.next_steps if s.letter]
        if self.explained.reading.outcome.value == "disclosed" and not self.explained.reading.ncnd:
            # lt100: a part the reply said nothing about is still owed: the chaser for it
            kinds = ["chase"] if getattr(self.explained, "missing_parts", None) else []
        if not self.after_review:
            kinds = [k for k in kinds if k != "complain"]  # the review first; the complaint after its outcome
        return list(dict.fromkeys(k for k in kinds if k != "chase" or self.sent is not None))  # type: ignore[misc]

    def _say(self, name: str, **ctx) -> str:
        return " ".join(render(f"reply/{name}.j2", **ctx).split())


# nr94 (nc94 #2): the tracking box names a review asked for ("... review asked 01/09/2026", "internal review 1 sept"):
# its day is the review request's, never the request's
# nr94 (nc94 #3): the tracking box says the time was extended for the public interest ("... 11/10/2026 public interest
# extension")
_PUBLISHED_DAY = re.compile(r"(?i)\b(?:publication\s+date|date\s+(?:of\s+)?publi(?:shed|cation)|published\s+(?:on|date))\b")
_UNACKNOWLEDGED = re.compile(r"(?i)\b(?:no|not\s+even\s+an?|never)\s+acknowledge?(?:ment|d)\b")
_PI_EXTENDED = re.compile(r"(?i)\b(?:extended\s+(?:for\s+(?:the\s+)?)?)?public\s+interest(?:\s+extension)?\b")
# (a body's own name with "Review" in it, "Independent Review Panel 01/09/2026", is no review asked for)
# ny97 (nr94): the day the first reply came, typed beside the review's ("replied 14/08/2026", "reply received on 3
# August 2026"): the complaint about the missing outcome gives it
_REPLIED_ON = re.compile(r"(?i)\b(?:they\s+)?(?:replied|answered|(?:first\s+)?(?:reply|response|answer)(?:\s+(?:came|received|dated|sent))?)"
                         r"(?:\s+(?:on|dated))?\s+(?P<day>" + _DAY_IN_TEXT.pattern[4:] + ")")
_REVIEW_ASKED = re.compile(r"(?i)\b(?:internal\s+review(?:\s+(?:asked|requested|sent)(?:\s+for)?)?"
                           r"|review\s+(?:asked|requested|sent)(?:\s+for)?)(?:\s+on)?\b")


def _as_mine(text: str) -> str:
    """nz88: what a reply said of the person ("your son's exclusion"), as they say it in their own letter."""
    text = re.sub(r"\b[Yy]ours\b", "mine", re.sub(r"\b[Yy]our\b", "my", text))
    text = re.sub(r"\b[Yy]ou (?=(?:made|make|sent|send|had|have|gave|attended|wrote|received|submitted|raised|reported|"
                  r"asked|requested)\b)", "I ", text)  # the doer: "the calls you made" -> "the calls I made"
    return re.sub(r"\b[Yy]ou\b", "me", text)  # else the one it is about or sent to: "letters sent to you"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
