"""fr33 (issue 8): the parts of an informal message checked at the sentence level once they are final.

People type a story and then ask ("the village centre flooded in september 2016 because the pond outlet was blocked.
when were the drains last cleared", "waited 9 hours in a&e at the royal derby last week. how many people waited over
12 hours there last month"). Two things the earlier steps leave:

- `story_apart`: a sentence that only tells is never a part. A part kept in the person's words whose sentence asks
  nothing (no question mark, nothing asked or requested first, a subject and then a finite verb: "the trust brought
  in new parking charges for staff") goes to the remarks; so does a sentence whose subject was the body's name,
  masked before the questions were read ("the council is selling off the old fire station" read as "Is selling off
  the old fire station?"): an auxiliary straight before a verb in -ing with no subject between them.
- `places_written`: "there" (the place, not "there is") in a part means the place the story names. When the story
  names exactly one place (a phrase after at / in / on / outside / behind ... holding a name or a place noun), the
  pointer is written out as that phrase ("... waited over 12 hours in A&E at the Royal Derby"). When it names none
  or several, nothing is guessed: the person is asked one question, with the places as numbered choices
  (prompts/frames/which_place.j2); the part and its question are listed in `Framing.held`.

The words used here are closed classes of English (auxiliaries, question words, request openers, prepositions of
place); the kinds of place are data (knowledge/vocab/story_places.yaml, `place_nouns`).
"""

from __future__ import annotations

import re

from askfoi.knowledge import load_vocab

_ASK_OPEN = re.compile(
    r"(?i)^\s*(?:and\s+|but\s+|also\s+|so\s+)?(?:how|what|whats|which|when|who|whom|whose|why|where|whether|is|are|was|were|"
    r"do|does|did|has|have|had|can|could|would|will|should|may|might|shall|please|pls|i\s+want|i\s+need|i'?d\s+like|"
    r"i\s+would\s+like|id\s+like|send|provide|give|tell|list|show|a\s+copy|copies|any|all|details|information|"
    r"the\s+number|number\s+of|the\s+total|total|figures|data|records?\b)")
_SUBJECT_OPEN = re.compile(r"(?i)^\s*(?:the|a|an|our|my|their|his|her|this|these|those|some|lots\s+of|loads\s+of|"
                           r"[A-Z][a-z]+)\b")
_FINITE = frozenset("is are was were has have had keeps keep says say said seems seem gets got goes went".split())
_NO_SUBJECT = re.compile(r"(?i)^\s*(?:is|are|was|were|has|have|had)\s+(?:\w+ing|been|now|also|still|just)\b")
_PREP_PLACE = re.compile(
    r"(?i)\b(?:at|in|on|outside|behind|near|by|round|around|opposite|over)\s+((?:the\s+)?[\w&'\-]+(?:\s+[\w&'\-]+){0,5})")
# fx43: the verbs besides "be" that take the empty "there" ("as there seem to be many other cuts", "there appears to
# be no record"): "there" before one of them is no place, whatever follows
_EXISTENTIAL = (r"seems?|seemed|appears?|appeared|exists?|existed|remains?|remained|used\s+to|tends?|tended|"
                r"continues?|continued|happens?|happened|ought|needs?|needed|isnt|arent|wasnt|werent|hasnt|havent")
_THERE = re.compile(r"(?i)(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bwill )"
                    r"(?<!\bisnt )(?<!\barent )\bthere\b(?!\s+(?:is|are|was|were|have|has|had|be|been|will|would|should|may|might|must|"
                    r"could|can|being|any|no|" + _EXISTENTIAL + r")\b)")
# the person's own place words: "on our road", "round here", "near me" (the officer does not know where that is)
_THERE_IS = re.compile(r"(?i)\bthere(?:'s|\s+(?:is|are|was|were|have|has|had|be|been|will|would|could|may|might|"
                       + _EXISTENTIAL + r"))\b"
                       r"|\b(?:is|are|was|were|have|has|had)\s+there\b")
_OWN_PLACE = re.compile(r"(?i)\b(?:(?:on|in|along|around|round|near|outside|at)\s+)?(?:our|my)\s+(?:road|street|lane|close|avenue|"
                        r"estate|area|village|town|park|block|local\s+area)\b|\b(?:round|around)\s+here\b|\bnear\s+(?:me|us)\b"
                        r"|\b(?:in|on)\s+this\s+(?:area|estate|road|street)\b")
