"""Every question a chat message asks is asked by the letter (fr34, issue 8).

People typing to the tool write a topic and then what they want to know of it, in fragments: "glasgow city council
spending on the new george square works, total cost and who got the contract", "bins. leeds. missed collections.
2025. how many. which areas worst", "swindon council parking fines 2024, how many issued, how many cancelled,
income". After the parts are made, each question-like clause of a chat message (a question, an asking fragment:
"total cost", "how many cancelled", "which areas worst") is looked for among the parts. One that no part asks:

- a fragment that only makes sense with the topic ("how many cancelled", "total cost", "income", "which areas
  worst") is rendered from a frame with the topic as its subject (prompts/frames: count, total_spend, income, a
  count broken down by what "which X" names);
- "who built it" / "when will they reopen it": the pronoun is the topic, written in, the question kept;
- a question with words of its own is kept whole, in the person's words;
- anything else is asked back (prompts/frames/left_out_ask.j2), never dropped silently.

A part the earlier steps made of the whole topic line with several asks in it ("The new leisure centre in
Stockport, how much did it cost, who built it.") goes when each of its asks is a part of its own.

A part whose rendered subject is empty or cut ("The number of hours.", "The total amount spent on year.", "The total
income from income.") is never kept: the subject is carried from the part before it (the clause it depends on), or
the person's sentence is kept whole.
"""
from __future__ import annotations

import re

_QW = (r"(?:how\s+(?:many|much|long|often|far)|hows\s+many|what(?:'s|s)?|which|who(?:'s|s)?|whose|when|where|why|"
       r"is\s+there|are\s+there|did|does|do|has|have|had|was|were|is|are|can|will|would)")
_ASK_START = re.compile(rf"(?i)^\W*(?:(?:and|also|plus|or)\s+)?{_QW}\b")
# an asking fragment with no question word: what is wanted of the topic, named by its measure
_MEASURE = re.compile(r"(?i)^\W*(?:(?:and|also|plus)\s+)?(?:the\s+|a\s+)?(?:(total|overall|full)\s+)?"
                      r"(cost|costs|spend|spending|price|income|revenue|takings)\s*(?:of\s+(?:it|them|this|that))?\W*$")
_KIND = {"cost": "total_spend", "costs": "total_spend", "spend": "total_spend", "spending": "total_spend",
         "price": "total_spend", "income": "income", "revenue": "income", "takings": "income"}
_CUT = re.compile(r"\s*(?:,|;|:|\s[-\u2013]\s|\.\s|\?\s|\band\s+(?=(?:how|who|whos|what|whats|which|when|where|why|"
                  r"the\s+(?:total\s+)?cost|total\s+cost|income)\b))\s*", re.I)
_STOP = frozenset("""a an the of to in on at for by and or with from as is are was were be been being has have had do
does did this that these those it its they them their there here which who whom whose what whats when where why how
many much any all each every some no not please also so than then into over under per can could would will you your
i me my we us our he she his her get got give tell know let like want need just only very more most last this year
years yr month months week weeks day days since total number amount cost costs spent spend hi hello thanks weren wasn
didn don doesn isn aren haven hasn won wouldn couldn cant one whos whats hows should hasnt havent didnt wasnt werent
isnt arent dont doesnt wont shouldnt couldnt wouldnt whole thing""".split())  # nx76: "what did the whole thing cost"
_UNITS = frozenset("hours days minutes weeks months years times".split())
_EMPTY_SUBJECTS = frozenset("""year years month months week weeks day days hour hours minute minutes time times
income money cost costs amount amounts total totals figure figures number numbers it them this that""".split())
_TOPIC_LEAD = re.compile(r"(?i)^\W*(?:re\b\W*|about\s+|regarding\s+|(?:the\s+)?(?:money\s+)?(?:spending|spend|spent|"
                         r"costs?)\s+(?:on|of)\s+)")
# "how many fixed within a week", "how many cancelled": the topic's things, with what was done to them
_PARTICIPLE = re.compile(r"(?i)^\W*(?:and\s+)?(?:how|hows)\s+many\s+(?:were\s+|have\s+been\s+|got\s+)?"
                         r"[a-z]+(?:ed|en|wn|ut|id)\b")
_PRONOUN = re.compile(r"(?i)\b(it|them|they)\b")


