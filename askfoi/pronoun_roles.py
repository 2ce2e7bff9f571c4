"""Who "they", "it", "them", "their" mean in a question, by the role the pronoun plays (issue 8, fr14a).

Nearness alone makes "what they do to stop them" ask what the falls do. Here a pronoun is read by its role first:

1. `roles` reads each pronoun of a question: the subject of a verb an organisation does ("they recorded", "have they
   made", "what do they do": role "agent"), the subject of a verb a thing does or has done to it ("did they cost",
   "has it led to", "were they installed": role "thing"), the object of a verb or preposition ("stop them", "spend on
   it": role "object"), a possessive before a noun ("their homes", "its policy", and "there homes" typed for
   "their": role "owner"), a person ("she", "he": role "person"). The verbs are knowledge/vocab/pronoun_roles.yaml.
2. `body_phrase` is the body an agent pronoun means: the organisation the message names (its short name, "the
   council") or, failing that, the one body noun the message is about ("the council", "the nhs trust", "the
   school"); two different bodies and none is sure.
3. `thing_referent` is what a thing or object pronoun means: the nearest earlier noun phrase that agrees in number
   ("they/them" plural, "it" singular) and is no body, no person, no time; a phrase after a place preposition ("in
   their homes") only when nothing outside one agrees; two distinct phrases of the nearest sentence and none is sure.
4. `role_frame` renders a question whose pronouns are all sure as a frame of an existing kind (askfoi/framing.py):
   "how much did they cost" (a thing) -> total_spend, "how much have they made from X" (the body) -> income, "how
   many X has it led to" -> count "resulting from", "how many X did they record ..." -> count, "what do they do to
   stop them" -> policy "preventing X". Nothing is spliced into the person's sentence; what fits no frame is left
   to the rest of framing, which asks when a pronoun is not sure.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi import sentence_ends
from askfoi.knowledge import load_vocab

_SUBJECT = frozenset(("they", "it"))
_CATENATIVE = frozenset("stop start begin finish quit cease avoid resume continue keep consider refuse".split())
_OWNER = frozenset(("their", "its", "there"))
_PEOPLE = frozenset(("she", "he", "him", "his", "her", "hers"))
_PERSON_OBJECTS = frozenset(("us", "me", "him", "her", "people", "everyone", "anyone", "someone"))
_AUX = frozenset("is are was were be been being has have had do does did will would can could should may might must "
                 "shall".split())
_ADVERBS = frozenset("actually really even ever still also then now currently already just not never n't yet "
                     "usually normally always".split())
_DETS = frozenset("the a an my our your their its his her this that these those any some all every each no".split())
_CLOSED = frozenset("i me we us you he him she her it they them their its his our my your there here who whom whose "
                    "which what when where why how that this these those and or but if so as than then to of on in "
                    "at for from with by about into over under after before since until while whilst because not no "
                    "is are was were be been has have had do does did will would can could should may might must "
                    "please any some all many much more most few less very also just really even ever still "
                    "again only last next lot lots loads up down out off away back past havent hasnt hadnt didnt dont doesnt "
                    "isnt arent wasnt werent cant wont wouldnt couldnt shouldnt".split())
_TOKEN = re.compile(r"\u00a7\w+\u00a7|[A-Za-z][A-Za-z'\u2019-]*|\d[\d,.]*|[?.!,;:]")


@dataclass
class Pronoun:
    """WORD at token INDEX of a question, its ROLE ("agent", "thing", "object", "owner", "person" or "" when the
    role is not clear) and the VERB (lemma) that gives the role; for an owner, OWNED (the noun it stands before)."""
    word: str
    index: int
    role: str
    verb: str = ""
    owned: str = ""


@dataclass
class Phrase:
    """A noun phrase of the message: its WORDS (officer's form, no determiner), HEAD noun, PLURAL, whether it is
    inside a place preposition (INNER), and where it ends (POS: a character offset in the text read)."""
    words: str
    head: str
    plural: bool
    inner: bool
    pos: int
    sentence: int
    det: bool = False  # the writer put a determiner before it ("the new system", "a drone"), not a bare noun
    end: int = -1  # lf58: the token after its last word


@dataclass(frozen=True)
class _Vocab:
    agent: frozenset[str]
    thing: frozenset[str]
    either: frozenset[str]
    policy: dict[str, str]
    bodies: frozenset[str]
    not_things: frozenset[str]
    place_preps: frozenset[str]
    people: frozenset[str]
    time: frozenset[str]
    have_agent: frozenset[str] = frozenset()
    act_objects: frozenset[str] = frozenset()
    of_itself: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data, _ = load_vocab("pronoun_roles")
    data = data if isinstance(data, dict) else {}
    low = lambda key: frozenset(str(w).lower() for w in data.get(key) or [])  # noqa: E731
    from askfoi.kept_questions import _words as kept
    from askfoi.story_antecedents import _words as story

    return _Vocab(agent=low("agent_verbs") | kept().body_verbs, thing=low("thing_verbs"), either=low("either_verbs"),
                  policy={str(k).lower(): str(v) for k, v in (data.get("policy_verbs") or {}).items()},
                  bodies=low("bodies") | story().bodies, not_things=low("not_things"), place_preps=low("place_preps"),
                  people=story().people, time=story().time, have_agent=low("have_agent_objects"),
                  act_objects=low("act_objects"), of_itself=low("of_itself_verbs"))


@functools.lru_cache(maxsize=1)
def _token() -> re.Pattern[str]:
    from askfoi.word_slips import written_names

    return re.compile(rf"(?<![\w'-])(?:{written_names()})(?![\w'-])|{_TOKEN.pattern}")


def tokens(text: str) -> list[str]:
    """TEXT's words and marks; an everyday name of several words ("Council Tax Reduction") is one token (lf58)."""
    return [re.sub(r"\s+", " ", t) for t in _token().findall((text or "").replace("\u2019", "'"))]


@functools.lru_cache(maxsize=8192)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas

    return getAllLemmas(word.lower())


def verb_lemma(word: str) -> str | None:
    """The verb WORD is a form of ("led" -> "lead", "recorded" -> "record"), or None."""
    low = word.lower()
    forms = _lemmas(low).get("VERB", ())
    if forms:
        return forms[0]
    return {"spent": "spend", "paid": "pay", "made": "make", "led": "lead"}.get(low)


# a pronoun run on to its verb ("it's", "that's", "they're", "i've"): a subject and its verb, never a thing
_PRONOUN_VERB = re.compile(r"(?:it|that|this|there|here|he|she|what|who|they|we|you|i)'(?:s|re|ve|ll|d|m)")
# text-speak writes "it's" as "its" ("do u think its fair"): "its" before a lone adjective is that, not a possessive
_PRONOUN_BE = frozenset({"its", "thats", "theres", "whats"})


def _predicate(lows: list[str], i: int, run: list[str]) -> bool:
    """RUN (starting at token I) is what a pronoun and its verb say of something ("it's fair", "its ok", "that's
    wrong"): one word that can be an adjective, after such a pronoun, and no noun phrase."""
    prev = lows[i - 1] if i else ""
    return len(run) == 1 and "ADJ" in _lemmas(run[0].lower()) and (
        _PRONOUN_VERB.fullmatch(prev) is not None or prev in _PRONOUN_BE)


def _noun(word: str) -> bool:
    low = word.lower()
    if _PRONOUN_VERB.fullmatch(low.replace("\u2019", "'")):
        return False
    if low in _CLOSED or low in _DETS or low in _vocab().place_preps or not re.match(r"[a-z]", low) \
            or low.startswith("\u00a7"):
        return False
    p = _lemmas(low)
    return "NOUN" in p or "ADJ" in p or not p or low.endswith("ing") and len(low) > 5  # "parking charges"


def _plural(word: str) -> bool:
    from askfoi.story_antecedents import _plural as plural

    return plural(word)


def _aux(word: str) -> bool:
    return word.lower() in _AUX or word.lower() in ("dont", "don't", "didnt", "didn't", "havent", "haven't", "hasnt",
                                                    "hasn't", "doesnt", "doesn't")


_INCOME = re.compile(r"(?i)\bmoney\b|\b(?:income|revenue)\b|\b(?:take|took|taken|get|got|make|made|bring|brought|raise|raised)"
                     r"\s+(?:in\s+)?(?:from|through|out\s+of)\b")


def _classify(lemma: str | None, passive: bool, text: str = "") -> str:
    v = _vocab()
    if lemma is None:
        return ""
    if not passive and lemma in ("take", "get", "bring", "make", "raise") and _INCOME.search(text):
        return "agent"  # "how much money did they take from the meters": the body's income, never the meters'
    if not passive and lemma in ("take", "give", "issue", "provide", "offer", "impose", "put", "send") and v.act_objects \
            and re.search(r"(?i)\b(?:%s)\b" % "|".join(sorted(v.act_objects)), text):
        return "agent"  # lead40: "what enforcement action did they take", "what guidance do they give": the body
    if passive or lemma in v.thing:
        return "thing"
    if lemma in v.either:
        return "either"  # "what did they record" after the monitors: the monitors or the body, written by neither
    if lemma in v.agent:
        return "agent"
    return ""


_HAVE_SKIP = frozenset("enough sufficient adequate any a an the more fewer less many much some no proper".split())


def _have_role(lows: list[str], start: int) -> str:
    """The role of a pronoun whose main verb is "have" ("do they have enough staff"), by what is had: the first noun
    from START, past quantifiers and adjectives; "agent" when it is something only an organisation has (its staff, its
    money, a policy: knowledge/vocab/pronoun_roles.yaml have_agent_objects), else "" (not sure)."""
    held = _vocab().have_agent
    for low in lows[start:start + 5]:
        if low in _HAVE_SKIP or low in _ADVERBS:
            continue
        forms = set(_lemmas(low).get("NOUN", ())) | {low}
        if forms & held:
            return "agent"
        if "NOUN" in _lemmas(low) and "ADJ" not in _lemmas(low):
            return ""
    return ""


def _participle(word: str) -> bool:
    """WORD is a past participle ("held", "paid", "kept", "moved")."""
    from lemminflect import getInflection

    lemma = verb_lemma(word) if word else None
    return bool(lemma) and word in getInflection(lemma, tag="VBN")


_NO_OBJECT = frozenset("early late down up again today yesterday now since for during in on at over this last every "
                       "each because when after before so and or but".split())


def _of_itself(role: str, pronoun: str, lemma: str | None, lows: list[str], verb_at: int) -> str:
    """nx97: "how many times has it closed early this year": "it" as the subject of a verb a thing also does by itself
    (pronoun_roles.yaml of_itself_verbs), with no object after the verb, is the thing ("the library"), never the body
    ("has it closed any libraries" keeps ROLE)."""
    if pronoun != "it" or role not in ("agent", "either") or not lemma or lemma not in _vocab().of_itself:
        return role
    nxt = lows[verb_at + 1] if verb_at + 1 < len(lows) else ""
    return "thing" if not nxt or nxt in _NO_OBJECT or not re.match(r"[a-z]", nxt) else role


def _on_them(role: str, pronoun: str, lemma: str | None, lows: list[str], verb_at: int, passive: bool) -> str:
    """lead53: ROLE of a subject "they" whose verb (at VERB_AT) acts on "them" or "it" ("how often did they fly them",
    "where do they park them"): the two pronouns are never the same things, so when "them" is the things the part
    is about, "they" is whoever acts on them - the body - unless the verb is one a thing does to someone ("how much
    did they cost them", thing_verbs)."""
    role = _of_itself(role, pronoun, lemma, lows, verb_at)
    if role not in ("", "either") or pronoun != "they" or passive or not lemma or lemma in _vocab().thing:
        return role
    k = verb_at + 1
    while k < len(lows) and lows[k] in _ADVERBS:
        k += 1
    if role == "" and k < len(lows) and (lows[k] in _PERSON_OBJECTS or lows[k] in _vocab().people) \
            and not any(w in _vocab().people or (len(w) > 3 and w.endswith("s") and "NOUN" in _lemmas(w))
                        for w in lows[:verb_at]):  # (lead56: "how many of her neighbours ... because she thinks they
        # are harassing her": the things or people named before may be the "they")
        return "agent"  # ny82 (nc82 #5): "are they watching people like us": what acts on people is the body
    return "agent" if k < len(lows) and lows[k] in ("them", "it") else role


def roles(text: str) -> list[Pronoun]:
    """The pronouns of TEXT (one question) with the role each plays (see the module's doc)."""
    toks = tokens(text)
    lows = [t.lower() for t in toks]
    out: list[Pronoun] = []
    for i, low in enumerate(lows):
        if low in _PEOPLE:
            out.append(Pronoun(toks[i], i, "person"))
            continue
        if low in _OWNER:
            nxt = lows[i + 1] if i + 1 < len(lows) else ""
            if low == "there" and not (i and lows[i - 1] in _vocab().place_preps | {"of", "for", "about", "with", "to"}
                                       and nxt and "NOUN" in _lemmas(nxt) and nxt not in _AUX):
                continue  # "is there", "there are", "were they there": no possessive typed as "there"
            if nxt and _noun(nxt):
                owned = [toks[i + 1]]
                k = i + 2
                while k < len(toks) and _noun(toks[k]) and not verb_lemma(toks[k]) == lows[k] and len(owned) < 3:
                    owned.append(toks[k])
                    k += 1
                out.append(Pronoun(toks[i], i, "owner", owned=" ".join(owned)))
            continue
        if low not in _SUBJECT and low != "them":
            continue
        before = lows[i - 1] if i else ""
        if low in _SUBJECT:
            k = i + 1
            while k < len(lows) and lows[k] in _ADVERBS:
                k += 1
            nxt = lows[k] if k < len(lows) else ""
            if _aux(before) and nxt and nxt not in _AUX:
                # "did they cost", "has it led to", "have they made", "were they installed"
                passive = before in ("is", "are", "was", "were", "been") and nxt.endswith(("ed", "en", "t"))
                after = lows[k + 1] if k + 1 < len(lows) else ""
                if nxt == "be" and _participle(after):
                    nxt, passive = after, True  # lead43: "could they be held", "will they be moved": a modal passive
                if before in ("is", "are", "was", "were") and not passive and not nxt.endswith("ing"):
                    out.append(Pronoun(toks[i], i, ""))
                    continue
                lemma = verb_lemma(nxt)
                out.append(Pronoun(toks[i], i, _on_them(_classify(lemma, passive, text), low, lemma, lows, k, passive),
                                   lemma or ""))
                continue
            if nxt in _AUX:
                # "they have made", "it has led", "they were installed", "they are doing"
                j = k + 1
                while j < len(lows) and (lows[j] in _ADVERBS or lows[j] in ("been", "be")):
                    j += 1
                main = lows[j] if j < len(lows) else ""
                # lead43: "they can be kept", "they will be moved": a modal and "be" before a participle is passive too
                passive = nxt in ("is", "are", "was", "were", "been", "be") or "been" in lows[k:j] or "be" in lows[k + 1:j]
                if nxt in ("do", "does", "did") and (not main or not verb_lemma(main) or main in ("to", "about")):
                    out.append(Pronoun(toks[i], i, "agent", "do"))  # "what they do to stop them": "do" is the verb
                    continue
                if nxt in ("have", "has", "had") and (not main or not verb_lemma(main) or main in _HAVE_SKIP):
                    # "do they have enough nurses", "whether they have a policy": "have" is the main verb, and what
                    # is had says who has it (staff, money, a policy are the body's; anything else is not sure)
                    out.append(Pronoun(toks[i], i, _have_role(lows, k + 1), "have"))
                    continue
                if not main or not verb_lemma(main) or main in _AUX:
                    out.append(Pronoun(toks[i], i, ""))
                    continue
                passive = passive and (main.endswith(("ed", "en", "t")) or _participle(main)) and not main.endswith("ing")
                out.append(Pronoun(toks[i], i, _on_them(_classify(verb_lemma(main), passive, text), low, verb_lemma(main),
                                                        lows, j, passive), verb_lemma(main) or ""))
                continue
            if nxt and verb_lemma(nxt) and not (_noun(nxt) and "VERB" not in _lemmas(nxt)):
                # "they recorded", "it costs", "they spend"
                out.append(Pronoun(toks[i], i, _on_them(_classify(verb_lemma(nxt), False, text), low, verb_lemma(nxt),
                                                        lows, k, False), verb_lemma(nxt) or ""))
                continue
        if low in ("them", "it"):
            if before in _vocab().place_preps | {"of", "for", "about", "with", "to", "on"} and before != "to" or (
                    before and verb_lemma(before) and before not in _AUX):
                out.append(Pronoun(toks[i], i, "object", verb_lemma(before) or before))
                continue
        out.append(Pronoun(toks[i], i, ""))
    return out


def _sentences(text: str) -> list[str]:
    flat = re.sub(r"\s+", " ", text or "").strip()
    return [s for s in sentence_ends.split(r"(?<=[.!?])\s+|\s*[\n;]\s*|,\s+(?=(?:and|but|so)\b)|\s+and\s+(?=(?:how|what|which|who|"
                                r"why|when|where|is|are|was|were|do|does|did|has|have|can|could)\b)", flat) if s.strip()]


def phrases(text: str) -> list[Phrase]:
    """The noun phrases of TEXT (a message before a question), in order: runs of nouns and adjectives ending in a
    noun, cut at verbs that follow a subject; each with its number and whether it follows a place preposition."""
    v = _vocab()
    out: list[Phrase] = []
    for s_index, sentence in enumerate(_sentences(text)):
        toks = tokens(sentence)
        lows = [t.lower() for t in toks]
        i = 0
        while i < len(toks):
            if not _noun(toks[i]) or _is_verb_here(toks, lows, i) or lows[i] in v.not_things and lows[i] not in v.bodies:
                i += 1
                continue
            j = i
            run: list[str] = []
            while j < len(toks) and (_noun(toks[j]) or run and _modifier(toks, lows, j)) \
                    and not (run and _is_verb_here(toks, lows, j)):
                run.append(toks[j])
                j += 1
            prev = next((lows[k] for k in range(i - 1, -1, -1) if lows[k] not in _DETS | {"there"}
                         and not _noun(toks[k])), "")
            while run and (run[-1].lower() in v.not_things or verb_lemma(run[-1]) == run[-1].lower()
                           and "NOUN" not in _lemmas(run[-1])):
                run.pop()
            if run and _predicate(lows, i, run):
                run = []  # "it's fair that ...": said of the state of affairs, which is no thing pointed at
            if run:
                head = run[-1]
                body = head.lower() in v.bodies or any(w.lower() in v.bodies for w in run[-2:])
                people = head.lower() in v.people or head.lower() + "s" in v.people or head.lower() in v.not_things
                time = head.lower() in v.time
                if not (body or people or time or head.lower().startswith("\u00a7")):
                    out.append(Phrase(" ".join(run), head, _plural(head), prev in v.place_preps, i, s_index,
                                      det=i > 0 and lows[i - 1] in _DETS, end=i + len(run)))
                elif body:
                    out.append(Phrase(" ".join(run), "\u00a7BODY\u00a7" + head, False, prev in v.place_preps, i, s_index))
            i = max(j, i + 1)
    return out


_SUBJECTS = frozenset("i we you they he she it who".split())


def _modifier(toks: list[str], lows: list[str], i: int) -> bool:
    """Token I is a verb form used as a modifier inside a noun phrase ("body worn cameras")."""
    p = _lemmas(lows[i])
    return "VERB" in p and "NOUN" not in p and "ADJ" not in p and re.match(r"[a-z]", lows[i]) is not None \
        and lows[i] not in _CLOSED and not _is_verb_here(toks, lows, i)


def _is_verb_here(toks: list[str], lows: list[str], i: int) -> bool:
    """Token I is a verb where it stands: a form with no noun reading (an -ing form before a noun is a modifier:
    "parking charges"), a verb after a subject, an auxiliary or "to", after a body ("police use"), or a participle
    before "by" ("a care home run by the council")."""
    p = _lemmas(lows[i])
    if "VERB" not in p:
        return False
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    prev = lows[i - 1] if i else ""
    if lows[i].endswith("ing") and nxt in ("it", "them") and prev not in _DETS:
        return True  # lead58: "spend maintaining it", "stop repairing them": the -ing form takes the pronoun as its object
        # (a noun before a relative's subject keeps its determiner: "the funding it got")
    if "NOUN" not in p and "ADJ" not in p:
        # "parking charges", "body worn cameras": an -ing form or a participle before a noun is a modifier (not
        # after a subject, an object pronoun or a body: "saw them cutting trees", "police using drones")
        return not (lows[i].endswith(("ing", "ed", "en", "rn", "wn")) and nxt and "NOUN" in _lemmas(nxt)
                    and prev not in _AUX | _SUBJECTS | {"them", "him", "her", "us", "me"}
                    and not (prev in _vocab().bodies and i + 2 < len(lows)))
    if prev in _AUX and i > 1 and lows[i - 2] == "there":
        return False  # "there were floods": the thing that was, no verb
    if prev in ("has", "have", "had") and lows[i].endswith("ing"):
        return False  # "my street has flooding": what it has, no perfect tense
    if prev in _SUBJECTS or prev in _AUX or prev == "to":
        return True
    if prev in _vocab().bodies and lows[i] not in _vocab().bodies:
        return True
    if i and toks[i - 1].startswith("\u00a7AUTH") and re.match(r"[a-z]", lows[i]):
        return True  # lead40 (nc43 #4): "has §AUTH§ used live facial recognition": the body named, then its verb
    if _perfect_after_subject(lows, i):
        return True
    if _first_verb_after_subject(toks, lows, i):
        return True
    return nxt == "by"


def _named_bare(words: str, bare: set[str]) -> bool:
    """WORDS is, or ends, a referent the writer named without a determiner ("facial recognition" of "covert facial
    recognition"): it takes no "the"."""
    low = words.lower()
    return any(b == low or b.endswith(" " + low) for b in bare)


def _perfect_after_subject(lows: list[str], i: int) -> bool:
    """lead40 (nc43 #4): "how many times has the met used ...", "have kent police deployed ...": "has"/"have"/"had",
    a subject of one to three words, then a past participle: the participle is the verb, never a modifier."""
    from lemminflect import getInflection

    word = lows[i]
    lemma = verb_lemma(word)
    if not lemma or word not in (getInflection(lemma, "VBN") or ()):
        return False
    for n in (2, 3, 4):
        k = i - n
        if k < 0:
            return False
        between = lows[k + 1:i]
        if any(w in _AUX or not re.match(r"[a-z\u00a7]", w) for w in between):
            return False
        if lows[k] in ("has", "have", "had", "hasnt", "havent", "hadnt"):
            return True
    return False


_BASE_AUX = frozenset("do does did will would can could should may might must shall".split())


def _first_verb_after_subject(toks: list[str], lows: list[str], i: int) -> bool:
    """A question opened by an auxiliary that takes a bare verb ("does the met use ...", "did Leeds council fund
    ..."): its subject runs from the auxiliary to the first base-form verb, which is the verb whatever its noun
    reading ("use", "fund", "run"), unless a preposition shows it is a noun ("the police use of drones")."""
    start = 1 if lows and lows[0] in ("and", "so", "also", "but") else 0
    if len(lows) <= start or lows[start] not in _BASE_AUX or i < start + 2:
        return False
    bodies = _vocab().bodies
    for k in range(start + 2, len(lows)):
        w = lows[k]
        if (toks[k - 1].startswith("\u00a7") or lows[k - 1] in bodies) and "VERB" not in _lemmas(w):
            continue  # lead40: "does police scotland use ...": the body's name goes on ("scotland"), no verb yet
        if toks[k - 1].startswith("\u00a7") or lows[k - 1] in bodies or "VERB" in _lemmas(w) and verb_lemma(w) == w \
                and w not in bodies and lows[k - 1] not in _DETS and not (k + 1 < len(lows) and lows[k + 1] in ("of", "for")):
            # the subject ends at a mask ("§AUTH§") or a body noun ("the council"), or before the first bare verb
            return k == i and "VERB" in _lemmas(w) and verb_lemma(w) == w
        if w in _CLOSED and w not in _DETS:
            return False
    return False


def body_phrase(message: str, short: str | None = None) -> str | None:
    """The body an agent pronoun means: SHORT (the named organisation's short name) or the one body noun the
    MESSAGE is about ("the council", "the nhs trust"); None when two different bodies are named or none."""
    if short:
        return short
    found: list[str] = []
    said = [p for p in phrases(message) if p.head.startswith("\u00a7BODY\u00a7")]
    outer = [p for p in said if not p.inner]  # "beside our school", "in a care home run by the council": settings
    for p in outer or said:
        words = [w for w in p.words.split() if w.lower() not in _DETS]
        while len(words) > 1 and (_lemmas(words[0]).get("VERB") and "NOUN" not in _lemmas(words[0])):
            words = words[1:]
        phrase = "the " + " ".join(words[-3:]).lower()
        phrase = re.sub(r"\bnhs\b", "NHS", phrase)
        if phrase not in found:
            found.append(phrase)
    heads = {f.split()[-1] for f in found}
    if len(heads) != 1:
        return None
    return max(found, key=len)


def thing_referent(pronoun: str, text_before: str, *, salient: str | None = None, bought: bool = False) -> Phrase | None:
    """The phrase a thing or object PRONOUN means: the nearest earlier phrase of TEXT_BEFORE that agrees in number
    and is no body, person or time; a phrase inside a place preposition only when none outside one agrees; SALIENT
    (the earlier part's subject) wins when it agrees in the nearest sentence. None when not sure."""
    plural = pronoun.lower() in ("they", "them", "their")
    found = [p for p in phrases(text_before) if not p.head.startswith("\u00a7BODY\u00a7") and p.plural == plural]
    if bought:  # what "cost" or was bought: never a sum of money itself ("the fines", "the charges")
        from askfoi.framing import _money_nouns

        # lead34: nor a place something happens in ("housed in hotels in the wirral ... how much does it cost")
        found = [p for p in found if p.head.lower() not in _money_nouns() and not p.inner]
    if not found:
        return None
    nearest = max(p.sentence for p in found)
    near = [p for p in found if p.sentence == nearest]
    outer = [p for p in near if not p.inner] or near
    if plural:
        joined = _conjoined(outer, _sentences(text_before)[nearest])
        if joined and (not salient or salient.split()[-1].lower() == joined.head.lower()):
            return joined  # lf58: "drones and camera vans ... how much did they cost": both, never the last
    if salient:
        same = [p for p in outer if p.head.lower() == salient.split()[-1].lower()]
        if same:
            return same[-1]
    distinct = {p.head.lower() for p in outer}
    if len(distinct) != 1:
        return None
    return max(outer, key=lambda p: len(p.words.split()))


def _conjoined(outer: list[Phrase], sentence: str) -> Phrase | None:
    """lf58: the things of OUTER (the plural phrases of one SENTENCE) joined by "and" ("drones and camera vans",
    "new bins and the recycling lorries", "cones, barriers and signs") as one plural phrase, when they are all the
    things the sentence names: a plural pronoun after a coordination means all of it. None otherwise."""
    if len(outer) < 2:
        return None
    lows = [t.lower() for t in tokens(sentence)]
    chain = [outer[0]]
    for nxt in outer[1:]:
        between = [w for w in lows[chain[-1].end:nxt.pos] if w not in _DETS]
        if chain[-1].end < 0 or between not in (["and"], [","], ["or"]):
            return None
        chain.append(nxt)
    last_join = [w for w in lows[chain[-2].end:chain[-1].pos] if w not in _DETS]
    if last_join not in (["and"], ["or"]):
        return None  # "cones, barriers, signs": no list without its "and"
    words = ", ".join(p.words for p in chain[:-1]) + f" {last_join[0]} " + chain[-1].words
    last = chain[-1]
    return Phrase(words, last.head, True, last.inner, chain[0].pos, last.sentence, chain[0].det, last.end)


def _gerund(verb: str) -> str:
    from lemminflect import getInflection

    return (getInflection(verb, "VBG") or [verb + "ing"])[0]


def _participle(verb: str) -> str:
    from lemminflect import getInflection

    return (getInflection(verb, "VBN") or [verb + "ed"])[0]


_MASKS = re.compile(r"\s*\u00a7PERIOD\u00a7\s*|\s*\u00a7AUTHS?\u00a7\s*")


def _clean(words: str) -> str:
    from askfoi.periods import find_periods

    for _, _, (a, b) in sorted(find_periods(words), key=lambda x: -x[2][0]):
        words = words[:a] + " " + words[b:]
    words = _MASKS.sub(" ", words)
    words = re.sub(r"(?i)\b(?:since|from|between|in|during|over|for)\s*$", "", words.strip(" ?.!,"))
    return re.sub(r"\s+", " ", words).strip(" ?.!,")


def _expand(obj: str, before: str) -> str:
    """OBJ ("parking") as the fuller phrase the story gives it ("the new parking charges" -> "parking charges")."""
    words = obj.split()
    if not words:
        return obj
    for p in reversed(phrases(before)):
        said = p.words.split()
        low = [w.lower() for w in said]
        if words[0].lower() in low[:-1]:
            at = low.index(words[0].lower())
            if [w.lower() for w in said[at:at + len(words)]] == [w.lower() for w in words] and at + len(words) < len(said):
                return " ".join(said[at:])
    return obj


def _owners(text: str, body: str | None, before: str) -> str | None:
    """TEXT with each "their/its/there" + noun the body owns written as the body's ("in the council's care
    homes"); None when an owner cannot be written."""
    out = text
    for p in reversed(roles(text)):
        if p.role != "owner":
            continue
        if body is None:
            return None
        owned = p.owned
        full = owned
        for ph in reversed(phrases(before)):  # "their homes" after "a care home run by the council": its care homes
            said = ph.words.split()
            if len(said) > 1 and said[-1].lower().rstrip("s") == owned.split()[-1].lower().rstrip("s") and len(owned.split()) == 1:
                full = " ".join([*said[:-1], owned])
                break
        full = re.sub(r"(?i)^(?:new|old|local)\s+", "", full)
        possessive = f"{body}'" if body.endswith("s") else f"{body}'s"
        out = re.sub(rf"(?i)\b{re.escape(p.word)}\s+{re.escape(owned)}\b", f"{possessive} {full}", out, count=1)
    return out


def _used(thing: str, message: str) -> bool:
    """The message says the body uses THING ("does the force use live facial recognition")."""
    head = thing.split()[-1]
    return bool(re.search(rf"(?i)\b(?:use|uses|used|using|deploy\w*|trial\w*)\s+(?:\w+\s+){{0,3}}{re.escape(head)}\b", message))


_HOW_MUCH = r"(?i)^\W*(?:and\s+|also\s+|so\s+)?how\s+much\s+(?:money\s+)?"
_WHAT_COST = r"(?i)^\W*(?:and\s+|also\s+|so\s+)?(?:how\s+much\s+(?:money\s+)?|(?P<what>what)\s+)"


_FOUND_IT = re.compile(r"(?i)^\W*(?:and\s+|also\s+|so\s+|then\s+)*(?:(?:please\s+)?(?:tell\s+me\s+)?)?what\s+(?:(?:did|has|have|does|do)\s+"
                       r"(?P<p1>it|they)\s+(?:actually\s+)?(?:find|found|conclude|say|show|recommend)|(?P<p2>it|they)\s+(?:actually\s+)?"
                       r"(?:found|concluded|said|showed|recommended)|(?:were|was|are|is)\s+(?P<p3>its|their)\s+(?:findings|conclusions|"
                       r"results|outcome|recommendations))\W*$")
_LATEST = re.compile(r"(?i)\b(?:last|latest|most\s+recent|recent)\s+$")


def inquiry_findings(question: str, before: str):
    """lf61 (nc58 #3d): QUESTION asks what "it" or "they" found ("what did it find", "what it found", "what were its
    findings") and BEFORE names an inquiry (knowledge/vocab/ask_shapes.yaml findings.inquiries: an inspection, a fire
    risk assessment, a review): the findings kind for the last one named, with what it was of ("the most recent fire
    risk assessment"); None otherwise (no inquiry named: the pointer is asked back as before)."""
    from askfoi.ask_shapes import _alt, _words
    from askfoi.framing import Frame

    found_it = _FOUND_IT.match(question or "")
    if not found_it:
        return None
    said = (found_it.group("p1") or found_it.group("p2") or found_it.group("p3") or "").lower()
    if said in ("they", "their") and re.search(r"(?i)\b(?:people|residents|respondents|members|parents|tenants|staff|"
                                                r"users|families|pupils|patients|councillors|who)\b", before or ""):
        return None  # lead57: "how many people responded to the consultation and what did they say": the people, not it
    heads = _alt(_words("findings", "inquiries"))
    last = None
    for m in re.finditer(rf"(?i)\b((?:[a-z][\w'-]*\s+){{0,3}}?){heads}\b((?:\s*/\s*(?:[a-z][\w'-]*\s+){{0,3}}?{heads}\b)?)"
                         r"((?:\s+(?:of|into|on|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3}(?:\s+(?!(?:in|on|at|and|or|for|by|was|is|were|are|did|has|had|last|this)\b)(?-i:[a-z])[a-z'-]+)?)?)", before or ""):
        last = m
    if last is None:
        return None
    mods = [w for w in last.group(1).split() if w.lower() not in _DETS | _CLOSED | _AUX | {"last", "latest", "recent", "most",
                                                                                             "when", "what", "which", "how"}]
    if any(verb_lemma(w) and not _noun(w) for w in mods):
        mods = []  # "... carried out an inspection": no verb is a modifier of the inquiry
    head = re.search(rf"(?i){heads}\b", last.group(0)[len(last.group(1)):]).group(0)
    alt = re.sub(r"^\s*/\s*", "", last.group(2)).strip()
    what = " ".join(mods + [head]) + (f" or {alt}" if alt else "")
    latest = bool(re.search(r"(?i)\b(?:last|latest|most\s+recent)\b", last.group(1))) or bool(
        _LATEST.search((before or "")[:last.start()]))
    subject = ("most recent " if latest else "") + what + last.group(3)
    return Frame(kind="findings", subject=subject, source=question, article=True)


def role_frame(question: str, before: str, *, short: str | None = None, salient: str | None = None,
               salient_place: str | None = None, salient_clause: str | None = None):
    """QUESTION (the person's words, the authority and periods masked or not) as an askfoi.framing.Frame of an
    existing kind when each of its pronouns has a sure referent by its role (see the module's doc); BEFORE is the
    message before the question; SHORT the named body's short name; SALIENT the earlier part's subject and
    SALIENT_PLACE where that part said it happened ("in the council's care homes"). None when nothing fits."""
    from askfoi.framing import Frame

    said = roles(question)
    pronouns = [p for p in said if p.word.lower() in ("they", "them", "it", "their", "its", "there")]
    if not pronouns or any(p.role == "person" for p in said):
        return None
    body = body_phrase(before + " " + question, short)
    q = re.sub(r"\s+", " ", question.replace("\u2019", "'")).strip()
    ctx = before + " " + q

    bare: set[str] = set()  # referents the writer named without a determiner ("facial recognition"): no "the"

    def thing(word: str, bought: bool = False) -> str | None:
        got = thing_referent(word, before, salient=salient, bought=bought)
        if got is None:
            return None
        if not got.det and not got.plural:
            bare.add(got.words.lower())
        words = got.words if got.words[:1].isupper() else got.words.lower()
        # "the new gritters": "new" says when the writer heard of them, not which; the officer reads "gritters"
        return re.sub(r"(?i)^(?:new|brand\s+new)\s+(?=\S)", "", words) if len(words.split()) > 1 else words

    # lf61 (nc58 #3d): "what did it find", "what it found", "what were its findings": the findings of the inquiry
    # (inspection, assessment, review ...) the message named last before it: its report is a record
    found = inquiry_findings(q, before)
    if found is not None:
        return found
    # "how much did they cost", "how much has it cost": the total spent on the thing
    # (nx94: "what does it cost to run" asks what "how much does it cost to run" asks)
    m = re.match(_WHAT_COST + r"(?:did|does|do|has|have|will|would)\s+(?P<p>they|it)\s+(?:actually\s+|all\s+)?cost\b(?P<rest>.*)$", q)
    if m and _role_of(said, m.group("p")) == "thing":
        what = thing(m.group("p"), bought=True)
        from askfoi.framing import Qualifiers, _breakdown

        # nx94: "how much does it cost to run each year": the figure year by year, the unit read off before the rest
        by, rest = _breakdown(_MASKS.sub(" ", m.group("rest")))
        payer = re.fullmatch(r"(?i)\s*(?:them|you|us|the\s+(?:\w+\s+){0,2}(?:%s))?\s*(?:in\s+total|altogether|so\s+far|"
                             r"to\s+(?P<verb>[a-z]+)(?:\s+(?:up|out|open|running|going|on))?)?\s*\W*"
                             % "|".join(sorted(_vocab().bodies)), rest)
        # (nx94: "to run", "to maintain", "to keep open": any verb left without its object, whose object is "it")
        if payer and payer.group("verb") and not verb_lemma(payer.group("verb")) == payer.group("verb").lower():
            payer = None
        if payer and m.group("what") and not payer.group("verb"):
            payer = None  # lead60: "what (did) they cost" with no verb to do is read as before nx94 (the thing bought)
        if what and payer:  # "how much did it cost the trust": the payer is the body asked
            article = not _plural(what.split()[-1]) and not _named_bare(what, bare)
            if payer.group("verb"):
                # nx94: what it costs to do to the thing, said with the person's verb ("running the library", "keeping
                # the community centre open"), never the verb lost
                from lemminflect import getInflection

                doing = (getInflection(payer.group("verb").lower(), "VBG") or [payer.group("verb").lower()])[0]
                after = re.search(r"(?i)\b(up|out|open|running|going|on)\s*\W*$", rest)
                what = " ".join(x for x in (doing, "the" if article else "", what, after.group(1).lower() if after else "") if x)
                article = False
            return Frame(kind="total_spend", subject=what, source=question, article=article,
                         qualifiers=Qualifiers(breakdown=by))
    # "how much have they spent on them": the total spent (by the body) on what they spent it on
    m = re.match(_HOW_MUCH + r"(?:did|does|do|has|have)\s+(?P<p>they|it)\s+(?:actually\s+)?(?:spend|spent|pay|paid)\s+"
                 r"(?:on|for)\s+(?P<obj>.+)$", q)
    if m and _role_of(said, m.group("p")) == "agent":
        obj = _clean(m.group("obj"))
        typed_bare = not re.fullmatch(r"(?i)them|it|those|these", obj) and not re.match(r"(?i)\s*(?:the|their|its)\s", m.group("obj"))
        if re.fullmatch(r"(?i)them|it|those|these", obj):
            obj = thing("them" if obj.lower() in ("them", "those", "these") else "it", bought=True) or ""
        obj = (_owners(obj, body, ctx) if body else None) if obj and roles(obj) else obj
        if obj and not re.search(r"(?i)\b(?:they|them|it|its|their)\b", obj):
            # lead42: "spend on pest control", typed with no "the", takes none ("the pest control")
            return Frame(kind="total_spend", subject=obj, source=question,
                         article=not typed_bare and not _plural(obj.split()[-1]) and not _named_bare(obj, bare))
    # "how much money have they made from parking": the body's income from it
    m = re.match(_HOW_MUCH + r"(?:did|does|do|has|have|will)\s+(?P<p>they|it)\s+(?:actually\s+)?(?:make|made|earn|earned|"
                 r"earnt|raise|raised|collect|collected|take|taken|took|get|got|generate|generated|bring|brought)"
                 r"(?:\s+in)?\s+(?:from|in|on|through|out\s+of)\s+(?P<obj>.+)$", q)
    if m and _role_of(said, m.group("p")) == "agent":
        obj = _clean(m.group("obj"))
        if re.fullmatch(r"(?i)them|it|those|these", obj):
            obj = thing("them" if obj.lower() in ("them", "those", "these") else "it") or ""
        elif obj and roles(obj):
            obj = ""
        if obj:
            return Frame(kind="income", subject=_expand(obj, before), source=question)
    # "how many fines did the council issue ... and how much money did they make": no source named, so the income is
    # from what the part before counted, when that is something paid (fines, charges, fees, tickets, notices)
    m = re.match(_HOW_MUCH + r"(?:did|does|do|has|have|will)\s+(?P<p>they|it)\s+(?:actually\s+)?(?:make|made|earn|earned|"
                 r"raise|raised|collect|collected|take|taken|took|get|got|generate|generated|bring\s+in|brought\s+in)"
                 r"(?:\s+(?:in\s+total|altogether|so\s+far|overall))?\W*$", q)
    if m and salient and _role_of(said, m.group("p")) == "agent" and re.search(
            r"(?i)\b(?:fines?|charges?|penalt(?:y|ies)|fees?|tickets?|notices?|pcns?|fpns?|licen[cs]es?|permits?)\b", salient):
        said_of = " ".join(x for x in (salient, salient_clause) if x)  # "fines issued for littering"
        return Frame(kind="income", subject=said_of, source=question)
    # "how much (money) has it saved" after "the council closed the library": the savings from doing it
    m = re.match(_HOW_MUCH + r"(?:did|does|has|have|will|would|is|was)\s+(?P<p>it|this|that)\s+(?:actually\s+)?"
                 r"(?:save|saved|saving)\b(?P<rest>.*)$", q)
    if m and not _MASKS.sub("", m.group("rest")).strip(" ?.!,"):
        from askfoi.story_antecedents import _action

        told = [x for x in _sentences(before) if "?" not in x]
        act = _action(told) if told else None
        if act:
            return Frame(kind="figure", head="total savings from ", subject=act, source=question)
    # "why did they close it": the reasons for the body's decision to do it to the thing
    m = re.match(r"(?i)^\W*(?:and\s+|also\s+|so\s+)?why\s+(?:did|have|has|do|does|are|is|were|was)\s+(?P<p>they)\s+"
                 r"(?:not\s+)?(?P<v>[a-z]+)\s+(?P<obj>it|them)\W*$", q)
    if m and _role_of(said, m.group("p")) == "agent" and verb_lemma(m.group("v")):
        what = thing(m.group("obj"))
        if what:
            the = "" if what[:1].isupper() else "the "
            decision = f"to {verb_lemma(m.group('v'))} {the}{what}"
            return Frame(kind="reasons", subject=what, decision=decision, why=f"decision:{decision}", source=question,
                         article=True)
    # "how many arrests has it led to": the number of X resulting from the thing
    m = re.match(r"(?i)^\W*(?:and\s+|also\s+|so\s+)?how\s+many\s+(?P<n>[a-z][a-z ]*?)\s+(?:has|have|did|does|do)\s+(?P<p>they|it)\s+"
                 r"(?:actually\s+|ever\s+)?(?:led|lead|resulted|result|caused|cause)(?:\s+(?:to|in))?\b(?P<rest>.*)$", q)
    if m and _role_of(said, m.group("p")) == "thing":
        what = thing(m.group("p"))
        n = m.group("n").strip()
        if what and _noun(n.split()[-1]) and not _MASKS.sub("", m.group("rest")).strip(" ?.!,"):
            use = "the use of " if _used(what, ctx) else "the "
            return Frame(kind="count", subject=n, clause=f"resulting from {use}{what}", source=question)
    # "how many falls (did) they record(ed) in their homes": the number the body recorded
    m = re.match(r"(?i)^\W*(?:and\s+|also\s+|so\s+)?how\s+many\s+(?P<n>[a-z][a-z ]*?)\s+(?:(?:did|have|has|do|does)\s+)?"
                 r"(?P<p>they|it)\s+(?:actually\s+)?(?P<v>[a-z]+)\b(?P<rest>.*)$", q)
    # "how many complaints have they had about it": received; "how many residents have they got": left as before
    received = m and verb_lemma(m.group("v")) in ("get", "have", "receive") and (
        verb_lemma(m.group("v")) == "receive" or re.match(r"(?i)\s*(?:about|regarding|concerning|over|from|against)\b",
                                                           m.group("rest")))
    if m and verb_lemma(m.group("v")) in ("get", "have") and not received:
        m = None
    if m and (_role_of(said, m.group("p")) in ("agent", "either") or received and m.group("p").lower() == "they") \
            and verb_lemma(m.group("v")) and verb_lemma(m.group("v")) not in ("do", "make", "lead", "use", "be") \
            and _noun(m.group("n").split()[-1]):
        rest = _clean(m.group("rest"))
        if rest and any(p.role == "owner" for p in roles(rest)):
            rest = _owners(rest, body, ctx) if body else None
        pointed = re.search(r"(?i)\b(about|on|for|with|from|against|over|regarding)\s+(them|it)\b", rest or "")
        if pointed:  # "how many complaints did they get about them": about the cameras
            what = thing(pointed.group(2))
            rest = None if what is None else \
                f"{rest[:pointed.start()]}{pointed.group(1)} {'' if what[:1].isupper() else 'the '}{what}{rest[pointed.end():]}"
        if rest is not None and not re.search(r"(?i)\b(?:they|them|it|its|their|there)\b", rest):
            verb = "received" if received else _participle(verb_lemma(m.group("v")))
            if verb_lemma(m.group("v")) in _CATENATIVE and re.match(r"(?i)[a-z]+ing\b", rest):
                # lead52 (nc70 #7): "how many homes they stopped placing people in": the body's act on another verb
                # keeps its doer ("homes you stopped placing people in"), never "homes stopped placing" (the homes acting)
                from lemminflect import getInflection

                verb = "you " + ((getInflection(verb_lemma(m.group("v")), tag="VBD") or [verb])[0])
            return Frame(kind="count", subject=m.group("n").strip(), clause=" ".join(x for x in (verb, rest) if x),
                         source=question)
    # "how many cyclists use them": the number of those who do it to the thing named before
    m = re.match(r"(?i)^\W*(?:and\s+|also\s+|so\s+)?how\s+many\s+(?P<n>[a-z]+(?:\s+[a-z]+)?)\s+(?P<v>[a-z]+)\s+"
                 r"(?P<p>them|it)(?P<rest>\s+(?:each|every|per)\s+(?:day|week|month|year))?\W*$", q)
    if m and verb_lemma(m.group("v")) and not _aux(m.group("v")) and _noun(m.group("n").split()[-1]) \
            and "VERB" not in _lemmas(m.group("n").split()[-1]) or m and m.group("n").split()[-1].lower() in _vocab().people:
        what = thing(m.group("p"))
        n = m.group("n")
        if what and n.split()[-1].lower() not in _vocab().bodies:
            who = "who" if n.split()[-1].lower() in _vocab().people else "that"
            the = "" if what[:1].isupper() else "the "
            return Frame(kind="count", subject=n, clause=f"{who} {m.group('v').lower()} {the}{what}{m.group('rest') or ''}",
                         source=question)
    # "what do they do to stop them", "what are they doing about the potholes": the body's policy on it
    m = re.match(r"(?i)^\W*(?:and\s+|also\s+|so\s+)?what\s+(?:(?:do|does|did|will|are|is|have|has)\s+)?(?P<p>they|it)\s+"
                 r"(?:actually\s+|currently\s+)?(?:do|doing|done|going\s+to\s+do|plan(?:ning)?\s+to\s+do)\s+"
                 r"(?:(?:to|about|in\s+order\s+to)\s+)?(?:(?P<v>[a-z]+)(?:\s+(?:with|down\s+on|down))?\s+)?(?P<obj>.+)$", q)
    if m and _role_of(said, m.group("p")) == "agent":
        verb = (verb_lemma(m.group("v")) or m.group("v").lower()) if m.group("v") else None
        gerund = _vocab().policy.get(verb) if verb else "tackling"
        obj = _clean(m.group("obj"))
        if verb and gerund is None:
            return None
        took_salient = False
        again = re.fullmatch(r"(?i)(them|it|this|that|those|these)(?:\s+(?:from\s+)?(?:happening|occurring)(?:\s+again)?|"
                             r"\s+again)?", obj or "")
        if again:  # "to stop them (happening again)"
            word = again.group(1).lower()
            obj = thing("it" if word in ("it", "this", "that") else "them") or ""
            took_salient = bool(obj) and bool(salient) and obj.split()[-1].lower() == salient.split()[-1].lower()
        if obj and any(p.role == "owner" for p in roles(obj)):
            obj = _owners(obj, body, ctx) if body else None
        if obj and not re.search(r"(?i)\b(?:they|them|it|its|their|there|he|she|him|her)\b", obj):
            where = f" {salient_place}" if took_salient and salient_place else ""
            return Frame(kind="policy", subject=f"{gerund} {obj}{where}", source=question)
    return None


def _role_of(said: list[Pronoun], word: str) -> str:
    return next((p.role for p in said if p.word.lower() == word.lower()), "")


def agent_pronoun(text: str, start: int) -> bool:
    """The pronoun at character START of TEXT is the subject of an organisation's verb ("what do they do",
    "how much have they made"): it means the body, never a thing named before it."""
    return role_at(text, start) == "agent"


def role_at(text: str, start: int) -> str:
    """The role (`roles`) of the pronoun at character START of TEXT; "" when none is read there."""
    k = len(tokens(text[:start]))
    return next((p.role for p in roles(text) if p.index == k), "")
