"""(fr29a, issue 8) What a formal request states once for all its parts, and the marks a pasted document leaves.

A formal request often says once, above its list, what every item is about or how every item is broken down
("I would like information for each primary and secondary school in Trafford on the following:"), and heads its
sections with titles ("A. Council Tax and Budget Allocation"). Read item by item, the lead-in becomes a part that
asks nothing, the items lose the scope ("pupils with SEND in the school"), and a heading becomes a part of its own.
The request's context is read once here and every part inherits it unless it names its own:

- a lead-in that only announces the items and gives their scope ("for each X ... the following") leaves the parts;
  its scope is written into each item ("in the school" -> "in each primary and secondary school in Trafford", or
  ", for each ..." after an item that does not name it);
- a section heading or a request title (a line in title case with no verb over numbered items, "Title of request-")
  leaves the parts as a remark;
- marks of the pasted document are cleaned by their form, never by the sentence seen: footnote asterisks
  ("facilities*", "2016**?"), a footnote run into a part ("... *Doing otherwise than ..." -> a remark), an outline
  marker in front ("Part II - Any correspondence"), a run of words written twice in a row ("toilet facilities toilet
  facilities").

Only for a request written as a formal document (askfoi.sentence_acts.formal_request): informal messages keep their
own readings (askfoi.informal_subjects and the story modules).
"""

from __future__ import annotations

import re

_FOOTNOTE_MARK = re.compile(r"(?<=[\w)\]'\u2019\"%])\*+(?=[\s.,;:?!)\]]|$)")
_FOOTNOTE_TAIL = re.compile(r"(?:(?<=[.?!])|(?<=[.?!][)\"'\u2019]))\s+\*+\s*(?=[A-Z(\"'])")
_OUTLINE = re.compile(r"^\s*(?:part|section|question|item|request|point)\s+(?:[ivxlc]+|\d{1,2}[a-z]?|[a-z])\s*(?:[-\u2013\u2014:.)]\s*)+"
                      r"(?=[A-Z(\"'])", re.I)
_TITLE_LINE = re.compile(r"(?i)^\s*(?:title\s+of\s+(?:the\s+|my\s+)?request|subject\s+of\s+(?:the\s+|my\s+)?request|re)\s*[-\u2013:]")
_WORDS = re.compile(r"[A-Za-z0-9][\w'\u2019/&-]*")
_SMALL = frozenset("a an the and or of for in on at to by with from into per vs".split())
_LIST_LINE = re.compile(r"^\s*(?:\(?\d{1,2}[.):]|\(?[a-h][.)]|[\u2022*\u2013-])\s*")
_LEAD_SCOPE = re.compile(
    r"(?i)\bfor\s+(?P<scope>(?:each|every)\s+(?!of\s+the\s+following\b)(?:of\s+(?:the|your)\s+)?[^,:;.?]{3,80}?)\s*"
    r"(?:,\s*)?(?:(?:on|regarding|about|concerning|in\s+respect\s+of|relating\s+to|as\s+follows)\s+)?"
    r"(?:the\s+following|as\s+follows|below)\b\s*[:.]?\s*$")
_YEARLY_LEAD = re.compile(r"(?i)^(?:(?:a|the)\s+)?breakdown\s+for\s+each\s+of\s+the\s+following\s+(?:for|in)\s+"
                          r"(?P<scope>(?:each|every)\s+(?:of\s+the\s+)?[^.,;:?]{3,60}?\b(?:years?|months?|quarters?))\s*[.:]?$")
_LEAD_ONLY = re.compile(r"(?i)\b(?:information|data|figures|details|statistics|breakdown|numbers)\b")
_PERIOD_WORDS = re.compile(r"(?i)\b(?:years?|months?|quarters?|weeks?|financial|calendar|academic)\b")


def settle_request_context(framing, text: str) -> None:
    """FRAMING's parts with the request's own context (see the module's note); TEXT is the message as typed."""
    from askfoi.sentence_acts import formal_request

    if not framing.parts or not formal_request(text):
        return
    _clean_marks(framing)
    _headings_apart(framing, text)
    _lead_scope(framing, text)
    _trailing_breakdown(framing, text)
    _passive_yes_no(framing)


def clean_part_text(part: str) -> tuple[str, str | None]:
    """PART's text without the marks a pasted document leaves, and the footnote run into it (or None)."""
    note = None
    tail = _FOOTNOTE_TAIL.search(part)
    if tail:
        part, note = part[: tail.start()].rstrip(), part[tail.end():].strip()
    part = _FOOTNOTE_MARK.sub("", part)
    part = re.sub(r",?\s+(?:e|i)\.$", ".", part)  # "by topic of complaint e.": an "e.g." cut where the part ends
    part = re.sub(r"\s+([?.,;:])", r"\1", part)
    outline = _OUTLINE.match(part)
    if outline and len(part) > outline.end() + 10:
        part = part[outline.end():]
        part = part[:1].upper() + part[1:]
    return said_once(part), note


