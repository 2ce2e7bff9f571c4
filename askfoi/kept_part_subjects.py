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


def still_question_finding(about: str, parts: list[str], frames: list, findings: list) -> list:
    """nf97 (nc97 #5): a finding on the parts still in the person's words as a question ("Who decided the rise?", "Is
    it true the interim director gets paid £1500 a day?") that no other finding raises: the review said "nothing an
    FOI officer would push back on" over them. A part the person chose to keep whole ("keep my words": the whole
    message kept) is theirs and is not raised. The fix asks for the records about the subject the question ends on
    (`kept_part_subject`) when it is sure, else says how to write the part as records, from its own words."""
    from askfoi.checks import Finding
    from askfoi.framing import keep_words, reads_as_request
    from askfoi.templates import render

    by_text = {getattr(f, "text", None): f for f in frames or []}
    chosen = keep_words(about).text if (about or "").strip() and len(parts) == 1 else None
    raised = " ".join((getattr(f, "evidence", "") or "") + " " + (getattr(f, "message", "") or "") for f in findings)
    still = []
    for n, part in enumerate(parts, 1):
        frame = by_text.get(part)
        if frame is not None and not getattr(frame, "kept_words", False):
            continue
        if reads_as_request(part) or part == chosen or part[:60] in raised:
            continue
        still.append((n, part))
    if not still:
        return []
    fixes = []
    rewrite = list(parts)
    for n, part in still:
        subject = kept_part_subject(part)
        if subject:
            fixed = render("frames/still_question_records.j2", subject=subject).strip()
            rewrite[n - 1] = fixed
            fixes.append((n, fixed, ""))
        else:
            fixes.append((n, "", own_words_example(part)))
    return [Finding(code="part-still-question", severity="medium",
                    message=render("frames/part_still_question.j2", parts=still).strip(),
                    suggestion=render("frames/part_still_question_fix.j2", fixes=fixes).strip(),
                    evidence=still[0][1][:120],
                    rewrite="\n".join(f"{i}. {p}" for i, p in enumerate(rewrite, 1)) if rewrite != list(parts) else None)]
