"""The grammatical shape of a question written in a person's own words, read as a kind of record and its subject.

"how often do they clean the drains on elm park", "how was the closure justified", "has the library been closed",
"how many complaints have there been about the bins", "what is the infection control policy", "how much has parking
enforcement raised": each is a shape of question no record-kind cue reads, because the thing asked about sits in the
middle of the question's grammar instead of after a cue. This module reads the shape of one question clause (the
words that only ask to be told already taken off, who is asked written as the marker AUTH) and says what it asks:

- `how_often`: the schedule of the work (kind "schedule"): what is done, to what, said as "how often X are cleaned";
- `justified`: the thing whose justification is asked (kind "reasons", the reasons recorded);
- `decided`: the decision a perfect passive asks about ("has the library been closed" -> "to close the library");
- `reword`: a shape said again in the words the record-kind cues read ("how many X have there been" -> "how many
  X", "what is the X policy" -> "the policy on X", "how much has X raised" -> "the income from X", "what did the
  X investigation find" -> "the findings of the X investigation").

Each gives None (or the clause as it was) when the clause's grammar is not its shape, so the question goes on as
before. The word lists are data (knowledge/vocab/ask_shapes.yaml); the grammar is here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab

AUTH = "\u00a7AUTH\u00a7"
AUTHS = "\u00a7AUTHS\u00a7"
_TOKEN = re.compile(r"\u00a7\w+\u00a7|[A-Za-z0-9&][\w&'\u2019/-]*|[,.;:?!()\"]")
_DETERMINERS = frozenset("the a an any all some this that these those my our your their its".split())
_PREPS = frozenset("in on at near around across along outside by within for of to from into under over".split())
_PRONOUNS = frozenset("it they them this that these those there he she we you i".split())


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    data, _ = load_vocab("ask_shapes")
    return data if isinstance(data, dict) else {}


def _words(section: str, key: str) -> list[str]:
    return [str(w).lower() for w in ((_data().get(section) or {}).get(key) or [])]


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


def _lemma(word: str) -> str | None:
    from lemminflect import getLemma

    lemmas = getLemma(word.lower(), upos="VERB")
    return lemmas[0] if lemmas else None


def _inflect(lemma: str, tag: str) -> str | None:
    from lemminflect import getInflection

    forms = getInflection(lemma, tag)
    return forms[0] if forms else None


def _participle(word: str) -> str | None:
    """WORD as a past participle ("clean" -> "cleaned", "empties" -> "emptied"), when it is a verb."""
    lemma = _lemma(word)
    return _inflect(lemma, "VBN") if lemma else None


def _is_participle(word: str) -> bool:
    w = word.lower()
    if not re.fullmatch(r"[a-z]+", w):
        return False
    lemma = _lemma(w)
    return bool(lemma) and lemma != w and _inflect(lemma, "VBN") == w


def _base_verb(word: str) -> bool:
    """WORD is a verb's base form ("clean", "run", "meet"), as after "do" / "does"."""
    w = word.lower()
    if not re.fullmatch(r"[a-z]+", w) or w in _DETERMINERS or w in _PREPS:
        return False
    from lemminflect import getAllLemmas

    verb = getAllLemmas(w, upos="VERB").get("VERB") or ()
    return w in verb


def _gerund(verb: str) -> str | None:
    """VERB (a base form) as its -ing form ("collect" -> "collecting"), None when it is no verb's base form."""
    return _inflect(verb.lower(), "VBG") if _base_verb(verb) else None


def _plural(np: str) -> bool:
    from askfoi.framing import is_plural

    return is_plural(np)


def _strip_time_words(words: str) -> str:
    pat = _alt(_words("how_often", "time_words"))
    return re.sub(rf"(?i)\s*\b{pat}\b", "", words).strip()


