"""fx49 (issue 8): the frame of a message - the subject its lead-in says it is about and the period its questions
state - and the parts whose own clause only points at it.

A message often says once what it is about ("I would like the following information regarding the contract for
grass cutting in your parks:") or the period it means ("... issued between 1 April 2022 and 31 March 2024?"), then asks
several questions that only point back ("When was the contract awarded?", "In the same period, how many were paid?").
An officer answering part 3 alone cannot tell which contract or which period. So a part's subject and period are
resolved from the message's frame when the part's own clause only points at them:

1. Period: a question whose period is a pointer ("in the same period", "during this period", "over that time") takes
   the period the nearest question before it states, written as dates in the question before it is framed, so the
   frame's template renders it like any period the person typed ("..., for the period 1 April 2022 to 31 March 2024").
   With no earlier question stating one, the question is left as typed.
2. Subject: a lead-in that names what the request is about with a definite noun phrase ("regarding the contract with
   your supplier(s) of sports uniform/kit:") is the message's subject. A part that names it only by its head noun
   ("the contract", "this contract") is written with the whole phrase, once; a framed part through its subject or
   clause and the frame's template, a part kept in the person's words in its text. A part that already says it, or
   restricts the noun itself ("the contract for cleaning"), is left.
"""

from __future__ import annotations

import re
from datetime import date

_POINTED = r"(?:this|that|the\s+same|the\s+said|the\s+above|the\s+stated|these|those)"
_PERIOD_WORD = r"(?:time\s+period|period|timeframe|time\s*frame|time)"
# "in the same period", "during this period", "over that time": never "at this time" (now), never a period that says
# more of itself ("in the same period of 2019", "during that time in 2020")
_PERIOD_POINTER = re.compile(
    rf"(?i)(?P<lead>^\s*|,\s*|\s)(?:(?:in|during|over|for|within|across|throughout)\s+){_POINTED}\s+{_PERIOD_WORD}\b"
    r"(?!\s*(?:of|from|between|to|when|ending|beginning|in|since|\d))(?P<comma>\s*,)?")

_LEAD_IN = re.compile(
    r"(?i)\b(?:information|details|data|figures|statistics|the\s+following|questions?)\b[^.:?\n]{0,60}?"
    r"\b(?:regarding|about|relating\s+to|related\s+to|in\s+relation\s+to|concerning|with\s+regard\s+to|"
    r"with\s+respect\s+to|in\s+respect\s+of|pertaining\s+to)\s+"
    r"(?P<np>(?:the|your)\s+[^:.?\n]{3,120}?)\s*(?::|\.(?:\s|$)|\n|$)")
# a noun phrase that is itself a pointer or names nothing ("this matter", "the following")
_NOT_SUBJECT = re.compile(r"(?i)^(?:the|your)\s+(?:following|above|below|matter|issue|subject|questions?|request)\b")
_HEAD_END = re.compile(r"(?i)\s+(?:of|for|with|to|between|from|by|in|at|on|under|and|or|provided|awarded|held|used)\b"
                       r"|\s*[,(]")


# a question that opens a list ("... the following items from cars ...?" over its lines) is read with its list by
# later steps, in the words typed: left as typed
_OPENS_LIST = re.compile(r"(?i)\bthe\s+following\b|:\s*$")


def without_period_pointer(text: str) -> str:
    """TEXT without a pointer at an earlier period ("In the same period, how many were paid?" -> "how many were paid?"):
    what the words of a question ask, the period being the frame's."""
    return _PERIOD_POINTER.sub(lambda m: " " if m.group("lead").strip() else "", text or "")


_BARE_IT = re.compile(r"(?i)\b(?:on|for|about|of|into|with|from|towards|to)\s+(?P<it>it)\b(?!\s*(?:is|was|has|'s))")
_NAMED_BEFORE = re.compile(r"(?i)\b(?:the|a|an|this|that|these|those|your|its|their|his|her|my|our)\s+[a-z]")


def _period_words(label: str) -> str:
    """A period LABEL ("1 April 2022 to 31 March 2024") as words a question can hold."""
    ends = label.split(" to ")
    return f"from {ends[0]} to {ends[1]}" if len(ends) == 2 else f"in the period {label}"