def _words(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9][a-z0-9'&-]*", (text or "").lower()) if w not in _STOP
            and (len(w) > 2 or w.isdigit())}


def _sentences(text: str) -> list[str]:
    out = []
    for line in (text or "").split("\n"):
        for s in re.split(r"(?<=[.?!])\s+", line):
            if s.strip():
                out.append(s.strip())
    return out


def _letter_words(framing) -> set[str]:
    """Words the letter says once for every part: the addressee's name and words, the period as said."""
    said = []
    if framing.authority:
        said += [framing.authority.name or "", framing.authority.from_text or ""]
    said.append(getattr(framing, "period_text", "") or "")
    return {w for s in said for w in re.findall(r"[a-z0-9]+", s.lower()) if len(w) > 1}


# fx56 (nc53 #8): a preposition of place: a word of the body's name after one ("hotels near Wakefield", "potholes in
# Leeds") is the place asked about, never the addressee said again, unless a word for a body follows it ("in Leeds City
# Council")
_PLACE_PREPS = frozenset("in near at around across within outside around".split())
_BODY_AFTER = frozenset("council councils police constabulary borough city county district trust nhs authority".split())


def _clean_topic(segment: str, letter: set[str]) -> str:
    words = re.findall(r"[A-Za-z0-9£&'/-]+", _TOPIC_LEAD.sub("", segment))

    def place(i: int) -> bool:
        j = i
        while j < len(words) and words[j][:1].isupper() and words[j].lower() in letter:
            j += 1
        return (i > 0 and words[i - 1].lower() in _PLACE_PREPS and words[i][:1].isupper() and j > i
                and (j == len(words) or words[j].lower() not in _BODY_AFTER))

    keep = [w for i, w in enumerate(words) if (w.lower() not in letter or place(i))
            and not re.fullmatch(r"(?:19|20)\d\d(?:/\d\d)?", w)
            and w.lower() not in {"hi", "hello", "hiya", "hey", "please", "pls", "council", "police"}]
    while keep and keep[-1].lower() in {"in", "on", "at", "for", "of", "the", "and", "last", "yr", "year", "this"}:
        keep.pop()
    while keep and keep[0].lower() in {"and", "re", "about", "for", "of", "in", "on", "-"}:
        keep.pop(0)
    return _TOPIC_LEAD.sub("", " ".join(keep))


# a phrase that tells (a pronoun of the person's, a finite verb) is the story, never the topic asked about
_NOT_TOPIC = re.compile(r"(?i)\b(?:spent|paid|made|took|gave|closed|closing|shut|i|im|i'm|ive|i've|my|me|we|our|us|you|they|theyre|he|she|it|its|this|that|sorry|"
                        r"thanks|was|were|is|are|be|been|has|have|had|do|does|did|dont|didnt|wasnt|werent|isnt|never|"
                        r"always|keeps?|seems?|says?|said|told|got|get|go|went|want|need|think|if)\b")


def _a_topic(phrase: str) -> bool:
    return bool(_words(phrase)) and len(phrase.split()) <= 8 and not _NOT_TOPIC.search(phrase)


def _is_ask(segment: str) -> bool:
    return bool(_ASK_START.match(segment) or _MEASURE.match(segment))


def _topics(framing, text: str) -> list[tuple[str, str, list[str]]]:
    """(sentence, topic, asks) for each sentence of TEXT that asks something: its topic is the leading segment that
    asks nothing (cleaned of the letter's own words), or for a message of bare fragments the fragments before."""
    letter = _letter_words(framing)
    out = []
    before: list[str] = []  # fragments that ask nothing, in earlier sentences ("bins. leeds. missed collections.")
    for sentence in _sentences(text):
        body = sentence.rstrip(".?! ")
        segments = [s.strip() for s in _CUT.split(body) if s and s.strip()]
        from askfoi.questions import question_clauses

        asks = [c.strip(" ,") for s in segments if _is_ask(s) for c in question_clauses(s) if c.strip(" ,")]
        if getattr(framing, "vented", None):
            from askfoi.rhetorical_asks import rhetorical

            asks = [a for a in asks if not rhetorical(a)]  # cx37: "why not just ...?" beside a real ask vents
        if not asks:
            topic = _clean_topic(body, letter)
            if _a_topic(topic):
                before.append(topic)
            elif topic:
                before = []
            continue
        first = next(k for k, s in enumerate(segments) if _is_ask(s))
        leads = [_clean_topic(s, letter) for s in segments[:first]]
        topic = next((t for t in reversed(leads) if _a_topic(t)), "") if first else ""
        if not topic and before and not first:
            topic = next((t for t in reversed(before) if len(_words(t)) >= 1 and not _place_only(t, framing)), "")
        out.append((sentence, topic, asks, bool(first)))
    return out