def asks_how_often(text: str) -> bool:
    """TEXT is a "how often" question (of any order or tense)."""
    return bool(re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*how\s+{_alt(_words('how_often', 'adverbs'))}\b", text))


def pointer(words: str) -> bool:
    """WORDS only point at something said before ("them", "it", "these")."""
    return words.strip().lower() in _PRONOUNS


@dataclass
class OftenShape:
    """"how often are the drains on elm park cleaned": THING ("the drains on elm park"), DONE ("cleaned": a
    participle, the work done to it) or ACTS ("meets": what the thing does itself), and TAIL ("for defects")."""

    thing: str
    done: str = ""
    acts: str = ""
    tail: str = ""


def how_often(text: str) -> OftenShape | None:
    """The "how often" question in TEXT (one clause, AUTH masked), read as what is done how often; None when the
    clause is not that shape or its grammar cannot be read."""
    adverbs, present = _alt(_words("how_often", "adverbs")), _alt(_words("how_often", "present_aux"))
    m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*how\s+{adverbs}\s+(?P<aux>{present})\s+(?P<rest>.+?)[\s?.!]*$", text, re.S)
    if not m:
        return _embedded_often(text)
    aux = m.group("aux").lower()
    rest = _strip_time_words(m.group("rest"))
    toks = _TOKEN.findall(rest)
    if not toks or any(t in ",;:()\"" for t in toks):
        return None
    low = [t.lower() for t in toks]
    if aux in ("is", "are"):
        # "how often are the park bins emptied (in leamington)": the thing, then the work done to it
        at = next((k for k in range(1, len(toks)) if _is_participle(toks[k]) and low[k - 1] not in _DETERMINERS), None)
        if at is None:
            return None
        if low[0] in _PRONOUNS:
            return None
        return OftenShape(thing=" ".join(toks[:at]), done=low[at], tail=" ".join(toks[at + 1:]))
    doers = set(_words("how_often", "body_words")) | {AUTH.lower()}
    if low[0] in doers:
        # "how often do they clean the drains": the body's own work, said of what it is done to
        if len(toks) < 3:
            return None
        verb = low[1]
        if low[1] in [w for w in _words("how_often", "get_passive")] and len(toks) > 2:
            return None
        done = _participle(verb) if _base_verb(verb) else None
        obj = toks[2:]
        particle = ""
        if obj and obj[0].lower() in ("out", "up", "down", "off", "back") and len(obj) > 1:
            particle, obj = obj[0].lower(), obj[1:]  # "clear out the gullies"
        if not done or not obj or obj[0].lower() in _PREPS:
            return None
        return OftenShape(thing=" ".join(obj), done=f"{done} {particle}".strip())
    # "how often does the committee meet", "how often do the bins get emptied": the thing's own act, or "get" passive
    at = next((k for k in range(1, len(toks)) if _base_verb(toks[k]) and low[k - 1] not in _DETERMINERS), None)
    if at is None:
        return None
    thing = " ".join(toks[:at])
    if low[0] in _PRONOUNS:
        return None  # "how often does it flood": no thing named, kept as typed
    if low[at] in _words("how_often", "get_passive") and at + 1 < len(toks) and _is_participle(toks[at + 1]):
        return OftenShape(thing=thing, done=low[at + 1], tail=" ".join(toks[at + 2:]))
    lemma = low[at]
    acts = lemma if _plural(thing) else (_inflect(lemma, "VBZ") or lemma)
    return OftenShape(thing=thing, acts=" ".join([acts, *toks[at + 1:]]))


def _embedded_often(text: str) -> OftenShape | None:
    """"(please tell me) how often they clean the gullies", "how often the drains are cleaned": the question in the
    word order it takes after "tell me", read as its direct form."""
    adverbs = _alt(_words("how_often", "adverbs"))
    m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*how\s+{adverbs}\s+(?P<rest>.+?)[\s?.!]*$", text, re.S)
    if not m:
        return None
    toks = _TOKEN.findall(_strip_time_words(m.group("rest")))
    low = [t.lower() for t in toks]
    if len(toks) < 3 or any(t in ",;:()\"" for t in toks):
        return None
    doers = set(_words("how_often", "body_words")) | {AUTH.lower()}
    if low[0] in doers:
        lemma = _lemma(low[1])
        if not lemma or low[1] not in (lemma, _inflect(lemma, "VBZ")):
            return None
        return how_often(f"how often do {AUTH} {lemma} {' '.join(toks[2:])}")
    at = next((k for k in range(1, len(toks) - 1) if low[k] in ("is", "are") and _is_participle(toks[k + 1])), None)
    if at is None:
        return None
    return how_often(f"how often {low[at]} {' '.join(toks[:at])} {' '.join(toks[at + 1:])}")


_JUSTIFIED = re.compile(
    r"(?i)^\W*(?:and\s+|also\s+|so\s+|but\s+)*(?:"
    r"how\s+(?:is|was|are|were)\s+(?P<x1>.+?)\s+(?:(?:being|been)\s+)?(?:justified|justifiable)"
    r"|how\s+(?:can|could|will|would|do|does|did)\s+(?P<x2>.+?)\s+be\s+justified"
    r"|how\s+(?:can|could|will|would|do|does|did|has|have)\s+(?:\u00a7AUTH\u00a7|you|they|the\s+\w+)\s+(?:justif(?:y|ied))\s+(?P<x3>.+?)"
    r"|what\s+(?:is|was|are|were|'s)\s+(?:the|your|their|its|\u00a7AUTHS\u00a7)\s+(?:justification|rationale)\s+(?:for|behind|of)\s+(?P<x4>.+?)"
    r"|what\s+(?:justification|rationale)\s+(?:is|was|has\s+been\s+given|was\s+given)\s+(?:there\s+)?(?:for|behind)\s+(?P<x5>.+?)"
    r")[\s?.!]*$", re.S)


def justified(text: str) -> str | None:
    """What TEXT (one clause, AUTH masked) asks the justification of ("how was the closure justified" -> "the
    closure"); None when it is not that shape, or when that thing is only a pointer at the story ("how is this
    justified"), which is read with the story elsewhere."""
    m = _JUSTIFIED.match(text)
    if not m:
        return None
    x = next(g for g in m.groups() if g is not None).strip(" ,")
    x = re.sub(r"(?i)^(?:\u00a7AUTHS\u00a7|your|their|its)\s+", "the ", x)
    low = x.lower()
    if low in _words("justification", "pointers") or "\u00a7" in x or len(x.split()) > 12:
        return None
    if not re.search(r"[a-z]{3}", low) or low.split()[0] in ("why", "how", "what", "who", "whether", "it", "they"):
        return None
    return x


_POINTED = re.compile(
    r"(?i)^\W*(?:and\s+|also\s+|so\s+|but\s+)*(?:"
    r"how\s+(?:is|was|are|were)\s+(?:this|that|it)\s+(?:(?:being|been)\s+)?(?:justified|justifiable)"
    r"|how\s+(?:can|could|will|would|do|does|did)\s+(?:this|that|it)\s+be\s+justified"
    r"|how\s+(?:can|could|will|would|do|does|did|has|have)\s+(?:\u00a7AUTH\u00a7|you|they)\s+justify\s+(?:this|that|it|doing\s+(?:this|that|it))"
    r"|what\s+(?:is|was|'s)\s+(?:the|your|their|its|\u00a7AUTHS\u00a7)\s+(?:justification|rationale)\s+(?:for|behind|of)\s+(?:this|that|it)"
    r")[\s?.!]*$")
_TOLD_ACT = re.compile(
    r"(?i)^\W*(?:(?:so|and|but|now|well|apparently|basically)\W+)*(?:\u00a7AUTH\u00a7|they)\s+(?:have\s+|has\s+|had\s+|'ve\s+)?"
    r"(?:just\s+|recently\s+|now\s+|finally\s+|suddenly\s+|quietly\s+|already\s+|gone\s+and\s+)?(?P<verb>[a-z]+)\s+(?P<x>[^.?!;]+)")
_TIME_TAIL = re.compile(r"(?i)\s*,?\s*\b(?:(?:last|this|next)\s+(?:week|month|year|summer|winter|spring|autumn|term)|"
                        r"(?:a\s+few|two|three|several)\s+(?:days|weeks|months|years)\s+ago|recently|yesterday|today|"
                        r"\u00a7PERIOD\u00a7|in\s+(?:january|february|march|april|may|june|july|august|september|october|"
                        r"november|december)(?:\s+\d{4})?)\s*$")


def pointed_justification(text: str) -> bool:
    """TEXT (AUTH masked) asks the justification of what it points at in the story: "how is this justified", "how
    can they justify this", "what is the justification for that"."""
    return bool(_POINTED.match(text))


def told_act(sentence: str) -> str | None:
    """The act a story SENTENCE (AUTH masked) tells the body did, as a decision: "§AUTH§ closed the library in elm
    park last month" -> "to close the library in elm park"; "they have put the parking charges up to £5" -> "to put
    the parking charges up to £5". None when the sentence tells no act of the body's."""
    m = _TOLD_ACT.match(sentence)
    if not m:
        return None
    verb = m.group("verb").lower()
    lemma = _lemma(verb)
    same = verb in ("cut", "shut", "put", "set", "let", "hit", "spread")  # past forms that are their own base
    if not lemma or (lemma == verb and not same) or lemma in _words("justification", "not_acts") or not (
            _is_participle(verb) or same):
        return None  # a past act only: "they close at 5" tells a habit, "they said" a claim
    x = _TIME_TAIL.sub("", m.group("x").strip(" ,")).strip(" ,")
    if not x or "\u00a7" in x or len(x.split()) > 14 or x.split()[0].lower() in _PRONOUNS | {"to", "that"}:
        return None
    return f"to {lemma} {x}"


def _decision_verbs() -> frozenset[str]:
    data, _ = load_vocab("detail_words")
    verbs = [str(v).lower() for v in ((data or {}).get("decision_verbs") or [])] if isinstance(data, dict) else []
    return frozenset(verbs + _words("decided", "extra_verbs"))


def decided(text: str) -> str | None:
    """The decision a perfect passive in TEXT asks about: "has the library in faversham been closed" -> "to close the
    library in faversham"; "have the opening hours been cut" -> "to cut the opening hours"; "has §AUTH§ sold the
    land" -> "to sell the land". None when the verb is no body's decision ("has the bin been emptied") or the
    clause is not that shape."""
    m = re.match(r"(?i)^\W*(?:and\s+|also\s+|so\s+|but\s+)*(?:has|have)\s+(?P<x>.+?)\s+(?:already\s+|now\s+|actually\s+)?been\s+"
                 r"(?P<verb>[a-z]+)(?:\s+(?P<particle>off|down|back|over|up|out))?(?P<tail>(?:\s+[^?.!]*)?)[\s?.!]*$", text)
    hit = m
    if not hit:
        return None  # (the active, "has the trust bought any scanners", is a yes/no about a practice: yes_no_asks.py)
    verb, particle = hit.group("verb").lower(), (hit.group("particle") or "").lower()
    if not _is_participle(verb) and not (verb in ("cut", "shut", "set", "put") and m):
        return None
    lemma = _lemma(verb) or verb
    verbs = _decision_verbs()
    if lemma not in verbs and f"{lemma} {particle}".strip() not in verbs:
        return None
    x = hit.group("x").strip(" ,")
    tail = (m.group("tail") if m else "").strip(" ,")
    if re.match(r"(?i)(?:or|and|nor)\b", tail):
        return None  # "has it been bought or leased": two verbs, read elsewhere
    if "\u00a7" in x or len(x.split()) > 10 or x.lower() in ("it", "this", "that", "they", "these", "those", "anything", "anyone"):
        return None
    if re.match(r"(?i)(?:any|anyone|anybody|anything|there|much|many)\b", x):
        return None  # "has anyone been fined", "have there been ...": a count, not a decision
    words = " ".join(w for w in (lemma, particle, x, tail) if w)
    return f"to {words}"


def there_been(text: str) -> str:
    """"how many fires have there been at the tip" -> "how many fires at the tip" (TEXT as it was otherwise)."""
    pat = str(_data().get("there_been") or "")
    if not pat:
        return text
    m = re.match(r"(?i)^(\W*(?:and\s+|also\s+|so\s+)*how\s+many\s+)(.+?)" + pat + r"(.*)$", text, re.S)
    if not m or not re.search(r"[a-z]{3}", m.group(2), re.I):
        return text
    return f"{m.group(1)}{m.group(2)} {m.group(3).strip()}".rstrip()


def _policy(text: str) -> str:
    heads = _alt(_words("policy", "heads"))
    m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:what\s+(?:is|are|was|were|'s)|whats)\s+(?:the\s+|\u00a7AUTHS\u00a7\s+|your\s+|their\s+|its\s+|there\s+)?"
                 rf"(?P<topic>(?:[\w'-]+\s+){{1,4}}?)(?P<head>{heads})\b(?P<tail>[^?]*)[\s?.!]*$", text)
    if not m:
        return text
    topic = m.group("topic").strip()
    words = topic.lower().split()
    # lead51 (nc67 #9): a word that says whose policy it is ("the school policy", "the council policy") only does so
    # just before the head; before another noun it says which topic ("the school transport policy")
    owners = {w.lower() for w in _words("policy", "owner_words")}
    if any((w in _words("policy", "not_topics") and not (w in owners and k < len(words) - 1)) or "\u00a7" in w
           for k, w in enumerate(words)) or words[0] in _DETERMINERS:
        return text
    if re.match(r"(?i)\s*(?:on|about|regarding|covering)\b", m.group("tail")):
        return text  # "what is the new parking policy on ...": the noun is no topic of its own
    return f"the {m.group('head').lower()} on {topic}{m.group('tail').rstrip()}"


def _income(text: str) -> str:
    verbs, aux = _alt(_words("income", "verbs")), _alt(_words("income", "aux"))
    m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*how\s+much\s+(?:money\s+|income\s+|revenue\s+)?{aux}\s+(?P<x>.+?)\s+(?:actually\s+)?"
                 rf"{verbs}(?P<tail>(?:\s+(?!from\b|through\b|by\b)[^?]*)?)[\s?.!]*$", text, re.S)
    if not m:
        return text
    x = m.group("x").strip()
    if x.lower() in (AUTH.lower(), "they", "you", "we") or x.lower().startswith(AUTH.lower()) and len(x.split()) == 1:
        return text  # "how much has the council raised from ...": read by the income cue as it is
    x = re.sub(r"(?i)^\u00a7AUTHS?\u00a7\s+", "", x)
    if "\u00a7" in x:
        return text
    return f"the income from {x}{m.group('tail').rstrip()}"


