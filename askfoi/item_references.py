"""A numbered request's items that point at another item, written out so each item stands alone (issue 8, fr27a).

Formal requests number their questions and lean on the numbers: "How many of the meters referred to in point 3 take
cash?", "What proportion of students described at (5) are international students?", "the consultants named in (2)
above", "the effect of such policies". askfoi renumbers, merges and drops items, and the FOI officer reads each part on
its own, so a pointer to the person's numbering (or to "such X" in an item before) leaves a part that names nothing.

One procedure, before the message is framed: the message's numbered items are read in order; in each, a pointer to
another item (the words and the number: knowledge/vocab/item_references.yaml) is replaced by the noun phrase of that
item whose head is the pointer's noun, taken whole from the person's own words ("the physical parking meters for the
paid spaces"). An item that counts a thing that does something ("How many of the meters ... take cash?") gives that
thing with its clause ("the ... meters ... that take cash"), so a chain of pointers stays exact. A pointer whose item
or noun cannot be found is left as typed (framing then renumbers it or asks for it).
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_ITEM_LINE = re.compile(r"(?im)^(?P<lead>[ \t]*(?:q(?:uestion)?\s*)?\(?(?P<n>\d{1,2})[.):]?\)?[ \t]+)(?P<body>\S[^\n]*)$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019/-]*")


@functools.lru_cache(maxsize=1)
def _vocab() -> dict:
    data, _ = load_vocab("item_references")
    return data or {}


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    v = _vocab()
    verbs = "|".join(sorted(v.get("pointing_verbs", []), key=len, reverse=True))
    labels = "|".join(sorted(v.get("item_labels", []), key=len, reverse=True))
    numbered = re.compile(
        rf"(?i)\b(?:(?P<det>the|those|these)\s+)?(?P<noun>[a-z][a-z-]*)\s+(?:{verbs})\s+(?:in|at|under|by|from|for)\s+"
        rf"(?:(?:{labels})\s*)?\(?(?P<n>\d{{1,2}})\)?(?![\d.,])(?:\s+above)?")
    such = re.compile(
        rf"(?i)\b(?:(?P<such>such)\s+(?P<noun1>[a-z][a-z-]*)(?!\s+as\b)"
        rf"|(?P<det>the|those|these)\s+(?P<noun2>[a-z][a-z-]*)\s+(?:{verbs})\s+above)\b")
    stops = frozenset(w.lower() for w in str(v.get("phrase_stops", "")).split())
    return numbered, such, stops


def _lemma_set(word: str) -> frozenset[str]:
    from askfoi.framing import _lemmas

    return _lemmas(word.lower())


def _same_noun(a: str, b: str) -> bool:
    return bool(_lemma_set(a) & _lemma_set(b))


def _first_sentence(body: str) -> str:
    m = re.match(r"[^?]*\?|.*?[.;](?=\s|$)|.*", body.strip())
    return (m.group() if m else body).strip()


_POINTING = frozenset("such those these said same".split())
_TIME_TAIL = re.compile(r"(?i)\s+(?:in|during|for|between|from|since|over|within)\s+(?:each\s+of\s+)?(?:the\s+)?"
                        r"(?=\d|(?:last|past|previous|current|financial|calendar|academic|years?|months?|period)\b)")


def _phrase_in(item: str, noun: str, timed: bool = True) -> str | None:
    """The noun phrase of ITEM (one of the person's items, already written out) whose head is NOUN: the words before
    the head that modify it and what follows it to the end of its clause; a count of things that do something gives
    them with that clause ("How many of the meters ... take cash?" -> "meters ... that take cash")."""
    _, _, stops = _patterns()
    sentence = _first_sentence(item)
    words = list(_WORD.finditer(sentence))
    for i, w in enumerate(words):
        if not _same_noun(w.group(), noun) or (i and words[i - 1].group().lower() in _POINTING):
            continue  # "those notices", "such policies": a pointer itself, never what another points at
        start = i
        while start > 0 and i - start < 8:
            before, gap = words[start - 1].group().lower(), sentence[words[start - 1].end():words[start].start()]
            if any(c in gap for c in '"\u201c\u201d(') or (before in stops and not _compound(words, start - 1)):
                break
            if before in ("and", "or") and (start < 2 or words[start - 2].group().lower() in stops):
                break
            start -= 1
        while start < i and words[start].group().lower() in ("and", "or"):
            start += 1
        head_from = words[start].start()
        tail = re.sub(r"\s*\([^()]*\)", "", sentence[w.end():])  # "(audio and/or visual)": the aside left out
        if not timed:  # "such notices": the kind of thing, without the period of the item that named it ("... in
            tail = _TIME_TAIL.split(tail, maxsplit=1)[0]  # each of the financial years 2022/23 and 2023/24")
        whole_tail = re.split(r"\s*(?:\?|;|\.(?=\s|$))", tail, maxsplit=1)[0]
        tail = re.split(r"\s*(?:\(|\?|;|,|\.(?=\s|$)|\s+(?:and|or)\s+(?:a|an|the|any|all|what|how|which|when|where|"
                        r"who|whether|if|please)\b)", tail, maxsplit=1)[0]
        how_many = re.match(r"(?i)\W*how\s+many\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?$", sentence[:head_from])
        rel = re.match(r"(?i)\s+(?:(?:has|have|had|did|does|do|is|are|was|were)\s+[^,?]*?\s+)?(?P<rel>(?:who|that|which)\s.*)",
                       whole_tail)
        if how_many and rel:  # "How many students has the institution identified who are ...": students who are ...
            return (sentence[head_from:w.end()] + " " + rel.group("rel")).strip()
        verb_at = _clause_after(tail) if how_many else None
        if verb_at is not None:  # "How many of the meters ... take cash": the meters ... that take cash
            return (sentence[head_from:w.end()] + tail[:verb_at].rstrip() + " that " + tail[verb_at:].strip()).strip()
        if how_many and tail.strip():
            return sentence[head_from:w.end()].strip()
        return (sentence[head_from:w.end()] + tail.rstrip()).strip(" ,:")
    return None


def _compound(words: list, k: int) -> bool:
    """Whether WORDS[k], a stop word, opens a compound the person's noun phrase needs ("on street parking")."""
    pair = f"{words[k].group()} {words[k + 1].group()}".lower() if k + 1 < len(words) else ""
    return pair in {p.lower() for p in _vocab().get("compound_fronts", [])}


def _clause_after(tail: str) -> int | None:
    """Where the verb of a "how many of the X ..." question starts in TAIL (the words after X's head), if it does."""
    _verbs = str(_vocab().get("count_verbs", "")).split()
    m = re.search(rf"(?i)(?:^|\s)(?P<v>(?:{'|'.join(_verbs)})\b)", tail)
    return m.start("v") if m and _verbs else None


def _plain(item: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", item.lower()))


_NUMBER_WORDS = {w: k for k, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"


# what a person calls one of their own items when they point at it by number alone: "question one", "item (2)", "Q3";
# never "section 2" or "paragraph 4" (a law's or a document's, not the request's)
_OWN_LABELS = r"questions?|q|items?|points?"


@functools.lru_cache(maxsize=1)
def _bare_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """fx51: an item pointed at by its label and number alone, with no noun ("In relation to question one how many
    arrests were made?"), and an aside that only glosses a noun by an item ("those operations (raids in question (1)")."""
    labels = _OWN_LABELS
    bare = re.compile(rf"(?i)\b(?P<prep>in\s+relation\s+to|relating\s+to|in\s+respect\s+of|regarding|concerning|for|from|of)\s+"
                      rf"(?:the\s+)?(?:{labels})\s*\(?(?P<n>{_NUMBER})\)?(?![\w.,])(?!\s+of\b)(?:\s+above)?")
    aside = re.compile(rf"(?i)\s*\(\s*(?:[a-z]+\s+)?(?:in|at|from|see|as\s+in|per)\s+(?:{labels})\s*\(?{_NUMBER}\)?\s*\)?(?=\s|$|[?.,;])")
    return bare, aside


_GLOSSED = re.compile(r"(?i)(?P<np>\b(?:those|these|the|such)\s+(?P<noun>[a-z][a-z-]*))\s*\(\s*(?:[a-z]+\s+)?(?:in|at|from|see|as\s+in|per)\s+"
                      r"(?:q(?:uestion)?|item|point)\s*\(?(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\)?\s*\)?(?=\s|$|[?.,;])")
_COUNT_LEAD = re.compile(r"(?i)^\W*(?:(?:the\s+)?(?:total\s+)?number\s+of|how\s+many|the\s+total\s+of|total)\s+")


def _item_thing(item: str) -> str | None:
    """What a numbered ITEM asks about, as a noun phrase another item can name: for a count, the things counted with
    what the item says of them ("fuel laundering operations (raids) carried out by the HMRC in County Armagh in
    2013/14 to date"); None for any other kind of item (its words are no thing to point at)."""
    from askfoi.questions import strip_opener

    sentence = _first_sentence(strip_opener(item)).rstrip(" ?.;:")
    m = _COUNT_LEAD.match(sentence)
    if not m:
        return None
    thing = re.sub(r"\s*\([^()]*\)", "", sentence[m.end():]).strip()  # "(raids)": the item's own gloss stays with it
    if not re.match(r"[A-Za-z]", thing) or re.match(r"(?i)(?:times|of)\b", thing) or len(thing.split()) > 25:
        return None
    if re.search(r"(?i)\b(?:did|do|does|will|would|can|could|should|there)\b", thing):
        return None  # "how many arrests did the police make": a question's order, no noun phrase to lift
    verb = re.search(r"(?i)\s(?=(?:were|was|are|is|have|has|had)\s)", thing)
    if verb:  # "flytipping cases were dropped" -> "flytipping cases that were dropped"
        thing = f"{thing[:verb.start()]} that{thing[verb.start():]}"
    return "the " + thing if not re.match(r"(?i)(?:the|a|an|any|all)\b", thing) else thing


def _inline_items(text: str) -> str:
    """fx51: numbered items typed on one line, each after the end of the one before ("(1) Total number of ...? (2) How
    many ...? (3) ..."), set on lines of their own, as a list is typed; the numbers must run 1, 2, 3 ..."""
    if "\n" in (text or "").strip():
        return text
    marks = list(re.finditer(r"(?:^|(?<=[?.!])\s+)\((\d{1,2})\)\s+", text or ""))
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)) or marks[0].start() > 200:
        return text
    out, at = [], 0
    for m in marks:
        out.append(text[at:m.start()].rstrip())
        at = m.start() + (len(m.group()) - len(m.group().lstrip()))
    out.append(text[at:])
    return "\n".join(piece for piece in out if piece.strip())


def item_labels_written(text: str) -> str:
    """fx51: TEXT with each pointer of a numbered item to another item by its label and number alone written out as
    the thing that item counts ("In relation to question one how many arrests were made?" -> "How many arrests were
    made in relation to the fuel laundering operations ... ?"), and each aside that only glosses a noun by an item
    ("those operations (raids in question (1)") taken out. Run on the person's words before any reader, so an item
    kept whole is kept written out. Items typed on one line ("(1) ...? (2) ...?") are set on lines of their own first.
    A pointer to an item that counts nothing, or to itself, is left as typed."""
    text = _inline_items(text or "")
    lines = list(_ITEM_LINE.finditer(text))
    if len(lines) < 2:
        return text
    bare, aside = _bare_patterns()
    items: dict[int, str] = {}
    out, at = [], 0
    for m in lines:
        n, body = int(m.group("n")), m.group("body")

        def by_label(r: re.Match[str]) -> str:
            n_ = r.group("n").lower()
            k = _NUMBER_WORDS.get(n_) or int(n_)
            thing = _item_thing(items[k]) if k in items and k != n else None
            return f"{r.group('prep')} {thing}" if thing else r.group()

        def glossed(r: re.Match[str]) -> str:
            # "those operations (raids in question (1)": the noun the aside glosses is that item's things, by name
            k = _NUMBER_WORDS.get(r.group("n").lower()) or int(r.group("n"))
            thing = _item_thing(items[k]) if k in items and k != n else None
            if thing and re.search(rf"(?i)\b{re.escape(r.group('noun'))}\b", thing):
                return " " + thing if r.group().startswith(" ") else thing
            return r.group("np")

        new = _GLOSSED.sub(glossed, body) if items else body
        new = aside.sub("", new) if items else new
        lead = bare.match(new)
        if lead and re.match(r"(?i)\s*,?\s*(?:how\s+(?:many|much)|what|which|who|when)\b", new[lead.end():]):
            # "In relation to question one how many arrests were made?": the question first, what it relates to after
            said = by_label(lead)
            if said != lead.group():
                rest = new[lead.end():].lstrip(" ,")
                mark = re.search(r"\s*\?\s*$", rest)
                rest = rest[:mark.start()] if mark else rest.rstrip(" .")
                new = f"{rest[:1].upper()}{rest[1:]} {said[:1].lower()}{said[1:]}?"
        new = bare.sub(by_label, new)
        items[n] = new
        out.append(text[at:m.start("body")] + new)
        at = m.end("body")
    out.append(text[at:])
    return "".join(out)


def resolve_item_references(text: str) -> str:
    """TEXT with each pointer of a numbered item to another item written out as that item's noun phrase. Only a
    message with at least two numbered items is read; everything else is returned as it is."""
    lines = list(_ITEM_LINE.finditer(text or ""))
    if len(lines) < 2:
        return text
    numbered, such, _ = _patterns()
    items: dict[int, str] = {}  # the person's number -> that item's words, written out
    order: list[int] = []
    written: set[str] = set()  # the items so far, as _plain words
    held: set[int] = set()  # items left as typed: a pointer to them stays as typed too
    out, at = [], 0
    for m in lines:
        n, body = int(m.group("n")), m.group("body")

        def by_number(r: re.Match[str]) -> str:
            k = int(r.group("n"))
            phrase = _phrase_in(items[k], r.group("noun")) if k in items and k != n and k not in held else None
            if not phrase:
                return r.group()
            lead = r.group("det")
            return (("the " if lead else "") + phrase) if not re.match(r"(?i)(?:the|a|an|any|all)\b", phrase) else phrase

        def by_such(r: re.Match[str]) -> str:
            noun = r.group("noun1") or r.group("noun2")
            for k in reversed(order):
                phrase = _phrase_in(items[k], noun, timed=False)
                if phrase:
                    if r.group("such"):
                        return phrase
                    return phrase if re.match(r"(?i)(?:the|a|an|any|all)\b", phrase) else "the " + phrase
            return r.group()

        new = numbered.sub(by_number, body)
        new = such.sub(by_such, new)
        if new != body and _plain(new) in written:
            # an item that would read like one before once written out ("How many of the meters referred to in
            # point 10 take cash?" under a second heading): as typed, and so is every pointer to it
            new = body
            held.add(n)
        items[n] = new
        written.add(_plain(new))
        if n not in order:
            order.append(n)
        out.append(text[at:m.start("body")] + new)
        at = m.end("body")
    out.append(text[at:])
    return "".join(out)


_OBJECT_LEAD = re.compile(r"(?i)\b(?:of|for|on|about|between|from|to|by|in|regarding|concerning)\s*:\s*$")
_LABELLED = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|q\d|\d{1,2}\s*[-\u2013\u2014])\s", re.I)
_BULLET = re.compile(r"^\s*[-*\u2022\u00b7\u2013]\s*")


