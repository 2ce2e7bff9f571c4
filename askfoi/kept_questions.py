"""A question kept in the person's words (a part of kind "kept") tidied so an FOI officer would accept it as
written, and the check that it is.

Tidying never adds a request or drops one: it takes off the joining word in front ("also", "and", "so"), an
asking opener ("can swindon council tell me", "i want to know"), the person's reason after the question ("as i
dont think theres a pound ..."), puts right informal spellings and contractions typed without the apostrophe
("whats", "dont", "i"), writes a body's possessive typed without its apostrophe ("the councils policy"), and
gives the sentence a capital and an end mark. "you" and "your" stay (the letter is addressed to the body);
"they/them/their" become "you/your" only where they can mean nothing but the body (`body_pronouns`), and the body
named in the third person is spoken to as "you" (lf64, `addressed`). The words are in knowledge/vocab/kept_questions.yaml.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab
from askfoi.questions import _reason_clause, drop_reason, question_clauses, strip_ask_opener, strip_opener


@dataclass(frozen=True)
class _Words:
    informal: dict[str, str]
    leading: frozenset[str]
    possessive_of: frozenset[str]
    possessive_before: frozenset[str]
    body_short: dict[str, str]
    body_verbs: frozenset[str]
    object_after: frozenset[str]
    name_compounds: frozenset[str]
    name_attributive: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data, _ = load_vocab("kept_questions")
    data = data if isinstance(data, dict) else {}
    low = lambda key: frozenset(str(w).lower() for w in data.get(key) or [])  # noqa: E731
    return _Words(
        informal={str(k).lower(): str(v) for k, v in (data.get("informal") or {}).items()},
        leading=low("leading"),
        possessive_of=low("possessive_of"),
        possessive_before=low("possessive_before"),
        body_short={str(k).lower(): str(v) for k, v in (data.get("body_short") or {}).items()},
        body_verbs=low("body_verbs"),
        object_after=low("body_object_after"),
        name_compounds=low("name_compounds"),
        name_attributive=low("name_attributive"),
    )


_WORD = re.compile(r"(?<![\w&'\u2019-])([A-Za-z]+(?:['\u2019][A-Za-z]+)?)(?![\w&'\u2019-])")


def _leading_off(text: str) -> str:
    """TEXT without the joining words in front ("also", "and so", "ps,")."""
    for _ in range(4):
        m = re.match(r"\W*([A-Za-z]+)\b[\s,:;.-]*", text)
        if not m or m.group(1).lower() not in _words().leading or not re.search(r"[A-Za-z]{2}", text[m.end():]):
            break
        text = text[m.end():]
    return text.lstrip(" ,;:-.")


def speak_word(low: str) -> str | None:
    from askfoi.word_slips import text_speak_word

    return text_speak_word(low)


def fix_informal(text: str) -> str:
    """TEXT with informal spellings and contractions typed without the apostrophe written out ("whats" ->
    "what is", "dont" -> "do not", "i" -> "I"), and a body's possessive given its apostrophe ("the councils
    policy" -> "the council's policy"). Whole words only; "i.e." is left alone."""
    words = _words()

    def put(m: re.Match[str]) -> str:
        word = m.group(1)
        low = word.lower().replace("\u2019", "'")
        if low == "i" and text[m.end(): m.end() + 2].lower() == ".e":
            return word
        fixed = words.informal.get(low) or speak_word(low)
        if fixed is None:
            return word
        if word[:1].isupper() and fixed[:1].islower():
            fixed = fixed[:1].upper() + fixed[1:]
        return fixed

    return _WORD.sub(put, text)


def fix_possessive(text: str) -> str:
    """A body's possessive typed without its apostrophe given one ("Kent County Councils policy" -> "Kent County
    Council's policy"), only before a noun the body holds (kept_questions.yaml possessive_before)."""
    words = _words()

    def put(m: re.Match[str]) -> str:
        word, nxt = m.group(1), m.group(2)
        if word.lower()[:-1] in words.possessive_of and nxt.lower() in words.possessive_before:
            return f"{word[:-1]}'s {nxt}"
        return m.group()

    return re.sub(r"\b([A-Za-z]+s)\s+([A-Za-z]+)\b", put, text)


