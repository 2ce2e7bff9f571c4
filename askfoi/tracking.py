"""Requests the person chose to track: marked as sent on a date, listed with the days left (overdue
first), each offering the chaser or the review, and a due date exported as an iCalendar (.ics) file.

Stored only when the person adds a request, in one JSON file in their own data folder
(user_data_dir()/tracked.json), written atomically with mode 0600. Clinic mode stores nothing:
TrackStore(clinic=True) refuses to write and lists nothing.
"""

from __future__ import annotations

import hashlib
import os
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from askfoi.deadlines import add_working_days, due_date, review_request_by
from askfoi.models import Regime

TRACK_FILE = "tracked.json"
MAX_TRACK_BYTES = 2 * 1024 * 1024
MAX_TEXT = 200
Status = Literal["waiting", "replied", "done"]


class TrackingRefused(Exception):
    """Clinic mode, or a request that is not there: a plain message for the person."""


class TrackedRequest(BaseModel):
    id: str
    authority: str = Field(max_length=MAX_TEXT)
    title: str = Field(default="", max_length=MAX_TEXT)
    sent: date
    regime: Regime = Regime.FOIA
    scotland: bool = False
    status: Status = "waiting"
    replied: date | None = None
    reference: str | None = Field(default=None, max_length=MAX_TEXT)
    # rv55 (nc55 #5): the last day to ask for a review as the reply screen worked it out from the reply (its own date,
    # and its own shorter window when it states one): the list shows that same day, never one counted from the day the
    # reply was read. None: counted here from `replied` by the same rule (deadlines.review_request_by)
    review_by: date | None = None
    # rv55 (nc55 #7): the name the request letter was signed with, so the review, chaser or complaint written after a
    # restart is signed with it too (the person's own data folder only: clinic mode tracks nothing)
    name: str | None = Field(default=None, max_length=120)

    @property
    def scottish_days(self) -> bool:
        return self.regime == Regime.FOISA or (self.regime == Regime.EIR and self.scotland)

    @property
    def due(self) -> date:
        """The reply's due date; after a reply, the last day to ask for the review. rd48: a subject access request has
        no statutory internal review, so after its answer nothing falls due: the day it was answered."""
        if self.status == "replied" and self.replied:
            if self.regime == Regime.SAR:
                return self.replied
            return self.review_by or review_request_by(self.replied, scotland=self.scottish_days)
        return due_date(self.sent, self.regime, scotland=self.scotland, authority=self.authority)


class TrackedFile(BaseModel):
    version: int = 1
    requests: list[TrackedRequest] = Field(default_factory=list)


class TrackedStatus(BaseModel):
    request: TrackedRequest
    due: date
    days_left: int  # negative: overdue
    overdue: bool
    offer: Literal["chase", "review", "wait", "none"]  # the letter askfoi offers now
    school_latest: date | None = None  # lead38: a school's 60th working day, the latest its reply can be due
    # lead40: a school's 20 working days are past but not its 60th: late only if it was open throughout (term dates
    # are not known), so it is not shown as overdue, and a chaser is still offered
    school_maybe_late: bool = False
    # ui51 (nc50 #12): how late in working days, the unit of the deadline (None when the deadline is a calendar month:
    # a subject access request, or when not late)
    working_days_late: int | None = None


def status_row(status: TrackedStatus) -> dict:
    """(ck23b) One tracked request as the list templates show it: its fields, with `sent` (ISO, for a command line),
    `due`, `sent_said` and `due_said`, the last two in plain English ("2 November 2026"), never ISO, for people."""
    from askfoi.deadlines import plain_date

    r = status.request
    return {**r.model_dump(mode="json"), "due": plain_date(status.due), "sent_said": plain_date(r.sent),
            "due_said": plain_date(status.due), "days_left": status.days_left, "overdue": status.overdue,
            "school_latest": plain_date(status.school_latest) if status.school_latest else None,
            "school_maybe_late": status.school_maybe_late, "working_days_late": status.working_days_late,
            "replied_said": plain_date(r.replied) if r.replied else None}


