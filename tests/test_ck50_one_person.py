"""ck50 (nc49 #6): one identifiable person complained about, investigated or disciplined (a doctor named, the head
teacher of a named school, a landlord the writer points to) gets the personal-data warning with s40(5B) NCND for any
kind of body; a landlord's address is not the client's contact detail."""

import pytest

from askfoi.checks import check_request


def _codes(text):
    return [(f.code, f.variant or "") for f in check_request(text).findings]


@pytest.mark.parametrize("text", [
    "how many complaints were made about the headteacher of Greenfield Primary School in Swindon in 2024?",
    "my client wants to know if the council has a record of complaints about her landlord Mr Peters at 14 High St, Luton",
    "how many complaints about Dr Smith at Elm Tree Surgery were there and was he disciplined",
    "was the practice manager at Elm Tree Surgery disciplined last year",
])
def test_one_person_ncnd(text):
    # session 53 (merge with ny73): the point may be made by the one_person finding or by ny73's named_staff_conduct
    # variant of third-party-personal-data, which says section 40(5B) itself; either way it is said
    found = [f for f in check_request(text).findings if f.code in ("someone-elses-records", "third-party-personal-data")
             and "40(5B)" in f.message]
    assert found, _codes(text)


@pytest.mark.parametrize("text", [
    "how many complaints about head teachers did Swindon Borough Council receive in 2024?",
    "how many complaints did the council receive about private landlords in 2024?",
    "what is the school's policy on complaints about the headteacher of a school?",
])
def test_many_people_not_warned(text):
    assert not [c for c in _codes(text) if c[0] == "someone-elses-records"], _codes(text)


def test_landlord_address_is_not_client_contact_detail():
    codes = _codes("my client wants to know if the council has a record of complaints about her landlord Mr Peters "
                   "at 14 High St, Luton")
    assert ("own-contact-details", "") not in codes


def test_said_once():
    """fix44b: the established third-party-personal-data finding on a named person stays beside the one_person finding
    (tests/test_lead_s20.py: "complaints ... about dr smith" keeps it); the one_person point is said once, and not at
    all where the force's own third-party-personal-data finding already says section 40(5B)."""
    findings = check_request("how many complaints about Dr Smith at Elm Tree Surgery were there and was he disciplined").findings
    codes = [f.code for f in findings]
    assert "third-party-personal-data" in codes
    assert sum("40(5B)" in f.message for f in findings) == 1, [(f.code, f.variant) for f in findings]  # said once
    police = [f.code for f in check_request("How many complaints were made about PC Jones in 2023?",
                                            "Durham Constabulary").findings]
    assert "third-party-personal-data" in police and "someone-elses-records" not in police, police
