"""nz70 (nc70 #8, #9): an academy trust askfoi does not know, named in the message ("its part of the Horizon Learning
Trust"), is taken as the organisation with a note, never "which academy trust?" with a city's bodies; the Freedom of
Information Act covers it (Schedule 1 para 52A), never "FOI may not apply"; the CEO's pay is in its annual report and
accounts, never a council's statement of accounts; a business named by "called" (a care home "called Oakfield Lodge")
is no person's personal data. Messages written the way people type (bench/nz70_messages/c3.txt)."""
import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message

NAMED = [
    ("my daughter is at Kingsbury Park Academy in erdington, its part of the Horizon Learning Trust (multi academy trust "
     "in birmingham). they just shut the SEN unit she was in. i want to know how much the trust spent on consultants",
     "Horizon Learning Trust"),
    ("how much does the ceo of the Northfield Schools Trust get paid and how many teachers left the trust last year",
     "Northfield Schools Trust"),
    ("i want the minutes where Oakridge Education Trust decided to merge two primary schools, the trust runs them in "
     "norfolk", "Oakridge Education Trust"),
]


@pytest.mark.parametrize("text, trust", NAMED)
def test_an_unlisted_trust_named_in_the_message_is_the_organisation(text, trust):
    framed = frame_message(text)
    assert framed.authority is not None and framed.authority.name == trust
    assert not framed.body_question


def test_an_academy_trust_is_covered_by_foia_and_its_pay_is_in_its_accounts():
    found = check_request("1. How much the CEO gets paid. 2. The total spent on consultants in 2024/25.",
                          "Horizon Learning Trust").findings
    said = " ".join(f.message + " " + f.suggestion for f in found)
    assert "52A" in said and "may not apply" not in said
    assert "annual report and accounts" in said and "statement of accounts" not in said
    # a company by its name stays a body askfoi does not know
    found = check_request("1. The total spent on consultants in 2024/25.", "Acme Widgets Ltd").findings
    assert any(f.code == "unknown-authority" and "52A" not in f.message for f in found)


@pytest.mark.parametrize("text", [
    "a copy of the contract with her home (its called Oakfield Lodge in Sittingbourne) for 2025",
    "the inspection reports for a care home called Rose Court in 2024",
    "complaints about a firm called Apex Cleaning Ltd in 2024",
])
def test_a_business_named_by_called_is_no_persons_data(text):
    assert not [f for f in check_request(text, "Kent County Council").findings if f.code == "third-party-personal-data"]
    # a person named by "called" still is
    found = check_request("complaints about a man called John Smith in 2024", "Kent County Council").findings
    assert any(f.code == "third-party-personal-data" for f in found)