class TrackStore:
    """The tracked requests. `load` never raises: a missing or damaged file means none tracked."""

    def __init__(self, path: Path | None = None, *, clinic: bool = False) -> None:
        if path is None and not clinic:
            from askfoi.knowledge import user_data_dir

            path = user_data_dir() / TRACK_FILE
        self.path = path
        self.clinic = clinic

    def load(self) -> list[TrackedRequest]:
        if self.clinic or self.path is None:
            return []
        try:
            if not self.path.is_file() or self.path.stat().st_size > MAX_TRACK_BYTES:
                return []
            return TrackedFile.model_validate_json(self.path.read_bytes()).requests
        except (OSError, ValidationError, ValueError):
            return []

    def _write(self, requests: list[TrackedRequest]) -> None:
        if self.clinic or self.path is None:
            raise TrackingRefused("clinic mode stores nothing: tracking is off")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = TrackedFile(requests=requests).model_dump_json(indent=1).encode("utf-8")
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def add(self, authority: str, sent: date, *, title: str = "", regime: Regime = Regime.FOIA,
            scotland: bool = False, reference: str | None = None, name: str | None = None,
            same_day_is_same: bool = False) -> TrackedRequest:
        """SAME_DAY_IS_SAME (nz82, nc82 #14): the body and day typed in the reply screen's Track box name a request: one
        already tracked to that body on that day, still waiting, is that request (kept once, with its own law and
        title), never a second row of the list."""
        authority, title = _plain(authority), _plain(title)
        if not authority:
            raise TrackingRefused("give the authority the request was sent to")
        if sent > date.today():
            raise TrackingRefused(f"{sent.isoformat()} is in the future; give the day the request was sent")
        requests = self.load()
        for known in requests:  # the same request tracked again (Track pressed twice): the one already kept
            if known.authority.lower() == authority.lower() and known.title.lower() == title.lower() and known.sent == sent:
                if name and not known.name:  # rv55: the name learnt since is kept with it
                    return self.update(known.id, name=_plain(name)[:120])
                return known
        for known in requests if same_day_is_same else []:
            if known.authority.lower() == authority.lower() and known.sent == sent and known.status == "waiting":
                return known
        key = f"{authority}|{title}|{sent.isoformat()}|{len(requests)}"
        request = TrackedRequest(
            id=hashlib.sha1(key.encode()).hexdigest()[:6], authority=authority, title=title,
            sent=sent, regime=Regime(regime), scotland=scotland, reference=_plain(reference) if reference else None,
            name=_plain(name)[:120] if name and _plain(name) else None,
        )
        self._write([*requests, request])
        return request

    def find(self, ident: str) -> TrackedRequest:
        for r in self.load():
            if r.id == ident.strip():
                return r
        raise TrackingRefused(f"no tracked request {ident!r}; 'askfoi track list' shows them")

    def update(self, ident: str, **changes) -> TrackedRequest:
        requests = self.load()
        for i, r in enumerate(requests):
            if r.id == ident.strip():
                requests[i] = r.model_copy(update=changes)
                self._write(requests)
                return requests[i]
        raise TrackingRefused(f"no tracked request {ident!r}; 'askfoi track list' shows them")

    def replied(self, ident: str, on: date, *, review_by: date | None = None) -> TrackedRequest:
        """Mark IDENT replied ON the reply's own date; REVIEW_BY: the last day for a review as the reply screen showed
        it (rv55: one value on every screen)."""
        return self.update(ident, status="replied", replied=on, review_by=review_by)

    def done(self, ident: str) -> TrackedRequest:
        return self.update(ident, status="done")

    def remove(self, ident: str) -> None:
        requests = self.load()
        kept = [r for r in requests if r.id != ident.strip()]
        if len(kept) == len(requests):
            raise TrackingRefused(f"no tracked request {ident!r}; 'askfoi track list' shows them")
        self._write(kept)


