"""nf97 (nc97 #6): the subject a part still in the person's words asks about, when it can be told for sure.

"2 policy" asks part 2 as another kind of record. A part with no frame (still the person's question: "Who decided
the rise?") had no subject to ask about, so the chat answered "I couldn't build part N as a kind of record" with an
unrelated example. Here the subject is the noun phrase the part's question ends on, read by
askfoi/story_antecedents.py `mentions`: a thing (never a body, never people, never a name written with capitals),
of two words or more, that runs to the end of the question (a phrase cut short, "the rise in staff parking" of "...
staff parking charges", is no subject). Anything less sure gives None, and the chat asks the person to write the part
again, with an example made of the part's own words.
"""

from __future__ import annotations

import re


# a phrase after these is the subject of the question's verb ("did the council ...", "and other consultants"), not what
# it asks about
_BEFORE_SUBJECT = frozenset("is are was were do does did has have had can could will would should and or".split())


def kept_part_subject(part: str) -> str | None:
    """The phrase PART (one question, as typed) ends on, as the officer's words ("the rise"), or None when unsure."""
    from askfoi.story_antecedents import _tokens, _verb_only, mentions

    question = re.split(r"(?<=[.?!])\s+", (part or "").strip())[0].rstrip(" ?.!")
    if not question:
        return None
    held = _HELD_ASKED.match(question)
    if held and held.group("verb").lower() in _HELD_VERBS:
        # nx100 (nc99 j1): "Do you keep the pictures of people who weren't on a watchlist?": what the body keeps, stores
        # or holds is the thing asked about, whole ("3 retention": the retention policy for those pictures)
        thing = re.sub(r"(?i)^(?:your|their|its|any|all(?:\s+the)?)\s+", "the ", held.group("thing")).strip()
        thing = re.sub(r"(?i)\s+(?:after|for|within|over)\s+(?:a|an|one|two|three|six|twelve|\d+)\s+(?:days?|weeks?|months?|years?)$",
                       "", thing)  # "after a year": how long, which the retention period answers
        first = thing.split()[1] if len(thing.split()) > 1 else ""
        if first and first.islower() and first not in ("people", "persons", "staff", "officers", "children"):
            return thing
    toks = _tokens(question)
    for m in mentions(question):
        if m.body or m.people or not m.top or m.end != len(toks) or len(m.text.split()) < 2:
            continue
        if m.text != m.text.lower() or re.search(r"\d", m.text):
            continue  # a name ("Mid and West Wales"), an amount ("£1500 a day"): not a subject to ask records about
        if _verb_only(toks[m.end - 1]) or (m.start and toks[m.start - 1].lower() in _BEFORE_SUBJECT):
            continue  # "why was the leisure centre closed", "and other consultants produce": the question's subject
        return m.own
    return None


# nx100: a yes/no question about what the body holds: "do you keep/store/retain/delete the X ...", its object whole
_HELD_ASKED = re.compile(r"(?i)^\W*(?:and\s+|also\s+)?(?:do|does|did|will|would|can|could|have|has)\s+(?:you|they)\s+"
                         r"(?:still\s+|ever\s+|currently\s+|routinely\s+|also\s+)?(?P<verb>[a-z]+)\s+"
                         r"(?P<thing>(?:the|your|their|its|any|all)\s+[a-z].*)$")
_HELD_VERBS = frozenset("keep keeps kept store stores stored retain retains retained hold holds held delete deletes "
                        "deleted destroy destroys destroyed share shares shared".split())


def own_words_example(part: str) -> str:
    """What an example edit of PART is made of: its first question as a clause, whole ("Who decided the
    rise?" -> "who decided the rise"; "Is it true the interim director gets paid £1500 a day?" -> "whether the interim
    director gets paid £1500 a day"); "" for any other yes/no question, or one too long to show whole."""
    question = re.split(r"(?<=[.?!])\s+", (part or "").strip())[0].rstrip(" ?.!")
    question = re.sub(r"(?i)^\W*(?:(?:and|also|so|but)\s+)*", "", question)
    question = re.sub(r"(?i)^is\s+it\s+true\s+(?:that\s+)?", "whether ", question)
    # sp64 (nc101 j1): "Please tell me what software you use to do it.": the question after a request to be told
    question = _TELL_ME.sub("", question)
    words = question.split()
    if not words or not re.fullmatch(r"(?i)who|what|which|why|how|when|where|whether", words[0]):
        return ""  # "is he under investigation": no clause made of it without reordering the person's words
    words[0] = words[0].lower()
    words = statement_order(words)
    if not words or len(words) < 2:
        return ""  # a bare "why" is no example
    if len(words) > _LONGEST_EXAMPLE:
        # sp65 (nc102 #8): a question cut short asks something else ("how many of the PIP awards that were reduced or
        # stopped" without "were changed back on appeal", "at demos in Leeds last" without "year"): a long one gives
        # no example of its own words, never a part of them
        return ""
    return " ".join(words).rstrip(",;:")


