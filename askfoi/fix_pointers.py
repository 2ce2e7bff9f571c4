"""ck28 (nu30 item 6; issue 8): a suggested fix never pastes a pointer the officer cannot follow.

A fix `check` offers ("Please provide any recorded information that sets out the reasons why the council gave it to
that company") is pasted into the letter in place of the person's sentence. A pointer in it that names nothing the
letter says before it ("it", "them", "that company", "this firm") would reach the FOI officer as it stands, and the
officer reads only the letter. So, for each such pointer of the fix:

1. "it" / "them" that stand for a thing (a verb's or a preposition's object, or a subject of its own verb; never "it
   is true that", never "they" for the body): the thing the letter names before it, when one phrase agrees
   (askfoi.pronoun_roles.thing_referent), is written in;
2. "that/this/those/these" + a noun (knowledge/vocab/fix_pointers.yaml `heads`: a company, a firm, a person ...):
   left when the letter names that noun before the sentence ("Acme Ltd ... that company");
3. otherwise the pointer becomes a blank to fill ("[NAME THE COMPANY]", "[name what you mean by \"it\" ...]") and the finding says
   which words did not say what they mean, so the person is asked, never sent "it".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab


@dataclass(frozen=True)
class Unnamed:
    words: str  # the pointer as typed in the fix ("it", "that company")
    blank: str  # what stands in the fix instead ('[name what you mean by "it" ...]')


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern[str], str, str, str, str, str]:
    data, _ = load_vocab("fix_pointers")
    data = data if isinstance(data, dict) else {}
    heads = sorted({str(h).lower() for h in data.get("heads") or []}, key=len, reverse=True)
    pattern = re.compile(r"(?i)\b(?P<det>that|this|those|these)\s+(?P<head>" + "|".join(map(re.escape, heads)) + r")\b")
    return (pattern, str(data.get("blank_thing") or '[name what you mean by "{words}"]'),
            str(data.get("blank_named") or "[NAME THE {head}]"), str(data.get("ask") or ""),
            str(data.get("blank_subject") or "[NAME THE SUBJECT]"), str(data.get("ask_subject") or ""))


def subject_blank() -> str:
    """The blank a fix shows where the text names no subject."""
    return _vocab()[4]


_IT = re.compile(r"(?i)\b(it|them)\b")


_FIRM_NAMED = re.compile(r"(?i)\b[A-Z][\w&'-]*\s+(?:ltd|limited|plc|llp|inc|group|uk)\b")
_FIRMS = frozenset("company companies firm firms contractor contractors business businesses supplier suppliers provider "
                   "providers".split())


def _head_said(head: str, before: str) -> bool:
    """The letter names HEAD before ("the contractor ... that contractor"), or, for a firm, a company by name."""
    stem = head.lower().rstrip("s")
    return bool(re.search(rf"(?i)\b{re.escape(stem)}", before)) or (head.lower() in _FIRMS
                                                                      and bool(_FIRM_NAMED.search(before)))


def name_pointers(fix: str, before: str) -> tuple[str, list[Unnamed]]:
    """FIX with each pointer written out or made a blank (see the module's doc); BEFORE: the letter's words before
    the sentence FIX replaces. Returns (the fix, the pointers left as blanks)."""
    from askfoi.pronoun_roles import thing_referent
    from askfoi.story_antecedents import _it_refers, _pointer_it_dummy

    pattern, blank_thing, blank_named = _vocab()[:3]
    asked: list[Unnamed] = []

    def named(m: re.Match[str]) -> str:
        if _head_said(m.group("head"), before):
            return m.group()
        blank = blank_named.format(head=m.group("head").upper())
        asked.append(Unnamed(m.group(), blank))
        return blank

    out = pattern.sub(named, fix or "")
    pieces, pos = [], 0
    for m in _IT.finditer(out):
        word = m.group(1)
        if out[max(0, m.start() - 1):m.start()] == "[" or re.search(r'\[[^\]]*$', out[:m.start()]):
            continue  # inside a blank already made
        at_end = re.match(r"\s*[.?!]*\s*$", out[m.end():]) is not None  # "... the decision to do it."
        if word.lower() == "it" and (_pointer_it_dummy(out, m.start()) or not (at_end or _it_refers(out, m.start()))):
            continue
        ref = thing_referent(word, before)
        if ref is not None:
            new = ("the " if ref.det else "") + ref.words
        else:
            new = blank_thing.format(words=word)
            asked.append(Unnamed(word, new))
        pieces.append(out[pos:m.start()] + new)
        pos = m.end()
    pieces.append(out[pos:])
    return "".join(pieces), asked


def ask_line(asked: list[Unnamed], subject: bool = False) -> str:
    """The sentence that asks the person to fill the blanks (SUBJECT: the fix has the subject's blank), or "" when
    none was left."""
    lines = []
    if subject:
        lines.append(" ".join(_vocab()[5].split()))
    if asked:
        words = ", ".join(f'"{a.words}"' for a in dict.fromkeys(asked))
        lines.append(" ".join(_vocab()[3].format(words=words).split()))
    return " ".join(lines)
