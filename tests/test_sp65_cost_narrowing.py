"""sp65 (nc102 #11): the cost-limit fix names role holders and an emails example only when the request asks for
correspondence or papers; a request for figures over a long period is narrowed by its period, a site or a sample."""
from __future__ import annotations

import pytest

from askfoi.checks import Regime, check_request, said_under


def _cost(text: str, authority: str):
    return [f for f in check_request(text, authority).findings if f.code == "cost-limit-risk"]


@pytest.mark.parametrize("text, authority", [
    # nc102 j7: yearly totals of informant payments from 2021
    ("1. How much did you pay informants in each year since 2015?\n2. How many informants were paid in each year "
     "since 2015?", "Kent Police"),
    # my own words
    ("1. The number of fly-tipping fines issued in each of the last ten years.", "Leeds City Council"),
    ("1. How many patients waited over 12 hours in A&E in each of the last 8 years?", "Leeds Teaching Hospitals NHS Trust"),
])
def test_figures_are_narrowed_without_role_holders(text, authority):
    found = _cost(text, authority)
    assert found, text
    assert "role holders" not in found[0].suggestion and "emails between" not in found[0].suggestion
    assert "short period" in found[0].suggestion


@pytest.mark.parametrize("text, authority", [
    ("1. All emails between officers about the Pride march in the last 10 years.", "Kent Police"),
    ("1. All correspondence with the developer about the depot in the last seven years.", "Leeds City Council"),
])
def test_correspondence_is_narrowed_by_role_holders(text, authority):
    found = _cost(text, authority)
    assert found and "role holders" in found[0].suggestion and "emails between" in found[0].suggestion


def test_said_again_under_another_law_keeps_the_choice():
    figures = _cost("1. The number of fly-tipping fines issued in each of the last ten years.", "Leeds City Council")[0]
    again = said_under(figures, Regime.EIR, "Leeds City Council")
    assert "role holders" not in again.suggestion and "short period" in again.suggestion
    mails = _cost("1. All correspondence with the developer about the depot in the last seven years.",
                  "Leeds City Council")[0]
    assert "role holders" in said_under(mails, Regime.EIR, "Leeds City Council").suggestion