# sp65: the most words an example edit made of the person's own question may have (two lines of an 80-column screen
# with the hint around it)
_LONGEST_EXAMPLE = 20


# sp64: "-ing" words that name things before another noun ("the waiting list", "the recycling centre")
_GERUND_NOUNS = frozenset("waiting parking opening recycling housing training planning cleaning shopping swimming building "
                          "funding meeting gritting fostering lighting heating learning nursing policing licensing "
                          "sentencing offending reoffending booking marking screening testing teaching counselling "
                          "lending printing processing safeguarding staffing boarding landing".split())
_TELL_ME = re.compile(r"(?i)^(?:(?:please|pls|plz)\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
                      r"(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?(?=(?:who|what|which|why|how|when|where|whether)\b)")


# ny99 (nc99 #8): the auxiliaries a direct question puts before its subject ("which hotels ARE they using")
_INVERTING = frozenset("is are was were has have had can could will would should may might must".split())
_DO = frozenset(("do", "does", "did"))
_PRONOUN_SUBJECTS = frozenset("i you we they he she it".split())
_DETERMINERS = frozenset("the this that these those their its our your my his her a an any each every".split())


def _base_verb(word: str) -> bool:
    from lemminflect import getAllLemmas

    return word.lower() in getAllLemmas(word.lower()).get("VERB", ())


def _verb_form(word: str, tags: tuple[str, ...]) -> bool:
    """sp64: WORD (any case) is a form of some verb with one of TAGS (VB, VBZ, VBD, VBN, VBG): "paid" VBN of pay,
    "parking" VBG of park, "got" VBD of get."""
    from lemminflect import getAllLemmas, getInflection

    low = word.lower().strip(",;:")
    lemmas = getAllLemmas(low).get("VERB", ())
    return any(low == lemma if tag == "VB" else low in getInflection(lemma, tag) for lemma in lemmas for tag in tags)


def _british(form: str | None, base: str) -> str | None:
    """sp64: FORM of BASE spelt the British way: a final "l" after one vowel doubles ("cancel" -> "cancelled", not
    "canceled"; "travel" -> "travelled")."""
    if form and base.endswith("l") and not base.endswith("ll") and len(base) > 3 and base[-2] in "aeiou" \
            and base[-3] not in "aeiou" and form.startswith(base) and form[len(base):] in ("ed", "ing"):
        return base + "l" + form[len(base):]
    return form


def _noun_too(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower().strip(",;:")).get("NOUN"))


# sp64: the verb forms each inverted auxiliary takes after its subject ("has the council USED/GOT", "is the council
# USING", "is the director PAID", "will the library REOPEN", "did parents WIN")
_VERB_AFTER = {
    **{aux: ("VBN", "VBD") for aux in ("has", "have", "had")},
    **{aux: ("VBG", "VBN") for aux in ("is", "are", "was", "were")},
    **{aux: ("VB",) for aux in ("can", "could", "will", "would", "should", "may", "might", "must", "do", "does", "did")},
}
_COPULAS = frozenset(("is", "are", "was", "were"))
_PREPOSITIONS = frozenset("of in on for to by with about at from into under over per after before between".split())
_DEGREE = frozenset("many much long often far old big soon".split())  # "how MANY", "how LONG": the question word's own
_DEMONSTRATIVES = frozenset("this that these those each any all".split())
_TIME_WORDS = frozenset("last next this each every per".split())
_PARTICLES = frozenset("up down out off in on over back away".split())  # "cut down", "end up": the verb's own
_MEASURES = frozenset("times days weeks months years hours minutes".split())


def _wh_subject(low: list[str], aux: int) -> bool:
    """The question word phrase before the auxiliary can be its subject: "who", "which company", "what contracts",
    "how many pupils" (never "why", "how", "where", "when", "how much")."""
    if low[:2] == ["how", "many"]:
        return len(low) < 3 or low[2] not in _MEASURES  # "how many times were cameras switched off": not the subject
    return low[0] in ("who", "what", "which") or low[:3] == ["how", "much", "of"]


