"""What a chat-style question points back to in the story told before it (issue 8, fr10b).

People who type as they speak tell what happened, then ask about it with a pronoun or a bare noun: "we counted 40
people sleeping rough in the town centre last winter. how much did it cost the council to house them", "the council
published figures on fly tipping last month. are the figures broken down by ward", "the bins on our street havent
been collected for three weeks ... who is the contractor". The officer reads only the letter, so the question must
name what it means. Read by structure, never by phrase lists:

- the story's noun phrases (`mentions`): a determiner, number or possessive, adjectives and nouns up to the head noun,
  then what follows the head and belongs to it (an -ing phrase "sleeping rough", a participle without an object
  "tickets issued", "caused by ...", prepositional phrases "on fly tipping", "in the town centre"), each with its
  number and whether it names people or an organisation;
- a pointer (`resolve`) takes the nearest noun phrase before it of the right kind and number, in the story or an
  earlier question: "them"/"they" a plural (never an organisation for "them", never the same phrase for both in one
  question); "they" doing something, where an organisation is named, is that body and stays; "it" and "that" a
  singular thing, never a person or a body; "the X"/"these X" the story's fuller phrase with the same head noun
  ("the figures" -> "the figures on fly tipping"); "how much did it cost/save" after an action told ("the council
  closed the library") the action ("closing the library"); a role with no complement ("who is the contractor") what
  the story says was done ("responsible for collecting the bins");
- the writer's own words are made the officer's: "our street" -> "the street", the writer's own count left out ("40
  people" -> "the people").

`told_then_asked` splits a sentence of story and a question joined by a comma ("i was walking under the trees when i
fell, how many compensation claims ..."); `tells` says a sentence only tells (a statement of what happened, asking
nothing). The word classes are data (knowledge/vocab/story_antecedents.yaml) and lemminflect's lexicon.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab

_DETS = frozenset("the a an this that these those my our your his her their its some any every each both several "
                  "many few".split())
_WRITER_OWN = frozenset("my our".split())
_POINTING = frozenset("this that these those".split())
_ATTACH = frozenset("of on in at for about from with by near under over outside inside around along across between "
                    "into behind beside opposite".split())
_PRONOUNS = frozenset("i me we us you he him she her it they them its itself themselves who whom whose which what "
                      "there here one ones someone anyone everyone nobody somebody anybody everybody".split())
_AUX = frozenset("is are was were am be been being do does did has have had can could will would should shall may "
                 "might must isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt cant couldnt wont wouldnt "
                 "shouldnt its im ive id".split())
_RECORDS = frozenset("details information data records record figures figure statistics number numbers list lists copy "
                     "copies breakdown minutes documents correspondence emails cost costs amount amounts price spend "
                     "total totals sum change changes question questions answer answers point way".split())
_FEELING = frozenset("frightened scared afraid angry upset aware worried concerned happy pleased content satisfied "
                     "ashamed embarrassed surprised bothered prepared willing able".split())
_PARTICLES = frozenset("up down out off away back".split())
_CONJ = frozenset("and or but nor so yet".split())
_WH = frozenset("what which who whom whose when where why how whether".split())
_NOT = frozenset("not no never n't".split())
_TOKEN = re.compile(r"\u00a7\w+\u00a7|[£$]\d[\d,.]*(?:[kmb]n?|\s*(?:million|billion|thousand))?|\d[\d,.]*%?|"
                    r"[A-Za-z][A-Za-z'\u2019-]*|[^\w\s]")


@dataclass(frozen=True)
class _Words:
    bodies: frozenset[str]
    roles: frozenset[str]
    time: frozenset[str]
    stops: frozenset[str]
    events: frozenset[str]
    people: frozenset[str]
    decisions: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data, _ = load_vocab("story_antecedents")
    data = data if isinstance(data, dict) else {}
    kinds, _ = load_vocab("record_kinds")
    people = kinds.get("people") if isinstance(kinds, dict) else None

    def of(key: str, source: dict) -> frozenset[str]:
        return frozenset(str(w).lower() for w in (source.get(key) or []))

    return _Words(of("bodies", data), of("roles", data), of("time_nouns", data), of("stops", data),
                  of("event_verbs", data), frozenset(str(w).lower() for w in (people or [])), of("decision_verbs", data))


@functools.lru_cache(maxsize=8192)
def _pos(word: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas

    return getAllLemmas(word.lower())


def _closed(low: str) -> bool:
    w = _words()
    return low in _PRONOUNS or low in _AUX or low in _CONJ or low in _WH or low in _NOT or low in w.stops \
        or low in _ATTACH or low in _PARTICLES or low in ("to", "not", "please", "than")


def _nounish(tok: str) -> bool:
    low = tok.lower()
    if _closed(low) or low in _DETS:
        return False
    p = _pos(low)
    return "NOUN" in p or "PROPN" in p or (not p and tok[:1].isalpha() and tok[:1].isupper())


def _adjectival(tok: str) -> bool:
    low = tok.lower()
    if _closed(low) or low in _DETS:
        return False
    p = _pos(low)
    return "ADJ" in p or (low.endswith("ed") and "VERB" in p)


def _verb_only(tok: str) -> bool:
    p = _pos(tok.lower())
    return "VERB" in p and "NOUN" not in p and "ADJ" not in p


def _number(tok: str) -> bool:
    return bool(re.match(r"[£$]?\d", tok))


def _vbn(low: str) -> bool:
    """LOW is a past participle, also where it is spelt as its verb ("cut", "shut", "put")."""
    from lemminflect import getInflection

    return any(low in (getInflection(lemma, tag="VBN") or ()) for lemma in _pos(low).get("VERB", ()))


def _vbd(low: str) -> bool:
    from lemminflect import getInflection

    return any(low in (getInflection(lemma, tag="VBD") or ()) for lemma in _pos(low).get("VERB", ()))


def _past_participle(tok: str) -> bool:
    from lemminflect import getInflection

    low = tok.lower()
    lemmas = _pos(low).get("VERB", ())
    return any(low in (getInflection(lemma, tag="VBN") or ()) for lemma in lemmas) and low not in lemmas


@dataclass
class Mention:
    """A noun phrase of a story sentence: TEXT as typed (tokens START..END), its HEAD noun, whether it is PLURAL,
    names PEOPLE or a BODY, and the phrase as the officer's words (OWN: "our street" -> "the street")."""
    text: str
    head: str
    plural: bool
    people: bool
    body: bool
    start: int
    end: int
    own: str
    top: bool = True


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.replace("\u2019", "'"))


def _plural(head: str) -> bool:
    from askfoi.framing import is_plural

    low = head.lower()
    if low in ("police", "staff", "people", "personnel", "cattle", "livestock"):
        return True
    if low.endswith(("ss", "us", "is")):
        return False
    return is_plural(low)


def _opens_phrase(low: str) -> bool:
    """LOW starts a noun phrase of its own (an object after a verb): a noun, an adjective or a determiner."""
    return bool(low) and re.match(r"[a-z\u00a7]", low) is not None and not _closed(low) \
        and (low in _DETS or _nounish(low) or _adjectival(low))


# nouns a British writer gives a plural verb ("the council plan to close", "the government want to"): never read as
# one thing before a verb's bare form
_COLLECTIVE_HEADS = frozenset("council government police force trust board committee team staff authority cabinet "
                              "department service family public club school hospital company firm".split())