_NARROW_OWN = re.compile(r"(?i)\b(?:road|street|lane|close|avenue|estate|block|park)\b")
_NARROW_PLACE = re.compile(r"(?i)\b(?:road|street|lane|close|avenue|drive|way|crescent|terrace|estate|block|park|court|"
                           r"gardens|place|row|square|hill|green|walk|mews|flats|house|tower)\b|\d")
_STOP_AT = re.compile(r"(?i)(?:\s+(?:in|on|at|during|from|since|until|till|by|over|for))?\s+\b(?:i|we|you|he|she|it|they|me|us|them|my|our|his|her|their|and|but|because|since|for|every|each|last|this|next|when|while|who|which|that|"
                      r"with|where|near\s+me|near\s+us|round\s+here|yesterday|today|tonight|ago|about|over|all|"
                      r"again|is|are|was|were|has|have|had|keep|keeps|said|says|\d+|january|february|march|april|may|june|july|"
                      r"august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|"
                      r"sunday|morning|evening|night|week|weekend|month|year)\b.*$")


_BUILDINGS = frozenset("hospital infirmary school academy college library station surgery practice centre home pool "
                       "flats block".split())


def _place_nouns() -> frozenset[str]:
    data, _ = load_vocab("story_places")
    data = data if isinstance(data, dict) else {}
    return frozenset(str(w).lower() for w in data.get("place_nouns") or [])


def _verbish(tok: str) -> bool:
    from askfoi.story_antecedents import _vbd

    low = tok.lower()
    return low in _FINITE or _vbd(low)


def only_tells(sentence: str) -> bool:
    """SENTENCE tells and asks nothing: no question mark, no ask or request first, a subject then a finite verb."""
    s = sentence.strip()
    if not s or "?" in s:
        return False
    if _NO_SUBJECT.match(s):
        return True  # "is selling off the old fire station": its subject was the body's name, masked
    if _ASK_OPEN.match(s):
        return False
    if not _SUBJECT_OPEN.match(s):
        return False
    toks = re.findall(r"[A-Za-z']+", s)
    for i, tok in enumerate(toks[1:7], start=1):
        if tok.lower() in ("of", "for", "to", "on", "in", "about", "that", "which", "who", "where", "when", "whose",
                           "showing", "between"):
            return False  # "the number of ...", "the minutes for ...": a thing asked for, named by a phrase (lead40:
            # or by a relative clause, "the minutes where they decided to award the contract")
        if _verbish(tok):
            if i == 1 and toks[0].lower() in _DETERMINERS and i + 1 < len(toks) and toks[i + 1].lower() in _NOUN_PREPS:
                continue  # fx94: "the cost of keeping dogs in kennels", "the cut to funding": a noun before its phrase
            return i >= 1 and len(toks) - i >= 2
    return False


# fx94: a word that is also a past tense ("cost", "cut", "set", "spent") right after a determiner and before a preposition
# is the head noun of a phrase naming a thing asked for ("The cost of keeping dangerous dogs in kennels"), never a verb
_DETERMINERS = frozenset("the a an any your this these those our my their its".split())
_NOUN_PREPS = frozenset("of for on in to about between".split())


def _sentence_of(source: str, message: str) -> str:
    """The sentence of MESSAGE that SOURCE was read from (with its own punctuation), or SOURCE."""
    key = re.sub(r"\W+", " ", source.lower()).strip()[:40]
    for sent in re.split(r"(?<=[.!?])\s+|\n+", message):
        if key and key in re.sub(r"\W+", " ", sent.lower()):
            return sent
    return source


def story_apart(framing, message: str) -> None:
    """Parts kept in the person's words whose sentence only tells move to FRAMING's remarks."""
    from askfoi.record_lists import names_record

    kept = []
    for part in framing.parts:
        src = (part.source or part.text or "").strip()
        if part.kept_words and src and "?" not in _sentence_of(src, message) and only_tells(src.rstrip("?")) \
                and not names_record(src, _sentence_of(src, message)):  # lf61: "i want ... the inspection reports the council did"
            framing.remarks.append(src)
            continue
        kept.append(part)
    if kept and len(kept) != len(framing.parts):
        framing.parts = kept


