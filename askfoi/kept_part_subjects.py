"""nf97 (nc97 #6): the subject a part still in the person's words asks about, when it can be told for sure.

"2 policy" asks part 2 as another kind of record. A part with no frame (still the person's question: "Who decided
the rise?") had no subject to ask about, so the chat answered "I couldn't build part N as a kind of record" with an
unrelated example. Here the subject is the noun phrase the part's question ends on, read by
askfoi/story_antecedents.py `mentions`: a thing (never a body, never people, never a name written with capitals),
of two words or more, that runs to the end of the question (a phrase cut short, "the rise in staff parking" of "...
staff parking charges", is no subject). Anything less sure gives None, and the chat asks the person to write the part
again, with an example made of the part's own words.
"""

from __future__ import annotations

import re


# a phrase after these is the subject of the question's verb ("did the council ...", "and other consultants"), not what
# it asks about
_BEFORE_SUBJECT = frozenset("is are was were do does did has have had can could will would should and or".split())


def kept_part_subject(part: str) -> str | None:
    """The phrase PART (one question, as typed) ends on, as the officer's words ("the rise"), or None when unsure."""
    from askfoi.story_antecedents import _tokens, _verb_only, mentions

    question = re.split(r"(?<=[.?!])\s+", (part or "").strip())[0].rstrip(" ?.!")
    if not question:
        return None
    toks = _tokens(question)
    for m in mentions(question):
        if m.body or m.people or not m.top or m.end != len(toks) or len(m.text.split()) < 2:
            continue
        if m.text != m.text.lower() or re.search(r"\d", m.text):
            continue  # a name ("Mid and West Wales"), an amount ("£1500 a day"): not a subject to ask records about
        if _verb_only(toks[m.end - 1]) or (m.start and toks[m.start - 1].lower() in _BEFORE_SUBJECT):
            continue  # "why was the leisure centre closed", "and other consultants produce": the question's subject
        return m.own
    return None


def own_words_example(part: str) -> str:
    """What an example edit of PART is made of: its first question as a clause, at most twelve words ("Who decided the
    rise?" -> "who decided the rise"; "Is it true the interim director gets paid £1500 a day?" -> "whether the interim
    director gets paid £1500 a day"); "" for any other yes/no question."""
    question = re.split(r"(?<=[.?!])\s+", (part or "").strip())[0].rstrip(" ?.!")
    question = re.sub(r"(?i)^\W*(?:(?:and|also|so|but)\s+)*", "", question)
    question = re.sub(r"(?i)^is\s+it\s+true\s+(?:that\s+)?", "whether ", question)
    words = question.split()
    if not words or not re.fullmatch(r"(?i)who|what|which|why|how|when|where|whether", words[0]):
        return ""  # "is he under investigation": no clause made of it without reordering the person's words
    words[0] = words[0].lower()
    return " ".join(words[:12])