def _parse(toks: list[str], i: int, depth: int = 0) -> tuple[int, int] | None:
    """The noun phrase starting at token I: (head index, end index exclusive), or None."""
    n = len(toks)
    j = i
    while j < n and (toks[j].lower() in _DETS or _number(toks[j])):
        j += 1
    if j < n and toks[j] in ("'s", "s'"):
        return None
    head = -1
    k = j
    # "did the van make ...", "does the council use ...": after a question's auxiliary the subject's noun phrase ends
    # before the bare verb that the auxiliary carries
    carried = i > 0 and toks[i - 1].lower() in ("do", "does", "did", "will", "would", "can", "could", "should", "may",
                                                  "might", "must", "shall")
    while k < n:
        tok = toks[k]
        low = tok.lower()
        if not re.match(r"[A-Za-z\u00a7]", tok) or _closed(low) or low in _DETS:
            break
        nxt = toks[k + 1].lower() if k + 1 < n else ""
        if head >= 0 and carried and low in _pos(low).get("VERB", ()) and (
                not nxt or nxt in _ATTACH or nxt in _DETS or nxt in _PRONOUNS or not re.match(r"[a-z]", nxt)):
            break
        if head >= 0 and not carried and low.endswith("ing") and nxt and _nounish(toks[k + 1]) and nxt not in _DETS \
                and not _closed(nxt) and not _plural(toks[head]):
            k += 1  # fx54: "the housing waiting list": a gerund inside a compound before its noun
            continue
        if head >= 0:
            # after a noun only another noun goes on ("town centre", "fly tipping"), never a verb that starts a clause
            if not _nounish(tok) or (low.endswith("ing") and "VERB" in _pos(low) and _plural(toks[head])) \
                    or (_plural(toks[head]) and _vbn(low) and nxt in _ATTACH):
                break  # "families living in ...": a participle after a plural head, not a noun of the phrase
            base_after_one = nxt == "to" and not _plural(toks[head]) and "NOUN" in _pos(low) \
                and low in _pos(low).get("VERB", ()) and not low.endswith("s") \
                and toks[head].lower() not in _words().bodies and toks[head].lower() not in _words().people \
                and not (toks[head][:1].isupper() and not toks[head].isupper()) and toks[head].lower() not in _COLLECTIVE_HEADS
            # fx45: "an AI tool to check claims": a verb's bare form cannot follow one thing as its verb, so a noun
            if "VERB" in _pos(low) and not base_after_one and (nxt in _DETS or nxt in _PRONOUNS or nxt.endswith("ing") or nxt == "to"
                                        or _number(nxt) or (low.endswith("s") and not _plural(toks[head])
                                                            and (not _plural(low) or _opens_phrase(nxt)))):
                break  # "the council runs care homes" (a verb), but "council care homes in ..." (a plural noun)
            head = k
            k += 1
            continue
        if _nounish(tok):
            head = k
            k += 1
            continue
        if _adjectival(tok) and k + 1 < n and (_nounish(toks[k + 1]) or _adjectival(toks[k + 1])):
            k += 1
            continue
        if j > i and k == j and low.endswith("ing") and k + 1 < n and _nounish(toks[k + 1]) \
                and toks[k + 1].lower() in _RECORDS:
            # fx54 (nc51 #8): "the waiting list": a gerund naming the kind of record word; lead46: only before a record
            # word ("the parking charges" stays "charges", so the act told, "put the parking charges up to £5 an hour",
            # is still read whole by the reasons reader)
            k += 1
            continue
        break
    if head < 0:
        return None
    end = head + 1
    if toks[head].lower() in _words().time:
        return head, end  # "three weeks", "last winter": a length or a time, nothing after it belongs to it
    # what follows the head and belongs to it
    if end < n and toks[end].lower().endswith("ing") and "VERB" in _pos(toks[end].lower()) and toks[end].lower() not in _AUX \
            and (_verb_only(toks[end]) or _plural(toks[head])):
        end += 1  # "people sleeping rough", "vehicles parking on the grass verge"
        if end < n and toks[end].lower() in ("rough", "out", "up", "down", "off", "away", "over", "back", "home", "alone"):
            end += 1
    elif end < n and _past_participle(toks[end]) and toks[end].lower() not in _AUX and not (end + 1 < n and (toks[end + 1].lower() in _DETS
                                                                           or _nounish(toks[end + 1]))):
        end += 1  # "the tickets issued", "a hole caused by vehicles"
    if depth < 2:
        while end + 1 < n and toks[end].lower() in _ATTACH:
            inner = _parse(toks, end + 1, depth + 1)
            if inner is None and toks[end].lower() in ("in", "at", "near") and _unknown_name(toks[end + 1]):
                end += 2  # lead37: "our local library in redbridge": a place typed in lower case, not in the lexicon
                while end < n and _unknown_name(toks[end]):
                    end += 1
                continue
            if inner is None or toks[inner[0]].lower() in _words().time or _number(toks[end + 1]) \
                    and toks[inner[0]].lower() in _words().time:
                break
            end = inner[1]
    return head, end


def _unknown_name(tok: str) -> bool:
    """TOK is a word in lower case that the lexicon does not know and no closed word: a place or a name typed in lower
    case ("redbridge", "frome")."""
    return bool(re.match(r"[a-z]{3,}$", tok)) and not _pos(tok) and not _closed(tok) and tok not in _DETS \
        and tok not in _words().time


_FREQUENCY = frozenset("time times occasion occasions instance instances".split())


def _own(toks: list[str], start: int, end: int) -> str:
    """The phrase TOKS[START:END] as the officer would write it: a determiner of the writer ("our", "my"), a count
    the writer made ("40 people") or "a"/"this" become "the"; the writer's aside in a phrase kept."""
    words = list(toks[start:end])
    k = 0
    lead: list[str] = []
    while k < len(words) and (words[k].lower() in _DETS or _number(words[k])):
        lead.append(words[k])
        k += 1
    rest = words[k:]
    det = "the"
    if not lead and rest and rest[0][:1].isupper() and not rest[0].isupper() and (start > 0 or (len(rest) > 1 and rest[1][:1].isupper())):
        det = ""  # "Mr Foss", "Oxon News": a name takes no article
    if lead and all(_number(w) for w in lead) and rest and rest[0][:1].isupper():
        det = ""
    out = " ".join(([det] if det else []) + rest)
    out = re.sub(r"\b(?:[Oo]ur|[Mm]y)\b", "the", out)
    out = re.sub(r"\s+([,.;:!?])", r"\1", out)
    return re.sub(r"\s+'s\b", "'s", out)


_QUANTITY = frozenset("loads lots tons heaps masses dozens hundreds thousands plenty".split())


def without_repeated_place(phrase: str, after: str) -> str:
    """PHRASE without its closing prepositional phrase when the words after the pointer say it again ("how many times
    have they used them at protests": "the drones", never "the drones at protests at protests")."""
    m = re.search(r"(?i)\s+((?:at|in|on|of|for|from|to|with|by|near|over|outside|during)\s+[\w' -]+)$", phrase)
    if m and re.match(r"(?i)\s*" + re.escape(m.group(1)) + r"\b", after):
        return phrase[: m.start()]
    return phrase


def _asked_verb(toks: list[str], w) -> int:
    """In a yes/no question opened by do / does / did ("does police scotland use drones", "and did the council sell
    the land"), the index of its verb: the first word after the subject that can be a verb, the subject being the
    words after the auxiliary (never a determiner's noun, a body word or a name). -1 when there is none."""
    k = 0
    while k < len(toks) and toks[k].lower() in ("and", "also", "so", "but", "then"):
        k += 1
    if k >= len(toks) or toks[k].lower() not in ("do", "does", "did"):
        return -1
    for j in range(k + 2, min(len(toks), k + 7)):
        low = toks[j].lower()
        if not re.fullmatch(r"[a-z]+", low) or low in _PRONOUNS:
            return -1
        if "VERB" in _pos(low) and toks[j - 1].lower() not in _DETS and low not in w.bodies and not toks[j][:1].isupper():
            return j
    return -1


@functools.lru_cache(maxsize=1)
def _relatives() -> frozenset[str]:
    data, _ = load_vocab("story_antecedents")
    return frozenset(str(w).lower() for w in ((data or {}).get("relatives") or [])) if isinstance(data, dict) else frozenset()


@functools.lru_cache(maxsize=4)
def _rule_words(key: str) -> frozenset[str]:
    """nx99: story_antecedents.yaml rule_verbs / rule_nouns (what is enforced or breached is a rule)."""
    data, _ = load_vocab("story_antecedents")
    return frozenset(str(w).lower() for w in ((data or {}).get(key) or [])) if isinstance(data, dict) else frozenset()


def rule_object_mismatch(before: str, phrase: str) -> bool:
    """nx99: a pointer right after BEFORE (ending on a verb whose object is a rule: "to enforce") cannot be PHRASE when
    PHRASE's head is no rule ("the car"); True then, so the pointer is asked back rather than written as PHRASE."""
    verb = re.search(r"(?i)\b([a-z]+)\s*$", before or "")
    if not verb or verb.group(1).lower() not in _rule_words("rule_verbs"):
        return False
    head = re.split(r"(?i)\s+(?:on|in|at|of|for|by|near|outside|along|across|around|from|to|with)\s+", phrase.strip())[0].split()
    return not head or head[-1].lower().strip(".,") not in _rule_words("rule_nouns")


