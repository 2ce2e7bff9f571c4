"""A loaded "why so many" question put as the records that answer it (issue 8, fx48 from nc47 #7).

"why do they exclude so many black boys", "why are so many disabled people sanctioned": the person asks for an
explanation and takes a view as given (that the number is high). An FOI officer holds no answer to "why", but may
hold the figures and any analysis of them. Read by grammar: "why" + an auxiliary + the doer (optional) + a verb +
"so/too many" + the group, or the passive "why are so many <group> <participle>". The group's words name breakdown
fields (knowledge/vocab/disparity_asks.yaml: "black" -> ethnicity, "boys" -> sex); the part becomes

- the count of those the verb is done to, broken down by those fields: the count the part before makes when it counts
  the same act ("The number of kids excluded" gets the breakdown), else a new count of the people the group's noun
  is one of ("The number of children excluded, broken down by ethnicity and sex");
- "Any analysis, report or review held on the rates at which <group> and other <people> are <participle>";

with a low finding that says why (prompts/frames/loaded_why.j2). A group whose words name no field is left as it was.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_ACTIVE = re.compile(r"(?i)^\W*(?:and\s+|but\s+|so\s+)?why\s+(?:do|does|did|have|has|are|is|were|was)\s+(?:(?:they|you|we|the\s+\w+|"
                     r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4})\s+)?(?:keep\s+)?(?P<verb>[a-z]+?)(?:ing)?\s+(?:so|too)\s+many\s+"
                     r"(?P<group>[a-z][a-z -]*?)\s*(?:\?|$|\.)")
_PASSIVE = re.compile(r"(?i)^\W*(?:and\s+|but\s+|so\s+)?why\s+(?:are|were|have|has|do|does|did)\s+(?:so|too)\s+many\s+"
                      r"(?P<group>[a-z][a-z -]*?)\s+(?:being\s+|been\s+|get\s+|getting\s+)?(?P<verb>[a-z]+ed|[a-z]+en)\b"
                      r"(?P<rest>[^?.]*)")

# ny79 (nc79 #1): "and whether its mostly black lads like him", "is it mainly young men", "are most of them asian":
# after a count, a guess at who the people counted mostly are. The records that answer it are the same count broken
# down by the fields the group's words name; the guess itself ("like him") never goes into the letter.
_MOSTLY = re.compile(r"(?i)^\W*(?:please\s+confirm\s+)?(?:and\s+|but\s+|also\s+)?(?:(?:whether|if)\s+)?(?:is\s+it|are\s+they|are\s+most(?:\s+of\s+(?:them|the\s+[a-z]+))?|"
                     r"it(?:'|\u2019)?s|it\s+is|its|they(?:'|\u2019)?re|they\s+are|theyre|most\s+of\s+them\s+are|most\s+are)\s+"
                     r"(?:(?:mostly|mainly|mostly\s+all|nearly\s+all|usually|always|all|disproportionately|more\s+often)\s+|(?<=\bmost\s)|(?<=\bthem\s))"
                     r"(?P<group>[a-z][a-z -]*?)(?:\s+like\s+(?:him|her|them|me|us|my\s+\w+))?\s*(?:\?|$|\.)")

# nx82 (nc79): "are they mostly given to young men", "do they mostly stop black lads", "is it mainly young men who
# get them": the same guess with what is done to the group said between (the count before says what is done), or a
# relative clause after it. The guessing adverb must be there: "are they given to young men" is not read.
_GUESS = r"(?:mostly|mainly|largely|usually|always|disproportionately|more\s+often|nearly\s+all|mostly\s+all)"
_MOSTLY_DONE = re.compile(r"(?i)^\W*(?:please\s+confirm\s+)?(?:and\s+|but\s+|also\s+)?(?:(?:whether|if)\s+)?(?:"
                          r"(?:are|is|were|was)\s+(?:they|it|these|those|the(?:\s+[a-z]+){1,4}?|most\s+of\s+(?:them|the\s+[a-z]+))\s+"
                          r"(?:" + _GUESS + r"\s+)?[a-z]+(?:\s+out)?\s+(?:" + _GUESS + r"\s+)?(?:to|on|against|at)"
                          r"|(?:it|they)(?:'|\u2019)?(?:s|re)\s+(?:" + _GUESS + r"\s+)?[a-z]+\s+(?:" + _GUESS + r"\s+)?(?:to|on|against|at)"
                          r"|(?:do|does|did)\s+(?:they|you|it|the\s+[a-z]+)\s+" + _GUESS + r"\s+[a-z]+"
                          r"|(?:is\s+it|it(?:'|\u2019)?s|its|are\s+they|are\s+the(?:\s+[a-z]+){1,4}?)\s+" + _GUESS + r")\s+"
                          r"(?P<group>[a-z][a-z -]*?)(?:\s+like\s+(?:him|her|them|me|us|my\s+\w+))?"
                          r"(?:\s+(?:who|that)\s+[^?.]*)?\s*(?:\?|$|\.)")

_ACRONYMS = frozenset(("send", "bame"))


def _mostly(question: str) -> re.Match[str] | None:
    """A guess at who the people counted mostly are, by either shape."""
    text = question or ""
    m = _MOSTLY_DONE.match(text)
    if m is not None and re.search(r"(?i)\b" + _GUESS + r"\b", text[:m.start("group")]):
        return m
    return _MOSTLY.match(text)


@functools.lru_cache(maxsize=1)
def _words() -> tuple[dict[str, str], dict[str, str]]:
    data, _ = load_vocab("disparity_asks")
    data = data if isinstance(data, dict) else {}
    fields = {str(w).lower(): str(field) for field, ws in (data.get("characteristics") or {}).items() for w in ws or []}
    people = {str(k).lower(): str(v) for k, v in (data.get("people") or {}).items()}
    return fields, people


def _participle(verb: str) -> str | None:
    from lemminflect import getInflection, getLemma

    low = verb.lower()
    lemmas = getLemma(low, upos="VERB") or ()
    for lemma in lemmas:
        form = getInflection(lemma, tag="VBN")
        if form:
            return form[0]
    return None


def mostly_guess(question: str) -> bool:
    """ny79: QUESTION is a guess at who the people counted mostly are ("and whether its mostly black lads like him"),
    whose group names a breakdown field: the count before it, broken down, asks it."""
    read = disparity_read(question) if _mostly(question) else None
    return read is not None and not read[2]


def disparity_read(question: str) -> tuple[str, list[str], str, str] | None:
    """(the group as typed, its breakdown fields in order, the participle of what is done to them, the people the group
    is one of) when QUESTION is a loaded "why so many" question, else None."""
    m = _ACTIVE.match(question or "") or _PASSIVE.match(question or "")
    mostly = None if m else _mostly(question)
    if not (m or mostly):
        return None
    group = (m or mostly).group("group").strip().lower()
    done = _participle(m.group("verb")) if m else ""  # a "mostly" guess: what is done is the count's before it
    fields_of, people_of = _words()
    words = group.split()
    fields: list[str] = []
    k = 0
    while k < len(words):  # "mixed race girls": the longest phrase first
        two = " ".join(words[k:k + 2])
        hit = fields_of.get(two) if k + 1 < len(words) else None
        if hit:
            k += 2
        else:
            hit = fields_of.get(words[k])
            k += 1
        if hit and hit not in fields:
            fields.append(hit)
    if not fields or (m and not done) or len(words) > 4:
        return None
    people = people_of.get(words[-1], "people")
    return group, fields, done, people


def reframe_disparities(framing) -> int:
    """FRAMING's parts that ask a loaded "why so many" question put as the records that answer it. Returns how many."""
    from askfoi.checks import Finding
    from askfoi.framing import Frame, render_frame
    from askfoi.templates import render

    changed = 0
    out = []
    for k, part in enumerate(framing.parts):
        read = disparity_read(part.source or "") if part.kind in ("reasons", "none", "yes_no") or part.kept_words \
            or (part.kind == "shown_by" and _mostly(part.source or "")) else None  # nx82: "Any records of X mostly ..."
        if read is None:
            out.append(part)
            continue
        group, fields, done, people = read
        by = fields[0] if len(fields) == 1 else ", ".join(fields[:-1]) + " and " + fields[-1]
        before = out[-1] if out else None
        if not done:  # ny79: "whether its mostly black lads": the count before, broken down; nothing else asked
            if before is None or before.kind != "count" or before.kept_words:
                out.append(part)
                continue
            had = before.qualifiers.breakdown
            if had and not any(f in had for f in fields):
                by = f"{had} and {by}" if " and " not in had else f"{had}, {by}"
            elif had:
                by = had
            before.qualifiers.breakdown = by
            before.text = render_frame(before)
            changed += 1
            continue
        if before is not None and before.kind == "count" and not before.kept_words and before.clause \
                and before.clause.split()[0].lower() == done and not before.qualifiers.breakdown:
            before.qualifiers.breakdown = by
            before.text = render_frame(before)
        else:
            count = Frame(kind="count", subject=people, clause=done, source=part.source)
            count.qualifiers.breakdown = by
            count.text = render_frame(count)
            out.append(count)
        # (never "the number of send pupils": the gate reads "send" after "of" as a bare verb)
        said = " ".join(w.upper() if w in _ACRONYMS else w for w in group.split())
        analysis = Frame(kind="shown_by", head="Any analysis, report or review held on the rates at which ",
                         subject=f"{said} and other {people} are {done}", source=part.source)
        analysis.text = render_frame(analysis)
        out.append(analysis)
        question = " ".join((part.source or "").split()).rstrip("?. ")
        question = question[:1].upper() + question[1:] + "?"
        framing.findings.append(Finding(code="loaded-question", severity="low", evidence=question[:120],
                                        message=render("frames/loaded_why.j2", question=question, by=by).strip(),
                                        suggestion=""))
        changed += 1
    framing.parts = out
    return changed
