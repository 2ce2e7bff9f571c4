"""Institutions a message names by a name that holds a place: "nottingham univeristy hospitals", "st josephs catholic
college in swindon", "clarion housing", "tesco plc" (issue 8, org17).

A name is read by its structure, not matched against example sentences: an institution noun (the head: hospital(s),
college, academy, university, surgery, housing, ltd, plc ...; a typo of one tolerated) and the words before it that
form the name (a place, a saint, a word capitalised or rare in English, or a word that names institutions: "royal",
"teaching", "catholic"), with "of PLACE" after it ("university hospitals of derby and burton") and "in/at PLACE"
right after it ("college in swindon"). The place inside such a name says where the institution is: it is never the
body asked, so the place's council is not proposed for it. Data: knowledge/vocab/institution_names.yaml.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class InstitutionName:
    typed: str  # the name as the message writes it ("st josephs catholic college in swindon")
    span: tuple[int, int]  # where, in the message
    kind: str  # the kind's key in institution_names.yaml ("school", "company")
    question: str  # the unnamed_bodies.yaml kind asked about when no body is known by the name ("school")
    types: tuple[str, ...]  # AuthorityType values a registered body of this kind has
    name: str  # the name without its town ("st josephs catholic college")


@functools.lru_cache(maxsize=1)
def _people_of() -> frozenset[str]:
    data, _ = load_vocab("institution_names")
    return frozenset(str(w).lower() for w in ((data or {}).get("people_of") or [])) if isinstance(data, dict) else frozenset()


@dataclass(frozen=True)
class _Data:
    heads: dict[tuple[str, ...], tuple[str, str, tuple[str, ...]]]  # head words -> (kind, question, types)
    single_heads: frozenset[str]  # one-word heads long enough to be matched with a typo
    modifiers: frozenset[str]
    not_in_name: frozenset[str]
    not_after: frozenset[str]
    place_only_not: frozenset[str]
    any_before: frozenset[str]  # heads before which any word but generic_before names the institution ("orbit housing")
    generic_before: frozenset[str]
    companies: tuple[tuple[str, ...], ...]
    kind_before: dict[str, frozenset[str]] = None  # fx44: per kind, words before its head that make it a thing ("trauma surgery")
    heads_first: dict[tuple[str, ...], tuple[str, str, tuple[str, ...]]] = None  # ad48: "ysgol", "coleg": the head first


@functools.lru_cache(maxsize=1)
def _data() -> _Data:
    data, _ = load_vocab("institution_names")
    data = data if isinstance(data, dict) else {}
    heads: dict[tuple[str, ...], tuple[str, str, tuple[str, ...]]] = {}
    place_only_not: set[str] = set()
    any_before: set[str] = set()
    generic_before: set[str] = set()
    kind_before: dict[str, frozenset[str]] = {}
    heads_first: dict[tuple[str, ...], tuple[str, str, tuple[str, ...]]] = {}
    for kind, spec in (data.get("kinds") or {}).items():
        if not isinstance(spec, dict):
            continue
        for head in spec.get("heads_first") or []:
            heads_first[tuple(str(head).lower().split())] = (str(kind), str(spec.get("question") or kind),
                                                              tuple(str(t) for t in spec.get("types") or []))
        kind_before[str(kind)] = frozenset(str(w).lower() for w in spec.get("kind_before") or [])
        for head in spec.get("heads") or []:
            heads[tuple(str(head).lower().split())] = (str(kind), str(spec.get("question") or kind),
                                                        tuple(str(t) for t in spec.get("types") or []))
        place_only_not |= {str(w).lower() for w in spec.get("place_only_not") or []}
        any_before |= {str(w).lower() for w in spec.get("any_before") or []}
        generic_before |= {str(w).lower() for w in spec.get("generic_before") or []}
    low = lambda k: frozenset(str(w).lower() for w in data.get(k) or [])  # noqa: E731
    return _Data(
        heads=heads,
        single_heads=frozenset(h[0] for h in heads if len(h) == 1 and len(h[0]) >= 7),
        modifiers=low("modifiers"),
        not_in_name=low("not_in_name"),
        not_after=low("not_after"),
        place_only_not=frozenset(place_only_not),
        any_before=frozenset(any_before),
        generic_before=frozenset(generic_before),
        companies=tuple(tuple(str(c).lower().split()) for c in data.get("companies") or []),
        kind_before=kind_before,
        heads_first=heads_first,
    )


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019&.-]*[A-Za-z]|[A-Za-z&]")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().replace("\u2019", "'"), m.start(), m.end()) for m in _TOKEN.finditer(text or "")]


def _places() -> frozenset[str]:
    from askfoi.framing import _place_names

    return _place_names()


def _rare(word: str) -> bool:
    from askfoi.framing import _frequency

    return _frequency(word) < _RARE


def _uncommon(word: str) -> bool:
    from askfoi.framing import _frequency

    return _frequency(word) < _UNCOMMON


def _slip(word: str) -> bool:
    """ck26: WORD is a common word typed with a slip ("recieved"), no name's own word."""
    from askfoi.spelling import _close_common

    return _close_common(word) is not None