# lead49 (nc61 #4): a junction named by its two roads ("at kennington lane and harleyford road", "the corner of mill
# road and station street"): the "and" joins the roads of one place, so the place is not cut after the first road
_ROAD = r"(?:lane|road|street|avenue|way|drive|close|crescent|terrace|hill|gardens|grove|row|parade|square|rd|st|ave|broadway|highway)"
_JUNCTION = re.compile(rf"(?i)\b({_ROAD})\s+and\s+(?=(?:[a-z][\w'-]*\s+){{1,2}}{_ROAD}\b)")


_ROAD_NAME = rf"(?:[a-z][\w'-]*\s+){{1,3}}?{_ROAD}\b"
_NAMED_JUNCTION = re.compile(
    rf"(?i)\b(?:(?:the\s+)?(?P<kind>junction|corner|crossroads|crossing|roundabout)\s+(?:of|between|at)\s+)?"
    rf"(?P<a>{_ROAD_NAME})\s+(?:and|&|with|/)\s+(?P<b>{_ROAD_NAME})(?P<area>\s*\([A-Za-z][\w' -]{{1,30}}\))?")


def junction_named(message: str) -> str | None:
    """lead50 (nc61 #4): the one junction MESSAGE names by its two roads ("at the junction of kennington lane and
    harleyford road (vauxhall)"), as a letter names it ("the junction of Kennington Lane and Harleyford Road
    (Vauxhall)"); None when it names none or two."""
    found = []
    for m in _NAMED_JUNCTION.finditer(message or ""):
        stop = {"at", "on", "in", "by", "near", "the", "of", "off", "my", "our", "a", "an", "and", "to", "from", "into", "onto"}
        words = m.group("a").split()
        cut = max((k + 1 for k, w in enumerate(words[:-1]) if w.lower() in stop), default=0)
        a = " ".join(words[cut:])
        b = m.group("b").strip()
        if not a or a.split()[0].lower() in stop or b.split()[0].lower() in stop:
            continue
        kind = (m.group("kind") or "junction").lower()
        area = (m.group("area") or "").strip()
        road = lambda r: " ".join(w if w[:1].isupper() else w.capitalize() for w in r.split())  # noqa: E731
        name = f"the {kind} of {road(a)} and {road(b)}" + (f" {area.title()}" if area else "")
        found.append(name)
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None


def _prep_places(sent: str) -> list[re.Match[str]]:
    """Each preposition-led phrase of SENT that may name a place, read from every preposition in turn (lead53: "hit by
    a car outside his school on hyde road" holds "outside his school" and "on hyde road", never only the first
    phrase's six words), without "by" after a passive verb (its doer: "hit by a car")."""
    from askfoi.framing import _is_past_participle

    found, pos = [], 0
    while True:
        m = _PREP_PLACE.search(sent, pos)
        if not m:
            return found
        pos = m.start(1)  # the next search starts inside this phrase: a later preposition opens a phrase of its own
        before = re.findall(r"[A-Za-z]+", sent[: m.start()])
        if m.group(0).lower().startswith("by") and before and before[-1].lower() not in ("stand", "stood", "standing") \
                and _is_past_participle(before[-1].lower()):
            continue
        found.append(m)