def _place_only(fragment: str, framing) -> bool:
    """A fragment that only names the place or the body ("leeds."): no topic."""
    return len(fragment.split()) == 1 and fragment[:1].isalpha() and fragment.lower() in _letter_words(framing) | {
        w.lower() for w in re.findall(r"[A-Za-z]+", framing.authority.name if framing.authority else "")}


# cx35: a part that asks for the dates a thing starts and ends answers "how long will it last"
_DATES = re.compile(r"(?i)\b(?:due\s+to\s+end|end\s+dates?|dates?\s+(?:it|they)\s+\w+\s+(?:and\s+)?(?:is\s+|are\s+)?(?:due\s+to\s+)?ends?|"
                    r"when\s+it\s+(?:ends|is\s+due\s+to\s+end))\b")


def _who_decided_ask(ask: str) -> bool:
    """ASK asks who made a decision: "who" and a decision verb (knowledge/vocab/story_antecedents.yaml
    decision_verbs) with a pointer for its object ("who signed this off", "who approved it")."""
    from askfoi.story_antecedents import _pos, _words as story_words

    m = re.match(r"(?i)\W*(?:and\s+)?who\s+([a-z]+)\b(.*)$", ask.strip())
    # fx102: "..., and who decided?": the verb alone points at the decision as the pronoun does
    if not m or not (re.search(r"(?i)\b(?:it|this|that)\b", m.group(2)) or not m.group(2).strip(" ?.!,;")):
        return False
    return bool(set(_pos(m.group(1).lower()).get("VERB", ())) & story_words().decisions)


def _asked(ask: str, topic: str, parts, questions) -> bool:
    """ASK (of TOPIC) is asked by one of PARTS (or asked back in QUESTIONS)."""
    from askfoi.record_lists import record_items

    pieces = record_items(ask)
    if len(pieces) > 1:  # lead50: "who designed it and the emails they had ...": each ask asked by a part
        return all(_asked(piece, topic, parts, questions) for piece in pieces)
    own = _words(ask) - _words(topic)
    if _who_decided_ask(ask) and any(getattr(p, "who_decided", False) for p in parts):
        return True  # lead37: "who signed this off?" is asked by the part on the decision that says who made it
    texts = [f"{p.text or ''} {getattr(p, 'source', '') or ''}" for p in parts] + list(questions or [])
    low = ask.lower()
    for t in texts:
        tw = _words(t)
        tl = t.lower()
        if re.match(r"(?i)\W*(?:and\s+)?how\s+long\b", ask) and own & tw and _DATES.search(tl):
            return True  # cx35: "how long will this closure continue" beside the order "showing the dates it ... ends"
        if own and len(own & tw) / len(own) < 0.6:
            continue
        if (not own or _PARTICIPLE.match(ask) or _PRONOUN.search(ask) and len(own) < 2) and topic and _words(topic) and not (_words(topic) & tw):
            continue  # "how many issued": asked only by a part about the topic's things
        if re.search(r"\bhow\s+many\b|\bhows\s+many\b", low) and not re.search(r"\bnumber\b|\bhow\s+many\b|\bcount", tl):
            continue
        if (_MEASURE.match(ask) or re.search(r"\bhow\s+much\b", low)) and not re.search(
                r"\bamount\b|\bcost|\bspen[dt]|\bincome\b|\bhow\s+much\b|\bpaid\b|\bvalue\b|\btotal\b", tl):
            continue
        if re.match(r"(?i)\W*(?:and\s+)?whos?\b", ask) and not re.search(r"\bwho\b|\bname|\bcontractor|\bcompan", tl):
            continue
        if re.match(r"(?i)\W*(?:and\s+)?which\b", ask) and not (own & tw):
            continue
        if re.match(r"(?i)\W*(?:and\s+)?why\b", ask) and not re.search(r"\bwhy\b|\breasons?\b", tl):
            continue
        return True
    return False


