"""Turning request and response text into comparable terms for matching.

Both sides (a person's request and every published response) go through the same steps, so a
paraphrase meets its counterpart: lower-case words, a light suffix trim, stopwords dropped, and a
concept term added for every synonym group found (knowledge/vocab/synonyms.yaml), so "BWV" and
"body worn video" share a term. Covert/overt framing phrases come from knowledge/vocab too.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from pydantic import BaseModel, Field

from askfoi.knowledge import load_vocab, ncnd_provisions, vocab_path

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
MAX_QUERY_CHARS = 20_000  # a request longer than this is cut: the first pages say what it is about
VOCAB_NAMES = ("synonyms", "match_framing", "match_stopwords")


class PhraseGroup(BaseModel):
    """A synonym group or a framing: phrases that mean the same thing, and a label for summaries."""

    label: str = Field(min_length=1)
    phrases: list[str] = Field(min_length=1)


def stem(word: str) -> str:
    """A deliberately small suffix trim: enough for plurals and -ing/-ed, never clever."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-cased, trimmed word tokens, numbers and single letters included (phrases may need them)."""
    return [stem(w) for w in _WORD_RE.findall(text.lower()[:MAX_QUERY_CHARS])]


def _phrase_table(groups: dict[str, PhraseGroup]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> [(phrase words, group key)], longest phrases first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, group in groups.items():
        for phrase in group.phrases:
            toks = tuple(words(phrase))
            if toks:
                table.setdefault(toks[0], []).append((toks, key))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


def find_groups(toks: list[str], table: dict[str, list[tuple[tuple[str, ...], str]]]) -> list[str]:
    """Group keys whose phrases occur in the token list, each once, in order of first appearance."""
    found: dict[str, None] = {}
    for i, tok in enumerate(toks):
        for phrase, key in table.get(tok, ()):
            if tuple(toks[i : i + len(phrase)]) == phrase:
                found.setdefault(key, None)
                break
    return list(found)


@dataclass(frozen=True)
class TextVocab:
    """The loaded vocabularies, with lookup tables built once."""

    groups: dict[str, PhraseGroup]
    framing: dict[str, PhraseGroup]
    stopwords: frozenset[str]
    group_table: dict[str, list[tuple[tuple[str, ...], str]]]
    framing_table: dict[str, list[tuple[tuple[str, ...], str]]]
    ncnd_sections: frozenset[str] = frozenset()  # the NCND provisions, from knowledge/exemptions.jsonl

    def terms(self, text: str) -> list[str]:
        """Distinct index terms of a text: content words plus one 'zz<group>' term per synonym group."""
        toks = words(text)
        out = dict.fromkeys(
            t for t in toks if t not in self.stopwords and len(t) > 1 and not t.isdigit()
        )
        for key in find_groups(toks, self.group_table):
            out.setdefault(concept_term(key), None)
        return list(out)

    def framing_of(self, text: str) -> int:
        """+1 covert, -1 overt, 0 neither. Covert signals outweigh everyday overt ones ("policy",
        "contract"), unless the text itself says "overt" (the `explicit_overt` group)."""
        hits = self.framing_hits(text)
        covert, explicit = hits["covert"], hits["explicit_overt"]
        if covert and explicit:
            return (covert > explicit) - (explicit > covert)
        if covert:
            return 1
        return -1 if explicit or hits["overt"] else 0

    def framing_hits(self, text: str) -> Counter[str]:
        """How many phrases of each framing group (covert, explicit_overt, overt) the text has."""
        toks = words(text)
        hits: Counter[str] = Counter()
        for i, tok in enumerate(toks):
            for phrase, key in self.framing_table.get(tok, ()):
                if tuple(toks[i : i + len(phrase)]) == phrase:
                    hits[key] += 1
                    break
        return hits

    def topics(self, text: str) -> list[str]:
        """Plain labels of the synonym groups a text mentions ("facial recognition", ...)."""
        return [self.groups[k].label for k in find_groups(words(text), self.group_table)]


def concept_term(key: str) -> str:
    return "zz" + re.sub(r"[^a-z0-9]", "", key.lower())


@functools.lru_cache(maxsize=1)
def text_vocab() -> TextVocab:
    groups, _ = load_vocab("synonyms", PhraseGroup)
    framing, _ = load_vocab("match_framing", PhraseGroup)
    stop_lists, _ = load_vocab("match_stopwords", list[str])
    stop = frozenset(stem(w.lower()) for lst in (stop_lists or []) for w in lst)
    groups = groups if isinstance(groups, dict) else {}
    framing = framing if isinstance(framing, dict) else {}
    return TextVocab(groups, framing, stop, _phrase_table(groups), _phrase_table(framing), ncnd_provisions())


def vocab_fingerprint() -> str:
    """Hash of the vocab files matching reads: an edit to any of them rebuilds the index."""
    h = hashlib.sha256()
    for name in VOCAB_NAMES:
        path = vocab_path(name)
        h.update(name.encode())
        h.update(path.read_bytes() if path.is_file() else b"-")
    return h.hexdigest()[:16]