def said_once(text: str) -> str:
    """TEXT with a run of two to six words written twice in a row written once ("public toilet facilities toilet
    facilities" -> "public toilet facilities"); single words are left to framing's own check (_undoubled)."""
    for _ in range(4):
        words = list(_WORDS.finditer(text))
        low = [w.group().lower() for w in words]
        cut = None
        for n in range(6, 1, -1):
            for i in range(len(words) - 2 * n + 1):
                if low[i:i + n] != low[i + n:i + 2 * n] or all(x in _SMALL for x in low[i:i + n]):
                    continue
                gap = text[words[i + n - 1].end(): words[i + n].start()]
                inner = text[words[i].start(): words[i + n - 1].end()]
                if gap.strip() or re.search(r"[,;:.?!]", inner):
                    continue
                cut = (words[i + n - 1].end(), words[i + 2 * n - 1].end())
                break
            if cut:
                break
        if not cut:
            return text
        text = text[: cut[0]] + text[cut[1]:]
    return text


def _clean_marks(framing) -> None:
    for part in framing.parts:
        cleaned, note = clean_part_text(part.text)
        if cleaned != part.text and cleaned.strip():
            part.text = cleaned
        if note:
            framing.remarks.append(note)


def _source_line(text: str, source: str) -> tuple[str, str | None] | None:
    """The line of TEXT that holds SOURCE (a part's question) and the next line with words, or None."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    key = " ".join(source.split())[:40].lower().rstrip(" .:?")
    if len(key) < 4:
        return None
    for k, line in enumerate(lines):
        if key in " ".join(line.split()).lower():
            return line, (lines[k + 1] if k + 1 < len(lines) else None)
    return None


def _title_case_heading(words: str) -> bool:
    """WORDS read as a heading: at most eight words, each word of four letters or more starting with a capital, no
    figure and no end mark of a sentence."""
    ws = _WORDS.findall(words)
    if not ws or len(ws) > 8 or re.search(r"\d|[?]", words):
        return False
    long = [w for w in ws if len(w) >= 4 and w.lower() not in _SMALL]
    return bool(long) and all(w[0].isupper() for w in long) and ws[0][0].isupper()


def _headings_apart(framing, text: str) -> None:
    """A part that is a section heading over numbered items, or the request's title, goes to the remarks."""
    if len(framing.parts) < 2:
        return
    keep = []
    for part in framing.parts:
        body = part.text.strip().rstrip(".:")
        if part.kept_words and _TITLE_LINE.match(body):
            _to_remarks(framing, part.text)
            continue
        glued = re.match(r"(?P<h>[^:?]{3,80}):\s+(?P<rest>[a-z].{10,})$", part.text.strip(), re.S)
        if part.kept_words and glued and _title_case_heading(glued.group("h")) and _own_line(text, glued.group("h")):
            # "Road Maintenance Policy, Spending, and Quality Control: documentation outlining ...": the section's
            # heading, a line of its own above the items, run into one of them
            part.text = glued.group("rest")[:1].upper() + glued.group("rest")[1:]
        if part.kept_words and _title_case_heading(re.sub(r"^\s*(?:[A-Z]|[ivx]+|\d{1,2})[.)]\s+", "", body)):
            found = _source_line(text, part.source or body)
            if found is not None and found[1] is not None and _LIST_LINE.match(found[1]) \
                    and not _LIST_LINE.match(re.sub(r"^\s*[A-Z][.)]\s+", "", found[0])):
                _to_remarks(framing, part.text)
                continue
        keep.append(part)
    if keep:
        framing.parts = keep


def _to_remarks(framing, said: str) -> None:
    """SAID (a part that asks nothing) kept as a remark; a finding about it as a part goes with it."""
    framing.remarks.append(said)
    key = " ".join(said.split())[:60]
    framing.findings = [f for f in framing.findings if key not in " ".join((getattr(f, "message", "") or "").split())]


def _own_line(text: str, heading: str) -> bool:
    """HEADING is a line of TEXT of its own (a list label in front aside)."""
    want = " ".join(heading.split()).lower()
    return any(" ".join(re.sub(r"^\s*(?:[A-Z]|[ivx]+|\d{1,2})[.)]\s+", "", ln).split()).lower().rstrip(" .:") == want
               for ln in text.split("\n"))


def _head_words(scope: str) -> set[str]:
    """The nouns of SCOPE ("primary and secondary school in Trafford") an item may point back to with "the"."""
    core = re.split(r"(?i)\s+(?:in|at|on|across|within|of|run\s+by|managed\s+by)\s+", scope, maxsplit=1)[0]
    words = [w.lower() for w in _WORDS.findall(core) if w.lower() not in _SMALL and w.lower() not in ("each", "every")]
    if not words:
        return set()
    last = words[-1]
    return {last, last.rstrip("s"), last + "s"}


