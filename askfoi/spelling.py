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

from rapidfuzz.distance import Levenshtein

from askfoi.knowledge import load_vocab, shipped_knowledge_dir, vocab_files

_WORD = re.compile(r"[A-Za-z][A-Za-z'&-]*[A-Za-z]|[A-Za-z]")
MIN_LEN = 4  # "polce" yes, "sen" no


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
    """(as typed, proposed) for each word in TEXT that neither word list knows and that has a likely
    correction, in order, each once."""
    out: dict[str, str] = {}
    for m in _WORD.finditer(text or ""):
        word = m.group()
        if len(word) < MIN_LEN or word.isupper() or (word[:1].isupper() and m.start() > 0) or "'" in word:
            continue
        low = word.lower()
        if low in out or _known(low):
            continue
        fixed = _speller().correction(low)
        if fixed and low.endswith("s") and not fixed.endswith("s") and _known(fixed + "s"):
            fixed += "s"  # "consultans" -> "consultants", not "consultant"
        if fixed and _compound(low) and Levenshtein.distance(low, fixed) > 1:
            continue  # "stairlift" is two words, not a misspelt "airlift"; "consultans" is one letter off
        if fixed and fixed != low and _known(fixed):
            out[low] = fixed
    return list(out.items())


def apply(text: str, fixes: list[tuple[str, str]]) -> str:
    """TEXT with each (typed, proposed) pair put right, whole words only, keeping a leading capital."""
    for typed, fixed in fixes:
        def put(m: re.Match[str], fixed: str = fixed) -> str:
            return fixed[:1].upper() + fixed[1:] if m.group()[:1].isupper() else fixed

        text = re.sub(rf"(?i)(?<![\w'&-]){re.escape(typed)}(?![\w'&-])", put, text)
    return text
