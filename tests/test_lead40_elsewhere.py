"""lead40 (nc43 #5, #12): a "not held" reply that names the public body holding the information, or running what was
asked about, offers the same request to that body first; a site operator holding data under its permit is no
contractor of the authority, so the review never claims it holds the data on the authority's behalf."""

from askfoi.followup import contractor_said
from askfoi.reply_explain import explain_reply

POLICE = """Reference: 12345/26
Request:
1. How many ANPR cameras does the force operate in Chelmsford?
2. The locations of each camera.

Response:
The force can confirm that the information requested is not held. ANPR cameras in Chelmsford are operated by
Chelmsford City Council. You may wish to redirect your request to them.
"""

COUNCIL = """Your request has been considered under the Environmental Information Regulations 2004.

1. We received 214 complaints about odour from the site in 2025.
2. No enforcement notices have been served by the Council. Enforcement of the permit is a matter for the Environment
Agency. The Council therefore does not hold this information (regulation 12(4)(a)).
3. The monitoring data is held by the operator under the terms of its permit and is not held by the Council.
"""


def test_the_body_that_holds_it_is_the_first_step():
    steps = explain_reply(POLICE).next_steps
    assert steps[0].kind == "elsewhere" and "Chelmsford City Council" in steps[0].title


def test_a_permit_holder_is_no_contractor():
    assert contractor_said(COUNCIL) is None
    steps = explain_reply(COUNCIL).next_steps
    assert steps[0].kind == "elsewhere" and "Environment Agency" in steps[0].title