def _frame(kind: str, subject: str, source: str, clause: str = "", breakdown: str | None = None):
    from askfoi.framing import Frame, Qualifiers, render_frame

    frame = Frame(kind=kind, subject=subject, clause=clause, source=source,
                  qualifiers=Qualifiers(breakdown=breakdown) if breakdown else Qualifiers())
    frame.text = render_frame(frame)
    return frame


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _topic_phrase(topic: str) -> str:
    """TOPIC as a noun phrase that can stand for "it" / "them": "the" before it unless it has a determiner."""
    from askfoi.framing import _capitalise_places

    topic = _capitalise_places(topic)
    return topic if re.match(r"(?i)(?:the|a|an|any|all|each|every|[A-Z])\b", topic) else f"the {topic}"


def _render(ask: str, topic: str, led: bool = True):
    """The part that asks ASK of TOPIC, or None: a frame with the topic as subject, the question with its pronoun
    written out, or the question kept whole when it has words of its own."""
    from askfoi.framing import _capitalise_places, keep_words

    core = re.sub(r"(?i)^\W*(?:and|also|plus|or)\s+", "", ask).strip(" ?.!")
    m = _MEASURE.match(core)
    if m and topic:
        return _frame(_KIND[m.group(2).lower()], _capitalise_places(_TOPIC_LEAD.sub("", topic)), ask)
    m = re.match(r"(?i)how\s+much\s+(?:did|does|do|will|would|has|have|was|is)\s+(?:it|they|them|this|that)\s+"
                 r"(?:cost|costs)\b\s*(.*)$", core)
    if m and topic and not _words(m.group(1)):
        return _frame("total_spend", _capitalise_places(topic), ask)
    m = re.match(r"(?i)(?:how|hows)\s+many\s*(.*)$", core)
    if m and topic:
        rest = m.group(1).strip()
        # "how many issued", "how many fixed within a week": what the topic's things had done to them
        if not rest or re.match(r"(?i)(?:were\s+|have\s+been\s+|got\s+)?[a-z]+(?:ed|en|wn|ut|id)\b", rest):
            rest = re.sub(r"(?i)^(?:were|have\s+been|got)\s+", "", rest)
            return _frame("count", _capitalise_places(topic), ask, clause=rest)
    m = re.match(r"(?i)which\s+([a-z]+)\s+(?:is\s+|are\s+|were\s+|was\s+)?(?:the\s+)?(?:worst|best|most|highest|"
                 r"lowest|least|busiest)\b\s*$", core)
    if m and topic:
        return _frame("count", _capitalise_places(topic), ask, breakdown=_singular(m.group(1).lower()))
    if not _ASK_START.match(core):
        return None
    own = _words(core) - _words(topic)
    pronoun = _PRONOUN.search(core)
    if pronoun and topic and led and len(own) <= 2 and re.match(r"(?i)(?:who|when|where|why|what|how)\b", core):
        written = core[:pronoun.start()] + _topic_phrase(topic) + core[pronoun.end():]
        return keep_words(written + "?")
    if len(own) >= 2 and not pronoun or len(own) >= 3 and pronoun and pronoun.group(1).lower() == "they":
        return keep_words(core + "?")  # words of its own ("they" is the body asked): kept whole, as typed
    if topic and not pronoun and re.match(r"(?i)who\s+(?:got|won|has|had|holds?|was\s+given|was\s+awarded)\s+the\s+"
                                          r"(?:contract|job|work|tender)$", core):
        return keep_words(f"{core} for {_topic_phrase(topic)}?")  # "who got the contract" for the works named
    return None


def _without_addressee(sentence: str, framing) -> str:
    """SENTENCE without a leading segment that only names the body ("norfolk police, how many ...")."""
    m = re.match(r"\s*([^,:;?]{2,60}?)\s*(?:,|:|\s[-\u2013]\s)\s*(?=\S)", sentence or "")
    if m and not _words(_clean_topic(m.group(1), _letter_words(framing))):
        return sentence[m.end():]
    return sentence


