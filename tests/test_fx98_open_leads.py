"""fx98 (fx94 Hastings pier, issue 8): a lead line with no colon that ends on a word wanting what follows ("... to any
officer of HBC specially") over a block of department lines, then "in relation to ..." on a line of its own: the
departments and the scope are the lead's, one request (askfoi/value_lists.py, knowledge/vocab/value_lists.yaml)."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.value_lists import joined_value_lists

TODAY = date(2026, 12, 5)

HASTINGS = ("Any letters, emails / messages / minutes of meetings, notes from Local Councillors to any officer of HBC "
            "specially\nPlanning Department\nLicensing Team\nEnvironmental Health\nLegal Services of HBC\n"
            "Business Rates / Council Tax team.\nin relation to Hastings Pier, Mr Gulzar, Max Wolf")
OWN_A = ("Please send all emails from councillors to council officers, especially\nHighways Team\nParking Services\n"
         "Street Lighting team\nabout the Ashford Road bus lane.")
OWN_B = ("Please provide the letters sent by the council's departments, including\nPlanning Department\nLegal Services\n"
         "Estates team\nin relation to the sale of the Old Town Hall.")


@pytest.mark.parametrize("text, values, scope", [
    (HASTINGS, ["Planning Department", "Licensing Team", "Environmental Health", "Legal Services of HBC",
                "Business Rates / Council Tax team"],
     "in relation to Hastings Pier"),
    (OWN_A, ["Highways Team", "Parking Services", "Street Lighting team"], "about the Ashford Road bus lane"),
    (OWN_B, ["Planning Department", "Legal Services", "Estates team"], "in relation to the sale of the Old"),
])
def test_the_department_lines_and_the_scope_are_the_leads(text, values, scope):
    parts = [p.text for p in frame_message(text, today=TODAY).parts]
    assert len(parts) == 1, parts
    listed = ", ".join(values[:-1]) + " and " + values[-1]  # the names as a list, never run together
    assert listed in parts[0] and scope in parts[0], parts


# guards: what must not change
def test_a_pointer_takes_its_noun_only():
    text = "Any emails between the below departments in reference to the pier\nPlanning Department\nLicensing Team"
    assert joined_value_lists(text).startswith(
        "Any emails between the below departments (Planning Department and Licensing Team) in reference to the pier")


@pytest.mark.parametrize("text", [
    "Please send the emails sent to the council\nPlanning Department\nLicensing Team",  # no open word, no colon
    "I asked about the pier, especially\nwhy it was sold so cheaply\nand who decided",  # no values after it
])
def test_no_open_lead_no_join(text):
    assert joined_value_lists(text) == text
