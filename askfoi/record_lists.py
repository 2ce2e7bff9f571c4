"""One sentence that asks for several records by name, cut into one question per record (lf61, nc58 #3c).

"i want to see the contract between the council and the company, the inspection reports the council did" is two
records, and an FOI officer answers each with its own document: a part that merges them ("The contract between the
council and the company, the inspection reports the council did.") is neither. A sentence is cut only when it opens
with words of asking (knowledge/vocab/record_lists.yaml leads) and each piece after a comma or "and" is a noun phrase
headed by a record noun (heads); a piece that names no record ("the rent the council charges") stays with the one
before it. Each item keeps the words of asking, so it reads as the person's own request.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_DET = r"(?:the|any|all|a|an|copies\s+of|a\s+copy\s+of|all\s+the|any\s+of\s+the|its|their|your)"


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern] | None:
    data, _ = load_vocab("record_lists")
    data = data if isinstance(data, dict) else {}
    heads = sorted((str(h).lower() for h in data.get("heads") or []), key=len, reverse=True)
    leads = [str(x) for x in data.get("leads") or []]
    if not heads or not leads:
        return None
    head = "(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads) + ")"
    lead = re.compile(rf"(?i)^(?P<lead>\W*(?:(?:and|also|so|but|hi|hello|please)\b[\s,]*)*(?:{'|'.join(leads)})\s+)")
    item = re.compile(rf"(?i)^{_DET}\s+(?:[\w'-]+\s+){{0,3}}?{head}\b")
    return lead, item


_WH_ASK = re.compile(r"(?i)(?:how\s+(?:much|many|long|often)|who|what|when|where|which|why)\s+\w")
_JOIN = re.compile(r"(?i)\s*,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|\s+(?:and|as\s+well\s+as|plus)\s+")


def record_items(question: str) -> list[str]:
    """QUESTION cut into one question per record it names (each with its words of asking), or [QUESTION]."""
    pats = _patterns()
    if pats is None or not question:
        return [question]
    lead_rx, item_rx = pats
    m = lead_rx.match(question)
    if m is None:
        return _after_wh_clause(question, item_rx)
    lead, body = m.group("lead"), question[m.end():]
    if not item_rx.match(body):
        return [question]
    cuts = [0]
    for j in _JOIN.finditer(body):
        rest = body[j.end():]
        inside = body[:j.start()].count("(") > body[:j.start()].count(")")
        if inside:
            continue  # "(dioxins, nox, particulates)": a list inside an aside is one item's
        if (item_rx.match(rest) or _WH_ASK.match(rest)) \
                and not re.search(r"(?i)\bbetween\s+(?:[\w'-]+\s+){0,4}$", body[cuts[-1]:j.start()] + " "):
            cuts.append(j.start())  # ("the contract between the council and the company": "and" joins the parties)
    if len(cuts) < 2:
        return [question]
    pieces = []
    for a, b in zip(cuts, cuts[1:] + [len(body)]):
        piece = _JOIN.sub("", body[a:b], count=1) if a else body[a:b]
        piece = re.sub(r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|plus)?\s*", "", piece) if a else piece
        pieces.append(piece.strip(" ,;"))
    if any(not item_rx.match(p) and not (k and _WH_ASK.match(p)) for k, p in enumerate(pieces)):
        return [question]
    pieces = _shared_qualifier(pieces, item_rx)
    # lead50 (nc64 #3): "..., how much its costing the council, the minutes of ...": a question asked in the list is
    # an ask of its own, in its own words (no words of asking before it)
    return [p if k and _WH_ASK.match(p) else lead + p for k, p in enumerate(pieces)]


_QUALIFIER = re.compile(r"(?i)^\s*(?:\([^()]{1,80}\)\s*)?(?P<pp>(?:for|about|on|at|near|relating\s+to|regarding)\s+\S.*)$")


def _shared_qualifier(pieces: list[str], item_rx: re.Pattern) -> list[str]:
    """lead52 (nc70 #2): "the noise assessment and the peat assessment for the windfarm": records joined by a bare
    "and" (or a list's commas) share the qualifier after the last ("for the windfarm"), so a record named bare before it
    gets it too ("The noise assessment for the windfarm"); a record with a qualifier of its own keeps it as typed."""
    out = list(pieces)
    for k in range(len(out) - 2, -1, -1):
        bare = item_rx.match(out[k])
        nxt = item_rx.match(out[k + 1])
        if not bare or not nxt or out[k][bare.end():].strip() or _WH_ASK.match(out[k + 1]):
            continue
        pp = _QUALIFIER.match(out[k + 1][nxt.end():])
        if pp:
            said = re.sub(r"(?i)\s+from\s+(?!.*\bto\b)[^,;]*$", "", pp.group("pp").strip())  # the body asked, said once
            out[k] = f"{out[k].rstrip()} {said}"
    return out


def _after_wh_clause(question: str, item_rx: re.Pattern) -> list[str]:
    """lead50 (nc61 #3): "who designed it (was it a consultant?) and the emails they had with residents about it": a
    question asked with a wh-word, then "and" and a record named by a record noun, is two asks: the question, and the
    record (a noun phrase the framing reads as asked for). [QUESTION] otherwise."""
    how = re.match(r"(?i)\W*(?:(?:and\s+)?(?:for|in|of|by|at|on|to)\s+)?how\s+(?:much|many|long|often)\b", question or "")
    if not how and not re.match(r"(?i)\W*(?:who|what|which|when|where|why)\b", question or ""):
        return [question]
    # (a count or a sum then "and the policy ..." is cut by its frame, ck34: after "how much/many" only a comma cuts)
    joins = r"(?i)\s*,\s*(?:and\s+)?(?:also\s+)?" if how else r"(?i)\s*,\s*(?:and\s+)?(?:also\s+)?|\s+and\s+(?:also\s+)?"
    for j in re.finditer(joins, question):
        rest = question[j.end():]
        head = question[:j.start()]
        if item_rx.match(rest) and head.count("(") == head.count(")") \
                and not re.search(r"(?i)\bbetween\s+(?:[\w'-]+\s+){0,4}$", head + " "):
            return [head.strip(" ,;"), *_record_run(rest.strip(" ,;"), item_rx)]
    return [question]


def _record_run(text: str, item_rx: re.Pattern) -> list[str]:
    """lead51 (nc67 #9): the records named one after another after a question ("the permits for the overflows, the
    inspection reports, any fines they got"): one item each where every piece names a record, else [TEXT]."""
    cuts = [0] + [j.start() for j in _JOIN.finditer(text) if item_rx.match(text[j.end():])
                  and text[:j.start()].count("(") == text[:j.start()].count(")")
                  and not re.search(r"(?i)\bbetween\s+(?:[\w'-]+\s+){0,4}$", text[:j.start()] + " ")]
    pieces = [_JOIN.sub("", text[a:b], count=1).strip(" ,;") if a else text[a:b].strip(" ,;")
              for a, b in zip(cuts, cuts[1:] + [len(text)])]
    return pieces if len(pieces) > 1 and all(item_rx.match(p) for p in pieces) else [text]


def split_record_lists(questions: list[str]) -> list[str]:
    """QUESTIONS with each one that asks for several records by name cut into one question per record."""
    out: list[str] = []
    for q in questions:
        out.extend(record_items(q))
    return out


def names_record(text: str, sentence: str = "") -> bool:
    """TEXT opens with a noun phrase headed by a record noun ("the monitoring reports the council did on it") and its
    SENTENCE, as typed, opens with words of asking ("i want the contract ... and the monitoring reports ..."): it
    names records asked for, though a clause inside it tells ("the council did"). A sentence that tells about a
    record ("the budget minutes only say ...") asks nothing."""
    pats = _patterns()
    if not (pats and pats[1].match((text or "").strip())):
        return False
    return bool(pats[0].match((sentence or text or "").strip()))


def record_item(text: str) -> bool:
    """lead51: TEXT is a noun phrase headed by a record noun, as an item of a list ("the permits for the overflows",
    "any fines they got"): after the head comes nothing, a preposition, or a clause of its own ("they got"); never
    the head word used as a verb ("the council charges £50 for ...")."""
    pats = _patterns()
    said = (text or "").strip().rstrip(" .,;")
    m = pats[1].match(said) if pats else None
    if m is None:
        return False
    rest = said[m.end():].strip()
    return not rest or bool(re.match(r"(?i)(?:of|for|on|about|from|with|between|in|at|to|by|relating|regarding|"
                                     r"concerning|they|we|you|it|he|she|that|which|held|kept|made|carried|issued)\b", rest))
