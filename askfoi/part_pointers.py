"""fr20a (issue 8): a part that points at another part with a determiner ("these CPNs", "this protest", "the said
investigation", "how many of those ...") written as the noun phrase it points at, or asked about.

The procedure, for each part of a letter in order:

1. `pointers(text)`: "these/those/this/such/the same/the said/the relevant/the aforementioned/of said" + a run of
   nouns and adjectives; the head is the run's last noun ("these annual budgets" -> budgets). Heads that name the
   request, the letter or a time ("this request", "these years") are none. "how many of these/those (individuals)"
   and "of these, how many" stand for what the part before counted.
2. The antecedent is looked for in the letter's earlier parts only (never the story): the nearest earlier part that
   mentions the head (by lemma) decides. Each mention there is read as a noun phrase (`_phrase_at`: the nouns and
   adjectives before it, an acronym in brackets, and a tail of prepositional or participle phrases up to the next
   clause). The pointer is written out only when that part holds exactly ONE such phrase, it says more than the
   pointer does and it is not itself restricted by a clause ("sites for which ...", "sites you have data for") or a
   pointer left unwritten. Phrase and pointer are compared by words only; the person's other words stay in order.
3. When no earlier part names the head at all, or the nearest one is not sure, the part keeps the person's words and
   the person is asked which they mean (prompts/frames/which_pointer.j2), once for the same words in several parts.
   A part that names the head itself before its pointer ("if any trials ..., from these trials") is left.

A part rendered from its frame gets the phrase through its subject or clause (`render_frame` again); a part kept in
the person's words by replacing the pointer's words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from askfoi import sentence_ends
from askfoi.knowledge import load_vocab

_DETS = (r"these|those|this|such|the\s+same|the\s+said|the\s+relevant|the\s+aforementioned|the\s+above[-\s]?mentioned|"
         r"the\s+above(?:[-\s]?(?:listed|named|stated))?(?=\s+[a-z]{3,}\b(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere))|"  # fr24b
         r"(?<=of\s)said|(?<=on\s)said|(?<=in\s)said|(?<=for\s)said|(?<=about\s)said")
_POINTER = re.compile(r"(?i)\b(" + _DETS + r")\s+")
_COUNTED = re.compile(r"(?i)\b(?:how\s+many|what\s+(?:number|proportion|percentage))\s+of\s+(these|those|the\s+above)\b"
                      r"(?:\s+([a-z]+))?|^\W*(of\s+(these|those))\s*,")
_TOKEN = re.compile(r"\(\s*[A-Z][A-Za-z]*s?\s*\)|[A-Za-z0-9\u00a3][\w'/&.-]*[\w]|[A-Za-z0-9]|[^\sA-Za-z0-9]")
_PREPS = frozenset("against for on at in of from by to about within under during between across into over near "
                   "through along around outside inside beside behind via relating related regarding concerning".split())
_TIME_START = re.compile(r"(?i)(?:the\s+)?(?:period|periods|year|years|financial|calendar|academic|month|months|last|past|"
                         r"previous|same|january|february|march|april|may|june|july|august|september|october|november|"
                         r"december|\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4})\b")
_QUANTIFIERS = frozenset("many much more most few fewer several various numerous total number numbers amount "
                         "other same such".split())
_DETERMINERS = frozenset("the a an any all each every your our their its my his her no some both".split())


@dataclass
class Pointer:
    """One pointer in a part: its words as typed, where, its head noun (as typed and as lemma), plural or not."""

    words: str
    start: int
    end: int
    head: str
    lemma: str
    plural: bool
    counted: bool = False  # "how many of these": what the part before counted
    det: str = ""  # fr25a: "each" or "the" for a soft pointer (`definites`): written out when sure, never asked about


@dataclass
class PointerDone:
    """What was done to one part: the pointers written out (words -> phrase) and those asked about."""

    part: int
    written: list[tuple[str, str]] = field(default_factory=list)
    asked: list[Pointer] = field(default_factory=list)


@dataclass(frozen=True)
class _Vocab:
    not_pointers: frozenset[str]
    stand_ins: frozenset[str]
    ends: frozenset[str]
    frame_words: frozenset[str] = frozenset()
    people_after: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data, _ = load_vocab("part_pointers")
    data = data if isinstance(data, dict) else {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return _Vocab(words("not_pointers"), words("counted_stand_ins"), words("phrase_ends"), words("frame_words"),
                  words("people_after"), words("particles_after"))


def _pos(word: str) -> dict:
    from askfoi.story_antecedents import _pos as pos

    return pos(word)


def _acronym(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,}s?", word))


def _lemma(word: str) -> str:
    w = word.strip("()").strip()
    if _acronym(w):
        return w.rstrip("s").lower()
    nouns = _pos(w.lower()).get("NOUN")
    if nouns:
        return nouns[0].lower()
    return re.sub(r"(?<=[a-z]{3})s$", "", w.lower())


def _content(word: str) -> bool:
    """A word that may stand in a noun phrase's run of nouns and adjectives."""
    low = word.lower()
    if low in _vocab().ends or low in _DETERMINERS or low in _PREPS:
        return False
    if _acronym(word):
        return True
    if "/" in word.strip("/"):  # fr24b: "informants/CHIS", "seagulls/gulls": alternatives, each a noun or an acronym
        return all(_content(w) for w in word.split("/") if w)
    pos = _pos(low)
    if not pos:
        return word[:1].isupper() or bool(re.fullmatch(r"[a-z][a-z-]+", low))
    return bool({"NOUN", "ADJ", "PROPN"} & set(pos))


def _plural(word: str) -> bool:
    from askfoi.story_antecedents import _plural as plural

    return plural(word.strip("()"))


def pointers(text: str) -> list[Pointer]:
    """The determiner pointers of TEXT (one part), in order."""
    out: list[Pointer] = []
    for m in _COUNTED.finditer(text or ""):
        stand = (m.group(2) or "").lower()
        if m.group(1):
            if stand and stand not in _vocab().stand_ins and not (
                    _plural(stand) and {"NOUN"} & set(_pos(stand)) and _lemma(stand) in _vocab().not_pointers
                    and not _TIME_START.match(stand)):
                continue  # "how many of these cameras": a head of its own, read below
            # fr22b: "how many of these requests" after "how many applications did ...": a plural noun that elsewhere
            # names the letter ("this request") here stands for what the part before counted
            s, e = m.start(1), (m.end(2) if stand else m.end(1))
        else:
            s, e = m.start(4), m.end(4)
        out.append(Pointer(text[s:e], s, e, stand or "", stand or "", True, counted=True))
    taken = [(p.start, p.end) for p in out]
    for m in _POINTER.finditer(text or ""):
        if any(a <= m.start() < b for a, b in taken):
            continue
        det = m.group(1).lower()
        rest = text[m.end():]
        if det == "such" and re.match(r"(?i)as\b", rest):
            continue
        run: list[re.Match[str]] = []
        for t in re.finditer(r"\(\s*[A-Z][A-Za-z]*s?\s*\)|[A-Za-z][\w'/-]*", rest):
            if rest[run[-1].end() if run else 0:t.start()].strip():  # punctuation between: the phrase ended
                break
            if t.group().lower() in _vocab().not_pointers:  # "this FOI request concerns": the request itself
                run = []
                break
            if not _content(t.group()) or len(run) == 4 or ("ADV" in _pos(t.group().lower()) and run):
                break
            run.append(t)
            if _plural(t.group()) and not t.group().startswith("("):
                break  # a plural noun ends the run ("these claims cost ...")
        if re.match(r"\s*([A-Za-z]+)\b", rest) and re.match(r"\s*([A-Za-z]+)", rest).group(1).lower() in _vocab().particles:
            continue  # fr26b: "break this down by ward": the pronoun and its verb's particle
        if det in ("these", "those") and (_pronoun_then_modifier(rest) or run and _modifier(run[0].group())
                                          and not (len(run) > 1 and _names_thing(run[-1].group()))):
            continue  # fr26b: "those aged ten", "those with SEND": the pronoun (the people) and what describes them
        while run and not _acronym(run[-1].group()) and (
                "ADJ" in _pos(run[-1].group().lower())
                or not ({"NOUN", "PROPN"} & set(_pos(run[-1].group().lower())) or not _pos(run[-1].group().lower()))):
            run.pop()  # the head is a noun: "this other" is none
        if not run:
            continue
        head = run[-1].group()
        if head.lower() in _vocab().not_pointers or _lemma(head) in _vocab().not_pointers:
            continue
        if det == "such" and not _plural(head):
            continue  # fr22b: "such great expense", "such short notice": of that degree; "such cases" points
        end = m.end() + run[-1].end()
        out.append(Pointer(text[m.start():end], m.start(), end, head, _lemma(head),
                           det in ("these", "those") if det in ("these", "those", "this") else _plural(head)))
    return sorted(out, key=lambda p: p.start)