def mentions(sentence: str) -> list[Mention]:
    """The noun phrases of SENTENCE, outermost first in order, with the phrases inside them (top=False)."""
    toks = _tokens(sentence)
    w = _words()
    out: list[Mention] = []
    i = 0
    covered = -1

    def add(i: int, head: int, end: int, top: bool) -> None:
        low = toks[head].lower()
        if any(t.lower() in _FREQUENCY for t in toks[i:head + 1]):
            return  # lead39 (newcomer): "how many times south wales police ...": the times something was done are no
            # thing a later "it" means ("arrested because of the times south")
        text = " ".join(toks[i:end])
        text = re.sub(r"\s+([,.;:!?])", r"\1", text).replace(" 's", "'s")
        people = low in w.people or (low + "s") in w.people or low in ("person", "man", "woman", "child", "resident",
                                                                       "mother", "father", "son", "daughter", "lady") \
            or low in _relatives()  # lead57: "my dad ... caught c diff. how many patients caught it": "it" is never the dad
        out.append(Mention(text=text, head=toks[head], plural=_plural(toks[head]), people=people,
                           body=low in w.bodies or bool(re.match(r"\u00a7AUTH", toks[head])), start=i, end=end,
                           own=_own(toks, i, end), top=top))

    asked_verb = _asked_verb(toks, w)
    while i < len(toks):
        tok = toks[i]
        if i == asked_verb:
            i += 1  # lead54 (nc76 #4): "does police scotland use drones": the question's verb, never "the use drones"
            continue
        if re.match(r"\u00a7AUTH", tok):
            out.append(Mention(text=tok, head=tok, plural=False, people=False, body=True, start=i, end=i + 1, own=tok,
                               top=i > covered))
            i += 1
            continue
        starts = tok.lower() in _DETS or _number(tok) or _nounish(tok) or _adjectival(tok)
        bare = starts and tok.lower() not in _DETS and not _number(tok)
        if bare and "ADV" in _pos(tok.lower()) and "NOUN" not in _pos(tok.lower()) and not tok[:1].isupper():
            starts = False  # "who often uses ...": an adverb before a verb
        prev = toks[i - 1].lower() if i else ""
        if prev == "how":
            i += 1  # fx54 (nc51 #8): "how long is the waiting list": the degree asked, never a thing ("the long")
            continue
        # fx57: "there were drones": the noun after "there were" (never a quantity word: "there were loads of ...")
        existential = prev in _AUX and i >= 2 and toks[i - 2].lower() == "there" and tok.lower() not in _QUANTITY
        if bare and "VERB" in _pos(tok.lower()) and not existential and (
                prev in _AUX or (out and out[-1].end == i) or prev in _PRONOUNS
                or ("ADV" in _pos(prev) and "NOUN" not in _pos(prev))):
            starts = False  # "the council keep saying", "has figures": a verb after its subject, no noun phrase
        parsed = _parse(toks, i) if starts and not _closed(tok.lower()) else None
        if parsed is None:
            i += 1
            continue
        head, end = parsed
        if i < asked_verb < end:
            head, end = asked_verb - 1, asked_verb  # "does the council use glyphosate": the subject ends at the verb
        nxt = toks[head + 1].lower() if head + 1 < len(toks) else ""
        if bare and head == i and "VERB" in _pos(tok.lower()) and nxt in _DETS and nxt not in _POINTING:
            i += 1  # "... and cut the bus route": a word that can be a verb, straight before its object's determiner
            continue
        if bare and head == i and tok.lower().endswith("ing") and end == i + 1:
            i += 1  # "keep saying its ...": a verb in -ing alone is no noun phrase
            continue
        if tok.lower() in _POINTING and head == i:
            i += 1
            continue
        if tok.lower() in _POINTING and prev in _AUX and head == i + 1 and toks[head].lower() in _pos(toks[head]).get("VERB", ()):
            i += 1  # "when did this change": a pronoun and its verb
            continue
        add(i, head, end, i > covered)
        covered = max(covered, end - 1)
        i = head + 1  # the phrases inside it ("the town centre" in "people ... in the town centre") are read too
    return out


def _how_many(tok: str) -> int | None:
    """The number TOK says ("2", "two"), or None."""
    from askfoi.periods import period_words

    if re.fullmatch(r"\d{1,2}", tok):
        return int(tok)
    return period_words().number_words.get(tok.lower())


_LIST_STOPS = frozenset(".;?!)")


_SELF = re.compile(r"(?i)^(?:i\s*['\u2019]?m|i\s+am|we\s*['\u2019]re|we\s+are|i\s+was|we\s+were)$")


def _self_described(sentence: str, m: Mention) -> bool:
    """nx76 (nc73 #6): M says who the writer is ("we're a residents group in chelmsford", "im a nurse at st james"):
    the writer, never the thing a later "it" or "they" means."""
    toks = _tokens(sentence)
    before = " ".join(toks[max(0, m.start - 2):m.start])
    return bool(_SELF.match(before) or (m.start >= 1 and _SELF.match(toks[m.start - 1])))


def _up_to_head(own: str, head: str) -> str:
    """OWN ended at its HEAD noun when a participle phrase follows it ("the van parked by the high street" -> "the
    van"); a prepositional phrase that names what it is of ("the cost of the bridge") stays."""
    at = re.search(rf"(?i)\b{re.escape(head)}\b", own)
    rest = own[at.end():] if at else ""
    if at and re.match(r"\s+[a-z]+(?:ed|en|t)\s+(?:by|in|at|on|outside|near|along|behind|opposite|by)\b", rest) \
            and _vbn(rest.split()[0].lower()):
        return own[:at.end()]
    return own


def _counted_pointer(toks: list[str], m: Mention) -> bool:
    """M is "those 2 farms", "the two homes" or "both farms" (nx76)."""
    first = toks[m.start].lower() if m.start < len(toks) else ""
    return (m.end - m.start == 3 and first in ("the", "these", "those") and _how_many(toks[m.start + 1]) is not None) \
        or (m.end - m.start == 2 and first in ("both", "these", "those"))


def named_members(sentence: str, m: Mention) -> str | None:
    """nx76 (nc73 #4): the members a story names for M, a counted plural ("2 salmon farms in our loch, loch buie and
    the one at carsaig", "two care homes near us: oakfield lodge and the willows", "3 schools (a, b and c)"): the list
    after a comma, colon or bracket that follows the phrase (and a short place phrase of its own), as many items as
    the number says, each a name or a noun phrase, never a clause ("..., i fish there and they ..."). None otherwise."""
    toks = _tokens(sentence)
    words = _tokens(m.text)
    if not m.plural:
        return None
    count = _how_many(words[0]) if words[0].lower() not in _DETS else _how_many(words[1]) if len(words) > 2 else None
    if count is None and m.start >= 1:  # "theres three care homes ...": a number word the phrase did not take
        count = _how_many(toks[m.start - 1])
    if not count or count < 2 or count > 12:
        return None
    i = m.end
    if i < len(toks) and toks[i].lower() in _ATTACH:  # "in our loch", "near us", "round here"
        j = i + 1
        while j < len(toks) and j - i <= 5 and re.match(r"[A-Za-z]", toks[j]):
            j += 1
        i = j
    if i >= len(toks) or toks[i] not in (",", ":", "(", "-"):
        return None
    j = i + 1
    while j < len(toks) and toks[j] not in _LIST_STOPS:
        j += 1
    listed = toks[i + 1:j]
    items: list[list[str]] = [[]]
    for tok in listed:
        if tok == "," or tok.lower() == "and":
            if items[-1]:
                items.append([])
            continue
        items[-1].append(tok)
    items = [x for x in items if x]
    if len(items) != count:
        return None
    for item in items:
        low = [t.lower() for t in item]
        if len(item) > 6 or low[0] in _PRONOUNS - {"one"} or any(t in _AUX or t in _CONJ for t in low) \
                or not re.match(r"[A-Za-z]", item[0]):
            return None
    text = [" ".join(item) for item in items]
    return re.sub(r"\s+([,.;:!?'])", r"\1", ", ".join(text[:-1]) + " and " + text[-1])


_THERE_IS = re.compile(r"(?i)\bthere(?:'|\u2019)?s\b")


