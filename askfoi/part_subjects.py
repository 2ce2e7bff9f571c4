"""fr25a (issue 8): a part whose subject is a bare pronoun ("The date they were first recorded", "How many units is it
providing?") takes its subject from the frame of the part before it.

The FOI officer reads each numbered part alone. A list of items usually names what it is about in its first item
("Which invasive species are present ...") and goes on with "they"/"it" in the next. askfoi.part_references resolves
pronouns from the whole story, which a formal letter's many phrases make unsure (it only writes places there). Here
the antecedent is one phrase decided by position and agreement, never the nearest noun of the story:

1. `asked_subject(part)`: the noun phrase a part asks about: a count frame's counted phrase (or "how many X ..."
   read by askfoi.part_pointers.how_many_phrase), or the phrase after "which/what" before its verb ("Which invasive
   species are present" -> "invasive species"), after "the number of / a list of / any / all", or a frame's subject.
2. `carry_subjects(framing)`: for each part, each "they/them" (plural) or "it" (singular) that is not an
   organisation's agent or owner (askfoi.pronoun_roles.role_at) and has no phrase of its own before it in the part
   (askfoi.part_references._own_before) takes the part before's subject when it agrees in number and is no body, no
   person, no time; failing that, what the part before was given, or the topic its list's stem gave it
   (`qualifiers.about`, "... about the new leisure centre in Oakford:").
Nothing is asked here: what is not sure is left for the story-reference finding, as before.
"""

from __future__ import annotations

import re

from askfoi import sentence_ends

_PRONOUN = re.compile(r"\b(they|them|it)\b", re.I)
_OPENER = re.compile(r"(?i)^\W*(?:(?:please|could\s+you|can\s+you|would\s+you)\s+)*(?:(?:tell|let)\s+(?:me|us)\s+"
                     r"(?:know\s+)?|(?:confirm|state|provide|advise|explain|specify|list|supply)\s+)?")
_WH = re.compile(r"(?i)^(?:which|what)\s+")
_LEAD = re.compile(r"(?i)^(?:the\s+(?:total\s+)?number\s+of|a\s+(?:full\s+)?list\s+of|(?:a\s+)?(?:copy|copies)\s+of|"
                   r"details\s+of|any|all(?:\s+the)?)\s+")
_VERBS = frozenset("are is were was have has had do does did will would can could".split())


def _first_sentence(text: str) -> str:
    return sentence_ends.split(r"(?<=[.?!])\s+(?=[A-Z])", (text or "").strip())[0]


def asked_subject(part) -> str | None:
    """The noun phrase PART asks about (see the module's note), or None."""
    from askfoi.part_pointers import _content, _phrase_at, _tokens, counted_said

    counted = counted_said(part)
    if counted:
        return counted
    said = _OPENER.sub("", _first_sentence(part.text or ""), count=1)
    m = _WH.match(said) or _LEAD.match(said)
    if not m:
        return None
    rest = said[m.end():]
    toks = _tokens(rest)
    k = 0
    while k < len(toks) and k < 5 and _content(toks[k].group()) and toks[k].group().lower() not in _VERBS:
        k += 1
    if k == 0 or _WH.match(said) and (k >= len(toks) or toks[k].group().lower() not in _VERBS):
        return None  # "what the company is supplying": no "which/what X + verb" question
    phrase, restricted = _phrase_at(rest, toks, k - 1)
    return None if restricted else phrase


def _agrees(phrase: str, plural: bool) -> bool:
    from askfoi.part_pointers import _lemma, _plural, _pos, _tokens, _vocab
    from askfoi.part_references import _body_word, _time_word

    toks = [t.group() for t in _tokens(phrase)]
    head = next((w for w in toks if {"NOUN"} & set(_pos(w.lower())) and not _pos(w.lower()).get("ADJ")), None)
    k = 0
    while k < len(toks) and toks[k][:1].isalpha() and toks[k].lower() not in ("of", "in", "on", "at", "for", "by",
                                                                                 "from", "to", "with", "that", "which"):
        k += 1
    head = toks[k - 1] if k else head
    if not head or _body_word(head) or _time_word(head) or _lemma(head) in _vocab().not_pointers \
            or _lemma(head) in ("person", "people", "individual", "officer", "member", "staff"):
        return False
    return _plural(head) == plural or _lemma(head) in ("species", "series", "means")