def _modifier(word: str) -> bool:
    """fr26b: WORD after "those/these" describes them rather than naming them: a participle ("aged", "born",
    "living", "excluded") or a word only a preposition or adjective can be."""
    low = word.lower()
    pos = set(_pos(low))
    if not pos or {"NOUN", "PROPN"} & pos:
        return False
    return "VERB" in pos and low.endswith(("ed", "ing", "en")) or not ({"ADJ"} & pos) and "ADP" in pos


def _names_thing(word: str) -> bool:
    """fr26b: WORD can end a noun phrase as its noun ("pupils" in "those excluded pupils"; never "ten" or "65")."""
    pos = set(_pos(word.lower()))
    return bool({"NOUN", "PROPN"} & pos) and "NUM" not in pos and not word[:1].isdigit()


def _pronoun_then_modifier(rest: str) -> bool:
    """fr26b: "those" / "these" used as a pronoun: a preposition follows straight away ("those with SEND", "those in
    care", "those over 65")."""
    m = re.match(r"\s*([A-Za-z]+)", rest or "")
    return bool(m) and m.group(1).lower() in _vocab().people_after


_DEFINITE = re.compile(r"(?i)(?<![\w'\u2019-])(each|the)\s+")
_RESTRICTED_AFTER = re.compile(r"(?i)\s*(?:\(|'s\b|\u2019s\b|(?:of|that|which|who|whom|whose|where|for|in|on|at|from|"
                               r"to|with|by|between|under|within|about|per|across|named|called|listed|below|above|"
                               r"following|concerned|mentioned|stated|specified|requested)\b)")


def definites(text: str) -> list[Pointer]:
    """fr25a: the soft pointers of TEXT (one part): "each" or "the" + a common noun that nothing in the part restricts
    ("each vehicle", "the animals", "the company"; never "the cost of ...", "the vehicles that ...", "the council", a
    name or a word of the request's own frame). Such a phrase points at an earlier part or the list's stem only when
    one names it in full; otherwise it is read as it stands, so it is never asked about."""
    out: list[Pointer] = []
    taken = [(p.start, p.end) for p in pointers(text or "")]
    for m in _DEFINITE.finditer(text or ""):
        if any(a <= m.start() < b for a, b in taken):
            continue
        rest = text[m.end():]
        run: list[re.Match[str]] = []
        for t in re.finditer(r"[A-Za-z][\w'/-]*", rest):
            if rest[run[-1].end() if run else 0:t.start()].strip() or len(run) == 3:
                break
            if not t.group()[:1].islower() or not _content(t.group()) or "ADV" in _pos(t.group().lower()):
                break
            run.append(t)
            if _plural(t.group()):
                break
        if not run:
            continue
        head = run[-1].group()
        after = rest[run[-1].end():]
        nxt = re.match(r"\s+([A-Za-z][\w'-]*)", after)
        if not ({"NOUN"} & set(_pos(head.lower()))) or "ADJ" in _pos(head.lower()) and len(run) == 1 \
                or _RESTRICTED_AFTER.match(after) or (nxt and nxt.group(1)[:1].islower() and _content(nxt.group(1))
                                                      and ("VERB" not in _pos(nxt.group(1).lower())
                                                           or "NOUN" in _pos(nxt.group(1).lower())
                                                           and not nxt.group(1).lower().endswith(("ed", "ing")))):
            continue  # "the cost of", "the vehicles that ...", "the complaints process": restricted or a modifier
        lemma = _lemma(head)
        if head.lower() in _vocab().not_pointers or lemma in _vocab().not_pointers or lemma in _vocab().frame_words \
                or head.lower() in _vocab().frame_words or _body(head) or _place(head):
            continue
        end = m.end() + run[-1].end()
        det = m.group(1).lower()
        out.append(Pointer(text[m.start():end], m.start(), end, head, lemma, _plural(head), det=det))
    return out


def _body(word: str) -> bool:
    from askfoi.part_references import _body_word

    return _body_word(word)


def _place(word: str) -> bool:
    from askfoi.part_references import _place_kind

    return _place_kind(word) is not None or word.lower() in ("borough", "area", "county", "district", "region", "city",
                                                            "town", "village", "country", "ward", "wards", "site", "premises",
                                                            "location", "locations", "scene")


def _singular(phrase: str, lemma: str) -> str:
    """fr25a: PHRASE with its head (the first word naming LEMMA) in the singular: "catering service contracts" ->
    "catering service contract"."""
    for t in _tokens(phrase):
        if _names(t.group(), lemma):
            w = t.group()
            if not _plural(w):
                return phrase
            one = lemma if not _acronym(w) else w[:-1]
            if "-" in w and not _acronym(w):
                one = w.rsplit("-", 1)[0] + "-" + lemma
            one = one[:1].upper() + one[1:] if w[:1].isupper() else one
            return phrase[:t.start()] + one + phrase[t.end():]
    return phrase


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text or ""))


_OWNERS = ("your", "our", "their", "its", "his", "her", "my")


