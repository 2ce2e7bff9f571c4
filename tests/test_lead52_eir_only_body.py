"""lead52 (nx70's note): a body covered only by the Environmental Information Regulations (a water company) is
never told to answer the rest of a request "under the Act": it has no duty under the Freedom of Information Act, so
the person is told those parts need not be answered."""

from __future__ import annotations

from types import SimpleNamespace

from askfoi.templates import render


def _said(regime: str, name: str) -> str:
    found = SimpleNamespace(known=True, letter_name=name, name=name, regime=regime)
    return render("bot/authority_ok.j2", authority=found, typed=name, hours=None, law="EIR", eir_parts=["1", "2"])


def test_an_eir_only_body_is_never_asked_the_rest_under_the_act():
    said = _said("EIR", "Dŵr Cymru Welsh Water")
    assert "under the Act" not in said
    assert "not by the Freedom of Information Act" in said and "does not have to answer those parts" in said


def test_a_public_authority_answers_the_rest_under_the_act():
    said = _said("FOIA", "Environment Agency")
    assert "for the rest under the Act" in said