def _findings(text: str) -> str:
    inquiries, verbs = _alt(_words("findings", "inquiries")), _alt(_words("findings", "verbs"))
    m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:please\s+)?(?:tell\s+me\s+)?what\s+(?:(?:did|has|have|does|do)\s+)?(?P<x>(?:the\s+|\u00a7AUTHS?\u00a7\s+|your\s+|their\s+|its\s+|any\s+)?"
                 rf"(?:[\w'-]+\s+){{0,4}}?{inquiries}\b(?:\s+(?:into|of|on|at|about)\s+[^?]+?)?)\s+{verbs}(?P<tail>[^?]*)[\s?.!]*$", text, re.S)
    if not m:
        return text
    tail = m.group("tail").strip()
    about = re.fullmatch(r"(?i)(?:about|on|regarding|concerning|in\s+relation\s+to)\s+(?P<y>(?!(?:it|them|this|that)\b)[^?]+)", tail)
    if tail and about is None:
        return text
    x = re.sub(r"(?i)^(?:\u00a7AUTHS?\u00a7|your|their|its)\s+", "the ", m.group("x").strip())
    # lead57: "what did the review of the bus lanes say about cyclists", "what the consultation said about the closure":
    # what an inquiry said about a thing is in its findings, narrowed to the thing
    return f"the findings of {x} about {about.group('y').strip()}" if about else f"the findings of {x}"


