"""No question lost in silence (issue 8, fx50; nc49 #1).

Framing reads a message into its questions (`askfoi.questions.read_message`), and then some forty steps join, split,
replace, move and drop parts. Each step has its reasons, but a step that drops a part because another "already asks
it" can be wrong ("do you use drones with thermal cameras to watch people's homes" dropped for "how many times were
drones used to find missing people"), and then the person's question is gone and nothing says so.

This module is the ledger kept at the end of framing: every question of the message must end as

- a part that asks it (half or more of its content words said in the part; a question for a figure - "how many",
  "how much" - only by a part that asks for a figure, never by a part that only quotes it inside a request for the
  reasons),
- a question asked back, a question put to another body, a remark (story, a view, a condition), or
- a question kept whole as a part, added here (the person's own words: never spliced, never dropped).

A part added here takes the place of the question's order in the message, and every finding that names a part by
number is numbered again for the parts as they now are (a finding stays with the part it was made for).
"""

from __future__ import annotations

import re
from contextlib import contextmanager

# a question that asks for a figure: only a part asking for a figure answers it
_FIGURE_ASK = re.compile(r"(?i)^\W*(?:(?:and|also|but|so|plus)\s+)*(?:how\s+(?:many|much|often|long)\b|"
                         r"what\s+(?:is|was|were|are)\s+the\s+(?:number|total|cost|amount|average|figures?)\b)")
# a sentence that only asks for what was asked before to be broken down or given in a form ("Please could all the
# above information be broken down by financial year"): a qualifier of the parts, no question of its own
_OF_THE_ABOVE = re.compile(r"(?i)\b(?:(?:all\s+)?(?:of\s+)?the\s+above|this\s+(?:information|data)|these\s+(?:figures|numbers)|"
                           r"all\s+of\s+(?:this|these|them)|each\s+of\s+(?:these|them|the\s+above)|the\s+(?:information|data|"
                           r"figures)\s+(?:above|requested))\b")
_FORM_ONLY = re.compile(r"(?i)\b(?:broken\s+down|break\s+(?:this|these|it|them)\s+down|split|separated|breakdown|"
                        r"spreadsheet|excel|csv|electronic(?:ally)?|format)\b")
# a short follow-on that points back at the part before ("who signed this off?", "and how was it paid for"): the
# follow-on steps fold it into that part (the decision's records "and who made that decision")
_POINTS_BACK = re.compile(r"(?i)\b(?:this|that|these|those|it|them)\b")
# fix44a: what is left of a statement once its subject was read off ("The council have done nothing." read as "have
# done nothing."): an auxiliary straight before a participle or a negative, no one doing it and no question mark
_PREDICATE_ONLY = re.compile(r"(?i)^\W*(?:has|have|had|is|are|was|were)\s+(?:not\s+|never\s+|just\s+|already\s+)?"
                             r"(?:done|been|gone|got|made|taken|given|said|nothing|\w+ed)\b[^?]*$")


def _run(text: str) -> str:
    return " " + " ".join(re.findall(r"[\w']+", (text or "").lower())) + " "


def _set_aside(question: str, framing) -> bool:
    """QUESTION is what a high finding of FRAMING is about (its evidence is in the question, or the question in its
    evidence): a step set it aside on purpose (a Clare's Law question, someone else's file, an explanation that is no
    recorded information), said to the person by that finding, and not a part to put back."""
    said = _run(question)
    for finding in framing.findings:
        if getattr(finding, "severity", None) != "high":
            continue
        evidence = _run(getattr(finding, "evidence", "") or "")
        if evidence.strip() and (evidence in said or said in evidence):
            return True
    return False


def _words(text: str) -> set[str]:
    from askfoi.questions import _LIGHT_WORDS, _WORDY

    return {w.lower()[:6] for w in _WORDY.findall(text or "") if w.lower() not in _LIGHT_WORDS and len(w) > 2}


def _covers(want: set[str], have: set[str]) -> bool:
    return bool(want) and len(want & have) * 2 >= len(want)


def _asks_figure(part) -> bool:
    """PART asks for a figure of some kind unless it is the records of the reasons (a question quoted inside them is
    not asked for its figure: "Any minutes ... that set out the reasons asked about in this question: "How many ..."")
    or a policy, a view's records: parts of every other kind (a count, a sum, savings, a question kept whole) can."""
    return part.kept_words or part.kind not in ("reasons", "policy")