def _plain(text: str) -> str:
    """One line of printable text (no control characters or terminal escapes), at most MAX_TEXT long."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())[:MAX_TEXT]


def days_late(due: date, today: date, regime: Regime = Regime.FOIA, scotland: bool = False) -> tuple[int, bool]:
    """lf61 (rv58): how late a reply due on DUE is on TODAY, counted the way its deadline is: (working days, True) for
    an FOI, EIR or FOISA request (its deadline is in working days), (calendar days, False) for a subject access
    request (one calendar month); (0, ...) when it is not late."""
    if today <= due:
        return 0, regime != Regime.SAR
    if regime == Regime.SAR:
        return (today - due).days, False
    from askfoi.deadlines import _uses_scottish_days, working_days_after

    return working_days_after(due, today, scotland=_uses_scottish_days(Regime(regime), scotland)), True


def statuses(requests: list[TrackedRequest], today: date | None = None, *, include_done: bool = False) -> list[TrackedStatus]:
    """Each request with its days left, overdue first, then the soonest due."""
    today = today or date.today()
    out = []
    for r in requests:
        if r.status == "done" and not include_done:
            continue
        due = r.due
        left = (due - today).days
        if r.status == "done":
            offer = "none"
        elif r.status == "replied":
            # rd48: no review after a subject access request's answer (its next step is the ICO, said in words)
            offer = "review" if left >= 0 and r.regime != Regime.SAR else "none"
        else:
            offer = "chase" if left < 0 else "wait"
        latest = None
        if r.status == "waiting" and r.regime == Regime.FOIA and not r.scotland:
            from askfoi.deadlines import SCHOOL_MAX_WORKING_DAYS, is_school

            latest = add_working_days(r.sent, SCHOOL_MAX_WORKING_DAYS) if is_school(r.authority) else None
        overdue = left < 0 and r.status == "waiting" and (latest is None or today > latest)
        late = None
        if overdue and r.regime != Regime.SAR:
            from askfoi.deadlines import _uses_scottish_days, working_days_after

            late = working_days_after(due, today, scotland=_uses_scottish_days(Regime(r.regime), r.scotland))
        out.append(TrackedStatus(request=r, due=due, days_left=left, overdue=overdue, offer=offer,
                                 school_latest=latest, school_maybe_late=left < 0 and not overdue and latest is not None,
                                 working_days_late=late))
    return sorted(out, key=lambda s: (not s.overdue, s.request.status == "done", s.due))


def _ics_text(value: str) -> str:
    """RFC 5545 TEXT: escape backslash, semicolon, comma and newlines; drop control characters."""
    value = "".join(c for c in value if c.isprintable())
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def _fold(line: str) -> str:
    """Lines longer than 75 octets are folded (RFC 5545 3.1)."""
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 75:
            out.append(current)
            current = " " + ch
        else:
            current += ch
    out.append(current)
    return "\r\n".join(out)


def ics(request: TrackedRequest, now: datetime | None = None) -> str:
    """An all-day calendar event on the due date (the reply, or after a reply the last day for a review)."""
    from askfoi.templates import render

    if request.status == "replied" and request.regime == Regime.SAR:
        # rd48: a subject access request has no statutory internal review: after its answer there is no day to mark
        raise TrackingRefused(" ".join(render("tracking/sar_replied.txt.j2", authority=request.authority, calendar=True).split()))
    due = request.due
    summary = render("tracking/ics_summary.txt.j2", status=request.status, authority=request.authority,
                     title=request.title, regime=request.regime.value).strip()
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//askfoi//tracked request//EN", "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        f"UID:{request.id}-{due.isoformat()}@askfoi.invalid",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
        f"DTEND;VALUE=DATE:{date.fromordinal(due.toordinal() + 1):%Y%m%d}",
        f"SUMMARY:{_ics_text(summary)}",
        f"DESCRIPTION:{_ics_text(render('tracking/ics_description.txt.j2', status=request.status, sent=request.sent.isoformat(), regime=request.regime.value, reference=request.reference or '').strip())}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