def _judged(ask: str, set_aside: str, live_words: list[set[str]]) -> bool:
    """ASK was read by the framing and set aside on purpose (a view, a remark, a finding's evidence), or is a
    yes/no question another part already turns into records (it shares a word of its own with a part)."""
    said = re.sub(r"\s+", " ", ask.lower().strip(" ?.!"))
    if re.search(r"(?i)^\W*(?:and\s+)?what\s+about\b|\b(?:would|should|could|might)\b|\breally\b", ask):
        return True  # a follow-up the framing reads itself ("what about 2023"), a hypothetical or a view
    if re.search(r"(?i)\b(?:i|we|my|our|us|me)\b", ask):
        return True  # "or do we just pay more?": about the person's own case, not a record the body holds
    if said[:30] and said[:30] in set_aside:
        return True
    if re.match(r"(?i)\W*(?:and\s+|or\s+)?(?:is|are|was|were|do|does|did|has|have|had|can|will|would)\b", ask):
        own = _words(ask)
        return any(own & pw or "\0yes-no" in pw for pw in live_words)
    return False


def _left_out(ask: str) -> str:
    from askfoi.templates import render

    return re.sub(r"\s+", " ", render("frames/left_out_ask.j2", ask=ask.strip(" ,;"))).strip()


def _repeats_a_part(part, others, topic: str = "") -> bool:
    """PART's own words beside the TOPIC it shares with every ask of its line (at least 4) stand nearly all (4 in 5)
    in one of OTHERS: the same question said again ("Who built the park and ride?" beside "The total spent on the
    park and ride" asks a thing of its own)."""
    own = _words(part.text) - _words(topic)
    return len(own) >= 4 and any(len(own & _words(o.text)) >= 0.8 * len(own) for o in others if o.text)


def _ill_formed(part, framing) -> bool:
    from askfoi.framing import part_problems

    authority = framing.authority.name if getattr(framing, "authority", None) else None
    # a participle before its noun ("missed collections") is read as a verb by part_problems, and the framing's gate
    # reads it again (part_gate's readings); here only what no reading mends keeps a part out
    return bool([p for p in part_problems(part, authority) if p not in ("a misspelt word", "a verb, not a noun phrase")])


