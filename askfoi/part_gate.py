"""The well-formedness gate every part passes before it goes on the letter (fr21b, issue 8: garbled parts).

Framing renders a part from its frame (a kind, a subject slot, a clause, qualifiers) and checks it in its main loop
(`framing.part_problems`); but later passes write parts too (views and reasons as records, pointers written out,
periods, places) and some frames are trusted unchecked. A garbled part ("The number of led to enforcement action",
"Any statistics held on wait.", "Please provide the who monitors ...") is worse than the person's own words. This
module checks every part once the parts are final, at the frame level:

- the subject slot is a noun phrase: no question word or pronoun as its words, no finite verb with an object left in
  it outside a relative clause ("internal reviews upheld the original decision"), nothing dangling at either end, no
  bare verb as its only head ("wait"), a countable head after "the number of" ("damp and mould");
- the rendered text reads (`framing.part_problems`, `framing.text_problems`): no "the" before a question word or a
  verb-ing clause ("the who monitors"), a "which/who/what ... did" question keeps its verb;
- a part kept in the person's words is checked only for what askfoi wrote around them (the lead-in).

A part that fails is replaced, in its place, by (1) another reading of the same question (a count said as "how many X
were Y" written "The number of X that were Y"; a finite verb after a plural head made a relative clause), else (2) the
person's question in their own words ("keep my words", the lead-in only where it reads), else (3) it is asked back.
A part that failed is never output.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from askfoi.framing import Frame, Framing

_WH = "who|whom|whose|what|which|why|how|when|where|whether"
_DETS = frozenset("the a an any all their its our your his her this these those every each".split())
_CONJ = frozenset("and or but nor".split())
_PREPS = frozenset("of on in at to by for with from about into under over between during than as per via".split())
# objects a passive participle keeps ("staff paid bonuses", "tenants given notice", "fines issued to drivers")
_DITRANSITIVE = frozenset("paid given awarded granted sent offered shown told allocated allowed owed charged "
                          "refused denied issued served handed lent promised taught".split())


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w'\u2019&-]*|\d[\w/.-]*", text or "")


def _lemmas(word: str) -> dict:
    from lemminflect import getAllLemmas

    return getAllLemmas(word.lower())


def _only_verb(word: str) -> bool:
    """WORD is read as a verb and never as a noun or an adjective by lemminflect's word classes ("led", "upheld")."""
    lem = _lemmas(word)
    return bool(lem.get("VERB") or lem.get("AUX")) and not lem.get("NOUN") and not lem.get("ADJ") and not lem.get("PROPN")


def _past_form(word: str) -> bool:
    """WORD is a past tense or past participle of a verb ("upheld", "reported", "led")."""
    from lemminflect import getInflection

    low = word.lower()
    for lemma in _lemmas(low).get("VERB", ()):
        if low in getInflection(lemma, "VBD") or low in getInflection(lemma, "VBN"):
            return low != lemma
    return False


def is_noun(word: str) -> bool:
    lem = _lemmas(word)
    return bool(lem.get("NOUN") or lem.get("PROPN")) or not lem


def _base_verb(word: str) -> bool:
    """WORD is a verb's bare form ("use", "monitor", "award"), not a noun in the plural."""
    low = word.lower()
    return low in _lemmas(low).get("VERB", ()) and not low.endswith("ing")


@functools.lru_cache(maxsize=1)
def _never_passive() -> frozenset[str]:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("record_kinds")
    return frozenset(str(w).lower() for w in ((data or {}).get("never_passive") or [])) if isinstance(data, dict) else frozenset()


def finite_in_subject(subject: str) -> str | None:
    """The words of SUBJECT where a verb in the past is followed by its object outside any relative clause: the noun
    phrase runs on into a clause ("internal reviews upheld the original decision" -> "upheld the"), so the slot is no
    noun phrase. A participle that keeps its object in the passive ("staff paid bonuses", "fines issued the same day")
    and anything after a relative word ("cases that led to a fine") are not read; None when there is none."""
    words = _words(subject)
    for k in range(1, len(words)):
        w, nxt = words[k], (words[k + 1].lower() if k + 1 < len(words) else "")
        if words[k - 1].lower() in ("who", "that", "which", "whom", "whose", "whether", "if", "when", "where", "how",
                                    "why", "what"):
            return None  # the rest is a clause the noun phrase keeps ("cases that led to a fine")
        if w.lower() in _DITRANSITIVE or w[:1].isupper():
            continue
        before = words[k - 1]
        if before.islower() and is_noun(before) and not _lemmas(before).get("AUX") and _past_form(w) \
                and before.lower() not in _PREPS | _DETS | _CONJ | {"having", "been", "being", "not", "never"} \
                and (nxt in _DETS or set(_lemmas(w).get("VERB", ())) & _never_passive()):
            return f"{w} {nxt}".strip()  # "reviews upheld the decision", "discharges lasted longer"
    return None


