"""rv61 (nc61 #2): answers headed by a range or a list of the request's numbers ("Questions 1 to 3", "Questions 1 and
2", "Parts 3-4", "Q1-3") answer each of those parts, and the heading that follows ("Question 6") opens the next part
only: an NCND under "Question 6" belongs to part 6 alone. Replies written for this test in the layouts police forces,
councils, trusts and schools use."""

from __future__ import annotations

import pytest

from askfoi.reader import read_reply

MET = """Freedom of information request reference no: 01.FOI.26.051177

I write in connection with your request for information received on 12/10/2026. I note you seek access to the following
information:

1. How many times ANPR cameras read a vehicle on the A40 in 2025.
2. How many of those reads led to a stop.
3. How many stops led to an arrest.
4. The number of ANPR cameras in the borough of Ealing.
5. Whether the MPS uses ANPR data supplied by the security services.

DECISION
I have today decided to disclose some of the requested information. The MPS neither confirms nor denies whether it
holds other information.

Questions 1 to 3
The ANPR cameras on the A40 recorded 4,118,204 reads in 2025. 1,212 of these led to a vehicle stop and 301 stops led to
an arrest.

Question 4
The MPS does not hold a list of cameras by borough. ANPR cameras are managed centrally and their locations are not
recorded against borough boundaries.

Question 5
The MPS can neither confirm nor deny whether it holds any information relevant to question 5 by virtue of sections
23(5) and 24(2) of the Act.

Section 23 is an absolute exemption. Section 24 is a qualified exemption and the public interest test has been carried
out. The balance of the public interest lies in neither confirming nor denying.

COMPLAINT RIGHTS
If you are dissatisfied with this response you may ask for an internal review within 40 working days.

Yours sincerely

Information Rights Unit
"""

COUNCIL = """Dear Mr Osei

Freedom of Information request ref FOI-2026-3391

Thank you for your request, which we have dealt with under the Freedom of Information Act 2000. You asked:

1. How many penalty charge notices were issued in Church Street in 2025?
2. How much income did they raise?
3. How many were cancelled on appeal?
4. Please send the contract with the enforcement company.

Questions 1 and 2:
We issued 2,904 penalty charge notices in Church Street in 2025, raising £98,412.

Question 3:
The council does not hold this information. Appeals are recorded by contravention code, not by street.

Question 4:
The contract is exempt under section 43(2) of the Act (commercial interests). The public interest in withholding it
outweighs the public interest in disclosure while the contract is being retendered.

If you are not satisfied with this response you may ask for an internal review.

Yours sincerely
Information Governance Team
"""

TRUST = """Our ref: FOI 8812

Your request:
Q1. How many agency nurses did the trust use in 2025?
Q2. What did the trust spend on them?
Q3. Which agencies supplied them?
Q4. What hourly rate does each agency charge?

Our response:
Q1-2: The trust used 412 agency nurses in 2025 at a total cost of £3.2 million.
Q3: The agencies are listed in the attached spreadsheet.
Q4: The hourly rates are withheld under section 43(2) (commercial interests), as releasing them would prejudice the
trust's position in future negotiations.

You have the right to ask for an internal review.
"""

SCHOOL = """Dear Ms Clarke

Re: Freedom of Information request

You asked for:
1. The school's behaviour policy.
2. The number of fixed-term suspensions in 2025/26.
3. The number of permanent exclusions in 2025/26.
4. The names of the pupils excluded.

Part 1
The behaviour policy is published on our website at https://www.example-academy.org.uk/policies and is exempt under
section 21.

Parts 2-3
There were 37 fixed-term suspensions and 2 permanent exclusions in 2025/26.

Part 4
The names of pupils are personal data and are exempt under section 40(2) of the Act.

If you are unhappy with this response, you can ask the Trust for an internal review.
"""

FORCE = """Reference: 2026/FOI/4471

You asked:
1. Does the force use facial recognition on CCTV footage?
2. How many retrospective facial recognition searches were run in 2025?
3. How many led to a charge?
4. Does the force use facial recognition covertly?

Question 1, 2 and 3
Yes. The force ran 1,904 retrospective facial recognition searches in 2025, of which 212 led to a charge.

Question 4
The force can neither confirm nor deny whether it holds information relevant to this question by virtue of section
31(3) and section 30(3) of the Act.

You may ask for an internal review within 40 working days.
"""

