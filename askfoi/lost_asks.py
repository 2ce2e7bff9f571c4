"""A question the person asked is never dropped silently (fr32, issue 8).

After the parts of a formal request are made (and whole_items has kept broken numbered items whole), each thing the
person asked is looked for among the parts: a question (a sentence that ends "?"), a sentence of asking ("Please
provide ...", "Could you tell me ...", "I would also like ..."), or a labelled item of a list. One that no part asks
(no part holds most of its words) is added as a part of its own, in the person's words, kept whole, after the part
before it in the letter. A sentence that leans on its item ("How many of these were upheld?", "If so, ...") is not
added alone: its whole item is, in place of the parts that item's other sentences made.

What is never added: how to send the answer (email, spreadsheet, format), words about the Act or the cost limit, a
lead-in that ends in a colon, a note ("Please note ..."), a sign-off, a title line, a fragment.
"""
from __future__ import annotations

import re

from askfoi.outline import label_of, strip_label

_STOP = frozenset("""a an the of to in on at for by and or with from as is are was were be been being has have had do
does did this that these those it its their there here which who whom what when where why how many much any all each
every please provide could would can you your i me my we our us if so not no also such per than then into over under
up following above below between about out other others number numbers total amount details information request
including include includes within will may should just only very more most some same year years tell know like
give state supply send confirm list therefore thus hence consequently""".split())
_VERB = (r"(?:provide|supply|tell|state|give|list|confirm|send|disclose|break|inform|advise|let|share|detail|explain|"
         r"outline|indicate|specify|show)\b")
_ASKING = re.compile(
    r"(?i)^\W*(?:(?:please\s+(?:can|could|would|will)\s+you\s+|(?:can|could|would|will)\s+you\s+(?:please\s+)?|"
    r"please\s+(?:also\s+)?|kindly\s+)" + _VERB +
    # fx67: an imperative that opens the sentence ("Provide the change control log ...", "State whether ...")
    r"|(?-i:(?:Also\s+|also\s+)?(?:Provide|Supply|Tell|State|Give|Send|Disclose|Confirm|Explain|Outline|Indicate|"
    r"Specify|Detail|Advise|Inform|Share|Show)\s+(?!of\b))"
    r"|i\s+(?:would|should)\s+(?:also\s+)?like\s+(?:to\s+(?:know|request|receive|see|have|ask|obtain)\b|details|"
    r"information|a\s+copy|copies|the\s|statistics|data|figures|any\s|all\s)"
    r"|i\s+(?:also\s+)?(?:request|require|ask\s+for)\b)")  # ("I am requesting information relating to ...": a lead-in)
# how the answer is sent, the Act, the cost limit, thanks: not a thing asked for
_ABOUT_REPLY = re.compile(
    r"(?i)\b(?:e-?mail|electronic(?:ally)?|spreadsheet|excel|csv|xlsx?|pdf|word\s+(?:document|format)|format|"
    r"in\s+writing|acknowledge|receipt|treat\s+(?:this|my)|freedom\s+of\s+information|the\s+act\b|section\s+\d|"
    r"cost\s+limit|appropriate\s+limit|exceed|clarif|contact\s+me|get\s+in\s+touch|reference\s+number|"
    r"thank|grateful|look\s+forward|attached|attachment|via\s+whatdotheyknow|public\s+domain|already\s+published|"
    r"redact|personal\s+data|anonymi[sz]|ignore\s+this|disregard)")
_LEANS = re.compile(r"(?i)^\W*(?:(?:and\s+)?(?:how|what|which)\s+(?:many|much|proportion|percentage)?\s*(?:of\s+)?"
                    r"(?:these|those|them|this|that)\b|of\s+(?:these|those|this|them)\b|if\s+(?:so|yes|not|no)\b|"
                    r"(?:these|those)\s+\w+|and\s+|also\s+|as\s+above\b|the\s+same\b)")
