"""Spelling: words in a message that look misspelt, with a proposed correction the person confirms.

A word is only proposed for correction when BOTH the general English word list that pyspellchecker
ships (offline) and the pack's own vocabulary (authority names and aliases, every vocab file in
knowledge/vocab, knowledge/vocab/spelling_words.yaml) do not know it. Acronyms typed in capitals,
names typed with a capital, words with digits and very short words are left alone. Nothing is
corrected silently: `suggest` proposes, the caller shows the proposal and applies it with `apply`
only when the person says yes.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz.distance import OSA, Levenshtein

from askfoi.knowledge import load_vocab, shipped_knowledge_dir, vocab_files

_WORD = re.compile(r"[A-Za-z][A-Za-z'&-]*[A-Za-z]|[A-Za-z]")
MIN_LEN = 4  # "polce" yes, "sen" no
COMMON = 1000  # a correction must be a common word (pyspellchecker frequency): "huston", "planter" are not
MAX_LEN = 24  # longer "words" are not misspellings of a common word
RARE = 300  # a word of an authority's name rarer than this in general English is a name ("leicester")


@functools.lru_cache(maxsize=1)
def _speller():
    from spellchecker import SpellChecker

    return SpellChecker(distance=2)


@functools.lru_cache(maxsize=1)
def pack_words() -> frozenset[str]:
    """Every word the pack itself uses: authority names and aliases, the vocab files."""
    words: set[str] = set()
    data, _ = load_vocab("spelling_words")
    if isinstance(data, dict):
        words.update(str(w).lower() for w in data.get("words") or [])
    sources = [shipped_knowledge_dir() / "authorities.jsonl", *vocab_files()]
    for path in sources:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        words.update(w.lower() for w in _WORD.findall(text))
    return frozenset(words)


# British spellings the (American-leaning) word list may not hold: try the other spelling too.
_BRITISH = ((r"our$", "or"), (r"ours$", "ors"), (r"ise$", "ize"), (r"ised$", "ized"), (r"ising$", "izing"),
            (r"isation$", "ization"), (r"isations$", "izations"), (r"tre$", "ter"), (r"tres$", "ters"),
            (r"ould$", "old"), (r"oulds$", "olds"), (r"ogue$", "og"), (r"ence$", "ense"), (r"lled$", "led"),
            (r"lling$", "ling"), (r"yse$", "yze"), (r"ae", "e"), (r"oe", "e"))


@functools.lru_cache(maxsize=2)
def name_words(every_list: bool = False) -> frozenset[str]:
    """Words of the authorities' names that are rare in general English: place and body names
    ("wandsworth", "leicester", "cheshire"). EVERY_LIST adds the long publicbodies list (whose names
    hold rare ordinary words such as "abatement": never corrected, but not given a capital)."""
    words: set[str] = set()
    base = shipped_knowledge_dir()
    for name in ("authorities.jsonl", "authorities_publicbodies.jsonl")[: 2 if every_list else 1]:
        try:
            text = (base / name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            m = re.search(r'"name":\s*"([^"]*)"', line)
            if m:
                words.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", m.group(1)))
    freq = _speller().word_frequency

    def american(w: str) -> int:  # "centre" is rare in the list only because it prefers "center"
        return max([freq[re.sub(a, b, w)] for a, b in _BRITISH if re.search(a, w)] or [0])

    return frozenset(w for w in words if freq[w] < RARE and american(w) < RARE)


@functools.lru_cache(maxsize=8192)
def _close_common(low: str) -> str | None:
    """The common word one edit away from LOW (a swap of two letters is one edit), if any."""
    if len(low) > MAX_LEN:
        return None  # no English word is this long: searching its edits would only cost time
    fixed = _speller().correction(low)
    if fixed and low.endswith("s") and not fixed.endswith("s") and _known(fixed + "s"):
        fixed += "s"  # "consultans" -> "consultants", not "consultant"
    if not fixed or fixed == low or OSA.distance(low, fixed) > 1:
        return None
    freq = _speller().word_frequency
    base = fixed[:-1] if fixed.endswith("s") else fixed
    return fixed if max(freq[fixed], freq[base]) >= COMMON or fixed in pack_words() else None


def rare(low: str) -> bool:
    """LOW is known to the general word list only as a rare word (names often are: "trafalgar")."""
    return 0 < _speller().word_frequency[low.lower()] < RARE // 3


@functools.lru_cache(maxsize=8192)
def could_be_name(low: str) -> bool:
    """LOW (a lower-case word) could be a name: a rare word of an authority's name, or a word that no
    word list knows and that is one edit from no common word ("euston", "palantir", "bibby")."""
    low = low.lower()
    if len(low) < MIN_LEN or not low.isalpha():
        return False
    if low in name_words():
        return True
    if _known(low) or _compound(low):
        return False
    return _close_common(low) is None


def _in_lists(low: str) -> bool:
    return low in pack_words() or not _speller().unknown([low])


@functools.lru_cache(maxsize=8192)
def _known(word: str) -> bool:
    low = word.lower()
    if _in_lists(low) or (low.endswith("s") and _in_lists(low[:-1])):
        return True  # plurals and possessives typed without the apostrophe ("marys")
    return any(re.search(a, low) and _in_lists(re.sub(a, b, low)) for a, b in _BRITISH)


def _compound(low: str) -> bool:
    """A compound written as one word ("stairlift", "roadworks"): two known words of 3+ letters."""
    return any(_in_lists(low[:k]) and (_in_lists(low[k:]) or (low.endswith("s") and _in_lists(low[k:-1])))
               for k in range(3, len(low) - 2))


def suggest(text: str) -> list[tuple[str, str]]:
    """(as typed, proposed) for each word in TEXT that neither word list knows and that is one edit from
    a common word, in order, each once. A word that could be a name is never "corrected": one typed with
    a capital anywhere in TEXT, a word of an authority's name, one next to another name ("bibby
    stockholm"), or one that is close to no common word."""
    out: dict[str, str] = {}
    text = text or ""
    found = list(_WORD.finditer(text))
    capitalised = {m.group().lower() for m in found if m.group()[:1].isupper() and m.start() > 0}
    for k, m in enumerate(found):
        word = m.group()
        if len(word) < MIN_LEN or word.isupper() or "'" in word:
            continue
        low = word.lower()
        if low in out or low in capitalised or _known(low) or low in name_words(True):
            continue
        if any(0 <= j < len(found) and _name_beside(found[j].group()) for j in (k - 1, k + 1)):
            continue
        fixed = _close_common(low)
        if fixed and _compound(low) and Levenshtein.distance(low, fixed) > 1:
            continue  # "stairlift" is two words, not a misspelt "airlift"
        if fixed and _known(fixed):
            out[low] = fixed
    return list(out.items())


def _name_beside(word: str) -> bool:
    """A neighbouring word that is a name: typed with a capital, or rare in general English but known
    to the lists as a place ("stockholm")."""
    low = word.lower()
    if len(low) < MIN_LEN or low in pack_words() and low not in name_words():
        return False
    freq = _speller().word_frequency[low]
    return low in name_words() or 0 < freq < RARE


def apply(text: str, fixes: list[tuple[str, str]]) -> str:
    """TEXT with each (typed, proposed) pair put right, whole words only, keeping a leading capital."""
    for typed, fixed in fixes:
        def put(m: re.Match[str], fixed: str = fixed) -> str:
            return fixed[:1].upper() + fixed[1:] if m.group()[:1].isupper() else fixed

        text = re.sub(rf"(?i)(?<![\w'&-]){re.escape(typed)}(?![\w'&-])", put, text)
    return text