def _lead_scope(framing, text: str) -> None:
    """A lead-in that only announces the items ("Information for each primary and secondary school in Trafford on the
    following.") leaves the letter (a part becomes a remark); the items after it take its scope."""
    lines = [ln.strip() for ln in re.split(r"\n|(?<=[.?!:])\s+(?=[A-Z])", text) if ln.strip() and not _LIST_LINE.match(ln)]
    leads = [("part", k, p.text) for k, p in enumerate(framing.parts)] + [("remark", -1, ln) for ln in lines]
    for where, k, body in leads:
        body = body.strip()
        yearly = _YEARLY_LEAD.match(body)
        if yearly and where == "part" and k + 1 < len(framing.parts):
            # "A breakdown for each of the following for each of the past three financial years.": the items are the
            # parts, each asked for every year
            for item in framing.parts[k + 1:]:
                if not _PERIOD_WORDS.search(item.text) and not item.text.rstrip().endswith("?"):
                    item.text = f"{item.text.rstrip().rstrip('.')}, for {yearly.group('scope')}."
            _to_remarks(framing, body)
            del framing.parts[k]
            return
        m = _LEAD_SCOPE.search(body.rstrip("."))
        if not m or "?" in body or not _LEAD_ONLY.search(body[: m.start()]):
            continue
        items = framing.parts[k + 1:] if where == "part" else framing.parts
        if not items or (where == "remark" and not _before_items(text, body, items)):
            continue
        scope = re.sub(r"(?i)^every\b", "each", m.group("scope").strip())
        if _PERIOD_WORDS.search(scope):
            continue  # "for each of the past three years on the following": the letter's period, stated once
        heads = _head_words(scope)
        scope_words = re.sub(r"(?i)^of\s+(?:the|your)\s+", "", scope.split(None, 1)[1])  # "each X" -> "X"
        for item in items:
            if scope_words.lower() in item.text.lower():
                continue
            point = next((x for x in (re.search(rf"(?i)\b(?:the|that|this)\s+{re.escape(h)}\b", item.text)
                                      for h in sorted(heads, key=len, reverse=True)) if x), None)
            if point:
                item.text = item.text[: point.start()] + f"each {scope_words}" + item.text[point.end():]
            elif not item.text.rstrip().endswith("?"):
                item.text = f"{item.text.rstrip().rstrip('.')}, for {scope}."
        if where == "part":
            _to_remarks(framing, body)
            del framing.parts[k]
        return


def _before_items(text: str, lead: str, items) -> bool:
    """LEAD stands in TEXT before the first of ITEMS' questions."""
    at = " ".join(text.split()).lower().find(" ".join(lead.split())[:40].lower().rstrip(" .:"))
    first = min((" ".join(text.split()).lower().find(" ".join((p.source or p.text).split())[:30].lower())
                 for p in items), default=-1)
    return at >= 0 and (first < 0 or at < first)

_OUTLINE_LINE = re.compile(r"(?im)^(?P<lead>[ \t]*)(?:part|section|question|request|item)[ \t]+(?P<n>[ivxlc]+|\d{1,2})[ \t]*"
                           r"[-\u2013\u2014:.)][ \t]*(?=\S)")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def outline_labels(text: str) -> str:
    """TEXT with a document's outline markers at the start of two or more lines ("Part I - Any correspondence ...",
    "Section 2: ...") written as the list labels every reader of the message knows ("1. Any correspondence ...")."""
    hits = list(_OUTLINE_LINE.finditer(text or ""))
    if len(hits) < 2:
        return text
    out, at = [], 0
    for m in hits:
        n = m.group("n").lower()
        num = _ROMAN.get(n) or (int(n) if n.isdigit() else None)
        if num is None:
            return text
        out.append(text[at:m.start()] + f"{m.group('lead')}{num}. ")
        at = m.end()
    return "".join(out) + text[at:]


_FOR_ALL = re.compile(r"(?i)\b(?:the\s+(?:data|figures|information|numbers|statistics)|this\s+(?:data|information)|these\s+figures|"
                      r"(?:all|each)\s+of\s+the\s+above|all\s+(?:the\s+)?(?:figures|questions|parts)|also)\b")
_BREAKDOWN_ASK = re.compile(r"(?i)\b(?:(?:providing\s+|give\s+|provide\s+)?separate\s+(?:figures|data|numbers|totals)\s+for\s+(?P<sep>[^.;?]{2,60})|"
                            r"broken\s+down\s+(?P<bp>by|into)\s+(?P<by>[^.;?]{2,60})|"
                            r"break\s+(?:\w+\s+){0,3}?down\s+(?P<bp2>by|into)\s+(?P<by2>[^.;?]{2,60}))")