def inline_object_lists(text: str) -> str:
    """TEXT with a question that ends on a preposition and a colon ("d) What is the date of:") written whole with the
    lines under it that finish it ("The oldest active request;", "The most recently received request?"): "What is
    the date of the oldest active request and the most recently received request?". The lines are the preposition's
    object, never parts of their own (fr27a). A labelled line, a long line (40 words
    for a bulleted one, 20 else) or more than ten lines end the list."""
    lines = (text or "").split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        listed = _LIST_LEAD.search(line) if not _OBJECT_LEAD.search(line) else None
        if not (_OBJECT_LEAD.search(line) or (listed and _scoped(line))):
            out.append(line)
            k += 1
            continue
        items, j, bulleted = [], k + 1, False
        while j < len(lines) and len(items) < 11:
            nxt = lines[j].strip()
            if not nxt:
                j += 1
                continue
            if _LABELLED.match(nxt) or len(nxt.split()) > (40 if _BULLET.match(nxt) else 20) or nxt.endswith(":"):
                break
            if items and (bool(_BULLET.match(nxt)) != bulleted or _ASKS_AGAIN.match(nxt)):
                break  # lead 27 (h27): a line in another form after the list, or a new ask ("Please disaggregate ...")
            if listed and (len(_BULLET.sub("", nxt).split()) > 25 or _ASKS_AGAIN.match(_BULLET.sub("", nxt))):
                break  # fr28a: under "the following:" only the short things listed, never a new sentence
            if not items:
                bulleted = bool(_BULLET.match(nxt))
            items.append(_BULLET.sub("", nxt))
            j += 1
            if nxt.endswith(("?", ".")) and not (listed and (bulleted or len(nxt.split()) <= 3)):
                break  # (fr28a: "Nationality." over "Ethnicity." under "the following demographics:" reads on)
        if listed and sum(bool(re.search(r"\b(?:19|20)\d\d\b", x)) for x in items) * 2 > len(items):
            items = []  # fr28a: "between the following year ranges:" lists the periods, which periods.py reads
        if listed and sum(len(x.split()) for x in items) > 40:
            items = []  # a long list of details reads better as the lines typed than as one sentence
        if not 2 <= len(items) <= 10:
            out.append(line)
            k += 1
            continue
        words = [re.sub(r"[;,.?]+$", "", x).strip() for x in items]
        # a sentence-case item ("Date of installation") reads on in lower case; a name ("Castle Hill", "Priory", "St
        # Johns") keeps its capitals: one word, or another capital after the first, may be a name
        words = [w[:1].lower() + w[1:] if _sentence_case(w) or (listed and _plain_start(w)) else w for w in words]
        if listed:
            whole = _listed_whole(line, listed, words, items)
            before = next((x for x in range(len(out) - 1, -1, -1) if out[x].strip()), None)
            if _BREAKDOWN_LEAD.match(line) and before is not None and out[before].rstrip().endswith(("?", ".")):
                # fr28a: "Of that total number please provide a breakdown by the following demographics:" under a
                # question: that question's breakdown, on its line, so the part says what is broken down
                short = [w for w in words if len(w.split()) <= 4]
                out[before] = out[before].rstrip() + " Please break this down by " + _listed_only(short or words) + "."
                if short:  # a longer item ("The number that were required to ...") asks for itself, on its own line
                    out += [items[x] for x, w in enumerate(words) if len(w.split()) > 4]
            elif _BREAKDOWN_LEAD.match(line):
                out.append(line)  # no question just above to break down: the lines as typed
                k += 1
                continue
            else:
                out.append(whole)
            k = j
            continue
        end = "?" if items[-1].endswith("?") or re.match(r"(?i)\W*(?:[a-z0-9]{1,2}[.)]\s*)?(?:what|how|which|who|when|where)\b",
                                                         line) else "."
        out.append(_OBJECT_LEAD.sub(lambda m: m.group()[:-1].rstrip(), line.rstrip()).rstrip() + " "
                   + ", ".join(words[:-1]) + " and " + words[-1] + end)
        k = j
    return "\n".join(out)


