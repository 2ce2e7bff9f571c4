"""Plain standard words in a count's subject and clause (issue 8, nc79's Liverpool mum; nx82).

"i want to know how many kids they stop and search" was framed "The number of kids stopped and search.": the count's
subject kept the person's everyday word and only the first of two joined verbs became a participle. The count is
rendered from its frame, so the frame is put in standard words and rendered again:

- a word for the people counted that the official statistics would not use is written as theirs
  (knowledge/vocab/count_words.yaml: "kids" -> "children", "lads" -> "young men"; "kids'" -> "children's");
- verbs joined by "and" / "or" after a participle are all participles ("stopped and search" -> "stopped and
  searched", "arrested or charge" -> "arrested or charged").

Only a count whose text is its frame's rendering is touched (never a part kept in the person's words, never a text a
later step wrote by hand).
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

# after the joined verb, the clause may go on only with words that cannot make it a noun ("stop and search powers")
_AFTER_VERB = frozenset(("by", "in", "on", "at", "under", "for", "during", "without", "because", "while", "when", "from",
                         "within", "since", "over", "after", "before", "near", "across", "outside", "inside", "around"))


@functools.lru_cache(maxsize=1)
def _people() -> dict[str, str]:
    data, _ = load_vocab("count_words")
    data = data if isinstance(data, dict) else {}
    return {str(k).lower(): str(v) for k, v in (data.get("people") or {}).items()}


def plain_subject(subject: str) -> str:
    """SUBJECT with the everyday words for people written in standard words ("black kids" -> "black children")."""
    people = _people()

    def word(m: re.Match[str]) -> str:
        said = people.get(m.group(1).lower())
        if said is None:
            return m.group(0)
        return said + ("'s" if m.group(2) else "")

    return re.sub(r"\b([A-Za-z]+)(['\u2019](?![a-z]))?(?=\s|$|[,.;:])", word, subject)


def joined_participles(clause: str) -> str:
    """CLAUSE with a verb joined to a participle by "and" / "or" made a participle too ("stopped and search" ->
    "stopped and searched")."""
    from askfoi.framing import _is_past_participle, participle

    words = clause.split()
    for k in range(1, len(words) - 1):
        if words[k].lower() not in ("and", "or") or not _is_past_participle(words[k - 1]):
            continue
        verb = words[k + 1]
        if k + 2 < len(words) and words[k + 2].lower().strip(",") not in _AFTER_VERB:
            continue
        if not verb.isalpha() or _is_past_participle(verb):
            continue
        done = participle(verb)
        if done and done.lower() != verb.lower():
            words[k + 1] = done
    return " ".join(words)


def plain_counts(framing) -> int:
    """FRAMING's counts rendered again in standard words. Returns how many changed."""
    from askfoi.framing import render_frame

    changed = 0
    for part in framing.parts:
        if part.kind != "count" or part.kept_words or not part.subject:
            continue
        if render_frame(part) != part.text:
            continue
        # nx85 (nc82 #5): the people a count's clause names too ("used on kids under 18" -> "used on children under 18")
        subject, clause = plain_subject(part.subject), plain_subject(joined_participles(part.clause or ""))
        if (subject, clause) == (part.subject, part.clause or ""):
            continue
        part.subject, part.clause = subject, clause
        part.text = render_frame(part)
        changed += 1
    return changed
