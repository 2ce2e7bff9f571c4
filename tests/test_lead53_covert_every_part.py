"""lead53 (nc73 #13, the product's own example): a part that asks in so many words about covert use of a tactic a
force answers with NCND carries the covert warning, whatever shape it was read into ("is it on the body worn cameras
too, including covertly?" read as the records showing whether), naming the tactic as the letter names it; a warning
on a part whose subject is a clause names the tactic, never "uses the undercover officers are in ..."."""

from __future__ import annotations

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 6)


def test_the_covert_body_worn_part_is_warned_with_the_letters_tactic():
    framing = frame_message("essex police: do they use live facial recognition and is it on the body worn cameras too, "
                            "including covertly? which company supplies it?", today=TODAY)
    covert = [p for p in framing.parts if "covertly" in p.text]
    assert covert, [p.text for p in framing.parts]
    warning = covert[0].warning or ""
    assert "live facial recognition touches covert policing" in warning, warning
    assert "There is no overt use" not in warning
    assert covert[0].sections and "23(5)" in covert[0].sections


def test_a_warning_on_a_clause_part_names_the_tactic():
    framing = frame_message("does the met use undercover officers and are they in climate protest groups, including "
                            "covertly", today=TODAY)
    warnings = [p.warning for p in framing.parts if p.warning]
    assert len(warnings) == 2, [p.text for p in framing.parts]
    assert all("uses undercover officers touches" in w for w in warnings), warnings


def test_a_council_letter_gets_no_police_covert_warning():
    framing = frame_message("leeds city council: do you use cctv covertly in parks, including covertly on the estates?",
                            today=TODAY)
    assert not any("police force" in (p.warning or "") for p in framing.parts), [(p.text, p.warning) for p in framing.parts]