# fr28a: a lead that ends on the things it lists ("please provide the following:", "including but not limited to
# anything addressing the following:", "For each recruitment agency supplying staff, please provide:", "Information to
# include;")
_LIST_LEAD = re.compile(r"(?i)(?:\b(?P<det>the\s+)?following(?P<noun>(?:\s+[a-z]+){0,2})|\b(?:including(?:\s+but\s+not\s+"
                        r"limited\s+to)?|include|provide|as\s+follows))\s*[:;]\s*$")
# the words of a bare lead: "Please could you provide me with the following information:" lists asks that stand alone
_BARE_LEAD = frozenset("""please could can would you kindly provide me us with i we like to request requesting the following
information data details below as follows include including also make a under freedom of act foi 2000 request for
this is my are in accordance writing send supply grateful if be wish want ask asking seek seeking obtain receive""".split())


def _scoped(line: str) -> bool:
    """Whether LINE, a lead over listed things, says what they are about ("For each staff group, please provide the
    following:", "Please outline how your PSL operates, including:"): the things listed then need it to stand as an
    ask. A bare "Please provide the following:" lists asks that stand alone; they stay parts of their own."""
    # fx91: only the lead's own sentence counts, after a greeting and without a condition on the whole request ("Dear
    # TfL, I wish to also request the following information should my appeal be rejected:" is a bare lead)
    own = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip())[-1]
    own = re.sub(r"(?i)^\W*(?:dear|hi|hello)\b[^,:]{0,60},\s*", "", own)
    own = re.sub(r"(?i)\b(?:should|if|in\s+case|in\s+the\s+event\s+that)\s+(?:my|our|the|this|it|i|we)\b[^:;]*(?=[:;]\s*$)", "", own)
    words = re.findall(r"[a-z]+", own.lower())
    return any(w not in _BARE_LEAD and w not in _PERIOD_LEAD for w in words)


