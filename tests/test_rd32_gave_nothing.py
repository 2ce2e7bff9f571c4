"""rd32 (issue 10): a reply that gave nothing is never read as partly given.

A part (or the whole reply, when it has no parts) is given information only by a sentence that hands something over
for it; the argument for holding it back, who keeps the records, the request told back in a review, and a numbered
request answered under one heading give nothing. Replies written for these tests (not copied from any page).
"""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply

TENDER_SCORES = """Thank you for your request for the tender scores given to each bidder for the school catering contract awarded in July.

We hold this information. However, we have decided that it is exempt from disclosure under section 43(2) of the Act, because releasing the scores would be likely to prejudice the commercial interests of the bidders and of the Trust, which is about to re-tender two similar contracts.

Section 43 is a qualified exemption, so we have weighed the public interest. In favour of disclosure: there is a public interest in openness about how public money is spent, and in showing that contracts are awarded fairly; the contract is worth £1.2 million over three years. In favour of withholding: bidders would change their pricing in the coming tenders, and the Trust would get worse value. We have concluded that the public interest in withholding the information outweighs the public interest in releasing it.

If you are unhappy with this response you may ask for an internal review."""

CAMERAS_NCND = """Your request: Does the force use automatic number plate recognition cameras on the A38 between junctions 4 and 6? If so how many?

The force can neither confirm nor deny that it holds any information relevant to your request, by virtue of sections 24(2) and 31(3) of the Freedom of Information Act.

Overall harm
Confirming whether cameras are placed on a particular stretch of road would allow offenders to plan routes that avoid them. There are more than 11,000 ANPR cameras across the country, and the locations are deliberately not disclosed.

Factors favouring confirmation
Confirming would show how public money is spent and reassure the public.

Factors against confirmation
It would undermine the use of ANPR to detect crime and protect national security.

Balance test
The balance lies against confirming or denying that information is held."""

DISCIPLINE_NCND = """You asked whether any officer from the force was disciplined following the incident at the Riverside retail park on 14 June, and for copies of any misconduct reports.

The force neither confirms nor denies that it holds information relevant to your request, by virtue of section 40(5B) of the Act. To confirm or deny would itself reveal personal data about identifiable officers, which would breach the first data protection principle.

Should any reports exist, they would in any case be exempt under section 40(2) and section 30(1). This should not be taken as an indication that the information you requested is or is not held."""

EXCLUSIONS_COST = """1. The number of pupils excluded for carrying a knife, for each school, in each of the last five years.
2. The number of those pupils who were later permanently excluded.

Response
The council holds exclusion records on its pupil database, but the reason for an exclusion is recorded as free text. To answer either question an officer would need to read the 1,870 exclusion records for the period. At an estimated 2 minutes per record this would take over 62 hours, well above the 18 hour limit. We are therefore not obliged to answer questions 1 and 2, as section 12 of the Act applies.

To help you, a request for the total number of exclusions in each year, without the reason, could be answered from the database."""

TAXI_JOINT = """Request
1. For each year from 2019 to 2023, how many taxi licence holders had their licence revoked?
2. For each revocation, the reason given.

Response
1. and 2. Revocation decisions are recorded in each licence holder's file rather than in a report we can run. The licensing team holds 2,950 files for the period. Checking a file takes around 6 minutes, so answering would take about 295 hours. The cost of compliance would exceed the appropriate limit of £450 and section 12 of the Act applies to both questions."""

REGENERATION_NOT_HELD = """Q1. How much did the council spend on consultants for the town centre regeneration scheme in 2022?
A1. The council does not hold this information. The scheme is run by the Development Corporation, a separate body set up in 2019 with its own budget of £14 million, and its spending is recorded in its own accounts.
Q2. Copies of the consultants' reports.
A2. As above, no reports were commissioned by the council and none are held. The Development Corporation publishes its board papers on its website."""

REVIEW_UPHELD = """Internal review of FOI 5512

You asked us to review our response of 9 January, in which we refused your request for the investigation report into the complaint about the Oakfield care home under section 30(1) and section 40(2).

The review was carried out by the Head of Legal Services, who was not involved in the original decision. She considered your points that the home closed in 2021 and that 38 families were affected, and that there is strong local interest in what happened.

Having considered the matter afresh, the reviewer has decided to uphold the original decision. The report remains exempt under sections 30(1) and 40(2), and the public interest in maintaining the exemption under section 30 outweighs the public interest in disclosure.

If you remain dissatisfied you may complain to the Information Commissioner."""