def _phrase_at(text: str, toks: list[re.Match[str]], i: int) -> tuple[str, bool]:
    """The noun phrase of TEXT whose head is token I: (the phrase without its determiner, restricted by a clause)."""
    start = i
    if toks[i].group().startswith("("):  # "Community Protection Notices (CPNs)": the words the acronym stands for
        while start - 1 >= 0 and toks[start - 1].group()[:1].isupper() and _content(toks[start - 1].group()):
            start -= 1
    while start - 1 >= 0 and _content(toks[start - 1].group()) and toks[start - 1].group().lower() not in _PREPS \
            and toks[start - 1].group().lower() not in _QUANTIFIERS:
        start -= 1
    if any(t.group().lower() in _AUX for t in toks[max(0, start - 3):start]):
        for x in range(i - 1, start - 1, -1):  # fr25a: "did your university conduct experiments": the verb ends the
            if "VERB" in _pos(toks[x].group().lower()) and toks[x].group()[:1].islower():  # subject, never the phrase
                start = x + 1
                break
    end = i
    if end + 1 < len(toks) and re.fullmatch(r"\(\s*[A-Z][A-Za-z]*s?\s*\)", toks[end + 1].group()):
        end += 1
    nxt = toks[end + 1].group().lower() if end + 1 < len(toks) else ""
    restricted = nxt in ("which", "that", "who", "whom", "whose", "where", "you", "we", "they", "i") + _OWNERS or (
        nxt in _PREPS and end + 2 < len(toks) and toks[end + 2].group().lower() in ("which", "whom"))
    before = " ".join(t.group().lower() for t in toks[max(0, start - 4):start])
    if re.search(r"\b(?:how\s+many|which|what\s+(?:number|proportion|percentage)|each|some|any|none|all)\s+of"
                 r"(?:\s+(?:the|these|those))?$", before):
        restricted = True  # "how many of the sites ...": the earlier part asks about a part of them
    j = end + 1
    last = end
    while j < len(toks) and j - end <= 18:
        w = toks[j].group()
        low = w.lower()
        if w == ",":
            after = toks[j + 1].group() if j + 1 < len(toks) else ""
            if after[:1].isupper() and after.lower() not in _vocab().ends or after.lower() in _PREPS - {"for", "to"}:
                j += 1
                continue
            break
        if low in ("and", "or") and j + 1 < len(toks) and _participle(toks[j + 1].group()) and _participle(toks[j - 1].group()) \
                and toks[j + 1].group().lower().endswith("ed"):
            j += 1  # fr25a: "vehicles owned or leased to the council": one participle phrase
            continue
        if low in ("and", "or", "&") and j + 1 < len(toks) and _content(toks[j + 1].group()) \
                and toks[j + 1].group().lower() not in _vocab().ends:
            restricted = True  # "damage to property or infrastructure": the phrase goes on past "or"; not sure where
            break
        if low in _vocab().ends or low in ("following",) or re.fullmatch(r"[^\w\u00a3(]", w):
            break
        if j == end + 1 and low in _OWNERS:
            break  # lead 27: "projects | your local authority has spent cash on": a clause with no "that", never the phrase
        if j == end + 1 and w[:1].isupper() and toks[end].group()[:1].islower() and _plural(toks[end].group()):
            break  # fr25a: "grounds AFR has been deployed at": a name straight after a plural head begins a clause
        if low in _PREPS and j + 1 < len(toks) and (_TIME_START.match(" ".join(x.group() for x in toks[j + 1:j + 4]))):
            break  # "issued in the period November 2020-October 2021": the letter's period, never part of the thing
        if low in _PREPS or (re.fullmatch(r"[a-z]+ed", low) and "VERB" in _pos(low)) or _content(w) \
                or (re.fullmatch(r"[a-z]+ing", low) and toks[j - 1].group().lower() in _PREPS) \
                or re.fullmatch(r"[0-9\u00a3][\w/.-]*|\(\s*[A-Z][A-Za-z]*s?\s*\)", w) or low in _DETERMINERS:
            if low in _PREPS and j + 1 < len(toks) and toks[j + 1].group().lower() in ("the",) and j + 2 < len(toks) \
                    and toks[j + 2].group().lower() == "following":
                break  # "in the following areas": a list begins
            last = j
            j += 1
            continue
        break
    while last > end and (toks[last].group().lower() in _PREPS | _DETERMINERS):
        last -= 1  # a tail never ends on "of" or "the"
    phrase = text[toks[start].start():toks[last].end()]
    return phrase, restricted


def _names(word: str, lemma: str) -> bool:
    """WORD names LEMMA: the same noun, or (fr22b) a hyphened compound whose last word it is ("strip-searches")."""
    return _lemma(word) == lemma or (bool(re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+){1,2}", word))
                                     and _lemma(word.rsplit("-", 1)[1]) == lemma)  # never a web address


def _mentions(text: str, lemma: str, skip: list[tuple[int, int]],
              soft: list[tuple[int, int]] = ()) -> list[tuple[str, bool, bool]]:
    """Each mention of LEMMA in TEXT: (its phrase, restricted, is a pointer left unwritten); a mention inside a SOFT
    span ("each vehicle", fr25a) is no mention."""
    toks = _tokens(text)
    out = []
    for i, t in enumerate(toks):
        if not _names(t.group(), lemma) or any(a <= t.start() < b for a, b in soft):
            continue
        if any(a <= t.start() < b for a, b in skip):
            out.append(("", True, True))
            continue
        phrase, restricted = _phrase_at(text, toks, i)
        if restricted and (full := _with_clause(text, t, phrase)):
            phrase, restricted = full, False  # fr22b: "the cameras that were installed on the A38" names them in full
        out.append((phrase, restricted, False))
    return out


def _says_more(phrase: str, pointer: Pointer) -> bool:
    words = set(re.findall(r"[a-z0-9]+", phrase.lower()))
    said = set(re.findall(r"[a-z0-9]+", pointer.words.lower()))
    return len(words - said - _DETERMINERS) >= 2


def counted_said(part) -> str | None:
    """fr25a: what PART counts as the officer reads it: "The number of X[, broken down ...]." -> X (with the place and
    clause the template wrote), or what "how many X ..." counts; else `_count_phrase`."""
    first = sentence_ends.split(r"(?<=[.?!])\s+(?=[A-Z])", (part.text or "").strip())[0]
    m = re.match(r"(?i)\s*the\s+(?:total\s+)?number\s+of\s+(.+?)(?:,\s*broken\s+down\b.*|\s+on\s+the\s+date\s+of\s+this"
                 r"\s+request)?[.?]?\s*$", first)
    if m and not re.search(r"(?i)\bplease\b|\?|,", m.group(1)):
        return m.group(1)
    return _count_phrase(part)


def _count_phrase(part) -> str | None:
    """What a count part counts, as a phrase ("public toilets scheduled to close ...")."""
    if part.kind == "count" and part.subject and not part.kept_words:
        return " ".join(x for x in (part.head or "", part.subject, part.clause or "") if x).strip()
    first = sentence_ends.split(r"(?<=[.?!])\s+(?=[A-Z])", (part.text or "").strip())[0]
    m = re.match(r"(?i)\s*the\s+number\s+of\s+(.+?)(?:,\s*broken\s+down\b.*)?[.?]?\s*$", first)
    if m is None:
        return how_many_phrase(first)
    return m.group(1) if m and not re.search(r"(?i)\bplease\b|\?", m.group(1)) else None


_SUBJECT_OPENERS = frozenset("the your you it its a an this that their our my his her each every all".split())


def _verb_base(word: str) -> str | None:
    from lemminflect import getAllLemmas

    verbs = getAllLemmas(word.lower()).get("VERB") or ()
    return verbs[0] if verbs else None


_AUX = frozenset("did do does were was are is have has had will would can could".split())
_PARTICIPLE_END = ("ed", "en", "wn", "ht", "ne", "de", "lt", "nt", "un", "ck")


def _participle(word: str) -> bool:
    return word[:1].islower() and bool(_verb_base(word)) and word.lower().endswith(_PARTICIPLE_END)


def how_many_phrase(question: str) -> str | None:
    """fr22b: what a "how many" question counts, as a noun phrase with its clause, so a later "how many of these
    requests" can name it: "How many applications did the force make to judges?" -> "applications the force made to
    judges"; "How many scans were performed in 2019?" -> "scans performed in 2019"; "How many scans resulted in an
    arrest?" -> "scans that resulted in an arrest". The phrase stops at the first comma or clause of asking; None when
    the question has no countable noun or its verb cannot be read."""
    from lemminflect import getInflection

    m = re.match(r"(?i)\W*how\s+many\s+(?P<rest>[^,?;:()]+)", question or "")
    if not m:
        return None
    words = m.group("rest").split()
    noun = words[:1]
    k = 1
    while k < len(words) and words[k].lower() not in _AUX and words[k].lower() not in _vocab().ends \
            and (_content(words[k]) and not (_verb_base(words[k]) and words[k].lower().endswith("ed"))
                 or words[k].lower() in _PREPS or words[k].lower() in _DETERMINERS or words[k][:1].isupper()):
        k += 1
    noun, words = words[:k], words[k:]
    head = next((k for k, w in enumerate(noun) if w.lower() in _PREPS | _DETERMINERS), len(noun)) - 1
    if not noun or not words or head < 0 or not _plural(noun[head].strip(",")) or noun[-1].lower() in _PREPS | _DETERMINERS:
        return None
    aux, rest = words[0].lower(), words[1:]
    if aux in ("did", "do", "does"):
        for i, w in enumerate(rest):
            if i and w[:1].islower() and rest[i - 1].lower() not in _SUBJECT_OPENERS and _verb_base(w) == w.lower():
                tag = "VBD" if aux == "did" else "VBZ" if aux == "does" else "VBP"
                verb = (getInflection(w.lower(), tag) or (w,))[0]
                return " ".join(noun + rest[:i] + [verb] + rest[i + 1:]).rstrip(" .")
        return None
    passive = aux in ("were", "was", "are", "is") or rest[:1] == ["been"]
    if rest[:1] == ["been"]:
        rest = rest[1:]
    if not rest:
        return None
    if passive and _participle(rest[0]):
        return " ".join(noun + rest).rstrip(" .")  # "were refused at first instance": a participle phrase
    if aux in ("have", "has", "had") and _participle(rest[0]):
        return " ".join(noun + ["that", aux] + rest).rstrip(" .")  # "have resulted in an arrest"
    if aux in ("have", "has", "had"):
        for i, w in enumerate(rest):  # "has the force done since ...": the subject, then the verb
            if i and _participle(w):
                return " ".join(noun + rest[:i] + [aux] + rest[i:]).rstrip(" .")
        return None
    if _participle(words[0]) and aux.endswith("ed"):
        return " ".join(noun + ["that"] + words).rstrip(" .")  # "resulted in an arrest"
    return None