def number_head(text: str) -> str | None:
    """The head of what "the number of" counts in TEXT when it cannot be counted: a noun phrase with no plural in it
    whose last word is a noun in the singular that is no word for a group of people, each side of an "and"/"or" read
    ("the number of damp and mould" -> "damp"); None when every side counts (a plural, "staff", "police", a name or
    an acronym as typed). The phrase ends at its first preposition, determiner, relative word or verb in the past."""
    from askfoi.framing import _COLLECTIVE, _inflector, _noun, _vocab, is_plural

    m = re.search(r"(?i)\bnumber\s+of\s+(?:overt\s+|covert\s+)?", text or "")
    if not m:
        return None
    if re.match(r"(?i)(?:times|occasions)\b", text[m.end():]):
        return None  # lead57: "the number of times stop and search was used": occasions are counted, a clause follows
    phrase: list[str] = []
    for tok in re.findall(r"[\w'\u2019&-]+|[^\w\s]", text[m.end():]):
        low = tok.lower()
        if low == "of":
            return None  # "freedom of information requests": the head may come after "of"
        if not re.match(r"\w", tok) or low in _PREPS or low in _DETS or low in ("that", "who", "which", "were", "was",
                                                                         "are", "is", "have", "has", "had", "been"):
            break
        if phrase and _past_form(tok) and not _noun(low):
            break  # a participle after the noun: "incidents reported ..."
        phrase.append(tok)
    sides = [c.split() for c in re.split(r"\s+(?:and|or)\s+", " ".join(phrase)) if c.split()]

    def counts(side: list[str]) -> bool:
        return any(is_plural(w) or w.lower() in _COLLECTIVE or w.lower() in _vocab().people or not w.islower() for w in side)

    if sides and counts(sides[-1]):
        return None  # the last side's plural is the head the others share: "black and white people"
    for side in sides:
        if counts(side) or any(not _lemmas(w) for w in side[:-1]):
            continue  # (a word no lexicon knows, a misspelling or a name: "childern waiting", not judged)
        head = side[-1].lower()
        if (_noun(head) and _inflector().plural_noun(head) != head) or (head.endswith("ing") and len(head) > 5):
            return side[-1]  # a noun in the singular, or an activity ("fly-tipping"): nothing counted
    return None


# the person's asking frame left inside a slot ("Any policy on stating whether ...", "... 2016), Provide a copy of"):
# an asking verb with its clause, or a second sentence spliced in
_ASKING_IN_SLOT = re.compile(
    r"(?i)\b(?:stating|confirming|explaining|telling|saying|clarifying|advising|indicating|providing|disclosing|"
    r"specifying)\s+(?:whether|if|how|what|why|which|who|when|where|me|us)\b"
    r"|^\W*(?:stating|confirming|explaining|telling|saying|clarifying|advising|indicating|disclosing|specifying)\W*$"
    r"|\b(?:state|confirm|explain|tell|clarify|advise|indicate|disclose|specify)\s+(?:whether|if|me|us)\b"
    r"|[,;)]\s*(?-i:(?:Please|Provide|State|Confirm|Can|Could|Would|Will|I|We))\b")


def wh_predicate(subject: str, message: str) -> bool:
    """SUBJECT (a slot) is the predicate of a which/what/who question in MESSAGE: its first words follow "which
    contractor" / "who" there ("which contractor | fixes potholes on the A64"), so the slot starts on the question's
    verb and names no thing ("Any contract for fixes potholes")."""
    words = _words(subject)[:2]
    if len(words) < 2 or not message:
        return False
    first = words[0].lower()
    verbs = _lemmas(first).get("VERB") or ()
    # (cx39: an inflected verb only: "grass verges" starts on a noun whose base form is also a verb's)
    if not (first.endswith("s") and verbs and first not in verbs) and not _past_form(first):
        return False
    if words[1].lower() == "of":
        return False  # nx94: "what types of drones", "which makes of camera": a noun heading its "of", no verb
    at = re.search(r"(?i)\b(?:which|what|who)\s+(?P<between>(?:[a-z][\w'-]*\s+){0,2}?)" + r"\s+".join(map(re.escape, words))
                   + r"\b", message)
    # fx57: "who they buy drones and camera vans off": a subject pronoun before the words, whose verb they follow, makes
    # them the object, a thing named
    if at is None or set(at.group("between").lower().split()) & {"they", "we", "you", "he", "she", "i", "it"}:
        return False
    # "who supplies drones and camera vans": a verb already between ("supplies") makes the words its object
    return not any(w.endswith("s") and (_lemmas(w).get("VERB") or ()) and w not in (_lemmas(w).get("VERB") or ())
                   or _past_form(w) for w in at.group("between").lower().split())


