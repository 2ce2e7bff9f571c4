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
    """What an example edit of PART is made of: its first question as a clause, at most twelve words ("Who decided the
    rise?" -> "who decided the rise"; "Is it true the interim director gets paid £1500 a day?" -> "whether the interim
    director gets paid £1500 a day"); "" for any other yes/no question."""
    question = re.split(r"(?<=[.?!])\s+", (part or "").strip())[0].rstrip(" ?.!")
    question = re.sub(r"(?i)^\W*(?:(?:and|also|so|but)\s+)*", "", question)
    question = re.sub(r"(?i)^is\s+it\s+true\s+(?:that\s+)?", "whether ", question)
    words = question.split()
    if not words or not re.fullmatch(r"(?i)who|what|which|why|how|when|where|whether", words[0]):
        return ""  # "is he under investigation": no clause made of it without reordering the person's words
    words[0] = words[0].lower()
    words = statement_order(words)
    return " ".join(words[:12]) if words else ""


# ny99 (nc99 #8): the auxiliaries a direct question puts before its subject ("which hotels ARE they using")
_INVERTING = frozenset("is are was were has have had can could will would should may might must".split())
_DO = frozenset(("do", "does", "did"))
_PRONOUN_SUBJECTS = frozenset("i you we they he she it".split())
_DETERMINERS = frozenset("the this that these those their its our your my his her a an any each every".split())


def _base_verb(word: str) -> bool:
    from lemminflect import getAllLemmas

    return word.lower() in getAllLemmas(word.lower()).get("VERB", ())


def statement_order(words: list[str]) -> list[str] | None:
    """ny99 (nc99 #8): a direct wh-question's WORDS in the order an embedded question keeps, the order of a
    statement: "which hotels are they using" -> "which hotels they are using", "what is the policy on X" -> "what
    the policy on X is", "how many appeals did parents win against them" -> "how many appeals parents won against
    them". WORDS with no auxiliary before a subject ("who decided the rise", "which hotels are being used": the
    question word is the subject) come back as they are; None when the question inverts a subject that cannot be
    told for sure (the person's own words would then be written out of order)."""
    from lemminflect import getInflection

    low = [w.lower().strip(",;:") for w in words]
    aux = next((k for k in range(1, min(len(low), 6)) if low[k] in _INVERTING or low[k] in _DO), None)
    if aux is None or aux + 1 >= len(low):
        return words  # "who decided the rise", "why", "what is": nothing inverted
    head, verb, rest = words[:aux], low[aux], words[aux + 1:]
    first = rest[0].lower()
    if aux == 1 and low[0] == "who" and first not in _PRONOUN_SUBJECTS and first not in _DETERMINERS:
        return words  # "who was responsible for the decision": "who" is the subject
    if verb in _DO:
        # "did parents win", "does the council keep", "did kent county council spend": the subject runs to the first
        # plain verb after its first word, which takes the tense "do" carried
        for k in range(1, min(len(rest), 7)):
            word = rest[k].lower().strip(",;:")
            if word in ("and", "or", "of", "in", "on", "for", "to", "by", "with", "about", "that", "who", "which"):
                return None
            if _base_verb(word):
                if verb == "did":
                    form = (getInflection(word, "VBD") or (None,))[0]
                elif verb == "does":
                    form = (getInflection(word, "VBZ") or (None,))[0]
                else:
                    form = word
                if not form:
                    return None
                return [*head, *rest[:k], form, *rest[k + 1:]]
        return None
    if first in _PRONOUN_SUBJECTS:
        return [*head, rest[0], words[aux].lower(), *rest[1:]]
    if first in _DETERMINERS:
        # "what is the policy on drones" -> "what the policy on drones is"; "which hotels are the home office using"
        # -> "which hotels the home office are using": the subject runs to a verb form or the end
        for k in range(1, len(rest)):
            word = rest[k].lower().strip(",;:")
            if verb not in ("is", "are", "was", "were", "has", "have", "had") and _base_verb(word) and k > 1:
                return [*head, *rest[:k], words[aux].lower(), *rest[k:]]  # "when will the library reopen"
            if word.endswith(("ing", "ed")) or word in ("been", "being", "done", "made", "spent", "paid", "given", "taken"):
                return [*head, *rest[:k], words[aux].lower(), *rest[k:]]
        return [*head, *rest, words[aux].lower()]
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(first)
    if lemmas.get("VERB") and not lemmas.get("NOUN") or first.endswith(("ing", "ed")) or first in ("being", "been", "not"):
        return words  # "which hotels are being used", "who was responsible": the question word is the subject
    return None


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
