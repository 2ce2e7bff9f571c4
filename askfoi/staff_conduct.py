"""nx67 (nc64 #12; issue 8.5): the one-key fix for a part about one identifiable officer or member of staff.

Complaints made against one officer ("how many complaints has inspector khan had"), or their conduct ("was pc davies
disciplined"), are that person's own personal data: withheld under FOI (s40(2); FOISA s38), and a force usually neither
confirms nor denies it holds any (s40(5B)). The checks say so (checks.yaml someone-elses-records,
third-party-personal-data); this module gives such a finding its rewrite: the part replaced by frames that get
answered, rendered by the frame templates (prompts/frames/count.j2, policy.j2): the complaints (or the misconduct
proceedings) about that kind of staff counted by outcome, and the policy for handling them. A part that is left out of
the letter already (askfoi.framing `_others_cases_apart`) gets the frames added to the parts that stay. The words are
data (knowledge/vocab/staff_conduct.yaml)."""
from __future__ import annotations

import functools
import re
from typing import Any

from askfoi.knowledge import compile_any, load_vocab
from askfoi.templates import render


@functools.lru_cache(maxsize=1)
def _vocab() -> dict:
    data, _ = load_vocab("staff_conduct")
    if not isinstance(data, dict):
        return {"roles": [], "default": {}, "complaints": None, "conduct": None, "findings": {}}
    roles = [(compile_any([r["pattern"]]), r) for r in data.get("roles") or [] if isinstance(r, dict) and r.get("pattern")]
    return {"roles": [(rx, r) for rx, r in roles if rx is not None], "default": data.get("default") or {},
            "complaints": compile_any([data.get("complaints") or r"(?!x)x"]),
            "conduct": compile_any([data.get("conduct") or r"(?!x)x"]),
            "findings": data.get("findings") or {}}


def _carries_fix(finding: Any) -> bool:
    variants = _vocab()["findings"].get(getattr(finding, "code", ""))
    if variants is None:
        return False
    variant = getattr(finding, "variant", None) or ""
    return any((variant.startswith(v) if v else not variant) for v in variants)


def staff_word(text: str, police: bool) -> str:
    """The people TEXT's person belongs to, as the aggregate parts name them ("police officers", "social workers")."""
    key = "police" if police else "other"
    for rx, role in _vocab()["roles"]:
        if rx.search(text or ""):
            return role.get(key) or role.get("other") or "staff"
    return _vocab()["default"].get(key) or "staff"


def aggregate_parts(text: str, police: bool) -> list[str]:
    """The parts that answer what TEXT asked about one person, about no one in particular: the complaints about such
    staff counted by outcome (when it asks about complaints), the misconduct or disciplinary proceedings counted by
    outcome (when it asks about conduct), and the policy for handling complaints. Empty when TEXT asks neither."""
    from askfoi.framing import Frame, Qualifiers, render_frame

    v = _vocab()
    complaints = bool(v["complaints"] and v["complaints"].search(text or ""))
    conduct = bool(v["conduct"] and v["conduct"].search(text or ""))
    if not (complaints or conduct):
        return []
    staff = staff_word(text, police)
    outcome = Qualifiers(breakdown="outcome")
    frames = []
    if complaints or not conduct:
        frames.append(Frame(kind="count", subject="complaints", clause=f"made about {staff}", qualifiers=outcome))
    if conduct:
        frames.append(Frame(kind="count", subject="misconduct or disciplinary proceedings", clause=f"brought against {staff}",
                            qualifiers=outcome))
    frames.append(Frame(kind="policy", subject=f"handling complaints about {staff}"))
    return [t for t in (render_frame(f) for f in frames) if t]


def _part_of(finding: Any, parts: list[str]) -> int | None:
    """The 0-based part FINDING is about: its `part`, else the part that holds its evidence."""
    at = getattr(finding, "part", None)
    if isinstance(at, int) and 1 <= at <= len(parts):
        return at - 1
    said = (getattr(finding, "evidence", "") or "").lower().strip()
    return next((k for k, p in enumerate(parts) if said and said in p.lower()), None)