def body_short(name: str | None) -> str | None:
    """The short name a letter uses for the body NAME ("Swindon Borough Council" -> "the council"), by the
    last word of its name (kept_questions.yaml body_short); None when no short name fits."""
    # lead50: "Harris Academy at Peckham", "St Mary's School in Leeds": the head is before the place
    name = re.split(r"\s+(?:at|in)\s+(?=[A-Z])", name or "", maxsplit=1)[0]
    words = re.findall(r"[A-Za-z]+", name or "")
    pair = _words().body_short.get(" ".join(words[-2:]).lower()) if len(words) >= 2 else None
    if pair:
        return pair
    for word in reversed(words[-2:]):
        short = _words().body_short.get(word.lower())
        if short:
            return short
    if words and words[0].upper() == "NHS" or "NHS" in words:
        return "the trust" if "Trust" in words else None
    return None


@functools.lru_cache(maxsize=4096)
def _lemma_in(word: str, verbs: frozenset[str]) -> bool:
    from lemminflect import getAllLemmas

    low = word.lower()
    return low in verbs or any(v in verbs for v in getAllLemmas(low).get("VERB", ()))


def is_body_verb(word: str) -> bool:
    """WORD is a form of a verb whose doer, in a request, is the body ("paid", "issues", "spend")."""
    return _lemma_in(word, _words().body_verbs)


_AUX = frozenset("did do does has have had will would can could is are was were".split())


def _agree(verb: str) -> str:
    """VERB (after "they") in the form it takes after a singular body ("pay" -> "pays", "have" -> "has", "are" ->
    "is"); a verb in the past or not a verb is returned as it is."""
    from lemminflect import getAllLemmas, getInflection

    low = verb.lower()
    fixed = {"have": "has", "are": "is", "were": "was", "do": "does", "don't": "doesn't", "aren't": "isn't"}.get(low)
    if fixed:
        return fixed
    if low in getAllLemmas(low).get("VERB", ()) and not low.endswith(("ed", "ing")):
        forms = getInflection(low, "VBZ")
        return forms[0] if forms else verb
    return verb


def body_pronouns(text: str, short: str | None) -> str:
    """TEXT with "they", "them" and "their" written as "you" and "your" (lf64: the letter speaks to the body; before,
    the body's SHORT name, "the council's") where they can only mean the body: some "they" is the doer of what a body does ("how many did they pay", "they spend"),
    a "them" comes after a cost ("how much did it cost them"), or a "their" before what a body holds ("their
    policy"); only those pronouns are written out ("how much did they spend fixing them": "them" stays). Never when people are named before a pronoun ("how many tenants ...
    did they get compensation"): then it may mean them, and the part stays as typed."""
    if not short or not re.search(r"(?i)\b(?:they|them|their)\b", text):
        return text
    from askfoi.framing import _vocab  # the nouns for people, shared with framing

    people = _vocab().people
    words = _words()
    found = list(re.finditer(r"(?i)\b(they|them|their)\b", text))
    if any(w in people for w in re.findall(r"[a-z]+", text[: found[-1].start()].lower())):
        return text
    chosen = []  # only the pronouns that themselves can mean only the body; "fixing them" stays as typed
    for m in found:
        after = re.findall(r"[A-Za-z']+", text[m.end():])[:3]
        before_words = re.findall(r"[a-z]+", text[: m.start()].lower())
        pronoun = m.group(1).lower()
        if pronoun == "they" and re.search(r"(?i)\b(?:were|was|are|is|been|being)\s+$", text[: m.start()]) \
                or re.match(r"(?i)\s+(?:were|was|are|is|been|being)\b", text[m.end():]):
            continue  # "were they used", "they are": the things, not the body acting
        if pronoun == "they":
            verb = next((w for w in after[:2] if w.lower() not in ("not", "ever", "still", "actually", "also") and w.lower() not in _AUX), None)
            ok = bool(verb) and is_body_verb(verb)
        elif pronoun == "them":
            ok = bool(before_words) and before_words[-1] in words.object_after
        else:
            ok = bool(after) and after[0].lower() in words.possessive_before
        if ok:
            chosen.append(m)
    if not chosen:
        return text
    out, last = [], 0
    for m in chosen:  # lf64: the letter speaks to the body: "they"/"them" are "you", "their" is "your"
        word = "your" if m.group(1).lower() == "their" else "you"
        if m.start() == 0 or re.search(r"[.?!]\s*$", text[: m.start()]) or m.group(1)[:1].isupper():
            word = word[:1].upper() + word[1:]
        out.append(text[last: m.start()] + word)
        last = m.end()
    return "".join(out) + text[last:]