def statement_order(words: list[str]) -> list[str] | None:
    """ny99 (nc99 #8): a direct wh-question's WORDS in the order an embedded question keeps, the order of a
    statement: "which hotels are they using" -> "which hotels they are using", "what is the policy on X" -> "what
    the policy on X is", "how many appeals did parents win against them" -> "how many appeals parents won against
    them". WORDS with no auxiliary before a subject come back as they are; None when the question inverts a subject
    that cannot be told for sure (the person's own words would then be written out of order).

    sp64 (nc101 j2, j5; and 158 of 704 real questions written wrongly, e.g. "the policed", "the homed office"): an
    auxiliary is put back only after a subject that has its own verb of the form the auxiliary takes ("has the council
    USED", "does the trust HAVE"), found past the subject's noun (never the word after a determiner, a preposition,
    "to" or "be"; a noun that is also a verb gives way to the verb after it: "did kent police PAY"). With none, "has",
    "had", "do" and "did" are the question's main verb and a question word that can be a subject is it, in statement
    order already ("which company has the contract", "which company did the survey"); after "is", a question word
    phrase followed by no subject is the subject ("how many were late", "how many pupils are on free school meals"),
    "there" stays before the copula ("how many allotments there are"), and a phrase with a clause of its own ("the
    total THE COUNCIL paid", "the most NHS Lothian paid") takes the copula after it. A question already in statement
    order ("when it was last updated", "how much that contract is worth") is kept."""
    from lemminflect import getAllLemmas, getInflection

    low = [w.lower().strip(",;:") for w in words]
    aux = next((k for k in range(1, min(len(low), 6)) if low[k] in _INVERTING or low[k] in _DO), None)
    if aux is None or aux + 1 >= len(low):
        return words  # "who decided the rise", "why", "what is": nothing inverted
    if low[0] in ("why", "where", "when", "how") and low[1] not in _DEGREE and aux > 1:
        return words  # "when it was last updated": a subject before the verb, statement order already
    inside = [w for j, w in enumerate(low[1:aux], 1) if low[j - 1] != "of"]
    if any(w in _PRONOUN_SUBJECTS or w in _DETERMINERS for w in inside):
        return words  # "how much that contract is worth", "where these criteria are published"
    head, verb, rest, rlow = words[:aux], low[aux], words[aux + 1:], low[aux + 1:]
    first = rlow[0]
    if verb in _COPULAS and first == "there":
        return [*head, rest[0], words[aux].lower(), *rest[1:]]  # "how many allotments there are in cambridge"
    if aux == 1 and low[0] == "who" and first not in _PRONOUN_SUBJECTS and first not in _DETERMINERS:
        return words  # "who was responsible for the decision": "who" is the subject
    if verb not in _DO and first not in _PRONOUN_SUBJECTS and first not in _DETERMINERS:
        lemmas = getAllLemmas(first)
        if lemmas.get("VERB") and not lemmas.get("NOUN") or first.endswith(("ing", "ed")) \
                or first in ("being", "been", "not"):
            return words  # "which hotels are being used", "who was responsible": the question word is the subject
        if verb in _COPULAS and _wh_subject(low, aux) and not rest[0][:1].isupper():
            return words  # "how many were late", "how many pupils are on free school meals", "which are still open"
    if verb in ("has", "have", "had") and first in ("their", "its", "his", "her") and _wh_subject(low, aux):
        return words  # "how many patients had their operations cancelled": "had" is the verb of the question word
    tags = _VERB_AFTER.get(verb)
    if tags is None:
        return None
    later = [k for k in range(1, len(rlow)) if _verb_form(rest[k], tags)]
    if first in _PRONOUN_SUBJECTS or first in _DEMONSTRATIVES and later and later[0] == 1 and (
            len(later) == 1 or not _noun_too(rest[1])):
        start = 1  # "are they using", "did that cost", "did each receive": the subject is one word
    else:
        start = 2 if first in _DETERMINERS else 1
    found = None
    for k in range(start, min(len(rlow), 10)):
        word, before = rlow[k], rlow[k - 1]
        if word in ("and", "or", "who", "which", "that", "whether", "if", "because") or word.startswith("("):
            if verb in _COPULAS:
                break
            return None  # the subject cannot be told past a joined or a relative phrase
        if verb in _COPULAS and k > 1 and before not in _PREPOSITIONS and start > 1 and (
                word in _DETERMINERS or word in _PRONOUN_SUBJECTS or rest[k][:1].isupper() and rest[k - 1].islower()):
            break  # "what is the total | the council paid": a clause of its own; the copula goes after the phrase
        if verb in _COPULAS and word == "like" and k == len(rlow) - 1 or verb in _COPULAS and word == "like" \
                and k + 1 < len(rlow) and rlow[k + 1] in _PREPOSITIONS | {"near", "now", "today"}:
            return [*head, *rest[:k], words[aux].lower(), *rest[k:]]  # "what the air quality is like near ..."
        if verb in _COPULAS and before in _PREPOSITIONS and word.endswith("ing") and start > 1:
            break  # "the total cost of paying suspended staff": a clause inside the phrase, which the copula follows
        if k in later and before not in _PREPOSITIONS and before not in ("to", "be", "been", "being"):
            nxt = rlow[k + 1] if k + 1 < len(rlow) else ""
            if verb in _COPULAS and _noun_too(word) and nxt in ("of", "for", "per"):
                continue  # "what was the total cost of planting": the cost, a noun
            if verb in _COPULAS and word in _GERUND_NOUNS and nxt and nxt not in _PREPOSITIONS:
                continue  # "the waiting time", "the parking charges": a noun made of a verb, before its noun
            if verb in _COPULAS and nxt and (nxt not in getAllLemmas(nxt).get("NOUN", (nxt,))
                                             or word.endswith("ed") and nxt.endswith("ing")):
                continue  # "newly planted trees", "the estimated waiting time": a participle describing a noun
            if verb in _COPULAS and word.endswith("ing") and nxt and getAllLemmas(nxt).get("NOUN") \
                    and any(w in _PREPOSITIONS for w in rlow[start:k]):
                continue  # "the policy on fly tipping enforcement": a noun inside the phrase's own preposition
            if verb not in _COPULAS and _noun_too(word) and nxt and nxt not in _TIME_WORDS \
                    and nxt not in _PREPOSITIONS and nxt not in _PARTICLES and _verb_form(nxt, ("VB",)) and k + 1 in later:
                continue  # "did kent police pay": "police" is the subject's noun, "pay" its verb
            if verb not in _COPULAS and _noun_too(word) and _verb_form(nxt, ("VBG", "VBN")):
                continue  # "did the lights in the town centre being used ... cost": "centre" is a noun
            found = k
            break
    if found is None:
        if verb in _COPULAS:
            return [*head, *rest, words[aux].lower()]  # "what is the policy on drones" -> "... on drones is"
        if verb in ("has", "have", "had", "do", "does", "did") and first not in _PRONOUN_SUBJECTS \
                and _wh_subject(low, aux):
            return words  # "which company has the contract", "which company did the survey": nothing inverted
        return None
    if found and rlow[found - 1] == "not":
        return [*head, *rest[:found - 1], words[aux].lower(), "not", *rest[found:]]  # "why the police does not respond"
    if verb in _DO:
        tag = {"did": "VBD", "does": "VBZ"}.get(verb)
        form = _british((getInflection(rlow[found], tag) or (None,))[0], rlow[found]) if tag else rlow[found]
        if not form:
            return None
        return [*head, *rest[:found], form, *rest[found + 1:]]
    return [*head, *rest[:found], words[aux].lower(), *rest[found:]]