def point_periods(questions: list[str], *, today: date | None = None) -> dict[int, str]:
    """{index: question rewritten} for each of QUESTIONS whose period is only a pointer at an earlier question's: the
    pointer replaced by that period's dates (the nearest earlier question that states one). See the module's doc."""
    from askfoi.framing import part_period, stated_periods

    out: dict[int, str] = {}
    last: str | None = None
    for k, question in enumerate(questions):
        m = _PERIOD_POINTER.search(question or "")
        if m is not None and last is not None and part_period(question, today=today) is None \
                and not _OPENS_LIST.search(question):
            if not last:  # the period before was not read whole: the pointer goes, the letter's period stands
                out[k] = without_period_pointer(question).strip()
                out[k] = out[k][:1].upper() + out[k][1:]
                continue
            words = _period_words(last)
            head, tail = question[:m.start()], question[m.end():]
            if not head.strip(" ,"):  # "In the same period, how many were paid?": "From 1 April 2022 to ..., how ..."
                words = words[:1].upper() + words[1:]
            out[k] = f"{head}{m.group('lead')}{words}{',' if m.group('comma') else ''}{tail}"
            continue
        own = part_period(question, today=today)
        if own:
            ends = [span[2][1] for span in stated_periods(question, today=today) if len(span) > 2]
            # "from 2021-22, 2022-23, 2023-24, 2025-25 (to date)": a year or "to date" right after what was read
            partial = ends and re.match(r"\s*(?:,|and|&)?\s*(?:(?:19|20)\d\d|\(?\s*to\s+date)", question[max(ends):])
            last = "" if partial else own
            if re.search(r"(?i)(?:\d{4}|year|period|date)\s*:\s*(?:\n|\d|[a-z]\W)", question):
                last = None  # lead44: a period said over a list ("For the period 1 April 2020 to 31 March 2024:\n1. ...")
                # covers every item: a later "over the stated period" is left to fr22b, which says it in the part
    return out


def periods_pointed(text: str, *, today: date | None = None) -> str:
    """TEXT with each sentence whose period only points at an earlier sentence's given that period's dates
    (`point_periods` over its sentences), so every reader of the message sees the period the person meant."""
    if not text or not _PERIOD_POINTER.search(text):
        return text
    pieces = re.split(r"(?<=[?.!])(\s+)", text)
    sentences = pieces[0::2]
    out = point_periods(sentences, today=today)
    if not out:
        return text
    for k, again in out.items():
        pieces[2 * k] = again
    return "".join(pieces)


def lead_in_subject(text: str) -> tuple[str, str] | None:
    """(the noun phrase, its head noun) a lead-in says the whole request is about ("... information regarding the
    contract for grass cutting in your parks:"), or None. The phrase must say more than its head ("the contract" alone
    names nothing a pointer would not)."""
    m = _LEAD_IN.search(text or "")
    if m is None or _NOT_SUBJECT.match(m.group("np")):
        return None
    np = " ".join(m.group("np").split())
    cut = _HEAD_END.search(np)
    if cut is not None and cut.start() == 0:
        return None
    words = np[:cut.start()].split() if cut is not None else np.split()
    if len(words) < (2 if cut is not None else 3) or not re.fullmatch(r"[A-Za-z][a-z-]+", words[-1]):
        return None  # "the service" alone says nothing a pointer does not
    return np, words[-1].lower()


def write_frame_subjects(framing, text: str) -> int:
    """FRAMING's parts that name the lead-in's subject by its head noun only, written with the whole phrase (see the
    module's doc). Returns how many parts changed."""
    from askfoi.framing import render_frame, subject_problems

    said = lead_in_subject(text)
    if said is None:
        return 0
    np, head = said
    whole = np
    pointer = re.compile(rf"(?i)\b(?:the|this|that|said|such\s+an?)\s+{re.escape(head)}\b"
                         rf"(?!\s*(?:of|for|with|to|between|from|by|in|at|on|under|\(|'s)\b)")
    changed = 0
    for part in framing.parts:
        text = part.text or ""
        if part.warning or np.lower() in text.lower():
            continue
        if part.kept_words and not pointer.search(text) and not head.endswith("s"):
            # "How much was spent on it in 2023?": an "it" the part names nothing before is the subject
            it = _BARE_IT.search(text)
            if it is not None and not _NAMED_BEFORE.search(text[:it.start("it")]):
                part.text = f"{text[:it.start('it')]}{np}{text[it.end('it'):]}"
                changed += 1
            continue
        if not pointer.search(text):
            continue

        def put(value: str) -> str:
            first = [True]

            def one(m: re.Match[str]) -> str:
                if first[0]:
                    first[0] = False
                    return whole
                return f"the {head}"

            return pointer.sub(one, value)

        if part.kept_words:
            part.text = put(text)
            changed += 1
            continue
        for name in ("subject", "clause", "head"):
            value = getattr(part, name, None) or ""
            if not isinstance(value, str) or not pointer.search(value):
                continue
            again = put(value)
            if name == "subject" and subject_problems(again) and not subject_problems(value):
                # a slot holds no "your": the body's own things are "the" things in a frame's words
                again = re.sub(r"(?i)\byour\b", "the", again)
                if subject_problems(again):
                    break
            setattr(part, name, again)
            part.text = render_frame(part)
            changed += 1
            break
    return changed