def tells(sentence: str) -> bool:
    """SENTENCE only tells (a statement of what happened or what the writer saw), asking nothing: no question mark,
    no question word or auxiliary first, no request ("please", "can you", "i want", "i would like"), no imperative,
    and a finite verb after a subject."""
    from askfoi.informal_roles import without_refusals

    s = _THERE_IS.sub("there is", sentence.strip())  # ck25a: "theres a smell from the tip": "there is", typed quickly
    if not s or "?" in s:
        return False
    toks = [t.lower() for t in _tokens(s) if re.match(r"[A-Za-z\u00a7]", t)]
    if len(toks) < 4:
        return False
    toks_open = toks
    while toks_open and toks_open[0] in ("and", "but", "so", "then", "also", "well", "anyway", "ok", "okay", "hi", "hello", "now"):
        toks_open = toks_open[1:]
    if not toks_open or toks_open[0] in _WH or toks_open[0] in _AUX - {"its", "im", "ive", "id"} \
            or toks_open[0] in ("please", "if", "whether", "for", "of", "any", "all", "copies", "copy", "details", "the") \
            and toks_open[0] != "the":
        return False
    if re.search(r"(?i)\b(?:please|can\s+you|could\s+you|would\s+you|tell\s+me|let\s+me\s+know|i\s+(?:would|'d|d)\s+like|"
                 r"i\s+(?:want|need|wish)|we\s+(?:want|need|wish)|i\s+am\s+(?:asking|requesting|seeking|looking)|"
                 r"(?:request|requesting)\b|wondering|find\s+out|how\s+(?:many|much)|what|which|whether)", without_refusals(s)):
        return False  # (fr24a: "they wont tell me" tells of a refusal: no request)
    first = toks_open[0]
    if _verb_only(first) and first == (_pos(first).get("VERB") or ("",))[0]:
        return False  # "send me the figures": an imperative
    # a subject, then its finite verb at once: a pronoun or a noun phrase first ("the council published", "we
    # counted", "my son was excluded"); a formal item is a noun phrase with no verb of its own ("Total number of
    # potholes fixed by the council")
    raw = _tokens(s)
    while raw and raw[0].lower() != first:
        raw = raw[1:]
    if first.replace("'", "").replace("\u2019", "") in ("im", "ive", "were", "weve", "theyre", "theyve") \
            and (first in ("im", "ive") or "'" in first or "\u2019" in first) and len(raw) > 2 and raw[1].lower() not in ("asking", "requesting", "looking", "wondering"):
        return True  # nx76 (nc73 #4): "im a fisherman on mull and ...", "ive lived here 20 years": "I am", "I have"
        # typed without the apostrophe carry their own verb
    if first in ("i", "we", "they", "he", "she", "you", "it", "there", "im", "ive", "id"):
        k = 1
    else:
        i0 = 0
        while i0 < len(raw) - 1 and re.match(r"[a-z]+$", raw[i0]) and not _pos(raw[i0]) and raw[i0] not in _DETS:
            i0 += 1  # "manchester council": a name typed in lower case, not in the lexicon
        parsed = _parse(raw, i0)
        if parsed is None:
            return False
        k = parsed[1]
        while k + 1 < len(raw) and raw[k].lower() in _ATTACH and re.match(r"[a-z]+$", raw[k + 1]) \
                and not _pos(raw[k + 1]) and raw[k + 1] not in _DETS:
            k += 2  # lead37: "our local library in redbridge is ...": a place typed in lower case, not in the lexicon
            while k < len(raw) and re.match(r"[a-z]+$", raw[k]) and not _pos(raw[k]) and raw[k] not in _DETS:
                k += 1
        while k < len(raw) and raw[k].lower() in ("also", "never", "just", "still", "already", "always", "recently",
                                                  "then", "now", "only", "even", "finally", "eventually"):
            k += 1
    if k >= len(raw):
        return False
    verb = raw[k].lower()
    if verb in ("also", "never", "just", "still", "already", "always", "recently", "then", "now", "only", "even"):
        k += 1
        verb = raw[k].lower() if k < len(raw) else ""
    if not re.match(r"[a-z']+$", verb) or verb.endswith("ing"):
        return False
    before = raw[k - 1].lower() if k else ""
    return verb in _AUX - {"its"} or _past_tense(verb) or (verb.endswith("ed") and "VERB" in _pos(verb)) \
        or ("VERB" in _pos(verb) and (verb.endswith("s") and not _plural(before) or first in ("i", "we", "they", "you")
                                      or before in _words().bodies | _words().people))


def _past_tense(word: str) -> bool:
    from lemminflect import getInflection

    lemmas = _pos(word).get("VERB", ())
    return any(word in (getInflection(lemma, tag="VBD") or ()) for lemma in lemmas) and word not in lemmas


_ASKING_START = re.compile(
    r"(?i)(?:(?:and|so|but)\s+)?(?:how\s+(?:many|much|often|long)|what|which|who|when|where|why|is\s+there|are\s+there|"
    r"(?:has|have|did|does|do|was|were|is|are|will|can|could)\s+(?:the|any|a|an|[A-Z]\w+|they|it|you|there)\b|"
    r"can\s+(?:you|i|we)|could\s+(?:you|i|we)|please)\b")


# ck25a: "..., what monitoring data does the agency hold on ...": a question word with its noun, then the inverted
# auxiliary and a subject, asks (never "what the council did was wrong": a determiner or a pronoun after "what")
_WH_NOUN_ASKED = re.compile(
    r"(?i)(?:(?:and|so|but)\s+)?(?:what|which)\s+(?:(?!(?:the|a|an|this|that|these|those|it|its|they|their|he|his|she|her|"
    r"we|our|i|my|you|your|is|are|was|were|has|have|had|do|does|did)\b)[a-z-]+\s+){1,3}"
    r"(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|should)\s+(?:the|a|an|they|it|you|[a-z]+)\b")


def told_then_asked(sentence: str) -> tuple[str, str] | None:
    """SENTENCE of story and a question joined by a comma: "i was walking under the trees when i fell, how many
    compensation claims have the council paid" -> ("i was walking under the trees when i fell", "how many
    compensation claims have the council paid"). None when the part before the comma is no story of its own (a
    condition "if ...", a breakdown "for each school", a heading) or nothing after it asks."""
    s = sentence.strip()
    for m in re.finditer(r",\s*(?=\S)", s):
        story, asked = s[:m.start()].strip(), s[m.end():].strip()
        if not _ASKING_START.match(asked) or len(re.findall(r"[A-Za-z]+", asked)) < 4:
            continue
        if re.match(r"(?i)(?:(?:and|so|but)\s+)?(?:when|where|why|who|what)\s+(?!(?:is|are|was|were|has|have|had|do|does|did|"
                    r"will|would|can|could|should)\b)", asked) and not _WH_NOUN_ASKED.match(asked):
            continue  # "..., when there are so many causes": a clause of the sentence, not a question (no inversion)
        from askfoi.informal_roles import refusal_told

        if re.search(r"(?i)\b(?:ask|asked|asking|wonder|wondered|wondering|know|tell|explain|justify|question)\b", story) \
                and not refusal_told(story) or re.search(r"(?i)\b(?:when|where|what|who|how|why|which)\s+(?:is|was|were|are|did|does|do|has|have|had|will|"
                             r"can|could)\b", story):
            return None  # "So I ask Mr Davey how he can justify ...": the asking is in the first half
        if re.match(r"(?i)\W*(?:if|unless|whether|for\s+each|for\s+every|in\s+each|of\s+(?:those|these|the|them)|"
                    r"regarding|re\b|further\s+to|in\s+relation|with\s+regard|following|as\s+well|also|and|or|"
                    r"dear|hi|hello|please)\b", story):
            return None
        if "?" in story or not re.search(r"(?i)\b(?:i|we|my|our|me|us)\b", story) or not tells(story + "."):
            return None  # only the writer's own account before a comma is their story
        if re.search(r"(?i)\b(?:he|him|his|she|her|hers)\b", asked):
            return None  # "..., can i see the complaints about him": a person only the story names stays with it
        asked = re.sub(r"(?i)^(?:and|so|but)\s+", "", asked)
        return story, asked[0].upper() + asked[1:] if story[:1].isupper() else asked
    return None


_OWN_ACCOUNT = re.compile(r"(?i)^(?:(?:and|but|as|because|cos|since)\s+)?(?:i|we|my|our|i'?ve|we'?ve|i'?m|im|ive|weve|"
                          r"i\s+have|we\s+have|i\s+am|we\s+are|me\s+and)\b")


