"""lead56: "who is the catering company", "who are the cleaning contractors for the schools", "who is the company that
does the bins": the firm doing the body's work is its supplier, asked as the contracts frame ("Any contract in force
for the catering services, with the name of each supplier ..."), never asked back or kept as a question."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 6)


def _parts(message: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize("message, expected", [
    ("royal stoke hospital: who is the catering company?",
     "Any contract in force for the catering services, with the name of each supplier and the contract's value."),
    ("leeds city council: who are the cleaning contractors for the schools",
     "Any contract in force for the cleaning services at the schools, with the name of each supplier and the contract's value."),
    ("leeds city council: who is the company that does the bins",
     "Any contract in force for the bins, with the name of each supplier and the contract's value."),
])
def test_the_firm_doing_the_work_is_asked_as_its_contracts(message, expected):
    assert ("contracts", expected) in _parts(message), _parts(message)


def test_a_firm_with_no_work_named_is_not_framed():  # guard: passes on main and after
    assert not any(kind == "contracts" for kind, _ in _parts("leeds city council: who is the company"))
