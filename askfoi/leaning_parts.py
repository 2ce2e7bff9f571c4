"""fr36 (issue 8): a follow-up that leans on the item before it ("2. How many of these children were 15 ...?",
"The number of these complaints which have been dismissed", "Of those, how many ...?", "If so, which ...?") is
answerable only with what it leans on. After framing, each such part is one of:

- written out: its frame counted a subset of the count before it (`framing._follows_count`, `of_set`): the part
  names the set itself ("The number of trees felled that were protected by a Tree Preservation Order") and is left;
- written out in the person's words: the part before counts a set the person named in a sentence of the forms
  "How many N (have been|were|are) V-ed/V-ing ...?" or "The number of N ...": "these N" / "of these" becomes "the N
  V-ed ..." ("How many of the street trees felled by the council since 1 April 2010 were protected by a TPO?");
- kept with the part it leans on, when the set cannot be written out (the part before asks in another form), or the
  follow-up still reads "these/those ...", or its rendering dropped the set ("How many of these children were 15"
  framed as "The number of children who were 15 ...", every child counted): the follow-up joins the part before
  it, in the person's words, as that part's sub-question.

Decided per part from its source sentence and its frame, never from a phrase list of examples."""
from __future__ import annotations

import re

# the follow-up's opening as the person typed it: "how many of these/those/them", "of these, ...", "the number of
# these X", "if so/yes/not", "and of those ..." (an item label before it is allowed)
_LABEL = r"^\W*(?:(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?\s*[.):/-]\s*|[a-h]\s*[.)]\s*|\([a-h0-9ivx]{1,3}\)\s*|[-\u2022*]\s*)?"
_LEANS = re.compile(
    _LABEL + r"(?:and\s+|also\s+|please\s+(?:state|provide|tell\s+me|confirm)\s+|could\s+you\s+(?:also\s+)?"
    r"(?:tell\s+me|provide)\s+)?"
    r"(?:(?:how\s+many|how\s+much|what\s+(?:number|proportion|percentage|share))\s+of\s+(?:these|those|them|the\s+above)\b"
    r"|of\s+(?:these|those|them|this\s+number|this\s+total|the\s+above)\b"
    r"|(?:the\s+)?(?:total\s+)?(?:number|amount|proportion|percentage|breakdown)\s+of\s+(?:these|those)\b"
    r"|if\s+(?:so|yes|not|no)\b)", re.I)
# a pointer left in the part's own text: the part still leans
_STILL_LEANS = re.compile(r"(?i)\b(?:of\s+(?:these|those|them)\b|(?:these|those)\s+[a-z]|if\s+(?:so|yes|not)\b|the\s+above\b)")
_WORD = re.compile(r"[a-z][a-z0-9'-]{3,}")
_COMMON = frozenset("that were have been with from this these those there their which what many much number total "
                    "amount please provide could would tell also each year years".split())


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall((text or "").lower()) if w not in _COMMON}


def leans_on_part_before(source: str) -> bool:
    """SOURCE (a part's sentence as the person typed it) opens as a follow-up of the item before it."""
    return bool(_LEANS.match(source or ""))


def _set_kept(part, before) -> bool:
    """PART (a follow-up) names the set it counts from: a count written out from the count BEFORE it, every word of
    that count's own subject and clause in it."""
    if part.kept_words or before.kept_words or part.kind != "count" or before.kind != "count":
        return False
    if _STILL_LEANS.search(part.text):
        return False
    wanted = _words(f"{before.subject or ''} {before.clause or ''}")
    return bool(wanted) and wanted <= _words(part.text)


# the set a count names, as the person typed it: "How many N (have been|were|are) V-ed/V-ing REST?", "The number of N"
_COUNT_ASKED = re.compile(
    r"(?i)^(?:how\s+many|(?:please\s+(?:provide|state)\s+)?the\s+(?:total\s+)?number\s+of)\s+(?P<n>[^?.;]+?)\s+"
    r"(?:(?:have|has|had)\s+)?(?:been|were|was|are|is)\s+(?P<v>[a-z]+(?:ed|en|ing|wn|ne|ld|ht|ut))\b(?P<rest>[^?;]*)[?.]?\s*$")
