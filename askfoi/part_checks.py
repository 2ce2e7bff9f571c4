"""Findings decided on the letter's parts, from each part's frame (ck13, issue 8).

A first message is checked whole (`askfoi.checks.check_request`), then framed into parts. Some findings are true of
the typed message but not of the letter framing makes from it; an FOI officer reads the letter. This module decides
them per part, from the part's frame (its kind, its own words, its own period) and the letter's period, with the
kinds each check applies to as data (knowledge/vocab/part_checks.yaml):

- "no-time-period" only when some part asks for records that accumulate over time (counts, spend, correspondence,
  incidents, complaints, lists) and no period covers that part (the letter's or the part's own). A part that names
  one document, one meeting, a current policy or a contract needs none; a message asked back has no parts yet (the
  period is among the questions asked back).
- "not-recorded-information" on a why or a view the letter already asks as records (a reasons frame) becomes a quiet
  note that it was reframed, never a warning against the letter's own part; a why kept as written keeps the finding.
- "vague-scope" on the very sentence framing asks back as too vague ("tell me about the bins") is said once, by
  framing's "too-vague".
- every finding whose words stand in a part names that part (`Finding.part`, 1-based).

`askfoi check` on a finished draft is not changed: it has no frames.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from askfoi.knowledge import load_vocab

if TYPE_CHECKING:  # pragma: no cover
    from askfoi.framing import Frame, Framing


def _patterns(items: Any) -> tuple[re.Pattern, ...]:
    out = []
    for item in items if isinstance(items, list) else []:
        try:
            out.append(re.compile(str(item), re.IGNORECASE))
        except re.error:
            continue
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _spec() -> dict:
    data, _ = load_vocab("part_checks")
    data = data if isinstance(data, dict) else {}
    period = data.get("no-time-period") or {}
    why = data.get("not-recorded-information") or {}
    return {
        "accumulate": frozenset(period.get("accumulate") or []),
        "one_thing": frozenset(period.get("one_thing") or []),
        "one_thing_words": _patterns(period.get("one_thing_words")),
        "accumulate_words": _patterns(period.get("accumulate_words")),
        "measure_words": _patterns(period.get("measure_words")),
        "current_words": _patterns(period.get("current_words")),
        "rate_words": _patterns(period.get("rate_words")),
        "own_case_words": _patterns(period.get("own_case_words")),
        "practice_words": _patterns(period.get("practice_words")),
        "event_counts": _patterns(period.get("event_counts")),
        "one_event": _patterns(period.get("one_event")),
        "reframed_kinds": frozenset(why.get("reframed_kinds") or []),
    }


@functools.lru_cache(maxsize=1)
def _period_words() -> re.Pattern | None:
    from askfoi.checks import _Compiler
    from askfoi.knowledge import vocab_path

    lexicon, _ = load_vocab("check_lexicon", list[str])
    return _Compiler(lexicon, vocab_path("check_lexicon")).compile("{{period}}", "period")


@functools.lru_cache(maxsize=1)
def _refusal_reasons() -> re.Pattern | None:
    from askfoi.checks import _Compiler
    from askfoi.knowledge import vocab_path

    lexicon, _ = load_vocab("check_lexicon", list[str])
    return _Compiler(lexicon, vocab_path("check_lexicon")).compile("{{refusal_reasons}}", "refusal_reasons")


# ff28: the lead-in a frame's template writes ("Any records of ...", "Any recorded information showing whether ..."):
# askfoi's words, not the person's, so they say nothing of whether the records pile up
_TEMPLATE_LEAD = re.compile(r"(?i)^\W*any\s+(?:recorded\s+information|records?)\s+(?:showing\s+whether|showing|of)\s+")


def _words(part: "Frame | str") -> str:
    if isinstance(part, str):
        return part
    text = part.text or ""
    if part.source and not part.kept_words and not _TEMPLATE_LEAD.match(part.source):
        text = _TEMPLATE_LEAD.sub("", text)
    return " ".join(x for x in (part.source or "", text) if x)


def needs_period(part: "Frame | str") -> bool:
    """Whether PART (a Frame, or a part's text when no frame is known) asks for records that accumulate over time, so
    that a period bounds the search: a count, a sum, correspondence, a list of events. One document, one meeting, a
    current policy, a contract or the reasons for one decision need none; neither does a figure of what there is now
    ("how many cameras does the council operate")."""
    spec = _spec()
    words = _words(part)
    kind = "kept" if isinstance(part, str) or part.kept_words else part.kind
    asked = part if isinstance(part, str) else (part.source or part.text or "")
    # each figure the part asks ("how many street lights are switched off ... how much has it saved") is read alone
    starts = [m.start() for m in re.finditer(r"(?i)\bhow\s+(?:many|much)\b", asked)] or [0]
    figures = [asked[a:b] for a, b in zip(starts, starts[1:] + [len(asked)])]
    if all(any(p.search(f) for p in spec["current_words"]) and not any(p.search(f) for p in spec["rate_words"])
           for f in figures):
        return False  # "how many cameras does the council operate": a figure of today
    if any(p.search(asked) for p in spec["own_case_words"]):
        return False  # ff28: "am I within my rights to withhold a percentage of my council tax?": the writer's own case
    if any(p.search(asked) for p in spec["practice_words"]) \
            and not re.search(r"(?i)\bhow\s+(?:many|much|often)\b|\bnumbers?\s+of\b|\btotals?\b", asked):
        return False  # ff29: "is there a maximum amount of days that you have to stick to ...?": the rule in force now
    if kind in spec["accumulate"]:
        return True
    if kind in spec["one_thing"]:
        return False
    if any(p.search(words) for p in spec["measure_words"]):
        return True  # a figure over time: "what did the home office pay the company ...", "on average"
    if any(p.search(words) for p in spec["one_thing_words"]):
        return False  # "the report on complaints about the tower block": one document
    return any(p.search(words) for p in spec["accumulate_words"])


def period_covers(part: "Frame | str", letter_period: str | None) -> bool:
    """Whether a period bounds PART: the letter's (LETTER_PERIOD), the part's own, a day its figures are taken on, or
    period words in the part itself ("since its introduction", "in 2024")."""
    if letter_period:
        return True
    if not isinstance(part, str) and (part.qualifiers.period or part.qualifiers.on):
        return True
    rx = _period_words()
    words = _words(part)
    from askfoi.periods import undated_since

    undated = undated_since(words)
    while undated and undated in words:  # ck20: "since the new chief constable started" gives no date: no period
        words = words.replace(undated, " ")
        undated = undated_since(words)
    return bool(rx is not None and rx.search(words))


def part_needing_period(parts: list, letter_period: str | None, skip: list[bool] | None = None) -> int | None:
    """The index of the first of PARTS (Frames or texts) that needs a period none gives it, or None (SKIP: parts a
    bound of their own covers, `_event_bounded`)."""
    for k, part in enumerate(parts):
        if skip and k < len(skip) and skip[k]:
            continue
        if needs_period(part) and not period_covers(part, letter_period):
            return k
    return None


def _event_bounded(part: "Frame", framing: "Framing") -> bool:
    """ff29: whether PART counts what one event the letter names brought in ("How many responses were received?" of
    "the consultation for the play parks" the message opens with): that event bounds the count, so no period is
    missing. The event is read in the part itself or in the lines around the parts (FRAMING's remarks)."""
    spec = _spec()
    words = " ".join(x for x in (part.source or "", part.text or "") if x)
    if not any(p.search(words) for p in spec["event_counts"]):
        return False
    return any(p.search(t) for p in spec["one_event"] for t in [words, *framing.remarks])


# findings about the whole request or the body asked: they name no part
_WHOLE = frozenset({"housing-association", "scottish-authority", "unknown-authority", "not-covered-by-foi", "abolished-authority",
                    "county-not-district", "district-not-county", "too-many-questions", "conflicting-periods",
                    "no-authority", "periods-apart"})


def _norm(text: str) -> str:
    return re.sub(r"[^\w\u00a3$%]+", " ", (text or "").lower()).strip()


def part_of(evidence: str, parts: list) -> int | None:
    """The index of the part of PARTS (Frames) whose own words hold EVIDENCE (a finding's quoted words), or None."""
    from askfoi.finding_scope import _ITEM_MARK

    evidence = _ITEM_MARK.sub("", evidence or "")  # ck15: a list item's number is no word of it
    pieces = [_norm(p)[:80] for p in re.split(r"\s*\.\.\.\s*|\u2026", evidence or "") if _norm(p)]
    if not pieces:
        return None
    for k, part in enumerate(parts):
        if any(pieces[0] in _norm(t) for t in (part.source or "", part.text or "") if t):
            return k
    return None


def _reframed_note(finding: Any, part: "Frame", n: int) -> Any:
    from askfoi.templates import render

    kind = "view" if (part.why or "").startswith("view") else "why"
    question = " ".join((getattr(finding, "evidence", "") or part.source or "").split())
    return finding.model_copy(update={
        "severity": "low",
        "message": " ".join(render("frames/reframed_note.j2", question=question, kind=kind, n=n,
                                   part=(part.text or "").strip()).split()),
        "suggestion": " ".join(render("frames/reframed_note_fix.j2").split()),
        "rewrite": None,
        "part": n,
    })


def judge_on_parts(framing: "Framing") -> list:
    """FRAMING's findings decided on the letter's parts (see the module's doc). A subject access request is left as
    it is."""
    findings = list(framing.findings)
    missing = no_body_finding(framing)
    if missing is not None:
        findings.append(missing)
    apart = periods_apart_finding(framing)
    if apart is not None and not any(getattr(f, "code", "") == "conflicting-periods" for f in findings):
        findings.append(apart)
    if framing.route == "sar":
        return findings
    parts = list(framing.parts)
    spec = _spec()
    asked_back = {_norm(getattr(f, "evidence", "") or "") for f in findings if getattr(f, "code", "") == "too-vague"}
    out = []
    for finding in findings:
        code = getattr(finding, "code", "")
        evidence = getattr(finding, "evidence", "") or ""
        if code == "no-time-period":
            k = part_needing_period(parts, framing.period,
                                    skip=[_event_bounded(p, framing) for p in parts])
            if k is None:
                continue  # no part asks for records that pile up, or a period covers each that does
            first = " ".join((parts[k].source or parts[k].text or "").split())[:120]
            out.append(finding.model_copy(update={"evidence": first or evidence, "part": k + 1}))
            continue
        if code == "vague-scope" and _norm(evidence) in asked_back:
            continue  # "tell me about the bins": the question asked back (too-vague) says it, once
        k = part_of(evidence, parts)
        refusal = _refusal_reasons()
        if code == "not-recorded-information" and refusal is not None and refusal.search(
                " ".join(x for x in (evidence, parts[k].source if k is not None else "") if x)):
            continue  # ck15: "if you do not intend to release it, explain why": what a refusal notice must say anyway
        if code == "not-recorded-information" and k is not None:
            part = parts[k]
            if not part.kept_words and part.kind in spec["reframed_kinds"]:
                out.append(_reframed_note(finding, part, k + 1))  # the letter already asks for the records
                continue
        if k is not None and code not in _WHOLE and getattr(finding, "part", None) is None and hasattr(finding, "model_copy"):
            finding = finding.model_copy(update={"part": k + 1})
        out.append(finding)
    return out


def no_body_finding(framing: "Framing") -> Any | None:
    """ck15: the finding that FRAMING's message names no organisation to send the letter to, with the question the chat
    asks at its organisation step (the kind's own question, "Which council do you mean?", when the message names the
    body only by its kind), or None when a body is named, or several are named side by side (the person picks one), or
    the questions asked back already ask which organisation."""
    from askfoi.checks import Finding
    from askfoi.templates import render

    if framing.authority is not None or framing.named_together:
        return None
    if any(re.search(r"(?i)\bwhich\s+(?:organisation|body)\b", q or "") for q in framing.questions):
        return None
    if any(getattr(f, "code", None) == "housing-association" for f in framing.findings):
        return None  # the body is named (a housing association), and its finding says where to go instead
    question = framing.body_question or ""
    return Finding(code="no-authority", severity="medium", evidence="",
                   message=" ".join(render("frames/no_body.j2", question=question).split()),
                   suggestion=" ".join(render("frames/no_body_fix.j2").split()))


PERIODS_GAP_DAYS = 366  # periods named further apart than a year are not one span the person meant


def periods_apart_finding(framing: "Framing") -> Any | None:
    """ck15: the finding that FRAMING's parts name periods years apart ("during the last financial year 2018/2019" and
    "during last year"; "in 2015, 2016 and 2017" and "in the last five years") that the letter's one period covers
    by running from the first to the last, so it asks for years between that no part names; None otherwise."""
    from askfoi.checks import Finding
    from askfoi.periods import label_span, stated_periods
    from askfoi.templates import render

    if not framing.period or len(framing.parts) < 2:
        return None
    spans: list[tuple[Any, Any, str]] = []
    own = 0  # parts that say a period of their own
    for part in framing.parts:
        words = part.source or part.text or ""
        said = stated_periods(words)
        own += bool(said)
        for label, written, _ in said:
            span = label_span(label)
            if span is not None and all(span[:2] != s[:2] for s in spans):
                spans.append((span[0], span[1], " ".join(written.split())))
    if len(spans) < 2 or own == len(framing.parts):
        return None  # (every part says its own period: none is read under the letter's span)
    spans.sort()
    reach = spans[0][1]
    apart = False
    for start, end, _ in spans[1:]:
        if (start - reach).days > PERIODS_GAP_DAYS:
            apart = True
        reach = max(reach, end)
    if not apart:
        return None
    said = list(dict.fromkeys(w for _, _, w in spans))
    return Finding(code="periods-apart", severity="medium", evidence=said[0],
                   message=" ".join(render("frames/periods_apart.j2", said=said, period=framing.period).split()),
                   suggestion=" ".join(render("frames/periods_apart_fix.j2").split()))


def review_period_due(parts: list[str], frames: list, period: str | None) -> bool:
    """Whether a letter of PARTS (their FRAMES where known) needs the "no-time-period" finding: some part asks for
    records that accumulate and no period covers it (askfoi.request, the review of the chat's letter)."""
    by_text = {f.text: f for f in frames if getattr(f, "text", "")}
    return part_needing_period([by_text.get(p, p) for p in parts], period) is not None


# ck20: findings saying FOI is the wrong route for what a sentence asks (checks.yaml clares-law): that sentence makes
# no part of a letter and is asked nothing back; the person is pointed to the route instead
WRONG_ROUTE_CODES = frozenset({"clares-law", "own-data-overdue"})


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (text or "").lower()))