# lead 28: "For each year from 2021 to 2024, please provide:" says only the period: the listed asks stand alone, each
# broken down by year (periods.py reads the lead); only a lead naming what the things are about joins them
_PERIOD_LEAD = frozenset("""for each every in of the last past previous year years month months quarter quarters week weeks
financial calendar from to between and since until up period two three four five six seven eight nine ten""".split())


def _plain_start(item: str) -> bool:
    """ITEM starts with an ordinary word in capitals only because it starts a line ("Encampments", "Sharing data
    with the Home Office", "When to make Prevent referrals"), not a name ("Community Psychiatric Nurses", "Pharmacy
    Direct"), an acronym or a name askfoi knows."""
    from askfoi.spelling import could_be_name, name_words

    words = item.split()
    first = words[0] if words else ""
    if not re.fullmatch(r"[A-Z][a-z]+", first) or could_be_name(first.lower()):
        return False
    if len(words) == 1:
        return first.lower() not in name_words()
    return words[1][:1].islower()


_BREAKDOWN_LEAD = re.compile(r"(?i)^\W*(?:of\s+(?:that|this|these|the)\s+(?:total\s+)?(?:numbers?|figures?|totals?)\s*,?\s*)?"
                             r"(?:please\s+|could\s+you\s+|can\s+you\s+)?(?:provide|give|include)\s+(?:me\s+)?(?:with\s+)?"
                             r"(?:a|the)?\s*breakdown\s+by\s+the\s+following(?:\s+[a-z]+){0,2}\s*[:;]\s*$")


