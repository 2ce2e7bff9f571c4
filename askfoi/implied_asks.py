"""fr27b (issue 8): what an informal message wants to know when no sentence of it asks in so many words.

People tell a story and leave the ask inside a clause of it: "They spent several weeks, and god knows how much money,
on a cycle lane at Brimington", "I am trying to ascertain the true cost of these signs", "The county council should
publish passenger totals for each route", "Obvious question: where the hell did all that money go?". Each of those
clause shapes (knowledge/vocab/implied_asks.yaml) names a thing; the thing becomes a frame (the total spent on it,
the thing itself, the records of how the money the story told of was spent), rendered by its template like any
other part and proposed to the person with a note saying it was read from the story, to confirm or change.

- `implied_frames(text, told=None) -> list[Implied]`: the frames a message's clauses imply, in order, one per thing.
- `frame_implied(framing, text) -> list[Implied]`: frame_message's last step for an informal message (never a formal
  request, never subject access): each implied frame replaces the part kept whole from its sentence (or a kept part
  that asks the same measure, "how much have they cost at a time when ..."), or is added when nothing asks it;
  a message that was asked back (no parts) gets the frames instead, with the "read-from-story" note on each.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class _Vocab:
    spend: re.Pattern[str]
    spend_large: re.Pattern[str]
    takings: re.Pattern[str]
    cost_wanted: re.Pattern[str]
    publish: re.Pattern[str]
    went: tuple[re.Pattern[str], ...]
    raised: re.Pattern[str]
    stops: re.Pattern[str]


@dataclass
class Implied:
    frame: object  # askfoi.framing.Frame
    sentence: str  # the sentence as typed it was read from
    words: str  # the words that imply it ("god knows how much money, on a cycle lane at Brimington")


_QUESTION = re.compile(r"(?i)^\W*(?:(?:and|so|but|also|hi|hello|ok)\W+)*(?:what(?:'?s)?|how|who(?:'?s)?|which|when|where|why|"
                       r"is|are|was|were|do|does|did|can|could|has|have|will|would)\b")


def _a_question(sentence: str) -> bool:
    """lead34: SENTENCE (as typed) asks a question: it ends with a question mark or opens with a question word or an
    auxiliary ("whats the response time for ambulances in york, my nan waited 6 hours")."""
    said = (sentence or "").strip()
    return said.endswith("?") or bool(_QUESTION.match(said))


def _alt(words: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in str(x).split()) for x in sorted((str(w) for w in words), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data, _ = load_vocab("implied_asks")
    spend = _alt(data["spend_verbs"])

    def spent(sums: str) -> re.Pattern[str]:
        # "spent ..., and god knows how much money, on X" / "god knows how much (money) was spent on X" /
        # "wasting thousands on X"
        return re.compile(
            rf"(?i)\b(?:(?:{spend})\b[^.?!;]{{0,60}}?\b(?:{sums})\b|(?:{sums})\b[^.?!;]{{0,40}}?\b(?:{spend}))"
            rf"(?:\s+(?:money|cash|pounds))?[^.?!;]{{0,40}}?\s(?:on|for)\s+(?P<x>[^.?!;]+)")

    takings = re.compile(rf"(?i)\b(?:{_alt(data['takings_nouns'])})\b[^:.]{{0,30}}:\s*(?P<items>(?:[^:]{{2,40}}:\s*£?\d[\d,.]*\W*)+)")
    know, cost, adj = _alt(data["know_verbs"]), _alt(data["cost_words"]), _alt(data["cost_adjectives"])
    cost_re = re.compile(rf"(?i)\b(?:{know})\s+(?:what\s+)?(?:the\s+|their\s+|its\s+)?(?:(?:{adj})\s+)?(?:{cost})\s+"
                         rf"(?:of|for)\s+(?P<x>[^.?!;]+)")
    modal, verb = _alt(data["publish_modals"]), _alt(data["publish_verbs"])
    publish_re = re.compile(rf"(?i)\b(?:{modal})\s+(?:(?:simply|just|also|really)\s+)?(?:{verb})\s+(?P<x>[^.?!;]+)")
    money = _alt(data["money_nouns"])
    went = tuple(re.compile("(?i)" + p.replace("{money}", money)) for p in data["money_went"])
    raised_re = re.compile(rf"(?i)(?P<who>[A-Za-z][\w' -]{{1,60}}?)\s+(?:(?:have|has|had)\s+)?(?:{_alt(data['raised_verbs'])})"
                           rf"\s+(?:(?:a\s+)?(?:total\s+of\s+|around\s+|about\s+|over\s+|nearly\s+|almost\s+)?)"
                           rf"(?P<amount>£[\d,.]+(?:\s*(?:million|billion|thousand|m|bn|k)\b)?)(?P<rest>[^.?!;]*)")
    stops = re.compile(rf"(?i)(?:,|\s+\(|\s+-\s|\s(?:{_alt(data['np_stops'])})\b)")
    return _Vocab(spent(_alt(data["unknown_sums"])), spent(_alt(data["large_sums"])), takings, cost_re, publish_re, went, raised_re, stops)


_NOT_JOINED = frozenset("it its it's itll they their theyre them then also i we he she you its now still so even just "
                        "this that these those "
                        # lead33: "on drones and how many have they bought": a question word or an auxiliary after
                        # "and" opens a new clause, never a second noun of the phrase
                        "how what which who whom whose why when where whether is are was were do does did has have "
                        "had can could will would should".split())


_DETERMINERS = re.compile(r"(?i)^(?:a|an|the|our|my|their|its|his|her|your|some|all\s+the|all\s+those|all\s+these)\s+")
_POINTING = re.compile(r"(?i)^(?:this|that|these|those)\s+")
_TIME_TAIL = re.compile(r"(?i)(?:\s+(?:this|last|next)\s+(?:year|month|week|spring|summer|autumn|winter|time)|\s+(?:recently|"
                        r"again|already|now|lately|so\s+far|etc))+\W*$")


def _owned_noun(words: list[str]) -> bool:
    """Whether WORDS ("its repairs", "their locations") open a second thing owned by the first: the possessive and a
    plain noun after it, never "its already falling apart" (it is) or "their going to" (they are)."""
    if len(words) < 2 or words[0].lower() not in ("its", "their"):
        return False
    from askfoi.framing import _noun_not_adverb, _vocab as framing_vocab

    nxt = words[1].lower().strip(".,;:?!")
    if framing_vocab().stop.fullmatch(nxt) or not re.fullmatch(r"[a-z][a-z-]{2,}", nxt):
        return False  # "its already ...", "its still ...": it is
    after = words[2].lower() if len(words) > 2 else ""
    return _noun_not_adverb(nxt) and nxt not in _NOT_JOINED and after not in ("to", "it", "them", "the", "a", "an")


def _noun_phrase(rest: str, told: list[str] | None = None) -> str | None:
    """The noun phrase REST opens, in the officer's words ("our new signs" -> "the new signs", "christmas" ->
    "Christmas"), cut where a new clause or a remark starts, without a time word at its end ("this year": the
    letter's period says it); "these signs" as the story's fuller phrase (TOLD). None when REST opens no noun phrase
    (a pronoun, a body, a person, a clause)."""
    from askfoi.story_antecedents import mentions, resolve

    v = _vocab()
    cut = v.stops.search(rest)
    while cut and re.match(r"(?i)\s*(?:and|or)\b", rest[cut.start():]):
        nxt = v.stops.search(rest, cut.end())  # "and"/"or" may join two nouns: read on to the next stop
        joined = rest[cut.end():(nxt.start() if nxt else len(rest))].split()
        if not joined or joined[0].lower().strip("'\u2019") in _NOT_JOINED and not _owned_noun(joined):
            break  # "and its already falling apart": a new clause
        cut = nxt
    head = (rest[: cut.start()] if cut else rest).strip(" \"'")
    head = _TIME_TAIL.sub("", head).strip(" \"'.,")
    words = head.split()
    if not words or len(words) > 12 or words[0].lower() in _NOT_JOINED - {"this", "that", "these", "those"}:
        return None
    if _POINTING.match(head):
        said, left = resolve(head, told or [])
        if left:
            # "these signs" after "our new roadsigns": the story's phrase whose head ends with the same noun
            said = _told_phrase(head.split()[-1], told or []) if len(head.split()) == 2 else None
            if said is None:
                return None
        head = said
    found = [m for m in mentions(head) if m.start == 0]
    if found and (found[0].body or found[0].people and found[0].end == len(_tokens(head))
                  and found[0].head.lower() in _PERSONS):
        return None  # "on him", "on the council": no thing spent on
    if not _DETERMINERS.match(head) and not found:
        return None
    head = _DETERMINERS.sub("the ", head, count=1)
    return _names_capitalised(head)


def _names_capitalised(phrase: str) -> str:
    """PHRASE with the names typed in lower case given their capitals ("the christmas lights in hove"), never a
    word spelling knows only as a rare compound ("roadsigns")."""
    from askfoi.framing import capitalise_names
    from askfoi.spelling import rare

    done = (capitalise_names(phrase) or phrase).split()
    typed = phrase.split()
    if len(done) != len(typed):
        return phrase
    if any(d != t and rare(t.lower()) for d, t in zip(done, typed)):
        return phrase  # "the New Roadsigns": a compound read as a name, and the words before it with it
    return " ".join(done)


def _told_phrase(noun: str, told: list[str]) -> str | None:
    """The story's phrase for NOUN ("signs" after "our new roadsigns" -> "the new roadsigns"): the last word of TOLD
    ending with it, with the adjectives before it; None when the story has no such word."""
    from askfoi.story_antecedents import _pos

    noun = noun.lower()
    if len(noun) < 4:
        return None
    for sentence in reversed(told):
        toks = re.findall(r"[A-Za-z][\w'-]*", sentence)
        for k in range(len(toks) - 1, -1, -1):
            if not toks[k].lower().endswith(noun):
                continue
            j = k
            while j > 0 and "ADJ" in _pos(toks[j - 1].lower()) and toks[j - 1].lower() not in _NOT_JOINED:
                j -= 1
            return "the " + " ".join(toks[j:k + 1])
    return None


_PERSONS = frozenset("man woman person child boy girl mother father son daughter mum dad wife husband friend neighbour "
                     "people".split())


def _tokens(text: str) -> list[str]:
    from askfoi.story_antecedents import _tokens as tokens

    return tokens(text)


_PERIOD = re.compile(r"(?i)\b(?:(?:during|in|for)\s+(?:the\s+(?:financial\s+|calendar\s+)?year\s+)?(?:19|20)\d\d"
                     r"(?:\s*[-/]\s*(?:19|20)?\d\d)?\b|(?:last|this)\s+(?:financial\s+)?year\b)")
_FROM = re.compile(r"(?i)^\s*(?P<from>from\s+[^,.;]+?)(?=\s+(?:last|this|in|during|for|and|but|which|so)\b|[,.;]|$)")
# a bare question about who was given the work the story told of ("Who got the contract?")
_CONTRACT = re.compile(r"(?i)^\W*(?:(?:so|and|but|also)\s+)?who\s+(?:got|gets|won|wins|was\s+(?:given|awarded)|were\s+"
                       r"(?:given|awarded)|has|had|holds|held|did)\s+(?:the\s+)?(?:contracts?|tender|work|job)\s*\??\W*$")
_POINTER = re.compile(r"(?i)^(?:it|they|them|this|that|these|those)$")


def _money_told(told: list[str]) -> str | None:
    """The money the story told of, as a noun phrase ("the £400,000 raised by parking wardens during 2009"), or None."""
    v = _vocab()
    for sentence in reversed(told):
        m = v.raised.search(sentence)
        if not m:
            continue
        who = re.split(r"(?i)\b(?:that|reports?|says?|said|shows?|showed|reveals?|revealed)\s+", m.group("who"))[-1].strip()
        who = re.sub(r"(?i)^(?:the\s+)?", "", who).strip()
        if not who or len(who.split()) > 5 or who.lower() in ("they", "it", "we", "i", "you", "he", "she"):
            continue
        verb = re.search(r"(?i)\b(raised|generated|collected|made|earned|brought in|taken in|took|received|netted|"
                         r"pocketed|raked in)\b", sentence[m.start():]).group(1)
        verb = {"took": "taken", "raked in": "raised", "pocketed": "taken", "netted": "raised"}.get(verb.lower(), verb.lower())
        period = _PERIOD.search(m.group("rest"))
        source = _FROM.match(m.group("rest"))
        return f"the {m.group('amount')} {verb} by {'the ' if who.lower() == who else ''}{who}" + (
            f" {source.group('from')}" if source else "") + (f" {period.group(0).lower()}" if period else "")
    story = " ".join(told)
    m = v.takings.search(story)
    if m:
        names = [re.sub(r"\s*/\s*", " and ", n.strip(" ;,.")).lower()
                 for n in re.findall(r"([A-Za-z][\w /'-]{1,38}?):\s*£?\d", m.group("items"))]
        names = [n for n in names if n and len(n.split()) <= 4]
        if names:
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + (
                ", " if " and " in names[-1] else " and ") + names[-1]
            period = _PERIOD.search(story)
            noun = re.match(r"(?i)\w+", m.group(0)).group(0).lower()
            return f"the {noun} from {joined}" + (f" {period.group(0).lower()}" if period else "")
    return None


def _sentences(text: str) -> list[str]:
    from askfoi.part_roles import split_sentences

    out: list[str] = []
    for line in text.splitlines():
        out += [s for s in split_sentences(line) if s.strip()]
    return out


def implied_frames(text: str, *, alone: bool = False) -> list[Implied]:
    """The frames TEXT's clauses imply (see the module's doc), one per thing, in the order the message tells them.
    ALONE: nothing else in TEXT is framed as a part, so a large sum spent ("wasted thousands on X") asks its total."""
    from askfoi.framing import Frame, render_frame
    from askfoi.story_antecedents import resolve

    v = _vocab()
    out: list[Implied] = []
    sentences = _sentences(text)
    for k, sentence in enumerate(sentences):
        told = sentences[:k]
        frame = None
        m = v.spend.search(sentence) or (v.spend_large.search(sentence) if alone else None)
        if m and _WRITER_SPENT.search(sentence[:m.start()]):
            m = None  # "we spent a fortune on our holiday": the writer's own money, no body's records
        if m:
            subject = _noun_phrase(m.group("x"), told)
            if subject is None and re.match(r"(?i)(?:it|them)\b", m.group("x").strip()):
                # "god knows how much money they waste on it": the thing the sentence named before
                subject, left = resolve(m.group("x").strip().split()[0], told + [sentence[:m.start()]])
                subject = None if left or _POINTER.match(subject) else re.sub(r"(?i)^the\s+", "the ", subject)
            if subject:
                frame = Frame(kind="total_spend", subject=subject, source=sentence)
        if frame is None and (c := _CONTRACT.match(sentence)):
            from askfoi.story_antecedents import _action, _done_to

            work = _action(told) or _done_to(told)
            if work:
                m = c
                frame = Frame(kind="contracts", subject=work, source=sentence)
        if frame is None and (m := v.cost_wanted.search(sentence)):
            subject = _noun_phrase(m.group("x"), told)
            if subject:
                frame = Frame(kind="total_spend", subject=subject, source=sentence)
        if frame is None and (m := v.publish.search(sentence)) and "?" not in sentence:
            subject = _noun_phrase(m.group("x"), told)
            if subject and not _POINTER.match(subject.split()[-1]):
                frame = Frame(kind="shown_by", head="The ", subject=re.sub(r"(?i)^the\s+", "", subject),
                              source=sentence)
        went = next((w for p in v.went if (w := p.search(sentence))), None)
        if frame is None and went:
            m = went
            money = _money_told(told)
            if money:
                frame = Frame(kind="shown_by", head="Any records showing how ", subject=money, clause="was spent",
                              source=sentence)
        if frame is None:
            continue
        frame.text = render_frame(frame)
        if not frame.text or any(x.frame.text.lower() == frame.text.lower() for x in out):
            continue
        out.append(Implied(frame=frame, sentence=sentence, words=m.group(0) if m else sentence))
    return out


# the writer (or their family) as the one who spent: "I've spent", "we have wasted", "my dad spent"
_WRITER_SPENT = re.compile(r"(?i)\b(?:i|we|i've|we've|ive|weve|i'd|we'd|my\s+\w+|our\s+\w+)(?:\s+(?:have|had|'ve|just|"
                           r"already|probably|must\s+have|all))*\s*$")
_OPENER = re.compile(r"^(?:please\s+)?(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?")
_WH = frozenset("when where what which who how why whether if".split())
_AUX = frozenset("is are was were do does did has have had can could will would should shall may might must".split())
_ASKING = frozenset("provide send supply give share disclose forward release tell show list confirm explain publish "
                    "let please state advise inform".split())


def _only_tells(source: str) -> bool:
    """SOURCE (a part kept whole) tells or proposes and asks nothing: a statement opened by a clause ("When the
    council consulted ..., it always published ..."), a story sentence, or a bare verb put as a question ("Create
    some free parking spaces ...?": a suggestion)."""
    from askfoi.story_antecedents import _pos, tells

    said = re.sub(r"(?i)^\W*(?:please\s+)?(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?", "", source or "").strip()
    words = re.findall(r"[A-Za-z']+", said.lower())
    if not words:
        return False
    if "?" in said:
        first = _pos(words[0])
        return (words[0] not in _ASKING and set(first) == {"VERB"} and len(words) > 2
                and words[1] not in _AUX and words[1] not in ("you", "we", "i", "they", "it"))
    if words[0] in _WH and len(words) > 2 and words[1] not in _AUX:
        return True
    return tells(said)


# findings about the whole letter (never about the words of a part): they stay when a part is replaced
_WHOLE_LETTER = frozenset({"no-time-period", "no-authority", "too-many-questions", "environmental-information",
                           "scottish-authority", "ncnd-risk"})
_MEASURE = re.compile(r"(?i)\bhow\s+much\b|\bcost\b|\bspent\b|\bmoney\b")


def story_records(text: str) -> list[str]:
    """Examples of records a body holds about what TEXT's story is about (implied_asks.yaml story_topics: the topic
    more of whose words TEXT uses, the first on a tie), or [] when no topic is told."""
    data, _ = load_vocab("implied_asks")
    low = " ".join(re.findall(r"[\w'-]+", (text or "").lower()))
    best, hits = None, 0
    for topic in data.get("story_topics") or []:
        n = sum(1 for w in topic.get("words") or [] if re.search(rf"(?<![\w-]){re.escape(str(w).lower())}(?![\w-])", low))
        if n > hits:
            best, hits = topic, n
    return [str(r) for r in best.get("records") or []][:2] if best else []


def ask_about_story(framing, text: str) -> None:
    """A message asked back which record it wants (no part): the question gives examples of records about what its
    story is about ("the inspection and repair records for the road"), never examples from another subject."""
    from askfoi.templates import render

    if framing.parts:
        return
    plain = render("frames/informal_questions.j2", ask="record").strip()
    if plain not in framing.questions:
        return
    records = story_records(text)
    if records:
        # the one thing missing is the record: the body and the period are asked at their own steps once it is known
        framing.questions = [render("frames/informal_questions.j2", ask="record", records=records).strip()]


def frame_implied(framing, text: str) -> list[Implied]:
    """FRAMING (an informal message's, see the module's doc) with the frames its story implies; returns those used."""
    from askfoi.checks import Finding
    from askfoi.framing import render_frame
    from askfoi.sentence_acts import formal_request
    from askfoi.templates import render

    if framing.route != "foi" or formal_request(text):
        return []
    found = implied_frames(text, alone=not any(not p.kept_words for p in framing.parts))
    if not found:
        ask_about_story(framing, text)
        return []

    def flat(x: str) -> str:
        return _OPENER.sub("", " ".join(re.findall(r"[\w£]+", (x or "").lower())))

    typed = framing.authority.from_text if framing.authority else ""
    if typed and typed == typed.lower() and len(typed) > 2:  # "in hull": the place the body was found by, capitalised
        for imp in found:
            said = re.sub(rf"\b{re.escape(typed)}\b", typed.title(), imp.frame.subject or "")
            if said != imp.frame.subject:
                imp.frame.subject = said
                imp.frame.text = render_frame(imp.frame)
    framed = [flat(p.source) for p in framing.parts if not p.kept_words and p.source]
    used: list[Implied] = []
    was_empty = not framing.parts
    replaced: set[int] = set()
    for imp in found:
        said = flat(imp.sentence)
        subject = flat(imp.frame.subject)
        if any(not p.kept_words and subject and subject in flat(p.text) for p in framing.parts):
            continue  # already asked in its own frame
        if any(f and (f in said or said in f) for f in framed) or any(
                not p.kept_words and p.kind == imp.frame.kind and flat(p.subject) and flat(p.subject) in subject
                for p in framing.parts):
            continue  # its sentence is a part already ("How much did Leeds council spend on consultants in 2024?")
        at = next((j for j, p in enumerate(framing.parts) if p.kept_words and (
            flat(p.source) and (flat(p.source) in said or said in flat(p.source)))), None)
        if at is None and imp.frame.kind == "total_spend":
            # a kept part that asks the same measure of what only the story names ("how much have they cost ...")
            at = next((j for j, p in enumerate(framing.parts) if p.kept_words and _MEASURE.search(p.text or "")), None)
        if at is not None:
            framing.remarks.append((framing.parts[at].source or framing.parts[at].text).strip())
            framing.parts[at] = imp.frame
            replaced.add(at + 1)
        else:
            framing.parts.append(imp.frame)
        used.append(imp)
    if not used:
        return []
    before = list(framing.parts)
    _story_parts_out(framing, used)
    if len(framing.parts) != len(before):  # fr28b: a part that only told left: the parts after it move up
        moved = {before.index(p) + 1: framing.parts.index(p) + 1 for p in framing.parts}
        framing.findings = [f.model_copy(update={"part": moved[f.part]}) if getattr(f, "part", None) in moved else f
                            for f in framing.findings if getattr(f, "part", None) is None or f.part in moved]
        replaced = {moved[n] for n in replaced if n in moved}
    for imp in used:
        n = framing.parts.index(imp.frame) + 1
        framing.findings.append(Finding(
            code="read-from-story", severity="low", evidence=" ".join(imp.words.split())[:160], part=n,
            message=" ".join(render("frames/read_from_story.j2", n=n, words=" ".join(imp.words.split())[:160],
                                    part=imp.frame.text, asked=_a_question(imp.sentence)).split()),
            suggestion=" ".join(render("frames/read_from_story_fix.j2", n=n).split())))
    flat_used = {flat(u.sentence) for u in used}
    framing.remarks = [r for r in framing.remarks if flat(r) not in flat_used]
    if was_empty:  # the message was asked back as a whole: the frames answer what it was asked
        framing.questions, framing.unframed, framing.pending = [], [], []
    keep = [(q, a) for q, a in zip(framing.unframed, framing.questions) if not _names_nothing(q)]
    if len(framing.unframed) == len(framing.questions) and len(keep) < len(framing.unframed):
        framing.remarks += [q for q in framing.unframed if _names_nothing(q)]
        framing.unframed, framing.questions = [q for q, _ in keep], [a for _, a in keep]
    notes = [f for f in framing.findings if getattr(f, "code", "") == "read-from-story"]
    for k, f in enumerate(framing.findings):  # a finding on the whole letter stays, quoting what the letter now asks
        if getattr(f, "code", "") in _WHOLE_LETTER and getattr(f, "part", None) in replaced:
            framing.findings[k] = f.model_copy(update={"part": None, "evidence": framing.parts[0].text[:120]})
    framing.findings = [f for f in framing.findings if f in notes or not (
        getattr(f, "code", "") == "too-vague" or getattr(f, "part", None) in replaced
        or getattr(f, "code", "") == "story-reference" and any(
            flat(getattr(f, "evidence", "")) and flat(getattr(f, "evidence", "")) in flat(u.sentence) for u in used))]
    return used


def _names_nothing(question: str) -> bool:
    """QUESTION names no thing (only pronouns and the words of asking: "Maybe someone could tell us what?"): beside a
    part the story implies, it asks that part's thing again."""
    from askfoi.story_antecedents import mentions

    return not [m for m in mentions(question) if not m.people and not m.body]


def _story_parts_out(framing, used: list[Implied]) -> None:
    """A part kept whole that only tells (a statement of the story, "When the council consulted ... it always
    published X.") leaves for the remarks once the story's own ask is a part."""
    frames = [u.frame for u in used]
    for part in list(framing.parts):
        if part in frames or not part.kept_words:
            continue
        if _only_tells(part.source or part.text) and len(framing.parts) > 1:
            framing.parts.remove(part)
            framing.remarks.append((part.source or part.text).strip())