# lf64: the subject-verb forms a third-person body takes, and the form they take after "you"
_YOU_AUX = {"has": "have", "is": "are", "was": "were", "does": "do", "doesn't": "don't", "isn't": "aren't",
            "wasn't": "weren't", "hasn't": "haven't"}


def _base_verb(word: str) -> str | None:
    """WORD's base form when WORD is a present third-person verb ("charges" -> "charge", "has" -> "have"); None
    otherwise."""
    from lemminflect import getAllLemmas, getInflection

    low = word.lower()
    if low in _YOU_AUX:
        return _YOU_AUX[low]
    verbs = getAllLemmas(low).get("VERB", ())
    for base in verbs:
        if low in (getInflection(base, "VBZ") or ()) and low != base:
            return base
    return None


def addressed(text: str, names: list[str]) -> str:
    """lf64 (issue 8): TEXT, a part of a letter to the body NAMES names ("Leeds City Council", "the council"), with
    that body spoken to as "you", sentence by sentence, as a letter speaks to its reader: its possessive is "your"
    ("the force's policy" -> "your policy"), it as a subject is "you" with the verb agreeing ("how much has the
    council paid" -> "how much have you paid", "the rent the council charges" -> "the rent you charge"), and after a
    preposition "you" ("contracts between the council and Serco" -> "between you and Serco"). A name read as part of
    a compound ("council tax", "the council's" before no noun) or standing anywhere else stays as typed."""
    names = sorted({n.strip() for n in names if n and len(n.strip()) > 2}, key=len, reverse=True)
    if not names or not text:
        return text
    words = _words()
    alts = "|".join(re.escape(n) for n in names)
    name = re.compile(rf"(?i)(?<![\w'\u2019-])(?:the\s+)?(?:{alts})(?![\w&-])")
    out, last = [], 0
    for m in name.finditer(text):
        if m.start() < last:
            continue
        before, after = text[last: m.start()], text[m.end():]
        start = not text[: m.start()].strip() or re.search(r"[.?!]\s*$", text[: m.start()])
        poss = re.match(r"['\u2019]s?\s+(?=([A-Za-z]+))", after)
        nxt = re.match(r"\s+([A-Za-z']+)", after)
        aux = re.search(r"(?i)\b(has|is|was|does|doesn't|isn't|wasn't|hasn't|did|will|would|can|could|should|may|might|must)\s+$", before)
        prep = re.search(r"(?i)\b(by|to|from|with|between|for|of|about|and|or)\s+$", before)
        compound = nxt is not None and nxt.group(1).lower() in words.name_compounds
        own = nxt is not None and nxt.group(1).lower() in words.name_attributive \
            and not re.match(r"(?i)the\s", m.group())  # "TfL staff": your staff ("the council staff" may be any council's)
        if own:
            # nx99 (fx97 Met): after a word that picks some of a group ("how many", "which", "each") the body's people
            # are "of your" ("How many of your officers"), never "How many your officers"
            picks = re.search(r"(?i)\b(?:how\s+many|how\s+much|which|many|some|any|none|each|most|several|what\s+"
                              r"(?:proportion|percentage|share|number))\s+$", before)
            out.append(before + ("Your" if start else "of your" if picks else "your"))
            last = m.end()
        elif poss and poss.group(1).lower() not in words.name_compounds:
            word = "Your" if start else "your"
            out.append(before + word + " ")
            last = m.end() + poss.end()
        elif compound:
            out.append(text[last: m.end()])
            last = m.end()
        elif aux and nxt and (nxt.group(1).lower() in _AUX_WORDS or _lemma_verb(nxt.group(1))):
            fixed = _YOU_AUX.get(aux.group(1).lower(), aux.group(1).lower())
            fixed = fixed[:1].upper() + fixed[1:] if aux.group(1)[:1].isupper() else fixed
            out.append(before[: aux.start()] + fixed + " you")
            last = m.end()
        elif nxt and not aux and nxt.group(1).lower() in _BARE_NEGATIVES:
            # ny102 (nc102 #4): "and the DWP wont tell her why": a negative typed without its apostrophe is the body's
            # verb, spoken to as "you won't", never a thing it owns ("your wont")
            out.append(before + ("You" if start else "you") + " " + _BARE_NEGATIVES[nxt.group(1).lower()])
            last = m.end() + nxt.end()
        elif nxt and not aux and not prep and _base_verb(nxt.group(1)):
            out.append(before + ("You" if start else "you") + " " + _base_verb(nxt.group(1)))
            last = m.end() + nxt.end()
        elif prep and not poss and nxt and nxt.group(1).lower() not in _FUNCTION_AFTER \
                and not re.match(r"\s*[,.;:?!()]", after) and _noun_or_adjective(nxt.group(1)) and not _base_verb(nxt.group(1)):
            out.append(before + "your")  # "from Kent County Council social services": from your social services
            last = m.end()
        elif prep and not poss and prep.group(1).lower() in ("by", "to", "with", "between", "and", "or"):
            out.append(before + "you")  # "made by you", "emails between you and Serco"; never "the centre of you"
            last = m.end()
        else:
            out.append(text[last: m.end()])
            last = m.end()
    return _own_its("".join(out) + text[last:]) if out else text