def story_places(message: str, asked: str) -> list[str]:
    """The places MESSAGE's story names before the question ASKED (distinct phrases, in the order told)."""
    nouns = _place_nouns()
    told = _before(message, asked) or message
    from askfoi.framing import _capitalise_places

    told = _capitalise_places(re.sub(r"(?i)\s+\b(?:near\s+(?:me|us)|round\s+here|around\s+here)\b", "", told))
    found: list[str] = []
    for sent in re.split(r"(?<=[.!?])\s+|\n+", told):
        sent = re.split(r"(?i),?\s*\b(?:how|what|whats|which|when|who|why|where|can\s+i|could\s+you|is\s+there|are\s+there)\b", sent)[0]
        if "?" in sent or not sent.strip():
            continue
        sent = _JUNCTION.sub(lambda j: j.group(1) + " and__ ", sent)  # lead49: "at X lane and Y road": one place
        for m in _prep_places(sent):
            phrase = _STOP_AT.sub("", m.group(0)).strip(" ,.").replace("and__", "and")
            phrase = re.sub(r"(?i)^(?:over|round|around)\b", "in", phrase)  # "all over the park": in the park
            words = phrase.split()
            if len(words) < 2:
                continue
            tail = [w.lower().strip(",.") for w in words[1:]]
            if tail and tail[0] in ("the",):
                tail = tail[1:]
            if tail and tail[0] in ("a", "an") and any(t in nouns for t in tail[1:]):
                pass  # "kept in an isolation room": a place of a kind, which "kept there" may point back to
            elif not tail or tail[0] in ("my", "our", "me", "us", "here", "there", "it", "them", "a", "an", "time", "order"):
                continue
            if re.match(r"(?i)\w+ing$", tail[0]) and tail[0] not in nouns:
                continue  # "look at putting in caretaker GPs": an action, not a place
            named = any(w[:1].isupper() and not w.isupper() and not re.fullmatch(r"[A-Z]+s", w) for w in words[1:]) \
                or any(t in nouns for t in tail)
            if not named:
                continue
            if found and found[-1].lower().endswith(words[0].lower()) is False and m.start() > 0 and \
                    sent[:m.start()].rstrip().lower().endswith(found[-1].lower().split()[-1]):
                found[-1] = f"{found[-1]} {phrase}"  # "in A&E at the Royal Derby": one place, said in two steps
                continue
            if not any(phrase.lower() in f.lower() for f in found):  # (a phrase inside one told already: the same place)
                found.append(phrase)
    if not found:
        # "our GP is retiring and the surgery is closing": no place after a preposition, one place noun the story
        # makes its subject ("the surgery"): that place, with the preposition its kind takes
        bare = []
        for sent in re.split(r"(?<=[.!?])\s+|\n+", told):
            sent = re.split(r"(?i),?\s*\b(?:how|what|whats|which|when|who|why|where)\b", sent)[0]
            for m in re.finditer(r"(?i)\b(?:the|our|my)\s+(\w+)\s+(?:is|was|has|had|have|got|keeps|closed|shut)\b", sent):
                if m.group(1).lower() in nouns and m.group(1).lower() not in (b.lower() for b in bare):
                    bare.append(m.group(1).lower())
        if len(bare) == 1 and bare[0] in _BUILDINGS:
            # a building ("the surgery") is the body's own premises; an open place ("the beach has been closed") needs
            # its name, which only the person can give: asked, never written in bare (lead32)
            found.append("at the " + bare[0])
    return found


def _same_verb_place(message: str, asked: str, places: list[str]) -> list[str]:
    """Of several PLACES the story names, the one its own verb put something in that the question's verb puts "there"
    ("my son was kept in an isolation room at his school in bradford ... how many pupils were kept there": the isolation
    room, not the town). Empty when the question's verb is no anchor or no single place follows the same verb."""
    m = re.search(r"(?i)\b([a-z]+)\s+(?:(?:them|him|her|it|people|pupils|children)\s+)?there\b", asked)
    if not m:
        return []
    verb = m.group(1).lower()
    if verb in ("is", "are", "was", "were", "be", "been", "from", "in", "out", "up", "down", "over", "go", "went", "get"):
        return []
    stem = re.sub(r"(?:ed|d|s)$", "", verb)
    told = _before(message, asked) or message
    hits = []
    for place in places:
        for at in [x.start() for x in re.finditer(re.escape(place), told, re.I)]:
            before = re.findall(r"[a-z]+", told[:at].lower())[-3:]
            if any(w == verb or (len(stem) > 3 and re.sub(r"(?:ed|d|s)$", "", w) == stem) for w in before):
                hits.append(place)
                break
    return hits if len(hits) == 1 else []


def _before(message: str, asked: str) -> str:
    """MESSAGE up to the question ASKED (found by its last words, as a step may have put words before it)."""
    tail = re.sub(r"\W+$", "", asked.lower())[-28:]
    at = message.lower().rfind(tail) if tail else -1
    if at < 0:
        return ""
    start = message.lower().rfind(re.sub(r"\W+$", "", asked.lower())[:20], 0, at + 1)
    return message[:start if 0 <= start <= at else at]


