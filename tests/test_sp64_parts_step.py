"""sp64 (nc101 #10): the parts step's examples name parts the request has, and a change that changes nothing says so."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.templates import render

TODAY = date(2026, 12, 7)


def _line(parts: list[str]) -> str:
    return " ".join(render("bot/ask_parts.j2", parts=parts, can_reframe=True, kinds=["policy", "statistics"]).split())


@pytest.mark.parametrize("parts, named, not_named", [
    (["The number of fines issued."], ['"edit 1"', '"remove 1"', '"1 policy"'], ['"edit 2"', '"move 3 to 1"', '"2 policy"']),
    (["The number of fines issued.", "Any policy on fines."], ['"edit 2"', '"remove 2"', '"move 2 to 1"'],
     ['"move 3 to 1"']),
    (["A.", "B.", "C.", "D."], ['"edit 2"', '"remove 2"', '"move 3 to 1"', '"2 policy"'], []),
])
def test_the_examples_name_parts_that_exist(parts, named, not_named):
    said = _line(parts)
    for example in named:
        assert example in said, said
    for example in not_named:
        assert example not in said, said


def test_no_parts_asks_for_one_and_offers_no_part_to_edit():
    said = _line([])
    assert '"add"' in said and '"edit' not in said and '"ok"' not in said, said


def _conv(*answers: str) -> tuple[Conversation, list[str]]:
    conv = Conversation()
    conv.today = lambda: TODAY
    said = [" ".join(" ".join(m.text for m in conv.reply(a).messages).split()) for a in answers]
    return conv, said


def test_asking_a_part_as_the_kind_it_already_is_says_nothing_changed():
    conv, said = _conv("how much did leeds city council spend on agency social workers in 2024", "ok", "ok")
    assert conv.session.step == Step.parts, said
    part = conv.session.parts[0]
    assert part.lower().startswith("the total amount spent"), part
    again = " ".join(" ".join(m.text for m in conv.reply("1 spending").messages).split())
    assert "already asks for that, so nothing changed" in again, again
    assert "Changed part 1." not in again
    assert conv.session.parts[0] == part
    changed = " ".join(" ".join(m.text for m in conv.reply("1 policy").messages).split())
    assert "Changed part 1." in changed, changed