# 3. The story's subject: what the body the story tells of used ("The Met used live facial recognition cameras in
# Croydon town centre in 2024."), with the place and the period the same sentence gives it
_STORY_USE = re.compile(
    r"(?i)\b(?:used|uses|has\s+been\s+using|have\s+been\s+using|started\s+using|deployed|deploys|installed|"
    r"introduced|trialled|trialed|brought\s+in|rolled\s+out|put\s+up)\s+"
    r"(?P<np>(?:(?:its|their|new|some)\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}?)"
    r"(?:\s+(?P<prep>in|at|on|across|around|outside)\s+(?P<place>(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|town|city|centre|"
    r"center|high|street|road|park|station))*))?"
    r"(?=\s+(?:in|during|since|last|this|from|between|on)\b|\s*[.,;!]|\s*$)")
# the doer is a body: its name (capitals) or a word for one, just before the verb ("The Met used", "the council has
# been using"), never a person ("my son used", "I used", "we put up")
_BODY_DOES = re.compile(r"(?:\b[A-Z][\w&'-]+|\b(?:council|police|force|constabulary|trust|board|authority|department|"
                        r"government|ministry|service|agency|school|academy|hospital|they|it))"
                        r"(?:\s+(?:has|have|had|is|are|was|were|been|now|also|recently|just|then|already))*\s*$")
_ASKS = re.compile(r"(?i)\b(?:how\s+(?:many|much|long|often)|whether|what|which|why|when|who|"
                   r"wants?\s+to\s+know|would\s+like|please|could\s+you|can\s+you|tell\s+me)\b")
_NP_STOP = frozenset("the a an it them this that these those and or to of in on at for by with some its their".split())
# a count's clause that already says what it counts by or of, where or when
_OWN_SCOPE = re.compile(r"(?i)\b(?:by|of|in|at|with|from|for|using|on|after|during|under|through)\b")


