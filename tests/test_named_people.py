"""One named person in a request (a given name and surname, or a title and a name, that something was done to
or is held on) is that person's personal data: s40(2), and a police force will usually neither confirm nor deny
(s40(5B)). Names of places, documents, and people who only organised or said something are not flagged."""

from __future__ import annotations

import pytest

from askfoi.checks import check_request


@pytest.mark.parametrize("text", [
    "Has John Smith of 12 Elm Road been arrested?",
    "Was Mr Peter Hughes investigated by the force in 2019?",
    "Please provide all information you hold on Sarah Jenkins.",
    "How many complaints were made about PC Jones in 2023?",
])
def test_a_named_person_is_their_personal_data_and_a_force_may_ncnd(text):
    found = {f.code: f for f in check_request(text, "Durham Constabulary").findings}
    assert "third-party-personal-data" in found
    assert "40(5B)" in found["third-party-personal-data"].message


@pytest.mark.parametrize("text", [
    "How many incidents were reported on John Street in 2024?",
    "Please provide the emails about the seminar organised by Dr Ann Lee, which was reported in the press.",
    "What did the Mary Seacole Review recommend, and how many of its recommendations were reported as done?",
    "How many people were arrested in James Park in 2024?",
])
def test_a_name_that_is_a_place_or_only_did_something_is_not_flagged(text):
    assert "third-party-personal-data" not in {f.code for f in check_request(text, "Durham Constabulary").findings}


def test_a_surveillance_technology_is_an_ncnd_risk_for_police_forces_only():
    """Covert use of a surveillance technology is answered with NCND by police forces; the same words asked of
    the Ministry of Justice (drones over prisons) or a council are not."""
    text = "Does the organisation use facial recognition cameras covertly to watch people?"
    police = {f.code for f in check_request(text.replace("the organisation", "Kent Police"), "Kent Police").findings}
    assert "ncnd-risk" in police
    prisons = {f.code for f in check_request("Does the Ministry of Justice use facial recognition to watch prisoners "
                                             "in 2025?", "Ministry of Justice").findings}
    assert "ncnd-risk" not in prisons