def asked_then_told(sentence: str) -> tuple[str, str] | None:
    """lead32: SENTENCE that asks and then, after a comma, tells the writer's own account: "whats the average wait
    for a council house in birmingham for a family of 4, we've been on the list 5 yrs" -> (the question, "we've been
    on the list 5 yrs"). None when nothing before the comma asks, or the clause after it is no account of the
    writer's own (a breakdown, a condition, a second question)."""
    s = sentence.strip().rstrip("?").strip()
    for m in reversed(list(re.finditer(r",\s*(?=\S)", s))):
        asked, told = s[:m.start()].strip(), s[m.end():].strip()
        if not (_ASKING_START.match(asked) or re.match(r"(?i)(?:whats|hows|wheres|whos)\b", asked)):
            continue
        if len(re.findall(r"[A-Za-z]+", asked)) < 4 or not _OWN_ACCOUNT.match(told):
            continue
        if re.search(r"(?i)\b(?:how|what|which|who|when|where|why|whether|if|please|can\s+you|could\s+you|want|"
                     r"like|need|per|broken|split|request\w*|provide|send|data|figures|information|records?)\b", told):
            return None  # "..., i want to know which areas", "..., i'd like it by ward": still asking
        body = re.sub(r"(?i)^(?:and|but|as|because|cos|since)\s+", "", told)
        if not tells(re.sub(r"(?i)^(i|we)'?ve\b", r"\1 have", body) + "."):
            continue
        return asked + "?", told
    return None


def _pointer_it_dummy(question: str, at: int) -> bool:
    """The "it" at character AT of QUESTION is no pointer: "it is true", "is it true that", "how much did it cost the council to house
    them" (it + cost/take + "to" later: what the infinitive says)."""
    after = question[at + 2:]
    if re.match(r"(?i)\s+(?:is|was|'s|seems|seemed|appears|appeared)\s+(?:true|possible|likely|right|fair|clear|the\s+case|"
                r"that|not|because)\b", after):
        return True
    if re.search(r"(?i)\b(?:is|was|isn'?t|wasn'?t)\s+$", question[:at]) and re.match(
            r"(?i)\s+(?:really\s+)?(?:true|possible|likely|right|correct|fair|the\s+case)\b", after):
        return True  # ny76 (nc76 #16): "is it true the council promised ...": the question's own dummy subject
    if re.match(r"(?i)\s+(?:cost|costs|take|takes|took|mean|means|matter)\b[^.?!]*\bto\s+[a-z]+", after):
        return True
    return False


def _plain_before_head(m: Mention) -> bool:
    """The words of M before its head are determiners, numbers, adjectives or nouns, none of them a verb ("who often
    uses Brungerley Park" is no phrase for "the Park")."""
    words = _tokens(m.text)
    at = max((k for k, t in enumerate(words) if t == m.head), default=0)
    def plain(k: int) -> bool:
        t = words[k].lower()
        pos = _pos(t)
        if t in _DETS or _number(t) or "VERB" not in pos or "ADJ" in pos:
            return True
        if "NOUN" not in pos:
            return False
        # a noun spelt as a verb ("speed" in "a speed camera van") modifies the noun after it; "uses" after "who
        # often" is the verb
        return t not in pos.get("VERB", ()) or (k > 0 and (words[k - 1].lower() in _DETS or _number(words[k - 1])
                                                          or _how_many(words[k - 1]) is not None) and k + 1 <= at)

    return all(plain(k) for k in range(at))


def _it_refers(question: str, at: int) -> bool:
    """The "it" at character AT of QUESTION stands for a thing: the object of a verb or a preposition ("close it",
    "about it"), or the subject of a verb of its own ("when will it end", "when was it built"); not "it is
    essential", "it may be convenient", "is it worth ..." (what follows says it)."""
    before = re.findall(r"[A-Za-z']+", question[:at])
    after = re.findall(r"[A-Za-z']+", question[at + 2:])
    prev = before[-1].lower() if before else ""
    nxt = after[0].lower() if after else ""
    joined = bool(re.search(r"[A-Za-z']\s+$", question[:at]))  # "scrapped, it seems": a comma, a new clause
    if joined and (prev in _ATTACH or prev == "to" or (prev and "VERB" in _pos(prev) and prev not in _AUX)):
        return True
    if joined and prev in ("do", "does", "did") and nxt in ("have", "has", "get", "need", "take", "cost", "do"):
        return True  # lead37: "how many visitors did it have": the subject of the verb its "did" supports
    if not nxt or nxt in _AUX or nxt in ("seem", "seems", "seemed", "appear", "appears", "appeared", "not", "really"):
        return bool(nxt in ("been", "be") and len(after) > 1 and "VERB" in _pos(after[1].lower())
                    and after[1].lower().endswith(("ed", "en", "t")))
    return "VERB" in _pos(nxt)


def _kind_named(m: Mention) -> bool:
    """fx54 (nc51 #8): M's record word is named by a word before it that says what kind it is ("the waiting list",
    "the housing list"): a thing in the world a later "it" can mean, never the records asked for ("the list")."""
    words = _tokens(m.text)
    at = next((k for k, t in enumerate(words) if t == m.head), 0)
    return at > 0 and words[at - 1].lower() not in _DETS and words[at - 1].lower().endswith("ing")


def _candidates(told: list[str]) -> list[Mention]:
    """The top-level noun phrases of TOLD (the sentences before the question, oldest first), nearest first."""
    out: list[Mention] = []
    for sentence in told:
        out = [m for m in mentions(sentence) if m.top] + out if False else out + [m for m in mentions(sentence) if m.top]
    return list(reversed(out))


def _role_at(text: str, start: int) -> str:
    from askfoi.pronoun_roles import role_at

    return role_at(text, start)


def _action(told: list[str], tag: str = "VBG") -> str | None:
    """The last action the story tells done to a thing, in -ing form with its object: "the council closed the library
    on oak street" -> "closing the library on oak street" (TAG "VB": "close the library on oak street"); None when
    none is told."""
    for sentence in reversed(told):
        if sentence.rstrip().endswith("?"):
            continue  # an earlier question asks; it tells no action ("how many people used the library?")
        found = _actions(sentence, tag)
        if found:
            return found[-1]
    return None


def _actions(sentence: str, tag: str = "VBG") -> list[str]:
    """Every action SENTENCE tells done to a thing, in order, as `_action` says each (fx53: "closed the library and
    sold the car park" tells two)."""
    from lemminflect import getInflection

    toks = _tokens(sentence)
    found: list[str] = []
    for k, tok in enumerate(toks[:-1]):
        low = tok.lower()
        if low in _AUX or low in _DETS or _closed(low) or k == 0:
            continue
        # fx53: "the council has cut my care package": the subject, then "has/have/had", then the act
        after_subject = any(m.top and (m.end == k or m.end == k - 1 and toks[k - 1].lower() in ("has", "have", "had"))
                            for m in mentions(sentence))
        if not (_past_tense(low) or (low.endswith("ed") and "VERB" in _pos(low)) or (_vbd(low) and after_subject)):
            continue
        if toks[k - 1].lower() in (_AUX - {"has", "have", "had"}) | {"been", "be", "being"} or toks[k - 1].lower() in _DETS:
            continue  # "has been closed", "the proposed closure" ("has closed" is the act itself, fr14a)
        obj = _parse(toks, k + 1)
        if obj is None or toks[k + 1].lower() in _PRONOUNS:
            continue
        if obj[1] < len(toks) and toks[obj[1]].lower() in _AUX:
            continue  # fx53: "have stated that motorcycles will ...": a clause said, no thing it was done to
        lemma = (_pos(low).get("VERB") or (None,))[0]
        ing = (getInflection(lemma, tag=tag) or (None,))[0] if lemma else None
        if ing:
            found.append(f"{ing} {_own(toks, k + 1, obj[1])}")
    return found