def _said_by(text: str) -> str:
    """fx57 (nc55 #1b): "what the sepa said about it", "what did historic england say about the plans": what another
    body said to the one asked, said as the correspondence cue reads it ("correspondence with the sepa about it"). The
    speaker is a short noun phrase that names a body (never a pronoun nor people at large); what the body asked itself
    said is in its correspondence about the thing."""
    verbs, preps = _alt(_words("said_by", "verbs")), _alt(_words("said_by", "preps"))
    told = _told_to(text, verbs, preps)
    if told is not None:
        return told
    m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:please\s+)?(?:tell\s+me\s+)?what\s+(?:did\s+|has\s+|have\s+|does\s+|do\s+)?"
                 rf"(?P<x>(?:the\s+)?[\w'&\u00a7-]+(?:\s+[\w'&-]+){{0,3}}?)\s+(?:actually\s+|officially\s+)?{verbs}"
                 rf"(?:\s+(?:them|you|§AUTH§))?\s+(?P<prep>{preps})\s+(?P<y>[^?]+?)[\s?.!]*$", text, re.S)
    if not m:
        return text
    x = m.group("x").strip()
    words = x.lower().split()
    not_speakers = set(_words("said_by", "not_speakers"))
    if re.fullmatch(r"(?:the\s+)?\u00a7AUTHS?\u00a7", x):
        return f"correspondence about {m.group('y').strip()}"  # what the body asked said: its own correspondence
    if words[-1] in not_speakers or words[0] in not_speakers or "\u00a7" in x or words[-1] in _AUXILIARIES or \
            re.search(rf"(?i)\b{_alt(_words('findings', 'inquiries'))}$", x):
        return text  # an auxiliary ends no speaker: "what ministers were told" is the passive (_told_to)
    return f"correspondence with {x} about {m.group('y').strip()}"


_AUXILIARIES = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would"}


def _told_to(text: str, verbs: str, preps: str) -> str | None:
    """lead56: the passive, "what ministers were told about the delays", "what was said about the closure", "what have
    councillors been told about the budget gap": what someone was told is in the correspondence sent to them
    ("correspondence with ministers about the delays"); with no one named, or the body asked, its own correspondence
    about the thing. A pronoun ("what were they told") names no one and is left as it was. None: not the passive."""
    lead = r"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:please\s+)?(?:tell\s+me\s+)?what\s+"
    who = r"(?P<x>(?:the\s+)?[\w'&\u00a7-]+(?:\s+[\w'&-]+){0,3}?)"
    tail = rf"\s+(?:actually\s+|officially\s+)?{verbs}(?:\s+to\s+(?P<to>[^?]+?))?\s+(?P<prep>{preps})\s+(?P<y>[^?]+?)[\s?.!]*$"
    shapes = (rf"(?:{who}\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)",  # "what ministers were told"
              rf"(?:has|have|had)\s+{who}\s+been", rf"(?:was|were|is|are)\s+{who}")  # "what have/were residents (been) told"
    m = next((m for shape in shapes if (m := re.match(rf"{lead}{shape}{tail}", text, re.S))), None)
    if m is None:
        return None
    x = (m.group("x") or m.group("to") or "").strip()
    words = x.lower().split()
    if words and (words[0] in _PRONOUNS or words[-1] in _PRONOUNS or words[-1] in _AUXILIARIES):
        return text
    if not words or re.fullmatch(r"(?:the\s+)?\u00a7AUTHS?\u00a7", x):
        return f"correspondence about {m.group('y').strip()}"
    return f"correspondence with {x} about {m.group('y').strip()}"


def _expected(text: str) -> str:
    """fx57 (nc55 #1b): "what the emissions will be", "what the running costs are going to be": a thing not yet
    measured, read as the reports that forecast it ("reports on the expected emissions"); the thing must be named."""
    verbs = _alt(_words("expected", "verbs"))
    m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*what\s+(?:the|its|their)\s+(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,3}}?)"
                 rf"\s+{verbs}(?P<tail>(?:\s+(?:at|in|from|for|of|on)\s+[^?]+?)?)[\s?.!]*$", text, re.S)
    if not m or set(m.group("x").lower().split()) & _PRONOUNS:
        return text
    return f"reports on the expected {m.group('x')}{m.group('tail')}"


def _bought_from(text: str) -> str:
    """fx57 (nc55 #4): "who they buy the drones off", "who does the council get its salt from": whoever sells the thing
    to the body is its supplier, said as the contracts cue reads it ("who supplies the drones"); never the informal
    "buys it off" in a letter."""
    m = re.match(r"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:please\s+tell\s+me\s+)?(?:who|which\s+(?:company|companies|firms?|suppliers?))\s+"
                 r"(?:do\s+|does\s+|did\s+)?(?P<b>[\w'\u00a7-]+(?:\s+[\w'&\u00a7-]+){0,5}?)\s+(?:actually\s+)?"
                 r"(?:buy|buys|bought|get|gets|got|purchase|purchases|purchased|source|sources|sourced)\s+"
                 r"(?P<y>[^?]+?)\s+(?:off|from)(?:\s+of)?[\s?.!]*$", text, re.S)
    if not m or set(m.group("y").lower().split()) & _PRONOUNS - {"their", "its"}:
        return text
    return "who supplies " + re.sub(r"(?i)^(?:its|their)\s+", "the ", m.group("y").strip())


def _who_is_supplier(text: str) -> str:
    """lead56: "who is the catering company", "who are the cleaning contractors", "who is the company that does the
    bins": the firm that does the work for the body is its supplier, said as the contracts cue reads it ("who supplies
    the catering services", "who supplies the bins"). What the firm does must be named (never "who is the company")."""
    firms = r"(?:company|companies|contractors?|suppliers?|providers?|firms?|operators?)"
    lead = r"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:please\s+tell\s+me\s+)?who\s+(?:is|are|was|were)\s+(?:the|your)\s+"
    m = re.match(rf"{lead}{firms}\s+(?:that|which|who)\s+(?:does|do|did|runs?|ran|provides?|provided|supplies|supplied|"
                 rf"operates?|operated|manages?|managed|maintains?|maintained|cleans?|cleaned)\s+(?P<y>[^?]+?)[\s?.!]*$", text, re.S)
    if m is not None:
        y = m.group("y").strip()
        return text if set(y.lower().split()) & _PRONOUNS else f"who supplies {y}"
    m = re.match(rf"{lead}(?P<x>[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*)?)\s+{firms}(?:\s+(?:for|at|in)\s+(?P<y>[^?]+?))?[\s?.!]*$", text, re.S)
    if m is None or set(m.group("x").lower().split()) & _PRONOUNS or m.group("x").lower() in ("same", "other", "new", "main"):
        return text
    x = m.group("x").strip()
    services = x if re.search(r"(?i)services?$", x) else f"{x} services"
    return f"who supplies the {services}" + (f" at {m.group('y').strip()}" if m.group("y") else "")