_SUBSET_COUNT = re.compile(r"(?i)\W*(?:and\s+)?(?:how\s+many|what\s+(?:number|proportion|percentage))\s+of\s+(?:the|these|those)\b")


def _in(text: str, p: Pointer) -> Pointer | None:
    """P found again in TEXT (a frame's subject or clause), or None."""
    at = text.find(p.words)
    return Pointer(p.words, at, at + len(p.words), p.head, p.lemma, p.plural, p.counted, p.det) if at >= 0 else None


def _named_above(p: Pointer, k: int, parts: list) -> bool:
    """fx42: an earlier part of the same letter names the pointer's head ("this code" after part 1 asks "What is the
    code ... used by control room staff"): the letter, read in order, says what it means, so the part keeps the
    person's words and nothing is asked back (a pointer with no such part is still asked about)."""
    if p.det or p.counted or p.words.split()[0].lower() not in ("this", "these", "that", "those", "such"):
        return False
    for j in range(k - 1, -1, -1):
        said = parts[j].text or ""
        found = [f for f in _mentions(said, p.lemma, [(q.start, q.end) for q in pointers(said)], []) if f is not None]
        if not found:
            continue
        # the nearest part that names it decides: one mention, itself no pointer ("this matter" points on), for a
        # pointer to one thing ("these contracts" after two contracts is asked which)
        return len(found) == 1 and not found[0][2] and not _POINTING_WORD.search(found[0][0]) \
            and not p.plural and not re.search(rf"(?i)\b(?:this|that|these|those|such)\s+{re.escape(p.head)}", said)
    return False


def _antecedent(p: Pointer, k: int, parts: list) -> tuple[str | None, bool]:
    """(the phrase POINTER of part K stands for, sure): (None, False) to ask, (None, True) to leave as typed."""
    if p.counted:
        for j in range(k - 1, -1, -1):
            got = _count_phrase(parts[j])
            if got:
                return got, True
            if not _SUBSET_COUNT.match(parts[j].text or ""):
                break  # fr22b: "how many of these were refused on appeal" after "how many of these were refused at
            # first instance": both count among what the part before those counted, never among each other
        return None, False
    bare = False
    for j in range(k - 1, -1, -1):
        prev = parts[j]
        said = prev.text or ""
        if not prev.kept_words and prev.subject and prev.kind in ("policy", "document"):
            # fr24b: "Any policy, procedure or guidance on the procedure for X": the frame's own words name nothing
            said = " ".join(x for x in (prev.subject, getattr(prev, "clause", None) or "") if x)
        skip = [(q.start, q.end) for q in pointers(said)]
        soft = [(q.start, q.end) for q in definites(said)] if p.det else []
        found = [f for f in _mentions(said, p.lemma, skip + soft, soft) if f is not None]
        if not found:
            continue
        counted = counted_said(prev)
        if counted and _headed_by(counted, p.lemma) and _says_more(counted, p) and not _TIME_TAIL.search(counted):
            return counted, True  # fr25a: "how many animals were held on the premises": what the part counts, in full
        if any(left for _, _, left in found) or any(r for _, r, _ in found):
            return None, bare
        fuller = [ph for ph, _, _ in found if _says_more(ph, p)]  # a bare "trials" beside "trials of X" adds nothing
        if any(_POINTING_WORD.search(ph) for ph in fuller):
            return None, bare  # fr28a: "the above staff groups" there points on again; never "each above staff group"
        if not fuller:
            bare = True  # fr25a: a bare mention ("used in experiments") says nothing more: an earlier part may say it
            continue  # in full ("experiments on animals"); when none does, the part is left as typed, as before
        if len({ph.lower() for ph in fuller}) != 1 or p.det and _cut_short(said, fuller[0]):
            return None, bare
        return fuller[0], True
    if not p.det and not p.plural and p.lemma in _PLACE_HEADS:
        named = {m.group("place") for j in range(k) for m in _NAMED_PLACE.finditer(parts[j].text or "")}
        if len(named) == 1:  # fx44: "at this location" after "a camera installed at Falkirk Street/Cremer Street"
            return named.pop(), True
    return None, bare


def write_place_pointers(framing) -> int:
    """fx44 (issue 8): "at this location" in a part kept whole (after askfoi.whole_items put an item back as typed)
    written as the one place an earlier part names by its own name (`_NAMED_PLACE`); returns how many written."""
    written = 0
    for k, part in enumerate(framing.parts):
        for p in reversed(pointers(part.text or "")):
            if p.det or p.plural or p.lemma not in _PLACE_HEADS or part.kind == "personal_data":
                continue
            named = {m.group("place") for j in range(k) for m in _NAMED_PLACE.finditer(framing.parts[j].text or "")}
            if len(named) == 1:
                part.text = _written(part.text, p, named.pop())
                written += 1
    return written


# fx44: a place pointed at ("this location", "this site") stands for the one place an earlier part names by its own
# name: a run of capitalised words with a kind of street or place in it ("Falkirk Street/Cremer Street", "Mill Lane")
_PLACE_HEADS = frozenset("location site spot junction place address street road".split())
_NAMED_PLACE = re.compile(
    r"\b(?:at|on|in|near|outside|along)\s+(?:the\s+)?(?P<place>(?:[A-Z][\w'.-]*\s*(?:/|&|and\s+|-\s*)?\s*){0,4}"
    r"(?:Street|Road|Lane|Avenue|Way|Square|Junction|Bridge|Roundabout|Hill|Green|Close|Drive|Crescent|Terrace|Row|"
    r"Gardens|Parade|Place|Grove|Park)(?:\s*(?:/|&)\s*(?:[A-Z][\w'.-]*\s+){1,3}(?:Street|Road|Lane|Avenue|Way|Place))?)\b")


_POINTING_WORD = re.compile(r"(?i)\b(?:above|aforementioned|abovementioned|said|such|these|those)\b")


def _headed_by(phrase: str, lemma: str) -> bool:
    """fr25a: PHRASE (what a part counts) is headed by LEMMA: the noun ends the phrase's first run of nouns and
    adjectives ("animals held on the premises" for "animals"; never "research" in "research purposes")."""
    toks = [t.group() for t in _tokens(phrase)]
    for i, w in enumerate(toks):
        if not _content(w) or w.lower() in _PREPS or not _pos(w.lower()) and w[:1].islower():
            return False  # (a word no lexicon knows, "receving": never sure where the phrase's head is)
        if _names(w, lemma):
            return i + 1 == len(toks) or not _content(toks[i + 1]) or toks[i + 1].lower() in _PREPS \
                or bool(_verb_base(toks[i + 1]) and toks[i + 1].lower().endswith("ed"))
    return False


def _with_clause(text: str, head: re.Match[str], phrase: str) -> str | None:
    """fr22b: PHRASE (headed by the token HEAD of TEXT) restricted by a relative clause, with its clause up to the next
    comma: "ANPR cameras" + " that were installed on the A38" -> "ANPR cameras that were installed on the A38". None when
    the clause is not "that/which" + a verb of being or having, or the phrase would be longer than 20 words."""
    tail = re.match(r"\s+(?:that|which)\s+(?:were|was|are|is|have|has|had)\s+[^,.;:?!()\u2013\u2014]+", text[head.end():])
    full = f"{phrase}{text[head.end():head.end() + tail.end()]}".rstrip() if tail and phrase.endswith(head.group()) else None
    return full if full and len(full.split()) <= 20 else None