@pytest.mark.parametrize("text, outcome", [
    (TENDER_SCORES, Outcome.refused),        # a figure argued in the public interest test is not an answer
    (CAMERAS_NCND, Outcome.ncnd),            # a national count in the harm statement is not an answer
    (DISCIPLINE_NCND, Outcome.ncnd),         # "should any exist, they would be exempt": the NCND stands
    (EXCLUSIONS_COST, Outcome.cost_limit),   # numbered questions restated, one answer under "Response"
    (TAXI_JOINT, Outcome.cost_limit),        # "1. and 2." one answer for both
    (REGENERATION_NOT_HELD, Outcome.not_held),  # who keeps the records, and where another body publishes
    (REVIEW_UPHELD, Outcome.refused),        # a review that tells back the requester's points and upholds
], ids=["pit-figure", "harm-count", "ncnd-conditional", "one-heading", "joint-heading", "kept-by-another", "review"])
def test_a_reply_that_gave_nothing_is_not_read_as_given(text: str, outcome: Outcome) -> None:
    reading = read_reply(text)
    assert reading.outcome == outcome
    assert not reading.unclear


def test_a_numbered_request_answered_under_one_heading_has_no_given_part() -> None:
    reading = read_reply(EXCLUSIONS_COST)
    assert all(p.outcome not in (Outcome.disclosed, Outcome.part_disclosed) for p in reading.parts)


def test_a_joint_heading_gives_both_parts_the_same_reading() -> None:
    parts = {p.number: p.outcome for p in read_reply(TAXI_JOINT).parts}
    assert parts.get("1") == parts.get("2") == Outcome.cost_limit


def test_the_reason_after_a_not_held_is_no_answer_for_that_part() -> None:
    parts = {p.number: p.outcome for p in read_reply(REGENERATION_NOT_HELD).parts}
    assert parts == {"1": Outcome.not_held, "2": Outcome.not_held}


# guards: what was handed over still counts
@pytest.mark.parametrize("text, outcome", [
    ("1. How many parking fines were issued on Station Road in 2023?\nIn 2023, 412 penalty charge notices were issued "
     "on Station Road.\n2. The names of the enforcement officers who issued them.\nThe names of individual officers are "
     "personal data and are withheld under section 40(2).", Outcome.part_disclosed),
    ("Response\nThe total spent on agency social workers in 2022/23 was £3,412,880. A breakdown by agency is attached.\n"
     "You also asked for the number of hours worked by each agency worker. This is not recorded centrally; extracting it "
     "from timesheets would take more than 18 hours, so this part of your request is refused under section 12.",
     Outcome.part_disclosed),
    ("1. How many fly-tipping incidents were reported in 2023?\nThere were 1,204 reports of fly-tipping in 2023.\n"
     "2. How many fixed penalty notices were issued for fly-tipping?\nThe council does not hold this information, as "
     "enforcement is carried out by the district councils.", Outcome.part_disclosed),
    ("Thank you for your request about school transport.\nThe council spent £4,215,300 on home to school transport in "
     "2023/24, and 1,932 pupils were eligible for free transport.\nIf you need any further help, please contact the "
     "information governance team.", Outcome.disclosed),
], ids=["figure-and-names", "total-and-hours", "figure-and-not-held", "figures-and-help"])
def test_what_was_handed_over_still_counts(text: str, outcome: Outcome) -> None:
    assert read_reply(text).outcome == outcome


SALARIES_REFUSED = """Thank you for your request for the salaries of the three assistant directors in the housing department.

The information is exempt under section 40(2). The request concerns 3 members of staff below senior manager grade, whose pay is not published, and they would have a reasonable expectation that it would remain private. Disclosure would breach the first data protection principle."""

SURVEY_REFUSED = """We have considered your request for the 2023 staff survey results broken down by ward. In 2022 you were given the trust-wide results (our reference FOI 22/1187), which showed a 61% response rate. The ward-level results are exempt under section 40(2), as the small numbers in some wards could identify individual staff."""


@pytest.mark.parametrize("text", [SALARIES_REFUSED, SURVEY_REFUSED], ids=["ground-after-whole-exemption", "given-before"])
def test_the_reasons_and_what_was_given_before_are_not_this_answer(text: str) -> None:
    reading = read_reply(text)
    assert reading.outcome == Outcome.refused
    assert not reading.unclear


def test_a_figure_after_a_partial_exemption_still_counts() -> None:
    text = ("Some of the information is exempt under section 40(2) and has been withheld. "
            "The total cost of the scheme in 2023 was £48,200.")
    assert read_reply(text).outcome == Outcome.part_disclosed
