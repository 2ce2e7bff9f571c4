"""fr29b (issue 8, item 2): the few asks an informal question makes, rendered from (record kind, subject) by templates.

What a person wants to know in a chat-style message is usually one of a few asks: how many, how much, why (read by
askfoi.framing's own frames), and these three, which no sentence of theirs can be edited into a request:

- when something will be done ("When are they going to reopen them?", "when will the road be resurfaced"): the
  plans, proposals, reports or minutes about doing it (the minutes_reports kind, its "plans" mode);
- who approved or decided something ("Who approved this?", "who decided to put it in"): the decision record and
  the reasons recorded, and who made the decision (the reasons kind, "decision" mode);
- whether there is a plan ("Is there a plan for what happens to the building?", "are there any plans to reopen the
  pool"): the plans about it.

Each is read by its grammar (a question word, an auxiliary, the subject, a verb, its object; verb forms from
lemminflect), the object written out from the story where the question points at it (askfoi.story_subject), and
rendered by the kind's template. A question whose object stays unsure, or that asks about the writer's own case,
gives no frame: the rest of framing reads it.
"""

from __future__ import annotations

import re

_LEAD = r"^\W*(?:(?:and|so|but|also|then|ok|well)\W+)*"
_AGENT = r"(?:they|you|he|she|we|the\s+council|the\s+\w+\s+council|the\s+(?:authority|government|trust|force|police|owners?|" \
         r"company|contractors?)|§AUTH§|someone|anyone|anybody)"
_WHEN_ACTIVE = re.compile(_LEAD + r"when\s+(?:will|are|is|do|does|would|can)\s+" + _AGENT + r"\s+(?:(?:be\s+)?going\s+to|"
                          r"plan(?:ning)?\s+to|intend(?:ing)?\s+to|ever|finally|actually)?\s*(?P<verb>[a-z]+)\s+(?P<obj>[^?.!]+?)"
                          r"\s*[?.!]*$", re.I)
_WHEN_PASSIVE = re.compile(_LEAD + r"when\s+(?:will|is|are|would)\s+(?P<obj>(?!they\b|you\b|we\b|i\b)[^?.!]+?)\s+(?:(?:going\s+to|ever|finally)\s+)?"
                           r"(?:be|being|get|getting)\s+(?P<verb>[a-z]+)(?P<rest>[^?.!]*?)\s*[?.!]*$", re.I)
_WHO_DECIDED = re.compile(_LEAD + r"who\s+(?:actually\s+|first\s+)?(?P<verb>approved|authori[sz]ed|agreed(?:\s+to)?|signed\s+off(?:\s+on)?|"
                          r"allowed|sanctioned|permitted|okayed|ok'd|gave\s+(?:the\s+)?(?:go-ahead|permission|approval)\s+(?:for|to)|"
                          r"decided\s+(?:on|to)|made\s+the\s+decision\s+to|came\s+up\s+with)\s+(?P<obj>[^?.!,]+?)"
                          r"\s*(?:,|[?.!]|$)", re.I)
_PLAN = re.compile(_LEAD + r"(?:is|are)\s+there\s+(?:a|any|an)\s+(?:actual\s+|real\s+|long[- ]term\s+|future\s+)?"
                   r"(?:plans?|proposals?|timetable|schedule)\s+(?P<prep>for|to|about|on)\s+(?P<obj>[^?.!]+?)\s*[?.!]*$", re.I)
# "is there a notice telling cyclists to ...", "is there any assessment of ...": a copy of any such record
_IS_THERE = re.compile(_LEAD + r"(?:is|are)\s+there\s+(?:a|an|any)\s+(?:actual\s+|official\s+|written\s+|formal\s+)?"
                       r"(?P<noun>notices?|signs?|strateg(?:y|ies)|reports?|assessments?|surveys?|stud(?:y|ies)|registers?|"
                       r"agreements?|contracts?|budgets?|protocols?|byelaws?|by-laws?|orders?|audits?|reviews?|"
                       r"risk\s+assessments?)\b(?P<rest>[^?.!]*?)\s*[?.!]*$", re.I)
_POINTERS = re.compile(r"(?i)^(?:it|this|that|them|these|those|they)$")
_OWN = re.compile(r"(?i)\b(?:i|me|my|mine|we|us|our)\b")