def slot_problems(frame: "Frame", message: str = "") -> list[str]:
    """Why FRAME's slots do not make a part that reads (empty: they do), beyond what `framing.part_problems` reads:
    the subject runs into a clause, its only head is a bare verb, "the number of" counts a state or a substance, "the"
    stands before a question word or a verb-ing clause, a which/who question lost its verb."""
    problems: list[str] = []
    text = (frame.text or "").strip()
    subject = (frame.subject or "").strip()
    said = re.sub(r'"[^"]*"', '"…"', text)
    slot = subject and not frame.kept_words and frame.kind != "personal_data" and subject in said
    if slot and frame.why is not None and len(_words(subject)) < 3:
        slot = False  # a why frame's short subject ("required") is a word of its clause, not the slot
    if slot:
        run = finite_in_subject(f"{subject} {frame.clause}" if frame.clause and f"{subject} {frame.clause}" in said
                                else subject)
        if wh_predicate(subject, message):
            problems.append("the slot starts on the verb of a which/who question (for fixes potholes)")
        if run:
            problems.append(f"a finite verb and its object in the subject ({run})")
        took = verb_with_object_pronoun(subject)
        if took:
            problems.append(f"a verb and its object in the subject ({took})")
        words = _words(subject)
        modifier = re.search(rf"(?i)\b{re.escape(words[0])}\s+([a-z]+)", frame.source or "") if words else None
        modifier = modifier is not None and bool(_lemmas(modifier.group(1)).get("NOUN")) \
            and not _base_verb(modifier.group(1))  # lead51: "their transport policy": a noun before a noun, no verb
        if len(words) == 1 and _base_verb(words[0]) and words[0].islower() and not _lemmas(words[0]).get("ADJ") \
                and not modifier and re.search(rf"(?i)\b(?:on|about|of|for)\s+{re.escape(words[0])}\s*[.,]", said):
            problems.append(f"a bare verb as the subject's only word ({words[0]})")  # "Any statistics held on wait."
        if words and frame.why is None and words[0].lower() in _CONJ | (_PREPS - {"as", "per"}):  # ("The cost per
            # night for asylum hotels": a rate's slot)
            problems.append(f"the subject starts on a word that cannot start it ({words[0]})")
        if words and _only_verb(words[0]) and _past_form(words[0]) and (
                len(words) == 1 or words[1].lower() in _DETS | {"to", "in", "into", "on"}):
            problems.append(f"the subject starts with a verb ({words[0]})")  # "The number of led to ..." (never
            # "delayed discharges": a participle before its noun)
    head = number_head(said) if not frame.kept_words else None
    if head:
        problems.append(f"the number of something that is not counted ({head})")
    if subject and not frame.kept_words and subject in said and _ASKING_IN_SLOT.search(subject):
        problems.append("the person's asking words left in the slot (on stating whether ...)")
    problems += wrapper_problems(said)  # (a rendered part's words are askfoi's, whatever the message says)
    return problems


# askfoi's lead-ins, which go before the person's words in a part kept whole
_LEAD = r"(?:please\s+(?:tell\s+me|confirm\s+whether|provide|give|send)|to\s+know)"