def _done_to(told: list[str], tag: str = "VBG") -> str | None:
    """What the story says was (not) done to a thing, as the responsibility of a role: "the bins on our street havent
    been collected" -> "collecting the bins" (TAG "VB": "collect the bins"); None when no such passive clause is
    told."""
    from lemminflect import getInflection

    for sentence in reversed(told):
        toks = _tokens(sentence)
        for k, tok in enumerate(toks):
            before = [t.lower() for t in toks[max(0, k - 3):k]]
            if not _past_participle(tok) and not (tok.lower().endswith("ed") and "VERB" in _pos(tok.lower())) \
                    and not (_vbn(tok.lower()) and before and before[-1] in ("been", "be", "being", "got", "get", "was", "were")):
                continue
            if not before or not (set(before) & {"been", "be", "being", "was", "were", "is", "are", "get", "got", "getting"}):
                continue
            # the thing it was done to: the phrase that ends just before the auxiliaries
            j = k - 1
            while j >= 0 and (toks[j].lower() in _AUX | {"been", "be", "being", "not", "never", "get", "got", "getting"}
                              or toks[j].lower().endswith("nt")):
                j -= 1
            subject = next((m for m in mentions(sentence) if m.end == j + 1 and m.top and not m.body and not m.people), None)
            if subject is None:
                continue
            lemma = (_pos(tok.lower()).get("VERB") or (None,))[0]
            ing = (getInflection(lemma, tag=tag) or (None,))[0] if lemma else None
            if ing:
                phrase = subject.own
                phrase = re.sub(r"\s+(?:on|in|at|near|outside)\s+the\s+(?:street|road|estate|area|house|home|flat)$", "", phrase)
                return f"{ing} {phrase}"
    return None


@functools.lru_cache(maxsize=1)
def _act_nouns() -> dict[str, tuple[str, str]]:
    """fx53: verb lemma -> (the noun for its act, the preposition before what it was done to): "close" -> ("closure",
    "of") (knowledge/vocab/story_antecedents.yaml act_nouns)."""
    data, _ = load_vocab("story_antecedents")
    nouns = (data.get("act_nouns") if isinstance(data, dict) else None) or {}
    out = {}
    for verb, said in nouns.items():
        words = str(said).split()
        if len(words) == 2:
            out[str(verb).lower()] = (words[0].lower(), words[1].lower())
    return out


@functools.lru_cache(maxsize=1)
def _family() -> frozenset[str]:
    """fx53: the writer's own people ("mum", "son", "neighbour": knowledge/vocab/story_antecedents.yaml family)."""
    data, _ = load_vocab("story_antecedents")
    return frozenset(str(w).lower() for w in ((data.get("family") if isinstance(data, dict) else None) or []))


@dataclass(frozen=True)
class Act:
    """fx53: the one act a story tells a body did to a thing ("Kent County Council closed Deal library"): the verb's
    LEMMA ("close"), the act's NOUN ("closure", "" when the data has none) and the act as a noun phrase (PHRASE: "the
    closure of Deal library", or "closing Deal library")."""
    lemma: str
    noun: str
    phrase: str


def act_told(told: list[str]) -> Act | None:
    """fx53: the one act TOLD (the story's sentences) says a body did to a thing, or that was done to one ("our library
    on elm street was closed"), as a noun phrase a later part can be about; None when the story tells none, or two
    different ones (which one a later part means cannot be told). An act done by a person ("my son left the school")
    is none: only a sentence whose subject is a body (knowledge/vocab/story_antecedents.yaml bodies, or a name with
    one of them as its head) tells an act in the active voice."""
    from lemminflect import getInflection

    acts: dict[str, Act] = {}
    for sentence in told:
        if "?" in sentence or not tells(sentence):
            continue
        said = None
        toks = _tokens(sentence)
        first = next((m for m in mentions(sentence) if m.top), None)
        if first is not None and first.body and not any(t.lower() in _PRONOUNS or t.lower() in _AUX or _verb_only(t)
                                                        for t in toks[:first.start]):
            # the body is the sentence's subject ("Kent County Council closed ..."), never "I rang the council"
            every = _actions(sentence, "VB")
            if len(every) > 1:
                return None  # "closed the library and sold the car park": which one a part means cannot be told
            said = every[0] if every else None
        if not said:
            said = _done_to([sentence], "VB")
            if said and " " in said:
                # only what was done ("was closed", "have been removed"), never what will, must or may be done, nor
                # records or people something is done to ("the information will be used", "householders have been
                # sent")
                verb, obj = said.split(" ", 1)
                done = {f.lower() for f in getInflection(verb.lower(), tag="VBN") or ()}
                past = re.search(r"(?i)\b(?:was|were|(?:has|have|had)\s+(?:\w+ly\s+|now\s+|just\s+)?been)\s+(?:\w+ly\s+)?(\w+)",
                                 sentence)
                head = obj.split()[-1].lower()
                after = _tokens(sentence[past.end():])[:1] if past is not None else []
                if past is None or past.group(1).lower() not in done or head in _RECORDS or head in _words().people \
                        or after and after[0].lower() in _DETS - {"this", "that"} \
                        or re.search(r"(?i)\b(?:will|would|must|may|might|could|should|shall|can)\b[^.,;]*\bbeen\b", sentence):
                    said = None
        if not said or " " not in said:
            continue
        verb, obj = said.split(" ", 1)
        lemma = verb.lower()
        # "my mums care hours" -> "the care hours": the writer's own family is no part of what the body did it to
        own = re.match(r"(?i)the\s+([a-z]+?)(?:'s|s'|s)?\s+(?=[a-z])", obj)
        if own and own.group(1).lower() in _family():
            obj = "the " + obj[own.end():]
        noun, prep = _act_nouns().get(lemma, ("", ""))
        if noun:
            phrase = f"the {noun} {prep} {obj}"
        else:
            ing = (getInflection(lemma, tag="VBG") or (None,))[0]
            if not ing:
                continue
            phrase = f"{ing} {obj}"
        acts.setdefault(phrase.lower(), Act(lemma, noun, phrase))
    return next(iter(acts.values())) if len(acts) == 1 else None


def _lemma(noun: str) -> str:
    from lemminflect import getLemma

    return (getLemma(noun, "NOUN") or (noun,))[0]


def _same_noun(a: str, b: str) -> bool:
    """A and B are one noun, in either number ("van" and "vans")."""
    return a == b or _lemma(a) == _lemma(b)


def _in_number(phrase: str, head: str, asked: str) -> str:
    """PHRASE (the story's, ending its noun at HEAD) with HEAD in the form the question used (ASKED): "the facial
    recognition van" told, "the vans" asked -> "the facial recognition vans"."""
    if head.lower() == asked.lower():
        return phrase
    at = re.search(rf"(?i)\b{re.escape(head)}\b", phrase)
    if at is None:
        return phrase
    # asked in the other number, the question means the kind of thing the story saw, not that one: what followed the
    # head in the story ("parked in romford") belonged to the one seen and is left out
    return phrase[:at.start()] + asked


_COSTING = re.compile(r"(?i)\s+(?:cost|costs|save|saved|saves|take|took|takes|achieve|achieved|mean|meant|involve|involved)\b")


def _same_it(told: list[str], body_named: bool) -> tuple[str, bool] | None:
    """lead51: "..., how much did it cost, who designed it": the sentence just before the question ends with an ask of
    its own about "it", with no thing named after that "it": the question's "it" means the same. Returns what that
    earlier "it" was read as, and whether it was read as an action ("redoing the layout", from "how much did it
    cost" after "they redid the layout"); None when the nearest sentence has no such "it"."""
    said = told[-1]
    its = [m for m in re.finditer(r"(?i)\bit\b(?!')", said) if not _pointer_it_dummy(said, m.start())]
    if not its:
        return None
    last = its[-1]
    after = len(_tokens(said[:last.end()]))
    if any(m.top and not m.body and not m.people and m.start >= after for m in mentions(said)):
        return None  # a thing named after it: the nearest phrase is that thing
    cut = max(said.rfind(c, 0, last.start()) for c in ",;.?!") + 1
    clause = said[cut:].strip()
    start = said.find(clause, cut)
    if not clause or start < 0:
        return None
    at = last.start() - start
    before, rest = clause[:at], clause[at + 2:]
    context = told[:-1] + ([said[:cut]] if said[:cut].strip() else [])
    read, _ = resolve(clause, context, body_named=body_named)
    if read == clause or not read.startswith(before) or not read.endswith(rest):
        return None
    meant = read[len(before): len(read) - len(rest)].strip()
    if not meant or re.search(r"(?i)\bit\b", meant):
        return None
    return meant, bool(_COSTING.match(rest))