def _places_asked(message: str, asked: str) -> list[str]:
    """When the story names no place: the places the message's earlier questions name ("how much do you pay to rent
    the council offices, ... how many staff work from there"), offered as choices only, never written in."""
    nouns = _place_nouns()
    before = _before(message, asked)
    found: list[str] = []
    for m in re.finditer(r"(?i)\b(?:(at|in|on|from)\s+)?the\s+([\w&'\-]+(?:\s+[\w&'\-]+){0,2})", before):
        words = m.group(2).split()
        while words and words[-1].lower() not in nouns:
            words.pop()  # "the council offices and": up to its place noun
        if words:
            last = words[-1].lower()
            phrase = f"{(m.group(1) or ('at' if last in _BUILDINGS else 'in')).lower()} the {' '.join(words)}"
            if phrase.lower() not in (f.lower() for f in found):
                found.append(phrase)
    for m in re.finditer(r"(?i)\b(in|at)\s+((?!the\b)[\w&'\-]+(?:\s+[\w&'\-]+)?)\b", before):
        head = m.group(2).split()[-1].lower()
        if head in nouns or m.group(2).split()[0].lower() in nouns:
            phrase = f"{m.group(1).lower()} {_STOP_AT.sub('', m.group(2))}"
            if phrase.lower() not in (f.lower() for f in found):
                found.append(phrase)
    return found[:4]


def places_written(framing, message: str, *, named_only: bool = False) -> None:
    """'there' in a part written out as the one place the story names, else one question back with choices.
    Run again once the parts are final (NAMED_ONLY): a question held for a part a later step replaced is dropped and
    the part now in its place is read anew, but only a place with a name is written in ("the beach" alone tells the
    officer nothing: the part's story-reference finding stays), so no question quotes words the letter does not have."""
    from askfoi.templates import render

    now = {p.text for p in framing.parts}
    stale = [h for h in framing.held if h.get("part") not in now and h.get("question", "").startswith("Which place do you mean")]
    if stale:
        gone = {h["question"] for h in stale}
        framing.held = [h for h in framing.held if h not in stale]
        framing.questions = [q for q in framing.questions if q not in gone]
    asked = {h.get("part") for h in framing.held}
    kept = []
    for part in framing.parts:
        m = _THERE.search(part.text or "")
        if m and part.source and not _THERE.search(part.source) and _THERE_IS.search(part.source):
            m = None  # "how many concerns have there been": the person's "there" is "there is", whatever a step made of it
        pattern = _THERE
        if not m:
            m, pattern = _OWN_PLACE.search(part.text or ""), _OWN_PLACE
        if not m or part.text in asked:
            kept.append(part)
            continue
        places = story_places(message, part.source or part.text)
        own = getattr(getattr(framing, "authority", None), "from_text", None) or ""
        if pattern is _THERE and not places and own and re.search(
                rf"(?i)\bat\s+(?:the\s+)?{re.escape(own)}\b", _before(message, part.source or part.text) or message):
            # lead44: "waiting for a hip op at the royal berkshire ... how many people are waiting ... there": the
            # place is the body the letter goes to, so "there" says nothing the letter does not (dropped, not asked)
            update = {}
            for field in ("text", "clause", "subject", "decision"):
                value = getattr(part, field, None)
                if value and _THERE.search(value):
                    update[field] = re.sub(r"\s+([.?!,])", r"\1", _THERE.sub("", value, count=1)).replace("  ", " ").strip()
            kept.append(part.model_copy(update=update))
            continue
        if len(places) > 1:
            # "the wards there": "there" is not the ward the story names but the place that holds it; a place whose
            # head noun the part already says beside "there" is not what "there" points at
            said = {_singular(w) for w in re.findall(r"[a-z&]+", (part.text or "").lower())}
            others = [p for p in places if _singular(p.split()[-1].lower()) not in said]
            places = others or places
        if len(places) > 1:
            places = _same_verb_place(message, part.source or part.text, places) or places
        if named_only and not (len(places) == 1 and any(w[:1].isupper() for w in _capital_names(places[0]).split()[1:]
                                                          if w.lower() not in _place_nouns())):
            kept.append(part)  # after the gate: nothing guessed, nothing asked twice; the finding says what is missing
            continue
        if len(places) == 1 and pattern is _OWN_PLACE and _NARROW_OWN.search(m.group(0)) \
                and not _NARROW_PLACE.search(places[0]):
            # lead53: "our street" after a story told only "in sheffield": a street is no town, so the town is never
            # written in its place ("ASB reports for Sheffield"): the person is asked to name it
            places = []
        if len(places) == 1:
            place = _capital_names(places[0])
            if pattern is _OWN_PLACE and not re.match(r"(?i)(?:on|in|along|around|round|near|outside|at)\b", m.group(0)):
                place = place.split(" ", 1)[1] if " " in place else place  # "my road" without its preposition
            update = {}
            for field in ("text", "clause", "subject", "decision"):  # the fields the part's template renders from
                value = getattr(part, field, None)
                if value and pattern.search(value):
                    value = pattern.sub(place, value, count=1)
                    update[field] = re.sub(r"\b(?:from|to|at|in|on)\s+((?:at|in|on|outside|behind|near|by|opposite|over)\b)",
                                           r"\1", value)
            kept.append(part.model_copy(update=update))
            continue
        choices = places or _places_asked(message, part.source or part.text)
        words = m.group(0).strip()
        words = re.sub(r"(?i)^(?:on|in|along|around|round|near|outside|at)\s+(?=(?:our|my|this)\b)", "", words)
        question = render("frames/which_place.j2", words=words, part=part.text,
                          choices=[_capital_names(p) for p in choices]).strip()
        framing.questions.append(question)
        framing.held.append({"part": part.text, "question": question})
        kept.append(part)  # the part stays as the person wrote it (and its finding); the question says what is missing
    framing.parts = kept
    # a finding about a place word no part says any more (it was written out above) is gone with it
    pointing = [p.text for p in kept if _THERE.search(p.text or "") or _OWN_PLACE.search(p.text or "")]
    framing.findings = [f for f in framing.findings if getattr(f, "code", "") != "story-reference"
                        or not (_THERE.fullmatch((getattr(f, "evidence", "") or "").strip())
                                or _OWN_PLACE.fullmatch((getattr(f, "evidence", "") or "").strip()))
                        or any(t and t in (getattr(f, "message", "") or "") for t in pointing)]