# lead53: "How much do you pay per year for its IT contract?": after a question that opens on the body spoken to
# ("how much do you pay", "what have you done"), with no other thing named before it, "its" can only be the body's
_OWN_ITS = re.compile(r"(?i)^(?P<lead>(?:how\s+(?:much|many|often|long)|what|why|when|where|how)\s+"
                      r"(?:do|did|have|had|will|would|can|could|are|were)\s+you\s+[a-z]+(?:\s+(?:already|ever|so\s+far|"
                      r"actually|recently|currently))?(?:\s+(?:per|each|every|a)\s+(?:year|month|week|day|annum|quarter))?"
                      r"\s+(?:on|for|about|to|with|in|from|into|over|under)\s+)its\b")


def _own_its(text: str) -> str:
    return _OWN_ITS.sub(lambda m: m.group("lead") + ("Your" if m.group()[-3:][:1].isupper() else "your"), text, count=1)


# ny102: negatives typed without their apostrophe, after a body's name: its verb, as "you" say it
_BARE_NEGATIVES = {"wont": "won't", "dont": "don't", "doesnt": "don't", "didnt": "didn't", "cant": "can't",
                   "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "hasnt": "haven't",
                   "havent": "haven't", "hadnt": "hadn't", "isnt": "aren't", "wasnt": "weren't", "arent": "aren't",
                   "werent": "weren't"}


# words after a body's name that end it as a noun phrase ("between the council and Serco", "to the council about")
_FUNCTION_AFTER = frozenset("and or but about on in at for to from with by of since during between over under after before "
                            "when where which who that whether if as than this these those their its each every last "
                            "next per a an the all any some annually yearly monthly weekly directly already so now "
                            "yet too also only".split())


@functools.lru_cache(maxsize=4096)
def _noun_or_adjective(word: str) -> bool:
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    return bool(lemmas.get("NOUN") or lemmas.get("ADJ"))