def wrapper_spans(text: str) -> list[tuple[str, str]]:
    """(fault, the words that show it) for each fault in TEXT that askfoi's own words around a slot or before a
    person's words make: "the" before a question word or a verb-ing clause ("Please provide the who monitors"), a
    which/who/what ... did question with no verb after the auxiliary, "been" with no "have" before it ("the lift been
    faulty"), one relative clause inside another with no verb ("patients who people who died"), a lead-in before a
    sentence of its own ("Please tell me Where ...", "Please confirm whether held by ..."), a lead-in's "whether"
    before a condition and its main clause ("whether the school didn't want X, they didn't have to ..."), a bare "To
    know" left of "I would like to know", a count with nothing counted ("How many, if so?")."""
    out: list[tuple[str, str]] = []
    m = re.search(rf"(?i)\b(?:the|a|an|any)\s+(?:{_WH})\b", text)
    if m:
        out.append(("a determiner before a question word (the who ...)", m.group()))
    m = re.search(r"(?i)\bthe\s+([a-z]+ing)\s+(?:the|a|an|their|its|our|your|any|all)\b", text)
    if m and _lemmas(m.group(1)).get("VERB") and not _lemmas(m.group(1)).get("NOUN"):
        out.append((f"'the' before a verb-ing clause (the {m.group(1)} ...)", m.group()))
    q = re.match(r"(?i)\W*(?:(?:which|what|who|whom)\b(?:\s+[\w'-]+){0,4}?\s+)?(did|does|do)\s+(.+)$", text.strip())
    if q:
        rest = _words(q.group(2))
        if rest and not any(_base_verb(w) and w.islower() and w.lower() not in _DETS for w in rest):
            out.append(("a which/who question without its verb", q.group()))
    for m in re.finditer(r"(?i)\b([a-z][\w'-]*)\s+been\b", text):
        before = re.findall(r"(?i)[a-z'\u2019]+", re.split(r"[,;:.?!()]", text[: m.end(1)])[-1])[-8:]
        if not any(w.lower() in ("have", "has", "had", "having", "'ve", "ve") or w.lower().endswith(("'ve", "’ve"))
                   for w in before) and is_noun(m.group(1)) and not _lemmas(m.group(1)).get("AUX"):
            out.append(("'been' with no 'have' (the lift been faulty)", m.group()))
            break
    m = re.search(r"(?i)\b(?:who|that)\s+(?:[a-z][\w'-]*\s+){1,2}?(?:who|that)\s", text)
    if m and not any(_only_verb(w) or _lemmas(w).get("AUX") for w in _words(m.group())[1:-1]):
        out.append(("a relative clause stacked on another with no verb (patients who people who)", m.group()))
    for m in re.finditer(r"(?i)\bwho\s+([a-z][\w'-]*)\b", text):
        w = m.group(1)
        lem = _lemmas(w)
        if w.lower() not in _DETS and not lem.get("VERB") and not lem.get("AUX") and not lem.get("ADV") \
                and not lem.get("PRON") and (lem.get("NOUN") or "-" in w):
            out.append(("a relative 'who' with a noun where its verb should be (households who individuals)", m.group()))
            break
    m = re.search(r"(?i)\b([a-z]+ed)\s+(?:that|who|which)\s+\1\b", text)
    if m:
        out.append(("a verb said on both sides of a relative word (required that required)", m.group()))
    m = re.search(r"(?i)\bspent\s+on\s+(?:hours|days|weeks|months|years|time)\s*[.,]", text)
    if m:
        out.append(("a sum of money spent on a unit of time (spent on hours)", m.group()))
    m = re.search(r"(?i)(?:\S+\s+){0,3}\b(?:of|the|a|an)(?=\s*[.?]\s*$)", text)  # (a stranded "for", "with" is
    # English: "what for?")
    if m:
        out.append(("it ends on a preposition or a determiner (a copy of.)", m.group()))
    m = re.match(r"(?i)\W*please\s+confirm\s+whether\s+([^,;.?]+)", text.strip())
    if m and not any(_lemmas(w).get("AUX") or (_lemmas(w).get("VERB") and (_past_form(w) or w.lower().endswith("s")))
                     or w.lower() in ("can", "could", "will", "would", "may", "might", "must", "should", "shall")
                     for w in _words(m.group(1))):
        out.append(("a lead-in's 'whether' before a clause with no verb (whether legal or ...)", m.group()))
    m = re.search(r"(?i)\b(?:by|of|for|on|in|with|from|about|at)\s+(?:had|has|have|was|were|is|are|did|does|do)\b", text)
    if m:
        out.append(("a preposition before a verb (reported by had damp)", m.group()))
    m = re.match(rf"(?i)\W*{_LEAD}\s+(?-i:(What|Where|Who|When|Which|How|Why|Whether|If))\b", text.strip())
    if m:
        out.append(("a lead-in before a sentence of its own (Please tell me Where ...)", m.group()))
    m = re.match(r"(?i)\W*please\s+confirm\s+whether\s+([a-z]+)\b", text.strip())
    if m and _past_form(m.group(1)) and _only_verb(m.group(1)):
        out.append(("a lead-in's 'whether' before no clause (confirm whether held by)", m.group()))
    m = re.match(r"(?i)\W*please\s+confirm\s+whether\b[^,.;?]*,\s*(?:they|it|he|she|we|you|i|there)\s+[a-z']+", text.strip())
    if m:
        out.append(("a condition and its main clause read as a yes/no question (whether X, they ...)", m.group()))
    m = re.match(r"\W*To\s+know\b", text.strip())
    if m:
        out.append(("a lead-in cut to 'To know'", m.group()))
    m = re.match(r"(?i)\W*how\s+(?:many|much)\s*(?:[,?.]|$)", text.strip())
    if m:
        out.append(("a count with nothing counted (How many, if so?)", m.group()))
    return out


def wrapper_problems(text: str) -> list[str]:
    """The faults of `wrapper_spans` in TEXT, as words."""
    return [fault for fault, _ in wrapper_spans(text)]