_NOTE = re.compile(r"(?i)^\W*(?:please\s+note|note\b|n\.?\s?b\.?\b|yours\b|kind\s+regards|regards\b|many\s+thanks|"
                   r"best\s+wishes|dear\b|for\s+(?:the\s+)?(?:avoidance|purposes?|clarity|reference)\b|"
                   r"i\s+am\s+(?:writing|making|seeking)|this\s+is\s+a\s+request)")


# a lead-in that points at the list ("Please provide the following information regarding ..."), or a sentence that
# only scopes the items ("Please supply figures for each of the past three calendar years (2022, 2023 and 2024).")
_LEAD_IN = re.compile(r"(?i)\b(?:the\s+following|as\s+follows|(?:listed|set\s+out|shown)\s+below|the\s+below|"
                      r"questions?\s+below|information\s+below)\b")
_SCOPE_ONLY = frozenset(_stem for _stem in (w[:5] for w in """figures data information years year calendar financial
academic past last previous each period periods months month date dates weeks separately breakdown broken down split
separate respectively inclusive instead records held rather where possible available""".split()))
_NUMBER_WORDS = frozenset(w[:5] for w in "two three four five six seven eight nine ten twelve".split())
# a noun-phrase item asks for something only when it names a thing that is recorded
_THING = re.compile(r"(?i)\b(?:number|numbers|total|amount|cost|costs|price|fee|fees|spend|spent|expenditure|income|"
                    r"budget|cop(?:y|ies)|list|names?|details|dates?|figures|percentage|proportion|breakdown|value|"
                    r"rate|polic(?:y|ies)|count|records?|minutes|reports?|correspondence|average|statistics|data|"
                    r"job\s+titles?|titles?|capacity|length|duration|location|address|how|what|which|who|when|where|"
                    r"whether)\b")


def _title(text: str) -> bool:
    """TEXT is a title ("Policy and Rationale", "Suspensions and revocations"): a few words, no stop, no verb of
    asking, every long word capitalised or the whole a short phrase over the items under it."""
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    return len(words) <= 6 and not re.search(r"[.?]\s*$", text.strip()) and all(
        w[0].isupper() for w in words if len(w) > 3)


def _stem(word: str) -> str:
    return word[:5]


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z][a-z'-]+|\d{2,4}", (text or "").lower().replace("\u2019", "'"))
            if w not in _STOP and (len(w) > 2 or w.isdigit())}


def _sentences(text: str) -> list[str]:
    """TEXT cut into sentences: at "?" always, at "." or "!" before a capital (not "e.g. The", "i.e. A")."""
    out, at = [], 0
    for m in re.finditer(r"\?+(?=\s|$|[A-Z\"'\u2018\u201c])|(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<![A-Z])[.!](?=\s+[A-Z\"'\u2018\u201c(])",
                         text):
        out.append(text[at:m.end()].strip())
        at = m.end()
    out.append(text[at:].strip())
    return [s for s in out if s]


class _Ask:
    __slots__ = ("text", "item", "order", "leans")

    def __init__(self, text: str, item: str, order: int, leans: bool):
        self.text, self.item, self.order, self.leans = text, item, order, leans


def _items(text: str) -> list[tuple[str, bool]]:
    """The lines of TEXT as (words, labelled): a labelled line keeps the unlabelled lines under it that go on its
    sentence (a line that starts in lower case)."""
    out: list[tuple[str, bool]] = []
    for raw in (text or "").split("\n"):
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            continue
        found = label_of(line)
        if found:
            out.append((strip_label(line) if found[1] != "bullet" else found[2], True))
        elif out and re.match(r"[a-z(]", line) and not out[-1][0].rstrip().endswith((".", "?", ":")):
            out[-1] = (f"{out[-1][0]} {line}", out[-1][1])
        else:
            out.append((line, False))
    return out