# "How many N did SUBJECT V REST?": the set is "N SUBJECT V-ed REST" ("fines you issued for fly-tipping")
_COUNT_DONE = re.compile(
    r"(?i)^how\s+many\s+(?P<n>[^?.;]+?)\s+(?P<aux>did|do|does|have|has)\s+(?P<s>you|we|they|(?:the|your)\s+[a-z]+)"
    r"\s+(?P<v>[a-z]+)\b(?P<rest>[^?;]*)[?.]?\s*$")
_NUMBER_OF = re.compile(r"(?i)^(?:please\s+(?:provide|state)\s+)?the\s+(?:total\s+)?number\s+of\s+(?P<n>[^?;]+?)[.?]?\s*$")
_POINTED = re.compile(r"(?i)\b(these|those)(?:\s+(?P<head>[a-z][a-z/-]+))?\b")


def _first_sentence(text: str) -> str:
    text = re.sub(_LABEL, "", (text or "").strip(), count=1)
    m = re.search(r"[?]|\.(?:\s|$)", text)
    return text[:m.end()].strip() if m else text.strip()


# how the count is to be broken down is no part of the set it names ("children excluded, broken by primary and
# secondary school")
_BREAKDOWN_TAIL = re.compile(r"(?i),?\s+(?:broken|split|separated|divided)\s+(?:down\s+)?(?:by|into|between)\b.*$")
_NOT_VERBS = frozenset("not any ever in on at for of to from by with about since during been".split())


def counted_set(question: str) -> str | None:
    """The set QUESTION counts, as a noun phrase in the person's words ("street/highway trees felled by the council
    since 1 April 2010"), or None when the question is not of a form that names it."""
    first = _first_sentence(question)
    m = _COUNT_ASKED.match(first)
    if m:
        rest = _BREAKDOWN_TAIL.sub("", m.group("rest")).rstrip(" ,")
        noun = re.sub(r"(?i)^of\s+(?:the|these|those)\s+", "", m.group("n"))  # a set written out before: its own words
        return " ".join(f"{noun} {m.group('v')}{rest}".split())
    m = _COUNT_DONE.match(first)
    if m and m.group("v").lower() not in _NOT_VERBS:
        from lemminflect import getInflection

        aux, verb = m.group("aux").lower(), m.group("v").lower()
        if aux == "did":
            verb = (getInflection(verb, "VBD") or ("",))[0]  # "did you issue" -> "you issued"
        elif aux == "does":
            verb = (getInflection(verb, "VBZ") or ("",))[0]  # "does the council own" -> "the council owns"
        elif aux in ("have", "has"):
            verb = f"{aux} {verb}"  # "have you received" -> "you have received"
        if verb:
            rest = m.group("rest").rstrip(" ,")
            return " ".join(f"{m.group('n')} {m.group('s')} {verb}{rest}".split())
    m = _NUMBER_OF.match(first)
    if m and len(m.group("n").split()) >= 2:
        return " ".join(_BREAKDOWN_TAIL.sub("", m.group("n")).rstrip(" ,").split())
    return None