def _theirs(span: str, message: str) -> bool:
    """SPAN (the words that show a fault) was typed by the person in MESSAGE as it stands."""
    norm = lambda t: " ".join((t or "").lower().split())  # noqa: E731
    return bool(message) and norm(span) in norm(message)


def part_fails(frame: "Frame", authority: str | None = None, message: str = "") -> list[str]:
    """Why FRAME (a part as it would go on the letter) fails the gate (empty: it passes). A rendered part: its slots
    (`slot_problems`) and the checks framing's main loop makes (`framing.part_problems`, a spelling aside: the
    spelling is proposed, never a reason to drop a part). A part kept in the person's words: only what askfoi wrote
    around them (`wrapper_problems` on the words the person did not type)."""
    from askfoi.framing import part_problems, text_problems

    if frame.kept_words or (frame.kind == "personal_data" and (frame.text or "").strip(" .?") == (frame.subject or "").strip(" .?")):
        # (a subject access item is the person's own sentence): only what the person did not type
        return [fault for fault, span in wrapper_spans(frame.text or "") if not _theirs(span, message or frame.source)]
    if frame.why is not None:  # a why or a view read as records: its clause was turned by grammar (framing checks
        # the words around it); only what no grammar makes English is read here
        said = re.sub(r'"[^"]*"', '"…"', frame.text or "")
        return slot_problems(frame, message) + [p for p in text_problems(said) if not p.startswith("a reference")]
    problems = [p for p in part_problems(frame, authority) if p != "a misspelt word"]
    if "question word" in problems and _embedded_only(frame.subject or ""):
        problems.remove("question word")  # "any guidelines on how much compensation is paid": a clause after a
        # preposition is a noun phrase's own part
    if "authority name" in problems and not _body_as_thing(frame, authority):
        problems.remove("authority name")  # "any records of Sussex Police monitoring ...": the body is the one asked
    elif "authority name" not in problems and _body_as_thing(frame, authority):
        problems.append("authority name")
    if "pronoun or filler" in problems and _only_owners(frame.subject or ""):
        problems.remove("pronoun or filler")  # "policies implemented by your force": the body's own, no pointer
    return problems + [p for p in slot_problems(frame, message) if p not in problems]


_MEASURED = frozenset({"count", "total_spend", "statistics", "income", "figure", "average"})
_OBJECT_PRONOUNS = frozenset("them him her us me".split())


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("of", "and", "the", "for", "in"))


def _body_as_thing(frame: "Frame", authority: str | None) -> bool:
    """fx50 (nc49 #3): FRAME counts or sums the body asked itself: its subject starts with the body's name or its
    initials ("The number of the environment agency prosecuted", "The total amount spent on psni use covert phone"):
    the body is who acted, never the thing counted."""
    if frame.kind not in _MEASURED or frame.kept_words:
        return False
    from askfoi.authorities import default_index, normalise, resolve_authority

    subject = re.sub(r"(?i)^(?:the|a|an)\s+", "", (frame.subject or "").strip())
    first = (_words(subject) or [""])[0]
    # st102: a subject that is no body's name (bare_names) is never resolved to one named whole: not looked up
    body = resolve_authority(subject) if subject and len(_words(subject)) <= 8 \
        and normalise(subject) in default_index().bare_names() else None
    if body is not None and body.known and normalise(re.sub(r"(?i)^the\s+", "", body.name)) == normalise(subject):
        return True  # a body named whole is never the thing counted (another body than the one asked, too)
    if not authority:
        return False
    name = normalise(re.sub(r"(?i)^the\s+", "", authority))
    short = _initials(authority)
    return bool(subject) and (bool(name) and normalise(subject).startswith(name)
                              or len(short) >= 3 and first.lower() == short.lower())


def verb_with_object_pronoun(subject: str) -> str | None:
    """fx50 (nc49 #3): the words of SUBJECT where a word takes an object pronoun ("the flights fly them over
    protests": "fly them"): a clause, never a noun phrase (a preposition before the pronoun is no verb: "any of
    them", "records about him")."""
    words = _words(subject)
    for k in range(1, len(words)):
        if words[k].lower() in _OBJECT_PRONOUNS and words[k - 1].lower() not in _PREPS | _DETS | _CONJ \
                and words[k - 1].islower() and (_lemmas(words[k - 1]).get("VERB") or _lemmas(words[k - 1]).get("AUX")):
            return f"{words[k - 1]} {words[k]}"
    return None


def _embedded_only(subject: str) -> bool:
    """Every question word in SUBJECT opens a clause after a preposition inside it ("guidelines on how much ...")."""
    words = [w.lower() for w in _words(subject)]
    wh = [k for k, w in enumerate(words) if re.fullmatch(_WH, w)]
    return bool(wh) and all(k > 1 and (words[k - 1] in _PREPS or _relative_at(words, k)) for k in wh)