def still_question_finding(about: str, parts: list[str], frames: list, findings: list) -> list:
    """nf97 (nc97 #5): a finding on the parts still in the person's words as a question ("Who decided the rise?", "Is
    it true the interim director gets paid £1500 a day?") that no other finding raises: the review said "nothing an
    FOI officer would push back on" over them. A part the person chose to keep whole ("keep my words": the whole
    message kept) is theirs and is not raised. The fix asks for the records about the subject the question ends on
    (`kept_part_subject`) when it is sure, else says how to write the part as records, from its own words."""
    from askfoi.checks import Finding
    from askfoi.framing import keep_words, reads_as_request
    from askfoi.templates import render

    by_text = {getattr(f, "text", None): f for f in frames or []}
    chosen = keep_words(about).text if (about or "").strip() and len(parts) == 1 else None
    raised = " ".join((getattr(f, "evidence", "") or "") + " " + (getattr(f, "message", "") or "") for f in findings)
    still = []
    for n, part in enumerate(parts, 1):
        frame = by_text.get(part)
        if frame is not None and not getattr(frame, "kept_words", False):
            continue
        if reads_as_request(part) or part == chosen or part[:60] in raised:
            continue
        still.append((n, part))
    if not still:
        return []
    fixes = []
    rewrite = list(parts)
    for n, part in still:
        subject = kept_part_subject(part)
        if subject:
            fixed = render("frames/still_question_records.j2", subject=subject).strip()
            rewrite[n - 1] = fixed
            fixes.append((n, fixed, ""))
        else:
            fixes.append((n, "", own_words_example(part)))
    return [Finding(code="part-still-question", severity="medium",
                    message=render("frames/part_still_question.j2", parts=still).strip(),
                    suggestion=render("frames/part_still_question_fix.j2", fixes=fixes).strip(),
                    evidence=still[0][1][:120],
                    rewrite="\n".join(f"{i}. {p}" for i, p in enumerate(rewrite, 1)) if rewrite != list(parts) else None)]