def _written_out(source: str, before: str) -> str | None:
    """SOURCE (a follow-up) with its first "these/those (N)" written as the set the question BEFORE counts; None when
    that set is not named in a form that reads, or N is not its noun."""
    named = counted_set(before)
    if not named:
        return None
    m = _POINTED.search(source)
    if not m:
        return None
    head = (m.group("head") or "").lower()
    nouns = [w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", named)[:4]]
    if head and head.rstrip("s")[:5] not in {n[:5] for n in nouns}:
        if head in ("were", "was", "are", "is", "have", "has", "had"):
            head = ""
        else:
            return None
    end = m.end("head") if head else m.end(1)
    return f"{source[:m.start()]}the {named}{source[end:]}"


def _as_typed(source: str, message: str, typed: list[str]) -> str:
    """SOURCE as the person typed it in MESSAGE: an earlier step may have read a pointer's "these" as "the" ("The
    number of the complaints which ...") or written it out in part; the typed sentence (of TYPED, the message's
    questions as read) keeps the pointer this step writes out. SOURCE itself when no typed sentence is it."""
    words = re.findall(r"[\w'\u2019/&-]+|[^\w\s]", source or "")
    if len(words) < 3 or not message:
        return source
    pattern = r"[\s\W]*".join(r"(?:the|these|those)" if w.lower() == "the" else re.escape(w) for w in words)
    m = re.search(r"(?i)" + pattern, message)
    if m:
        return message[m.start():m.end()]
    own = _words(source)
    best = max(typed, key=lambda q: len(own & _words(q)), default="")
    opening = re.findall(r"[a-z]+", (source or "").lower())[:2]
    if own and leans_on_part_before(best) and len(own - _words(best)) <= 1 and len(_words(best) - own) <= 1 \
            and re.findall(r"[a-z]+", re.sub(_LABEL, "", best).lower())[:2] == opening:
        return best  # "The number of the children temporary with SEN" of "The number of these children with SEN"
    return source


def _asked_already(source: str, head: str, before) -> bool:
    """The follow-up SOURCE is the part BEFORE it again, its set already written out there ("How many of the
    protesters Kent Police arrested ... were charged?" beside "how many of these people were charged?")."""
    own = _words(source) - {head, "these", "those"}
    return bool(own) and own <= _words(before.text) and bool(re.search(r"(?i)\bof\s+the\b", before.text))


def join_leaning_parts(framing, message: str = "", *, join: bool = True) -> None:
    """FRAMING's parts with each follow-up that leans on the part before it written out with the set it counts from,
    or (JOIN) joined to that part in the person's words (see the module's note); MESSAGE is the message as typed.
    Framing writes out first (JOIN false), while later steps still read each part as its own item, and joins last."""
    from askfoi.framing import keep_words

    parts = framing.parts
    if len(parts) < 2 or "\n" not in (message or "").strip():
        return  # a letter of lines (items), never a chat message of one line
    from askfoi.questions import read_message

    typed = read_message(message).questions if message else []
    out = [parts[0]]
    anchors: dict[int, tuple[str, object]] = {}  # a follow-up left or written out: (its pointer's noun, the part it points at)
    for part in parts[1:]:
        source = _as_typed(part.source or part.text, message, typed)
        before = out[-1]
        if part.warning or before.warning or not leans_on_part_before(source):
            out.append(part)
            continue
        pointed = _POINTED.search(source)
        head = (pointed.group("head") or "").lower() if pointed else ""
        anchor = before
        if head and anchors.get(id(before), ("", None))[0] == head:
            anchor = anchors[id(before)][1]  # "2. How many of those trees ... 3. How many of those trees ...": the
            # same pointer in items side by side points at the same set, not at the item before
        if _set_kept(part, anchor):
            anchors[id(part)] = (head, anchor)
            out.append(part)
            continue
        if _asked_already(source, head, before):
            continue
        written = _written_out(source, anchor.source or anchor.text)
        if written is not None:
            kept = keep_words(written)
            kept.qualifiers = part.qualifiers
            anchors[id(kept)] = (head, anchor)
            out.append(kept)
            continue
        if not join or not _STILL_LEANS.search(part.text) or "\n" not in (message or "").strip():
            out.append(part)  # joined only while the part's own words still lean, in a letter of lines (not a chat line)
            continue
        first = before.text.rstrip()
        if not first.endswith((".", "?", "!")):
            first += "."
        follow = keep_words(source).text
        if follow.lower() in first.lower():
            continue
        joined = keep_words(f"{first} {follow}")
        joined.text = f"{first} {follow}"  # both as they read in the letter: the follow-up as its sub-question
        joined.source = f"{before.source or before.text} {source}".strip()
        joined.qualifiers = before.qualifiers
        out[-1] = joined
    framing.parts = out