def _story_antecedent(p: Pointer, part, message: str) -> tuple[str | None, bool]:
    """fr22b: the phrase POINTER of PART stands for, read from the sentences of MESSAGE before the part's own words
    (the story, a title line, a list's stem), nearest first: the nearest sentence that mentions the head decides, and
    only when it names it once, saying more than the pointer. A phrase restricted by "that/which" + verb keeps its
    clause up to the next comma ("the mobile biometric devices that were rolled out as part of ..."). (None, False)
    when none is found or the nearest is not sure."""
    from askfoi.questions import _sentences

    said = (part.source or "").strip()
    at = message.find(said[:40]) if said else -1
    if at <= 0:
        return None, False
    before = [x for line in message[:at].splitlines() for x in _sentences(line) if x.strip()]
    for sentence in reversed(before):
        toks = _tokens(sentence)
        found = []
        for i, t in enumerate(toks):
            if not _names(t.group(), p.lemma):
                continue
            if i and re.fullmatch(r"(?i)these|those|this|such|said", toks[i - 1].group()):
                continue  # a pointer itself ("Who supplied these cameras?"): an earlier sentence names them
            if p.det and any(q.start <= t.start() < q.end for q in definites(sentence)):
                continue  # fr25a: "each ground" in the item before: a soft pointer itself
            phrase, restricted = _phrase_at(sentence, toks, i)
            if restricted:
                phrase = _with_clause(sentence, t, phrase)
                if phrase is None:
                    return None, False
            if p.det and _cut_short(sentence, phrase):
                return None, False  # fr25a: a soft pointer takes a whole phrase only
            found.append(phrase)
        if not found:
            continue
        fuller = {ph.lower(): ph for ph in found if _says_more(ph, p)}
        if len(fuller) != 1 or len(found) != 1 or any(_POINTING_WORD.search(ph) for ph in fuller):
            return None, False  # (fr28a: "the above staff groups" points on again)
        return next(iter(fuller.values())), True
    return None, False


@functools.lru_cache(maxsize=1)
def _said_nouns() -> dict[str, tuple[str, str]]:
    """fx55: verb lemma -> (the noun it is said as, the preposition before its object), knowledge/vocab/part_pointers.yaml."""
    data, _ = load_vocab("part_pointers")
    out = {}
    for verb, said in ((data or {}).get("said_nouns") or {}).items():
        words = str(said).split()
        out[str(verb).lower()] = (words[0].lower(), " ".join(words[1:]).lower())
    return out


_MODALS = _AUX | frozenset("may might must should shall has have had".split())
_CLAUSE_OPEN = frozenset("that which who whom if when because and but or while whilst although so as".split())
_SUBJECT_PRONOUNS = frozenset("you they we he she i".split())


def _verb_lemma(word: str) -> str | None:
    """WORD as a verb's form typed in lower case ("claim", "reviewing", "stated"): its lemma, else None."""
    if not word.isalpha() or word[:1].isupper():
        return None
    from lemminflect import getAllLemmas

    verbs = getAllLemmas(word.lower()).get("VERB", ())
    return verbs[0] if verbs else None


def _subject_before(toks: list[re.Match[str]], k: int) -> tuple[int, int] | None:
    """The subject of the clause whose verb group starts at token K: the tokens from the clause's start (the
    sentence's start, a comma or a clause word) up to K, one to six words, each a word of a noun phrase or a subject
    pronoun, never a verb's form or a preposition. (start, end) token indexes, else None."""
    j = k
    while j > 0 and toks[j - 1].group() not in (",", ";", ":", "(", ")") and toks[j - 1].group().lower() not in _CLAUSE_OPEN:
        j -= 1
    words = [t.group() for t in toks[j:k]]
    if not 1 <= len(words) <= 6:
        return None
    if len(words) == 1 and words[0].lower() in _SUBJECT_PRONOUNS:
        return j, k
    for w in words:
        low = w.lower()
        if low in _PREPS or low in _MODALS or low in _SUBJECT_PRONOUNS or not re.fullmatch(r"[A-Za-z][\w'-]*", w):
            return None
        if low not in _DETERMINERS and not _content(w) and not w[:1].isupper():
            return None
    if not any(_content(w) for w in words):
        return None
    return j, k


def _object_of_clause(sentence: str, toks: list[re.Match[str]], i: int) -> str | None:
    """fx55: the head at token I of SENTENCE is the bare object of a clause ("former Prime Ministers can claim an
    allowance if ..."): the thing named by that clause, "allowance former Prime Ministers can claim" (a relative clause
    with no "that", so it never stacks on the part's own; said without its article; the pointer's own "the" goes before it). None when the head has words of its own after it, no verb
    with a subject stands right before it, or the verb takes a clause."""
    k = i - 1
    if k >= 0 and toks[k].group().lower() in ("a", "an", "the", "any", "some"):
        k -= 1
    if k < 0 or not _verb_lemma(toks[k].group()) or toks[k].group().lower() in _MODALS:
        return None
    verb_end = k + 1
    while k - 1 >= 0 and toks[k - 1].group().lower() in _MODALS:
        k -= 1
    if not 1 <= verb_end - k <= 3:
        return None
    subject = _subject_before(toks, k)
    if subject is None:
        return None
    said = sentence[toks[subject[0]].start():toks[verb_end - 1].end()]
    first = said.split()[0]
    if subject[0] == 0 and first[1:].islower() and (pos := _pos(first.lower())) and "PROPN" not in pos:
        said = said[:1].lower() + said[1:]  # the sentence's capital, never a name's ("Retired judges", "Kent Police")
    return f"{toks[i].group()} {said}"


def _said_as_noun(sentence: str, toks: list[re.Match[str]], lemma: str) -> str | None:
    """fx55: SENTENCE tells, by a verb, the act or the words a pointer's head LEMMA names ("you state that '...'" for
    "this statement"; "the Council is currently reviewing the methodology for ..." for "such review"): that act as a
    noun phrase, "statement in your draft IMRP for 2018-22 that '...'" / "review of the methodology for ...". Only one
    such verb in the sentence; None when there is none, two, or what follows is neither a "that" clause nor an object."""
    hits = [k for k, t in enumerate(toks) if (v := _verb_lemma(t.group())) and _said_nouns().get(v, ("",))[0] == lemma]
    if len(hits) != 1:
        return None
    k = hits[0]
    noun, prep = _said_nouns()[_verb_lemma(toks[k].group())]
    rest = sentence[toks[k].end():].strip()
    lead = re.match(r"(?i)(?:in|on|at)\s+(?:your|the|its|their|our|his|her)\s+[^,;:]{3,60}?(?=,|\s+(?:you|they|we|it)\b)",
                    sentence)
    where = f" {lead.group()[:1].lower()}{lead.group()[1:]}" if lead and lead.end() <= toks[k].start() else ""
    if re.match(r"(?i)that\b", rest):
        clause = rest[4:].strip().rstrip(".;:!?").strip()
        if not 2 <= len(clause.split()) <= 25 or re.search(r"[.;?!]\s", clause):
            return None
        if clause[:1] in "'\"\u2018\u201c":
            return f"{noun} {clause}{where}"  # the words themselves, quoted: "the statement 'over 70% of ...' in your ..."
        return f"{noun}{where} that {clause}"
    to = re.match(r"(?i)to\s+([a-z]+)\b", rest)
    if to and _verb_lemma(to.group(1)) == to.group(1).lower():  # "decided to close the library": what was decided
        clause = re.split(r"[,;:.?!()]|\s(?:and|but|because|so|which|after|before|when|while)\s", rest, maxsplit=1)[0].strip()
        return f"{noun} {clause}{where}" if 2 <= len(clause.split()) <= 14 else None
    if not prep:
        return None
    obj = re.match(r"(?:(?:the|a|an|any|its|their|your|our)\s+)?[A-Za-z][^,.;:?!()]{2,120}", rest)
    if not obj:
        return None
    words = []
    for w in obj.group().split():
        if w.lower() in _CLAUSE_OPEN or w.lower() in _AUX or w.lower() in ("was", "were", "is", "are", "it"):
            break
        words.append(w)
    while words and (words[-1].lower() in _PREPS or words[-1].lower() in _DETERMINERS):
        words.pop()
    if not 1 <= len(words) <= 14 or not any(_content(w) for w in words):
        return None
    return f"{noun} {prep} {' '.join(words)}{where}"


