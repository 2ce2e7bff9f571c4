"""Lead, session 29 (newcomer nu32 #2): a not-held reply that merely names a supplier elsewhere ("The supplier is
NEC ...") must not get the review paragraph saying the authority put the information with its contractor; a reply
whose sentence says the contractor holds or does the work still gets it."""
import pytest

from askfoi.followup import _contractor

NAMED_ONLY = [
    "A2 Information not held. The force does not record false alerts by location.\n"
    "A3 The supplier is NEC Software Solutions UK. The contract value is exempt under section 43(2).",
    "we dont hold figures by ward. the contractor for the scheme was Kier and the contract is published on our site",
    "Q4: Which supplier? Answer: the supplier is Axon. Q5: not held.",
]
HOLDS = [
    "We do not hold this information. The cameras are bought and maintained by our contractor, Veolia.",
    "The council does not hold the data; the readings are collected by the contractor on our behalf.",
    "this information is held by our service provider and not by the council",
]


@pytest.mark.parametrize("reply", NAMED_ONLY)
def test_a_supplier_only_named_is_not_said_to_hold_it(reply):
    assert _contractor(reply) is None


@pytest.mark.parametrize("reply", HOLDS)
def test_a_contractor_said_to_hold_or_do_the_work_is_kept(reply):
    assert _contractor(reply) is not None
