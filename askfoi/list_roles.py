"""A list item read by its siblings (issue 8, fr26b).

A numbered or bulleted request often has no lead-in that asks ("Request" as a heading, or nothing at all) and items
that are bare noun phrases: "1. The consultation responses received about the library closures.", "3. The projected
savings from each closure.". Read alone, a noun phrase with a participle in it looks like a statement and was left out
as a remark, so the request lost the question. The items of one list share their role: when another item of the
same list asks, an item that is a noun phrase (what is asked for, no clause of story) is asked as well. An item that
tells (a subject, a finite verb and its object: "The council closed three libraries in 2024.") or speaks in the first
person stays a remark.
"""

from __future__ import annotations

import re

_OPENS = re.compile(r"(?i)^\W*(?:the|a|an|any|all|each|every|copies|copy|details|minutes|records?|documents?|"
                    r"correspondence|emails?|letters?|reports?|figures|data|information|numbers?|totals?|names?|"
                    r"dates?|costs?|amounts?)\b")
# fx91: a record noun after up to three words that modify it ("Road maintenance logs ...", "CCTV camera maintenance
# records ..."), and the words after which what follows is a clause on the noun ("... regarding the time the markings
# were inspected")
_RECORD_HEAD = re.compile(r"(?i)^\W*(?:[\w'-]+\s+){0,3}?(?:logs?|records?|reports?|minutes|manuals?|policies|policy|"
                          r"guidance|procedures?|contracts?|invoices?|assessments?|audits?|inspections?|registers?|"
                          r"statistics|figures|data|information|correspondence|emails?|letters?)\b")
_CLAUSE_ON_NOUN = frozenset("regarding about concerning showing relating which that where when who whose".split())
_PERSON = re.compile(r"(?i)\b(?:i|we|me|us|my|our|i'm|im|i've|ive)\b")
_OBJECT_START = frozenset("the a an this that these those it its their his her our my your some no every each all both "
                          "one two three four five six seven eight nine ten".split())


def _pos(word: str) -> dict:
    from askfoi.story_antecedents import _pos as pos

    return pos(word)


def noun_phrase_item(item: str) -> bool:
    """ITEM (one list item) names what is asked for: it opens with a determiner or a record noun, has no first
    person and no "?" and no verb that takes an object straight after it ("closed three libraries")."""
    text = (item or "").strip()
    if not text or "?" in text or not (_OPENS.match(text) or _RECORD_HEAD.match(text)) or _PERSON.search(text):
        return False
    words = re.findall(r"[A-Za-z0-9][\w'-]*", text)
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in _CLAUSE_ON_NOUN:
            return True  # fx91: "Road maintenance logs and information regarding the time the markings were inspected":
            # a verb after "regarding", "showing", "which" ... stands in a clause on the noun named before it
        pos = set(_pos(word.lower()))
        if "AUX" in pos or word.lower() in ("is", "are", "was", "were", "has", "have", "had", "will", "would"):
            return False  # "The library was closed": a clause
        if "VERB" in pos and "NOUN" not in pos and i + 1 < len(words) and (
                words[i + 1].lower() in _OBJECT_START or words[i + 1][:1].isdigit()):
            return False  # "The council closed three libraries": a verb and its object
    return True