def asks_of(text: str) -> list[_Ask]:
    """Each thing TEXT asks for, in order (see the module's note)."""
    from askfoi.questions import _rules

    asks: list[_Ask] = []
    n = 0
    items = _items(text)
    first_labelled = next((k for k, (_, labelled) in enumerate(items) if labelled), len(items))
    list_leads = _rules().list_lead if sum(1 for _, labelled in items if labelled) >= 2 else ()
    for at, (item, labelled) in enumerate(items):
        sentences = _sentences(item)
        if at < first_labelled and list_leads:
            # fx102 (fx100 Humber MHA): "I would like to receive information relating to the number of patients detained
            # ..." above the list names what the list is about (questions.read_message reads it as the list's topic
            # line): no thing asked of its own
            sentences = [x for x in sentences if not any(p.search(x) for p in list_leads)]
        if not labelled and at + 1 < len(items) and items[at + 1][1]:
            sentences = sentences[:-1]  # lead (session 31): the sentence just before a numbered list leads into it
        if labelled and len(sentences) == 1 and not sentences[0].endswith("?") and not _ASKING.match(sentences[0]):
            s = sentences[0]
            if not s.rstrip().endswith(":") and len(_words(s)) >= 2 and not _ABOUT_REPLY.search(s) \
                    and not _NOTE.match(s) and re.search(r"[a-z]{3}", s) and _THING.search(s) and not _title(s):
                asks.append(_Ask(s, item, n, False))  # a noun phrase item: "The number of inspections carried out"
            n += 1
            continue
        for s in sentences:
            n += 1
            if s.rstrip().endswith(":") or _NOTE.match(s) or _ABOUT_REPLY.search(s) or len(_words(s)) < 2:
                continue
            if not (s.endswith("?") or _ASKING.match(s)):
                continue
            if not labelled and (_LEAD_IN.search(s) or len({w for w in _words(s) - _SCOPE_ONLY if not w.isdigit()
                                                              and w not in _NUMBER_WORDS}) < 2):
                continue  # a lead-in to the list, or a sentence that only scopes the items: not a thing asked
            if re.match(r"(?i)^\W*if\b", s) and not labelled:
                continue  # "If you are unable to ..., please ...": about the answer, unless it is a numbered item
            asks.append(_Ask(s, item if labelled else s, n, bool(_LEANS.match(s))))
    return asks


def _a_remark(sentence: str) -> bool:
    """SENTENCE is read by the framing as a remark: a note on timing or handling ("Please supply this within 10
    working days") or a sentence that tells ("In 2023 the force took part in a television programme")."""
    from askfoi.questions import about_the_request, timing_note, told_sentence, whole_request_note

    # fx67: a sentence that opens with words of asking ("Provide the change control log for any changes carried out
    # on ...") asks, whatever past participle it holds: never a sentence that tells
    return bool(timing_note(sentence) or (not sentence.rstrip().endswith("?") and not _ASKING.match(sentence)
                                          and told_sentence(sentence))
                or about_the_request(sentence)  # fx43: "Please supply requested information within 20 days from
                # today's date": an instruction on the request itself, as the reader has it, never a part
                or whole_request_note(sentence))  # fx85: a note on the whole request ("... but provide the rest of
    # the data"), which the framing set aside for the letter, is no lost ask


def _covers(part_words: set[str], ask_words: set[str]) -> float:
    return len(ask_words & part_words) / len(ask_words) if ask_words else 1.0