_UNCOMMON = 1000  # a word this uncommon may stand in a name beside a place ("oxford spires academy")
_RARE = 150  # a word this rare in general English is a name's own word ("hallam", "clarion", "josephs"; not "inpatient")


def _head_at(words: list[str], i: int, data: _Data) -> tuple[int, tuple[str, str, tuple[str, ...]]] | None:
    """(words the head takes, its kind) for an institution noun starting at I, the longest first; a one-word head
    typed with a slip ("univeristy", "hospitl") when the word is rare and close to it."""
    for n in (3, 2, 1):
        key = tuple(words[i:i + n])
        if len(key) == n and key in data.heads:
            return n, data.heads[key]
    word = words[i]
    if len(word) >= 7 and _rare(word):
        close = difflib.get_close_matches(word, data.single_heads, n=1, cutoff=0.85)
        if close:
            return 1, data.heads[(close[0],)]
    return None


def _name_word(tok: str, low: str, data: _Data, sentence_start: bool) -> bool:
    """A word that makes a run a name of its own: a place, a word capitalised mid-sentence, or one rare in English."""
    if low in data.not_in_name or low in data.modifiers and low not in _places():
        return False
    if "-" in low and not any(_rare(piece) for piece in low.split("-") if piece):
        return False  # "consultant-led", "council-run": common words joined, a description (h18), not a name
    return low in _places() or (tok[:1].isupper() and not sentence_start) or _rare(low)