def _firm_used(text: str) -> str:
    """lead59: "which company does the council use to collect council tax arrears", "what firm do they use for the school
    meals", "who does the council use to clear snow": the firm the body uses for a job is its supplier, said as the
    contracts cue reads it ("who supplies collecting council tax arrears" -> "any contract in force for collecting ..."),
    never the use of the job ("the number of times clear snow was used") nor a bare verb after "for"."""
    firms = r"(?:compan(?:y|ies)|firms?|contractors?|suppliers?|providers?|agenc(?:y|ies)|operators?|bailiffs?)"
    m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:please\s+tell\s+me\s+)?(?:(?:which|what)\s+{firms}|who)\s+"
                 r"(?:do|does|did)\s+(?P<b>[\w'\u00a7-]+(?:\s+[\w'&\u00a7-]+){0,4}?)\s+(?:currently\s+|now\s+|normally\s+)?use\s+"
                 r"(?:(?P<to>to)\s+(?P<v>[a-z]+)\b|for\b)\s*(?P<y>[^?]*?)[\s?.!]*$", text, re.S)
    if not m or set(m.group("y").lower().split()) & (_PRONOUNS - {"their", "its"}):
        return text
    y = re.sub(r"(?i)^(?:its|their)\s+", "the ", m.group("y").strip())
    if m.group("to"):
        verb = _gerund(m.group("v"))
        if not verb:
            return text
        return f"who supplies {verb} {y}".rstrip()
    return f"who supplies {y}" if y else text


_PURPOSE_BODY = r"(?:\u00a7AUTH\u00a7|they|you|we|the\s+(?:council|police|force|trust|service|department|authority|government))"
_PURPOSE_LEAD = r"(?i)^\W*(?:and\s+|also\s+|so\s+|but\s+)*(?:please\s+tell\s+me\s+|can\s+you\s+tell\s+me\s+)?"


def purposes_asked(text: str) -> str | None:
    """nx99: "what are the drones used for", "what do they use them for", "what does the council use the vans for",
    "for what purposes are body cameras used": the purposes the body uses a thing for, which a policy, an impact
    assessment or the records of its use state - never the number of times it was used. The thing as typed (it may be
    a pronoun, for the caller to write out); None when TEXT has none of these shapes or asks about covert use."""
    x = None
    m = re.match(_PURPOSE_LEAD + r"(?:what|which)\s+(?:purposes?\s+)?(?P<be>are|is|were|was)\s+(?P<x>[a-z\u00a7][^?]*?)\s+"
                 r"(?:being\s+|actually\s+|mainly\s+|currently\s+|normally\s+)?used\s+for(?:\s+by\s+" + _PURPOSE_BODY + r")?"
                 r"[\s?.!]*$", text, re.S)
    if m:
        x = m.group("x")
    m = m or re.match(_PURPOSE_LEAD + r"(?:what|which\s+purposes?)\s+(?:do|does|did)\s+" + _PURPOSE_BODY + r"\s+"
                      r"(?:actually\s+|mainly\s+|currently\s+|normally\s+|still\s+)?use\s+(?P<x>[a-z\u00a7][^?]*?)\s+for"
                      r"[\s?.!]*$", text, re.S)
    if m and x is None:
        x = m.group("x")
    m = m or re.match(_PURPOSE_LEAD + r"for\s+(?:what|which)\s+purposes?\s+(?:(?:are|is|were|was)\s+(?P<x>[a-z\u00a7][^?]*?)\s+"
                      r"(?:being\s+)?used(?:\s+by\s+" + _PURPOSE_BODY + r")?|(?:do|does|did)\s+" + _PURPOSE_BODY + r"\s+use\s+(?P<y>[a-z\u00a7][^?]*?))[\s?.!]*$",
                      text, re.S)
    if m and x is None:
        x = m.group("x") or m.group("y")
    if not x or re.search(r"(?i)\b(?:covert(?:ly)?|secret(?:ly)?|undercover|\u00a7)", x) or len(x.split()) > 8:
        return None
    return re.sub(r"(?i)^(?:its|their|your)\s+", "the ", x.strip())


def _what_used(text: str) -> str:
    """nx94: "what are the drones used for" asks the purposes ("the purposes for which the drones are used"), never the
    number of times they were used; "the types of drones used", "what kinds of spray are used in parks" ask the kinds
    of the thing in use, listed ("a list of the types of drones used"), never a count of uses of "types"."""
    lead = r"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:please\s+tell\s+me\s+)?"
    m = re.match(lead + r"what\s+(?P<be>are|is|were|was)\s+(?P<x>[a-z\u00a7][^?]*?)\s+(?:being\s+|actually\s+|mainly\s+)?used\s+for"
                 r"[\s?.!]*$", text, re.S)
    if m and not set(m.group("x").lower().split()) & (_PRONOUNS - {"their", "its"}):
        x = re.sub(r"(?i)^(?:its|their)\s+", "the ", m.group("x").strip())
        return f"the purposes for which {x} {m.group('be').lower()} used"
    kinds = _alt(_words("used_as", "kinds"))
    m = re.match(lead + rf"(?:(?:what|which)\s+(?P<k>{kinds})\s+of\s+(?P<x>[a-z][^?]*?)\s+(?:are|is|were|was|have\s+been|has\s+been)"
                 rf"\s+(?:being\s+)?used|(?:a\s+list\s+of\s+)?the\s+(?P<k2>{kinds})\s+of\s+(?P<x2>[a-z][^?]*?)\s+used|"
                 rf"(?:what|which)\s+(?P<k3>{kinds})\s+of\s+(?P<x3>[a-z][^?]*?)\s+(?:do|does|did)\s+(?:\u00a7AUTH\u00a7|they|you|the\s+"
                 r"(?:council|police|force|trust|service))\s+(?:currently\s+|now\s+|still\s+)?(?P<v3>use|have|hold|own|operate|keep))"
                 r"(?P<tail>\s+(?:by|in|at|on|across|within|during|since)\s+[^?]*?)?[\s?.!]*$", text, re.S)
    if m:
        k = (m.group("k") or m.group("k2") or m.group("k3")).lower()
        x = (m.group("x") or m.group("x2") or m.group("x3")).strip()
        if set(x.lower().split()) & _PRONOUNS:
            return text
        plural = k if k.endswith("s") and k != "class" else ("classes" if k == "class" else k + "s")
        # nx98: "what types of drones do they have": the kinds held ("have", "own", "keep" are holding), never the
        # question kept whole
        verb = {"use": "used", "operate": "operated"}.get((m.group("v3") or "use").lower(), "held")
        return f"a list of the {plural} of {x} {verb}{m.group('tail') or ''}"
    return text