def _clause_antecedent(p: Pointer, part, message: str) -> str | None:
    """fx55 (issue 8.1, the story's context lost): POINTER ("this allowance", "this statement", "such review") at a thing
    the sentences of MESSAGE before PART tell by a clause, not by a noun phrase of its own: the nearest sentence that
    names the head bare as the object of a clause (`_object_of_clause`), or, when none names it, the nearest that tells
    the act by its verb (`_said_as_noun`). The phrase is definite (one thing told). None when neither reading is sure."""
    from askfoi.questions import _sentences

    if p.det or p.counted:
        return None
    said = (part.source or "").strip()
    at = message.find(said[:40]) if said else -1
    if at <= 0:
        return None
    before = [x for line in message[:at].splitlines() for x in _sentences(line) if x.strip()]
    named = False
    for sentence in reversed(before):
        toks = _tokens(sentence)
        hits = [i for i, t in enumerate(toks) if _names(t.group(), p.lemma)
                and not (i and re.fullmatch(r"(?i)these|those|this|such|said", toks[i - 1].group()))]
        if not hits:
            continue
        named = True
        if len(hits) != 1:
            return None
        phrase, restricted = _phrase_at(sentence, toks, hits[0])
        if restricted or _says_more(phrase, p):
            return None  # the noun phrase names it itself: `_story_antecedent`'s reading, not this one
        return _object_of_clause(sentence, toks, hits[0])
    if named:
        return None
    for sentence in reversed(before):
        found = _said_as_noun(sentence, _tokens(sentence), p.lemma)
        if found:
            return found
    return None


def _formal_pointer_named(p: Pointer, k: int, parts: list) -> bool:
    """fx55: an earlier part of the letter names POINTER's head: what it points at is read there, never in the story."""
    return any(_names(t.group(), p.lemma) for j in range(k) for t in _tokens(parts[j].text or ""))


def _plural_head(phrase: str, lemma: str) -> bool:
    return any(_names(t.group(), lemma) and _plural(t.group()) for t in _tokens(phrase))


def _cut_short(said: str, phrase: str) -> bool:
    """fr25a: PHRASE, read from SAID, stops before a word that goes on with it ("for the use" of "for the use of
    transporting ...", "with private" of "with private parking companies"), or on a word that is no noun: the phrase
    is not whole. A period, a clause or a new sentence after it is a whole end."""
    at = said.find(phrase)
    rest = said[at + len(phrase):] if at >= 0 else ""
    nxt = re.match(r"\s+([A-Za-z]+)", rest)
    last = phrase.split()[-1] if phrase.split() else ""
    if last[:1].islower() and last.isalpha() and not {"NOUN", "PROPN"} & set(_pos(last.lower())) \
            and not _participle(last):
        return True
    if not nxt or not nxt.group(1)[:1].islower() or nxt.group(1) in _vocab().ends or nxt.group(1) in _AUX:
        return False  # the phrase ends at a clause ("... grounds AFR has been deployed at", "... authority and")
    return not (nxt.group(1) in _PREPS and _TIME_START.match(rest[nxt.end():].strip()))


_TIME_TAIL = re.compile(r"(?i)\b(?:(?:for|in|during|over|since|between|from)\s+(?:the\s+)?(?:last|past|previous|"
                        r"financial|calendar|\d{4})|each\s+(?:year|month|week))\b")


def _soft_ok(p: Pointer, phrase: str | None) -> bool:
    """fr25a: a soft pointer ("each X", "the X") is written out only with a phrase whose head
    agrees: "the animals" never as "the animal used in ..." (a mass use); "each X" and "the X" may take a plural.
    (At most 18 words.)"""
    if not phrase or len(phrase.split()) > 18 or re.match(r"(?i)(?:worst|best|most|least|\w+est)\b", phrase) \
            or _TIME_TAIL.search(phrase):
        return False  # "the worst drivers", "funerals carried out each year for the last three years": not a name
    if p.det == "the" and (p.plural or not _plural_head(phrase, p.lemma)):
        return False  # "the X" only as one of several named before ("the vehicle" -> "each vehicle ..."): measured
    return (not p.plural or _plural_head(phrase, p.lemma)) and _headed_by(phrase, p.lemma)


def _written(text: str, p: Pointer, phrase: str, definite: bool = False) -> str:
    after = " ".join(text[p.end:].lower().split())
    tail = re.search(r"(?i)\b" + re.escape(p.head) + r"s?\b(.*)$", phrase) if p.head else None
    if tail and tail.group(1).strip() and after.startswith(" ".join(tail.group(1).lower().split())):
        phrase = phrase[:tail.start(1)]  # "those complaints about rats": the part says "about rats" itself
    lead = "The " if text[p.start:p.start + 1].isupper() and p.start == len(text) - len(text.lstrip()) else "the "
    if p.det == "each" or p.det == "the" and not p.plural and _plural_head(phrase, p.lemma):
        lead = "Each " if text[p.start:p.start + 1].isupper() else "each "  # fr25a: "the vehicle" of "vehicles ..."
        phrase = _singular(phrase, p.lemma)
    if not definite and p.words.lower().startswith("such") or p.lemma in _PLACE_HEADS and _NAMED_PLACE.fullmatch(f"at {phrase}"):
        lead = ""  # fr22b: "all such cases" -> "all cases of X": of that kind, not "the" ones; fx44: a place's own name
    if p.counted and p.words.lower().startswith("of "):
        lead = ("Of the " if p.words[:1].isupper() else "of the ")
    body = phrase[:1].lower() + phrase[1:] if phrase[:1].isupper() and not phrase[1:2].isupper() \
        and phrase.split()[0].lower() in _lower_ok() else phrase
    return text[:p.start] + lead + body + text[p.end:]


@functools.lru_cache(maxsize=1)
def _lower_ok() -> frozenset[str]:
    return frozenset("number total list copy copies amount cost costs budget budgets".split())


def _own_head(text: str, p: Pointer) -> bool:
    """The part names the head itself before pointing ("if any trials ... from these trials")."""
    before = text[:p.start]
    return any(_lemma(t.group()) == p.lemma for t in _tokens(before))


def _asked_already(framing, text: str) -> bool:
    """A story-reference finding already asks the person about this part (askfoi.part_references)."""
    low = (text or "").lower()
    return any(getattr(f, "code", "") == "story-reference" and (ev := (getattr(f, "evidence", "") or "").lower())
               and (ev in low or low in ev) for f in framing.findings)


def _pos_of_first(p: Pointer) -> bool:
    """POINTER's words hold more than "the" and its head ("the new cameras"): a phrase of its own, left as typed."""
    return len(p.words.split()) != 2


def _story_compound(p: Pointer, part, message: str) -> str | None:
    """fx45: the compound name the sentences of MESSAGE before PART's own words give POINTER's head ("imsi catchers" in
    "police used imsi catchers at the protest"): the head with the words right before it that name it (no verb, no
    article, no preposition), from the nearest sentence that mentions the head; None when that sentence names it
    bare, names it twice in different ways ("speed cameras and anpr cameras") or not at all."""
    from askfoi.questions import _sentences

    said = (part.source or "").strip()
    at = message.find(said[:40]) if said else -1
    if at <= 0:
        return None
    before = [x for line in message[:at].splitlines() for x in _sentences(line) if x.strip()]
    for sentence in reversed(before):
        toks = _tokens(sentence)
        found = set()
        for i, t in enumerate(toks):
            if not _names(t.group(), p.lemma):
                continue
            j = i
            while j > 0 and _name_word(toks[j - 1].group()):
                j -= 1
            found.add(" ".join(x.group() for x in toks[j:i + 1]))
        if not found:
            continue
        if len({f.lower() for f in found}) != 1:
            return None
        name = found.pop()
        return name if _compound_name(name, p) else None
    return None


