"""rd61: the reader on real reply letters (issue 10.2). Texts here are written for the test in other words than the
letters the classes came from (fresh58, tuning since session 49); each says which class it stands for."""

from __future__ import annotations

from askfoi.reader import read_reply


def _sections(text: str) -> list[str]:
    return read_reply(text).sections


def test_a_colon_after_sections_opens_the_list_of_numbers():
    # class 1: "Exemptions under sections: 29(1)(a), 30(b)(ii) ... of FOISA apply" - the numbers after "sections:"
    text = ("I enclose some of the information you asked for. Exemptions under sections: 27(1)(a), 33(1)(b) and "
            "38(1)(b) of FOISA apply to the rest of it, as explained below.")
    got = _sections(text)
    assert {"FOISA 27(1)(a)", "FOISA 33(1)(b)", "FOISA 38(1)(b)"} <= set(got), got


def test_a_colon_after_one_section_or_regulation():
    text = ("Some of the minutes are attached. Names of junior staff have been removed, section: 40(2) of the Freedom "
            "of Information Act.")
    assert "40(2)" in _sections(text)
    text = ("We hold the report but it is withheld under the Environmental Information Regulations, regulation: "
            "12(5)(e), as it is commercially confidential.")
    assert any(s.startswith("EIR 12(5)(e)") for s in _sections(text)), _sections(text)


def test_a_year_after_regulations_colon_is_no_regulation():
    # guard: "Regulations: 2004" is the year of the fees regulations, never regulation 200 or 20
    text = ("To answer would exceed the appropriate limit set by the Freedom of Information and Data Protection "
            "(Appropriate Limit and Fees) Regulations: 2004. We are refusing your request under section 12.")
    got = _sections(text)
    assert not [s for s in got if s.startswith(("EIR 2", "20"))], got