_WAITERS = frozenset("people patients residents tenants families children pupils applicants you they".split())


def _how_long(text: str) -> str:
    """fx57 (nc55 #4): "how long do repairs take on average", "how long repairs take", "how long are people waiting for
    hip operations": the time asked is a figure, said as the figure cue reads it ("the average time taken for repairs",
    "the average waiting time for hip operations"), never a question kept in a letter."""
    took = re.match(r"(?i)^\W*(?:and\s+|also\s+|so\s+)*how\s+long\s+(?:do\s+|does\s+|did\s+|will\s+)?(?:it\s+)?"
                    r"(?P<x>(?!it\b)[a-z][\w'-]*(?:\s+[\w'-]+){0,4}?)\s+(?:usually\s+|normally\s+|typically\s+)?"
                    r"(?:take|takes|took)(?P<tail>(?:\s+(?:in|at|for|across)\s+[^?]+?)?)(?:\s+on\s+average)?[\s?.!]*$", text, re.S)
    if took and not set(took.group("x").lower().split()) & _PRONOUNS:
        x = re.sub(r"(?i)^(?:the|your|their|its)\s+", "", took.group("x"))
        return f"the average time taken for {x}{took.group('tail')}"
    wait = re.match(r"(?i)^\W*(?:and\s+|also\s+|so\s+)*how\s+long\s+(?:are|is|were|was|do|does|did|have|has)\s+"
                    r"(?P<who>[a-z][\w'-]*(?:\s+[\w'-]+){0,2}?)\s+(?:been\s+)?(?:waiting|wait|waited)\s+(?:for|on)\s+"
                    r"(?P<y>[^?]+?)(?:\s+on\s+average)?[\s?.!]*$", text, re.S)
    if wait and not set(wait.group("y").lower().split()[:1]) & _PRONOUNS and wait.group("who").lower() in _WAITERS:
        return f"the average waiting time for {wait.group('y')}"
    average = re.match(r"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:how\s+long|what)\s+(?:is|was|are|were)\s+(?:the\s+)?"
                       r"(?P<avg>average|typical|usual|mean|median|longest|shortest|maximum|minimum)\s+"
                       r"(?:(?:wait|waiting\s+time|wait\s+time|waiting\s+times|wait\s+times)"
                       r"|(?:time\s+)?(?:anyone|someone|a\s+person|people|a\s+patient|patients)\s+(?:has|have|had)\s+"
                       r"(?:been\s+)?(?:waited|waiting))"
                       r"(?:\s+(?:for|to\s+get|to\s+have)\s+(?P<y>[^?]+?))?[\s?.!]*$", text, re.S)
    if average and not set((average.group("y") or "").lower().split()[:1]) & _PRONOUNS:
        # lead58: "how long is the average wait for an ehcp", "what is the average wait for an autism assessment": the
        # figure the body keeps, never the question kept in a letter; nx97: so is the longest or shortest wait ("whats
        # the longest wait", "the longest anyone has waited"), and a wait with no complement is the figure too (the
        # story gives its complement: part_references._complement)
        word = average.group("avg").lower()
        word = {"typical": "average", "usual": "average", "mean": "average"}.get(word, word)
        return f"the {word} waiting time" + (f" for {average.group('y')}" if average.group("y") else "")
    return text


# lead57: "how long is the bin contract for", "when does the contract with veolia end": a contract's term, asked of the
# contract itself (its start and end dates go with it: `contract_term`)
CONTRACT_TERM = re.compile(
    r"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:(?:please\s+)?(?:tell\s+me\s+)?)?(?:how\s+long\s+(?:is|was|are|were|does|do|did|will)\s+"
    r"(?P<a>(?:the\s+|your\s+|their\s+|its\s+)?(?:[a-z\u00a7][\w'\u00a7-]*\s+){0,3}?contracts?(?:\s+(?:with|for)\s+[^?]+?)?)"
    r"(?:\s+(?:for|last|run|running|going\s+to\s+(?:last|run)))?"
    r"|when\s+(?:does|did|will|do|is|was)\s+(?P<b>(?:the\s+|your\s+|their\s+|its\s+)?(?:[a-z\u00a7][\w'\u00a7-]*\s+){0,3}?contracts?"
    r"(?:\s+(?:with|for)\s+[^?]+?)?)\s+(?:end|expire|finish|run\s+out|start|begin|due\s+to\s+end|up\s+for\s+renewal|"
    r"come\s+up\s+for\s+renewal|run\s+until))[\s?.!]*$", re.S)


def _contract_term(text: str) -> str:
    """lead57: a contract's term asked ("how long is the bin contract for", "when does the contract with veolia end"):
    the contract, as the contracts cue reads it ("contracts for bin", "contract with veolia"); the frame adds its start
    and end dates (framing, by CONTRACT_TERM on the question). A pronoun names no contract: left as it was."""
    m = CONTRACT_TERM.match(text or "")
    if m is None:
        return text
    said = re.sub(r"(?i)^(?:the|your|their|its)\s+", "", (m.group("a") or m.group("b")).strip())
    if set(said.lower().split()) & _PRONOUNS:
        return text
    head = re.match(r"(?i)(?P<what>(?:[\w'\u00a7-]+\s+){0,3}?)(?P<c>contracts?)(?P<rest>(?:\s+(?:with|for)\s+.+)?)$", said)
    what, rest = head.group("what").strip(), head.group("rest").strip()
    if rest:
        return f"contracts {rest}" if not what else f"contracts for {what} services {rest}"
    if not what or "\u00a7" in what:
        return text
    if not re.search(r"(?i)(?:ion|ing|ment|ance|ence|works?|services|s)$", what):
        what += " services"  # "the bin contract": the contract for bin services, never "for bin"
    return f"contracts for {what}"


@functools.lru_cache(maxsize=1)
def _lease_term_rx() -> re.Pattern[str]:
    nouns = _alt(sorted(_words("lease_term", "nouns"), key=len, reverse=True))
    det = r"(?:the\s+|their\s+|its\s+|your\s+)"
    who = r"(?P<r{}>\s+(?:on|for|of|with)\s+(?!(?:it|them|this|that)\b)[^?]+?)?"
    return re.compile(
        rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:please\s+tell\s+me\s+)?(?:"
        rf"how\s+long\s+(?:is|was|does|will)\s+{det}(?P<n1>{nouns}){who.format(1)}(?:\s+(?:for|last|run|running|go\s+on))?"
        rf"|how\s+(?:long|much\s+time)\s+(?:is|has)\s+(?:left|remaining|still\s+left|got\s+left)\s+on\s+{det}(?P<n2>{nouns})"
        rf"{who.format(2)}"
        rf"|when\s+(?:does|will|is|did)\s+{det}(?P<n3>{nouns}){who.format(3)}\s+(?:end|expire|finish|run\s+out|up|due\s+to\s+end|"
        rf"up\s+for\s+renewal|come\s+up\s+for\s+renewal|due\s+for\s+renewal))[\s?.!]*$", re.S)