def keep_lost_asks(framing, text: str) -> None:
    """FRAMING's parts with every thing TEXT (a formal request) asks that no part asks added, kept whole in the
    person's words (see the module's note)."""
    from askfoi.framing import keep_words
    from askfoi.pasted_layout import restore_breaks
    from askfoi.sentence_acts import formal_request
    from askfoi.whole_items import _kept

    if not framing.parts or not formal_request(text or ""):
        return
    from askfoi.questions import list_lines

    typed = list_lines(restore_breaks(text or ""))  # fx67: a list typed on one line, one item a line
    from askfoi.whole_items import about_the_list

    # fr35: a sentence under the list that names no thing of its own (how the items are to be answered) asks nothing
    asks = [a for a in asks_of(typed) if not about_the_list(typed, a.text)]
    if not asks:
        return
    from askfoi.disparity_asks import mostly_guess
    from askfoi.whole_items import _set_aside_as_advice

    told = [r for r in getattr(framing, "remarks", []) or [] if isinstance(r, str) and len(r.split()) >= 4]
    # fx67: an ask the framing asks back ("What records would answer ...?") is not lost: the person is asked about it
    asked_back = [_words(u) for u in list(getattr(framing, "unframed", []) or []) if isinstance(u, str)]
    parts = list(framing.parts)
    part_words = [_words(f"{getattr(p, 'source', '') or ''} {p.text or ''}") for p in parts]
    # where each part sits in the letter: the ask it covers best
    def place(pw: set[str]) -> int:
        best = max(asks, key=lambda a: _covers(pw, _words(a.text)) * (len(_words(a.text) & pw) + 0.1), default=None)
        return best.order if best is not None else -1

    orders = [place(pw) for pw in part_words]
    added: list[tuple[int, object]] = []
    dropped: set[int] = set()
    done_items: set[str] = set()
    for ask in asks:
        aw = _words(ask.text)
        if len(aw) < 2 or any(_covers(pw, aw) >= 0.6 for pw in part_words) or any(_covers(bw, aw) >= 0.8 for bw in asked_back):
            continue
        if any(getattr(p.qualifiers, "breakdown", None) for p in parts if getattr(p, "qualifiers", None)) \
                and mostly_guess(ask.text):
            continue  # ny79 (nc79 #1): "is it mostly black lads": the count's breakdown asks it
        if _a_remark(ask.text):
            continue  # lead (session 31): a note on timing or handling, or a sentence that tells, is never a part
        if _set_aside_as_advice(ask.text, told):
            continue  # fx64: a question set aside as advice ("do we have the right to ...?") was told, not lost

        pieces = [pw for pw in part_words if len(pw & aw) >= 2]
        near = set().union(*pieces) if pieces else set()
        if _covers(near, aw) >= 0.7 and not [pw for pw in pieces if pw <= aw and len(pw) <= 2]:
            continue  # a sentence that asks two things, framed as two whole parts: asked (a piece of two words,
            # "How many about dangerous driving?", asks nothing by itself)
        if any(_covers(_words(t), aw) >= 0.6 for t in done_items):
            continue
        said = ask.text
        if ask.leans:
            if ask.item == ask.text or len(ask.item.split()) > 120:
                continue  # leans on a sentence outside its item, or the item is too long to be one part: left
            said = ask.item
            iw = _words(said)
            for k, pw in enumerate(part_words):
                if k not in dropped and pw and _covers(iw, pw) >= 0.8:
                    dropped.add(k)  # a part made from the item's other sentences: the whole item asks it now
        done_items.add(said)
        sw = _words(said)
        iw = _words(ask.item)
        for k, pw in enumerate(part_words):
            if k not in dropped and pw and pw <= sw and pw <= iw:
                dropped.add(k)  # a piece of the sentence ("How many about dangerous driving?"): the whole asks it now
        added.append((ask.order, _kept(keep_words, said)))
    if not added:
        return
    keep = [(o, p) for k, (o, p) in enumerate(zip(orders, parts)) if k not in dropped]
    framing.parts = _stable(keep, added)


def _stable(keep: list, added: list) -> list:
    """The parts in KEEP in their own order with each added part placed after the last kept part whose place in the
    letter comes before its own."""
    result = [p for _, p in keep]
    for order, part in sorted(added, key=lambda t: t[0]):
        at = 0
        for n, p in enumerate(result):
            o = next((o for o, q in keep if q is p), None)
            if o is None:
                o = next((o for o, q in added if q is p), 10 ** 6)
            if o <= order:
                at = n + 1
        result.insert(at, part)
    return result