CASES = [
    ("met", MET, {"1": ("disclosed", False), "2": ("disclosed", False), "3": ("disclosed", False),
                  "4": ("not_held", False), "5": ("ncnd", True)}),
    ("council", COUNCIL, {"1": ("disclosed", False), "2": ("disclosed", False), "3": ("not_held", False),
                          "4": ("refused", False)}),
    ("trust", TRUST, {"1": ("disclosed", False), "2": ("disclosed", False), "3": ("disclosed", False),
                      "4": ("refused", False)}),
    ("school", SCHOOL, {"1": ("published", False), "2": ("disclosed", False), "3": ("disclosed", False),
                        "4": ("refused", False)}),
    ("force", FORCE, {"1": ("disclosed", False), "2": ("disclosed", False), "3": ("disclosed", False),
                      "4": ("ncnd", True)}),
]


def _parts(text: str) -> dict[str, tuple[str, bool]]:
    return {p.number: (p.outcome.value, p.ncnd) for p in read_reply(text).parts}


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_every_part_under_a_range_heading_is_read(name: str, text: str, expected: dict) -> None:
    got = _parts(text)
    assert set(got) == set(expected), got
    for number, (outcome, ncnd) in expected.items():
        assert got[number][1] == ncnd, (number, got)
        # a part answered in full is "disclosed"; a part told it is published may be read as published or given
        assert got[number][0] == outcome or {got[number][0], outcome} == {"published", "disclosed"}, (number, got)


NCND_CASES = [c for c in CASES if any(ncnd for _, ncnd in c[2].values())]


@pytest.mark.parametrize("name,text,expected", NCND_CASES, ids=[c[0] for c in NCND_CASES])
def test_the_ncnd_stays_with_its_own_part(name: str, text: str, expected: dict) -> None:
    reading = read_reply(text)
    assert {p.number for p in reading.parts} == set(expected)
    for p in reading.parts:
        if expected[p.number][1]:
            assert p.outcome.value == "ncnd" and p.sections, (p.number, p.outcome, p.sections)
        else:
            assert not p.ncnd and not {"23(5)", "24(2)", "30(3)", "31(3)"} & set(p.sections), (p.number, p.sections)


MET_REQUEST = """Dear Metropolitan Police Service,

Please provide the following information:

1. How many times ANPR cameras read a vehicle on the A40 in 2025.
2. How many of those reads led to a stop.
3. How many stops led to an arrest.
4. The number of ANPR cameras in the borough of Ealing.
5. Whether the MPS uses ANPR data supplied by the security services.

Yours faithfully,

Sam Okafor
"""


def test_explain_shows_every_part_of_a_reply_answered_under_range_headings() -> None:
    from askfoi.reply_explain import explain_reply

    for name, text, expected in CASES:
        explained = explain_reply(text, request=MET_REQUEST if name == "met" else None)
        shown = {p.number for p in explained.reading.parts} | {u["number"] for u in explained.unclear_parts}
        assert not explained.unclear_parts, (name, explained.unclear_parts)
        assert shown == set(expected), (name, shown)


def test_the_review_argues_each_part_on_what_it_got() -> None:
    from askfoi.followup import review_letter

    body = " ".join(review_letter(MET, request=MET_REQUEST).body.split())
    assert "Which answer is for which part" not in body
    assert "Published and exempt at once" not in body
    assert "Neither confirm nor deny (part 5)" in body
    # only the qualified NCND provision is argued on the public interest; 23(5) is absolute
    assert "Section 24(2) is qualified (unlike section 23(5), which is absolute" in body
    assert "Yours faithfully, Sam Okafor\")" not in body and "Sam Okafor\")" not in body


def test_the_request_told_back_then_a_decision_heading_is_no_answer_to_its_last_item() -> None:
    from askfoi.answer_map import map_answers

    mapped = {p.number: p for p in map_answers(MET, MET_REQUEST)}
    assert mapped["5"].status == "mapped" and mapped["5"].outcome.value == "ncnd"
    assert mapped["4"].status == "mapped" and mapped["4"].outcome.value == "not_held"
