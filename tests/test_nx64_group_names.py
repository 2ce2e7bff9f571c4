"""nx64 (nc64 #6, #13): the law follows what the information is about, never a word in a group's name: police records
of watching "Dundee Climate Action" or "Bristol Clean Air Alliance" are no environmental information (FOISA / FOIA,
not the EIR/EISR). A council's own climate action plan still is."""
import pytest

from askfoi.checks import check_request
from askfoi.models import Regime

P4 = ("my cousin Darren died in police custody in Dundee last year and were getting nowhere with police scotland. also "
      "im in a climate group (Dundee Climate Action) and we think theyve been watching us. i want to know do police "
      "scotland use cyber kiosks to search phones and how many times last year, do they have IMSI catchers, have they "
      "been monitoring dundee climate action, and all the records about darrens death in custody at West Bell Street")


@pytest.mark.parametrize("text,body,law", [
    (P4, "Police Scotland", Regime.FOISA),
    ("we are members of Leeds Climate Coalition and think West Yorkshire Police have been watching our meetings. "
     "what records do they hold about us?", "West Yorkshire Police", Regime.FOIA),
    ("I volunteer with Bristol Clean Air Alliance. How many times did Avon and Somerset Police send officers to our "
     "protests last year?", "Avon and Somerset Police", Regime.FOIA),
    ("Has Sussex Police gathered intelligence on Brighton Climate Action Network, and how many officers were at their "
     "march in May?", "Sussex Police", Regime.FOIA),
])
def test_an_environmental_word_in_a_group_s_name_does_not_change_the_law(text, body, law):
    result = check_request(text, body)
    assert result.regime == law
    assert not any(f.code == "environmental-information" for f in result.findings)


def test_a_council_s_climate_action_plan_is_still_environmental():
    text = "How much did Leeds City Council spend on its Climate Action Plan in 2025, and what carbon savings did it report?"
    assert check_request(text, "Leeds City Council").regime == Regime.EIR


@pytest.mark.parametrize("text,body,scottish", [
    ("Have Police Scotland been monitoring Dundee Climate Action or gathering intelligence on its members?",
     "Police Scotland", True),
    ("have they been monitoring dundee climate action", "Police Scotland", True),
    ("Has Sussex Police been watching Brighton Climate Action Network at their meetings?", "Sussex Police", False),
    ("did the met gather intelligence on the fossil free london campaign last year", "Metropolitan Police Service", False),
])
def test_watching_a_named_group_gets_the_ncnd_warning_in_its_own_law(text, body, scottish):
    found = [f for f in check_request(text, body).findings if f.code == "ncnd-risk"]
    assert found, check_request(text, body).findings
    said = found[0].message + " " + (found[0].suggestion or "")
    if scottish:
        assert "section 18(1) of FOISA" in said and "23(5)" not in said
    else:
        assert "23(5)" in said and "FOISA" not in said
    assert "overt use of" not in said  # no "policy on the overt use of dundee climate action"
