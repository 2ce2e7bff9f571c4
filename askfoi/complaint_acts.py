"""Sentences that complain, claim or ask for a view, kept out of an FOI letter (issue 8; ck50, nc49 #4).

"i want to complain about my gp practice ... why is the surgery so badly run", "I want compensation and to know why
they ignored me", "do you think the mayor of london should resign over ulez? ... how much has tfl made from ulez
fines since 2023": what each sentence does decides, not its subject. The complaint-not-foi check
(knowledge/vocab/checks.yaml) says what the sentence is and where it goes; this module keeps such questions out of
the parts: a question asking a view, when another question asks for information (the factual question is then the
letter, and the body it is put to the one asked); a grievance put as a question (rhetorical_asks.yaml) or a question
about the writer's own treatment, when the message complains or claims. A message that only asks a view is read as
before (the records of an assessment), with the finding beside it.
"""

from __future__ import annotations

import functools
import re

_ABOUT_ME = re.compile(r"(?i)\b(?:me|my|us|our|myself)\b")
# "why they ignored me", "how come nobody called me back": the writer's own treatment, asked why
_WHY = re.compile(r"(?i)^\W*(?:(?:and|but|so)\s+)?(?:(?:to\s+)?(?:know|find\s+out|understand)\s+)?(?:why|how\s+come)\b")


@functools.lru_cache(maxsize=256)
def act(sentence: str) -> str | None:
    """What SENTENCE does, by the complaint-not-foi check: "opinion" (asks a view), "claim" (asks for compensation),
    "complaint" (complains); None when it does none of these."""
    from askfoi.checks import check_request, rules_find

    if not rules_find("complaint-not-foi", sentence or ""):
        return None  # sp63: the check's own words are not in the sentence, so no finding (the other checks unread)
    found = next((f for f in check_request(sentence or "", environmental=False).findings
                  if f.code == "complaint-not-foi"), None)
    if found is None:
        return None
    return found.variant if found.variant in ("opinion", "claim") else "complaint"


def _complains(text: str) -> bool:
    from askfoi.questions import split_questions

    return any(act(s) in ("complaint", "claim") for s in re.split(r"(?<=[.?!])\s+|\n+", text or "") if s.strip()) \
        or any(act(q) in ("complaint", "claim") for q in split_questions(text or ""))


def set_aside(questions: list[str], text: str) -> tuple[list[str], list[str]]:
    """QUESTIONS split into those kept as asks and those set aside as remarks (ck50): a question that asks a view
    while another question asks for information; in a message that complains or claims, a grievance put as a
    question and a question about the writer's own treatment ("to know why they ignored me")."""
    from askfoi.rhetorical_asks import rhetorical

    complains = _complains(text)
    aside: list[str] = []
    for q in questions:
        kind = act(q)
        if complains and (rhetorical(q) or (kind in ("complaint", "claim") and _ABOUT_ME.search(q))
                          or (_WHY.match(q) and _ABOUT_ME.search(q))):
            aside.append(q)
    kept = [q for q in questions if q not in aside]
    views = [q for q in kept if act(q) == "opinion"]
    if views and len(views) < len(kept):
        aside += views
        kept = [q for q in kept if q not in views]
    return kept, aside


def views_apart(questions: list[str]) -> list[str]:
    """QUESTIONS without those that ask a view, when another question asks for information (askfoi.body_groups: a
    view names no body the request is put to)."""
    views = [q for q in questions if act(q) == "opinion"]
    return [q for q in questions if q not in views] if views and len(views) < len(questions) else list(questions)


def view_said_once(framing) -> None:
    """A view asked that stayed the letter's part (the message asks nothing else: "do you think the 20mph limit has
    reduced accidents" -> the records of an assessment) is already reframed as records, and the chat says so: the
    complaint-not-foi opinion finding ("the rest is not for FOI") is dropped. Kept when the view was set aside as a
    remark. Changes FRAMING in place."""
    if not framing.parts:
        return
    aside = " ".join(" ".join(r.lower().split()) for r in framing.remarks)
    framing.findings = [f for f in framing.findings if not (
        getattr(f, "code", "") == "complaint-not-foi" and getattr(f, "variant", None) == "opinion"
        and " ".join((f.evidence or "").lower().split()).rstrip("?.! ") not in aside)]
