"""rv58 (nc58 #6): a pointer at published information that names where ("published on the CQC website", "available at
www...") is not "without saying where", and the review argues only what is still owed; the review names the request by
a noun phrase, never a clipped fragment ("about per bed"). Texts written for this test."""

from __future__ import annotations

import pytest

from askfoi.followup import request_named, review_letter
from askfoi.reader import read_reply

NAMED_WHERE = [
    "Dear Ms Marsh\n\n1. Inspections: The council carries out monitoring visits; copies of the reports are attached. "
    "Inspections of the home are carried out by the Care Quality Commission (CQC) and are published on the CQC website, "
    "so this part is exempt under section 21.\n\n2. Cost: We consider it exempt under section 43(2) of the Freedom of "
    "Information Act 2000.\n\nYours sincerely",
    "Dear Mr Ahmed\n\n1. The number of fixed penalty notices issued in 2024 was 1,204.\n2. Road casualty statistics are "
    "published by the Department for Transport on the GOV.UK website, so this part is exempt under section 21.\n3. The "
    "names of the officers are withheld under section 40(2).\n\nYours sincerely",
    "Dear Sir\n\n1. 34 staff were employed.\n2. The hospital's inspection reports are available on the CQC's website and "
    "are therefore exempt under section 21.\n3. Section 43(2) applies to the contract prices.\n\nRegards",
    "Dear Mr Khan\n\n1. The budget was £2.3m.\n2. The information is available at www.example.gov.uk/budget-2025.pdf and "
    "is exempt under section 21.\n3. We consider section 43(2) applies to the supplier rates.\n\nYours sincerely",
]

OUR_WEBSITE = ("Dear Ms Lee\n\n1. We hold 12 records.\n2. This information is published on our website, so section 21 "
               "applies.\n3. The remaining information is withheld under section 31(1)(a).\n\nYours sincerely")


@pytest.mark.parametrize("text", NAMED_WHERE)
def test_a_pointer_that_names_where_is_not_without_saying_where(text: str) -> None:
    reading = read_reply(text)
    assert "without saying where" not in reading.explanation
    body = review_letter(text, name="A Person").body
    assert "not where exactly" not in body and "a general pointer" not in body
    # "our website" alone still says no more than that
    assert "without saying where" in read_reply(OUR_WEBSITE).explanation


KENT_REQUEST = """Subject: Freedom of Information request: complaints received about the home

Dear Kent County Council Freedom of Information team,

I am writing to request information under section 1 of the Freedom of Information Act 2000.

Please provide the following information for the period 1 January 2022 to 31 March 2026:

1. The contract between the council and the company, the inspection reports the council did.
2. How much the council pays per bed per week at Rosewood Court?
3. The number of complaints received about the home relating to Rosewood Court care home.

Yours faithfully,

Helen Marsh
"""


def test_the_request_is_never_named_by_a_clipped_fragment() -> None:
    named = request_named(request=KENT_REQUEST)
    assert named["about"] is None or not named["about"].split()[1] in ("per", "via", "than", "each")
    body = review_letter(NAMED_WHERE[0], request=KENT_REQUEST).body
    assert "about per bed" not in body