_RELATIVE_VERBS = frozenset("are is were was have has had do does did".split())


def _relative_at(words: list[str], k: int) -> bool:
    """fr27a: "who"/"which" at K opens a relative clause on the noun before it ("policies to identify students | who
    are buying essays"): a noun (no preposition, no determiner) before it and a verb of being or having after it."""
    return words[k] in ("who", "which") and k + 1 < len(words) and words[k + 1] in _RELATIVE_VERBS \
        and words[k - 1] not in _PREPS and words[k - 1] not in _DETS and words[k - 1].isalpha()


def _only_owners(subject: str) -> bool:
    """SUBJECT's only pronouns are the body's possessives inside it ("initiatives implemented by your force")."""
    from askfoi.framing import _vocab

    words = [w.lower() for w in _words(subject)]
    said = [k for k, w in enumerate(words) if w in _vocab().banned]
    return bool(said) and all(words[k] in ("your", "its", "their", "our") and 0 < k < len(words) - 1 for k in said)


def _relative_reading(frame: "Frame") -> "Frame | None":
    """FRAME read again with the clause its subject ran into made a relative clause: "internal reviews upheld the
    original decision" -> subject "internal reviews", clause "that upheld the original decision" ("who" after
    people). None when the subject holds no such clause."""
    from askfoi.framing import _relative, render_frame

    if frame.kind not in ("count", "list", "statistics") or not frame.subject or frame.base:
        return None  # (a count that narrows an earlier one keeps that one's clause: not read again)
    run = finite_in_subject(" ".join(x for x in (frame.subject, frame.clause) if x))
    if not run:
        return None
    verb = run.split()[0]
    at = re.search(rf"\b{re.escape(verb)}\b", frame.subject)
    if at is None:  # the verb opens the clause: "internal reviews" + "upheld the original decision"
        if not re.match(rf"{re.escape(verb)}\b", frame.clause or ""):
            return None
        head, clause = frame.subject, f"{_relative(frame.subject.split())} {frame.clause}"
    else:
        head, rest = frame.subject[: at.start()].strip(), frame.subject[at.start():].strip()
        if not head:
            return None
        clause = " ".join(x for x in (f"{_relative(head.split())} {rest}", frame.clause) if x)
    clause = re.sub(rf"^(\S+\s+){re.escape(verb)}\b", lambda m: m.group(1) + _finite(verb), clause, count=1)
    alt = frame.model_copy(update={"subject": head, "clause": clause}, deep=True)
    alt.text = render_frame(alt)
    return alt


def _finite(verb: str) -> str:
    """lead34: VERB as a relative clause's verb: a participle of a verb never used in the passive ("gone", "risen",
    "fallen") is its past tense ("999 calls that went unanswered", never "that gone unanswered"); else VERB."""
    from lemminflect import getInflection

    low = verb.lower()
    for lemma in _lemmas(low).get("VERB", ()):
        past = getInflection(lemma, "VBD")
        if low in getInflection(lemma, "VBN") and low not in past and lemma in _never_passive() and past:
            return past[0]
    return verb


# "how many X were/are/have been Y": the count with its verb, "The number of X that were Y"
_HOW_MANY_BE = re.compile(r"(?i)^\W*(?:and\s+)?how\s+many\s+(?P<np>(?:[\w'&-]+\s+){0,5}?[\w'&-]+s)\s+(?P<aux>were|are|"
                          r"have\s+been|has\s+been|had\s+been)\s+(?P<rest>[^?.;]+?)\s*[?.]?\s*$")


def _count_reading(frame: "Frame") -> "Frame | None":
    """FRAME's question, when it is "how many X were/are Y", read as the count "The number of X that were Y" (the verb
    kept in the relative clause); None for any other question."""
    from askfoi.framing import Frame, _relative, render_frame
    from askfoi.questions import strip_opener

    m = _HOW_MANY_BE.match(strip_opener(frame.source or ""))
    if not m:
        return None
    np_ = m.group("np").strip()
    alt = Frame(kind="count", subject=np_, clause=f"{_relative(np_.split())} {m.group('aux').lower()} {m.group('rest').strip()}",
                source=frame.source, qualifiers=frame.qualifiers.model_copy())
    alt.text = render_frame(alt)
    return alt