def _formal(message: str) -> bool:
    """MESSAGE is a formal request (a letter): its "the X" is read from earlier parts only (fr25a)."""
    from askfoi.sentence_acts import formal_request

    return formal_request(message)


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty hundred thousand "
                          "several few".split())


def _name_word(word: str) -> bool:
    """WORD can stand in a compound name before its head: a noun, an adjective or a word no lexicon knows (an acronym
    typed in lower case, "imsi"), never a verb's form, an article, a preposition or a pronoun."""
    low = word.lower()
    if not word.isalpha() or low in _PREPS | _AUX | {"the", "a", "an", "this", "that", "these", "those", "their", "its",
                                                      "our", "your", "his", "her", "my", "and", "or", "which", "who",
                                                      "some", "any", "all", "no", "many", "much", "more", "most"}:
        return False
    pos = set(_pos(low))
    if not pos:
        return True
    if not ({"NOUN", "PROPN"} & pos):
        return False  # a verb, or an adjective that only describes ("expensive", "new"): no word of the name
    if low in _NUMBER_WORDS:
        return False  # "ten complaints": how many, not which
    from lemminflect import getAllLemmas

    verbs = getAllLemmas(low).get("VERB", ())
    return not (verbs and low not in verbs)  # "used", "installed", "worn": a verb's form, never part of the name


def _compound_name(phrase: str, p: Pointer) -> bool:
    """PHRASE (read from the story) names POINTER's thing as a compound: at most four words, ending on the head, every
    word before it a word of the name ("imsi catchers", "ULEZ cameras", "body worn video cameras"), no article,
    preposition or clause."""
    words = phrase.split()
    if not 2 <= len(words) <= 4 or not _names(words[-1], p.lemma):
        return False
    return not any(w.lower() in _PREPS | _AUX | {"the", "a", "an", "this", "that", "these", "those", "their", "its",
                                                  "our", "your", "his", "her", "my", "and", "or", "which", "who"}
                   for w in words[:-1])


def write_pointers(framing, message: str = "") -> list[PointerDone]:
    """FRAMING's parts (askfoi.framing.Framing) with their pointers written out where one earlier part names what
    they mean once (or, fr22b, when no earlier part names it, one sentence of MESSAGE before the part: the story, the
    title or a list's stem); the others asked about in FRAMING.questions. Returns what was done, part by part."""
    from askfoi.framing import render_frame
    from askfoi.templates import render

    done: list[PointerDone] = []
    asks: dict[tuple[str, str], list[int]] = {}
    plural: dict[tuple[str, str], bool] = {}
    before = [p.model_copy() for p in framing.parts]  # fr25a: what an earlier part says, never what this pass wrote
    for k, part in enumerate(framing.parts):
        if part.warning or part.kind == "personal_data" or not part.text:
            continue
        own = part.text
        if not part.kept_words and part.subject and part.kind in ("policy", "document"):
            own = " ".join(x for x in (part.subject, part.clause or "", (part.why or ":").split(":", 1)[1]) if x)
            # fr24b: never the frame's own "procedure" ("Any policy, procedure or guidance on ...")
        found = [p for p in pointers(part.text) + definites(part.text)
                 if p.counted or not (_own_head(own, q) if (q := _in(own, p)) else False)
                 and not (own is part.text and _own_head(part.text, p))]
        found.sort(key=lambda p: p.start)
        if not found:
            continue
        record = PointerDone(part=k)
        for p in reversed(found):  # from the end, so the earlier spans stay where they are
            phrase, sure = _antecedent(p, k, before if p.det else framing.parts)
            named = False
            if phrase is None and not sure and not p.counted and message and p.det != "the":
                phrase, sure = _story_antecedent(p, part, message)  # fr25a: "the X" only from an earlier part
            elif phrase is None and not sure and message and p.det == "the" and not _pos_of_first(p) \
                    and not _formal(message):
                # fx45 (nc44 #14): "the catchers" after the story's "imsi catchers": the one name the story gives the
                # thing, its head with the words that name it before it, and nothing else
                story = _story_compound(p, part, message)
                if story:
                    phrase, sure, named = story, True, True
            if p.det and not named and not _soft_ok(p, phrase):
                continue  # fr25a: a soft pointer not sure is read as it stands, never asked about
            definite = False
            if phrase is None and not sure and message and not _formal_pointer_named(p, k, before):
                phrase = _clause_antecedent(p, part, message)  # fx55: the thing told by a clause ("can claim an allowance")
                definite = phrase is not None
            if phrase:
                if part.kept_words or not part.subject:
                    part.text = _written(part.text, p, phrase, definite)
                else:
                    hit = False
                    for name in ("subject", "clause", "why"):  # fr24b: a procedure frame says its subject in "why"
                        said = getattr(part, name, None) or ""
                        at = said.find(p.words)
                        if at < 0 and named and name == "subject" and said.lower() == p.head.lower() and not hit:
                            part.subject = phrase  # fx45: the frame's subject is the bare head ("catchers"): the name
                            part.text = render_frame(part)
                            hit = True
                            continue
                        if at < 0 or hit and name != "why":
                            continue
                        q = Pointer(p.words, at, at + len(p.words), p.head, p.lemma, p.plural, p.counted, p.det)
                        setattr(part, name, _written(said, q, phrase, definite))
                        part.text = render_frame(part)
                        hit = True
                    if not hit:
                        continue
                record.written.append((p.words, phrase))
            elif not sure and not p.counted and not p.words.lower().startswith("the same") \
                    and not _named_above(p, k, before) \
                    and (not _pos(p.head.lower()) and not p.head.lower().endswith(("able", "ible"))
                         or {"NOUN", "PROPN"} & set(_pos(p.head.lower()))) and not _asked_already(
                    # (fr24b: "if you consider this disclosable": no noun, nothing to ask about)
                    framing, part.text):
                first = " ".join(p.words.lower().split()[:2])  # "this decision" and "this decision save": one ask
                key = next((x for x in asks if " ".join(x[0].split()[:2]) == first), (p.words.lower(), p.head.lower()))
                if len(p.words) < len(key[0]):
                    asks[(p.words.lower(), p.head.lower())] = asks.pop(key)
                    plural[(p.words.lower(), p.head.lower())] = plural.pop(key)
                    key = (p.words.lower(), p.head.lower())
                asks.setdefault(key, []).append(k + 1)
                plural[key] = p.plural
                record.asked.append(p)
        if record.written or record.asked:
            done.append(record)
    for (words, head), numbers in asks.items():
        question = render("frames/which_pointer.j2", head=head, words=words, parts=sorted(set(numbers)),
                          plural=plural[(words, head)]).strip()
        if question not in framing.questions:
            framing.questions.append(question)
            framing.asked_parts.append((question, [framing.parts[n - 1] for n in sorted(set(numbers))],
                                        "frames/which_pointer.j2", {"head": head, "words": words,
                                                                    "plural": plural[(words, head)]}))
    return done


_PERIOD_NOUN = r"(?:period\(s\)|periods?|years?\(s\)|years|time\s*frames?)(?![\w(])"
_TIME_POINTER = re.compile(
    r"(?i)\b(?:the\s+)?(?:aforementioned|above[-\s]?mentioned|above|stated|specified|said|requested)\s+(?:time\s+)?"
    r"(?:" + _PERIOD_NOUN + r"|dates?(?:\s+(?:range|window|span)s?)?\b|year\b)"  # fr35: "the specified date range", whole
    r"|\b(?:that|those|the\s+same)\s+(?:time\s+)?" + _PERIOD_NOUN +
    r"(?!\s*(?:of|from|between|to|ending|beginning|in\s+which|when|last|previous|the\s+year|a\s+year|\d))"
    r"|\bthe\s+(?:time\s+)?(?:" + _PERIOD_NOUN + r"|dates\b)\s+(?:requested|stated|specified|mentioned|above|in\s+question)\b")
