"""What a person can do after a reply (or after no reply), and by which date.

From what the reply decided (askfoi.reader.Reading) and the dates the person knows:
- FOIA: an internal review, asked within 40 working days of the reply; the authority should answer within
  20 working days (40 at most); then a complaint to the Information Commissioner (ICO) under s50, which
  the ICO asks for within six weeks of the final response.
- FOISA: a review (s20) is compulsory, asked within 40 working days; the authority answers within 20
  working days; then an application to the Scottish Information Commissioner within 6 months (s47).
- EIR: reconsideration (reg 11) within 40 working days; the authority answers within 40 working days;
  then the ICO. EISR: review (reg 16) within 40 working days, answered within 20; then the Scottish
  Information Commissioner.
- No reply by the due date (s10 / FOISA s10 / EIR reg 5(2)): a chaser, and then a complaint.
Working days are counted by askfoi.deadlines (Scottish holidays for FOISA and the EISR).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel

from askfoi.deadlines import add_months, add_working_days, due_date, long_date, review_request_by, working_days_after
from askfoi.models import Outcome, Regime
from askfoi.templates import render

StepKind = Literal["wait", "chase", "review", "commissioner", "narrow", "overt", "elsewhere", "person", "own_data", "none"]  # fu29: "overt", ask about
# overt use; lead40: "elsewhere", send the request to the body the reply says holds it
Law = Literal["FOIA", "FOISA", "EIR", "EISR"]

REVIEW_ASK_WITHIN = 40  # working days, every regime
REVIEW_ANSWER = {"FOIA": 20, "FOISA": 20, "EIR": 40, "EISR": 20}
REVIEW_ANSWER_MAX = {"FOIA": 40, "FOISA": 20, "EIR": 40, "EISR": 20}
ICO_WEEKS = 6
SIC_MONTHS = 6


class NextStep(BaseModel):
    kind: StepKind
    title: str
    by: date | None = None  # the last day for it (None: no fixed date)
    explanation: str
    letter: Literal["review", "chase", "complain"] | None = None  # the letter askfoi can write for it
    # ch101 (nc101 #8): the reply has no date and its request is old: the last day to ask had it come when it was due
    passed_if_on_time: date | None = None


def law_of(regime: Regime, sections: list[str] | None = None, *, scotland: bool = False) -> Law:
    """FOIA/FOISA/EIR, and EISR for Scotland's environmental regulations (an EIR reply citing EISR
    sections, or an EIR reply from a Scottish authority)."""
    regime = Regime(regime)
    if regime == Regime.EIR and _acts_only(sections or []):
        regime = Regime.FOISA if any(s.startswith("FOISA ") for s in sections or []) else Regime.FOIA
    if regime == Regime.EIR and (scotland or any(s.startswith("EISR") for s in sections or [])):
        return "EISR"
    if regime in (Regime.FOISA, Regime.EIR):
        return regime.value  # type: ignore[return-value]
    # a Scottish authority answers under FOISA though its reply (or no reply at all) names no Act: its review is
    # FOISA's (s20) and its appeal goes to the Scottish Information Commissioner (s47), never the ICO under s50
    return "FOISA" if scotland else "FOIA"


def environmental_only(authority: str | None) -> bool:
    """AUTHORITY is a public authority only under the Environmental Information Regulations (a water or sewerage
    company in England or Wales, knowledge/authorities.jsonl regime EIR): the Freedom of Information Act does not
    apply to it, whatever its reply cites (nu29: Thames Water's reply citing s21 and s43)."""
    if not authority:
        return False
    from askfoi.authorities import resolve_authority
    from askfoi.models import AuthorityType

    body = resolve_authority(authority)
    return bool(body is not None and body.known and body.regime == Regime.EIR and body.type == AuthorityType.water)


_ACTS_ONLY = ("12", "14")  # the cost limit and vexatious requests: provisions of the Acts with no twin in the EIR
_EXCEPTIONS = {"EIR": ("12", "13"), "EISR": ("10", "11")}  # where the regulations' exceptions are numbered


def _acts_only(sections: list[str]) -> bool:
    """A reply read as environmental that cites the Acts' cost limit or vexatious provision (s12, s14; FOIA or
    FOISA numbering) and none of the regulations' exceptions: it was answered under the Act. Fees regulations
    cited beside s12 ("Regulations 3(3) and 4(3) of the ... (Appropriate Limit and Fees) Regulations 2004") are
    not exceptions."""
    def number(s: str) -> str:
        return s.rpartition(" ")[2].split("(")[0]

    acts = [s for s in sections if s.rpartition(" ")[0] in ("", "FOISA") and number(s) in _ACTS_ONLY]
    regs = [s for s in sections if s.rpartition(" ")[0] in _EXCEPTIONS
            and number(s) in _EXCEPTIONS[s.rpartition(" ")[0]]]
    return bool(acts) and not regs


def _scottish(law: Law) -> bool:
    return law in ("FOISA", "EISR")


def _step(kind: StepKind, template: str, by: date | None, letter=None, **ctx) -> NextStep:
    text = render(f"next_steps/{template}.txt.j2", by=long_date(by) if by else None, **ctx)
    title, _, body = text.strip().partition("\n")
    return NextStep(kind=kind, title=title.strip(), by=by, explanation=" ".join(body.split()), letter=letter)


def _held_steps(holding, law: Law, scot: bool, sent: date | None, received: date | None, today: date,
                ctx: dict) -> list[NextStep] | None:
    """The steps after a holding reply, by what it waits on; None: the usual wait or chase (others' views are
    being sought: that gives no extra time)."""
    regime = Regime.FOISA if law == "FOISA" else (Regime.EIR if law in ("EIR", "EISR") else Regime.FOIA)
    if holding.kind == "clarify":
        return [_step("wait", "held_clarify", None, reply_due=long_date(add_working_days(today, 20, scotland=scot)), **ctx)]
    if holding.kind == "fee":
        by = add_months(received or today, 3) if law in ("FOIA", "FOISA") else None
        return [_step("wait", "held_fee", by, **ctx)]
    if holding.kind == "transfer":
        return [_step("none", "held_transfer", None, **ctx)]
    if holding.kind != "extension":
        return None
    if law == "FOISA":  # no extension in the Scottish Act: said, then the usual wait or chase
        return [_step("none", "held_extension", None, stated=False, **ctx)] + (
            [] if sent is None else next_steps(Outcome.pending, regime, scotland=scot, sent=sent, today=today))
    longest = None
    if sent is not None:
        longest = add_working_days(due_date(sent, regime, scotland=scot), 20, scotland=scot)
    by = holding.until or longest
    if by is not None and today > by:
        return [_step("chase", "chase", by, "chase", due_long=long_date(by), days_late=working_days_after(by, today, scotland=scot), **ctx),
                _step("commissioner", "commissioner_late", None, "complain", **ctx)]
    # lead40 (nc43 #8): a day given beyond the 20 extra working days the Commissioner expects is said to be so
    beyond = holding.until is not None and longest is not None and holding.until > longest
    return [_step("wait", "held_extension", by, stated=holding.until is not None,
                  longest=long_date(longest) if beyond else None, **ctx)]


def _school_latest(sent: date | None, law: str, school: bool) -> date | None:
    """lf58: the 60th working day after SENT, the latest a school's FOIA reply can be due; None for any other body or
    law (FOISA, the EIR and a subject access request have no school days)."""
    if not school or law != "FOIA" or sent is None:
        return None
    from askfoi.deadlines import SCHOOL_MAX_WORKING_DAYS

    return add_working_days(sent, SCHOOL_MAX_WORKING_DAYS)


def next_steps(
    outcome: Outcome | None,
    regime: Regime = Regime.FOIA,
    *,
    sections: list[str] | None = None,
    ncnd: bool = False,
    received: date | None = None,
    sent: date | None = None,
    today: date | None = None,
    scotland: bool = False,
    after_review: bool = False,
    review_window: tuple[int, str] | None = None,
    advised: bool | None = None,
    holding=None,
    counted: str | None = None,
    extended_to: date | None = None,
    school: bool = False,
    admits_delay: bool = False,
    chat: bool = False,
) -> list[NextStep]:
    """The steps open after a reply with this outcome, dated.

    received: the day the reply came (default today); sent: the day the request was sent (for a late
    reply); outcome None or pending: no reply yet. after_review: the reply is the review's outcome, so
    the next step is the Commissioner. holding: what a holding reply waits on (askfoi.holding_kinds.Holding): a
    clarification or a fee stops the clock until the person acts, an extension moves the day, a transfer starts a
    new request at another body. extended_to: the day the reply was due under an extension it says was given in
    time (askfoi/extensions.py): a final reply by then is not late. school (lf58, rv55's note): the request went to a
    school or academy, whose reply under FOIA is due in 20 school days, never more than 60 working days (the Freedom of
    Information (Time for Compliance with Request) Regulations 2004, SI 2004/3364, as amended): askfoi does not know
    the school's closed days, so a reply after the 20th working day is late only perhaps, and for certain after the
    60th; the step says so and how the days are counted, never a single wrong date."""
    today = today or date.today()
    if Regime(regime) == Regime.SAR:
        return _sar_steps(outcome, sent=sent, received=received, today=today, scotland=scotland)
    law = law_of(regime, sections, scotland=scotland)
    scot = _scottish(law)
    ctx = {"law": law, "chat": chat}  # nz79: chat, the steps said in the chat (no command-line option)
    steps: list[NextStep] = []
    if outcome is None or not Outcome(outcome).is_final:
        if outcome == Outcome.withdrawn:
            return [_step("none", "withdrawn", None, **ctx)]
        if outcome == Outcome.pending and holding is not None:
            held = _held_steps(holding, law, scot, sent, received, today, ctx)
            if held is not None:
                return held
        if sent is None:
            return [_step("wait", "wait_unknown", None, **ctx)]
        due = due_date(sent, Regime.FOISA if law == "FOISA" else (Regime.EIR if law in ("EIR", "EISR") else Regime.FOIA), scotland=scot)
        latest = _school_latest(sent, law, school)
        if latest is not None and today > due:
            late = today > latest
            steps.append(_step("chase", "chase", latest if late else due, "chase", due_long=long_date(due),
                               days_late=working_days_after(latest if late else due, today, scotland=scot), school_latest=long_date(latest),
                               school_late=late, **ctx))
            if late:
                steps.append(_step("commissioner", "commissioner_late", None, "complain", **ctx))
        elif latest is not None:
            steps.append(_step("wait", "wait", due, school_latest=long_date(latest), **ctx))
        elif today > due:
            steps.append(_step("chase", "chase", due, "chase", due_long=long_date(due), days_late=working_days_after(due, today, scotland=scot), **ctx))
            # nx76 (nc73 #12): in Scotland a failure to reply is put to review within 40 working days after the reply
            # was due (FOISA s20(5)(a), EISR reg 16(2)): the day is said, and whether it has passed
            review_by = add_working_days(due, 40, scotland=scot) if law in ("FOISA", "EISR") else None
            steps.append(_step("commissioner", "commissioner_late", review_by, "complain",
                               review_by=long_date(review_by) if review_by else None,
                               review_passed=bool(review_by and today > review_by), **ctx))
        else:
            steps.append(_step("wait", "wait", due, **ctx))
        return steps
    outcome = Outcome(outcome)
    replied = received or today
    stale = None  # ch101 (nc101 #8): an undated reply to a request so old that, had it come on time, the review time is past
    if sent is not None and received is not None:  # a final answer that came after its due day
        due = due_date(sent, Regime.FOISA if law == "FOISA" else (Regime.EIR if law in ("EIR", "EISR") else Regime.FOIA), scotland=scot)
        due = max(due, extended_to) if extended_to else due  # lead41 (nc44 #1): an extension told in time moves it
        latest = _school_latest(sent, law, school)
        if latest is not None and received > due:  # lf58: a school's 20 school days: late perhaps, or for certain
            late = received > latest
            steps.append(_step("none", "late_reply", latest if late else due, days_late=working_days_after(latest if late else due, received, scotland=scot),
                               start=long_date(sent), answered=long_date(received), counted=counted, extended=False,
                               school_latest=long_date(latest), school_late=late, due_long=long_date(due), **ctx))
        elif received > due:
            # fu31: the day the 20 working days ran from, and why (askfoi/request_clock.py)
            steps.append(_step("none", "late_reply", due, days_late=working_days_after(due, received, scotland=scot), start=long_date(sent), answered=long_date(received),
                               counted=counted, extended=bool(extended_to and due == extended_to), **ctx))
    elif sent is not None and not school:
        # nz76 (nc76 #10): a reply with no date of its own, read after its due day: it came on or before today, so how
        # late it was is counted to today at most, and said as such; the reply's own apology for the delay says it was late
        due = due_date(sent, Regime.FOISA if law == "FOISA" else (Regime.EIR if law in ("EIR", "EISR") else Regime.FOIA), scotland=scot)
        due = max(due, extended_to) if extended_to else due
        if today > due:
            stale = (review_request_by(due, scotland=scot), due) if review_request_by(due, scotland=scot) < today else None
            steps.append(_step("none", "late_reply", due, days_late=working_days_after(due, today, scotland=scot), start=long_date(sent),
                               answered=None, counted=counted, extended=bool(extended_to and due == extended_to), undated=True,
                               admitted=admits_delay, today=long_date(today), stale=bool(stale), **ctx))
    if outcome == Outcome.disclosed and not ncnd:
        return steps + [_step("none", "disclosed", None, **ctx)]  # everything given: no review to offer
    if after_review:
        by = add_months(replied, SIC_MONTHS) if scot else replied + timedelta(weeks=ICO_WEEKS)
        # lt102: the ICO's six weeks from the review's outcome have passed: it may refuse after undue delay (s50(2)(b))
        return [_step("commissioner", "commissioner", by, "complain", answer_by=None, reviewed=True,
                      overdue=not scot and by < today, **ctx)]
    if outcome == Outcome.cost_limit:
        steps.append(_step("narrow", "narrow", None, advised=advised, **ctx))
    review_by = review_request_by(replied, scotland=scot)
    stated = None
    if review_window is not None and not (review_window[1] == "working days" and review_window[0] >= 40):
        # the reply's own, shorter time to ask ("within two months"): by then, to be safe; nz82 (nc82 #10): "within 40
        # working days" is the usual time itself, never "sooner than the usual 40 working days"
        count, unit = review_window
        own = (add_months(replied, count) if unit == "months" else replied + timedelta(weeks=count) if unit == "weeks"
               else add_working_days(replied, count, scotland=scot) if unit == "working days" else replied + timedelta(days=count))
        if own <= review_by:
            review_by, stated = own, f"{count} {unit[:-1] if count == 1 else unit}"
    # the Commissioner takes a complaint once the longest time the review may take has passed (FOIA: 40 working days)
    answer_by = add_working_days(review_by, REVIEW_ANSWER_MAX[law], scotland=scot)
    # ch101 (nc101 #8): an undated reply to an old request: the time to ask ran out long ago if it came when it was due,
    # so that is said first, and the day counted from today only as what applies if it came only now
    steps.append(_step("review", "review", review_by, "review", answer_days=REVIEW_ANSWER[law],
                       answer_max=REVIEW_ANSWER_MAX[law], passed=review_by < today, stated=stated,
                       days_left=(review_by - today).days, stale=long_date(stale[0]) if stale else None,
                       due_long=long_date(stale[1]) if stale else None, **ctx).model_copy(
        update={"passed_if_on_time": stale[0] if stale else None}))
    # once the time to ask has run out, "if you ask on the last day" has no meaning
    steps.append(_step("commissioner", "commissioner", None, "complain",
                       answer_by=None if review_by < today or stale else long_date(answer_by),
                       overdue=bool(review_by < today or stale), **ctx))
    return steps


def _sar_steps(outcome: Outcome | None, *, sent: date | None, received: date | None, today: date,
               scotland: bool) -> list[NextStep]:
    """rd48 (issue 10): the steps after a subject access request (UK GDPR Art. 15, domain.md): one calendar month to
    answer (Art. 12(3), askfoi.deadlines.due_date), a reminder to the data protection officer once it has passed, and
    no statutory internal review: after an answer, say what is missing, then the ICO (Art. 77). Never an FOI step
    (section 10's 20 working days, an internal review, section 50)."""
    if outcome == Outcome.withdrawn:
        return [_step("none", "withdrawn", None, law="FOIA")]
    if outcome is None or not Outcome(outcome).is_final:
        if sent is None:
            return [_step("wait", "sar_wait", None)]
        due = due_date(sent, Regime.SAR, scotland=scotland)
        if today > due:
            return [_step("chase", "sar_chase", due, "chase", days_late=(today - due).days),
                    _step("commissioner", "sar_commissioner", None, late=True)]
        return [_step("wait", "sar_wait", due)]
    steps: list[NextStep] = []
    if sent is not None and received is not None:
        due = due_date(sent, Regime.SAR, scotland=scotland)
        if received > due:
            steps.append(_step("none", "sar_late_reply", due, answered=long_date(received), days_late=(received - due).days))
    return steps + [_step("commissioner", "sar_commissioner", None, late=False)]