_WHOLE_THING = re.compile(r"(?i)\b(?:the\s+whole\s+(?:thing|lot|business|scheme|project|exercise)|all\s+of\s+(?:it|this|that))\b"
                          r"|\bit(?=\s+all\s+(?:cost|costs|come\s+to|came\s+to|add\s+up|added\s+up)\b)")


def resolve(question: str, told: list[str], *, body_named: bool = False) -> tuple[str, list[str]]:
    """QUESTION with what it points back to written out from TOLD: see `_resolve`. nx76 (nc73 #6): "what has it all
    cost", "what did the whole thing cost" point at the story's thing as "it" does; written out only when the story
    says what it is (else the question is left as typed)."""
    loose = _WHOLE_THING.sub("it", question)
    loose = re.sub(r"(?i)\bit\s+all\s+(?=cost|costs|come|came|add|added)", "it ", loose)
    story = [x for x in told if tells(x)]  # "it all", "the whole thing": what the story is about, never a thing an
    # earlier question named ("a dpia or equality assessment")
    if story and loose != question:
        out, left = _resolve(loose, story, body_named=body_named)
        if out != loose and "it" not in left:
            return out, left
    return _resolve(question, told, body_named=body_named)


# nx88 (nc85 #7): "why does it take so long" asks about a wait; "it" is what the story says takes long ("repairs take
# months", "the council repairs are taking ages"), never the nearest thing ("why the damp takes so long")
_LONG = r"(?:so|that|this|too)\s+long|ages|forever|for\s+ever|(?:so\s+many\s+|many\s+)?(?:days|weeks|months|years)"
_TAKES_LONG = re.compile(r"(?i)(?:^|[,;]|\b(?:and|but|so|because|as|while)\b)\s*((?:[a-z']+\s+){0,3}?[a-z']+)\s+"
                         r"(?:always\s+|still\s+|often\s+)?(?:take|takes|took|(?:are|is|were|was)\s+(?:still\s+)?taking|"
                         r"(?:have|has)\s+taken|can\s+take)\s+(?:" + _LONG + r"|a\s+long\s+time|\d+\s+[a-z]+)\b")
_IT_TAKES_LONG = re.compile(r"(?i)\b(?:(does|did|do|is|was|has)\s+it|it)\s+(take|takes|took|taking|taken)\s+"
                            r"(?=(?:" + _LONG + r"|a\s+long\s+time)\b(?![^.?!]*\bto\s+[a-z]+))")
_PLURAL_AUX = {"does": "do", "did": "did", "do": "do", "is": "are", "was": "were", "has": "have"}
_PLURAL_TAKE = {"takes": "take", "take": "take", "took": "took", "taking": "taking", "taken": "taken"}


def _what_takes_long(told: list[str]) -> tuple[str, bool] | None:
    """The subject of the story's nearest "X take(s) months / are taking ages" (the writer's "our"/"my" said "the"),
    with whether it is plural; None when the story says no such thing or its subject is a pronoun."""
    for sentence in reversed(told):
        for found in reversed(list(_TAKES_LONG.finditer(sentence))):
            words = found.group(1).split()
            while words and (words[0].lower() in _CONJ or words[0].lower() in ("i", "we", "that", "which", "who")):
                words = words[1:]
            if not words or words[-1].lower() in _PRONOUNS or words[-1].lower() in _AUX \
                    or "NOUN" not in _pos(words[-1].lower()):
                continue
            if any(w.lower() in _AUX or w.lower() in _PRONOUNS - {"my", "our"} for w in words):
                continue
            if words[0].lower() in _WRITER_OWN:
                words[0] = "the"
            if len(words) > 2 and words[0].lower() == "the" and words[1].lower() in _words().bodies:
                words = words[2:]  # "the council repairs": the letter goes to the council; its repairs are "repairs"
            return " ".join(words), _plural(words[-1])
    return None


def _it_takes_long(question: str, told: list[str]) -> str:
    """QUESTION with its "it" of "why does it take so long" written out as what the story says takes long; unchanged
    when the story names nothing so (the pointer is then left for the story-reference finding)."""
    found = _IT_TAKES_LONG.search(question)
    if not found:
        return question
    what = _what_takes_long(told)
    if what is None:
        return question
    subject, plural = what
    aux, verb = found.group(1), found.group(2)
    if plural:
        verb = _PLURAL_TAKE[verb.lower()]
        aux = _PLURAL_AUX.get(aux.lower(), aux) if aux else None
    elif verb.lower() == "take" and not aux:
        verb = "takes"
    said = f"{aux} {subject} {verb} " if aux else f"{subject} {verb} "
    return question[:found.start()] + said + question[found.end():]