_TWO_ENDS = re.compile(r"(?i)\d.*?(?:\bto\b|\buntil\b|\band\b|\btill\b|[-\u2013/])\s*(?:\w+\s+)?\d|\bbetween\b.*\d")


_EACH_KIND = re.compile(r"(?i)\b(?P<noun>[A-Za-z][\w-]*)\s+of\s+each\s+(?P<kind>type|kind|category|sort)\b(?!\s*\()")
_LISTED = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,5}?(?:for|of|including|such\s+as|namely)\s+"
                     r"(?P<list>[\w-]+(?:\s+[\w-]+){0,2}(?:\s*,\s*[\w-]+(?:\s+[\w-]+){0,2})*,?\s+(?:and|or)\s+[\w-]+"
                     r"(?:\s+(?!(?:in|over|during|since|for|from|between|at|on|by|to|of|within|and|or|the|which|that)\b)"
                     r"[\w-]+){0,2})")


def listed_kinds(noun: str, message: str, before: str = "") -> str | None:
    """fr25a: the kinds the message lists for NOUN ("Fixed Penalty notices issued by the organisation for dog fouling,
    litter and fly-tipping" -> "dog fouling, litter and fly-tipping"), read from the sentences of MESSAGE before
    BEFORE (a part's own words), nearest first; None when no sentence lists them or two lists differ."""
    from askfoi.questions import _sentences

    at = message.find(before[:40]) if before else len(message)
    lemma = _lemma(noun)
    for line in reversed(message[:at if at > 0 else len(message)].splitlines()):
        for sentence in reversed(_sentences(line)):
            for t in _tokens(sentence):
                if not _names(t.group(), lemma):
                    continue
                m = _LISTED.match(sentence[t.end():])
                if m:
                    items = re.split(r"\s*,\s*|\s+(?:and|or)\s+", m.group("list"))
                    if 2 <= len(items) <= 8 and all(w.lower() not in _PREPS | _DETERMINERS | _AUX
                                                    for x in items for w in x.split()):
                        return m.group("list")
    return None


def write_listed_kinds(framing, message: str) -> int:
    """fr25a: "the number of Fixed Penalty Notices of each type" says which types when the message listed them before
    the part ("... notices issued for dog fouling, litter and fly-tipping"): "of each type (dog fouling, litter and
    fly-tipping)". A part of a frame says it through the frame's subject. Returns how many parts changed."""
    from askfoi.framing import render_frame

    changed = 0
    for part in framing.parts:
        if part.warning or not part.text:
            continue
        hit = _EACH_KIND.search(part.text)
        kinds = listed_kinds(hit.group("noun"), message, part.source or part.text) if hit else None
        if not kinds:
            continue

        def put(text: str) -> str:
            return _EACH_KIND.sub(lambda m: f"{m.group()} ({kinds})", text, count=1)

        if part.kept_words or not part.subject:
            part.text = put(part.text)
        else:
            for name in ("subject", "clause"):
                value = getattr(part, name) or ""
                if _EACH_KIND.search(value):
                    setattr(part, name, put(value))
                    break
            else:
                continue
            part.text = render_frame(part)
        changed += 1
    return changed


def write_time_pointers(framing) -> int:
    """fr22b: a part that points at the letter's period instead of saying it ("over the stated period(s)", "for the
    years requested", "during the aforementioned time period") says it: "the period 1 January 2018 to 28 February
    2021". Only when the letter states one period with both its ends (FRAMING.period_text); otherwise the part is left as
    typed. Returns how many parts changed."""
    from askfoi.framing import render_frame

    label, said = getattr(framing, "period", None), getattr(framing, "period_text", None) or ""
    if not label or not _TWO_ENDS.search(said) or not re.search(r"\d{4}.*\bto\b.*\d{4}", label):
        return 0
    changed = 0
    for part in framing.parts:
        if part.warning or not part.text or not _TIME_POINTER.search(part.text):
            continue

        def put(text: str) -> str:
            return _TIME_POINTER.sub(lambda m: m.group() if re.search(r"(?i)\b(?:each|any|all|both|either|one)\s+of\s+$",
                                                                      text[:m.start()]) else f"the period {label}", text)

        if part.kept_words or not part.subject:
            part.text = put(part.text)
        else:
            hit = False
            for name in ("subject", "clause"):
                value = getattr(part, name) or ""
                if _TIME_POINTER.search(value):
                    setattr(part, name, put(value))
                    hit = True
            if not hit:
                continue
            part.text = render_frame(part)
        changed += 1
    return changed


def one_antecedent(text: str, noun: str) -> bool:
    """TEXT (an earlier part, in the person's words) names what "these/those <NOUN>" means at most once: no two
    different phrases headed by NOUN ("the contract for grass cutting and the contract for street cleaning"), none
    restricted by a clause and none a pointer itself. A reader that writes a pointer out asks this first."""
    lemma = _lemma(noun)
    skip = [(q.start, q.end) for q in pointers(text or "")]
    found = _mentions(text or "", lemma, skip)
    if any(left or restricted for _, restricted, left in found):
        return False
    probe = Pointer(noun, 0, 0, noun, lemma, False)
    return len({ph.lower() for ph, _, _ in found if _says_more(ph, probe)}) <= 1


# (fx44: "If no external company has been contracted, please ..." is a condition of its own, never the answer "if no,")
_IF_SO = re.compile(r"(?i)^\W*(?:and\s+)?if\s+(?:so|yes|(?:not|no)(?=\s*(?:[,.;:!?-]|$|then\b|please\b)))\b"
                    r"(?!\s+(?:to\s+)?(?:any|all|each|either|both)\b)")


def join_conditionals(framing) -> int:
    """A part that only follows from the one before it ("If so, the current state of said investigation.", "If yes,
    please specify ...") is joined to that part, in the order typed, so the letter never holds an "if so" with
    nothing before it in the part. "If yes to any of the above" (several parts) is left. Returns how many joined."""
    joined = 0
    k = 1
    while k < len(framing.parts):
        part, prev = framing.parts[k], framing.parts[k - 1]
        if not _IF_SO.match(part.text or "") or prev.kind == "personal_data" or not prev.text or part.warning:
            k += 1
            continue
        first = prev.text.rstrip()
        first = first if re.search(r"[.?!]$", first) else first + "."
        framing.parts[k - 1] = prev.model_copy(update={
            "kind": "kept", "subject": None, "kept_words": True,
            "source": f"{(prev.source or prev.text).rstrip()} {(part.source or part.text).strip()}",
            "text": f"{first} {part.text.strip()}"})
        del framing.parts[k]
        joined += 1
    return joined


@functools.lru_cache(maxsize=1)
def _devices() -> tuple[list[tuple[re.Pattern[str], str]], re.Pattern[str] | None]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("recording_devices")
    data = data if isinstance(data, dict) else {}
    devices = []
    for d in data.get("devices") or []:
        try:
            devices.append((re.compile(str(d["pattern"]), re.I), str(d["footage"])))
        except (KeyError, TypeError, re.error):
            continue
    try:
        pointer = re.compile(str(data.get("pointer") or ""), re.I) if data.get("pointer") else None
    except re.error:
        pointer = None
    return devices, pointer


def footage_of_device(text: str) -> str:
    """TEXT with its first "the footage" (knowledge/vocab/recording_devices.yaml) written as what the one recording
    device named before it recorded ("... used drones ... facial recognition on the footage" -> "... on the drone
    footage"); unchanged when footage is named before it, or no device, or two different devices."""
    devices, pointer = _devices()
    if pointer is None or not text:
        return text
    m = pointer.search(text)
    if m is None:
        return text
    before = text[: m.start()]
    if re.search(r"(?i)\b(?:footage|recordings?|videos?|images)\b", before):
        return text  # footage already named: "the footage" points at it
    named = {footage for rx, footage in devices if rx.search(before)}
    if len(named) != 1:
        return text
    return text[: m.start()] + "the " + named.pop() + text[m.end():]