def _ellipsis_reading(frame: "Frame") -> "Frame | None":
    """A count that narrows an earlier one, asked with its noun left out ("... and how many overturned it"): the
    question kept in the person's words with the noun it counts said ("How many internal reviews overturned it?");
    None when the question names its noun or the subject is no clean noun phrase."""
    from askfoi.framing import keep_words, subject_problems

    m = re.match(r"(?i)^\W*(?:and\s+)?how\s+many\s+(?P<rest>[a-z]+\b.*)$", (frame.source or "").strip())
    if not m or not frame.subject or not frame.base or subject_problems(frame.subject):
        return None
    verb = m.group("rest").split()[0].lower()
    if not (_past_form(verb) or _lemmas(verb).get("AUX")) or verb in ("of",):
        return None  # "how many of them", "how many cameras": the question names what it counts
    kept = keep_words(f"how many {frame.subject} {m.group('rest')}")
    kept.qualifiers = frame.qualifiers.model_copy()
    return kept


_WRAPPER = re.compile(r"(?i)^\W*(?:please\s+(?:provide|give|send|supply|disclose)\s+(?:me\s+|us\s+)?(?:with\s+)?(?:the\s+|a\s+|an\s+|any\s+)?"
                      r"|please\s+tell\s+me\s+(?=[A-Z])|to\s+know\s*,?\s*)")


def _kept_readings(frame: "Frame") -> list["Frame"]:
    """The person's words of FRAME kept whole ("keep my words"), with askfoi's lead-in only where it reads: the
    question as it was asked, then without a lead-in askfoi put before a clause ("Please provide the who ..." ->
    "Please tell me who ...")."""
    from askfoi.framing import keep_words

    out = []
    source = (frame.source or "").strip()
    held = re.match(r"(?i)\W*(?:please\s+confirm\s+whether|if)\s+([a-z]+)(?:\s+(?:by|in|at|on)\s+(?:the\s+)?[\w'-]+"
                    r"(?:\s+(?-i:[A-Z])[\w'-]*)*)?\s+((?:the|a|an|any)\s.+)$", frame.text or "")
    asked = held.group(2) if held and _past_form(held.group(1)) and _only_verb(held.group(1)) else ""
    # "(if) held by MPS the dates upon which ...": the condition every FOI request has, and the records it asks for
    cut = re.match(r"(?is)(.+?),\s*[^,]{0,30}?\b(?:of|the|a|an)\s*[.?]\s*$", frame.text or "") if frame.kept_words else None
    # "A timeline of the project, a copy of.": a list's lead-in joined after its item
    for words in (source, _WRAPPER.sub("", source), _WRAPPER.sub("", frame.text or "") if frame.kept_words else "", asked,
                  cut.group(1) if cut else ""):
        if words and words.strip(" .?") and (frame.kept_words is False or words != source or not out):
            kept = keep_words(words)
            if kept.text and kept.text != frame.text and all(kept.text != k.text for k in out):
                kept.qualifiers = frame.qualifiers.model_copy()
                out.append(kept)
    return out


def _lowered_lead(frame: "Frame", message: str) -> "Frame | None":
    """A part kept whole whose lead-in stands before a capitalised question word ("Please tell me Who each of the
    plaques is for.") read as the embedded question it is when the person wrote it as a list item of its own (at the
    start of a line in MESSAGE): "Please tell me who each of the plaques is for." A sentence of prose that starts with
    the word ("... collect him. When we explained ...") is a statement, never read so: None."""
    m = re.match(rf"(?i)(\W*{_LEAD}\s+)(?-i:(What|Where|Who|When|Which|How|Why|Whether|If))\b(.*)$", (frame.text or "").strip(), re.S)
    if not m or not frame.kept_words:
        return None
    first = " ".join(re.findall(r"[\w'-]+", m.group(3))[:4])
    at = re.search(rf"(?m)^[ \t]*(?:[-*\u2022>]|\(?\w{{1,3}}[.)]|:+)?[ \t]*{m.group(2)}\s+" + r"\W+".join(map(re.escape, first.split())),
                   message or "")
    if at is None:
        return None
    return frame.model_copy(update={"text": m.group(1) + m.group(2).lower() + m.group(3)})


_SMALL = frozenset("the a an of in on for to by and or please could can would you tell me state provide how many much "
                   "what which who is are was were did does do it its their your our council".split())


def _said_by_another(part: "Frame", others: list["Frame"]) -> bool:
    """PART (a reading kept in the person's words) asks what another of OTHERS already asks: its content words are
    all in that part's words."""
    words = {w.lower() for w in _words(part.text) if not w[:1].isupper()} - _SMALL  # (names: the body asked)
    # lead (h21 blind judging): one shared word ("what the complaint was" beside a count of complaints) is a field of
    # its own, not the same question: at least two of its words must be said by the other part
    return len(words) >= 2 and any(words <= {w.lower() for w in _words(o.text)} for o in others)