def with_conduct_fixes(findings: list[Any], parts: list[str], *, police: bool, text: str = "") -> list[Any]:
    """FINDINGS with a rewrite for each finding about one identifiable person's complaints or conduct (and none yet):
    PARTS with that part replaced by `aggregate_parts`, or, when no part holds it (the part was left out), PARTS with
    them added. TEXT: the message the findings were read from (the sentence a left-out part came from)."""
    out = []
    done: dict[tuple, tuple[str, str]] = {}  # the parts a fix replaces -> its rewrite and note (one fix, said once)
    for f in findings:
        if getattr(f, "rewrite", None) or not _carries_fix(f):
            out.append(f)
            continue
        at = _part_of(f, parts)
        asked = parts[at] if at is not None else _sentence_with(text, getattr(f, "evidence", "") or "")
        if at is None and getattr(f, "code", "") != "someone-elses-records":
            out.append(f)  # a third-party finding on the story, not on anything asked
            continue
        if not _about_one(asked, f):
            out.append(f)
            continue
        gone = {at} if at is not None else set()
        # the parts after it that ask about the same person by a pointer ("was he ever disciplined", "what happened
        # with the complaints"): about that one person too, and answered by the same figures
        k = (at + 1) if at is not None else 0
        while k < len(parts) and _follows_on(parts[k]):
            gone.add(k)
            asked = f"{asked} {parts[k]}"
            k += 1
        if key := tuple(sorted(gone)) if gone else None:
            if key in done:
                out.append(f.model_copy(update={"rewrite": done[key][0], "suggestion": f"{f.suggestion} {done[key][1]}"})
                           if done[key][0] else f)
                continue
        new = [p for p in aggregate_parts(asked, police) if p.lower() not in {q.lower() for q in parts}]
        if not new:
            out.append(f)
            continue
        kept = [p for k, p in enumerate(parts) if k not in gone]
        first = min(gone) if gone else len(parts)
        fixed = kept[:first] + new + kept[first:]
        note = render("frames/staff_conduct_fix.j2", parts=new).strip()
        if key:
            done[key] = ("\n".join(f"{i}. {p}" for i, p in enumerate(fixed, 1)), note)
        out.append(f.model_copy(update={"rewrite": "\n".join(f"{i}. {p}" for i, p in enumerate(fixed, 1)),
                                        "suggestion": f"{f.suggestion} {note}".strip()}))
    return out


_POINTER = re.compile(r"(?i)\b(?:he|she|him|her|his|hers|they|them|their|the\s+complaints?|this\s+(?:officer|person))\b")


def _follows_on(part: str) -> bool:
    """A part that asks about complaints or conduct by a pointer only ("Was he ever disciplined?")."""
    v = _vocab()
    asks = (v["complaints"] and v["complaints"].search(part)) or (v["conduct"] and v["conduct"].search(part))
    return bool(asks and _POINTER.search(part) and not any(rx.search(part) for rx, _ in v["roles"]))


def _about_one(asked: str, finding: Any) -> bool:
    """Whether ASKED asks about complaints or conduct and the finding points at a person in it (its evidence names a
    role or a person the roles know, or the finding is someone-elses-records, which is always about one person)."""
    v = _vocab()
    if not asked or not ((v["complaints"] and v["complaints"].search(asked)) or (v["conduct"] and v["conduct"].search(asked))):
        return False
    if getattr(finding, "code", "") == "someone-elses-records":
        return not (getattr(finding, "variant", "") or "").startswith("family")
    said = getattr(finding, "evidence", "") or ""
    return any(rx.search(said) for rx, _ in v["roles"]) or any(rx.search(asked) for rx, _ in v["roles"])


def _sentence_with(text: str, evidence: str) -> str:
    if not text or not evidence:
        return evidence or ""
    at = text.lower().find(evidence.lower())
    if at < 0:
        return evidence
    start = max(text.rfind(c, 0, at) for c in ".?!\n") + 1
    ends = [e for e in (text.find(c, at + len(evidence)) for c in ".?!\n") if e >= 0]
    return text[start:min(ends) if ends else len(text)].strip()