_NAMED_LIST = re.compile(r"(?i)\bthe\s+following\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s*:\s*(?P<list>[^\n:?]+?)\.?[ \t]*$", re.M)


def listed_pointers(text: str) -> str:
    """fr28a: TEXT with a pointer to a list the message named ("covering the following staff groups: CPNs, RMNs and
    pharmacists." then "for each of the above staff groups", "these staff groups") written as that list: "the staff
    groups CPNs, RMNs and pharmacists". Only a plural noun named with "the following ... :" and a list of at most six
    short items; the list's own line is left as it is. Run after `inline_object_lists`."""
    for m in _NAMED_LIST.finditer(text or ""):
        noun, listed = m.group("noun").strip(), m.group("list").strip()
        things = [x for x in re.split(r",\s*|\s+and\s+", listed) if x.strip()]
        if not noun.endswith("s") or not 2 <= len(things) <= 6 or any(len(x.split()) > 6 for x in things):
            continue
        plain = re.sub(r"\s*\([A-Za-z]{2,6}\)", "", listed)  # "Community Psychiatric Nurses (CPNs)": the words
        pointer = re.compile(r"(?i)\b(?:the\s+above(?:[-\s](?:mentioned|listed|named))?|these|those|the\s+said)\s+"
                             + re.escape(noun) + r"\b")
        head, tail = text[:m.end()], text[m.end():]
        text = head + pointer.sub(lambda _: f"the {noun} {plain}", tail)
    return text