def institution_names(text: str) -> list[InstitutionName]:
    """Every institution TEXT names by a name of its own, in text order (none for a kind alone: "the hospital",
    "primary schools", "my gp"; none for a thing named by the noun: "school places", "housing benefit")."""
    data = _data()
    toks = _tokens(text)
    words = [t[0].lower() for t in toks]
    out: list[InstitutionName] = []
    taken = -1
    for i in range(len(toks)):
        if i <= taken:
            continue
        bare = [re.sub(r"'s?$", "", w) for w in words[i:i + 4]]  # "amazon's swindon warehouse"
        company = next((c for c in data.companies if tuple(bare[:len(c)]) == c), None)
        if company is not None:
            end = i + len(company)
            head = _head_at(words, end, data) if end < len(words) else None
            if head is not None and head[1][0] == "company":
                end += head[0]
            made = _make(text, toks, i, end, end, ("company", "company", ()))
            from askfoi.name_roles import modifier_noun, named_as_place

            if modifier_noun(text, made.span[1], company=True) or named_as_place(text, made.span[0], made.span[1]):
                taken = end - 1  # ck25b: "Microsoft Excel format", "Google Maps": a product, not the company asked
                continue
            out.append(InstitutionName(made.typed, made.span, made.kind, made.question, made.types,
                                       re.sub(r"['\u2019]s?$", "", made.name)))
            taken = end - 1
            continue
        first = _head_first(text, toks, words, i, data)
        if first is not None:  # ad48: "Ysgol Glan Clwyd", "ysgol bro morgannwg in barry": Welsh for school, then its name
            out.append(first)
            taken = next(k for k, t in enumerate(toks) if t[2] >= first.span[1])
            continue
        head = _head_at(words, i, data)
        owner = False
        if head is None and i > 0:
            # ff28: "mast on Saint Mary's School's roof", "Hillside Primary School's head": a name's head in the
            # possessive ends the name (a kind alone, "the school's uniform", still names no body: see `named`)
            bare = re.sub(r"['\u2019]s$", "", words[i])
            head = _head_at(words[:i] + [bare], i, data) if bare != words[i] else None
            owner = head is not None and head[0] == 1
            head = head if owner else None
        if head is None:
            continue
        n, kind = head
        after = "" if owner else words[i + n] if i + n < len(words) else ""
        if after and text[toks[i + n - 1][2]:toks[i + n][1]].strip():
            after = ""  # nz70: "the Horizon Learning Trust (multi academy trust in ...)": a bracket or a comma ends the name
        if after and _head_at(words, i + n, data) is not None and after not in data.not_after:
            continue  # "nottingham univeristy hospitals": "university" is a word of the hospitals' name
        if after in data.not_after or (after.endswith("'s") and kind[0] != "company"):
            continue  # "school places", "hospital car park", "the school's uniform"
        if i > 0 and words[i - 1] in (data.kind_before or {}).get(kind[0], ()):
            continue  # fx44: "Trauma and Orthopaedic surgery", "cataract surgery": a kind of operation, not a practice
        # the words before the head that form the name
        start = i
        while start > 0 and i - start < 5:
            tok, low = toks[start - 1][0], words[start - 1]
            if text[toks[start - 1][2]:toks[start][1]].strip() not in ("", "&"):
                break  # a comma or a bracket between: another phrase
            if low in ("and", "&") and start - 2 >= 0 and start - 1 > 0 and (
                    words[start - 2] in data.modifiers or _name_word(toks[start - 2][0], words[start - 2], data, False)):
                start -= 1  # "guys and st thomas"
                continue
            if low in data.not_in_name:
                break
            if low == "of" and start - 2 >= 0 and words[start - 2] in _people_of():
                break  # ad51: "the headteacher of Greenfield Primary School": the school's name starts after "of"
            if not (low in data.modifiers or _name_word(tok, low, data, False) or _uncommon(low) or low.endswith("s")
                    and _rare(low.rstrip("s'"))):
                break  # (an uncommon word continues a name, "oxford spires academy", but makes none on its own)
            start -= 1
        while start < i and words[start] in ("of", "and", "&"):
            start += 1  # ff28: "the head of Royal Derby Hospital": a name starts with none of these
        end = i + n
        # "university of manchester", "university hospitals of derby and burton"
        if not owner and end < len(toks) and words[end] == "of":
            k = end + 1
            # only a place or a capitalised name: "of derby and burton", "of east anglia", not "of physicians avoidability"
            while k < len(toks) and k - end <= 4 and not words[k].endswith("'s") and _joined(text, toks, k) and (
                    words[k] in _places() or words[k] in ("and", "&") and k > end + 1
                    or toks[k][0][:1].isupper() and words[k] not in data.not_in_name
                    or words[k] in ("north", "south", "east", "west", "central", "the")):
                k += 1
            while k > end + 1 and words[k - 1] in ("and", "&", "the"):
                k -= 1
            if k > end + 1:
                end = k
        # "nhs trust" / "nhs foundation trust" after the name
        for tail in (("nhs", "foundation", "trust"), ("nhs", "trust"), ("foundation", "trust"), ("trust",)):
            if not owner and tuple(words[end:end + len(tail)]) == tail:
                end += len(tail)
                break
        if not owner and end == i + n and end < len(toks) and not text[toks[end - 1][2]:toks[end][1]].strip() \
                and words[end] not in data.not_in_name and words[end] not in data.not_after \
                and _head_at(words, end, data) is None and (words[end] in _places() or _rare(words[end])
                                                            and not _slip(words[end])) \
                and not (start == i and i > 0 and words[i - 1] in ("the", "a", "an", "my", "our", "his", "her", "their")):
            end += 1  # ck26: "harris academy battersea", "ark academy putney": the branch's place ends the name
            if start == i and i > 0 and words[i - 1] not in data.not_in_name and not text[toks[i - 1][2]:toks[i][1]].strip() \
                    and re.fullmatch(r"[a-z&'-]+", words[i - 1]) and words[i - 1] not in data.generic_before:
                start = i - 1  # "ark academy putney": the word before is the chain's own name
        name_end = end
        # "college in swindon", "surgery, bristol": the town the institution is in
        if owner:
            pass
        elif end + 1 < len(toks) and words[end] in ("in", "at") and words[end + 1] in _places():
            end += 2
        elif end < len(toks) and text[toks[end - 1][2]:toks[end][1]].strip() in (",", "(") and words[end] in _places() \
                and text[toks[end - 1][2]:toks[end][1]].count("\n") < 2:
            end += 1
        own = [k for k in range(start, name_end) if k < i or k >= i + n]
        named = [k for k in own if _name_word(toks[k][0], words[k], data, k == 0 or text[:toks[k][1]].rstrip()[-1:] in ".?!")
                 or (k > 0 and words[k - 1] in ("st", "st.", "saint"))]
        if not named and end > name_end:  # "riverside medical centre, bristol": an uncommon word, with the town
            named = [k for k in own if _uncommon(words[k]) and words[k] not in data.modifiers]
        if not named and kind[0] in ("gp", "school") and own and start > 0 and words[start - 1] == "the" \
                and all(_uncommon(words[k]) and words[k] not in data.modifiers for k in own):
            named = own  # ck26: "the oaks medical centre", "the willows surgery": "the" and a word of its own name it
        if not named and words[i] in data.any_before and start == i and i > 0 and words[i - 1] not in data.generic_before \
                and words[i - 1] not in data.not_in_name and words[i - 1] not in _places() and re.fullmatch(r"[a-z&'-]+", words[i - 1]) \
                and not text[toks[i - 1][2]:toks[i][1]].strip():
            start, named = i - 1, [i - 1]  # "orbit housing", "sanctuary housing": a housing association's own word
        if not named:
            continue  # "primary schools", "the local hospital": a kind, not a name
        if kind[0] == "housing association" and words[i] in data.place_only_not and i + n == name_end and all(
                words[k] in _places() for k in named):
            continue  # "croydon housing": the council's housing service
        made = _make(text, toks, start, end, name_end, kind)
        if kind[1] == "academy_trust" and tuple(made.name.lower().replace("-", " ").split()) in data.heads:
            continue  # nz70: "(multi academy trust in birmingham)": a trust by its kind and place, no name of its own
        out.append(made)
        taken = end - 1
    return out


