"""rd15: cost refusals whose figures are context or section 16 advice stay cost refusals, and holding replies
(clarification sought, a fee asked, the public interest test, a transfer, an answer promised) read as pending without
the doubt flag (docs/notes/rd15.md). Short invented excerpts, each read as written and pasted as one line."""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply

C, P, D, W = Outcome.cost_limit, Outcome.part_disclosed, Outcome.disclosed, Outcome.pending

CASES = [
    # a cost refusal with figures that are context, background or the advice (s16), not an answer
    ("Your request\n1. How many taser discharges were there in each year 2019-2023?\n2. For each, the age of the "
     "subject.\nResponse\nWe estimate that the cost of complying with your request would exceed the appropriate "
     "limit.\nSection 16 advice: we could provide the total number of taser discharges for a single year within the "
     "cost limit.\nFor context, the Force submitted 1,204 use of force forms in 2023.", C),
    ("In your previous request (FOI 23-101) we told you that 45 officers had been trained. Your new request asks for "
     "the training records of each of them, and we estimate that locating and extracting these would exceed the cost "
     "limit of £450. This letter is a refusal notice under section 12.", C),
    ("To provide a breakdown of stop and search by ethnicity and by outcome for each of the last ten years would "
     "exceed the appropriate limit, and section 12 applies. However, to assist, we can tell you that the total number "
     "of stop and searches in 2023 was 4,210.", C),
    ("The information you have requested is held across 12 separate systems, and to collate it would take an "
     "estimated 90 hours. The cost of compliance therefore exceeds the appropriate limit and section 12 applies.\n"
     "Please note that the total number of employees at 31 March 2024 was 5,412, should this help you to refine your "
     "request.", C),
    ("I am sorry but we cannot answer your request within the cost limit.\nAdvice and assistance\nThe Council carried "
     "out 812 food hygiene inspections last year, but the outcome of each is held only on the premises file.\nIf you "
     "were to limit your request to one ward, we may be able to help.", C),
    ("In 2023/24 the University awarded 312 PhDs. Information on the funding source of each student is held in "
     "departmental records, and to extract it we would need to contact each of 24 departments. This would exceed the "
     "appropriate limit. Under section 16, we suggest you narrow your request to one department.", C),
    # ... and a cost refusal of one part beside an answer to another stays partly answered
    ("We can tell you that the number of bus shelters maintained by the Council is 412. However, the Council does not "
     "hold the cost of maintaining each shelter in a central place and retrieving it would exceed the appropriate "
     "limit. Section 12 therefore applies to this part of your request.", P),
    # holding replies: read as pending, with no doubt
    ("Thank you for your email. In order to locate the information you require, please provide more detail about the "
     "type of incidents you are interested in. Under section 1(3) of the Act we are not obliged to comply with your "
     "request until we receive this further information. The 20 working days will start again when we receive your "
     "reply.", W),
    ("Re: FOI 2024/881\nThe information you have asked for is available, but there is a charge for copying and "
     "postage. The fee is £12.50. Once we receive payment we will send the information to you.", W),
    ("Dear Applicant\nPlease be advised that a fee of £18.60 is payable for the copies you have requested. The "
     "information will be sent to you once payment has been received.", W),
    ("Some of the information you requested is exempt under section 31 of the Act, and the Council needs to consider "
     "whether the public interest in maintaining that exemption outweighs the public interest in disclosure. We need "
     "further time to consider this and will let you have a full response by 20 September 2024.", W),
    ("Your request has been passed to Kent Police, as the information is held by them rather than by the Police and "
     "Crime Commissioner. Kent Police will reply to you within 20 working days.", W),
    ("Your request has been allocated to the Highways service, who will provide a response. If you have any queries "
     "in the meantime please contact foi@example.gov.uk.", W),
    ("I can confirm we received your request on 4 November. Unfortunately we have not been able to respond within the "
     "statutory 20 working days. The information is still being gathered and we hope to respond by the end of next "
     "week.", W),
    ("The Trust is seeking the views of the third party whose information is included in the documents. As this is "
     "taking longer than expected, our response will be delayed. We anticipate being able to respond by 19 July.", W),
    ("We are writing to let you know that we have not yet reached a decision on the balance of the public interest. "
     "Section 10(3) of the Act allows us to extend the time for our response. We now aim to respond by 14 March.", W),
    ("We wrote to you on 12 May asking you to clarify your request, but we have not yet had a reply. We cannot take "
     "your request further until you do.", W),
    ("Your request is too general for us to identify the information you want. Please let us know which planning "
     "applications and which years you mean.", W),
    ("Thank you for your request, which has been logged. The statutory response date is 22 March 2025.", W),
    ("We asked you to confirm which wards you meant. We are still waiting for your reply.", W),
    # a fees notice: the information waits on the payment, whatever the letter offers
    ("We can provide the plans you requested as paper copies. There will be a charge of £22.50 to cover printing and "
     "postage. If you would like us to proceed, please reply to confirm that you agree to pay this amount.", W),
    ("The records you have asked for run to about 400 pages. Under our charging scheme there is a fee of 10p per page "
     "for photocopying, making a total of £40. Let us know if you would like to go ahead, and on receipt of your "
     "cheque we will post the copies to you.", W),
    # negatives: what the new rules must leave alone
    ("Please find attached the planning register for 2023. Copies of the full plans can be supplied for a fee of £20; "
     "let us know if you would like to go ahead.", D),
    ("The Council charges a fee of £50 for a pre-application meeting, and 214 such meetings were held in 2023.", D),
    ("We can provide information for one of the three years you asked for within the cost limit: in 2023 there were "
     "88 cases. Providing the other years would exceed the limit.", P),
    ("For context, the Council received 412 complaints in 2023, and 38 of them were upheld.", D),
    ("The charge for a residents' parking permit is £50 a year, and 1,240 permits were issued in 2023.", D),
    ("I can confirm the Council received 45 complaints about the scheme in 2023.", D),
    ("Question 1: 42 officers were trained.\nQuestion 2: retrieving the training dates would exceed the cost limit "
     "under section 12.\nAdvice and assistance\nYou could narrow question 2 to one year.\n\nQuestion 3: 17 of the "
     "officers are sergeants.", P),
]


@pytest.mark.parametrize("flat", [False, True], ids=["as written", "one line"])
@pytest.mark.parametrize(("text", "outcome"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_reading(text: str, outcome: Outcome, flat: bool) -> None:
    reading = read_reply(" ".join(text.split()) if flat else text)
    assert reading.outcome == outcome
    assert not reading.unclear


def test_doubt_stays_where_nothing_is_decided_or_awaited() -> None:
    """A reply that decides nothing and says nothing of what its answer waits on is still a reading to check."""
    reading = read_reply("Thank you for your email about the bypass. Kind regards, Information Governance Team")
    assert reading.outcome == Outcome.pending
    assert reading.unclear


def test_a_fee_is_no_answer_only_in_a_holding_reply() -> None:
    assert read_reply("The fee is £25 for each licence.").outcome == Outcome.disclosed
    assert read_reply("The fee is £25. Once we receive payment we will send you the copies.").outcome == Outcome.pending


def test_holding_frame_beside_an_answer_keeps_the_answer() -> None:
    text = ("Further to our letter extending the time for our response under section 10(3), please find attached the "
            "information you requested.")
    assert read_reply(text).outcome == Outcome.disclosed