def _listed_only(words: list[str]) -> str:
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)


def _listed_whole(line: str, lead: re.Match[str], words: list[str], items: list[str]) -> str:
    """LINE, a lead ending on a colon, written whole with the things it lists: "please provide the following:" ->
    "please provide X, Y and Z"; "the following staff groups:" -> "the following staff groups: X, Y and Z";
    "including:" -> "including X and Y". Items holding commas are set apart with semicolons."""
    listed = _listed_only(words)
    end = "?" if items[-1].rstrip().endswith("?") else "."
    head = line[:lead.start()].rstrip()
    said = lead.group().rstrip().rstrip(":;").rstrip()
    if (lead.group("noun") and lead.group("noun").strip()) or re.fullmatch(r"(?i)include", said):
        return head + " " + said + ": " + listed + end if head else said + ": " + listed + end
    if re.match(r"(?i)(?:the\s+)?following", said):
        return (head + " " + listed + end) if head else listed + end
    return head + " " + said + " " + listed + end if head else said + " " + listed + end


def _sentence_case(item: str) -> bool:
    """ITEM starts with a capital and is several words with no other capital ("Date of installation")."""
    words = item.split()
    return len(words) >= 2 and words[0][:1].isupper() and not words[0][:2].isupper() \
        and not any(w[:1].isupper() for w in words[1:])


_ASKS_AGAIN = re.compile(r"(?i)^\W*(?:please|could|can|would|i\s+would|i'?d|also|in\s+addition|additionally)\b")