def _gerund(verb: str) -> str | None:
    """VERB as its -ing form ("reopen" -> "reopening", "resurfaced" -> "resurfacing"), None when it is no verb."""
    from lemminflect import getAllLemmas, getInflection

    low = verb.lower()
    lemmas = getAllLemmas(low).get("VERB")
    if not lemmas:
        return None
    forms = getInflection(lemmas[0], tag="VBG")
    return forms[0] if forms else None


def _object(phrase: str, told: list[str]) -> str | None:
    """PHRASE (the thing asked about) in the officer's words: a bare pointer written out from the story TOLD (None
    when the story does not make it sure), "our"/"my" made "the"."""
    from askfoi.story_subject import _officer_words, subject_for

    phrase = re.sub(r"\s+", " ", phrase.strip(" ,;:"))
    if _POINTERS.match(phrase):
        found = subject_for(phrase, told, whole=phrase.lower() in ("this", "these"))
        if not found:
            from askfoi.story_antecedents import resolve

            out, left = resolve(f"what happened to {phrase}", told)
            if left or out.endswith(f" {phrase}"):
                return None
            return _lower_first(_officer_words(out[len("what happened to "):]))
        return " and ".join(found)
    words = phrase.split()
    if not words or len(words) > 12 or re.search(r"(?i)\b(?:i|me|my|mine)\b", phrase):
        return None  # "when will my refund be paid": the writer's own case ("our road" is the street's, and stays)
    if re.search(r"(?i)\b(?:it|this|that|them|they|these|those)\b", phrase):
        from askfoi.story_subject import fill_pointers

        filled, left, _ = fill_pointers(phrase, told)  # "put it in": the pointer written out, when the story is sure
        if left or filled == phrase:
            return None  # left to the checks that ask
        return _lower_first(filled)
    if told and re.match(r"(?i)^the\s+[a-z]+$", phrase):
        from askfoi.story_antecedents import resolve

        out, _ = resolve(f"what happened to {phrase}", told)
        if out.endswith(f" {phrase}"):
            return None  # "the building": which one only the story could say, and it does not
        return _lower_first(_officer_words(out[len("what happened to "):]))
    return _lower_first(_officer_words(phrase, own_phrase=True))


def _lower_first(phrase: str) -> str:
    """PHRASE with "The" first made "the", and a verb's particle put before its object ("put the new cycle lane on
    Mill Road in" -> "put in the new cycle lane on Mill Road")."""
    phrase = re.sub(r"^(?:to\s+)?([a-z]+)\s+(?!in\b|up\b|out\b)(.+?)\s+(in|up|out|down|off|back|away)$", r"\1 \3 \2", phrase.strip())
    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), phrase)


_BARE_WHY = re.compile(r"(?i)^\W*(?:(?:and|so|but|just)\s+)?(?:why|why\s+is\s+that|why\s+on\s+earth|how\s+come|what\s+for)\s*[?!.]*\s*$")
_BODY_DID = re.compile(r"(?i)\b(?:the\s+(?:\w+\s+)?council|they|§AUTH§|the\s+(?:authority|government|trust|force|police))\s+"
                       r"(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+|keeps?\s+|kept\s+|(?:has|have)\s+been\s+|"
                       r"(?:is|are)\s+(?:now\s+)?(?:going\s+to|planning\s+to)\s+)?(?:just\s+|now\s+|recently\s+|again\s+|suddenly\s+)?"
                       r"(?P<verb>[a-z]+)\s+(?P<obj>[^.?!,;]+)")
_WRITER_WHY = re.compile(r"(?i)^\W*(?:(?:and|so|but)\s+)?why\s+(?:on\s+earth\s+)?(?:am|do|should|must|have|did)\s+"
                         r"(?:i|we)\b|^\W*(?:(?:and|so|but)\s+)?why\s+(?:are|were)\s+we\b")
_WRITER_CANT = re.compile(r"(?i)^\W*(?:(?:and|so|but)\s+)?why\s+(?:can['\u2019]?t|cannot|couldn['\u2019]?t)\s+(?:i|we)\b")


def writer_why(question: str, *, loose: bool = False) -> bool:
    """QUESTION asks why the writer must do or bear something ("Why am I paying £1,500 a year in council tax when
    ...?", "why should we put up with this"): the writer's protest, which no record answers as asked. LOOSE: also "why
    can't we ..." (read so only where the sentence was set aside as a remark of an informal message; asked on its
    own, "why can't we have a meeting with the head of planning?" is the reasons recorded, ifm1)."""
    return bool(_WRITER_WHY.search(question or "") or loose and _WRITER_CANT.search(question or ""))


