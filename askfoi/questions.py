"""Split a person's message into the separate questions it asks, in their own words.

One splitter for every job that needs the parts of a request: framing (what each part asks for),
matching (a forecast per part) and the letter. Nothing here rewords anything; it only cuts. The
phrases it cuts on (greetings, sign-offs, joining phrases) are in knowledge/vocab/question_split.yaml.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab

MAX_QUESTIONS = 30
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")
_LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.):]|\(?[a-z][.)]|[-*\u2022\u00b7\u2013])\s+(.*)$", re.I)
_SENTENCE_END = re.compile(r"(?<=\?)\s*(?=\w)|(?<=[.!])\s+(?=[A-Za-z\d\"'(])")
_ABBREVIATIONS = frozenset("e.g i.e etc approx no st mr mrs ms dr vs ref nr tel".split())


def _sentences(text: str) -> list[str]:
    """TEXT cut after "?", and after "." or "!" unless the word before is an abbreviation ("e.g.", "approx.")."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start()].rstrip(".!").split()
        if before and before[-1].lower() in _ABBREVIATIONS and text[m.start() - 1] == ".":
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [piece for piece in out if piece.strip()]
_WORDY = re.compile(r"[^\W\d_]{2,}")  # a part needs at least one real word


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", value)).strip()


