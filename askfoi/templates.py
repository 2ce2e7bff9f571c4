"""Rendering prompts/ templates: the letters and the bot's own lines.

A sandboxed Jinja2 environment with StrictUndefined: a template that names a missing value fails
loudly in tests instead of printing a blank. User text only ever arrives as *values* in the context,
never as template source, so "{{ 7*7 }}" typed by a person appears exactly as typed.
"""

from __future__ import annotations

import functools
from typing import Any

from askfoi.paths import resource_dir


@functools.lru_cache(maxsize=1)
def environment():
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(resource_dir("prompts"))),
        undefined=StrictUndefined,
        autoescape=False,  # plain-text letters and terminal lines, not HTML
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_shown_safely,  # every value put into a template loses control and escape sequences
    )
    env.filters["cite"] = cite
    env.filters["dear"] = dear
    env.filters["said"] = said
    env.filters["said_first"] = said_first
    return env


def said(name: str | None) -> str:
    """nx85 (nc82 #14): a body's NAME as said in the middle of a sentence: "the Police Service of Northern Ireland",
    "the Home Office", "the Environment Agency"; "Leeds City Council", "Greater Manchester Police" and a name that
    already opens with "the" as they are (knowledge/vocab/body_articles.yaml)."""
    from askfoi.knowledge import load_vocab

    text = str(name or "").strip()
    words = text.split()
    if not words or words[0].lower() == "the":
        return text
    # lt102: the one function for a body's name in running text (followup.in_sentence is this): a name the knowledge pack
    # lists with "the" in front of it or of the words it starts with ("the British Transport Police") takes it
    if text.lower() in _named_with_the():
        return f"the {text}"
    data, _ = load_vocab("body_articles")
    data = data if isinstance(data, dict) else {}
    first = {str(w).lower() for w in data.get("first_words") or []}
    last = {str(w).lower() for w in data.get("last_words") or []}
    low = [w.lower() for w in words]
    of_name = len(words) > 2 and low[0] in first and (low[1] in ("of", "for") or (
        len(words) > 3 and low[1] in last and low[2] in ("of", "for")))  # (never "University Hospitals of ...")
    return f"the {text}" if of_name or (len(words) > 1 and words[-1].lower() in last) else text


def said_first(name: str | None) -> str:
    """lt102: a body's name as said at the start of a sentence: "The Home Office replied", "Leeds City Council replied"."""
    text = said(name)
    return text[:1].upper() + text[1:]


def _named_with_the() -> frozenset[str]:
    from askfoi.knowledge import get_knowledge

    pack = get_knowledge()
    cached = _WITH_THE.get(id(pack))
    if cached is None:
        names = set()
        for body in pack.authorities:
            words = body.name.lower().split()
            for alias in body.aliases:
                spoken = alias.lower().split()
                if len(spoken) > 1 and spoken[0] == "the" and spoken[1:] == words[: len(spoken) - 1]:
                    names.add(body.name.lower())
                    break
        cached = _WITH_THE.setdefault(id(pack), frozenset(names))
    return cached


_WITH_THE: dict[int, frozenset[str]] = {}


def dear(authority: str | None, team: str) -> str:
    """A letter's greeting to TEAM of AUTHORITY: "Dear Leeds City Council Freedom of Information team"; a name that
    opens with "The" goes after the team ("Dear Freedom of Information team at The Elms Medical Centre"), never
    "Dear The ..."."""
    name = str(authority or "").strip()
    if not name:
        return f"Dear {team}"
    if name[:4].lower() == "the ":
        return f"Dear {team} at {name}"
    return f"Dear {name} {team}"


_LAW_OF_PREFIX = {"FOISA": "FOISA s", "EIR": "EIR reg ", "EISR": "EISR reg ", "DPA": "DPA s"}


def cite(section: str) -> str:
    """A cited provision as it is written in short: "s23(5)", "FOISA s34(1)", "EIR reg 12(5)(e)"."""
    law, _, number = str(section).strip().rpartition(" ")
    if law in _LAW_OF_PREFIX:
        return _LAW_OF_PREFIX[law] + number
    return f"{law} s{number}".strip() if law else f"s{number}"


def _shown_safely(value: Any) -> Any:
    if isinstance(value, str):
        from askfoi.safe_text import clean_text

        return clean_text(value)
    return value


def render(name: str, **context: Any) -> str:
    """Render prompts/NAME (e.g. 'bot/greeting.j2') with the given values."""
    return environment().get_template(name).render(**context)
