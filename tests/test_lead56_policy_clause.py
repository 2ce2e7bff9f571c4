"""lead56: a policy asked by what it decides - "what are the rules on when the police can use tasers on kids", "the
policy on how the council decides which roads get gritted" - is the policy frame with that clause as its subject
("Any policy, procedure or guidance on when ..."), never the question kept as typed. A clause that names nothing
("when they do it") is left as it was."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 6)


def _parts(message: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize("message, expected", [
    # nx100: a part askfoi framed says "children" for "kids" (informal_terms.yaml plain), as the records do
    ("what are the rules on when the police can use tasers on kids in cumbria",
     "Any policy, procedure or guidance on when the police can use Tasers on children in Cumbria."),
    ("cumbria police - what is the policy on when officers can use tasers on children",
     "Any policy, procedure or guidance on when officers can use Tasers on children."),
    ("what are the rules on who can get a blue badge in leeds",
     "Any policy, procedure or guidance on who can get a blue badge in Leeds."),
    ("leeds council what's the policy on how the council decides which roads get gritted",
     "Any policy, procedure or guidance on how you decide which roads get gritted."),
])
def test_a_policy_on_a_clause_is_framed(message, expected):
    assert ("policy", expected) in _parts(message), _parts(message)


def test_a_clause_that_names_nothing_is_not_framed():  # guard: passes on main and after
    assert all(kind != "policy" or "when they do it" not in text
               for kind, text in _parts("kent police: what is your policy on when they do it"))