@dataclass(frozen=True)
class _Rules:
    greeting: tuple[re.Pattern[str], ...]
    drop: tuple[re.Pattern[str], ...]
    stop: tuple[re.Pattern[str], ...]
    split_on: re.Pattern[str] | None
    openers: tuple[re.Pattern[str], ...] = ()
    salutation: tuple[re.Pattern[str], ...] = ()
    preamble: tuple[re.Pattern[str], ...] = ()


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    words, _ = load_vocab("question_split", list[str])
    words = words if isinstance(words, dict) else {}

    def compiled(pattern: str) -> re.Pattern[str] | None:
        try:
            return re.compile(pattern, re.I)
        except re.error:
            return None  # a broken pattern in the data is skipped; `kb validate` reports vocab files

    def patterns(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(p for p in (compiled(x) for x in words.get(key) or []) if p)

    found = [p for p in words.get("split_on") or [] if compiled(p)]
    return _Rules(
        greeting=patterns("greeting"),
        drop=patterns("drop"),
        stop=patterns("stop"),
        split_on=re.compile("|".join(f"(?:{p})" for p in found), re.I) if found else None,
        openers=tuple(p for p in (compiled("^" + x) for x in words.get("openers") or []) if p),
        preamble=patterns("preamble"),
        salutation=patterns("salutation_line"),
    )


def strip_opener(text: str) -> str:
    """TEXT without what a formal request says before the thing it asks for ("Under the Freedom of
    Information Act 2000, please could you provide ...", "I would like to request ..."): the phrases are
    in knowledge/vocab/question_split.yaml (openers), taken off the front again until none is left."""
    out = (text or "").strip()
    for _ in range(6):
        for pattern in _rules().openers:
            m = pattern.match(out)
            if m and m.end() and _WORDY.search(out[m.end():]):
                out = out[m.end():].lstrip(" ,:;-")
                break
        else:
            break
    return out


_LEAD_TAIL = re.compile(
    r"(?i)[\s,]*(?:(?:and\s+)?(?:please\s+)?(?:(?:could|can|would)\s+you\s+)?(?:please\s+)?"
    r"(?:provide|send|supply|give|tell|disclose|confirm|let\s+me\s+know)(?:\s+me)?(?:\s+with)?\s*)?"
    r"(?:(?:the\s+)?following(?:\s+information)?|the\s+information\s+below|these\s+details)?\s*:\s*$")


_LEAD_FILLER = re.compile(r"(?i)\b(?:me|us|with|you|please|could|can|would|will|kindly|tell|let|know|advise|answer|"
                          r"provide|send|the|following|information|below|questions?|details)\b")


def lead_in(line: str) -> str:
    """What a lead-in line of a list adds to each of its items, in the person's words: "Please provide
    the following for each year from 2021 to 2024:" gives "for each year from 2021 to 2024", "In relation
    to fly-tipping in Hackney, please provide:" gives "in relation to fly-tipping in Hackney"; a lead-in
    that only introduces ("Please provide the following:") gives ""."""
    text = re.sub(r"(?i)\b(?:the\s+)?following(?:\s+information)?\s+(?=(?:in\s+relation\s+to|regarding|about|concerning|relating\s+to|on)\s)",
                  "", _one_line(line))  # "the following regarding X:" keeps "regarding X"
    text = _LEAD_TAIL.sub("", strip_opener(text)).strip(" ,;:-")
    text = strip_opener(text).strip(" ,;:-")
    head, comma, tail = text.rpartition(",")
    if comma and strip_opener(f"{tail.strip()} xx").strip() == "xx":
        text = head.strip(" ,;:-")  # "In relation to X, I would like to request": the request words go
    if not _WORDY.search(text) or any(p.search(text) for p in _rules().drop):
        return ""
    if not _LEAD_FILLER.sub("", text).strip(" ,;:-"):
        return ""  # "please could you tell me:" leaves only words of asking, nothing the items lack
    if re.match(r"(?i)(?:i|we|my|our)\b", text):
        return ""  # "I am a parent of a pupil at ...:" is the person's story, not a qualifier
    return text[:1].lower() + text[1:] if not re.match(r"[A-Z]{2}|[A-Z][a-z]*\s+[A-Z]", text) else text


def _with_lead(item: str, lead: str) -> str:
    """A list ITEM with its LEAD-in joined on, so the item stands on its own: a lead-in that says when or
    how to break the figures down ("for each year from 2021 to 2024", "for each ward") reaches every item;
    one that only names the topic ("in relation to the closure of the library") reaches a bare item
    ("the cost", "how many staff") that means nothing without it, not an item that already says it all."""
    if not lead:
        return item
    from askfoi.periods import find_periods

    says_when = bool(re.match(r"(?i)(?:for|in|during|between|since|from|over|across|broken\s+down)\s+(?:each|every|the\s+(?:last|past)|\d|(?:19|20)\d\d)", lead)) \
        or bool(find_periods(lead))
    if not says_when and len(_WORDY.findall(item)) > 4:
        return item
    return f"{item.rstrip(' .;,')} {lead}" if re.match(r"(?i)(?:for|in|at|by|from|during|between|since|over|across|within|under|on|about|regarding|relating|concerning|following|with\s+regard)\b", lead) \
        else f"{item.rstrip(' .;,')}, {lead}"


_INLINE_MARK = re.compile(r"(?:(?<=^)|(?<=[\s:;,]))\(?(\d{1,2}|[a-h])[.)]\s+(?=\S)")


def _inline_list(line: str) -> list[str]:
    """A numbered list written on one line ("tell me: 1. whether ..., 2. how many ..., 3. which ...")
    as one line per item, the lead-in on a line of its own. Only markers that count up from 1 (or a)
    in order make a list, so "section 2. The" or "a. b." in prose is left alone."""
    marks = list(_INLINE_MARK.finditer(line))
    run: list[re.Match[str]] = []
    for m in marks:
        label = m.group(1).lower()
        expected = (str(len(run) + 1), "abcdefgh"[len(run)] if len(run) < 8 else "")
        if label in expected and (not run or run[0].group(1).isdigit() == label.isdigit()):
            run.append(m)
        elif label in ("1", "a"):
            run = [m]
    if len(run) < 2:
        return [line]
    out = [line[: run[0].start()].strip()]
    for m, nxt in zip(run, run[1:] + [None]):
        item = line[m.start(): nxt.start() if nxt else len(line)].strip().rstrip(",;")
        out.append(item)
    return [piece for piece in out if piece]


def _pieces(text: str) -> list[str]:
    """The separate things asked for: list items when the text is a list, else sentences."""
    lines = []
    for line in (piece for raw in text.splitlines() for piece in _inline_list(raw)):
        if any(p.search(line.strip()) for p in _rules().stop):
            break  # a sign-off: what follows is the signature
        if any(p.search(line.strip()) for p in _rules().salutation):
            lines.append("")  # "Dear Ministry of Justice,": not part of what follows
            continue
        lines.append(line.strip())
    items: list[str] = []
    listed = sum(1 for line in lines if _LIST_ITEM.match(line))
    if listed >= 2:
        current: list[str] | None = None
        lead = ""  # what a lead-in ("Please provide the following for each year:") adds to each of its items
        for line in lines:
            m = _LIST_ITEM.match(line)
            if m:
                if current:
                    items.append(_with_lead(" ".join(current), lead))
                current = [m.group(1)]
            elif current is not None and line and not any(p.search(line) for p in _rules().drop + _rules().stop):
                current.append(line)
            elif current is not None and line:  # "If you need any clarification ...": the list has ended
                items.append(_with_lead(" ".join(current), lead))
                current = None
            elif not line:  # a blank line ends a list item
                if current:
                    items.append(_with_lead(" ".join(current), lead))
                current = None
            elif line.endswith(":"):
                lead = lead_in(line)
            else:
                items.extend(_sentences(line))
                lead = ""
        if current:
            items.append(_with_lead(" ".join(current), lead))
        return items
    joined = " ".join(line for line in lines if line)
    return _sentences(joined)



_ASKS = r"(?:how\s+(?:many|much|long|often)|what(?:'?s)?|whats|which|whether|why|when|where|who|whom|is\s+there|are\s+there|has|have|did|does|do)\b"
_CLAUSE_CUT = re.compile(rf"(?i),\s*(?:and\s+|&\s+)?(?=(?:in\s+|of\s+|for\s+)?{_ASKS})")
_CLAUSE_START = re.compile(rf"(?i)^\W*(?:(?:and|also|so|but)\s+)?(?:in\s+|of\s+|for\s+)?{_ASKS}")
_QUESTION_START = re.compile(r"(?i)^\W*(?:(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:tell\s+me|let\s+me\s+know)\s+)?"
                             r"(?:how\s+(?:many|much|long|often)|what(?:'?s)?|whats|which|whether|why|when|where|who)\b")


_THANKS_AFTER = re.compile(r"(?i)(?<=\w)[\s,.!-]+(?:(?:many\s+)?thanks|thank\s+you|cheers|ta)(?:\s+(?:in\s+advance|very\s+much|a\s+lot))?\W*$")
_REFERS_BACK = re.compile(r"(?i)\b(?:these|those|them|the\s+above|the\s+same|(?:the\s+)?aforementioned)\b")


def question_clauses(chunk: str) -> list[str]:
    """A sentence that asks several questions separated by commas ("how many X, how many did they pay and
    how much did it cost, whats the average payout") cut into one question per clause. Only a sentence that
    itself starts as a question is cut, and only where a clause after a comma starts with a question word
    ("how many", "what", "which", "whether" ...), so "the number of X, broken down by ward" stays whole."""
    if not _QUESTION_START.match(chunk):
        return [chunk]
    out: list[str] = []
    start = 0
    for m in _CLAUSE_CUT.finditer(chunk):
        rest = chunk[m.end():]
        if not _CLAUSE_START.match(rest) or len(_WORDY.findall(rest.split(",")[0])) < 4:
            continue  # "..., what for", ", how many failed": too short to stand as a question alone
        if rest.lower().startswith(("has ", "have ", "did ", "does ", "do ")) and not re.match(
                r"(?i)(?:has|have|did|does|do)\s+(?:the|it|they|you|your|any|anyone|a)\b", rest):
            continue
        if _REFERS_BACK.search(rest.split(",")[0]):
            continue  # "how many of them were families": stays with the clause it refers back to
        out.append(chunk[start:m.start()])
        start = m.end()
    out.append(chunk[start:])
    return [c.strip() for c in out if c.strip()]


def split_questions(text: str) -> list[str]:
    """The separate things TEXT asks, each in the person's words: list items when it is a list, else
    sentences, then joining phrases ("and also"); greetings and sign-offs dropped; no duplicates."""
    rules = _rules()
    out: list[str] = []
    seen: set[str] = set()
    for piece in _pieces(_CONTROL.sub(" ", text or "")[:20000]):
        chunks = rules.split_on.split(piece) if rules.split_on else [piece]
        chunks = [c for chunk in chunks for c in question_clauses(chunk or "")]
        for chunk in chunks:
            chunk = _THANKS_AFTER.sub("", _one_line(chunk or ""))  # "..., thanks" ends a question, it is not part of it
            for greeting in rules.greeting:  # "hi, how many ..." keeps the question
                rest = greeting.sub("", chunk, count=1).strip()
                if rest != chunk and _WORDY.search(rest):
                    chunk = rest
            if not _WORDY.search(chunk) or any(p.search(chunk) for p in rules.drop + rules.stop):
                continue
            key = chunk.lower().rstrip(" ?.!")
            if key not in seen:
                seen.add(key)
                out.append(chunk)
    asked = [q for q in out if not any(p.search(q) for p in rules.preamble)]
    return (asked or out)[:MAX_QUESTIONS]
