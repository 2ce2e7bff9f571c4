"""The safety net on parts askfoi wrote in its own words (fx45, issue 8: "the biggest lever is whole messages").

A part rendered from its frame ("The number of noise complaints received, broken down by year.") says what the
person asked in askfoi's words. When that rewrite leaves out content words of the person's question (the first
quarter of 2015, the categories of a breakdown, who provides the cameras), the letter asks less than the person did,
silently. This module reads each rendered part against its question (`Frame.source`):

- `lost_words`: the content words of the question the part does not say, by lemma, leaving out the body asked, the
  period (said as dates elsewhere), the words of asking and the measure a template words its own way
  (knowledge/vocab/part_safety.yaml);
- `net_problems`: why the part is not safe to send: two or more content words lost, or a pointer ("these vehicles",
  "it") the question did not have;
- `stands_alone`: the person's question read alone is a request that needs nothing around it (no "this report",
  "the above", "it" with nothing before it in its own first sentence).

`askfoi.part_gate.gate_parts` uses them after its own checks: a part the net flags is replaced by the person's
question kept whole when that question stands alone and asks for information; else the part stays as it is (a
broken rewrite is never swapped for a question that points at the story). Parts kept in the person's words are not
read here: they are already the question whole.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from askfoi.framing import Frame

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d+(?:[/.,-]\d+)*(?:s\b)?")
_EXAMPLES = re.compile(r"(?i)\(\s*(?:e\.?g\.?|i\.?e\.?|for\s+example|for\s+instance|such\s+as|including|like)\b[^)]*\)")
_MONTHS = frozenset("january february march april may june july august september october november december jan feb mar "
                    "apr jun jul aug sep sept oct nov dec".split())
_YEAR = re.compile(r"(?:19|20)\d\d(?:[/-]\d{2,4})?$")


@functools.lru_cache(maxsize=1)
def _vocab() -> dict[str, frozenset[str]]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("part_safety")
    data = data if isinstance(data, dict) else {}
    out = {k: frozenset(str(w).lower() for w in (data.get(k) or [])) for k in
            ("body_words", "period_words", "measure_words", "period_units", "period_before", "function_words",
             "body_phrases")}
    same = data.get("same_as") if isinstance(data.get("same_as"), dict) else {}
    out["same_as"] = {str(k).lower(): frozenset(str(w).lower() for w in (v or [])) for k, v in same.items()}  # type: ignore[assignment]
    return out


@functools.lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    from askfoi.lost_asks import _STOP

    return frozenset(_STOP)


@functools.lru_cache(maxsize=4096)
def _lemmas(word: str) -> frozenset[str]:
    from lemminflect import getAllLemmas

    low = word.lower().replace("\u2019", "'")
    out = {low}
    for forms in getAllLemmas(low).values():
        out.update(f.lower() for f in forms)
    if low.endswith("'s"):
        out.add(low[:-2])
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def _verb_form(low: str) -> bool:
    """LOW is an inflected form of a verb ("fixed", "got", "installed", "flagging") or a verb and nothing else."""
    from lemminflect import getAllLemmas

    lem = getAllLemmas(low)
    verbs = set(lem.get("VERB", ())) | set(lem.get("AUX", ()))
    if not verbs:
        return False
    if low not in verbs:
        return True
    return not lem.get("NOUN") and not lem.get("ADJ") and not lem.get("PROPN")


def _ignored(word: str, before: str, after: str, extra: frozenset[str]) -> bool:
    """WORD of the question may go unsaid in the part: a small word, the body, the period, a measure or asking word,
    a year, or a number that counts the period's years ("the last 5 years")."""
    v = _vocab()
    low = word.lower()
    if re.match(r"\d", word):
        if _YEAR.match(word) or after in _MONTHS or before in _MONTHS:
            return True  # a year, or the day of a date ("1 January 2023"): the period, said in full elsewhere
        return after in v["period_units"] and before in v["period_before"]
    lem = _lemmas(word)
    if low in _stop() or low in v["function_words"] or len(low) < 3:
        return True
    if _verb_form(low):
        return True  # a verb the template words its own way ("got fixed" -> "resolved", "cost" -> "spent"): what is
        # asked is in its nouns, numbers and adjectives
    return bool(lem & (v["body_words"] | v["period_words"] | v["measure_words"] | extra))


