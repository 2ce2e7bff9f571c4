"""ny67 (nc67 #5): a review letter states no fact about the case that the reply does not contain.

The Cardiff review said "You said the information is with your contractor" for an appeal panel's minutes (not held)
because another answer said "The contracts are held by the operators listed in Annex A": the contract's holder is
no contractor holding information for the authority, and a contractor named under one answer says nothing of
another part. The ground that the information is held on the authority's behalf is argued only where the reply says
so of that part's information."""
import datetime as dt

import pytest

from askfoi.followup import review_letter

_HEAD = """Dear Mr Evans

Freedom of Information request, our reference FOI/{ref}

Thank you for your request received on 1 October 2026.

"""
_TAIL = """
If you are unhappy with this response you may ask for an internal review within 40 working days.

Yours sincerely
Information Governance
22 October 2026
"""

CASES = {
    # the contracts' holders named, under another part than the one not held
    "contracts_held_by_operators": """1. We refused 42 applications for post-16 transport in 2025/26.
2. The Council does not hold minutes of the transport appeal hearings. Decisions are recorded on each pupil's file.
3. The contracts are held by the operators listed in the attached schedule. The contract values are withheld under
section 43(2) of the Act.
""",
    "contract_held_by_a_firm": """1. The Council does not hold a record of the number of potholes reported by councillors.
2. The highways maintenance contract is held by Kier Highways Ltd until March 2028. The contract sum is withheld under
section 43(2) of the Act.
""",
    # a contractor named in an answer that gave the information, beside a part not held
    "contractor_in_a_given_answer": """1. Grounds maintenance is carried out by our contractor, Idverde. The Council paid
£1.24 million for it in 2025/26.
2. The Council does not hold records of complaints about grass cutting in Victoria Park.
3. The number of trees felled in council parks in 2025 was 311.
""",
    "supplier_in_a_given_answer": """1. The Council does not hold information about the laptops issued to councillors.
2. Our IT services are managed on our behalf by Civica. The Council spent £310,000 on them in 2025/26.
""",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_review_claims_no_contractor_the_reply_does_not_name_for_that_part(name):
    reply = _HEAD.format(ref="2026/" + str(len(name))) + CASES[name] + _TAIL
    letter = review_letter(reply, today=dt.date(2026, 11, 2), name="Owen Evans", authority="Anytown Council")
    body = letter.body
    assert "is with your contractor" not in body and "Please ask your contractor" not in body, body
    assert "said to be with its contractor" not in body, body


NAMED = {
    "salary": "The salary paid to the head teacher, Mr David Price, in 2025.",
    "exit_package": "The exit package paid to the former chief executive, Mark Jones, when he left in 2025.",
}


@pytest.mark.parametrize("name", sorted(NAMED))
def test_the_personal_data_ground_invents_no_complaints_about_staff(name):
    request = f"1. The number of staff employed by the council in 2025.\n2. {NAMED[name]}\n"
    reply = (_HEAD.format(ref="2026/77") + "1. The council employed 4,212 staff in 2025.\n"
             "2. This information is the personal data of the individual concerned and is withheld under section 40(2) "
             "of the Act.\n" + _TAIL)
    letter = review_letter(reply, request=request, today=dt.date(2026, 11, 2), name="Owen Evans",
                           authority="Anytown Council")
    body = letter.body
    assert "Personal data" in body, body
    assert "complaints about staff" not in body, body