_OWN_NEXT_STEP = re.compile(r"(?i)\b(?:can|could|should|do|how\s+(?:do|can|could)|what\s+(?:can|do|should))\s+i\b|\bmake\s+them\b")


def without_wrong_route(framing: "Framing") -> None:
    """ck20: FRAMING without the parts, the questions asked back and the too-vague finding that come from a sentence a
    wrong-route finding is about ("does my ex have a criminal record": Clare's Law, no FOI letter); what else the
    message asks stays. Changes FRAMING in place."""
    said = [_tokens(getattr(f, "evidence", "")) for f in framing.findings if getattr(f, "code", "") in WRONG_ROUTE_CODES]
    said = [words for words in said if words]
    if not said:
        return
    if any(getattr(f, "code", "") == "own-data-overdue" for f in framing.findings):
        # ck29: "can i make them send it", "what can i do": the overdue subject access request's finding says what to do
        framing.findings = [f for f in framing.findings if not (
            getattr(f, "code", "") in ("not-recorded-information", "legal-question")
            and _OWN_NEXT_STEP.search(getattr(f, "evidence", "") or ""))]

    def from_there(text: str) -> bool:
        words = _tokens(text) - {"please", "confirm", "whether", "provide", "the", "a", "i", "am", "is"}
        return bool(words) and any(len(words & where) >= 0.7 * len(words) for where in said)

    framing.parts = [p for p in framing.parts if not from_there(p.source or p.text)]
    kept = [q for q in framing.unframed if not from_there(q)]
    dropped = [q for q in framing.unframed if q not in kept]
    framing.unframed = kept
    framing.questions = [q for q in framing.questions if not any(d.strip() and d.strip() in q for d in dropped)
                         and not from_there(q.split('"')[1] if q.count('"') >= 2 else "")]
    if not framing.parts and not framing.unframed:
        framing.findings = [f for f in framing.findings if getattr(f, "code", "") not in
                            ("too-vague", "story-reference", "no-authority", "no-time-period")]
