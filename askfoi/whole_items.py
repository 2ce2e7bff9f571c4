"""A formal request's numbered items, each kept as one part when the parts made from it lost or split it (fr31).

On real formal requests most bad parts come from one place: an item the person numbered, itself a well-formed
request, was cut into several parts that lean on each other ("What is the breakdown of these figures ...?" alone,
"The minutes of these meetings ..." apart from the meetings), lost a sentence or a sub-item ("(b) Bank staff",
"o Name", "(iv) Option 4"), lost its follow-up to de-duplication, or was rewritten into something it did not ask
("the people" for "them"). The person's own item is the better part: it is kept whole, its sub-items written after
its lead ("...: a; b; c") or after it as its own sentences.

An item that is only a noun phrase under a lead-in naming "the following <things>" ("linked to the following
meetings: 1a) John Swinney's meeting with ...") is no request on its own: it is rendered by a template, the lead-in
with the item in place of "the following <things>".

Only items are touched whose parts show a fault (several parts, words of the item in no part, a label or a pointer
to another question left in, a fragment); an item framed as one good part keeps its framing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from askfoi import sentence_ends
from askfoi.outline import label_of

# words that say nothing about what is asked, left out when an item's words are compared with its parts' words
_STOP = frozenset("""a an the of to in on at for by and or with from as is are was were be been being has have had do
does did this that these those it its their there here which who whom what when where why how many much any all each
every please provide could would can you your i me my we our us if so not no also such per than then into over under
up following above below between about out other others information request including include includes within will
may should just only very more most some same year years month months last past since financial calendar academic
date dates current currently today period tell give supply list state confirm detail details number numbers total
they them he she him her his hers theirs
figure figures data""".split())
_MONTHS = frozenset("january february march april may june july august september october november december jan feb mar "
                    "apr jun jul aug sep sept oct nov dec".split())
# an item that asks: a question, a request's verb, or a noun phrase naming what is wanted
_ASKS = re.compile(
    r"(?i)^\W*(?:how|what|which|when|where|who|whom|whose|why|is|are|was|were|do|does|did|has|have|had|can|could|"
    r"would|will|should|please|kindly|provide|give|list|confirm|state|supply|send|detail|specify|indicate|"
    r"the|a|an|any|all|copies|copy|details?|numbers?|total|lists?|names?|dates?|data|statistics|figures|"
    r"records?|documents?|correspondence|minutes|amount|percentage|proportion|average|breakdown|cost|costs|"
    r"spend|expenditure|of\s+(?:these|those|this|them|the\s+above|which)|for\s+(?:each|every|those|these|all|any)|"
    r"on\s+(?:each|how|what)|in\s+(?:each|how|what|which)|if\s+(?:so|yes|not))\b")
_TELLS = re.compile(r"(?i)^\W*(?:i|we)\s+(?:am|have|was|were|understand|note|know|realise|hope)\b")
_FOLLOWING = re.compile(r"(?i)\b(?:the\s+)?following\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s*:?\s*$")
_O_LINE = re.compile(r"^\s*[oO\u25e6]\s+(?=\S)")
_GLUED_O = re.compile(r"(?<=[.:;?!)])\s?o(?=[A-Z][a-z])")
_NOTE = re.compile(r"(?i)^\s*(?:yours\b|kind\s+regards|best\s+regards|regards\b|many\s+thanks|thank\s+you|please\s+note|note\b|n\.?\s?b\.?\b|if\s+(?:possible|this|any|the\s+information|you)|"
                   r"i\s+would\s+(?:prefer|be\s+grateful)|please\s+(?:send|supply|provide)\s+(?:the|this|data|it)\b.{0,40}"
                   r"\b(?:format|electronic|excel|csv|spreadsheet|email))")
_SCOPED = re.compile(r"(?i)\b(?:for|in)\s+(?:each|every|all)\b|\bfor\s+the\s+(?:period|years?|financial|academic|calendar|"
                     r"last|past|previous|most)\b|\bover\s+the\b|\bsince\b|\bbetween\b|\bfrom\s+\d|\bbroken\s+down\b|\bseparately\b")
_ASKING_WORDS = re.compile(
    r"(?i)\b(?:(?:please|kindly)\s+(?:could\s+you\s+)?(?:provide|supply|give|detail|list|send|tell\s+me|let\s+me\s+know|disclose|"
    r"state|confirm|answer)|could\s+you\s+(?:please\s+)?(?:provide|supply|give|detail|list|send|tell\s+me|answer)|(?:i|we)\s+(?:would\s+like|request|"
    r"am\s+requesting|are\s+requesting)(?:\s+to\s+(?:request|ask\s+for|know))?)(?:\s+me)?(?:\s+with)?(?:\s+the\s+following(?:\s+(?:recorded\s+)?"
    r"(?:information|data|details|figures|questions))?)?\s*,?\s*")
_NOT_THINGS = frozenset("information data details questions figures statistics points items areas categories "
                        "reasons years months periods format headings".split())
_REQUEST_START = re.compile(r"(?i)^\W*(?:how|what|which|when|where|who|whom|whose|why|is|are|was|were|do|does|did|has|"
                            r"have|had|can|could|would|will|please|kindly|provide|give|list|confirm|state|supply|send|"
                            r"copies|copy|a\s+copy|any|all)\b")
_POINTER = re.compile(r"(?i)\b(?:question|part|q)\s*\d+\s*(?:\)|\(|[a-z]\b)|\bthe\s+above\b")


@dataclass
class _Item:
    label: str
    family: str
    text: str
    children: list["_Item"] = field(default_factory=list)
    after: str = ""  # a sentence under the sub-items that goes with the whole item ("Including recipient name ...")


def _plain(line: str) -> str:
    return re.sub(r"\s+", " ", line or "").strip()


_STRAY_LETTER = re.compile(r"^\s*\(?[a-hA-H]\.\)\s+(?=[A-Z])")


def _outline(lines: list[str]) -> tuple[list[_Item], str]:
    """The top-level items of LINES with their sub-items, and the lead-in just before the first item. An unlabelled
    line after a blank line that starts as a sentence ends the list (a note after it); "o" lines and lines in
    brackets go with the item above them."""
    order: list[str] = []
    roots: list[_Item] = []
    stack: list[tuple[int, _Item]] = []
    lead: list[str] = []
    blank = False
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            blank = True
            continue
        if _O_LINE.match(line) and stack:
            stack[-1][1].children.append(_Item("o", "o-bullet", _plain(_O_LINE.sub("", line))))
            blank = False
            continue
        found = label_of(line)
        if not found:
            if not roots:
                lead = [] if blank else lead
                lead.append(_plain(line))
            elif stack and (_NOTE.match(line) or _whole_note(line)):
                break  # "Please note, for the questions ...": about the whole list, not the last item (fx82: nor "Please
                # do not include ...", "Please respond in the following format:", "All in an excel spreadsheet please")
            elif len(stack) > 1 and not blank and re.match(r"\s*[A-Z]", line) and not stack[-1][1].children \
                    and stack[-1][1].family in ("bullet", "o-bullet"):
                parent = stack[-2][1]  # "Including recipient name ...": under the bullets, about the whole item
                parent.after = _plain(f"{parent.after} {line}")
            elif stack and (not blank or re.match(r"\s*[(\[a-z]", line)):
                item = stack[-1][1]
                text_now = _plain(line)
                if item.children and (blank or not re.match(r"\s*[(\[a-z]", line)) and item.text.rstrip().endswith(":") \
                        and item.children[-1].family == "unlabelled":
                    item.children.append(_Item("", "unlabelled", text_now))  # one more line of an unlabelled list
                elif item.text.rstrip().endswith(":") and not item.children:
                    item.children.append(_Item("", "unlabelled", text_now))  # "was the closure down to:" over its lines
                elif item.children and not re.match(r"\s*[(\[a-z]", line) and item.children[-1].family != "unlabelled":
                    item.after = _plain(f"{item.after} {text_now}")
                elif item.children and not item.after:
                    item.children[-1].text = _plain(f"{item.children[-1].text} {text_now}")
                elif item.after:
                    item.after = _plain(f"{item.after} {text_now}")
                else:
                    item.text = _plain(f"{item.text} {text_now}")
            else:
                break  # a note after the list
            blank = False
            continue
        label, fam, text = found
        opened = bool(stack) and stack[0][1].family == "number" and stack[0][1].text.rstrip().endswith(":") \
            and re.sub(r"\D", "", stack[0][1].label) == re.sub(r"\D", "", label)
        if fam == "sub-number" and re.match(r"\(?\d{1,2}[a-z][.)]", label) and opened:
            pass  # fr35: "1. How many claims has your council:" over "1a. Received ...?": the item's own sub-items
        elif fam == "sub-number" and re.match(r"\(?\d{1,2}[a-z][.)]", label) and "number" in order:
            fam = "number"  # "1a. ... 1b. ... 2. ...": items of one list, not "2." under "1b."
        elif fam == "sub-number" and re.match(r"\(?\d{1,2}[a-z][.)]", label) and not order:
            fam = "number"
        inner = label_of(text)
        if inner and inner[1] != fam and re.match(r"\(?[a-z]\)|[a-z]\.", text):
            # "1) a) How many ...?": the item's first sub-item on its line; the item has no words of its own
            if fam not in order:
                order.append(fam)
            depth = order.index(fam)
            item = _Item(label, fam, "")
            while stack and stack[-1][0] >= depth:
                stack.pop()
            (stack[-1][1].children if stack else roots).append(item)
            stack.append((depth, item))
            label, fam, text = inner
        if fam not in order:
            order.append(fam)
        depth = order.index(fam)
        text = _STRAY_LETTER.sub("", text, count=1)  # fr35: "2. a.) How many families ...": a letter no list goes with
        item = _Item(label, fam, _plain(text))
        while stack and stack[-1][0] >= depth:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(item)
        stack.append((depth, item))
        blank = False
    joined: list[_Item] = []
    for item in roots:
        if joined and re.match(r"(?i)\W*if\s+(?:so|yes|not|applicable)\b", item.text) and not item.children:
            joined[-1].children.append(_Item("", "follow-up", item.text))  # "Q1a. If so, ...": part of Q1
        else:
            joined.append(item)
    return joined, " ".join(lead)


_ITEM_POINTER = re.compile(r"(?i)\b(?:(?:referred\s+to|mentioned|listed|set\s+out|identified|given)\s+)?(?:in|at|under|"
                           r"from)\s+(?:the\s+)?(?:answer\s+to\s+)?(?:point|question|part|item|q)\s*\d+\w*\)?(?:\s*\(?[a-z]\))?")


def _whole_note(line: str) -> bool:
    from askfoi.questions import format_note, whole_request_note

    return whole_request_note(line) or format_note(line)


def _words(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z][a-z'-]+", _ITEM_POINTER.sub(" ", text or "").lower()):
        if len(w) > 2 and w not in _STOP and w not in _MONTHS:
            out.add(w[:5])
    return out


def _marks(text: str) -> set[str]:
    """The numbers and month names in TEXT, which tell apart items of the same words."""
    return {w for w in re.findall(r"[a-z]+|\d+", (text or "").lower()) if w.isdigit() or w in _MONTHS}


def _end(text: str) -> str:
    text = text.strip().rstrip(" ;,")
    return text if re.search(r"[.?!)\]]$", text) else text + "."


def _sentence(text: str) -> bool:
    """TEXT (a sub-item) is a sentence of its own: a question or a request of several words, not a name in a list."""
    return len(text.split()) >= 5 and bool(re.match(
        r"(?i)^\W*(?:how|what|which|when|where|who|why|is|are|was|were|do|does|did|has|have|can|could|would|will|"
        r"please|if|of\s+(?:these|those|this|them)|for\s+(?:each|those|these))\b", text))


def _shown(child: _Item, text: str) -> str:
    """A sub-item's TEXT with its letter or numeral kept ("(a) Agency staff"), so "Q1 (a)" still finds it; bullets
    go."""
    if child.family in ("bullet", "o-bullet") or not child.label:
        return text
    core = child.label.strip().strip("().").strip()
    return f"({core}) {text}"


_INLINE_LETTER = re.compile(r"(?<=[\w,])\s+\((?:[a-h]|i{1,3}|iv|vi{0,3})\)\s+(?=\w)")


# fr35: a question left open before a colon ("How many potholes were:", "How much money did the council:") and a
# sub-item that carries on its clause ("Reported to the council?", "Spend on road maintenance ...?")
_UNFINISHED = re.compile(r"(?i)^\W*(?:how\s+(?:many|much)|what|which|who|when|where|did|does|do|has|have|had|is|are|was|were)\b")
_CONTINUES = re.compile(r"^\W*[A-Z][a-z]+(?:ed|en|ing)?\b(?!\s+(?:is|are|was|were)\b)")


def _all_items_note_off(whole: str) -> str:
    """fx101 (fx100 Humber "Please break down all the above information by age, gender and ethnic background" typed on
    the line under item 6): WHOLE, the last item's words, without the sentences at its end that qualify every item
    ("... for each of the above", "all of the above ... by ward"): they are the list's note, read with each item
    (askfoi.questions), never words of the last item alone."""
    from askfoi.questions import _COVERS_ALL, modifies_question

    sentences = sentence_ends.split(r"(?<=[.?!])\s+", whole or "")
    k = len(sentences)
    while k > 1 and _COVERS_ALL.search(sentences[k - 1]) and modifies_question(sentences[k - 1]):
        k -= 1
    return " ".join(sentences[:k]) if k < len(sentences) else whole


def _remark_after(said: str, remark: str) -> bool:
    """fx101 (fx100 MOD small arms): REMARK (a sentence the framing set aside about how to handle the request: "If there
    is a cost issue ..., please start with request 1") ends SAID, the item's whole text, after a sentence of the item's
    own that asks something: the line typed under the last item, never a word of it, however long it is beside it."""
    from askfoi.questions import handling_condition

    body = said.rstrip()
    if not remark or not body.endswith(remark) or not handling_condition(remark):
        return False  # (fx99 Hastings: "If no sub-contract exists, please let me have any information held by ...",
        # a fallback that asks for records, stays with its item)
    own = body[: len(body) - len(remark)].rstrip()
    return own[-1:] in (".", "?", "!") and len(re.findall(r"[A-Za-z]+", own)) >= 3


def _whole_text(item: _Item) -> str:
    """ITEM with its sub-items, in the person's words: sub-items that are names or phrases written after the item's
    lead as a list ("...: (a) Agency staff; and (b) Bank staff?"), sub-items that are sentences after it. Letters
    inside a sentence ("In 2023/24 (a) how much ... and (b) how many ...") are left out, as main's parts do."""
    own = _INLINE_LETTER.sub(" ", item.text.strip())
    if not item.children:
        return _end(own) if own else ""
    kids = [_whole_text(c) for c in item.children]
    if all(_sentence(k) for k in kids) and not own.endswith(":"):
        return " ".join(([_end(own)] if own else []) + kids + ([_end(item.after)] if item.after else []))
    if own.endswith(":") and _UNFINISHED.match(own) and "following" not in own.lower() \
            and all(c.family == "sub-number" and _CONTINUES.match(k) for c, k in zip(item.children, kids)):
        # fr35: "How many claims has your council:" over "1a. Received ...? 1b. Accepted ...?": each sub-item finishes
        # the item's question, so the item is one question with its sub-items in it, in the person's words
        done = [_shown(c, k[:1].lower() + k[1:].rstrip(" .;,?")) for c, k in zip(item.children, kids)]
        said = own.rstrip(" :") + " " + "; ".join(done[:-1]) + ("; and " if len(done) > 1 else "") + done[-1]
        return said + ("?" if any(k.rstrip().endswith("?") for k in kids) or _UNFINISHED.match(own) else ".")
    short = [_shown(c, k.rstrip(" .;,?")) for c, k in zip(item.children, kids)]
    listed = "; ".join(short[:-1]) + ("; and " if len(short) > 1 else "") + short[-1]
    stem = own.rstrip(" :;,-\u2013")
    mark = "?" if stem.endswith("?") or any(k.endswith("?") for k in kids) or re.match(
        r"(?i)^\W*(?:how|what|which|when|where|who|is|are|was|were|do|does|did|has|have|can|could)\b", stem) else "."
    said = f"{stem.rstrip('?')}: {listed}{mark}" if stem else f"{listed}{mark}"
    if not item.after:
        return said
    if re.match(r"(?i)(?:including|with|showing|together|broken|split|and|for)\b", item.after):
        return f"{said[:-1]}, {item.after[:1].lower()}{_end(item.after[1:])[:-1]}{said[-1]}"
    return f"{said} {_end(item.after[:1].upper() + item.after[1:])}"


def _asks(item: _Item) -> bool:
    """ITEM is a request of its own: it asks (a question, a request's verb, a noun phrase naming records), after a
    short heading if it has one ("Legal claims and payouts: The total amount ..."), or it is a lead over sub-items
    that each ask ("In the event ...: a. What kennel capacity ...? b. Is this ...?")."""
    text = item.text or (item.children[0].text if item.children else "")
    headed = re.match(r"^[^:?]{3,80}:\s*(?=\S)", text)
    for said in (text, text[headed.end():] if headed else ""):
        if said and (_ASKS.match(said) or said.rstrip().endswith("?") or re.match(r"(?i)\W*i\s+would\s+(?:also\s+)?like\s+"
                                                                                  r"(?:to\s+(?:be\s+told|know|request|receive|see)|the|a|details|copies|information)\b", said)) \
                and not _TELLS.match(said) \
                and len(re.findall(r"[A-Za-z]+", said)) >= 3:
            return True
    return bool(item.text.rstrip().endswith(":") and item.children and all(
        _ASKS.match(c.text) or c.text.rstrip().endswith("?") for c in item.children))


_DATE = re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:%s)[a-z]*\.?(?:\s+\d{4})?|\b(?:19|20)\d\d(?:\s*[-/]\s*\d{2,4})?\b|"
                   r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:last|past|previous|next)\s+\d+\b|\b\d+\s+(?:years?|months?|weeks?|days?)\b"
                   % "|".join(sorted(_MONTHS, key=len, reverse=True)))