@functools.lru_cache(maxsize=4096)
def _lemma_verb(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower()).get("VERB"))


_ASKS = re.compile(r"(?i)^\W*(?:how|what|which|who|whom|whose|why|when|where|is|are|was|were|do|does|did|has|have|had|"
                   r"can|could|will|would|should)\b")


# a wh-word followed straight by the clause's subject, with no auxiliary between: "what the income was spent on",
# "how the council decided", "where their money goes" (a question inverts: "what was the income spent on")
_EMBEDDED = re.compile(r"(?i)^\W*(?:what|how|which|who|where|when|why)\s+(?:the|this|that|these|those|their|its|our|your|my|his|her)\s+\w+")
_SUBJECT_START = frozenset("the this that these those it they you we he she your their its our a an any each every".split())
_AUX_WORDS = frozenset("has have had is are was were will would can could does do did should may might".split())


_PREPOSITIONS = frozenset("about with from into onto over under near around across through after before during between "
                          "against within without per among along behind beside towards upon via".split())


def invert_embedded(text: str) -> str:
    """An embedded question left after its opener ("(tell me) how much the council has made from the fines",
    "how much money this saved", "how long the longest family has been there") written as a question: "how
    much has the council made ...", "how much money did this save", "how long has the longest family been
    there". Only when a subject that starts with a determiner or pronoun sits between the question word and
    its auxiliary or past-tense verb; anything else is returned as it is."""
    from lemminflect import getAllLemmas, getInflection

    m = re.match(r"(?i)^(?P<qw>how\s+(?:many|much)|how\s+(?:long|often|far)|what|which|where|when|why|who)\s+(?P<rest>.+)$", text.strip())
    if not m:
        return text
    qw, words = m.group("qw"), m.group("rest").split()
    adverb = re.match(r"(?i)(?:on\s+average|in\s+total|roughly|approximately|typically|usually)\s+", m.group("rest"))
    if adverb:  # "how long on average the lifts took to fix": the adverb goes with the question word
        qw, words = f"{qw} {adverb.group().strip()}", m.group("rest")[adverb.end():].split()
    if qw.lower().startswith(("how m", "which", "what")):  # "how much money | this saved", "which firms | they used",
        # lead38: "what criteria | they use to decide"
        for k in range(min(3, len(words))):
            if words[k].lower() in ("of", "that", "who", "which", "in", "on", "at", "for", "to", "by") or words[k].lower() in _AUX_WORDS:
                return text  # "how many of the trains that were cancelled": not an embedded question
            if k and words[k].lower() in _SUBJECT_START and words[k - 1].lower() in _PREPOSITIONS:
                # lead53: "how many complaints about our street did bolton council get": the determiner opens the
                # preposition's object, never the subject of an embedded question ("about did our street do")
                return text
            if words[k].lower() in _SUBJECT_START:
                qw, words = " ".join([qw, *words[:k]]), words[k:]
                break
    if not words or words[0].lower() not in _SUBJECT_START:
        return text
    for k, word in enumerate(words[1:9], start=1):
        low = word.lower().strip(",.?!;:")
        if low in _AUX_WORDS:
            subject, after = " ".join(words[:k]), words[k + 1:]
            if low in ("did", "does", "do") and not (after and after[0].lower() in getAllLemmas(after[0].lower()).get("VERB", ())):
                after = ["do", *after]  # "what the council did about it": "did" is the verb, "what did the council do"
            return f"{qw} {low} {subject} {' '.join(after)}".strip()
        lemmas = getAllLemmas(low)
        verbs = lemmas.get("VERB", ())
        pronoun = k == 1 and words[0].lower() in ("this", "that", "it", "they", "you", "we", "he", "she")
        if pronoun and verbs and low in verbs:  # "how many staff you employ": present, base form
            subject = words[0]
            return f"{qw} {'does' if subject.lower() in ('this', 'that', 'it', 'he', 'she') else 'do'} {subject} {low} {' '.join(words[k + 1:])}".strip()
        if pronoun and verbs and low.endswith("s") and low[:-1] in verbs or pronoun and low.endswith("es") and low[:-2] in verbs:
            base = low[:-1] if low[:-1] in verbs else low[:-2]
            return f"{qw} does {words[0]} {base} {' '.join(words[k + 1:])}".strip()
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if low in verbs and low in (getInflection(low, "VBD") or ()) and k >= 2 \
                and (not nxt or nxt in ("in", "on", "at", "for", "last", "this", "during", "between", "from", "to")):
            # "what the dredging cost in 2024": a verb whose past is its base ("cost", "cut", "put") ends the subject
            return f"{qw} did {' '.join(words[:k])} {low} {' '.join(words[k + 1:])}".strip()
        if verbs and low not in verbs and not lemmas.get("NOUN") and (pronoun or not lemmas.get("ADJ")):
            base = verbs[0]
            past = getInflection(base, "VBD")
            if past and low in past:
                subject = " ".join(words[:k])
                return f"{qw} did {subject} {base} {' '.join(words[k + 1:])}".strip()
        if low in ("and", "or", "but", "that", "who", "which", "whether", "if"):
            break  # a clause of its own starts: the subject has ended without its verb
    return text