def phrase_says(text: str) -> set[str]:
    """nx97: the words of a question that a phrase TEXT holds says in other words (detail_words.yaml phrase_says:
    "absent from work" says "off", "sick", "signed")."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("detail_words")
    pairs = (data.get("phrase_says") or {}) if isinstance(data, dict) else {}
    return {str(w).lower() for phrase, ws in pairs.items() if str(phrase).lower() in (text or "").lower() for w in ws or []}


def lost_words(source: str, text: str, authority: str | None = None) -> list[str]:
    """The content words of SOURCE (the person's question) that TEXT (the part) does not say, in the order typed;
    matched by lemma ("switch"/"switching", "plans"/"planning"). AUTHORITY's own words are never lost (the letter is
    addressed to it). Empty when nothing of content is left out."""
    said: set[str] = set()
    for w in _WORD.findall(re.sub(r"(?<=\w)-(?=\w)", " ", text or "")):  # ("strip-searched", "under-18s")
        said |= _lemmas(w)
    extra = frozenset(w.lower() for w in _WORD.findall(authority or ""))
    source = _EXAMPLES.sub(" ", source or "")  # "(for example missing persons, public order)": examples, not asked
    from askfoi.periods import day_periods

    for _, _, (a, b) in reversed(day_periods(source)):
        source = source[:a] + " " + source[b:]  # lf58: "on bonfire night", "last weekend": the period, said as dates
    for phrase in _vocab()["body_phrases"]:
        source = re.sub(rf"(?i)\b{re.escape(phrase)}\b", " ", source)  # the body asked, named by its office
    words = _WORD.findall(re.sub(r"(?<=\w)-(?=\w)", " ", source))
    said |= phrase_says(text)  # nx97: "absent from work" says "off sick"
    out = []
    for k, w in enumerate(words):
        before = words[k - 1].lower() if k else ""
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        if _ignored(w, before, after, extra) or _lemmas(w) & said or _vocab()["same_as"].get(w.lower(), frozenset()) & said:
            continue
        out.append(w)
    return out


# a demonstrative or "said" before a noun points at something said before the question ("this armour", "said
# contract"); "the above" / "the aforementioned" too. Words of the request itself ("this request", "that period") and
# "the same as" point at nothing outside it.
_DEMONSTRATIVE = re.compile(r"(?i)\b(this|these|those|that|such|said)\s+(?=([a-z][\w'-]*))")
_ABOVE = re.compile(r"(?i)\b(?:the\s+)?(?:above|aforementioned|aforesaid)\b")
_PREPOSITIONS = frozenset("of on in at to by for with from about into under over after before during".split())
_OWN_WORDS = frozenset("request requests information question questions letter email e-mail year years month months "
                       "week weeks day days time times period periods date way case".split())


_PREP_PRONOUN = re.compile(r"(?i)\b([a-z][\w'-]*)\s+(?:on|about|for|of|by|with|to|into|from|against|over)\s+(?:it|them)\b")


def _points(sentence: str) -> bool:
    """SENTENCE points at something said before it: a demonstrative (or "said") before a noun, or "the above"."""
    if _ABOVE.search(sentence):
        return True
    for m in _DEMONSTRATIVE.finditer(sentence):
        word = m.group(2).lower()
        if word in _OWN_WORDS:
            continue
        from lemminflect import getAllLemmas

        lem = getAllLemmas(word)
        if m.group(1).lower() == "that":  # ("know that drivers park here": a clause, not a pointer) only after
            # a preposition or at the start ("of that report", "That contract ...")
            before = re.findall(r"[A-Za-z]+", sentence[: m.start()])
            if before and before[-1].lower() not in _PREPOSITIONS:
                continue
        if lem.get("NOUN") and not lem.get("ADV"):
            return True
    return False


def stands_alone(text: str) -> bool:
    """TEXT (the person's question, kept whole) needs nothing said before it: its first sentence points at nothing
    ("this armour", "the above", "said contract", an "it"/"them"/"there" with nothing before it). A pointer in a later
    sentence of the same question points into the question itself ("How many ...? Please break this down ...")."""
    from askfoi.framing import pointer_left

    first = re.split(r"(?<=[?.!])\s+(?=[A-Z])", (text or "").strip(), maxsplit=1)[0]
    if _points(first):
        return False
    for m in _PREP_PRONOUN.finditer(first):
        # "a policy on it": "it" is never the noun just before its own preposition; another noun before must be there
        from askfoi.framing import _noun

        before = re.findall(r"[A-Za-z]{3,}", first[: m.start(1)])
        v = _vocab()
        if not any(_noun(w.lower()) and w.lower() not in _stop() | v["measure_words"] | v["function_words"]
                   for w in before):
            return False
    return pointer_left(first) is None


def _asks(text: str) -> bool:
    from askfoi.questions import asks_for_information

    return asks_for_information(" ".join((text or "").split()))


_READ_KINDS = frozenset({"count", "total_spend", "figure", "list", "statistics", "income"})


def net_problems(frame: "Frame", authority: str | None = None, others: str = "") -> list[str]:
    """Why FRAME (a part askfoi rendered) is not safe to send as it stands (empty: it is): two or more content words
    of its question left out, or a pointer the question did not have. A part kept whole, a subject access item, a
    covert-use part (its wording is the NCND fix) or a part with no question behind it is not read."""
    from askfoi.framing import pointer_left

    if frame.kept_words or frame.kind == "personal_data" or frame.warning or not (frame.source or "").strip():
        return []
    if frame.kind not in _READ_KINDS or (frame.head or "").strip() or re.search(r"(?i)\b(?:versus|vs|compared|than)\b", frame.source or ""):
        # lead42: a part a rule rewrote on purpose (records that would show a view, the policies a yes/no asks about,
        # a comparison asked as a part per side) leaves words out by design; only a measure read from its question is
        return []
    problems = []
    lost = lost_words(frame.source, f"{frame.text} {others}", authority)
    if len(lost) >= 2:
        problems.append("the part leaves out words of its question (" + ", ".join(lost[:6]) + ")")
    word = pointer_left(frame.text)
    if word and pointer_left(frame.source) is None:
        problems.append(f"a pointer its question did not have ({word})")
    return problems


def fallback(frame: "Frame") -> "Frame | None":
    """The person's question of FRAME kept whole, when it stands alone and asks for information; None otherwise."""
    from askfoi.framing import keep_words

    source = " ".join((frame.source or "").split())
    if not source or not stands_alone(source) or not _asks(source):
        return None
    if re.search(r"(?i)[.?!]\s+(?:if|where|alternatively|otherwise)\b", source.rstrip(" .?!")):
        return None  # lead42: a question followed by a line of its own ("If easier, ... annual totals"): never sent whole

    kept = keep_words(source)
    if not kept.text:
        return None
    kept.qualifiers = frame.qualifiers.model_copy()
    return kept


def apply_net(framing, message: str = "") -> list[tuple[int, str, str, list[str]]]:
    """The net over FRAMING's parts once they are final: a rendered part it flags (`net_problems`) is replaced, in its
    place, by the person's question kept whole (`fallback`) when that stands alone, asks for information, passes the
    gate (`askfoi.part_gate.part_fails`) and is not the words of another part; else the part stays. Returns what
    changed, as `gate_parts` does (part index, text before, text after, why), and adds it to FRAMING.gated."""
    from askfoi.part_gate import part_fails

    authority = f"{framing.authority.name} {framing.authority.from_text}" if framing.authority else None
    changed: list[tuple[int, str, str, list[str]]] = []
    for k, part in enumerate(list(framing.parts)):
        others = " ".join(p.text or "" for p in framing.parts if p is not part)
        # lead42: words another part says were not lost ("how many X ... and the policy on Y": Y is part 2's)
        net = net_problems(part, authority, others)
        kept = fallback(part) if net else None
        if kept is None or part_fails(kept, framing.authority.name if framing.authority else None, message) \
                or kept.text.lower() in {p.text.lower() for p in framing.parts if p is not part}:
            continue
        kept.warning, kept.sections, kept.replacements = part.warning, part.sections, part.replacements
        framing.parts[k] = kept
        changed.append((k, part.text, kept.text, net + ["safety net: the question kept whole"]))
    framing.gated = list(framing.gated or []) + changed
    return changed
