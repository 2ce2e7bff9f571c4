"""The role a body's name plays in its sentence (ck25b): the addressee is a role, never any name found.

A name right before a noun it qualifies ("Microsoft Excel format", "the Home Office licence classification") names a
product, a licence or a format: the noun is the thing, the name says whose. A name after the words that cite a
source ("an article produced by the Audit Commission", "according to Ofsted") says where the person read something.
Neither is the body the request is sent to. Data: knowledge/vocab/name_roles.yaml.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("name_roles")
    data = data if isinstance(data, dict) else {}

    def joined(key: str) -> str:
        return "|".join(f"(?:{t})" for t in data.get(key) or [] if isinstance(t, str) and t.strip())

    nouns, sources, said = joined("artefact_nouns"), joined("source_before"), joined("said_before")
    return (re.compile(rf"(?i)^['\u2019]?s?\s*(?:{nouns})\b") if nouns else None,
            re.compile(rf"(?i)\b(?:{sources})\s+(?:the\s+)?$") if sources else None,
            re.compile(rf"(?i)\b(?:{said})\s+(?:the\s+)?$") if said else None)


def modifier_noun(text: str, end: int, *, company: bool = False) -> str | None:
    """The noun a name ending at END of TEXT qualifies ("licence" in "the Home Office licence classification") when it
    is a product, a licence, a format or a file: the name is no addressee; None otherwise. COMPANY: the name is a
    company's, and a capitalised word right after it is its product's name ("Microsoft Excel", "Google Maps")."""
    nouns = _patterns()[0]
    after = text[end:end + 60]
    m = nouns.match(after) if nouns is not None else None
    if m:
        return m.group(0).strip()
    if company:
        product = re.match(r"[ \t]+([A-Z][A-Za-z0-9]+)\b", after)
        if product and not re.match(r"(?:I|The|And|Or|In|On|At|To|For|Of|Ltd|Limited|Plc|PLC|UK|Group|Inc)$", product.group(1)):
            return product.group(1)
    return None


@functools.lru_cache(maxsize=1)
def _place_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("name_roles")
    data = data if isinstance(data, dict) else {}
    before = "|".join(f"(?:{t})" for t in data.get("place_before") or [] if isinstance(t, str) and t.strip())
    nouns = "|".join(f"(?:{t})" for t in data.get("place_nouns") or [] if isinstance(t, str) and t.strip())
    return (re.compile(rf"(?i)\b(?:{before})\s+(?:the\s+)?$") if before else None,
            re.compile(rf"(?i)^['\u2019]?s?\s+(?:{nouns})\b") if nouns else None)


@functools.lru_cache(maxsize=1)
def _aside_pattern() -> re.Pattern[str] | None:
    data, _ = load_vocab("name_roles")
    data = data if isinstance(data, dict) else {}
    aside = "|".join(f"(?:{t})" for t in data.get("aside_before") or [] if isinstance(t, str) and t.strip())
    return re.compile(rf"(?i)\b(?:{aside})\s+(?:the\s+)?$") if aside else None


def named_aside(text: str, start: int) -> bool:
    """ck26: the name starting at START of TEXT is one the person asked before, a source of figures or a comparison
    ("further to my requests to APHA", "using figures from Public Health Scotland", "compared with the PSNI"): beside
    another body asked, never the body the letter goes to."""
    aside = _aside_pattern()
    before = text[max(0, start - 80):start]
    before = before[max(before.rfind(c) for c in ".?!\n;") + 1:]
    return bool(aside is not None and aside.search(before))


def named_as_place(text: str, start: int, end: int) -> bool:
    """ck26: the name at START:END of TEXT says where something is or happened ("a camera outside Tesco", "the tesco
    car park"): a landmark, not the body asked."""
    before, nouns = _place_patterns()
    return bool(before is not None and before.search(text[max(0, start - 60):start])
                or nouns is not None and nouns.match(text[end:end + 40]))


def cited_source(text: str, start: int, *, said: bool = False) -> bool:
    """True when the name starting at START of TEXT is cited, within its sentence, as the author of a document the
    person read ("an article produced by the Audit Commission"); SAID: or as the one who said something ("according
    to the ONS")."""
    _, sources, reported = _patterns()
    before = text[max(0, start - 120):start]
    before = before[max(before.rfind(c) for c in ".?!\n") + 1:]
    return bool(sources is not None and sources.search(before) or said and reported is not None and reported.search(before))


@functools.lru_cache(maxsize=1)
def _role_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("name_roles")
    data = data if isinstance(data, dict) else {}
    out = []
    for key in ("standard_before", "direction_before"):
        words = "|".join(f"(?:{t})" for t in data.get(key) or [] if isinstance(t, str) and t.strip())
        out.append(re.compile(rf"(?i)\b(?:{words})\s+(?:the\s+)?$") if words else None)
    return out[0], out[1]


@functools.lru_cache(maxsize=1)
def _standard_after() -> re.Pattern[str] | None:
    data, _ = load_vocab("name_roles")
    words = "|".join(f"(?:{t})" for t in (data or {}).get("standard_after") or [] if isinstance(t, str) and t.strip())
    return re.compile(rf"(?i)^['\u2019]?s?\s+(?:{words})\b") if words else None


def named_as_standard(text: str, start: int, end: int | None = None) -> bool:
    """ff27: the name starting at START of TEXT is cited as the author of a rule, definition or category the request
    uses ("as per Home Office outcome types", "as set out by the Home Office"): never the body asked. fx85: so is a
    name ending at END that qualifies a scheme of categories ("different Home Office offence groups")."""
    standard = _role_patterns()[0]
    if standard is not None and standard.search(text[max(0, start - 60):start]):
        return True
    after = _standard_after()
    return bool(end is not None and after is not None and after.match(text[end:end + 60]))


def named_as_direction(text: str, start: int) -> bool:
    """ff27: the place starting at START of TEXT is a direction ("going towards Bromley"): never the body asked."""
    direction = _role_patterns()[1]
    return bool(direction is not None and direction.search(text[max(0, start - 40):start]))


_SMALL = frozenset("of and for the in on to a an & with at by".split())


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'\u2019-]*", words) if w.lower() not in _SMALL).upper()


def defined_otherwise(text: str, typed: str, body: str) -> str | None:
    """ff28: the words TEXT spells the acronym TYPED out as ("Indicative Activity Plans (IAP)", "IAP (Indicative
    Activity Plans)") when they are not BODY's name: the acronym stands for them in this message, so BODY, found by
    the same letters, is not the body named. None when TYPED is no acronym or the message does not spell it out."""
    acronym = re.sub(r"['\u2019]?s$", "", (typed or "").strip())
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    n = len(acronym)
    word = r"[A-Za-z][\w'\u2019-]*"
    spans = [
        rf"((?:{word}\s+){{{n - 1},{n + 3}}}{word})\s*\(\s*{acronym}s?\s*\)",  # Indicative Activity Plans (IAP)
        rf"\b{acronym}s?\s*\(\s*((?:{word}\s+){{{n - 1},{n + 3}}}{word})\s*\)",  # IAP (Indicative Activity Plans)
    ]
    for pattern in spans:
        for m in re.finditer(pattern, text):
            words = m.group(1).split()
            for k in range(len(words) - 1, -1, -1):  # the words whose initials spell the acronym, the nearest first
                tail = " ".join(words[k:])
                if _initials(tail) == acronym:
                    return None if tail.lower() in (body or "").lower() else tail
    return None


@functools.lru_cache(maxsize=1)
def _fx70_patterns() -> dict[str, re.Pattern[str]]:
    data, _ = load_vocab("name_roles")
    data = data if isinstance(data, dict) else {}
    out = {}
    for key in ("example_markers", "gloss_before", "appeal_before", "recipient_before", "party_before", "approver_before",
                "near_before"):
        words = "|".join(f"(?:{t})" for t in data.get(key) or [] if isinstance(t, str) and t.strip())
        if words:
            tail = (r"[\s:,(]+(?:(?!(?:how|what|which|did|does|do|has|have|please|provide|many|much)\b)[\w'&-]+[\s,]+){0,6}$"
                    if key == "example_markers" else r"\s+(?:the\s+)?$")
            out[key] = re.compile(rf"(?i)(?:^|(?<=[\s(\[,;:-]))(?:{words}){tail}")
    return out


def _clause_before(text: str, start: int, width: int = 160) -> str:
    """The words of TEXT's clause before START (back to a sentence end, a line break or a semicolon; the dots of
    "e.g.", "i.e.", "a.k.a." end nothing)."""
    before = text[max(0, start - width):start]
    masked = re.sub(r"(?i)\b(?:e\.\s?g|i\.e|a\.k\.a|a\.k|etc|eg)\.", lambda m: m.group(0).replace(".", "_"), before)
    cut = max(masked.rfind(c) for c in ".?!\n;")
    return before[cut + 1:]


def _in_example_block(text: str, start: int) -> bool:
    """The name at START lies in the lines of an example block: a line that is only a marker ("e.g.", "For example:",
    "Example:") opens it; it runs until a line that asks again ("please", "could you", "I would like")."""
    marker = _fx70_patterns().get("example_markers")
    if marker is None:
        return False
    lines = text[:start].split("\n")
    for line in reversed(lines[:-1]):
        bare = line.strip()
        if not bare:
            continue
        if re.search(r"(?i)\b(?:please|could\s+you|can\s+you|would\s+you|i\s+would\s+like|i\s+request|provide)\b", bare):
            return False
        if len(bare) <= 16 and re.fullmatch(r"(?i)(?:e\.\s?g\.?|eg\.?|for\s+(?:example|instance)|examples?)\W*", bare):
            return True
    return False


def _sentence_asks(text: str, start: int, end: int) -> bool:
    """Whether the sentence of TEXT holding START:END asks: it ends with "?" or opens with a question word, an
    auxiliary or a word of asking (the sentence of this name, never another that names it too)."""
    masked = re.sub(r"(?i)\b(?:e\.\s?g|i\.e|etc)\.", lambda m: m.group(0).replace(".", "_"), text)
    begin = max(masked.rfind(c, 0, start) for c in ".?!\n") + 1
    stops = [i for i in (masked.find(c, end) for c in ".?!\n") if i >= 0]
    stop = min(stops) if stops else len(text)
    sentence = text[begin:stop + 1].strip()
    return sentence.endswith("?") or bool(re.match(
        r"(?i)\W*(?:\d+\W*)?(?:how|what|why|when|where|which|who|whom|whose|did|does|do|was|were|has|have|had|is|are|will|would|"
        r"can|could|should|please|kindly|provide|list|state|give|send|i\s+(?:would|wish|want)|may\s+i)\b",
        sentence))


def not_asked_role(text: str, start: int, end: int, body: str, *, in_question: bool, bare_place: bool) -> str | None:
    """fx70: the role the name at START:END of TEXT plays when it is not the body the letter asks, by the structure of
    its clause: "example" (after "e.g.", "such as", or inside an example block), "gloss" ("ACM (aka ACP)": another name
    for the thing before), "appeal" (where the person would appeal or complain), "recipient" (what is asked was issued
    or given to it), "party" (the other party to dealings with the body the letter names by its kind: "between the
    Ministry and X"), "approver" (it approved a thing, in a sentence that asks nothing), "near" (a bare place a thing is
    near). BODY is the body the name resolves to; None when the name may be the addressee."""
    pats = _fx70_patterns()
    clause = _clause_before(text, start)
    example = pats.get("example_markers")
    if example is not None and (example.search(clause) or _in_example_block(text, start)):
        return "example"
    gloss = pats.get("gloss_before")
    if gloss is not None:
        m = gloss.search(clause)
        if m:
            glossed = clause[:m.start()].rstrip(" (")
            from askfoi.authorities import resolve_authority

            words = re.findall(r"[\w&'\u2019-]+", glossed)[-5:]
            same = any((found := resolve_authority(" ".join(words[k:]))) is not None and found.known and found.name == body
                       for k in range(len(words)))
            if not same:
                return "gloss"
    for key, role in (("appeal_before", "appeal"), ("recipient_before", "recipient"), ("party_before", "party")):
        pat = pats.get(key)
        if pat is not None and pat.search(clause):
            return role
    approver = pats.get("approver_before")
    if approver is not None and approver.search(clause) and not _sentence_asks(text, start, end):
        return "approver"
    near = pats.get("near_before")
    if bare_place and near is not None and near.search(clause):
        return "near"
    return None


def without_examples(text: str) -> str:
    """fx70: TEXT with the words of its examples blanked (same length, line breaks kept): the lines of an example block
    (after a line that is only "e.g." or "For example:", until a line that asks again) and an example clause ("e.g.
    London Borough of Bexley" to its clause's end). An example names what is meant by a kind, never the body asked:
    no body or place is found in it."""
    example = _fx70_patterns().get("example_markers")
    if example is None or not re.search(r"(?i)\be\.?\s?g\b|\bfor\s+(?:example|instance)\b|\bsuch\s+as\b|\bexample\b", text):
        return text
    chars = list(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "

    pos = 0
    in_block = False
    for line in text.split("\n"):
        bare = line.strip()
        if in_block and bare and re.search(r"(?i)\b(?:please|could\s+you|can\s+you|would\s+you|i\s+would\s+like|i\s+request|provide)\b", bare):
            in_block = False
        if in_block:
            blank(pos, pos + len(line))
        elif bare and len(bare) <= 16 and re.fullmatch(r"(?i)(?:e\.\s?g\.?|eg\.?|for\s+(?:example|instance)|examples?)\W*", bare):
            in_block = True
        pos += len(line) + 1
    for m in re.finditer(r"(?i)(?:\(\s*|(?<=[\s,;:]))(?:e\.\s?g\.?|eg\.|for\s+example|for\s+instance|such\s+as)[\s:,]+", text):
        stop = re.search(r"[.;?!\n)]|$", text[m.end():].replace("e.g.", "e_g_"))
        blank(m.end(), m.end() + stop.start())
    return "".join(chars)