def tidy_words(text: str) -> str:
    """The words of a kept question tidied (joining word, asking opener, reason, informal spellings), before
    names get their capitals; `finish_sentence` then writes it as a sentence."""
    out = re.sub(r"\s+", " ", text or "").strip()
    for _ in range(3):
        before = out
        out = _leading_off(out)
        out = strip_ask_opener(out)
        out = strip_opener(out)
        if out == before:
            break
    out = drop_reason(out)
    out = _PLEASE_TAIL.sub("", out)  # fx58: "... issued to the vehicles below from 01/01/16 please.": the courtesy asks nothing
    out = asking_inside_off(out)  # fx73: "When was the public consultation, please, and where ...?"
    out = _FILLER_TAIL.sub("", out)  # lead40: "stingrays or whatever", "cameras and stuff": the speaker's shrug
    return fix_informal(out)


_PLEASE_TAIL = re.compile(r"(?i)[\s,]+(?:please|thank\s+you|thanks)\s*(?=[.?!]?\s*$)")

# fx73 (issue 8): asking words inside a kept question, not in front of it: a courtesy "please" between commas or before a
# question's own "?" ("When was the public consultation, please, and where was it advertised?", "who said this,
# please?"), and a frame of asking after a clause of condition or time ("If neither ..., can you tell me which part of
# the Council did support the increase?"): what is asked stays word for word
_PLEASE_INSIDE = re.compile(r"(?i),\s*please\s*(?=,)|,?\s+please\s*(?=\?|\))")
_FRAME_AFTER_CLAUSE = re.compile(
    r"(?i)^(?P<head>\W*(?:if|when|where|as|since|given\s+that|because|although|while|once|after|before)\b[^?;]*?),\s*"
    r"(?:and\s+)?(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:also\s+)?"
    r"(?:tell|advise|inform)\s+(?:me|us)\s+(?:please\s+)?(?=(?:what|which|who|whom|when|where|why|how|whether)\b)")


def asking_inside_off(text: str) -> str:
    """TEXT (a question kept in the person's words) without the asking words inside it (`_PLEASE_INSIDE`,
    `_FRAME_AFTER_CLAUSE`)."""
    out = _PLEASE_INSIDE.sub("", text or "")
    out = _FRAME_AFTER_CLAUSE.sub(lambda m: m.group("head") + ", ", out)
    return out if re.search(r"[A-Za-z]{2}", out) else text


# lead40: a spoken shrug after a noun ("those phone tracking things, stingrays or whatever", "cameras and stuff") says nothing
# an officer can search for
_FILLER_TAIL = re.compile(r"(?i)\s+(?:or|and)\s+(?:whatever|something|summat|stuff|things\s+like\s+that|"
                          r"whatever\s+they(?:'re|\s+are)\s+called|so\s+on)\b(?=\s*(?:[,.;:!?)]|$))")


