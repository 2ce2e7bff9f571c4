"""Read the outline of a formal letter: its list labels, their families and how they nest.

People number the items of a request in many ways: 1. 1) (1) [1] 1- "Q1" "Question 1:"; a. a) (a) A. A);
i. i) (i) ii iii iv (lower or upper case roman numerals); bullets - * \u2022 o; "1.1", "1.A", "2(b)". A label
may sit with or without a space before its text. Families nest in the order in which they first appear (as legal
documents nest them): the first family seen is the top level, the next one under it, and so on.

This module only reads the shape of the document; questions.py decides what each item asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|x)"
_NUMBER = r"\d{1,2}"
# one label, written at the start of a line or an item; the family of each alternative is in _family
LABEL = re.compile(
    r"^\s*(?P<label>"
    r"(?:question|request|item|part|q)\.?\s*\(?\d{1,2}[a-z]?\)?\s*[:.)\u2013-]?"  # "Question 1:" "Q1" "Q.1" "Part (2)"
    r"(?!\s*(?:refers|relates|means|covers|concerns|applies)\b)"  # fx76: "Question 1 refers to ...": a note, not a label
    r"|\d{1,2}\s*\(\s*[a-z]\s*\)|\d{1,2}[a-z][.)]"  # "2(b)" "1a)"
    r"|\d{1,2}\.(?:\d{1,2}|[a-zA-Z])\b[.):]?"  # "1.1" "1.A"
    rf"|\(\s*{_ROMAN}\s*\)|{_ROMAN}[.)](?=\s|[A-Z])"  # "(ii)" "iv." "iii)"
    rf"|\(\s*(?-i:{_ROMAN.upper()})\s*\)|(?-i:(?:I{{1,3}}|IV|VI{{0,3}}|IX|X))[.)](?=\s|[A-Z])"  # "(II)" "IV."
    r"|\(\s*\d{1,2}\s*\)|\[\s*\d{1,2}\s*\]|\d{1,2}\s*[.):\]](?!\d)|\d{1,2}\s*[-\u2013](?=\s)"  # "(1)" "[1]" "1." "1)" "1 -"
    r"|\(\s*[a-z]\s*\)|[a-z][.)](?=\s|[A-Z(])"  # "(a)" "a." "a)"
    r"|[A-Z][.)](?=\s|[A-Z])"  # "A." "A)"
    r"|[-*\u2022\u00b7\u2013\u25aa\u25cf]|o(?=\s+\w)"  # bullets
    r")(?P<gap>\s*)", re.I)


def _family(label: str) -> str:
    """The family a LABEL belongs to: "question", "sub-number" (1.1, 2(b)), "roman", "ROMAN", "number",
    "alpha", "ALPHA", "bullet". Single letters that are also roman numerals (i, v, x) are read as roman."""
    core = label.strip().rstrip(".):]\u2013-").lstrip("([").strip()
    if re.match(r"(?i)(?:question|request|item|part|q)\.?\s*\(?\d", core):
        return "question"
    if label.strip() == "o":
        return "bullet"
    if re.match(r"\d{1,2}\s*\(|\d{1,2}\.(?:\d|[a-zA-Z])|\d{1,2}[a-z]$", core):
        return "sub-number"
    if core.isdigit():
        return "number"
    if re.fullmatch(_ROMAN, core):
        return "roman"
    if re.fullmatch(_ROMAN.upper(), core):
        return "ROMAN"
    if re.fullmatch(r"[a-z]", core):
        return "alpha"
    if re.fullmatch(r"[A-Z]", core):
        return "ALPHA"
    return "bullet"


def label_of(line: str) -> tuple[str, str, str] | None:
    """(label, family, text) of a LINE that starts with a list label, else None. A bare "-" or a letter needs a
    space or a capital after it, so "e-mail" or "a lot" are not items; "(iii)Provide" and "1)The" are."""
    m = LABEL.match(line or "")
    if not m:
        return None
    label, rest = m.group("label"), line[m.end():]
    if not rest.strip() or not re.match(r"[\w\"'(\u2018\u201c\u00a3]", rest):
        return None
    fam = _family(label)
    if fam in ("alpha", "ALPHA", "roman", "ROMAN", "bullet") and not m.group("gap") and not label.startswith("(") \
            and not rest[:1].isupper():
        return None  # "a.m.", "i.e", "-based": no gap and no capital, not a label
    if fam == "ALPHA" and not m.group("gap") and not label.endswith(")"):
        return None  # "A.B" abbreviations
    if label.strip().lower() == "o" and fam == "bullet" and not rest[:1].islower():
        return None  # "o" is a bullet only before lower case ("o how many ...")
    if fam == "alpha" and label.strip().lower() in ("a", "i") and not re.search(r"[.)]", label):
        return None
    return label.strip(), fam, rest.strip()


_STRIPPED = ("number", "roman", "ROMAN", "question", "sub-number")


def strip_label(text: str) -> str:
    """TEXT without list labels at its front ("(ii) Guidance ...", "1a) If ...", "Question 3: How many ...",
    ":1) The number"), however many are stacked; what is left keeps at least one word."""
    out = (text or "").strip()
    for _ in range(4):
        candidate = out.lstrip(" :;.,")
        found = label_of(candidate)
        if found and found[1] in _STRIPPED:
            rest = found[2]
            if re.search(r"[^\W\d_]{2,}", rest):
                out = rest
                continue
        break
    return out


@dataclass
class Item:
    """One item of the outline: its LABEL, its FAMILY, its DEPTH (0 for the top family), its TEXT and the
    items under it."""
    label: str
    family: str
    depth: int
    text: str
    children: list["Item"] = field(default_factory=list)


def outline(lines: list[str]) -> list[Item]:
    """The items of LINES as a tree: families nest by the order in which they first appear; a line with no
    label continues the item before it. Lines before the first item are not in the tree."""
    order: list[str] = []
    roots: list[Item] = []
    stack: list[Item] = []
    for line in lines:
        found = label_of(line)
        if not found:
            if stack and line.strip():
                stack[-1].text = f"{stack[-1].text} {line.strip()}".strip()
            continue
        label, fam, text = found
        if fam not in order:
            order.append(fam)
        depth = order.index(fam)
        item = Item(label, fam, depth, text)
        while stack and stack[-1].depth >= depth:
            stack.pop()
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    return roots


_OPEN_STEM = re.compile(r"(?i)(?:\b(?:of|for|on|about|to|regarding|concerning|please)|"
                        r"\bplease\s+(?:provide|supply|send|give)(?:\s+me)?(?:\s+with)?)\s*[:\u2013-]?\s*$")
_CONDITION = re.compile(r"(?i)^\W*(?:if|in\s+the\s+event\s+that|should)\b")


def completes_stem(stem: str) -> bool:
    """STEM (an item with items under it) is completed by each of them: it ends on ":" or an open word ("please
    provide copies of:", "please:", "the following:") or sets a condition that its items answer ("If none of your
    officers are authorised to use X, please:")."""
    stem = stem.strip()
    return stem.endswith(":") and bool(_OPEN_STEM.search(stem[:-1]) and re.search(r"(?i)\b(?:of|regarding|concerning|about|please)\s*$", stem[:-1])
                                       or _CONDITION.match(stem))


_REQUEST_VERBS = (r"(?:confirm|provide|state|list|give|send|supply|explain|tell|disclose|detail|specify|advise|include|"
                  r"indicate|identify|set\s+out|describe|outline|let|share|publish|release|forward|clarify)")


def with_stem(stem: str, child: str) -> str:
    """CHILD written as a whole sentence with its STEM: "If X please provide copies of:" + "Your equality impact
    assessments" gives "If X, please provide copies of your equality impact assessments"; "If Y please:" +
    "Confirm the rationale" gives "If Y, please confirm the rationale"."""
    base = re.sub(r"\s*[:\u2013-]\s*$", "", stem.strip())
    base = re.sub(r"(?i)^(\W*(?:if|where)\b[^,]*?)\s+(please)\b", r"\1, \2", base)  # "If X please" -> "If X, please"
    text = child.strip()
    if text[:1].isupper() and not re.match(r"[A-Z]{2}|[A-Z][a-z]*\s+[A-Z]|I\b", text):
        text = text[:1].lower() + text[1:]
    if re.search(r"(?i)\bplease$", base) and not re.match(rf"(?i){_REQUEST_VERBS}\b", text):
        text = f"provide {text}"  # "please:" over a noun phrase ("Internal correspondence ..."): the request it makes
    if re.search(r"(?i)\bthe\s+following(?:\s+\w+)?$", base):
        return f"{base}: {text}"
    return f"{base} {text}"


_CANONICAL = ("1.", "a)", "-")


def expand_stems(lines: list[str], known=None) -> list[str]:
    """LINES with each labelled stem that its sub-items complete ("(a) If X please provide copies of:" over
    "(i) Your equality impact assessments;" "(ii) Guidance ...") written out as one item per sub-item, each a whole
    sentence with the stem, under the stem's label. Sub-items that only break the stem down (short values, bands)
    are left for the caller to keep with the stem. A label that KNOWN (the caller's own label pattern) does not
    (a function of a line) does not read ("(ii)", "(iii)Provide", "IV.") is rewritten as a plain label of its depth in the outline."""
    order: list[str] = []
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        found = label_of(line)
        if not found:
            out.append(line)
            i += 1
            continue
        label, fam, text = found
        if fam not in order:
            order.append(fam)
        children: list[list[str]] = []
        j = i + 1
        if completes_stem(text):
            child_fam = None
            while j < len(lines):
                nxt = lines[j]
                got = label_of(nxt)
                if not nxt.strip():
                    j += 1
                    continue
                if got is None:
                    if children and lines[j - 1].strip():
                        children[-1].append(nxt.strip())
                        j += 1
                        continue
                    break
                if got[1] == fam or got[1] in order[: order.index(fam) + 1] and got[1] != child_fam:
                    break
                child_fam = child_fam or got[1]
                if got[1] != child_fam:
                    break
                children.append([got[2]])
                j += 1
        texts = [" ".join(c).rstrip(" ;,.") for c in children]
        if len(texts) >= 2 and all(len(re.findall(r"[^\W\d_]{2,}", t)) >= 4 for t in texts):
            if children and label_of(lines[i + 1] if i + 1 < len(lines) else "") and (fam_child := label_of(lines[i + 1])[1]) not in order:
                order.append(fam_child)
            for t in texts:
                out.extend([f"{label} {with_stem(text, t)}".strip(), ""])
            i = j
            continue
        if known is not None and not known(line):
            depth = order.index(fam)
            out.append(f"{_CANONICAL[min(depth, 2)]} {text}")
        else:
            out.append(line)
        i += 1
    return out


# fr12: labels written in forms the list reader does not know, as the plain label they stand for
_ODD_LABELS = (
    (re.compile(r"^(\s*)[-\u2013\u2014]\s*(\d{1,2})\s*[-\u2013\u2014]\s+(?=\S)"), r"\1\2. "),  # "- 3 -"
    (re.compile(r"^(\s*)[-\u2013\u2014]\s*(\d{1,2})([a-h]|[ivx]{1,3})\s*[-\u2013\u2014]\s+(?=\S)"), r"\1\2.\3) "),  # "- 3i -"
    (re.compile(r"^(\s*)\(?(\d{1,2})\s*\.\s*\)\s*(?=\S)"), r"\1\2) "),  # "3.)" "(3.)"
    (re.compile(r"^(\s*)(\d{1,2})([a-h]|[ivx]{1,3})\s*[.):]\s*(?=\S)"), r"\1\2.\3) "),  # "1a." "2b)" "3ii:"
    (re.compile(r"^(\s*)(\d{1,2})\)(?=[A-Z\"\u201c])"), r"\1\2) "),  # "5)Do you ...": no space after the label
    # fx91: "+ " at a line's front, a bullet typed on a keyboard ("+ The camera's manual"); never "+44 ..."
    (re.compile(r"^(\s*)\+[ \t]+(?=[\w\"'(\u2018\u201c\u00a3])"), r"\1- "),
    # any bullet glyph at the front ("\u25aa", "\u25cf", "\u27a2", "\uf0b7", "\u2022The number"): the plain bullet
    (re.compile(r"^(\s*)(?:[\u25aa\u25cf\u25e6\u27a2\u27a4\uf0b7\uf0a7\u2023\u2043\u25a0\u25ba\u2794]\s*|[\u2022\u00b7](?=[^\s\u2022\u00b7]))"
                r"(?=[\w\"'(\u2018\u201c\u00a3])"), r"\1- "),
)


def plain_label(line: str) -> str:
    """LINE with a list label written in an odd form ("3.)", "- 3 -", "- 3i -", "1a.", "5)Do") rewritten as the plain label
    it stands for ("3)", "3.", "3.i)", "1.a)"), so that every reader of the letter's lists sees the item start there.
    The numbers are kept as written; a line with no such label is returned as it is."""
    for pattern, plain in _ODD_LABELS:
        new = pattern.sub(plain, line or "", count=1)
        if new != line:
            return new
    return line


_BULLET_GLYPH = "\u2022\u25aa\u25cf\u25e6\u27a2\uf0b7\u2023\u2043"


def inline_bullets(line: str) -> list[str]:
    """A LINE holding two or more bullet glyphs ("Please tell me: \u2022 the number ... \u2022 the total ...") as its
    lead-in and one "- " item per bullet; any other line as it is. A single glyph in front is an ordinary item."""
    marks = [m.start() for m in re.finditer(f"[{_BULLET_GLYPH}]", line or "")]
    if len(marks) < 2:
        return [line]
    out = [line[: marks[0]].strip()]
    for start, end in zip(marks, marks[1:] + [len(line)]):
        item = line[start + 1: end].strip().rstrip(",;")
        if item:
            out.append(f"- {item}")
    return [piece for piece in out if piece]


# a run of labels inside one sentence: "(a) police officers, (b) police staff and (c) volunteers", "I) Crown Courts and
# ii) Magistrates' courts", "A) 2018, B) 2019"
_INNER_LABEL = re.compile(r"(?:(?<=\s)|(?<=^))\(?(?P<l>[a-hA-H]|(?i:i{1,3}|iv|v|vi{1,3})|\d{1,2})\)\s+(?=\S)")
_ORDER = {**{c: k for k, c in enumerate("abcdefgh")}, **{r: k for k, r in enumerate(
    ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"])}}


def unlabelled(text: str) -> str:
    """TEXT (one part) with the labels of a list written inside its sentence taken off ("The number of (a) police
    officers, (b) police staff and (c) volunteers" -> "The number of police officers, police staff and volunteers"):
    only a run of two or more that counts up from its first ("a", "i", "1") and whose first label follows a word,
    so a reference ("under s.40(2)", "part 1 (a)") or a figure is never touched."""
    marks = list(_INNER_LABEL.finditer(text or ""))
    runs: list[list[re.Match[str]]] = []
    for m in marks:
        key = m.group("l").lower()
        rank = int(key) - 1 if key.isdigit() else _ORDER.get(key)
        if rank is None:
            continue
        before = text[: m.start()].rstrip()
        if rank == 0:
            if not re.search(r"[A-Za-z0-9,:;)]$", before) or re.search(
                    r"(?i)\b(?:part|parts|section|sections|s|ss|question|q|item|para|paragraph|article|schedule|point|no|"
                    r"regulation|reg|rule|chapter|page|clause)\.?(?:\s*\d{1,3}[a-z]?(?:\(\d+\))?)?$", before):
                continue
            runs.append([m])
        elif runs and len(runs[-1]) == rank and _same_kind(runs[-1][0].group("l"), key):
            runs[-1].append(m)
    def worded(run: list[re.Match[str]]) -> bool:  # each label stands before words or figures ("(1) and (2)": none)
        ends = [m.start() for m in run[1:]] + [len(text)]
        return all(re.search(r"(?i)\b(?!(?:and|or|nor)\b)\w{2,}", text[m.end():e]) for m, e in zip(run, ends))

    out = text
    for run in reversed([r for r in runs if len(r) >= 2 and worded(r)]):
        for m in reversed(run):
            out = out[: m.start()] + out[m.end():]
    return re.sub(r"\s{2,}", " ", out) if out != text else text


def _same_kind(first: str, key: str) -> bool:
    first = first.lower()
    return first.isdigit() == key.isdigit() and (first == "i") == (key in _ORDER and key in
                                                                  ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii"))


_SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
_GLUED_REF = re.compile(r"(?<=[A-Za-z.?!,;:)])\[(\d{1,2})\]")  # "... in 2024?[1] What ..."
_DIGIT_REF = re.compile(r"(?:(?<=[a-z)][.?!])|(?<=\b(?:19|20)\d\d\.))(\d{1,2})(?=\s+[A-Z])")  # "... in 2024.1 How ..."


def footnotes_apart(text: str) -> str:
    """TEXT with its footnotes read apart from its sentences (fr12): a reference mark glued to a word or an end mark
    ("2024?[1] What", "scheme.\u00b9 How", "in 2024.1 How") comes off, so it never opens the next sentence; a line that
    starts with a mark the text refers to ("[1] See the report ...", "1 Council press release") is the footnote:
    its mark comes off and it stands as a sentence of its own, never an item of the request's list."""
    if not text:
        return text
    refs = set(_GLUED_REF.findall(text)) | set(_DIGIT_REF.findall(text))
    if _SUPERSCRIPT.search(text):
        text = _SUPERSCRIPT.sub("", text)
    if not refs:
        return text
    text = _DIGIT_REF.sub("", _GLUED_REF.sub("", text))
    out = []
    for line in text.splitlines():
        m = re.match(r"^\s*(?:\[(\d{1,2})\]|(\d{1,2})(?=\s+[A-Z]))\s*", line)
        if m and (m.group(1) or m.group(2)) in refs and line[m.end():].strip():
            note = line[m.end():].rstrip()
            out.extend(["", note if note[-1:] in ".?!" else note + ".", ""])
        else:
            out.append(line)
    return "\n".join(out)


# fr23a: labels typed without the usual mark ("a The total number ...", "2, what is the cost", "1 \u2013 How many",
# "2  I am seeking", "1 (a) For 12 months"). One such line alone is prose ("A Freedom of Information request ...",
# "3 Councils replied"); a label is read only where the lines' labels count up in their family (1, 2 or a, b), so a
# list decides, never one line.
_LOOSE_LABEL = re.compile(
    r"^(?P<ind>\s*)(?:"
    r"(?P<num>\d{1,2})(?:\s*[,\u2013\u2014]\s*|\s+-\s+|\s{2,}|\s+(?=(?-i:[A-Z])[a-z]*\b)|\s*(?=\([a-h]\)\s))"
    r"|(?P<alpha>[a-hA-H])\s+(?=(?-i:[A-Z])))(?=\S)")
_PLAIN_NUM = re.compile(r"^\s*\(?(?P<num>\d{1,2})(?:[.):\]]|\.(?=[A-Za-z]))")
_PLAIN_ALPHA = re.compile(r"^\s*\(?(?P<alpha>[a-hA-H])[.)](?=\s|[A-Z])")
_SUB_AFTER_NUMBER = re.compile(r"^\(([a-h])\)\s+")


def _label_key(line: str) -> tuple[str, int, bool] | None:
    """(family, rank, loose) of LINE's label: "num" and 1 for "1." or "1,", "alpha" and 0 for "a)" or "a The"."""
    m = _PLAIN_NUM.match(line)
    if m:
        return "num", int(m.group("num")), False
    m = _PLAIN_ALPHA.match(line)
    if m:
        return "alpha", "abcdefgh".index(m.group("alpha").lower()), False
    m = _LOOSE_LABEL.match(line)
    if not m:
        return None
    if m.group("num"):
        return "num", int(m.group("num")), True
    return "alpha", "abcdefgh".index(m.group("alpha").lower()), True


def loose_labels(lines: list[str]) -> list[str]:
    """LINES with each loose label (`_LOOSE_LABEL`) written as the plain label it stands for ("1.", "a)"), read only when
    the label counts on from the label before it in its family (1 after none or after a numbered item, 2 after 1;
    a after anything, b after a): a run of two or more, so one line starting "A The" or "3 Councils" stays prose.
    "1 (a) For ..." becomes "1.a) For ..." (an item's first sub-item)."""
    keys = [_label_key(line) for line in lines]
    last: dict[str, int] = {}
    chained = [False] * len(lines)
    prev_index: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key is None:
            continue
        fam, rank, _loose = key
        if fam == "alpha" and rank == 0 or fam == "num" and rank == 1:
            prev_index[fam], last[fam] = i, rank
            continue
        if last.get(fam) == rank - 1:
            chained[i] = True
            chained[prev_index[fam]] = True  # the item before counts as a label too
        prev_index[fam], last[fam] = i, rank
    for i, key in enumerate(keys):  # "1 (a) For ..." then "(b) ...": the sub-items make it a list
        m = _LOOSE_LABEL.match(lines[i]) if key and key[2] and key[0] == "num" else None
        if m and _SUB_AFTER_NUMBER.match(lines[i][m.end():]):
            chained[i] = any(k and k[0] == "alpha" and k[1] == 1 for k in keys[i + 1:i + 6])
    out = []
    for line, key, ok in zip(lines, keys, chained):
        if key is None or not key[2] or not ok:
            out.append(line)
            continue
        m = _LOOSE_LABEL.match(line)
        rest = line[m.end():]
        if m.group("num"):
            sub = _SUB_AFTER_NUMBER.match(rest)
            out.append(f"{m.group('ind')}{m.group('num')}.{sub.group(1)}) {rest[sub.end():]}" if sub
                       else f"{m.group('ind')}{m.group('num')}. {rest}")
        else:
            out.append(f"{m.group('ind')}{m.group('alpha')}) {rest}")
    return out


_RESTART_NUM = re.compile(r"^(?P<ind>\s*)\(?(?P<num>\d{1,2})[.)]\s+(?=\S)")


def restarted_runs(lines: list[str]) -> list[str]:
    """fr24b: LINES where a numbered item ending in ":" ("1. A list of all properties recorded as:") is followed by a
    run that starts again at 1 ("1. Long-term empty", "2. Subject to a premium", "3. Exempt ...") and the outer
    numbering then goes on ("2. For each property, ..."): the restarted run is that item's sub-list, written with
    letters ("a) Long-term empty") so every reader sees the nesting, never three new top-level items. The run is
    the labels counting on from 1; the first label that does not count on ends it."""
    out = list(lines)
    keys = [_RESTART_NUM.match(line) for line in lines]
    i = 0
    while i < len(lines):
        m = keys[i]
        if not m or not lines[i].rstrip().endswith(":"):
            i += 1
            continue
        parent = int(m.group("num"))
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not keys[j] or int(keys[j].group("num")) != 1 or parent < 1:
            i += 1
            continue
        run, want, k = [], 1, j
        while k < len(lines):
            if not lines[k].strip():
                k += 1
                continue
            mk = keys[k]
            if mk is None:
                if run and not lines[k - 1].strip():
                    break  # a blank line, then prose: the run has ended
                k += 1  # a wrapped line of the item before
                continue
            if int(mk.group("num")) != want:
                break
            run.append(k)
            want += 1
            k += 1
        ends_outer = k < len(lines) and keys[k] is not None and int(keys[k].group("num")) == parent + 1
        if len(run) >= 2 and ends_outer and want - 1 <= 8:
            for n, at in enumerate(run):
                mk = keys[at]
                out[at] = f"{mk.group('ind')}{'abcdefgh'[n]}) {lines[at][mk.end():]}"
            i = k
            continue
        i += 1
    return out
