"""Which requested parts one clause of a reply decides, and what it does to them (rd33, issue 10).

A reply often decides several parts in one sentence ("Part 1 is disclosed below. The information requested at parts
2 and 3 is exempt under section 43", "Questions 1 and 3: not held. Question 2: see attached", "Parts 2-4 are refused
under section 12"), or decides a part inside another part's answer ("3. ... The unit prices asked for at question 2
are also withheld"). This module reads the structure of such a clause, with its words as data in
knowledge/vocab/part_decisions.yaml:

- `clauses(text, lo, hi)`: where one sentence turns from one decision to another (";", ", but", "... and parts 2
  and 3 are ...");
- `part_labels(clause)`: the part labels the clause names, ranges expanded ("parts 2-4" -> 2, 3, 4), or None when it
  names parts only to point back at another answer ("As with question 2, ...") or to leave them out ("other than
  question 3");
- `cue_kinds(clause)`: the decisions its own words say (information given, withheld, not held, cost, NCND, a pointer
  at published information), as knowledge/vocab/part_received.yaml's kinds;
- `withholds_a_detail(clause)`: the clause holds back a detail of what was asked (the names, the exact number).

The reader (askfoi/reader.py) adds its own signals to `cue_kinds`, builds each part's reading from what its clauses
said (askfoi/part_received.py `combine`), and the whole outcome from the parts. Core module: no textual, no rich."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import compile_any, load_vocab

_ROMAN_OR_LETTER = "abcdefgh"


@dataclass(frozen=True)
class _Vocab:
    ref: re.Pattern[str]
    max_number: int
    not_after: re.Pattern[str] | None
    inverse_before: re.Pattern[str] | None
    back_before: re.Pattern[str] | None
    breaks: re.Pattern[str] | None
    cues: dict[str, re.Pattern[str]]
    negation: re.Pattern[str] | None
    details: re.Pattern[str] | None
    banded: re.Pattern[str] | None
    words_after: re.Pattern[str] | None = None  # rd34: "part one", "questions two and three"
    ordinal_before: re.Pattern[str] | None = None  # rd34: "the second part", "your third question"
    numbers: tuple[tuple[str, int], ...] = ()
    shares: re.Pattern[str] | None = None  # rd47: a withholding limited to the figures below a threshold
    ordinal_list: re.Pattern[str] | None = None  # rd51: "the first and third requests", "the first three questions"
    count_words: frozenset[str] = frozenset()
    stated: re.Pattern[str] | None = None  # rd51: "The names are: Hays, Sanctuary Personnel": a value stated
    stated_not: re.Pattern[str] | None = None
    others: re.Pattern[str] | None = None  # rd53: "the other questions": the parts not named before


# rd51: the grammar of a part label. A label is a number ("2"), a number with its sub-part ("2(a)", "2a", folded into
# its question: the part is 2), a number in brackets ("(1)", "1)"), a letter ("(a)", "a)", "a" before a join or a
# stop), or a roman numeral ("(ii)", "iii)", "iv" - a bare one only of two letters or more, never "i" alone). Romans
# read as numbers ("(ii)" is part 2). Labels join with ",", "and", "or", "&", "to", "-" ("parts 1, 2, 3, 5 and 6",
# "(i) to (iii)").
_ROMANS = ("xii", "xi", "x", "ix", "viii", "vii", "vi", "v", "iv", "iii", "ii", "i")
_ROMAN_VALUE = {r: n for n, r in enumerate(("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), 1)}
_ROMAN = "(?:" + "|".join(_ROMANS) + ")"
_STOP = r"(?=\s*(?:[,:;.)&]|and\b|or\b|to\b|-|\u2013|$))"
_SUB = r"\d{1,2}\s?(?:\([a-h]\)|[a-h](?![a-z]))"  # "2(a)", "2a"
_BRACKETED = r"(?:\(\d{1,2}\)|\(" + _ROMAN + r"\)|\([a-h]\))"
_LABEL = (r"(?:" + _SUB + r"|\d{1,2}(?![\d,.]\d)\)?|" + _BRACKETED + r"|" + _ROMAN + r"\)|[a-h]\)|(?!i\b)" + _ROMAN + r"(?![a-z])" + _STOP
          + r"|[a-h](?![a-z'])" + _STOP + r")")
_JOIN = r"\s*(?:,\s*(?:and\s+|or\s+)?|\band\b|\bor\b|&|\bto\b|\bthrough\b|-|\u2013)\s*"
# one token of a label list: a sub-part (its number kept), a roman numeral, a number, a letter, a range word
_TOKEN = re.compile(r"(?P<sub>\d{1,2})\s?(?:\([a-h]\)|[a-h](?![a-z]))|(?<![a-z])(?P<roman>" + _ROMAN + r")(?![a-z])|(?P<num>\d{1,2})"
                    r"|(?<![a-z])(?P<letter>[a-h])(?![a-z])|(?P<range>\bto\b|\bthrough\b|-|\u2013)")


@functools.lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data, _ = load_vocab("part_decisions")
    data = data if isinstance(data, dict) else {}
    nouns = [re.escape(str(n)) for n in data.get("nouns") or ["part", "question"]]
    bracket_nouns = [re.escape(str(n)) for n in data.get("bracket_nouns") or []]
    leads = [str(p) for p in data.get("bare_label_leads") or []]
    noun = r"(?:" + "|".join(f"{n}s?" for n in nouns) + r"|q(?=\s?\d))"
    labels = _LABEL + r"(?:" + _JOIN + r"(?:" + noun + r"\s?)?" + _LABEL + r")*"
    bracketed = _BRACKETED + r"(?:" + _JOIN + _BRACKETED + r")*"
    # "parts 2 and 3", "questions 1, 3 and 4", "parts 2-4", "Q1 and Q3", "parts (a) and (b)", "request iii)";
    # rd51: a noun read only with bracketed labels ("paragraph (1)", never "paragraph 27 of the judgment"), and bracketed
    # labels with no noun after a lead that says what the clause is about ("In relation to (i), ...", "within the
    # scope of (ii)")
    numbered = compile_any(str(w) for w in data.get("number_words_between") or [])
    between = r"(?:(?:" + numbered.pattern + r")\s?)?" if numbered is not None else ""
    alts = [r"\b(?P<noun>" + noun + r")\s?" + between + r"(?P<labels>" + labels + r")"]
    if bracket_nouns:
        alts.append(r"\b(?:" + "|".join(f"{n}s?" for n in bracket_nouns) + r")\s?(?P<blabels>" + bracketed + r")")
    if leads:
        alts.append(r"(?:" + "|".join(leads) + r")\s(?P<llabels>" + bracketed + r")(?![\w(])")
    ref = re.compile("|".join(alts), re.IGNORECASE)
    cues = {}
    for kind, patterns in (data.get("cues") or {}).items():
        pattern = compile_any(str(p) for p in patterns or [])
        if pattern is not None:
            cues[str(kind)] = pattern
    negation = data.get("negation")
    banded = data.get("banded_answer")
    words = {str(k).lower(): int(n) for k, n in (data.get("number_words") or {}).items()}
    ordinals = {str(k).lower(): int(n) for k, n in (data.get("ordinal_words") or {}).items()}
    plain = r"(?:" + "|".join(f"{n}s?" for n in nouns) + r")"
    word = r"(?:" + "|".join(map(re.escape, words)) + r")" if words else None
    words_after = re.compile(r"\b" + plain + r"\s+" + word + r"(?:" + _JOIN + word + r")*\b") if word else None
    ordinal_before = (re.compile(r"\b(?P<ord>" + "|".join(map(re.escape, ordinals)) + r")\s+(?P<noun>" + plain + r")\b")
                      if ordinals else None)
    # rd51: several ordinals before one noun ("the first and third requests", "the second, third and fourth
    # questions") and an ordinal with a count ("the first three questions": 1 to 3)
    ordinal = "|".join(map(re.escape, ordinals)) if ordinals else None
    ordinal_list = (re.compile(r"\b(?P<ords>(?:" + ordinal + r")(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s*and\s+)(?:" + ordinal
                               + r"))+|first\s+(?:" + (word or "two") + r"))\s+(?P<noun>" + plain + r")\b")
                    if ordinal else None)
    return _Vocab(ref=ref, max_number=int(data.get("max_number") or 20),
                  words_after=words_after, ordinal_before=ordinal_before, ordinal_list=ordinal_list, count_words=frozenset(words),
                  numbers=tuple(words.items()) + tuple(ordinals.items()),
                  not_after=compile_any(str(p) for p in data.get("not_after") or []),
                  inverse_before=compile_any(str(p) for p in data.get("inverse_before") or []),
                  back_before=compile_any(str(p) for p in data.get("back_reference_before") or []),
                  breaks=compile_any(str(p) for p in data.get("clause_breaks") or []),
                  cues=cues, negation=re.compile(negation, re.I) if negation else None,
                  details=compile_any(str(p) for p in data.get("detail_objects") or []),
                  banded=re.compile(banded, re.I) if banded else None,
                  shares=compile_any(str(p) for p in data.get("share_limits") or []),
                  stated=_stated_value_pattern(data.get("stated_value_subjects") or []),
                  stated_not=re.compile(data["stated_value_not"], re.I) if data.get("stated_value_not") else None,
                  others=compile_any(str(p) for p in data.get("other_parts") or []))


def _stated_value_pattern(subjects: list) -> re.Pattern[str] | None:
    if not subjects:
        return None
    nouns = "|".join(sorted((re.escape(str(n)) for n in subjects), key=len, reverse=True))
    # the subject ("the names", "the total paid to agencies in 2025/26", "the number of reported incidents ... in 2025"),
    # the copula, then the value (in the original case: a capital, a figure or a currency sign), or a colon and a list
    return re.compile(r"^\W*(?:\d{1,2}[.)]\s+)?the (?:[a-z'-]+ ){0,3}?(?:" + nouns + r")\b(?P<rest>[^.:;!?]{0,120}?)\s"
                      r"(?:is|are|was|were)(?:\s*:\s*|\s+)(?P<value>(?:[A-Z\u00a3$\d]).*)$", re.S)


def _labels_of(words: str) -> list[str]:
    """"2 and 3" -> ["2", "3"]; "2-4" -> ["2", "3", "4"]; "(a) to (c)" -> ["a", "b", "c"]; rd51: "(i) and (ii)" ->
    ["1", "2"], "2(a) and 2(b)" -> ["2"], "(1)" -> ["1"]."""
    tokens = []
    for m in _TOKEN.finditer(words.lower()):
        if m.group("sub"):
            tokens.append(m.group("sub"))
        elif m.group("roman"):
            tokens.append(str(_ROMAN_VALUE[m.group("roman")]))
        else:
            tokens.append(m.group("num") or m.group("letter") or m.group("range"))
    out: list[str] = []
    pending_range = False
    for tok in tokens:
        if tok in ("to", "through", "-", "\u2013"):
            pending_range = bool(out)
            continue
        if pending_range and out:
            first = out[-1]
            if first.isdigit() and tok.isdigit() and int(first) < int(tok) <= int(first) + 20:
                out.extend(str(n) for n in range(int(first) + 1, int(tok) + 1))
            elif not first.isdigit() and not tok.isdigit() and first < tok:
                out.extend(chr(c) for c in range(ord(first) + 1, ord(tok) + 1))
            else:
                out.append(tok)
            pending_range = False
            continue
        out.append(tok)
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class PartRefs:
    """The parts one clause names (LABELS), where the first reference starts, and whether the clause names them only
    to leave them out or to point back (`decides` False: the clause's decision is not theirs)."""

    labels: tuple[str, ...]
    start: int
    end: int
    decides: bool = True


def _in_figures(low: str) -> str:
    """rd34: LOW with parts named in words written in figures, same length (offsets hold): "part one" -> "part 1  ",
    "questions two and three" -> "questions 2   and 3    ", "the second part" -> "the part 2     "."""
    v = _vocab()
    numbers = dict(v.numbers)

    def figures(m: re.Match[str]) -> str:
        return re.sub(r"[a-z]+", lambda w: str(numbers[w.group()]).ljust(len(w.group())) if w.group() in numbers
                      and w.start() > 0 else w.group(), m.group())

    if v.words_after is not None:
        low = v.words_after.sub(figures, low)
    if v.ordinal_list is not None:
        def listed(m: re.Match[str]) -> str:
            ords = re.findall(r"[a-z]+", m.group("ords"))
            if ords[0] == "first" and len(ords) == 2 and ords[1] in v.count_words:
                got = [str(n) for n in range(1, numbers.get(ords[1], 0) + 1)]  # "first three": 1, 2, 3
            else:
                got = [str(numbers[o]) for o in ords if o not in ("and", "or")]
            said = m.group("noun") + " " + ", ".join(got)
            return said.ljust(len(m.group())) if len(got) >= 2 and len(said) <= len(m.group()) else m.group()
        low = v.ordinal_list.sub(listed, low)
    if v.ordinal_before is not None:
        low = v.ordinal_before.sub(lambda m: (m.group("noun") + " " + str(numbers[m.group("ord")])).ljust(len(m.group())), low)
    return low


def part_labels(clause: str) -> PartRefs | None:
    """The requested parts CLAUSE names, or None when it names none."""
    v = _vocab()
    low = _in_figures(clause.lower())
    labels: list[str] = []
    first = last = -1
    decides = True
    for m in v.ref.finditer(low):
        if v.not_after is not None and v.not_after.match(low, m.end()):
            continue
        got = _labels_of(m.group("labels") or m.group("blabels") or m.group("llabels") or "")
        if not got:
            continue
        numbers = [g for g in got if g.isdigit()]
        if numbers and (len(numbers) != len(got) or any(not 1 <= int(n) <= v.max_number for n in numbers)):
            continue  # a mixed or out-of-range list ("question 1 of 2021"): not part labels
        before = low[max(0, m.start() - 60):m.start()]
        if (v.inverse_before is not None and v.inverse_before.search(before)) or (
                v.back_before is not None and v.back_before.search(before)):
            decides = False
        labels.extend(got)
        first = m.start() if first < 0 else first
        last = m.end()
    if not labels:
        return None
    return PartRefs(tuple(dict.fromkeys(labels)), first, last, decides)


def other_parts(clause: str, named: list[str]) -> tuple[str, ...] | None:
    """rd53: CLAUSE names the parts not named before it ("It answered questions 2, 4, 7 and 8 but in relation to the
    other questions it withheld ..."): those parts, numbers from 1 to the highest named (or letters from a), leaving
    out the NAMED ones; None when the clause names no such parts, or the named labels are neither all numbers nor all
    letters."""
    v = _vocab()
    if v.others is None or not named or not v.others.search(" ".join(clause.lower().split())):
        return None
    if all(x.isdigit() for x in named):
        run = [str(n) for n in range(1, max(int(x) for x in named) + 1)]
    elif all(len(x) == 1 and "a" <= x <= "z" for x in named):
        run = [chr(c) for c in range(ord("a"), ord(max(named)) + 1)]
    else:
        return None
    rest = tuple(x for x in run if x not in named)
    return rest or None


def clauses(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The clauses of text[lo:hi] (a sentence of the reader's), as (start, end) in TEXT."""
    hi = len(text) if hi is None else hi
    v = _vocab()
    cuts = [lo]
    if v.breaks is not None:
        for m in v.breaks.finditer(text.lower(), lo, hi):
            if m.start() > cuts[-1]:
                cuts.append(m.end())
    cuts.append(hi)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if text[a:b].strip():
            out.append((a, b))
    return out


def cue_kinds(clause: str) -> set[str]:
    """The decisions CLAUSE's own words say (knowledge/vocab/part_decisions.yaml cues)."""
    v = _vocab()
    low = " ".join(clause.lower().split())
    out = set()
    for kind, pattern in v.cues.items():
        m = pattern.search(low)
        if m is None:
            continue
        # (rd53: a cue that opens its own relative clause - "no grants had been made, which provided a response to part
        # 4" - is negated only within that clause: the "no" before it is what the answer said)
        said = low[m.start(): m.end()] if re.match(r"(?:which|that)\b", low[m.start():]) else low[: m.end()]
        if kind == "information" and v.negation is not None and v.negation.search(said):
            continue  # "is not provided below", "we have not disclosed"
        out.add(kind)
    return out


def withholds_a_detail(clause: str) -> bool:
    """The clause names a detail of what was asked as what it holds back (the names, the exact number)."""
    v = _vocab()
    return v.details is not None and bool(v.details.search(clause.lower()))


def withholds_a_share(clause: str) -> bool:
    """rd47 (nc45 #1): the clause limits what it holds back to some of the figures, those under a threshold ("where
    numbers are fewer than 5 they have been withheld", "any figure below five is suppressed"): the rest are given."""
    v = _vocab()
    return v.shares is not None and bool(v.shares.search(" ".join(clause.lower().split())))


def stated_value(sentence: str) -> bool:
    """rd51: SENTENCE states the value of a thing asked for, as the answer ("The names are: Hays, Sanctuary Personnel,
    Liquid Personnel.", "The total was £4,317,902.", "The number of incidents in 2025 was 7."), not a decision about it
    ("The names are withheld", "The amounts are not held"). Case matters: the value opens with a capital or a figure."""
    v = _vocab()
    if v.stated is None:
        return False
    text = " ".join(sentence.split())
    m = v.stated.match(text[:1].lower() + text[1:]) if text else None
    if m is None:
        return False
    said = (m.group("rest") + " " + m.group("value")).lower()
    return not (v.stated_not is not None and v.stated_not.search(said))


def banded_answer(clause: str) -> bool:
    """A count answered in words or as a band ("fewer than five", "between 10 and 20")."""
    v = _vocab()
    return v.banded is not None and bool(v.banded.search(clause.lower()))