def _agreeing_noun_before(text: str, at: int, plural: bool) -> bool:
    """TEXT has, before AT, a noun of the pronoun's number ("how many of her neighbours ... they"): the pronoun has its
    own antecedent in the part and is never written from the part before."""
    from askfoi.part_pointers import _plural, _pos, _tokens
    from askfoi.part_references import _QUESTION_NOUNS, _time_word

    for t in _tokens(text[:at]):
        w = t.group()
        tags = _pos(w.lower())
        if w[:1].isalpha() and "NOUN" in tags and not tags.get("ADJ") and _plural(w) == plural \
                and w.lower() not in _QUESTION_NOUNS and not _time_word(w) and w.lower() not in ("dates", "times"):
            return True
    return False


def carry_subjects(framing) -> int:
    """FRAMING's parts with a bare pronoun subject written as the part before's subject (see the module's note).
    Returns how many parts changed."""
    from askfoi.framing import render_frame
    from askfoi.part_references import _own_before
    from askfoi.pronoun_roles import role_at

    changed = 0
    given: str | None = None
    prev_subject: str | None = None
    topic: str | None = None
    for part in framing.parts:
        subject = asked_subject(part) if part.text else None
        carried: str | None = None
        if part.text and not part.warning and part.kind != "personal_data" and (prev_subject or given or topic):
            said_before = [x for x in (prev_subject, given, topic) if x]

            def put(text: str) -> str:
                nonlocal carried
                out = text
                for m in reversed(list(_PRONOUN.finditer(text))):
                    word = m.group(1).lower()
                    plural = word != "it"
                    antecedent = next((x for x in said_before if _agrees(x, plural)), None)
                    if antecedent is None or _agreeing_noun_before(text, m.start(), plural) \
                            or role_at(text, m.start()) in ("agent", "owner", "person") \
                            or _own_before(text, m.start(), "plural" if plural else "thing"):
                        continue
                    if word == "them" or not re.match(r"(?i)\s+(?:(?:first|last|then|also|currently|still|now)\s+)?"
                                                      r"(?:is|are|was|were|has|have|had|will|would|can|could|did|do|"
                                                      r"does|been|being)\b", text[m.end():]):
                        continue  # fr25a: a subject pronoun before its verb only ("lose it for lack of support": no)
                    if word == "it" and re.match(r"(?i)\s+(?:is|was)\s+(?:possible|necessary|likely|true|the\s+case)\b",
                                                 text[m.end():]):
                        continue  # a dummy "it"
                    if re.search(r"(?i)\b(?:of|is|was|has|had)\s*$", text[:m.start()]) and word == "it":
                        continue  # "is it": a question's dummy subject, never sure
                    lead = "The " if m.start() == 0 or re.search(r"[.?!]\s*$", text[:m.start()]) else "the "
                    named = antecedent
                    if re.match(r"(?i)(?:the|a|an|your|our|their|its)\s", antecedent):
                        lead, named = "", (antecedent[:1].upper() + antecedent[1:] if lead == "The " else antecedent)
                    out = out[:m.start()] + lead + named + out[m.end():]
                    carried = antecedent
                return out

            if part.kept_words or not part.subject:
                new = put(part.text)
                if new != part.text:
                    part.text = new
            else:
                for name in ("subject", "clause"):
                    value = getattr(part, name) or ""
                    if value:
                        setattr(part, name, put(value))
                if carried:
                    part.text = render_frame(part)
            if carried:
                changed += 1
        given = carried if (carried and not subject) else None
        prev_subject = subject
        topic = getattr(getattr(part, "qualifiers", None), "about", None) or None
    return changed