_SPLICED = re.compile(r"(?i),\s+please\s+(?:detail|provide|state|give|list|supply|specify|include|tell)\b")


def _numbers(text: str) -> set[str]:
    """The numbers TEXT names that are no date nor period ("Option 4", "10 or more breeding bitches")."""
    return set(re.findall(r"(?<![\w.£$/-])\d+(?![\w/-])", _DATE.sub(" ", text or "")))


def _faulty(text: str) -> bool:
    t = (text or "").strip()
    return (not t or t[:1].islower() or bool(_POINTER.search(t)) or bool(_GLUED_O.search(t))
            or t.count("(") != t.count(")") or len(t.split()) <= 4 or not re.search(r"[.?!)\]]$", t)
            or bool(re.search(r"[.?!]\s+(?:and|or)\s+\w+(?:\s+\w+)?\s*[.?]$", t, re.I))  # "...? And Bank staff."
            or bool(_SPLICED.search(t)))  # "... closed for each of your hospitals ..., please detail separately ..."



def _scope(lead: str) -> str:
    """The scope a lead-in over the items gives every one of them ("For each of your hospitals which has a maternity
    unit, separately for the years 2013 ... 2017 (to date)"), without its words of asking; "" when it gives none."""
    sentences = sentence_ends.split(r"(?<=[.?!])\s+(?=[A-Z])", (lead or "").strip())
    last = sentences[-1] if sentences else ""
    if not last.rstrip().endswith(":") or not _SCOPED.search(last):
        return ""
    said = _ASKING_WORDS.sub("", last.rstrip(" :")).strip(" ,;")
    said = re.sub(r"\s*,\s*,", ",", said)
    if len(re.findall(r"[A-Za-z]+", said)) < 3 or re.match(r"(?i)(?:under|in\s+accordance)\b", said):
        return ""
    return said[:1].upper() + said[1:]


