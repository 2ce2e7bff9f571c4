"""fx82 (issue 8): a list flattened onto one line is read as the list it was.

Pages that print a request in one box (a disclosure log's "You asked", a form's text field) run the person's list
together: "1) What time did the lift go out of service? 2) When did you ... a) at Liverpool Street? b) at King's
Cross?", "for the months: a. December 2016 b. January 2017 c. February 2017", "asking for details of the: • Initial
... • Actual - or approximate - date of ...". Read as one line, the items were merged into one part or cut at the
wrong places. Here a line is broken before each label of a run of list labels inside it, by structure only: the labels
must follow each other in order (1, 2, 3 / a, b, c / i, ii, iii, each in the same style: "1)" or "1." or "(a)") and
stand after a space, the run starts at the first label (1, a or i), and a run of bare letters with a full stop ("a.")
needs three labels (a lone "a." or "e." ends a word as often as it labels an item); a run whose labels stand after
"and", "or" or a comma enumerates inside one sentence and is left whole; bullets ("•", "●", "▪") break a
line when two or more stand inside it. A line with no such run is left as it is. fx101: a label "2)" typed with no space after the full stop, colon or question
mark that ends a word ("clarify:1) are ... issued.2) are ...") starts an item too, when its run is in order."""

from __future__ import annotations

import re

_BULLETS = "\u2022\u25cf\u25aa\u00b7"
_INLINE_BULLET = re.compile(rf"\s+[{_BULLETS}]\s+")
# a label inside a line: after a space, "1)" "1." "(1)" "a)" "a." "(a)" "i)" "(iv)", then a space and a word; fx101
# (fx100 Barnet 11927712 "Please could you clarify:1) are there ... issued.2) are there ..."): a number with its bracket
# typed straight after a word's colon, full stop or question mark, with no space, is a label too
_LABEL = re.compile(r"(?:(?<=\s)|^|(?<=[A-Za-z0-9][:.?!])(?=\d{1,2}\)))(?P<label>\((?P<p1>\d{1,2}|[a-z]|[ivx]{1,4})\)|(?P<p2>\d{1,2}|[a-z]|[ivx]{1,4})(?P<end>[.)]))"
                    r"(?=\s+[\"'\u2018\u201c(]?[A-Za-z0-9\u00a3$])")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _value(tag: str, kind: str) -> int | None:
    if kind == "digit":
        return int(tag) if tag.isdigit() else None
    if kind == "roman":
        return _ROMAN.index(tag) + 1 if tag in _ROMAN else None
    return ord(tag) - ord("a") + 1 if len(tag) == 1 and tag.isalpha() else None


def _runs(line: str) -> list[int]:
    """The offsets in LINE where a run of ordered list labels puts a new item."""
    found = []
    for m in _LABEL.finditer(line):
        tag = (m.group("p1") or m.group("p2")).lower()
        style = "paren" if m.group("p1") else m.group("end")
        found.append((m.start(), tag, style))
    cuts: set[int] = set()
    for kind in ("digit", "alpha", "roman"):
        for style in ("paren", ")", "."):
            chain: list[int] = []
            want = 1
            for at, tag, st in found:
                if st != style:
                    continue
                if kind == "digit" and not tag.isdigit() or kind != "digit" and tag.isdigit():
                    continue
                value = _value(tag, kind)
                if value is None:
                    continue
                if value == 1:
                    if len(chain) >= _least(kind, style) and not _inline(line, chain):
                        if kind == "digit" and style == ".":
                            return []  # (as below)
                        cuts.update(chain)
                    chain, want = [at], 2
                elif chain and value == want:
                    chain.append(at)
                    want += 1
            if len(chain) >= _least(kind, style) and not _inline(line, chain):
                if kind == "digit" and style == ".":
                    return []  # lead56 (merge): a line numbered "1. ... 2. ..." is read by the question splitter's
                    # own numbered items (questions.restore_breaks), with any "a. b. c." inside them; broken into lines
                    # here it lost fr23b's, lf61's, s20's and fr35's readings
                cuts.update(chain)
    return sorted(cuts)


def _inline(line: str, chain: list[int]) -> bool:
    """The run is an enumeration inside one sentence ("how many a) arrests, b) fines and c) destructions", "made known
    to students a) the existence of X and b) the existence of Y"): a label after "and", "or" or a comma joins the
    items of one clause; they are read with it, never broken into lines."""
    return any(re.search(r"(?i)(?:[,;]|\b(?:and|or|and/or))\s*$", line[:at]) for at in chain[1:])


def _least(kind: str, style: str) -> int:
    return 3 if kind != "digit" and style == "." else 2


def unflattened(text: str) -> str:
    """TEXT with each line that holds a flattened list broken into the list's lines (see the module's note)."""
    if not text:
        return text
    out = []
    for line in text.split("\n"):
        if len(_INLINE_BULLET.findall(line)) >= 2:
            line = _INLINE_BULLET.sub(lambda m: "\n\u2022 ", line)
        pieces = []
        for sub in line.split("\n"):
            cuts = [c for c in _runs(sub) if c > 0 and sub[:c].strip()]
            if not cuts:
                pieces.append(sub)
                continue
            last = 0
            for c in cuts:
                pieces.append(sub[last:c].rstrip())
                last = c
            pieces.append(sub[last:])
        out.append("\n".join(pieces))
    return "\n".join(out)
