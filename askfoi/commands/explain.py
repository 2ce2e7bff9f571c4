"""`askfoi explain FILE|-`: read an authority's reply and say, in plain English, what it decided."""

from __future__ import annotations

import textwrap

from askfoi.commands._io import UserError, print_json, read_text
from askfoi.models import OUTCOME_LABELS

WIDTH = 80


def run(args) -> int:
    from askfoi.reader import read_reply

    text = read_text(args.file, what="reply")
    if not text.strip():
        raise UserError(f"{'standard input' if args.file == '-' else args.file}: is empty; give the text of the reply")
    reading = read_reply(text)
    if args.json:
        print_json(reading.model_dump(mode="json"))
    else:
        print(render_reading(reading))
    return 0


def render_reading(reading) -> str:
    """The reading as a short account for a person, wrapped to 80 columns."""
    from askfoi.reader import section_meaning, section_name
    from askfoi.templates import render

    sections = []
    for s in reading.sections:
        title, meaning = section_meaning(s)
        sections.append({"name": section_name(s), "title": title, "meaning": meaning})
    text = render(
        "reader/explain.txt.j2",
        heading=f"Outcome: {OUTCOME_LABELS[reading.outcome]}" + (" (with neither confirm nor deny)" if reading.ncnd and reading.outcome.value != "ncnd" else ""),
        explanation=reading.explanation,
        sections=sections,
        evidence=reading.evidence,
        next_step=" ".join(render("reader/next_step.txt.j2", outcome=reading.outcome.value, regime=reading.regime.value).split()),
    )
    return "\n".join(_wrap(line) for line in text.splitlines()).rstrip() + "\n"


def _wrap(line: str) -> str:
    if len(line) <= WIDTH:
        return line
    indent = "  " if line.startswith("- ") else ""
    return textwrap.fill(line, WIDTH, subsequent_indent=indent, break_long_words=True, break_on_hyphens=False)