def _joins_other(part, k: int, wholes: list[str]) -> bool:
    """PART, made from item K, also asks another item whole, in that item's own words ("How many dog breeding
    businesses ...? Please provide a breakdown by licence ...": items 1 and 2 run into one part). A pointer written
    out ("for issuing fixed penalty notices issued for littering") joins nothing."""
    said = re.sub(r"\s+", " ", part.text or "").lower()
    for j, whole in enumerate(wholes):
        start = re.sub(r"\s+", " ", whole).lower().rstrip(" .?")[:80]  # (items that open alike differ later)
        if j != k and len(start) >= 30 and start in said:
            return True
    return False


_POINTS_BACK = re.compile(r"(?i)\b(?:these|those|they|them|this|that|it|its|their|such|same|above|said|previous|"
                          r"earlier|latter|former|each\s+of\s+those)\b")


def _borrows(part, k: int, item_words: list[set[str]], whole: str) -> bool:
    """PART, made from item K, holds words of other items that item K has not, and item K points back at nothing
    ("The number of missed collections ..." written as "The number of household bins emptied late that missed
    collections ..."): words spliced in from another item (fr32). A pointer written out ("these complaints" as the
    earlier item's complaints) is left alone."""
    if _POINTS_BACK.search(whole):
        return False
    extra = _words(part.text or "") - item_words[k] - {"broke", "down", "split", "separ", "year", "yearl"}
    others = set().union(*[w for j, w in enumerate(item_words) if j != k]) if len(item_words) > 1 else set()
    borrowed = extra & others
    if len(borrowed) < 2:
        return False
    # in front of the item's own words (its subject replaced), not after them ("... relating to the default 20mph
    # limit": a reference written out as a qualifier)
    stems = [w[:5] for w in re.findall(r"[a-z][a-z'-]+", (part.text or "").lower()) if len(w) > 2]
    first_own = next((n for n, w in enumerate(stems) if w in item_words[k]), len(stems))
    return len({w for w in stems[:first_own] if w in borrowed}) >= 2