def _resolve(question: str, told: list[str], *, body_named: bool = False) -> tuple[str, list[str]]:
    """QUESTION with what it points back to written out from TOLD (the sentences before it, story and earlier
    questions, oldest first): see the module's doc. BODY_NAMED: the message names the body asked (so "they" doing
    something is that body). Returns (the question, the pointers left unresolved)."""
    if not told:
        return question, []
    cands = _candidates(told)
    nearest = [[m for m in mentions(sentence) if m.top and not _self_described(sentence, m)] for sentence in told[-1:]]
    every = [m for sentence in reversed(told) for m in reversed(mentions(sentence))]  # with the phrases inside others
    own = mentions(question)
    w = _words()
    left: list[str] = []
    used: dict[str, str] = {}
    out = question
    # nx76 (nc73 #4): a counted plural the story names one by one ("2 salmon farms ..., loch buie and the one at
    # carsaig"): a pointer to it names them too, so the officer knows which
    listed = {(m.text, m.start, m.own): named for sentence in told for m in mentions(sentence)
              if (named := named_members(sentence, m))}

    def with_members(m: Mention, said: str) -> str:
        named = listed.get((m.text, m.start, m.own))
        return f"{said} ({named})" if named and named.lower() not in said.lower() else said

    def before_in_question(at: int, plural: bool | None, person_ok: bool) -> bool:
        """A phrase of the question itself before character AT that the pointer can mean."""
        toks_before = _tokens(question[:at])
        toks_q = _tokens(question)
        # nx76: "a dpia for it": a phrase is never what its own "for"/"of"/"about" points at
        attached = len(toks_before) - 1 if toks_before and toks_before[-1].lower() in _ATTACH else -1
        return any(m.end <= len(toks_before) and m.end != attached and not m.body and (plural is None or m.plural == plural)
                   and (person_ok or not m.people)
                   and not (m.start and toks_q[m.start].lower() not in _DETS
                            and toks_q[m.start - 1].lower() in _AUX | {"to", "they", "we", "i", "you", "he", "she"})
                   for m in own if m.top)

    def pick(plural: bool | None, *, people: bool | None = None, body: bool = False, avoid: str = "") -> Mention | None:
        """The one phrase of the kind in the sentence just before the question; None when it has two (which one is
        meant cannot be told) or none."""
        for sentence in nearest:
            fits = []
            for m in sentence:
                if m.body != body and not (body and m.people):
                    continue
                if plural is not None and m.plural != plural:
                    continue
                if people is not None and m.people != people:
                    continue
                if m.head.lower() in w.time or m.head.lower() in _PRONOUNS or re.match(r"[£$]?\d", m.head) \
                        or (m.head.lower() in _RECORDS and not _kind_named(m)):
                    continue  # a pronoun means a thing or people in the world, never the records asked for
                fits.append(m)
            if fits:
                fits = [m for m in fits if m.own.lower() != avoid.lower()]
                return fits[0] if len({m.own.lower() for m in fits}) == 1 else None
        return None

    # "the figures", "these tickets", "the contractor": the story's fuller phrase with the same head noun
    for m in reversed([x for x in own if x.top or listed and _counted_pointer(_tokens(question), x)]):
        toks = _tokens(question)
        first = toks[m.start].lower() if m.start < len(toks) else ""
        # nx76: "those 2 farms", "the two homes", "both farms": a pointer with the story's count
        counted = _counted_pointer(toks, m)
        if first == "both" and counted:
            first = "those"
        if first not in ("the", "these", "those", "this", "that") or (m.end - m.start != 2 and not counted) \
                or m.body and m.head.lower() not in w.roles:
            continue
        head = m.head.lower()
        fuller = next((c for c in every if _same_noun(c.head.lower(), head) and (len(c.own.split()) > 2 or c.head[:1].isupper())
                       and not c.body
                       # nx76: a phrase whose members the story lists ("three care homes ..., a, b and c") is one
                       # thing named, though its first noun is spelt as a verb
                       and (_plain_before_head(c) or (c.text, c.start, c.own) in listed)), None) \
            if m.head[:1].islower() else None
        replacement = None
        act = act_told(told) if fuller is None and m.head[:1].islower() and first in ("the", "this", "that") else None
        if act is not None and act.noun and _same_noun(act.noun, head):
            # fx53: "how much did the closure save" after "the council closed deal library": the act the story tells
            replacement = act.phrase
        elif fuller is not None:
            replacement = _in_number(fuller.own, fuller.head, m.head)
            replacement = with_members(fuller, replacement) if _same_noun(fuller.head.lower(), head) else replacement
            name = re.search(rf"(?:\b[A-Z][\w'-]*\s+)+{re.escape(fuller.head)}\b", fuller.text)
            if name and fuller.head[:1].isupper():
                replacement = name.group(0)  # "the park" after "... Brungerley Park ...": the name
        elif head in w.roles and not re.match(r"(?i)\s*(?:of|for|that|who|which|responsible|used|employed|contracted|hired|"
                                              r"paid|working|doing)\b", question[question.lower().find(m.text.lower()) + len(m.text):]):
            done = _done_to(told)
            if done:
                replacement = f"the {m.head} responsible for {done}"
        if replacement:
            pattern = re.compile(rf"(?i)\b{re.escape(m.text)}\b")
            out = pattern.sub(replacement.replace("\\", ""), out, count=1)
        elif first in _POINTING and not any(c.head.lower() == head for c in cands) and m.head[:1].islower() \
                and head not in w.time and head not in _PARTICLES:
            left.append(m.text)

    def take(word: str, key: str, m: Mention | None) -> str:
        """The phrase M for the pointer WORD, or WORD kept (and said to be left) when nothing fits."""
        if m is None:
            left.append(word)
            return word
        used[key] = m.own
        return without_repeated_place(with_members(m, m.own), after_pointer[0])

    # pronouns
    after_pointer = [""]

    def sub_pronoun(match: re.Match[str]) -> str:
        word = match.group(0)
        after_pointer[0] = out_text[0][match.end():]
        low = word.lower()
        at = match.start()
        if re.search(r"(?i)\b(?:these|those)\b(?!\s+[a-z]+\s)", out_text[0][:at]) or \
                re.search(r"(?i)\b(?:these|those)\s+(?:up|down|out|off|away|back)\b", out_text[0][:at]):
            return word  # "marking these up and doing nothing about them": one pointer, said twice
        if len(re.findall(r"[A-Za-z']+", question)) > 30:
            return word  # a long sentence carries its own antecedents
        if low == "it":
            if _pointer_it_dummy(out_text[0], at) or before_in_question(at, False, False) \
                    or not _it_refers(out_text[0], at):
                return word
            after = out_text[0][match.end():]
            if re.match(r"(?i)\s+(?:cost|costs|save|saved|saves|take|took|takes|achieve|achieved|mean|meant|involve|involved)\b",
                        after) or (re.search(r"(?i)\b(?:did|does|will|would|has|had)\s*$", out_text[0][:at])
                                   and re.match(r"(?i)\s+(?:cost|save|take|achieve|mean|involve)\b", after)):
                act = _action(told)
                if act:
                    return act
            same = _same_it(told, body_named)
            if same is not None:
                meant, act = same
                words = meant.split()
                if act and len(words) > 1 and words[0].lower().endswith("ing"):
                    meant = " ".join(words[1:])  # "who designed it" after "how much did it cost": the layout redone
                used["it"] = meant
                return meant
            m = pick(False, people=False)
            if m is not None and rule_object_mismatch(out_text[0][:at], m.head):
                # nx99: "the council took my car. which company do they use to enforce it": what is enforced is a
                # rule (a parking restriction, a zone, a ban), never the story's car; left to be asked back
                return take(word, "it", None)
            if m is not None and re.match(r"(?i)\s+(?:cost|costs|come\s+to|came\s+to)\b", after):
                # nx76 (nc73 #6): what a thing cost is the thing's, never where the writer saw it: "the facial
                # recognition van" of "a facial recognition van parked by the high street"
                m = dataclasses.replace(m, own=_up_to_head(m.own, m.head))
            return take(word, "it", m)
        if low == "that":
            prev = re.findall(r"[A-Za-z]+", out_text[0][:at])
            if not prev or "VERB" not in _pos(prev[-1].lower()) or prev[-1].lower() in _AUX:
                return word
            return take(word, "that", pick(False, people=False))
        if low == "them":
            if before_in_question(at, True, True):
                return word
            from askfoi.part_references import _PAID, _PAYER

            if _PAID.search(out_text[0][:at]):
                # nx82 (nc76 #16): "how much does the council pay them": a firm or people the story names (the
                # contractor), never a thing nor the public body that pays; left when not one
                payees = {m.own.lower(): m for sentence in nearest[:1] for m in sentence
                          if (m.body or m.people) and not _PAYER.match(m.head) and m.head.lower() not in _PRONOUNS}
                return take(word, "them", next(iter(payees.values())) if len(payees) == 1 else None)
            return take(word, "them", pick(True, avoid=used.get("they", "")))
        if low == "they" and _role_at(out_text[0], at) == "agent":
            return word  # fr14a: "how much money did they take from them": what an organisation does, the body
        if low == "they":
            rest = out_text[0][match.end():]
            passive = re.match(r"(?i)\s+(?:(?:have|had|will|would|could|should|can)\s+)?(?:not\s+)?(?:be|been|being|are|were|get|got)"
                               r"\s+(?:not\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en|t)\b", rest)
            if before_in_question(at, True, True):
                return word
            verb = re.match(r"(?i)\s+(?:not\s+)?([a-z]+)", rest)
            thing = bool(verb) and verb.group(1).lower() in w.events  # "how much did they cost": things, not the body
            if not passive and not thing and (body_named or any(m.body for sentence in nearest for m in sentence)):
                return word  # "are they fining them", "why did they close it": the body, named in the letter
            feeling = re.match(r"(?i)\s+(?:not\s+)?(?:really\s+|very\s+|so\s+)?([a-z]+)", rest)
            feeling = bool(feeling) and feeling.group(1).lower() in _FEELING
            inverted = re.search(r"(?i)\b(?:are|were|is|was)\s*$", out_text[0][:at]) and re.match(
                r"(?i)\s+(?:not\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en)\b", rest)
            # "they" doing something is people (or the body, above); a thing only has things done to it or costs
            m = pick(True, people=False) if (thing or (passive or inverted) and not feeling) else pick(True, people=True)
            if m is None:
                left.append(word)
                return word
            used["they"] = m.own
            return m.own
        return word

    def decided(match: re.Match[str]) -> str:
        """lead37: "who approved it" after "the council closed the library": who made the decision to close the library
        (a decision verb's object is an act, never the thing: not "who approved the library")."""
        if not set(_pos(match.group(1).lower()).get("VERB", ())) & w.decisions:
            return match.group(0)
        act = _action(told, "VB")
        return f"made the decision to {act}" if act else match.group(0)

    out = _it_takes_long(out, told)
    out = re.sub(r"(?i)\b([a-z]+)(?:\s+(?:off|through))?\s+(?:it|this|that)(?:\s+(?:off|through))?\b(?!')"
                 r"(?=\s*(?:[?.!,;]|and\b|$))", decided, out)
    out_text = [out]
    # "it", "they", "them"; "that" only as the object that ends the question ("how much will it cost to repair that")
    pattern = re.compile(r"(?i)\b(?:it|them|they)\b(?!')|\bthat\b(?=\W*$)")
    result = []
    last = 0
    # nx88: a wait the story does not name ("why does it take so long") is left as typed, never the nearest thing
    waits = [found.span() for found in _IT_TAKES_LONG.finditer(out)]
    for match in pattern.finditer(out):
        result.append(out[last:match.start()])
        if any(a <= match.start() < b for a, b in waits):
            result.append(match.group(0))
            left.append(match.group(0).lower())
        else:
            result.append(sub_pronoun(match))
        last = match.end()
    result.append(out[last:])
    out = "".join(result)
    if used.get("they") and used.get("they") == used.get("them"):
        return question, left  # one thing never does it to itself
    return out, left
