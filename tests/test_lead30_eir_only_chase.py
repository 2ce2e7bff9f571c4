"""nu33 #4: a chaser to a body that answers only under the EIR (a water company) cites regulation 5(2) and the
reg 7 extension, never FOIA section 10; other bodies keep the Act."""

from __future__ import annotations

from datetime import date

from askfoi.followup import chase_letter


def test_a_water_company_is_chased_under_the_regulations():
    body = chase_letter(date(2026, 10, 20), authority="Yorkshire Water", today=date(2026, 12, 3)).body
    assert "Environmental Information Regulations 2004" in body and "Regulation 5(2)" in body
    assert "Section 10" not in body and "section 10(3)" not in body
    assert "Freedom of Information team" not in body


def test_a_council_is_still_chased_under_the_act():
    body = chase_letter(date(2026, 10, 20), authority="Leeds City Council", today=date(2026, 12, 3)).body
    assert "Section 10 of the Freedom of Information Act 2000" in body