# fx64: a letter label in brackets before a capital ("(b) Do we ...", "c) Where does ...") labels the item, as a number does
_LETTER_LABEL = re.compile(r"^\(?[a-hA-H]\)\s+(?=[A-Z])")


def asking_words_off(text: str) -> str:
    """fx58 (issue 8): an item kept whole in the person's words (askfoi/whole_items.py, lost_asks.py) without what only
    asks for it: the item's own label ("ii.", "3)"), a joining word, the asking frame in front ("Kindly provide",
    "Could you please break down for me", "If you have the information,", "As a Freedom of Information request, I am
    asking for") and a courtesy "please" at its end. What is asked stays word for word; the frame stays where taking it
    off would leave no request of its own (an embedded question "how many trees the council cut", a bare "whether ...",
    a verb with no subject)."""
    from askfoi.outline import strip_label

    said = re.sub(r"\s+", " ", text or "").strip()
    rest = said
    for _ in range(3):
        before = rest
        rest = _leading_off(_LETTER_LABEL.sub("", strip_label(rest).strip()))
        rest = strip_opener(strip_ask_opener(rest))
        if rest == before:
            break
    rest = asking_inside_off(_PLEASE_TAIL.sub("", rest).strip())
    if not re.search(r"[A-Za-z]{2}", rest):
        return said
    yes_no = re.match(r"(?i)\W*(?:whether|if)\s+(?!(?:so|yes|not|applicable)\b)", rest)
    if yes_no and _QUESTION_FRAME.match(strip_label(said).strip()):
        # fx76: a parliamentary-question frame ("To ask HS2 Ltd if they have an assessment ...") names who is asked and
        # asks nothing itself: its yes/no question is asked as one ("Please confirm whether ...")
        asked = rest[yes_no.end():]
        # the frame's body is the one its "they"/"it" stands for: the letter asks it as "you"
        asked = re.sub(r"(?i)^(?:they|it)\s+(?:has|have)\b", "you have", asked)
        asked = re.sub(r"(?i)^(?:they|it)\s+(?:is|are)\b", "you are", asked)
        asked = re.sub(r"(?i)^(?:they|it)\s+(?:was|were)\b", "you were", asked)
        asked = re.sub(r"(?i)^(?:they|it)\b(?=\s+(?:do|did|can|could|will|would|hold|keep|record|collect|publish)\b)",
                       "you", asked)
        return "please confirm whether " + asked
    if rest != said.strip() and (re.match(r"(?i)\W*(?:whether|if|to\s+[a-z]+)\b", rest) or invert_embedded(rest) != rest
                                 or re.match(r"(?i)\W*(?:can|could|will|would|may|might|shall|should|must|have|has)\s", rest)
                                 and not _ASKS.match(rest)):
        return said  # the frame carries the request (or an infinitive is left: "to be told the number"): kept as typed
    return rest


_QUESTION_FRAME = re.compile(r"(?i)^\W*to\s+ask\s+\S")  # fx76: "To ask HS2 Ltd ...", "To ask the Secretary of State ..."

_IMPERATIVE = re.compile(r"(?i)^\W*(?:provide|send|list|give|supply|state|confirm|disclose|advise|detail|identify|outline|"
                         r"share|forward|release|indicate|specify|describe|explain|include|break\s+down)\b")
_IF_SO = re.compile(r"(?i)^\W*(?:and\s+)?if\s+(?:so|yes|not|applicable)\s*,?\s*")
_ASKS_ANYWHERE = re.compile(  # a question word that opens a clause: at the start, after a comma or a year ("In 2023 how
    # many ..."); not a relative "who"/"which" inside a noun phrase ("the number of officers who have left")
    r"(?i)(?:^\W*|[,;:]\s*|\b(?:19|20)\d\d(?:/\d\d)?\s+|\b(?:and|but|so|or)\s+)(?:how|what|which|who|whom|whose|why|when|where|"
    r"whether|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might)\b")