# "When we asked why it became ...": the writer's clause of time tells what happened, it asks nothing
_TOLD_TIME = re.compile(r"(?i)^\W*(?:when|while|once|after|before|as\s+soon\s+as)\s+(?:i|we|he|she|they|my|our|his|her|their)\b")


def _written_out(kept: "Frame", k: int, framing: "Framing", message: str, authority: str | None) -> "Frame":
    """lead35: the person's words KEPT in place of the K-th part of FRAMING, with "they", "there", "that road" written
    out as the message makes clear (askfoi.part_references), as every other part has them; KEPT as it is when nothing
    is clear or the written-out words fail the gate."""
    from askfoi.part_references import _CHAT_WORDS, _context_of, resolve
    from askfoi.sentence_acts import formal_request

    formal = formal_request(message) or len(re.findall(r"[A-Za-z']+", message)) > _CHAT_WORDS
    done = resolve(kept.text, _context_of(kept, k, framing.parts, message), message=message, places_only=formal)
    if not done.resolved or done.text == kept.text:
        return kept
    out = kept.model_copy(update={"text": done.text})
    return kept if part_fails(out, authority, message) else out


def gate_parts(framing: "Framing", message: str = "", only: tuple[str, ...] = ()) -> list[tuple[int, str, str, list[str]]]:
    """Every part of FRAMING through the gate (`part_fails`), once the parts are final: a part that fails is replaced
    in its place by another reading of its question that passes (`_relative_reading`, `_count_reading`), else by
    the person's words kept whole that pass (`_kept_readings`), else it leaves the letter and its question is asked
    back (prompts/frames/question.j2), or, when it asks nothing, becomes a remark. A fault the person typed in MESSAGE themselves is theirs, not askfoi's: a kept
    part is not failed for it. Returns what changed: (part index, text before, text after or "" when asked back, why).
    Changes FRAMING in place."""
    from askfoi.framing import choice_kinds, kinds
    from askfoi.questions import asks_for_information
    from askfoi.templates import render

    authority = framing.authority.name if framing.authority else None
    changed: list[tuple[int, str, str, list[str]]] = []
    keep: list = []
    for k, part in enumerate(framing.parts):
        why = part_fails(part, authority, message)
        if not why or only and not any(w.startswith(only) for w in why):
            keep.append(part)  # (fx50: ONLY: the faults the final pass acts on; a part written after the first pass
            continue  # may fail an older check by design, "the number of times number plate recognition was used")
        if part.source and any(p is not part and p.source == part.source and not part_fails(p, authority, message)
                               for p in framing.parts):
            changed.append((k, part.text, "", why + ["its question is asked by another part"]))
            continue  # fx50: a second reading of a question another part asks well ("how many were prosecuted")
        readings = [] if part.kept_words else [r for r in (_relative_reading(part), _count_reading(part),
                                                            _ellipsis_reading(part)) if r is not None]
        readings += [r for r in (_lowered_lead(part, message),) if r is not None] + _kept_readings(part)
        seen = {p.text.lower() for p in framing.parts if p is not part}
        good = next((r for r in readings if r.text.lower() not in seen
                     and not part_fails(r, authority, message)), None)
        if good is not None and good.kept_words and _said_by_another(
                good, [p for p in framing.parts if p is not part and not part_fails(p, authority, message)]):
            changed.append((k, part.text, "", why + ["its question is asked by another part"]))
            continue  # "Could the council state how many ...?" beside the part "How many ...?": one is enough
        if good is not None and good.kept_words and message:
            good = _written_out(good, k, framing, message, authority)
        if good is not None and good.kept_words and part.qualifiers.breakdown == "reason" \
                and not re.search(r"(?i)\b(?:why|reasons?)\b", good.text or ""):
            # nx97: "how many times has it closed early this year and why": the why read as the count's breakdown by
            # reason is never lost with the frame that failed; the kept words get it as a sentence of their own, as a
            # count kept whole does (framing: reasons_after)
            from askfoi.questions import why_of_count

            good.text = f"{good.text.rstrip()} {render('frames/reasons_after.j2', why=why_of_count(good.text)).strip()}"
        if good is not None:
            good.warning, good.sections, good.replacements = part.warning, part.sections, part.replacements
            keep.append(good)
            changed.append((k, part.text, good.text, why))
            continue
        question = " ".join((part.source or part.text or "").split())
        if question and (not asks_for_information(question) or _TOLD_TIME.match(question) and "?" not in question):
            changed.append((k, part.text, "", why))
            framing.remarks.append(question)  # a sentence that asks nothing is a remark, never asked back
            continue
        # lead (h21 blind judging): a part that asks, fails and has no better reading stays in the letter as it is,
        # where the person sees it and can edit it at the parts step: asked back instead, its question was lost
        keep.append(part)
    framing.parts = keep
    return changed
