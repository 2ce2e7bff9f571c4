"""lt101 (nc100 r1): a provision a reply cites that cannot exist, and the one it most likely means.

Under the Freedom of Information Act 2000 every exemption section is set out in numbered subsections: "section 31(a)"
is no provision (the purposes (a) to (i) are paragraphs of subsection (1)), so a letter never repeats it as law; it
says which provision it takes it to mean ("section 31(1)(a)", when the Act has that paragraph) or asks the authority
to say (section 17(1)(b): a refusal must specify the exemption). FOISA's s26, s30 and s41 are set out in lettered
paragraphs ("section 30(b)(i)" is real) and are left alone. The shapes are data: knowledge/vocab/provision_shapes.yaml.
Core module: no textual, no rich."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_SHAPE = re.compile(r"^(?:(?P<law>FOISA|EIR|EISR) )?(?P<num>\d{1,3}[A-Z]?)\((?P<letter>[a-z])\)(?P<rest>(?:\(\w{1,4}\))*)$")


@functools.lru_cache(maxsize=1)
def _shapes() -> dict[str, dict[str, frozenset[str]]]:
    data, _ = load_vocab("provision_shapes")
    data = data if isinstance(data, dict) else {}
    out: dict[str, dict[str, frozenset[str]]] = {}
    for law, entry in data.items():
        entry = entry if isinstance(entry, dict) else {}
        if str(law) != "purposes":
            out[str(law)] = {k: frozenset(str(x) for x in entry.get(k) or []) for k in ("subsections", "lettered")}
    return out


@functools.lru_cache(maxsize=1)
def _purposes() -> dict[str, dict[str, str]]:
    data, _ = load_vocab("provision_shapes")
    data = (data if isinstance(data, dict) else {}).get("purposes") or {}
    return {str(law): {str(k): str(v) for k, v in (entry or {}).items()} for law, entry in data.items()}


def purposes_unsaid(sections: list[str], law: str = "FOIA") -> list[dict[str, str]]:
    """The subsections SECTIONS cite alone whose paragraphs list the purposes protected ("31(1)", none of "31(1)(a)"...
    cited beside it): [{"section": "31(1)", "paragraphs": "(a) to (i)"}]."""
    table = _purposes().get(law) or {}
    out = []
    for s in sections:
        if s in table and not any(o != s and o.startswith(s + "(") for o in sections):
            out.append({"section": s, "paragraphs": table[s]})
    return out


def not_a_provision(section: str) -> bool:
    """SECTION (the reader's form: "31(a)", "FOISA 30(a)", "EIR 12(a)") names a lettered paragraph straight after a
    section whose first level is a numbered subsection: no such provision exists."""
    m = _SHAPE.match(section.strip())
    if not m:
        return False
    law = m.group("law") or "FOIA"
    shape = _shapes().get(law) or {}  # the EISR are numbered apart from the EIR: not judged until listed
    return m.group("num") in shape.get("subsections", frozenset()) and m.group("num") not in shape.get("lettered", frozenset())


def meant(section: str) -> str | None:
    """The provision SECTION most likely means ("31(a)" -> "31(1)(a)"): the paragraph of subsection (1) with the same
    letter, when the knowledge pack has it; None when not a non-provision, or when that paragraph is not known."""
    if not not_a_provision(section):
        return None
    m = _SHAPE.match(section.strip())
    guess = f"{(m.group('law') + ' ') if m.group('law') else ''}{m.group('num')}(1)({m.group('letter')}){m.group('rest')}"
    try:
        from askfoi.knowledge import get_reference

        known = {e.section if not e.regime or e.regime == "FOIA" else f"{e.regime} {e.section}"
                 for e in get_reference().exemptions}
    except Exception:  # noqa: BLE001 - no knowledge pack: nothing is guessed
        return None
    base = guess.split("(")[0] + "(1)(" + m.group("letter") + ")"
    return guess if base in known else None


def mended(sections: list[str]) -> tuple[list[str], list[dict[str, str | None]]]:
    """SECTIONS with each non-provision replaced by the provision it most likely means (by its section alone, "43",
    when none is known), and a note for each: [{"said": "31(a)", "meant": "31(1)(a)" or None}]."""
    out: list[str] = []
    notes: list[dict[str, str | None]] = []
    for s in sections:
        if not_a_provision(s):
            guess = meant(s)
            notes.append({"said": s, "meant": guess})
            s = guess or s.split("(")[0]  # the section itself ("43"), never the non-provision, when none is known
        if s not in out:
            out.append(s)
    return out, notes


def said_as(section: str, name: str, act: str = "the Act") -> str:
    """NAME ("section 31(a)") with what the law has instead, when SECTION is a non-provision: 'section 31(a) (as the
    reply writes it: the Act has no such provision; it most likely means section 31(1)(a))'; NAME unchanged otherwise."""
    if not not_a_provision(section):
        return name
    guess = meant(section)
    if guess:
        from askfoi.reader import section_name

        return f"{name} (as the reply writes it: {act} has no such provision; it most likely means {section_name(guess)})"
    return f"{name} (as the reply writes it: {act} has no such provision; ask the authority which one it means)"