def _elsewhere(framing) -> list[str]:
    """Everything framing says besides its parts: asked back, set aside, put to another body."""
    out = list(framing.questions) + list(framing.unframed) + list(framing.remarks) + list(framing.vented)
    out += [p.source or p.text or "" for p in framing.pending]
    out += [h.get("part", "") + " " + h.get("question", "") for h in framing.held]
    out += list(framing.foi_aside) + list(framing.others_records)
    out += [q for b in framing.other_bodies for q in b.questions]
    out += list(framing.left_out)
    if framing.body_question:
        out.append(framing.body_question)
    return out


def lost_questions(framing, asked: list[str]) -> list[str]:
    """The questions of ASKED (the message's, as read) that FRAMING ends with nowhere: in no part that asks them, not
    asked back, not set aside as a remark, not put to another body."""
    if framing.route == "sar":
        return []  # a subject access request's parts are the person's own records, read from the whole message
    from askfoi.disparity_asks import mostly_guess

    others = [_words(o) for o in _elsewhere(framing)]
    parts = [(p, _words(f"{p.source or ''} {p.text or ''}")) for p in framing.parts]
    lost = []
    for question in asked:
        want = _words(question)
        if len(want) < 2 or any(_covers(want, h) for h in others):
            continue  # (a bare "why?", "and where": read with the question before it)
        if len(want) <= 2 and _POINTS_BACK.search(question):
            continue  # a follow-on of the part before, read there
        if _OF_THE_ABOVE.search(question) and _FORM_ONLY.search(question):
            continue  # how the parts before are to be given, not a question of its own
        if _PREDICATE_ONLY.match(question) or _set_aside(question, framing):
            continue  # a statement's tail, or a question a finding already answers as set aside (fix44a)
        if any(p.qualifiers.breakdown for p in framing.parts if p.kind == "count") and mostly_guess(question):
            continue  # ny79 (nc79 #1): "is it mostly black lads": the count's breakdown asks it
        figure = bool(_FIGURE_ASK.match(question))
        if any(_covers(want, h) and (not figure or _asks_figure(p)) for p, h in parts):
            continue
        lost.append(question)
    return lost


def _order_of(part, asked: list[str]) -> int:
    """The index in ASKED of the question PART was read from (the most of its words), or -1."""
    have = _words(f"{part.source or ''} {part.text or ''}")
    best, at = 0, -1
    for k, question in enumerate(asked):
        said = len(_words(question) & have)
        if said > best:
            best, at = said, k
    return at


def insert_part(framing, at: int, frame) -> None:
    """FRAME put in FRAMING's parts at index AT (0-based); each finding that names a part by number names the same
    part after it (fx50: a finding stays with the frame it was made for)."""
    framing.parts.insert(at, frame)
    moved = []
    for finding in framing.findings:
        number = getattr(finding, "part", None)
        if isinstance(number, int) and number > at and hasattr(finding, "model_copy"):
            finding = finding.model_copy(update={"part": number + 1})
        moved.append(finding)
    framing.findings = moved


def keep_lost_questions(framing, asked: list[str]) -> list[str]:
    """Each question of ASKED that FRAMING lost, kept whole as a part in its place among the parts; one that cannot
    be kept (nothing left once its opener is off) is named in `framing.left_out`. Returns the questions kept."""
    from askfoi.framing import keep_words

    kept = []
    for question in lost_questions(framing, asked):
        frame = keep_words(question)
        if not (frame.text or "").strip():
            framing.left_out.append(question)
            continue
        frame.source = frame.source or question
        k = asked.index(question)
        at = next((i for i, p in enumerate(framing.parts) if _order_of(p, asked) > k), len(framing.parts))
        insert_part(framing, at, frame)
        kept.append(question)
    return kept


@contextmanager
def findings_stay_with_parts(framing):
    """Within the block, FRAMING's parts may be dropped, merged, replaced or moved; each finding that named a part by
    number before it names the same part after it: the same frame, else the frame that replaced it (read from the
    same question), else none (the finding is then about the whole request). Findings made inside the block keep the
    numbers they were made with."""
    anchors = {}
    for finding in framing.findings:
        number = getattr(finding, "part", None)
        if isinstance(number, int) and 1 <= number <= len(framing.parts):
            anchors[id(finding)] = framing.parts[number - 1]
    yield
    moved = []
    for finding in framing.findings:
        frame = anchors.get(id(finding))
        if frame is not None and hasattr(finding, "model_copy"):
            at = next((k for k, p in enumerate(framing.parts, 1) if p is frame), None)
            if at is None and frame.source:
                at = next((k for k, p in enumerate(framing.parts, 1) if p.source == frame.source), None)
            if at != finding.part:
                finding = finding.model_copy(update={"part": at})
        moved.append(finding)
    framing.findings = moved