def _head_first(text: str, toks, words: list[str], i: int, data: _Data) -> InstitutionName | None:
    """(ad48) The institution named at I by a name whose institution word comes first ("Ysgol Glan Clwyd", "Coleg
    Gwent", "ysgol bro morgannwg in barry"): the word (knowledge/vocab/institution_names.yaml `heads_first`), then up
    to four words of its own name (none a common English word nor one that never stands in a name: "ysgol in barry"
    names nothing), then "in/at PLACE" when a place follows; None when no such name starts at I."""
    found = next(((n, data.heads_first[key]) for n in (2, 1) for key in [tuple(words[i:i + n])]
                  if len(key) == n and key in (data.heads_first or {})), None)
    if found is None:
        return None
    n, kind = found
    end = i + n
    while end < len(toks) and end - i - n < 4 and _joined(text, toks, end) and words[end] not in data.not_in_name \
            and words[end] not in data.not_after and (_uncommon(words[end]) or len(words[end]) <= 3
                                                      or toks[end][0][:1].isupper()):
        end += 1
    while end > i + n and len(words[end - 1]) <= 2:
        end -= 1  # "ysgol bro y": a name ends on a word of its own
    if end == i + n:
        return None
    name_end = end
    if end + 1 < len(toks) and words[end] in ("in", "at"):
        from askfoi.area_councils import _places as _towns

        towns, _ = _towns()
        two = " ".join(words[end + 1:end + 3])
        if len(words) > end + 2 and two in towns:
            end += 3  # "in llantwit major"
        elif words[end + 1] in _places() or words[end + 1] in towns:
            end += 2
    return _make(text, toks, i, end, name_end, kind)


