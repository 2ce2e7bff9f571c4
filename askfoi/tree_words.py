"""ny99 (nc99 #5, j4): kinds of tree typed as common nouns ("elms", "oaks"), from knowledge/vocab/tree_words.yaml:
an environmental subject, and never a name to capitalise."""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=1)
def tree_words() -> frozenset[str]:
    """Each kind of tree in the list, singular and plural ("elm", "elms", "beeches"; never "oakes", a surname)."""
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("tree_words", list[str])
    words = [str(w).lower() for w in (data or {}).get("words", []) if str(w).strip()]
    return frozenset(w for word in words
                     for w in (word, word + ("es" if word.endswith(("ch", "sh", "s", "x")) else "s")))


def tree_pattern() -> str:
    """A regular expression (whole words) for the kinds of tree, or "" when the list is empty; never a word right
    after a person's title ("councillor oakes", read by the check as its spelling fix "oaks": a surname), nor one
    before a street or place word ("Elm Street", "Oak Primary": a name)."""
    from askfoi.framing import _person_titles

    words = sorted(tree_words(), key=len, reverse=True)
    if not words:
        return ""
    from askfoi.framing import _proper

    titles = sorted({t.lower() for group in _person_titles() for t in group})
    behind = "".join(rf"(?<!\b{re.escape(t)}\s)(?<!\b{re.escape(t)}\.\s)" for t in titles)
    heads = sorted(_proper()[1]) + ["close", "drive", "grove", "court", "place", "terrace", "walk", "hill", "house",
                                    "centre", "school", "primary", "academy", "farm", "ward", "estate"]
    ahead = r"(?!\s+(?:" + "|".join(map(re.escape, heads)) + r")\b)"  # "the library on Elm Street": a name
    return behind + r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" + ahead