def finish_sentence(text: str) -> str:
    """TEXT as a sentence: no space before punctuation, a capital first letter, "?" after a question and
    "." after a request ("Please confirm whether ..."). A part of several sentences (a question and the
    instruction that modifies it: "How many X were issued? Please break this down by year.") gets each
    sentence's own end mark, so an instruction never ends with "?" nor a noun phrase with "?" inside."""
    from askfoi.questions import _sentences

    text = re.sub(r"\s+([,.?!;:])", r"\1", text or "").strip().rstrip(" ,;:-\u2013\u2014")  # fr12: never "\u2014."
    text = fix_possessive(re.sub(r"([.?!])[.?!]+$", r"\1", text))
    if not text:
        return text
    sentences = _sentences(text)
    if len(sentences) > 1 and all(re.search(r"[.?!]$", s.strip()) for s in sentences[:-1]):
        return " ".join(_end_mark(s.strip()) for s in sentences)
    return _end_mark(text)


def _end_mark(text: str) -> str:
    if not text:
        return text
    asks = _ASKS.match(text) or _ASKS.match(_IF_SO.sub("", text))  # "If yes, which company supplies it?"
    if asks and _EMBEDDED.match(text):
        asks = None  # "What the income from parking was spent on": a noun clause, asked for, not a question (nu19)
    if text[-1] not in ".?!":
        text += "?" if asks else "."
    elif text.endswith(".") and asks:
        text = text[:-1] + "?"
    elif text.endswith("?") and (re.match(r"(?i)(?:please|kindly)\b", text) or _IMPERATIVE.match(text)
                                 or not _ASKS_ANYWHERE.search(text)):
        text = text[:-1] + "."  # "Please confirm whether ...", "The total cost of the scheme?": a request, not a question
    return text[:1].upper() + text[1:]


_ASK_OPENER = re.compile(r"(?i)^\W*(?:(?:can|could|would|will)\s+(?!you\b)[\w&'.-]+(?:\s+[\w&'.-]+){0,7}?\s+(?:please\s+)?"
                         r"(?:tell|let)\s+me\b|(?:does|do)\s+(?!you\b)[\w&'.-]+(?:\s+[\w&'.-]+){0,6}?\s+know\s+(?:how|what|which|whether|if|who|when|where)\b)")


def kept_problems(text: str) -> list[str]:
    """Why a kept part would not be accepted as written ([] = well formed): no capital first, no end mark, an
    informal spelling, a joining word in front, an asking opener naming the body ("Can X tell me ..."), two
    questions in one part, the person's reason left on, a misspelt word (askfoi/spelling.py)."""
    from askfoi.spelling import suggest

    text = (text or "").strip()
    problems: list[str] = []
    if not text:
        return ["empty"]
    if text[:1].islower():
        problems.append("no capital first")
    if text[-1:] not in (".", "?"):
        problems.append("no end mark")
    informal = [m.group(1) for m in _WORD.finditer(text)
                if m.group(1).lower().replace("\u2019", "'") in _words().informal and m.group(1) not in ("I", "I'm")
                and not (m.group(1) == "i" and text[m.end(): m.end() + 2].lower() == ".e")]
    if informal:
        problems.append(f"informal spelling '{informal[0]}'")
    first = re.match(r"\W*([A-Za-z]+)", text)
    if first and first.group(1).lower() in _words().leading:
        problems.append("a joining word first")
    if _ASK_OPENER.match(text):
        problems.append("asks the body to tell")
    from askfoi.questions import _sentences, modifies_question

    inner = " ".join(s for i, s in enumerate(_sentences(text)) if i == 0 or not modifies_question(s)).rstrip("?.! ")
    if re.search(r"\?\s*\S", inner) or len(question_clauses(strip_opener(inner))) > 1:
        problems.append("two questions in one part")
    if _reason_clause() and _reason_clause().search(text):
        problems.append("the person's reason left on")
    misspelt = suggest(text)
    if misspelt:
        problems.append(f"misspelt '{misspelt[0][0]}'")
    return problems
