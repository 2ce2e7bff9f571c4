"""fr29b (issue 8, item 2): what an informal message is about, found by structure, not from a list of subjects.

People tell what happened and then ask about it with a pointer: "my street lights on elm road have been out for 3 weeks
and the bins werent collected again, also theres fly tipping behind the co-op. i want to know how many complaints leeds
city council got about this and what they spent fixing it". The officer reads only the letter, so "this" and "it" must
be written out as what the story is about: a noun phrase the person wrote, in the officer's words ("the street lights
on Elm Road", never "my street lights"). askfoi.story_antecedents already writes in the one phrase of the right kind
in the sentence just before a question; this module is its fallback for what that leaves:

- `topics(told)`: the story's noun phrases that can be a subject (no person, body, time, amount, the writer's feelings
  or the telling itself: knowledge/vocab/story_subject.yaml), each with how many sentences repeat its head noun;
- `subject_for(pointer, told, whole=False)`: the phrase(s) a pointer means, or None when unsure. Sure is: one topic
  of the pointer's number in the whole story, or one whose head the story repeats more often than any other's; a bare
  "this"/"these" (or "it" in the same sentence as one) after a sentence that lists several topics joined by "and",
  "also" ... means all of them;
- `fill_pointers(question, told, sentence)`: QUESTION with each bare pointer that is sure written out, the pointers
  left, and the candidates for the first one left (for a numbered question back: askfoi never picks one by guessing).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class Topic:
    phrase: str  # as the officer reads it: "the street lights on Elm Road"
    lemma: str  # the head noun's lemma: "light"
    plural: bool
    sentence: int  # the index of the told sentence it is in
    repeats: int  # how many told sentences use the head noun
    opens: bool = False  # it opens its sentence (the subject of what the sentence tells: "the new cycle lane ... has")


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], tuple[str, ...]]:
    data, _ = load_vocab("story_subject")
    return frozenset(w.lower() for w in data.get("not_subjects") or ()), tuple(data.get("joiners") or ())


@functools.lru_cache(maxsize=1)
def said_about() -> frozenset[str]:
    """The heads of what is said or counted about a trouble, never the trouble (knowledge/vocab/story_subject.yaml)."""
    data, _ = load_vocab("story_subject")
    return frozenset(str(w).lower() for w in data.get("said_about") or ())


def _lemma(word: str) -> str:
    from askfoi.story_antecedents import _pos

    low = word.lower()
    nouns = _pos(low).get("NOUN") or _pos(low).get("PROPN") or ()
    return nouns[0].lower() if nouns else low


_WHERE = frozenset("on in at near outside behind along beside opposite".split())
_PLACED = frozenset("near behind beside outside opposite at in inside".split())
_LEAD = re.compile(r"(?i)^(?:a|an|my|our|many|some|several|few|these|those|this|that|all\s+the|all)\s+")


def _officer_words(text: str, *, own_phrase: bool = False) -> str:
    """The phrase as the officer reads it: "my street lights on elm road" -> "the street lights on Elm Road". OWN_PHRASE:
    the person's own words for what they ask about, not a thing written out from the story: "a new skate park" keeps
    its "a" (there may be none yet); only "my" / "our" become "the" (lead, session 29)."""
    from askfoi.framing import capitalise_names

    text = text.strip()
    if not (own_phrase and re.match(r"(?i)^(?:a|an)\s", text)):
        text = _LEAD.sub("the ", text)
    out = re.sub(r"^The\b", "the", text)
    out = re.sub(r"(?i)\b(?:my|our)\b", "the", out)
    return capitalise_names(out) or out


def topics(told: list[str]) -> list[Topic]:
    """The noun phrases of TOLD (sentences, oldest first) that can be what the story is about."""
    from askfoi.story_antecedents import _ATTACH, _PRONOUNS, _RECORDS, _closed, _pos, _tokens, _verb_only, _words, mentions

    never, _ = _vocab()
    w = _words()
    words_of = [{_lemma(x) for x in re.findall(r"[A-Za-z][A-Za-z'-]*", s)} for s in told]
    out: list[Topic] = []
    for i, sentence in enumerate(told):
        toks = _tokens(sentence)
        for m in mentions(sentence):
            head = m.head.lower()
            near = [x.lower() for x in toks[max(0, m.start - 4):m.start]]
            if near and near[-1] in _PLACED or "next" in near[:-1] and "to" in near[-3:]:
                continue  # "next to st marys primary", "behind the co-op": where, not what
            if not m.top or m.people or m.body or head in w.time or head in _RECORDS or head in _PRONOUNS \
                    or head in never or re.match(r"[£$\d\u00a7]", m.head):
                continue
            pos = _pos(head)
            if pos and "NOUN" not in pos and "PROPN" not in pos:
                continue  # "a week goes": the parser's verb, no noun
            if m.head[:1].isupper() and not pos and len(m.text.split()) > 1 and not re.search(r"(?i)\b(?:road|street|lane|"
                                                                                             r"school|park|avenue)\b", m.text):
                continue  # "Coun Leigh Bramall": a person's name
            if m.end - m.start == 1 and m.head[:1].isupper():
                continue  # "Grove" of "on Ash Grove": a name alone is a place or a person here
            said = m.text
            end = m.end
            while end + 1 < len(toks) and toks[end].lower() in _WHERE:
                # "the park toilets on the seafront in hove": the place the parser left off (a word it does not know)
                k = end + 1 + (toks[end + 1].lower() == "the")
                run = k
                while run < len(toks) and run - k < 3 and re.match(r"[A-Za-z][A-Za-z'-]*$", toks[run]) \
                        and not _closed(toks[run].lower()) and toks[run].lower() not in w.time \
                        and not _verb_only(toks[run]):
                    run += 1
                if run == k or run < len(toks) and not (_closed(toks[run].lower()) or re.match(r"[^\w]", toks[run])):
                    break
                end = run
            if end > m.end:
                said = " ".join(toks[m.start:end])
            if end == m.end and m.end < len(toks) and re.match(r"\d", toks[m.end]):
                # "the street light outside number 4": the parser stopped before the number; the place is cut, not kept
                cut = [k for k in range(m.start + 1, m.end) if toks[k].lower() in _ATTACH]
                said = " ".join(toks[m.start:cut[-1]]) if cut else said
            lemma = _lemma(head)
            opens = not any(t.sentence == i for t in out) and m.start <= 2 and not any(
                x.lower() in ("i", "we", "they", "he", "she", "you") for x in toks[:m.start])
            out.append(Topic(phrase=_officer_words(said), lemma=lemma, plural=m.plural, sentence=i,
                             repeats=sum(1 for ws in words_of if lemma in ws), opens=opens))
    return out


def _listed(told: list[str], found: list[Topic]) -> list[Topic]:
    """The topics the last sentence of story that names two or more lists in one breath ("... and ..., also ...")."""
    from askfoi.story_antecedents import tells

    _, joiners = _vocab()
    for i in range(len(told) - 1, -1, -1):
        if not tells(told[i]):
            continue  # an earlier question ("how many complaints did they get about this and"): no story told
        here = [t for t in found if t.sentence == i]
        lemmas = list(dict.fromkeys(t.lemma for t in here))
        if len(lemmas) >= 2 and any(re.search(rf"(?i)\b{re.escape(j)}\b", told[i]) for j in joiners):
            firsts = [next(t for t in here if t.lemma == lemma) for lemma in lemmas]
            return firsts if len(firsts) <= 4 else []
        if here:
            return []
    return []


def subject_for(pointer: str, told: list[str], *, whole: bool = False) -> list[str] | None:
    """The phrase(s) POINTER ("it", "this", "them", ...) means in the story TOLD, or None when askfoi cannot be sure.
    WHOLE: the pointer may stand for the whole story ("about this"), so a list of topics told in one breath is all of
    it."""
    found = topics(told)
    if not found:
        return None
    low = pointer.lower()
    if whole or low in ("this", "these"):
        listed = _listed(told, found)
        if listed:
            return [t.phrase for t in listed]
    # ("this" may stand for a thing or for what happened: "who approved this" after "they put double yellow lines in")
    plural = {"it": False, "that": False, "them": True, "these": True, "those": True}.get(low)
    fits = [t for t in found if plural is None or t.plural == plural or (not plural and t.lemma.endswith("ing"))]
    groups: dict[str, list[Topic]] = {}
    for t in fits:
        groups.setdefault(t.lemma, []).append(t)
    if not groups:
        return None
    ranked = sorted(groups.values(), key=lambda g: -g[0].repeats)
    best = ranked[0]
    if (len(found) == 1 and len(best[0].phrase.split()) > 1) or (best[0].repeats >= 2 and (len(ranked) == 1 or best[0].repeats > ranked[1][0].repeats)):
        return [_fullest(best)]
    # "the new cycle lane on Mill Road has made the traffic awful": the subject of the last sentence of story, when
    # that sentence tells one thing (no "and", "but", "also" joining a second)
    _, joiners = _vocab()
    last = max(t.sentence for t in found)
    opener = next((t for t in fits if t.sentence == last and t.opens), None)
    if opener is not None and opener.repeats >= ranked[0][0].repeats and not any(
            re.search(rf"(?i)\b{re.escape(j)}\b|\bbut\b", told[last]) for j in joiners):
        return [opener.phrase]
    return None


def _fullest(group: list[Topic]) -> str:
    """The fullest phrase of a topic the story repeats, within eight words ("the proposed changes to the no 3 bus
    service" over "these changes")."""
    fit = [t for t in group if len(t.phrase.split()) <= 8] or group
    return max(fit, key=lambda t: (len(t.phrase.split()), -t.sentence)).phrase


def choices(told: list[str]) -> list[str]:
    """The story's topics as numbered choices, the most repeated first (at most four, one per head noun)."""
    seen: dict[str, Topic] = {}
    for t in sorted(topics(told), key=lambda t: (-t.repeats, t.sentence)):
        seen.setdefault(t.lemma, t)
    return [t.phrase for t in list(seen.values())[:4]]


def _join(phrases: list[str]) -> str:
    return " and ".join(phrases)  # "X and Y and Z": a comma list after "about" is not read as one subject by the frames


_YES_NO = re.compile(r"(?i)^\W*(?:(?:and|so|but|also)\s+)*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|"
                     r"should|shall|may|might|must)\b")
# a bare pointer: "it", "them", or "this"/"that"/"these"/"those" with no noun after it ("about this and what ...")
_POINTER = re.compile(r"(?i)\b(it|them|this|that|these|those)\b(?!')")
_AFTER_PREP = re.compile(r"(?i)\b(?:about|on|of|for|with|to|fixing|fix|repair|repairing|sort|sorting|clear|clearing|"
                         r"tackle|tackling|regarding|into)\s*$")


def _bare(question: str, m: re.Match[str]) -> bool:
    """The pointer at M stands alone (no noun follows a demonstrative; "it" is an object, never a dummy subject)."""
    from askfoi.story_antecedents import _closed, _pos

    low = m.group(1).lower()
    before = question[:m.start()]
    if low == "it":  # the object of a preposition or a verb ("about it", "put it in"), never a dummy subject
        prev = re.search(r"(?i)([a-z]+)\s*$", before)
        return bool(_AFTER_PREP.search(before)) or bool(prev) and "VERB" in _pos(prev.group(1).lower()) \
            and not _closed(prev.group(1).lower())
    if low == "them":
        return bool(re.search(r"(?i)\b\w+\s*$", before))
    nxt = re.match(r"\s*([A-Za-z][A-Za-z'-]*)", question[m.end():])
    if nxt and not _closed(nxt.group(1).lower()):
        pos = _pos(nxt.group(1).lower())
        if "NOUN" in pos or "ADJ" in pos or not pos:
            return False  # "this proposal", "these changes": a determiner
    if low == "that" and not _AFTER_PREP.search(before):
        return False  # "that" as a conjunction or relative ("how many complaints that were upheld")
    return bool(_AFTER_PREP.search(before)) or not nxt


def fill_pointers(question: str, told: list[str], sentence: str = "") -> tuple[str, list[str], list[str]]:
    """QUESTION with each bare pointer the story makes sure written out (see the module's doc); returns the question,
    the pointers left, and the story's topics to offer as numbered choices for the first one left ([] when none)."""
    if not told or _YES_NO.match(question):
        return question, [], []  # a yes/no question is read clause by clause (askfoi.clause_asks), its pointers too
    said = sentence or question
    whole = any(_bare(said, m) and re.search(r"(?i)\b(?:about|on|regarding|with)\s*$", said[:m.start()])
                for m in _POINTER.finditer(said) if m.group(1).lower() in ("this", "these"))
    out = question
    left: list[str] = []
    for m in reversed(list(_POINTER.finditer(question))):
        if not _bare(question, m):
            continue
        phrases = subject_for(m.group(1), told, whole=whole)
        from askfoi.story_antecedents import rule_object_mismatch

        if phrases and m.group(1).lower() == "it" and rule_object_mismatch(question[:m.start()], _join(phrases)):
            phrases = []  # nx99: "enforce it" is a rule's, never "the car" the story is about
        if not phrases:
            left.append(m.group(1))
            continue
        out = out[:m.start()] + _join(phrases) + out[m.end():]
    return out, left, (choices(told) if left else [])