def _known_word(low: str) -> bool:
    from askfoi.spelling import _known

    return _known(low)


def _singular(word: str) -> str:
    from askfoi.framing import _inflector

    return _inflector().singular_noun(word) or word


def _capital_names(phrase: str) -> str:
    """'at the royal derby' -> 'at the Royal Derby': the words after the preposition and article that are not
    closed-class words take a capital when the phrase is a name (no place noun of its own: 'in the park' stays)."""
    nouns = _place_nouns()
    words = phrase.split()
    if any(w.lower() in nouns for w in words[1:]):
        # "in the park in Tower hamlets": the place noun stays as typed, a name already begun is finished
        out = list(words)
        for i in range(2, len(out)):
            if out[i - 1][:1].isupper() and out[i][:1].isalpha() and out[i].lower() not in nouns | {"the", "of", "and", "in", "on", "at"}:
                out[i] = out[i][:1].upper() + out[i][1:]
            elif out[i - 1][:1].isupper() and out[i].lower() in nouns and i == len(out) - 1 and out[1].lower() != "the":
                out[i] = out[i][:1].upper() + out[i][1:]  # "in Walsall Manor hospital": the place noun ends the name
        for i in range(1, len(out)):  # lead49: a road's name: "Kennington lane and harleyford road" -> "... Harleyford Road"
            road = re.fullmatch(_ROAD, out[i], re.I) is not None
            if road and out[i - 1][:1].isupper():
                out[i] = out[i][:1].upper() + out[i][1:]
            elif i + 1 < len(out) and re.fullmatch(_ROAD, out[i + 1], re.I) and out[i][:1].isalpha() \
                    and out[i].lower() not in nouns | {"the", "of", "and", "in", "on", "at", "a", "an", "my", "our", "this"} \
                    and not _known_word(out[i].lower()):  # "harleyford road", never "a new Cycle Lane"
                out[i] = out[i][:1].upper() + out[i][1:]
        return " ".join(o if o.lower() != "a&e" else "A&E" for o in out)
    small = {"the", "of", "and", "on", "in", "at", "upon", "a", "an", "by"}
    out = [words[0]] + [w if w.lower() in small or not w[:1].isalpha() else w[:1].upper() + w[1:] for w in words[1:]]
    return " ".join(o if o.lower() != "a&e" else "A&E" for o in out)


def they_as_kind(framing) -> None:
    """No body named, only its kind ("the council do nothing", "the police never come"): a "they" in a part kept in
    the person's words that can only mean the body (askfoi.kept_questions.body_pronouns) is written as that kind
    ("Did they ever prosecute anyone?" -> "Did the council ever prosecute anyone?"), as it is when the body is named."""
    from askfoi.kept_questions import body_pronouns

    if framing.authority is not None or not framing.body_kind:
        return
    short = f"the {framing.body_kind}"
    for part in framing.parts:
        if part.kept_words and part.text:
            part.text = body_pronouns(part.text, short)
