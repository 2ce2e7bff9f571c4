"""nz85 (nc85's reply-side faults, issue 10): a law's own list quoted in a reply is not a section relied on; a
reference pasted flat ends at a word boundary; the 12(4)(d) reading names regulation 14(4). Replies are written for
the test in my own words."""

from __future__ import annotations

import pytest

from askfoi.reader import read_reply


# 1. (nc85 #6) a range quoted from a law's own list ("any of sections 28 to 35") is not a citation
@pytest.mark.parametrize("text, relied, not_relied", [
    ("The Force can neither confirm nor deny that it holds the information, under section 18 of the Freedom of Information (Scotland) Act 2002. Section 18 "
     "may be used only where the information, if held, would be exempt under any of sections 28 to 35, 38, 39 or 41. "
     "The exemption that would apply is section 35(1)(a).", {"FOISA 35(1)(a)"}, {"FOISA 28"}),
    ("Under section 18 of the Freedom of Information (Scotland) Act 2002 we will neither confirm nor deny whether "
     "we hold it. That section applies to information exempt by sections 28-35, 38, 39(1) or 41; here section 34(1) "
     "would apply.", {"FOISA 34(1)"}, {"FOISA 28"}),
    ("Part II of the Freedom of Information Act, sections 21 to 44, sets out the exemptions. We withhold the report "
     "under section 43(2) of the Act, as release would harm the council's commercial interests.",
     {"43(2)"}, {"21"}),
])
def test_quoted_range_is_not_a_citation(text: str, relied: set[str], not_relied: set[str]) -> None:
    sections = set(read_reply(text).sections)
    assert relied <= sections
    assert not (not_relied & sections)


# guard (passes on main too): a range of subsections ("35(1)(a) to (c)") and two sections joined by "and" stay cited
def test_subsection_range_and_pairs_still_cited() -> None:
    sections = set(read_reply("The information is withheld under sections 31(1)(a) to (c) and 40(2) of the Act.").sections)
    assert {"31(1)(a)", "40(2)"} <= sections


# 2. (nc85 #10) a reply pasted flat: the reference ends where the next word begins
@pytest.mark.parametrize("text, reference", [
    ("Our Reference: AB-FOI-2026-1234Dear Mr Jones", "AB-FOI-2026-1234"),
    ("Our ref: FOI/2026/0113Thank you for your request", "FOI/2026/0113"),
    ("Our ref: EIR-2026-77Environmental Information Regulations", "EIR-2026-77"),
])
def test_flat_pasted_reference_ends_at_the_word(text: str, reference: str) -> None:
    from askfoi.followup import reference_in

    assert reference_in(text) == reference


# guard (passes on main too): a letter suffix of the reference itself stays
def test_reference_letter_suffix_kept() -> None:
    from askfoi.followup import reference_in

    assert reference_in("Our ref: FOI-2026-12a\nDear Sir") == "FOI-2026-12a"


# 3. (nc85) the 12(4)(d) reading says what the refusal must name: who is finishing the material and when (EIR reg 14(4))
def test_unfinished_material_names_regulation_14_4() -> None:
    from askfoi.reader import section_meaning

    meaning = section_meaning("EIR 12(4)(d)")[1] or ""
    assert "14(4)" in meaning and "when" in meaning