def keep_chat_asks(framing, text: str) -> None:
    """FRAMING's parts with every question-like clause of TEXT (a chat message) asked (see the module's note)."""
    from askfoi.follow_on_parts import follow_on_part
    from askfoi.sentence_acts import formal_request

    if not (text or "").strip() or formal_request(text) or getattr(framing, "route", "") == "SAR":
        return
    parts = list(framing.parts)
    added = []
    dropped: set[int] = set()
    asked_back: list[str] = []
    for sentence, topic, asks, led in _topics(framing, text):
        if len(sentence) > 400:
            continue
        # a part made of the whole line, with two asks or more in it, goes when its asks are made parts of their own
        elliptical = [a for a in asks if _MEASURE.match(a) or _PARTICIPLE.match(a) or len(_words(a) - _words(topic)) < 2]
        asked_words = set().union(*(_words(a) for a in elliptical)) if elliptical else set()
        whole_line = {k for k, p in enumerate(parts)
                      if sum(1 for a in asks if a.lower().strip(" ?") in (p.text or "").lower()) >= 2
                      or topic and _words(p.text) and _words(p.text) <= asked_words - _words(topic)}
        # (a piece: "The number of refused, income.", "How many issued?": the asks' words, without the topic)
        live = [p for k, p in enumerate(parts) if k not in dropped | whole_line] + [p for _, p in added]
        # "What exactly should "<the whole line>" ask about?": asked back whole, though its topic is there
        quoting = [q for q in framing.questions if sentence.lower().strip(" .?")[:40] in q.lower()
                   and re.match(r"(?i)what\s+exactly\s+should\b", q)]
        others = [q for q in framing.questions if q not in quoting]
        missing = [a for a in asks if not _asked(a, topic, live, others)]
        if missing and any(p.kind == "count" and p.qualifiers.breakdown for p in live):
            from askfoi.disparity_asks import mostly_guess

            missing = [a for a in missing if not mostly_guess(a)]  # nx82: "are they mostly given to young men": the
            # count's breakdown asks it (as lost_asks and question_ledger know)
        if not missing:
            continue
        if topic and whole_line and all(_render(a, topic, led) is not None for a in missing):
            dropped |= whole_line
        else:
            live = [p for k, p in enumerate(parts) if k not in dropped] + [p for _, p in added]
            missing = [a for a in asks if not _asked(a, topic, live, others)]
        # ck35: a legal question set aside by its own finding is said, never asked back as a part
        set_aside = " | ".join([*(f"{getattr(f, 'evidence', '') or ''}" for f in framing.findings
                                  if getattr(f, "code", "") in ("not-recorded-information", "asks-view", "view",
                                                                        "legal-question", "own-footage"))]).lower()
        set_aside = re.sub(r"\s+", " ", set_aside + " | " + " | ".join(
            str(getattr(g, "source", "") or getattr(g, "text", "") or g) for g in (getattr(framing, "gated", None) or [])).lower())
        # (a part the well-formedness gate took out is not put back)

        live_words = [_words(p.text) for k, p in enumerate(parts) if k not in dropped]
        line = re.sub(r"\s+", " ", sentence.lower())
        if any(not p.kept_words and (p.source or "").strip(" ?.!").lower()[:30] in line
               for k, p in enumerate(parts) if k not in dropped and (p.source or "").strip()):
            live_words.append({"\0yes-no"})  # a yes/no question beside records the framing made of its own line:
            # "did anyone check the pollution" read as the monitoring reports is that question asked (lead52: a part
            # framed from another sentence, "how many reports did they get", answers no "has anyone been prosecuted")
        missing = [a for a in missing if _MEASURE.match(a) or _PARTICIPLE.match(a) or (topic and not (_words(a) - _words(topic)))
                   or not _judged(a, set_aside, live_words)]
        # a remark the reading of units made by merging this question with another part's ("How many potholes
        # parking fines did ...?": the role model was sure it asks nothing): its decision stands
        merged = [_words(r) for r in (framing.remarks or []) if any(
            (_words(r) - _words(a)) & pw for pw in live_words for a in missing)]
        missing = [a for a in missing if not any(_words(a) - _words(topic) <= mw for mw in merged if _words(a))]
        made = []
        if topic and quoting and all(_render(a, topic, led) is not None for a in missing):
            framing.questions = others  # each ask of the line is a part now: nothing to ask back about it
        for ask in missing:
            part = _render(ask, topic, led)
            if part is not None and part.kept_words and (quoting or not parts or framing.route == "sar"):
                continue  # the framing asked back about the line, or wrote no part: a question kept whole is not a
                # part it could not make ("whats going on with the buses" is too vague, and is asked back as such)
            if part is not None and part.text and _repeats_a_part(part, [p for k, p in enumerate(parts) if k not in dropped]
                                                                 + [p for _, p in added], topic):
                continue  # lead32: its words are a part's already ("The number of example children ..." beside the
                # question kept whole): asked, never twice
            if part is not None and part.text and not part.kept_words and _ill_formed(part, framing):
                part = None  # lead32: a rendered part that fails the well-formedness gate is never added
            if part is not None and part.text:
                added.append((sentence, part))
                made.append(ask)
            elif _asked(ask, "", [p for k, p in enumerate(parts) if k not in dropped], others):
                continue  # "who scored them" beside "Who scored the quotes?": asked, the topic is not its subject
            elif (carried := follow_on_part(ask, [p for k, p in enumerate(parts) if k not in dropped]
                                            + [p for _, p in added])) is not None:
                added.append((sentence, carried))  # lead34: "and which company" of the spend part before it
                made.append(ask)
            elif _words(ask) - _words(topic):
                asked_back.append(_left_out(ask))  # words of its own that no part asks: asked back, not dropped
        if made:
            said = set().union(*(_words(a) for a in made))
            tw = _words(topic)
            for k, p in enumerate(parts):
                pw = _words(p.text)
                if k not in dropped and pw and pw <= said and not (tw and pw & tw - said):
                    dropped.add(k)  # "How many issued?", "Who designed them?": a piece of an ask made whole
    if added or dropped:
        framing.parts = [p for k, p in enumerate(parts) if k not in dropped] + [p for _, p in added]
    for q in asked_back:
        if q not in framing.questions:
            framing.questions.append(q)
    _subjects_carried(framing, text)


def _counted(sentence: str):
    """The things SENTENCE's first "how many X has/did/were ..." counts, as a frame's subject, or None."""
    from askfoi.framing import Frame

    m = re.search(r"(?i)\bhow\s+many\s+((?:[a-z&'-]+\s+){0,5}?[a-z&'-]+)\s+(?:has|have|had|did|do|does|were|was|are|"
                  r"is|will|can)\b", sentence or "")
    if not m or _NOT_TOPIC.search(m.group(1)):
        return None
    return Frame(kind="count", subject=m.group(1))