def story_subject(text: str) -> tuple[str, str | None, str | None] | None:
    """(the thing, its place or None, the sentence) when the message's story tells of exactly one thing a body used
    ("... used live facial recognition cameras in Croydon town centre in 2024."), else None."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+", text or ""):
        if sentence.rstrip().endswith("?") or _ASKS.search(sentence):
            continue  # a sentence that asks ("my client wants to know how many times ... used drones") tells no story
        for m in _STORY_USE.finditer(sentence):
            doer = sentence[max(0, m.start() - 60):m.start()]
            if not _BODY_DOES.search(doer):
                continue  # "my son used the school bus": what a person used frames nothing the body counts
            words = m.group("np").split()
            if words[-1].lower() in _NP_STOP or len(words) < 2:
                continue
            place = f"{m.group('prep')} {m.group('place')}" if m.group("place") else None
            found.append((" ".join(words), place, sentence))
    return found[0] if len(found) == 1 else None


def write_story_frame(framing, text: str, *, today: date | None = None) -> int:
    """FRAMING's counts whose own clause says nothing of what they count by or of ("How many searches were run?",
    "How many people were arrested as a result?") after a story that tells of one thing a body used, about that thing
    in the story's place and period: "The number of searches run relating to live facial recognition cameras in
    Croydon town centre, for the period 1 January 2024 to 31 December 2024."; "as a result" is "as a result of" it.
    A count of the thing itself ("how many cameras") is left. Returns how many parts changed."""
    from askfoi.framing import part_period, render_frame

    if lead_in_subject(text) is not None:
        return 0
    told = story_subject(text)
    if told is None:
        return write_story_act(framing, text)
    thing, place, sentence = told
    when = part_period(sentence, today=today)
    head = thing.split()[-1].lower().rstrip("s")
    whole = f"{thing} {place}" if place else thing
    changed = 0
    for part in framing.parts:
        q = part.qualifiers
        subject = (part.subject or "").strip()
        if part.kind != "count" or part.kept_words or part.warning or not subject or len(subject.split()) > 2 \
                or q.about or q.place or part.of_set or part.base or subject.lower().rstrip("s").endswith(head):
            continue
        clause = part.clause or ""
        result = re.search(r"(?i)\bas\s+a\s+result\s*$", clause)
        if not result and _OWN_SCOPE.search(clause):
            continue
        if result:
            part.clause = f"{clause.rstrip()} of {whole}"
        else:
            q.about = whole
        if when and not q.period and when != getattr(framing, "period", None):
            q.period = when
        part.text = render_frame(part)
        changed += 1
    return changed


# 4. fx53: the story's act. People tell what a body did ("Surrey County Council withdrew free school transport from
# our village"), then ask short questions that lean on it ("How many appeals were upheld?", "Do they have a policy on
# reviews?"). A part whose subject is only a noun that needs the act it is about (knowledge/vocab/story_antecedents.yaml
# act_parts: appeals, complaints, objections, reviews, options ...) and says nothing of it is about that act, as the
# frame's `about` qualifier ("The number of appeals upheld relating to the withdrawal of the free school transport from
# the village."), never words pasted into the person's sentence.
_PART_KINDS = ("count", "policy", "minutes_reports", "list", "statistics")
_SCOPED = re.compile(r"(?i)\b(?:of|on|about|against|to|for|into|over|regarding|relating|concerning|by|from|in|at)\b")


def _act_parts() -> frozenset[str]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("story_antecedents")
    return frozenset(str(w).lower() for w in ((data.get("act_parts") if isinstance(data, dict) else None) or []))


def write_story_act(framing, text: str) -> int:
    """FRAMING's parts whose subject is a bare noun of knowledge/vocab/story_antecedents.yaml act_parts, after a story
    that tells one act a body did (askfoi.story_antecedents.act_told): about that act. A part that says what its noun
    is about (a preposition after it, or a word of the act), is kept in the person's words, or names a place of its
    own, is left. Returns how many parts changed."""
    from askfoi.framing import render_frame
    from askfoi.story_antecedents import _lemma, act_told

    told = [x for x in re.split(r"(?<=[.!?])\s+|\n+", text or "") if x.strip()]
    act = act_told(told)
    if act is None:
        return 0
    nouns = _act_parts()
    act_words = {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", act.phrase)}
    changed = 0
    for part in framing.parts:
        q = part.qualifiers
        subject = re.sub(r"(?i)^(?:the|any|all|other|such)\s+", "", (part.subject or "").strip())
        if part.kind == "shown_by" and (part.head or "").lower().startswith("any records of") and not part.kept_words:
            # fx55: "were any alternatives considered", "were there any other options looked at": the records of those
            # things being done; the things are the noun before "being", what they are about is the act told
            done = re.match(r"(?i)(?:(?:any|other|the)\s+)*(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+being\s+[a-z]+(?:\s+(?:at|out|up|into))?$",
                            subject) if not (q.about or q.place) else None
            noun = done.group("noun").split()[-1].lower() if done else ""
            if done and (_lemma(noun) in nouns or noun in nouns) and not act_words & {
                    w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", subject)}:
                q.about = act.phrase
                part.text = render_frame(part)
                changed += 1
            continue
        words = subject.split()
        if part.kind not in _PART_KINDS or part.kept_words or part.warning or not words or len(words) > 3 \
                or q.about or q.place or part.of_set or part.base or _SCOPED.search(subject):
            continue
        if _lemma(words[-1].lower()) not in nouns and words[-1].lower() not in nouns:
            continue
        if part.kind == "count" and _OWN_SCOPE.search(part.clause or ""):
            continue  # "appeals made against the decision": the count says what its noun is about itself
        if act_words & {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", f"{part.subject} {part.clause or ''}")}:
            continue
        q.about = act.phrase
        part.text = render_frame(part)
        changed += 1
    return changed