def _joined(text: str, toks, k: int) -> bool:
    """ff28: token K carries on the words before it: only spaces (at most one line break) between, no comma, colon or
    paragraph break ("Dear University of Reading,\n\nUnder the Freedom ...": "Under" opens the next sentence)."""
    gap = text[toks[k - 1][2]:toks[k][1]]
    return not gap.strip() and gap.count("\n") < 2


def _make(text: str, toks, start: int, end: int, name_end: int, kind: tuple[str, str, tuple[str, ...]]) -> InstitutionName:
    span = (toks[start][1], toks[end - 1][2])
    name = text[toks[start][1]:toks[name_end - 1][2]]
    typed = text[span[0]:span[1]]
    if name_end == end:  # "the University of Cambridge's 2010/11 M. Phil": the name without its 's
        name = typed = re.sub(r"['\u2019]s?$", "", typed)
        span = (span[0], span[0] + len(typed))
    return InstitutionName(typed=typed, span=span, kind=kind[0], question=kind[1], types=kind[2], name=name)


def registered_body(found: InstitutionName) -> str | None:
    """The body askfoi knows by FOUND's name (a near spelling tolerated: "nottingham univeristy hospitals" ->
    Nottingham University Hospitals NHS Trust), when it is of the institution's kind; None otherwise."""
    from askfoi.authorities import resolve_authority

    hit = resolve_authority(found.name)
    if found.kind == "company":  # ff29: a company askfoi lists as a public body ("CalMac Ferries Ltd", owned by the
        # Scottish Ministers and covered by FOISA) is that body; any other company is covered by no FOI law
        if hit is None or not hit.known or not hit.covered or hit.score < _COMPANY_SCORE:
            return None
        from askfoi.place_councils import current_body

        return current_body(hit.name)
    if hit is None or not hit.known or not hit.covered or (found.types and hit.type.value not in found.types):
        return None
    if hit.score < _SCORE:
        return None
    if found.kind == "school" and _other_phase(found.name, hit.name):
        return None  # ad48: "oakwood primary school" is not Oakwood Park Grammar School
    from askfoi.place_councils import current_body

    return current_body(hit.name)


def _other_phase(typed: str, listed: str) -> bool:
    """(ad48) Whether TYPED names a school's phase or type (institution_names.yaml `school_phases`: "primary") that
    LISTED, a registered body's name, does not have while LISTED has another ("grammar")."""
    data, _ = load_vocab("institution_names")
    phases = {str(w).lower() for w in ((data or {}).get("school_phases") or [])} if isinstance(data, dict) else set()
    mine = set(re.findall(r"[a-z]+", typed.lower())) & phases
    theirs = set(re.findall(r"[a-z]+", listed.lower())) & phases
    return bool(mine and theirs and not mine & theirs)


_SCORE = 85  # how close a registered body's name must be to the name typed
_COMPANY_SCORE = 90  # ... a company's: its own name ("Ltd" for "Limited"), not a near one