def _holds_other_question(sentence: str, part, parts, framing) -> bool:
    """Whether SENTENCE holds a question other than PART's own (PART.source): another part's question, or one the
    framing set aside or asked back, standing in it after or before PART's."""
    own = (part.source or "").strip(" ?.").lower()
    if not own or own not in sentence.lower():
        return False
    rest = sentence.lower().replace(own, " ", 1)
    others = [q.source for q in parts if q is not part and q.source] + list(framing.remarks or []) \
        + list(framing.unframed or [])
    return any(len(o.strip(" ?.")) > 8 and o.strip(" ?.").lower() in rest for o in others)


def _subjects_carried(framing, text: str) -> None:
    """A count / spend / income part whose subject is empty or cut ("The number of hours.", "The total amount spent
    on year.", "The total income from income.") is never kept: a spend or income part takes the subject of the part
    before it (the things the clause it depends on asks about); a count of hours or days goes with the part before,
    as the person's sentence kept whole (fx42: never when it counts the length of what the part before counts: a
    part of its own)."""
    from askfoi.framing import keep_words, render_frame

    parts = list(framing.parts)
    out = []
    for k, p in enumerate(parts):
        subject = (p.subject or "").strip().lower()
        if getattr(p, "kept_words", False) or p.kind not in ("count", "total_spend", "income") or (
                subject not in _EMPTY_SUBJECTS):
            out.append(p)
            continue
        prev = out[-1] if out else None
        carrier = next((q for q in reversed(out) if q.subject and q.subject.lower() not in _EMPTY_SUBJECTS), None)
        if carrier is None and p.kind in ("total_spend", "income"):
            carrier = _counted(next((t for t in _sentences(text) if p.source and p.source.strip(" ?.").lower()[:25]
                                     in t.lower()), ""))
        if carrier is not None and p.kind in ("total_spend", "income"):
            prev = carrier
            p = p.model_copy(deep=True)
            p.subject = prev.subject
            p.clause = prev.clause if p.kind == prev.kind or not p.clause else p.clause
            p.article = prev.article
            if subject in ("year", "years") and not p.qualifiers.breakdown:
                p.qualifiers.breakdown = "year"
            p.text = render_frame(p)
            out.append(p)
            continue
        sentence = next((s for s in _sentences(text) if p.source and p.source.strip(" ?.").lower() in s.lower()), "")
        sentence = _without_addressee(sentence, framing)
        counted = prev if prev is not None and not prev.kept_words and prev.kind == "count" and not prev.times \
            else (_counted(prev.source or prev.text) if prev is not None and prev.kept_words else None)
        if counted is not None and subject in _UNITS - {"times"} \
                and counted.subject and counted.subject.lower() not in _EMPTY_SUBJECTS:
            # fx42 (issue 8): "how many sewage spills ... and how many hours did they last": the count, and the length
            # of each thing it counts in the person's unit, a part of its own rendered from the count's subject
            # (never the two questions kept whole in one part)
            from askfoi.framing import Frame

            q = counted.qualifiers.model_copy(update={"breakdown": None, "uses_counted": False, "policy_offered": False})
            new = Frame(kind="follow_on", head="duration", clause=subject, subject=counted.subject, qualifiers=q,
                        source=p.source, article=True)
            new.text = render_frame(new)
            if new.text:
                out.append(new)
                continue
        if prev is not None and sentence and subject in _UNITS and prev.source and \
                prev.source.strip(" ?.").lower()[:30] in sentence.lower():
            out[-1] = keep_words(sentence.rstrip(".!? ") + "?")  # the count and its hours, as asked
            continue
        if sentence and _holds_other_question(sentence, p, parts, framing):
            # lead43: "how many hours did storm overflows spill into the wye and what is being done about it": the
            # sentence also holds another question (its own part, or asked back): only this question is kept whole,
            # never the sentence, or the other question is asked twice
            sentence = _without_addressee(p.source or "", framing)
        if sentence and len(sentence.split()) <= 40:
            out.append(keep_words(sentence.rstrip(".!? ") + "?"))
            continue
        out.append(p)
    framing.parts = out