def _set_aside_as_advice(said: str, told: list[str]) -> bool:
    """fx64: SAID (an item as typed) is a question the framing set aside as advice to the person, a hypothetical or
    the law in general (askfoi.view_acts.clause_act), and a remark holds most of its words: it was told, not lost."""
    from askfoi.view_acts import clause_act
    from askfoi.outline import strip_label

    act = clause_act(re.sub(r"^\(?[a-hA-H]\)\s+(?=[A-Z])", "", strip_label(said)))
    if act is None or act.act not in ("advice", "what_if", "law"):
        return False
    want = _words(said)
    return any(want and len(want & _words(r)) >= 0.8 * len(want) for r in told)


def whole_items(framing, text: str) -> None:
    """FRAMING's parts with each numbered item of TEXT (a formal request) that its parts split, lost or broke kept
    whole as one part, in the person's words (see the module's note)."""
    from askfoi.framing import keep_words
    from askfoi.pasted_layout import restore_breaks
    from askfoi.sentence_acts import formal_request

    if not framing.parts:
        return
    items, lead = _outline(restore_breaks(text or "").split("\n"))
    numbered = len(re.findall(r"(?m)^\s*\d{1,2}\s*[.)]", restore_breaks(text or "")))
    listed = len(items) >= 3 and sum(1 for i in items if i.family == "number" and _asks(i)) >= 3 \
        and numbered == sum(1 for i in items if i.family == "number")  # (the outline read the whole list)
    if len(items) < 2 or not (formal_request(text or "") or lead.rstrip().endswith(":") or listed):
        return  # (fr35: three numbered items that each ask are a formal request's list, whatever opens it)
    wholes = [_whole_text(i) for i in items]
    wholes[-1] = _all_items_note_off(wholes[-1])  # fx101: "Please break all of the above down by ward": every item's
    item_words = [_words(w) for w in wholes]
    item_marks = [_marks(w) for w in wholes]
    owner: list[int | None] = []
    last = 0
    # fx45: the words of the lead-in and of the notes under the list ("NB - Please could all the above information
    # be broken down by financial year ..."), which a part may carry beside its item's own words ("Repaired by the
    # council for each financial year ... Please could all the above ..."), say nothing of which item it is
    beside = _words(lead) | set().union(set(), *[_words(x) for x in re.split(r"(?<=[.?!])\s+", _under_list(text or "", items))
                                                 if _LIST_NOTE.search(x)])
    for part in framing.parts:
        pw = _words(part.source or "") or _words(part.text or "")
        if pw - beside and beside & pw:
            pw = pw - beside
        marks = _marks(part.source or part.text or "")
        # (equal words, "... on 1 April 2024" and "... on 1 October 2024": the dates and numbers tell them apart)
        scores = [(len(pw & iw) / len(pw) + 0.01 * len(marks & item_marks[k])) if pw and iw else 0.0
                  for k, iw in enumerate(item_words)]
        best = max(scores, default=0.0)
        if best < 0.6:
            owner.append(None)
            continue
        near = [k for k, v in enumerate(scores) if v >= best - 0.005]
        # equally good items ("How many of these people had a terminal illness?" fits four): the item being read
        # now, or the next one, never one further back
        k = next((k for k in near if k >= last), near[0])
        later = [j for j, iw in enumerate(item_words) if j > k and j not in owner and iw and len(iw & pw) >= 0.8 * len(iw)]
        if k in owner and later:
            k = later[0]  # "What did the agency nurses cost?": item 2's "they" written out, not a second part of item 1
        owner.append(k)
        last = k
    everything = set().union(*item_words)
    for part in framing.parts:
        pw = _words(f"{part.source or ''} {part.text or ''}")
        if len(everything) >= 1.5 * max(len(iw) for iw in item_words) \
                and all(len(iw & pw) >= 0.8 * len(iw) for iw in item_words if iw):
            return  # one part asks every item as a list ("... for the following reasons: a, b and c"): as meant
    for n, part in enumerate(framing.parts):
        if owner[n] is None:
            # a part that says more than its item (a pointer written out from the story: "... road casualties
            # relating to the default 20mph limit"): still that item's part when it holds the item's words
            pw = _words(f"{part.source or ''} {part.text or ''}")
            fits = [k for k, iw in enumerate(item_words) if len(iw) >= 2 and len(iw & pw) >= 0.8 * len(iw)
                    and k not in owner]  # (an item already framed is only written out in it)
            owner[n] = fits[0] if len(fits) == 1 else None
    after_list = _after_list(text or "", items)
    for n, part in enumerate(framing.parts):
        said = " ".join((part.source or part.text or "").split())
        if owner[n] is None and _names_nothing(said, after_list) and len(framing.parts) > 1:
            owner[n] = -1  # fr35: "I would like to receive copies of any documents that contain the actual information"
            # after the list: how the items are to be answered, naming no thing of its own: a remark, never a part
    if -1 in owner:
        framing.remarks.extend(" ".join((p.source or p.text or "").split()) for p, o in zip(framing.parts, owner) if o == -1)
        framing.parts = [p for p, o in zip(framing.parts, owner) if o != -1]
        owner = [o for o in owner if o != -1]
    following = _FOLLOWING.search(lead or "")
    scope = _scope(lead)
    replace: dict[int, str] = {}

    def templated(item: _Item) -> bool:
        return bool(following) and following.group("noun").split()[0].lower() not in _NOT_THINGS \
            and not item.children and "?" not in item.text and not _REQUEST_START.match(item.text)

    told = [r for r in getattr(framing, "remarks", []) or [] if isinstance(r, str) and len(r.split()) >= 4]
    for k, item in enumerate(items):
        mine = [p for p, o in zip(framing.parts, owner) if o == k]
        said = wholes[k]
        for remark in told:  # fr15b: a sentence of story in an item went to the remarks: no word of the item now
            left = said.replace(remark.strip(), " ")
            if len(re.findall(r"[A-Za-z]+", left)) >= 0.4 * len(re.findall(r"[A-Za-z]+", said)) \
                    or _remark_after(said, remark.strip()):
                said = left  # (an item the framing set aside whole is lost, not told)
        said = re.sub(r"(?<=\S)\s+[.;,:]+(?=\s*$)", "", said)  # cx41: a note taken out leaves no mark alone ("for? .")
        words_k = _words(said)
        # a part that asks this item with others ("Please provide a breakdown of ... (1) Age ... (2) Offence ...")
        # covers it too
        own_words = words_k - set().union(*[w for j, w in enumerate(item_words) if j != k])
        also = [p for p in framing.parts if len(words_k) >= 2 and own_words
                and len(words_k & _words(f"{p.source or ''} {p.text or ''}")) >= 0.8 * len(words_k)
                and len(own_words & _words(f"{p.source or ''} {p.text or ''}")) >= 0.8 * len(own_words)]
        if not mine and also:
            continue
        if not mine and _set_aside_as_advice(said, told):
            continue  # fx64: "(b) Do we as taxpayers have the right to ...?" went to the remarks as advice: no part
        covered = set().union(*[_words(f"{p.source or ''} {p.text or ''}") for p in mine]) if mine else set()
        missing = words_k - covered
        kids = [_words(_whole_text(c)) for c in item.children]
        one_per_child = bool(kids) and len(mine) > 1 and all(
            any(cw and len(cw & _words(f"{p.source or ''} {p.text or ''}")) >= 0.8 * len(cw) for cw in kids) for p in mine)
        numbers = _numbers(wholes[k]) - set().union(*[_numbers(p.text) for p in mine]) if mine else set()
        others = " ".join(w for j, w in enumerate(wholes) if j != k)
        edited = any(_kept_edited(p, said, f"{lead} {others}") for p in mine)  # (a phrase of another item written in:
        # "each bus" as "each electric bus owned or leased by the council" is fr25a's, not an edit)
        broken = edited or (len(mine) > 1 and not one_per_child) or len(missing) > max(1, len(words_k) // 8) \
            or any(_faulty(p.text) for p in mine) \
            or bool(numbers) or any(_joins_other(p, k, wholes) for p in mine) \
            or any(_borrows(p, k, item_words, wholes[k]) for p in mine)
        if templated(item) and not any(len(_words(lead[: following.start()]) & _words(p.text)) >= 2 for p in mine):
            broken = True  # "The minister's visit to ..." alone: the records the lead-in asks for are not in the part
        if not broken:
            continue
        wholes[k] = re.sub(r"\s+", " ", said).strip()
        if templated(item):
            # a noun phrase under "the following <things>:": the lead-in with the item in their place (a template)
            # cx41: only the lead-in's own sentence, never the greeting and story typed before it, and never its
            # words of asking ("Dear X, Since ... I would like to know The rationale ..." -> "The rationale ...")
            own = re.split(r"(?<=[.?!])\s+", lead[: following.start()].strip())[-1]
            own = re.sub(r"(?i)^\W*(?:dear|to)\b[^,]{0,80},\s*", "", own)
            said = own.rstrip() + " " + item.text.strip().rstrip(" .;,")
            from askfoi.questions import strip_opener

            said = strip_opener(said).strip() or said
            replace[k] = _end(re.sub(r"(?i)^\W*(?:please\s+(?:provide|supply|send)\s+(?:me\s+)?(?:with\s+)?)", "", said))
            replace[k] = replace[k][:1].upper() + replace[k][1:]
        elif _asks(item):
            replace[k] = wholes[k]
            if scope and len(_words(scope) - _words(wholes[k])) > 0:
                replace[k] = f"{scope}: {wholes[k]}"  # the lead-in's scope, said once before the item's own words
    if not replace:
        return
    new_parts = []
    strays: dict[int, float] = {}
    placed: set[int] = set()
    lead_words = _words(lead)
    all_item_words = set().union(*item_words)
    for part, o in zip(framing.parts, owner):
        pw = _words(part.source or "") or _words(part.text or "")
        if o is None and pw and (pw - lead_words) and len(pw & (lead_words | all_item_words)) >= 0.8 * len(pw) \
                and (scope or (following and following.group("noun").split()[0].lower() not in _NOT_THINGS)):
            continue  # the lead-in spliced into an item ("Lord Brailsford ..., all correspondence ... linked to"): both
            # are on the letter now, in their places
        if o is None and _spliced_stems(part.text or "", [items[k].text for k in replace]):
            continue  # fr35: "How much money did the council? How many potholes were: ...": the stems of items now kept
            # whole, run together; each is asked by its own item's part
        if o in replace and _own_numbered_line(part, text or "", items):
            new_parts.append(part)  # fx42: "5) What was the operational target time ...?" after an item the outline
            strays[id(part)] = _items_before(part, text or "", items) - 0.5  # ended on: its own numbered question, never
            # swallowed by the item kept whole
            continue  # before it; it follows that item
        if o in replace:
            if o not in placed:
                placed.add(o)
                new_parts.append(_kept(keep_words, replace[o]))
            continue
        new_parts.append(part)
    for k in sorted(set(replace) - placed):  # an item no part asked: after the parts of the items before it
        at = max((n for n, o in enumerate(owner) if o is not None and o < k and framing.parts[n] in new_parts), default=-1)
        pos = new_parts.index(framing.parts[at]) + 1 if at >= 0 else len(new_parts)
        new_parts.insert(pos, _kept(keep_words, replace[k]))
    framing.parts = _in_item_order(new_parts, framing.parts, owner, replace, strays)


def _items_before(part, text: str, items: list) -> float:
    """How many of ITEMS start in TEXT before PART's own line (its place among them)."""
    low = " ".join((text or "").split()).lower()
    at = low.find(" ".join((part.source or "").split()).lower().rstrip(" ?.")[:40])
    return float(sum(1 for i in items if 0 <= low.find(" ".join((i.text or "").split()).lower()[:40]) < at)) if at >= 0 \
        else float(len(items))


def _own_numbered_line(part, text: str, items: list) -> bool:
    """PART's question opens a numbered line of TEXT ("5) What was ...") numbered past the ITEMS the outline read: an
    item of its own the outline missed (a paragraph under the item before broke the list)."""
    said = " ".join((part.source or "").split()).lower().rstrip(" ?.")[:40]
    if len(said) < 15:
        return False
    starts = {" ".join((i.text or "").split()).lower()[:40] for i in items}
    for m in re.finditer(r"(?m)^\s*\(?(?P<n>\d{1,2})[.):]\s*(?P<line>[^\n]+)", text):
        line = " ".join(m.group("line").split()).lower()
        if int(m.group("n")) > len(items) and line.startswith(said) and not any(line.startswith(s[:len(said)]) or s.startswith(line[:len(s)]) for s in starts if s):
            return True
    return False


_RENDERED = re.compile(r"(?i)^\W*(?:the\s+(?:number|total|amount|average|percentage|proportion)\s+of|the\s+total\b|"
                       r"any\s+(?:policy|policies|minutes|records?|assessment|correspondence|statistics)|a\s+copy\s+of|"
                       r"copies\s+of|a\s+list\s+of)\b")
_TOKEN = re.compile(r"[a-z0-9\u00a3]+(?:'[a-z]+)?")
# what a kept part may have before the person's words: a lead-in of the letter's own, or the person's words of asking
# taken off ("I would like to be told" -> "To be told ..." is not one of them)
_KEPT_LEAD = re.compile(r"(?i)^\W*(?:please\s+(?:confirm\s+whether|tell\s+me|provide|state)|please)\b\s*")


def _kept_edited(part, said: str, lead: str = "") -> bool:
    """PART, kept in the person's words (kind "kept"), is not a run of the words of its item SAID (fr35): its words were
    edited ("within the specified date range" as "within the period 1 June 2014 to 31 May 2015 range", "I would like
    to be told the number" as "To be told the number"), so it is neither the person's words nor a frame's rendering.
    A pointer the item has ("these", "they") may be written out: that is left to the parts' own checks."""
    if not (getattr(part, "kept_words", False) or getattr(part, "kind", "") == "kept") or _POINTS_BACK.search(said):
        return False
    mine = _TOKEN.findall(_KEPT_LEAD.sub("", part.text or "").lower())
    item = _TOKEN.findall(_INLINE_LETTER.sub(" ", said).lower())
    if len(mine) < 3:
        return False
    if _RENDERED.match(part.text or "") and not _RENDERED.match(said):
        return False  # a frame's rendering marked kept ("Has your council issued any ...? If so, how many?" as "The
        # number of ... the authority issued ..."): the gate judges it, not the person's words
    if re.match(r"(?i)^\W*to\s+(?:be\s+)?(?:told|given|sent|provided|know|see|receive|have)\b", part.text or ""):
        return True  # the person's "I would like to be told ..." with its subject cut off
    joined, whole = " ".join(mine), " " + " ".join(item) + " "
    # a reference the lead-in gives every item, written out ("... on road casualties relating to the default 20mph
    # limit"), is the lead's words, not an edit
    return f" {joined} " not in whole and bool(set(mine) - set(item) - set(_TOKEN.findall((lead or "").lower())) - _GLUE)


# words a reference written out may join with ("... relating to the default 20mph limit" for the lead's "in relation to")
_GLUE = frozenset("relating related regarding concerning about for the of to in on and a an".split())


# fr35: words that name no thing of their own in a sentence after the list (stems, as `_words` gives them): the
# documents, copies and information the items already ask for, and how they are to be sent
_GENERIC = frozenset("docum copie conta actua infor recor held form forma elect excel sprea email redac relev porti remai "
                     "discl relea provi sent answe respo like recei wish prefe".split())


def _names_nothing(said: str, after_list: str) -> bool:
    said = " ".join((said or "").split())
    return bool(said) and said.lower().rstrip(" .?")[:40] in after_list and not (_words(said) - _GENERIC)


def about_the_list(text: str, sentence: str) -> bool:
    """SENTENCE is one of TEXT's sentences under its numbered list that names no thing of its own ("I would like to
    receive copies of any documents that contain the actual information"): about how the items are answered."""
    from askfoi.pasted_layout import restore_breaks

    items, _ = _outline(restore_breaks(text or "").split("\n"))
    return len(items) >= 2 and _names_nothing(sentence, _after_list(text, items))


def _after_list(text: str, items: list[_Item]) -> str:
    """The lowered text after the last item's own words (the sentences under the list), "" when not found."""
    low = re.sub(r"\s+", " ", text or "").lower()
    last = re.sub(r"\s+", " ", items[-1].text if items else "").lower().strip()[:40]
    at = low.rfind(last) if last else -1
    return low[at + len(last):] if at >= 0 else ""


# a note under the list on every item ("NB - Please could all the above information be broken down ...")
_LIST_NOTE = re.compile(r"(?i)^\W*(?:n\.?\s?b\.?|please\s+note|note)\b|\b(?:all\s+(?:of\s+)?)?the\s+above\b")


def _under_list(text: str, items: list[_Item]) -> str:
    """The text after the last words of the list (the last item's last sub-item, as deep as it goes): the notes and
    sign-off under it; "" when not found."""
    if not items:
        return ""
    last = items[-1]
    while last.children:
        last = last.children[-1]
    low = re.sub(r"\s+", " ", restore_text(text)).lower()
    end = re.sub(r"\s+", " ", last.text or "").lower().strip()[-40:]
    at = low.rfind(end) if end else -1
    return low[at + len(end):] if at >= 0 else ""


def restore_text(text: str) -> str:
    from askfoi.pasted_layout import restore_breaks

    return restore_breaks(text or "")


def _spliced_stems(said: str, kept: list[str]) -> bool:
    """SAID holds the openings of two or more items in KEPT (items kept whole), in their own words."""
    low = re.sub(r"\s+", " ", said).lower()
    starts = {re.sub(r"\s+", " ", t).lower().rstrip(" :?.")[:40] for t in kept if len((t or "").split()) >= 3}
    return sum(1 for t in starts if t and t in low) >= 2


def _in_item_order(new_parts: list, old_parts: list, owner: list, replace: dict, strays: dict | None = None) -> list:
    """NEW_PARTS in the order of the items they come from (a kept item where its first part was, never before an
    earlier item's parts); a part from no item stays after the part before it."""
    key: list[float] = []
    last = -1.0
    index = {id(p): o for p, o in zip(old_parts, owner)}
    for n, part in enumerate(new_parts):
        o = index.get(id(part))
        if o is None and id(part) not in index:
            o = next((k for k, text in replace.items() if part.text == _kept_text(text)), None)
        last = float(o) if o is not None else last + 0.001
        if strays and id(part) in strays:
            last = strays[id(part)]  # fx42: an item of its own the outline missed, after the item it followed
        key.append(last)
    return [p for _, _, p in sorted(zip(key, range(len(new_parts)), new_parts), key=lambda t: (t[0], t[1]))]


def _kept(keep_words, text: str):
    frame = keep_words(text)
    frame.source = text
    frame.text = _kept_text(text)
    return frame


def _kept_text(text: str) -> str:
    from askfoi.kept_questions import asking_words_off

    said = _end(asking_words_off(re.sub(r"\s+", " ", text).strip()))  # fx58: never "Kindly provide ...", "; ii."
    return said[:1].upper() + said[1:]