def lease_term_asked(text: str) -> bool:
    """nx98: whether TEXT asks a lease's term ("how long is the lease", "when does the lease on the cafe end")."""
    return _lease_term_rx().match(text or "") is not None


def _lease_term(text: str) -> str:
    """nx98: a lease's term asked ("how long is the lease", "when does the lease on the cafe in the park end", "how
    long is left on the lease"): the lease as the records hold it ("a copy of the lease on the cafe"; the frame adds
    its term, rent and rent review dates: framing, by lease_term_asked on the question), never the question kept in a
    letter. A pronoun names no lease: left as it was."""
    m = _lease_term_rx().match(text or "")
    if m is None:
        return text
    noun = re.sub(r"\s+agreement$", "", next(m.group(f"n{k}") for k in (1, 2, 3) if m.group(f"n{k}")).lower())
    noun = "lease" if noun == "leases" else noun
    rest = next((m.group(f"r{k}") for k in (1, 2, 3) if m.group(f"r{k}")), "").rstrip()
    return f"a copy of the {noun}{rest}"


def _kept_for(text: str) -> str:
    """fx61 (issue 8's march message): "how long is the footage kept", "how long are CCTV recordings retained for",
    "how long do you keep body-worn video": the time records are kept is a retention period, said as the retention cue
    reads it ("the retention period for the footage"), never a question kept in a letter. A pronoun ("how long is it
    kept") names nothing and is left as it was."""
    kept = _alt(_words("kept_for", "verbs"))
    keep = _alt(_words("kept_for", "active_verbs"))
    m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:for\s+)?how\s+long\s+(?:is|are|was|were|will|would|should|can|does|do)\s+"
                 rf"(?P<x>[a-z\u00a7][\w'\u00a7-]*(?:\s+[\w'\u00a7-]+){{0,5}}?)\s+(?:be\s+|being\s+|get\s+|normally\s+|usually\s+)?"
                 rf"{kept}(?:\s+for)?(?P<tail>(?:\s+(?:by|in|at|on)\s+[^?]+?)?)[\s?.!]*$", text, re.S)
    if m is None:
        m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:for\s+)?how\s+long\s+(?:do|does|did|will|would|can|should)\s+"
                     rf"(?:\u00a7AUTH\u00a7|you|they|we)\s+(?:normally\s+|usually\s+)?{keep}\s+"
                     rf"(?P<x>(?!it\b|them\b|this\b|that\b)[^?]+?)(?:\s+for)?(?P<tail>)[\s?.!]*$", text, re.S)
    if m is None:  # embedded after a lead-in: "(tell me) how long CCTV recordings are kept for"
        m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:for\s+)?how\s+long\s+"
                     rf"(?P<x>(?!it\b|they\b|this\b|that\b)[a-z\u00a7][\w'\u00a7-]*(?:\s+[\w'\u00a7-]+){{0,5}}?)\s+"
                     rf"(?:is|are|will\s+be|would\s+be|should\s+be|can\s+be|get|gets)\s+(?:normally\s+|usually\s+)?"
                     rf"{kept}(?:\s+for)?(?P<tail>(?:\s+(?:by|in|at|on)\s+[^?]+?)?)[\s?.!]*$", text, re.S)
    yes_no = False
    if m is None:  # nx79 (nc76 #12): "do they keep the footage of people", "is the footage deleted": whether captured
        # records are kept is their retention, asked as the retention period (never "any records held of the footage")
        captured = _alt(_words("kept_for", "captured_nouns"))
        m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:do|does|did|will|would)\s+(?:\u00a7AUTH\u00a7|you|they|we|the\s+\w+)\s+"
                     rf"(?:still\s+|actually\s+|ever\s+|even\s+|normally\s+|usually\s+)?{keep}\s+(?P<x>(?:(?:the|any|all)\s+)?"
                     rf"(?:[a-z][\w'-]*\s+){{0,2}}{captured}\b[^?,;]*?)(?:\s+(?:afterwards|after|at\s+all|forever))?(?P<tail>)[\s?.!]*$", text, re.S)
        if m is None:
            m = re.match(rf"(?i)^\W*(?:and\s+|also\s+|so\s+)*(?:is|are|was|were)\s+(?P<x>(?:(?:the|any|all)\s+)?(?:[a-z][\w'-]*\s+){{0,2}}"
                         rf"{captured}\b[^?,;]*?)\s+(?:ever\s+|still\s+|normally\s+|usually\s+)?{kept}(?P<tail>)"
                         rf"(?:\s+(?:afterwards|after|at\s+all|forever|or\s+(?:deleted|destroyed|erased|wiped)))?[\s?.!]*$", text, re.S)
        yes_no = m is not None
    if m is None or set(m.group("x").lower().split()) & _PRONOUNS or pointer(m.group("x")):
        return text
    if yes_no:
        x = re.sub(r"(?i)^(?:any|all)\s+", "", m.group("x").strip())
        return f"the retention period for {x if x.lower().startswith('the ') else 'the ' + x}"
    records = set(_words("kept_for", "record_nouns"))
    if not set(re.findall(r"[a-z]+", m.group("x").lower())) & records:
        return text  # "how long are protesters kept in custody": people or things held, not records kept
    return f"the retention period for {m.group('x').strip()}{m.group('tail').rstrip()}"