def _bare_why(told: list[str]):
    """A bare "why?" after the story told: the reasons recorded for what the story says the body did or does ("the
    council keeps cutting bus routes in Market Rasen. why?" -> the reasons for cutting bus routes in Market Rasen)."""
    from askfoi.framing import Frame, render_frame
    from askfoi.story_subject import _officer_words

    from askfoi.story_antecedents import tells

    for sentence in reversed(told[-2:]):
        if not tells(sentence):
            return None  # "how many libraries did the council close and why": the question's own why, read there
        m = _BODY_DID.search(sentence)
        if not m:
            continue
        verb = m.group("verb").lower()
        ing = verb if verb.endswith("ing") and _gerund(verb) == verb else _gerund(verb)
        obj = m.group("obj").strip()
        if ing is None or ing in ("being", "having", "doing", "getting", "going", "saying", "telling") \
                or len(obj.split()) > 10 or re.search(r"(?i)\b(?:i|me|my|us|it|them|this)\b", obj):
            continue
        about = _lower_first(f"{ing} {_officer_words(obj)}")
        frame = Frame(kind="reasons", subject=about, source=sentence, why=f"reasons:{about}")
        frame.text = render_frame(frame)
        return frame if frame.text else None
    return None


def ask_frame(question: str, told: list[str] | None = None):
    """The frame QUESTION's ask renders to (see the module's doc), or None. TOLD: the sentences before it."""
    from askfoi.framing import Frame, render_frame

    told = told or []
    q = question.strip()
    if _BARE_WHY.match(q):
        return _bare_why(told) if told else None
    m = _WHO_DECIDED.match(q)
    if m:
        obj = _object(m.group("obj"), told)
        if not obj:
            return None
        if m.group("verb").lower().startswith("decided to") or m.group("verb").lower().startswith("made the"):
            what = f"to {obj}" if not obj.lower().startswith("to ") else obj
        else:
            what = f"to approve {obj}"
        frame = Frame(kind="reasons", subject=obj, source=question, why=f"decision:{what}", who_decided=True)
        frame.text = render_frame(frame)
        return frame if frame.text else None
    m = _WHEN_ACTIVE.match(q)
    passive = None if m else _WHEN_PASSIVE.match(q)
    if m or passive:
        hit = m or passive
        verb = _gerund(hit.group("verb"))
        if verb is None or verb in ("being", "having", "doing", "getting", "going"):
            return None
        obj = _object(hit.group("obj"), told)
        if not obj:
            return None
        rest = (passive.group("rest").strip() if passive else "")
        if rest and (len(rest.split()) > 6 or _OWN.search(rest)):
            return None
        about = " ".join(x for x in (verb, obj, rest) if x)
        return _plans(about, question)
    m = _IS_THERE.match(q)
    if m and not _PLAN.match(q):
        rest = m.group("rest").strip()
        if _OWN.search(rest) or len(rest.split()) > 14:
            return None
        if rest and re.search(r"(?i)\b(?:it|this|that|them|these|those)\b", rest):
            from askfoi.story_subject import fill_pointers

            rest, left, _ = fill_pointers(rest, told)
            if left:
                return None
        frame = Frame(kind="document", subject=" ".join(x for x in (f"any {m.group('noun').lower()}", rest) if x),
                      source=question)
        frame.text = render_frame(frame)
        return frame if frame.text else None
    m = _PLAN.match(q)
    if m:
        obj = m.group("obj")
        if m.group("prep").lower() == "to":
            verb = obj.split()[0]
            ger = _gerund(verb)
            if ger is None:
                return None
            rest = _object(" ".join(obj.split()[1:]), told) if len(obj.split()) > 1 else ""
            if rest is None:
                return None
            return _plans(" ".join(x for x in (ger, rest) if x), question)
        what = re.match(r"(?i)what\s+(?:happens|will\s+happen|is\s+going\s+to\s+happen)\s+(?:to|with)\s+(?P<x>.+)$", obj)
        if what:
            thing = _object(what.group("x"), told)
            return _plans(f"the future of {thing}", question) if thing else None
        thing = _object(obj, told)
        return _plans(thing, question) if thing else None
    return None


def _plans(about: str, question: str):
    from askfoi.framing import Frame, render_frame

    frame = Frame(kind="minutes_reports", subject=about, source=question, why=f"plans:{about}")
    frame.text = render_frame(frame)
    return frame if frame.text else None
