"""Office holders in a sentence, and whether the sentence asks about them personally (fc36, issue 9).

An MP, a councillor, a chief constable or a named officer is a named person for "neither confirm nor deny" (FOIA
s40(5B)) when the sentence asks about something done to or by them personally: a complaint against them, an
investigation of them, their discipline or arrest. Asked about the public role (what the office spent, a decision it
took) the question is about the office, which bodies answer. The roles, titles and the words of a personal matter are
data (knowledge/vocab/office_holders.yaml); the decision is made sentence by sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab

_SENTENCES = re.compile(r"(?<=[.?!;])\s+|\n+")
_NAME = r"(?-i:[A-Z][\w'’-]+)"


@dataclass(frozen=True)
class _Words:
    holder: re.Pattern[str] | None
    body: re.Pattern[str] | None
    personal: re.Pattern[str] | None
    in_role: re.Pattern[str] | None
    role: re.Pattern[str] | None = None  # a role noun alone
    identify_many: re.Pattern[str] | None = None  # words before a plural role asking who the holders are
    rank: re.Pattern[str] | None = None  # fc41: words before a role naming it as a rank ("from the rank of Constable up to")
    many_cases: re.Pattern[str] | None = None  # fc59: words asking about many cases at once ("how many of those")
    case_roles: re.Pattern[str] | None = None  # fc59: roles a body has many holders of ("councillor", "officer")


def _join(items) -> str:
    return "|".join(f"(?:{p})" for p in items or [] if isinstance(p, str) and p.strip())


def _compile(pattern: str) -> re.Pattern[str] | None:
    if not pattern:
        return None
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error:
        return None  # a broken pattern in the data: `kb validate` reports vocab files


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data, _ = load_vocab("office_holders")
    data = data if isinstance(data, dict) else {}
    roles, titles, after = _join(data.get("roles")), _join(data.get("titles")), _join(data.get("after_name"))
    forms = []
    if roles:  # "the chief constable", "our MP", "Councillor Jane Smith" (a role with the name after it)
        forms.append(rf"\b(?:{roles})\b(?:\s+{_NAME}){{0,3}}")
    if titles:
        forms.append(rf"\b(?:{titles})\s+{_NAME}(?:\s+{_NAME}){{0,2}}")
    if after:
        forms.append(rf"\b{_NAME}(?:\s+{_NAME}){{0,2}}\s+(?:{after})\b")
    many = _join(data.get("identify_many"))
    return _Words(_compile("|".join(forms)), _compile(_join(data.get("body_forms"))),
                  _compile(rf"\b(?:{_join(data.get('personal'))})\b") if data.get("personal") else None,
                  _compile(rf"\b(?:{_join(data.get('in_role'))})\s+(?:the\s+|our\s+|my\s+|a\s+)?$") if data.get("in_role") else None,
                  _compile(rf"(?:{roles})\b") if roles else None,
                  _compile(rf"\b(?:{many})\s+(?:[\w-]+\s+)?$") if many else None,
                  _compile(rf"(?:{_join(data.get('rank_before'))})\s*$") if data.get("rank_before") else None,
                  _compile(rf"\b(?:{_join(data.get('many_cases'))})\b") if data.get("many_cases") else None,
                  _compile(rf"(?:{_join(data.get('case_roles'))})\s*$") if data.get("case_roles") else None)


def _holders(sentence: str) -> list[re.Match[str]]:
    """The office holders a sentence names, not counting a role that names the body itself ("the Chief Constable of
    Strathclyde Police")."""
    w = _words()
    if w.holder is None:
        return []
    out = []
    for m in w.holder.finditer(sentence):
        if w.body is not None and w.body.match(sentence, m.start()):
            continue
        if w.rank is not None and w.rank.search(sentence[:m.start()]):
            continue  # fc41: "officers from the rank of Constable up to Chief Constable": a rank, a class of people
        role = w.role.match(sentence, m.start()) if w.role is not None else None
        if role is not None and role.end() >= m.end() and w.many_cases is not None and w.many_cases.search(sentence) \
                and w.case_roles is not None and w.case_roles.match(m.group(0).strip()) \
                and re.search(r"(?i)\bthe\s+$", sentence[:m.start()]):
            continue  # fc59: "how many of those were upheld against the councillor": whoever each case was about
        if role is not None and role.group(0).lower().endswith("s") \
                and not (w.identify_many is not None and w.identify_many.search(sentence[:m.start()])):
            continue  # "complaints against councillors": a class of people, counted; "which MPs": who they are
        out.append(m)
    return out


def _personal(sentence: str, holders: list[re.Match[str]]) -> bool:
    """Whether the sentence asks about something done to or by a holder personally: a personal word in it, and no
    holder named as the one who acts in their office on it ("complaints handled by the chief constable")."""
    w = _words()
    if w.personal is None or not w.personal.search(sentence):
        return False
    if w.in_role is not None and all(w.in_role.search(sentence[:m.start()]) for m in holders):
        return False
    return True


@functools.lru_cache(maxsize=512)
def office_sentences(text: str) -> tuple[tuple[str, bool], ...]:
    """(sentence, personal) for each sentence of TEXT naming an office holder: personal when it asks about something
    done to or by them personally. Cached: each NCND topic that reads office holders asks about the same text."""
    out = []
    for sentence in _SENTENCES.split(text or ""):
        holders = _holders(sentence)
        if holders:
            out.append((sentence, _personal(sentence, holders)))
    return tuple(out)


@functools.lru_cache(maxsize=512)
def without_office_holders(text: str) -> str:
    """TEXT with the office holders named in sentences about their public role left out ("What expenses did
    Councillor Smith claim?" -> "What expenses did claim?"): such a holder is no person the question is about."""
    out = []
    for sentence in _SENTENCES.split(text or ""):
        holders = _holders(sentence)
        if holders and not _personal(sentence, holders):
            for m in reversed(holders):
                sentence = sentence[:m.start()] + " " + sentence[m.end():]
        out.append(sentence)
    return " ".join(out)


def one_office_holder(text: str) -> bool:
    """ny94 (nc91 #8): TEXT asks about the holder of one office in their public role ("the expenses claimed by the
    Chief Executive"): a holder named in the singular, in a sentence that asks about nothing done to them personally.
    "the names of the enforcement officers" (several people) is not one."""
    w = _words()
    for sentence in _SENTENCES.split(text or ""):
        holders = _holders(sentence)
        if not holders or _personal(sentence, holders):
            continue
        for m in holders:
            role = w.role.match(sentence, m.start()) if w.role is not None else None
            if role is None or not role.group(0).lower().endswith("s"):
                return True
    return False


__all__ = ["office_sentences", "one_office_holder", "without_office_holders"]