def _if_any_then_them(text: str) -> str:
    """fx61 (the ask behind its condition): "If any complaints were received about the noise, please send me copies of
    them", "if there are any reports on the bridge, please provide them": the condition names the records, the main
    clause asks for them by a pronoun; said as the records asked for ("copies of any complaints received about the
    noise", "any reports on the bridge"), so the ask is never lost behind its condition nor kept as a condition."""
    give = _alt(_words("if_any_then", "give_verbs"))
    m = re.match(rf"(?i)^\W*if\s+(?:there\s+(?:is|are|was|were|have\s+been|has\s+been)\s+)?any\s+(?P<n>[a-z][\w'-]*"
                 rf"(?:\s+[a-z][\w'-]*){{0,2}}?)\s+(?:(?:was|were|have\s+been|has\s+been|are|is)\s+(?P<done>[a-z]+ed|made|sent|"
                 rf"held|written|kept|taken|given|done|seen|brought)\b)?(?P<rest>[^,;?]*?)\s*,?\s*(?:then\s+)?(?:please\s+|could\s+you\s+"
                 rf"(?:please\s+)?|can\s+you\s+(?:please\s+)?|i\s+would\s+like\s+you\s+to\s+)?{give}\s+(?:me\s+|us\s+)?"
                 rf"(?:with\s+)?(?P<copies>(?:copies|a\s+copy|details)\s+of\s+)?(?:them|it|these|those|this|the\s+same)\s*[?.!]*$",
                 text.strip(), re.S)
    if m is None:
        return text
    what = " ".join(w for w in (m.group("n"), m.group("done") or "", m.group("rest").strip()) if w)
    lead = "copies of any " if (m.group("copies") or "").lower().startswith(("copies", "a copy")) else \
        ("details of any " if m.group("copies") else "any ")
    return f"{lead}{what}"


def _worth(text: str) -> str:
    """lead42: "how much is the cleaning contract worth", "how much was the deal with serco worth": the value asked,
    said as the figure cue reads it ("what is the value of the cleaning contract")."""
    m = re.match(r"(?i)^\W*(?:and\s+|also\s+|so\s+)*how\s+much\s+(?P<aux>is|was|are|were|'s)\s+(?P<x>(?!it\b|they\b|that\b|this\b)"
                 r"[^?]+?)\s+(?:actually\s+|currently\s+|now\s+)?worth\b(?P<tail>[^?]*)[\s?.!]*$", text, re.S)
    if not m or "\u00a7" in m.group("x"):
        return text
    aux = {"'s": "is"}.get(m.group("aux").lower(), m.group("aux").lower())
    return f"what {aux} the value of {m.group('x').strip()}{m.group('tail').rstrip()}"


def _given_in(text: str) -> str:
    """nx91: "how much did the council give to charities in grants", "how much has it paid in grants to local groups":
    money given as grants is money spent on them, said as the spend cue reads it ("how much did the council spend on
    grants to charities"), never "payments to charities in grants"."""
    m = re.match(r"(?i)^(?P<lead>\W*(?:and\s+|also\s+|so\s+)*)how\s+much(?:\s+money)?\s+(?P<aux>did|has|have|does|do)\s+"
                 r"(?P<x>(?:[\w'\u00a7-]+\s+){1,4}?)(?:give|given|gave|pay|paid|award|awarded|hand\s+out|handed\s+out)\s+"
                 r"(?:to\s+(?P<y>[^?\u00a7]+?)\s+)?in\s+(?P<g>grants?|funding|donations)(?:\s+to\s+(?P<y2>[^?\u00a7]+?))?"
                 r"(?P<tail>\s+(?:(?:in|during|since|over|for|last|this)\b|\u00a7PERIOD\u00a7)[^?]*)?[\s?.!]*$", text, re.S)
    if m is None or not (m.group("y") or m.group("y2")):
        return text
    aux = m.group("aux").lower()
    spend = "spent" if aux in ("has", "have") else "spend"
    given = " given" if aux in ("has", "have") else ""  # (the person's "given" kept: "grants given to local groups")
    return (f"{m.group('lead')}how much {aux} {m.group('x').strip()} {spend} on {m.group('g').lower()}{given} to "
            f"{(m.group('y') or m.group('y2')).strip()}{m.group('tail') or ''}")


def without_addressee(text: str) -> str:
    """TEXT without the body it is put to where that only says who is asked: "..., §AUTH§?" at the end, "by §AUTH§"
    after a passive, "at §AUTH§" after what is asked about ("the planning committee at §AUTH§")."""
    text = re.sub(r"(?i)\s*,\s*\u00a7AUTH\u00a7\s*(?=[?.!]*\s*$)", "", text)
    # (only where the body ends the phrase: "for §AUTH§ libraries" names the body's libraries, and stays)
    return re.sub(r"(?i)\s+(?:by|at|of|for|from|in)\s+\u00a7AUTH\u00a7(?=\s*(?:[?.!,;]|$)|\s+(?:in|on|at|for|since|during|from|"
                  r"over|by|about|between|and|or|to|with|under|within|across|this|last|each|every|per)\b)", "", text)


def _past_often(text: str) -> str:
    """"how often have the police used tasers" -> "how many times have the police used tasers": past occasions are
    counted (the count cue reads the number of times); the present asks for the schedule (`how_often`)."""
    past = _alt(_words("how_often", "past_aux"))
    adverbs = _alt(_words("how_often", "adverbs"))
    return re.sub(rf"(?i)^(\W*(?:and\s+|also\s+|so\s+)*)how\s+{adverbs}\s+(?={past}\s)", r"\1how many times ", text)


def _absent(text: str) -> str:
    """nx97: "how many staff are off with stress", "how many nurses are signed off sick with anxiety": a count of
    people absent from work for a reason, said as the absence record reads ("how many staff are absent from work
    because of stress"); with no reason, "absent from work through sickness" for "off sick"."""
    off, joins = _alt(_words("absent", "away")), _alt(_words("absent", "joins"))
    m = re.match(rf"(?i)^(?P<lead>\W*(?:and\s+|also\s+|so\s+)*how\s+many\s+(?:[a-z\u00a7][\w'\u00a7-]*\s+){{1,6}}?"
                 rf"(?:are|were|is|was|have\s+been|has\s+been)\s+(?:currently\s+|now\s+|still\s+)?)(?P<off>{off})"
                 rf"(?:\s+(?:{joins})\s+(?P<why>(?!(?:it|them|this|that)\b)[a-z][^?.!]*?))?(?P<end>[\s?.!]*)$", text, re.S)
    if m is None or not m.group("why") and "sick" not in m.group("off").lower():
        return text
    why = f"because of {m.group('why')}" if m.group("why") else "through sickness"
    return f"{m.group('lead')}absent from work {why}{m.group('end')}"


def reword(text: str, tidy=None) -> str:
    """TEXT (one clause, AUTH masked) said again in the words the record-kind cues read, when its shape is one of
    those this module knows; else TEXT as it was. TIDY: what is done to the clause first for the shapes to read it
    (`without_addressee`), kept only when a shape reads it."""
    tidied = tidy(text) if tidy is not None else text
    for step in (_if_any_then_them, there_been, _policy, _income, _findings, _said_by, _expected, _bought_from, _who_is_supplier, _firm_used, _what_used,
                 _contract_term, _lease_term, _how_long, _absent,
                 _kept_for, _past_often, _worth, _given_in):
        new = step(tidied)
        if new != tidied:
            return new
    return text