def _trailing_breakdown(framing, text: str) -> None:
    """A sentence after the last item of the list that asks for every figure to be broken down ("Please also
    segregate the data further by providing separate figures for Adults and CYP.") qualifies every part, never only
    the last one it was read with."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    listed = [k for k, ln in enumerate(lines) if _LIST_LINE.match(ln)]
    if len(listed) < 2 or len(framing.parts) < 2:
        return
    for line in lines[listed[-1] + 1:]:
        if _LIST_LINE.match(line) or "?" in line or not _FOR_ALL.search(line):
            continue
        m = _BREAKDOWN_ASK.search(line)
        if not m:
            continue
        if m.group("sep"):
            note = f"with separate figures for {m.group('sep').strip(' ,')}"
        else:
            note = f"broken down {m.group('bp') or m.group('bp2')} {(m.group('by') or m.group('by2')).strip(' ,')}"
        said = " ".join(line.split()).strip()
        for part in framing.parts:
            flat = " ".join(part.text.split())
            at = flat.find(said.rstrip(". "))
            if at >= 0:  # the sentence read with this part: out of it, what followed it joined to what went before
                before, after = flat[:at].rstrip(), flat[at + len(said.rstrip(". ")):].lstrip(" .")
                if after and after[:1].islower():
                    before = before.rstrip(".")
                flat = f"{before} {after}".strip() if after else before
                flat = re.sub(r"\s+([.?])", r"\1", flat).strip()
            if note.lower() in flat.lower() or not flat:
                part.text = flat or part.text
                continue
            end = flat[-1:] if flat[-1:] in ".?" else "."
            body = flat.rstrip(".?").rstrip()
            if end == "?" or re.search(r"[.?!]\s", body):
                part.text = f"{body}{end} Please give {note.replace('with ', '', 1) if note.startswith('with') else 'the figures ' + note}."
            else:
                part.text = f"{body}, {note}."
        return


_PASSIVE_ASK = re.compile(r"(?i)^(?P<aux>are|were|is|was|have|has)\s+(?!(?:there|you|they|it|we|he|she|this|that|these|those)\b)"
                          r"(?P<body>[^?]{6,300})\?\s*$")
_BAD_HEAD = re.compile(r"(?i)\b(?:think|believe|feel|agree|considered|aware|able|possible|legal|lawful|allowed|true|right|fair)\b")


def _passive_yes_no(framing) -> None:
    """A kept yes/no question in the passive about records or acts ("Are any internal reviews, risk assessments or
    ethical evaluations conducted before approving such systems?") asked as the records themselves ("Any records of
    internal reviews, risk assessments or ethical evaluations conducted before approving such systems."); a
    definite subject takes "being" ("Were the NHS consulted ...?" -> "Any records of the NHS being consulted ...")."""
    from askfoi.framing import _is_past_participle

    for part in framing.parts:
        if not part.kept_words or part.text.count("?") != 1 or not part.text.rstrip().endswith("?"):
            continue
        m = _PASSIVE_ASK.match(part.text.strip())
        if not m or _BAD_HEAD.search(part.text):
            continue
        words = list(_WORDS.finditer(m.group("body")))
        at = next((j for j, w in enumerate(words[:15]) if j and w.group().lower() not in ("been", "being", "used")
                   and re.fullmatch(r"[a-z]+", w.group()) and _is_past_participle(w.group())), None)
        if at is None:
            continue
        body = m.group("body")
        if m.group("aux").lower() in ("has", "have") and words[at - 1].group().lower() != "been":
            continue  # "Have the officers visited the site?": the perfect of an act, not a passive
        if re.search(r"(?i)\bif\s+so\b|,\s*(?:and\s+)?(?:how|what|which|who|when|where|why)\b|^any\s+of\b", body):
            continue  # two questions in one, or "any of the work": kept as typed
        np = body[: words[at].start()].strip()
        np = re.sub(r"(?i)\s+(?:been|being)$", "", np).strip()
        if len([w for w in _WORDS.findall(np) if w.lower() not in _SMALL and w.lower() not in ("any", "been", "being")]) < 1:
            continue  # "Has a diagnosed learning disability ...?": no subject before the participle
        if not np or re.search(r"[,;]\s*$", np) and not re.search(r"(?i)\b(?:and|or)\b", np):
            continue
        if at == len(words) - 1 and len(np.split()) > 3:
            continue  # "Is the school local authority run?": no complement after it, and the subject may hold it
        plain = re.match(r"(?i)any\s+", np) is not None
        np = re.sub(r"(?i)^any\s+", "", np)
        part.text = f"Any records of {np} {'' if plain else 'being '}{body[words[at].start():].rstrip()}."
