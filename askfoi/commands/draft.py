"""`askfoi draft --answers FILE`: the request letter as text, Markdown, an email file, or JSON."""

from __future__ import annotations

from pathlib import Path

from askfoi.commands._io import UserError, print_json
from askfoi.answers import AnswersError, load_answers
from askfoi.formats import render_letter
from askfoi.letter import draft_letter
from askfoi.models import Regime

_NAME_NEEDED = {
    Regime.FOIA: "a Freedom of Information request must give your real name (section 8 of the Act)",
    Regime.FOISA: "a Freedom of Information (Scotland) request must give your real name (section 8 of the Act)",
    Regime.SAR: "a subject access request must say who you are",
}


def run(args) -> int:
    try:
        answers = load_answers(Path(args.answers))
    except AnswersError as exc:
        raise UserError(str(exc)) from None
    try:
        letter = draft_letter(answers)
    except AnswersError as exc:
        raise UserError(f"{args.answers}: {exc}") from None
    if "requester_name" in letter.missing:
        raise UserError(f"{args.answers}: 'requester_name' is missing: {_NAME_NEEDED[letter.regime]}")
    if args.json:
        print_json(letter.model_dump(mode="json"))
    else:
        print(render_letter(letter, args.format), end="")
    return 0
