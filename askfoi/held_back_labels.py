"""lt101 (nc100 r2): the questions a reply says, by its own labels, that it holds back, so that the explain screen, the
reply screen and the review letter name each one still owed ("Q1, Q2, Q3, Q6, Q6a, Q6b and Q6c: withheld under section
31(1) and section 24(1)") instead of listing only the answered questions and asking about "the rest".

Only a clause that both names labels (Q1, question 2, parts 3 and 4, 6(a)) and says they are held back (exempting,
withheld, refused, neither confirm nor deny, not disclosed: knowledge/vocab/held_back_labels.yaml) counts; the sections
are those the same sentence cites. The reader's own reading of the parts is not changed here (askfoi/reader.py and
askfoi/answer_map.py are the reader's): this names, for the letters and the explanation, what the reply itself listed.
Core module: no textual, no rich."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from askfoi.knowledge import compile_any, load_vocab

# one label: "Q6a", "Q 6", "6(a)", "6a", "1"
_ITEM = r"(?:q\s?)?\d{1,2}(?:\s?\([a-z]\)|[a-z](?![a-z]))?"
_SEP = r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|or)\s+|\s*[-\u2013]\s*|\s+to\s+)"
# a run of labels: after a label word ("questions 1, 2 and 3", "parts 2 and 4"), or of Q-labels alone ("Q1, Q2 and Q3")
_RUN = re.compile(
    rf"\b(?:(?:questions?|parts?|points?|items?|requests?)\s*(?:no\.?\s*)?(?P<a>{_ITEM}(?:{_SEP}{_ITEM})*)"
    rf"|(?P<b>q\s?\d{{1,2}}[a-z]?(?:{_SEP}q\s?\d{{1,2}}[a-z]?)*))(?!\w)(?!\s*(?:%|per\s?cent|years?|months?|days?|weeks?))",
    re.IGNORECASE)
_ONE = re.compile(r"(?i)(?:q\s?)?(\d{1,2})(?:\s?\(([a-z])\)|([a-z]))?")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|\n\s*\n")
_CLAUSE = re.compile(r";\s+|\.\s+(?=[A-Z])")
_SECTION = re.compile(
    r"(?i)\b(?:sections?|s\.?|regulations?|reg\.?)\s?(\d{1,2}[A-Z]?(?:\s?\(\w{1,4}\))*)(?:\s?(?:and|&|,)\s?(?:section\s|s\.?\s?)?(\d{1,2}(?:\s?\(\w{1,4}\))+))?")


@dataclass
class HeldBack:
    labels: list[str]  # as the reply writes them, in order: "Q1", "Q6a"
    numbers: list[str]  # the question each label belongs to, once each: "1", "6"
    sections: list[str] = field(default_factory=list)  # "31(1)", as the sentence cites them
    ncnd: bool = False


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("held_back_labels")
    data = data if isinstance(data, dict) else {}
    return compile_any(str(p) for p in data.get("held_back") or []), compile_any(str(p) for p in data.get("not_held_back") or [])


def _labels(run: str) -> list[tuple[str, str, str]]:
    """(as written, number, letter) for each label of a run; a range ("1 to 3", "6a-6c") is spelt out."""
    out: list[tuple[str, str, str]] = []
    pieces = re.split(r"(\s*[-\u2013]\s*|\s+to\s+)", run)
    prev = None
    ranged = False
    for piece in pieces:
        if re.fullmatch(r"\s*[-\u2013]\s*|\s+to\s+", piece):
            ranged = True
            continue
        found = [(m.group(0).strip(), m.group(1), (m.group(2) or m.group(3) or "").lower()) for m in _ONE.finditer(piece)]
        if ranged and prev and found:
            start, end = prev, found[0]
            if start[2] and end[2] and start[1] == end[1]:  # 6a-6c
                for c in range(ord(start[2]) + 1, ord(end[2])):
                    out.append((f"{start[1]}({chr(c)})", start[1], chr(c)))
            elif not start[2] and not end[2] and int(start[1]) < int(end[1]) <= int(start[1]) + 20:  # 1 to 3
                for n in range(int(start[1]) + 1, int(end[1])):
                    out.append((str(n), str(n), ""))
        ranged = False
        out.extend(found)
        if found:
            prev = found[-1]
    return out


def held_back_labels(reply: str | None) -> list[HeldBack]:
    """Each clause of REPLY that names questions by label and says they are held back, in order; [] when none."""
    if not isinstance(reply, str) or not reply.strip():
        return []
    held, not_held = _vocab()
    if held is None:
        return []
    out: list[HeldBack] = []
    for sentence in _SENTENCE.split(reply[:40000]):
        flat = " ".join(sentence.split())
        for clause in _CLAUSE.split(flat):
            verb = held.search(clause)
            if not verb or (not_held is not None and not_held.search(clause)):
                continue
            runs = [m for m in _RUN.finditer(clause)]
            # a label that opens the clause as its answer's heading ("Q4. ...") is not named as held back
            runs = [m for m in runs if not (m.start() == 0 and re.match(r"\s*[.:)]", clause[m.end():]))]
            if not runs:
                continue
            labels: list[tuple[str, str, str]] = []
            for m in runs:
                labels.extend(_labels(m.group("a") or m.group("b")))
            if not labels:
                continue
            sections: list[str] = []
            for m in _SECTION.finditer(flat):
                for s in (m.group(1), m.group(2)):
                    if s:
                        s = re.sub(r"\s+", "", s)
                        if s not in sections:
                            sections.append(s)
            # the duties and the notice's own sections (s1, s2, s10, s16, s17) are no ground for holding back; a
            # section cited beside one of its own subsections ("30" beside "30(2)") is that subsection
            sections = [x for x in sections if re.match(r"\d+", x).group() not in ("1", "2", "10", "16", "17")]
            sections = [x for x in sections if not any(o != x and o.startswith(x + "(") for o in sections)]
            written = [w if re.match(r"(?i)q", w) else (f"{n}({c})" if c else n) for w, n, c in labels]
            item = HeldBack(labels=list(dict.fromkeys(written)), numbers=list(dict.fromkeys(n for _, n, _ in labels)),
                            sections=sections, ncnd=bool(re.search(r"(?i)neither\s+confirm", clause)))
            if all(item.labels != o.labels for o in out):
                out.append(item)
    return out


def say_labels(labels: list[str]) -> str:
    """"Q1, Q2 and Q3"; "question 2" for a bare number, "questions 2 and 3" for bare numbers."""
    if not labels:
        return ""
    bare = all(not re.match(r"(?i)q", x) for x in labels)
    joined = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
    return (("question " if len(labels) == 1 else "questions ") + joined) if bare else joined
