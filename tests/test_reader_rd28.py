"""rd28: the reply reader decides from what was requested, not from any figure or explanation present
(docs/notes/rd28.md). Short invented excerpts in varied wording (lower case, typos, a story first)."""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply

# sentences about the letter, the request or a source the body points to are never an answer; a rights leaflet or
# the complaints procedure is never the information; a "not held" that is the first thing said after the restated
# request is said of the whole of it, and what follows explains it
NOT_ANSWERS = [
    ('ref line refusal', Outcome.refused,
     'Our reference: CS 48213\nDear Ms Patel\nThe Council has considered your request and has decided '
     'the report is exempt under section 36(2)(c) of the Act. The public interest in withholding it '
     'outweighs the public interest in disclosure.'),
    ('ref lower', Outcome.refused,
     'ein cyf/our ref atisn 10230\ndear mr jones\nwe have decided to withhold the contract under section '
     '43(2) as it would prejudice the commercial interests of the supplier.'),
    ('thanks received', Outcome.published,
     'Thank you for your request received on 3 February asking for the 12 largest contracts awarded '
     'since 2021. The information you have asked for is available on our website at '
     'https://example.gov.uk/contracts. Under section 21 of the Act we are not required to provide '
     'information that is reasonably accessible to you by other means.'),
    ('note you asked', Outcome.published,
     'I note that you have asked for the figures by calendar month and for amounts of £250 or more. This '
     'information is already published on our transparency page: https://example.gov.uk/t. We therefore '
     'rely on section 21 of the FOI Act.'),
    ('best source', Outcome.refused,
     'Thank you for your request. The best source for earnings information is our annual survey, which '
     'is based on a 1% sample of jobs. However, earnings for individual employers are confidential under '
     'section 39 of the Statistics and Registration Service Act, so section 44 of the Freedom of '
     'Information Act applies and we cannot provide them.'),
    ('story request lead', Outcome.refused,
     'You requested the following:\nI run a small lettings agency. As I am looking for 2 or 3 bedroom '
     'homes that have stood empty for over 6 months, could you send me a list of their addresses?\nOur '
     'response\nThe addresses of empty homes are exempt from disclosure under section 31(1)(a) as '
     'releasing them would be likely to prejudice the prevention of crime.'),
    ('answer kept', Outcome.part_disclosed,
     'In response to your request, there were 42 complaints in 2023. The names of the staff involved are '
     'exempt under section 40(2).'),
    ('not held first', Outcome.not_held,
     'You asked:\n1. how do you train staff to record ethnicity?\n2. how many hours of training do they '
     'get?\n3. how is it assessed?\nWe have searched our records and there is no specific data held. '
     'There are two types of ethnicity recording, officer defined and self defined. The lists change '
     'over time as national guidance is updated.'),
    ('not held first typo', Outcome.not_held,
     'Your request:\n1) What training do call handlers receive on domestic abuse\n2) How many hours is '
     'it\nResponse\nno relevant records were found. call handlers complete an e-learning module as part '
     'of their induction and there are 3 refresher sessions in the national curriculum which the college '
     'of policing sets.'),
    ('not held after answers', Outcome.part_disclosed,
     'You asked:\n1. How many officers were trained?\n2. What did it cost?\nResponse: 1. 240 officers '
     'were trained in 2023. 2. We have searched our records and there is no specific data held.'),
    ('rights leaflet', Outcome.disclosed,
     'Dear John\nThank you for your request. I attach a leaflet containing further information about '
     'your rights and our obligations.\nIn answer to your questions: we received 14,202 calls in 2023, '
     'and 3,100 of these were category 1.'),
    ('procedure details', Outcome.disclosed,
     'Please see the information below in response to your request. There were 1631 cremations in 2012 '
     'and 1622 in 2013.\nIf you are not content you can ask for the matter to be reviewed under the '
     "Council's Complaints Procedure. Details of this procedure can be obtained from all Council offices "
     'or our website.'),
]



# a refusal that names no exemption (by number or in words) takes its ground from the not-held said with it; "manifestly
# unreasonable" is the cost refusal's counterpart only where the reply measures the burden; a table row's label
# ("Unknown", "Not recorded") followed by its figures is a category, not a share not held
GROUNDS = [
    ('unable then not held', Outcome.not_held,
     'Unfortunately we are unable to provide you with the figures you require at ward level. To answer '
     'your request we would need to use statistical judgement to create a new analysis, and the Act does '
     'not oblige us to create information. We therefore consider this to be information not held.'),
    ('cannot provide lower', Outcome.not_held,
     'sorry but we cant provide the breakdown by school. we dont hold it in that way and would have to '
     'make a new dataset, so it is information not held for the purposes of the act.'),
    ('unable with exemption', Outcome.refused,
     'We are unable to provide the names of the contractors. This information is exempt under section '
     '43(2). Other details are not held.'),
    ('unable with words exemption', Outcome.refused,
     'We are unable to provide the report at this time as it is intended for future publication in the '
     'spring. Drafts from earlier years are not held.'),
    ('mu no measure', Outcome.refused,
     "Exemption schedule\nThe exception 'manifestly unreasonable' in regulation 12(4)(b) of the "
     'Environmental Information Regulations is subject to the public interest test.\nFactors in favour '
     'of disclosure: openness and accountability in environmental matters.\nFactors in favour of '
     'maintaining the exception: the council must consider the burden placed on its teams by requests of '
     'this kind and the disruption to its work.'),
    ('mu with hours', Outcome.cost_limit,
     'We are refusing your request under regulation 12(4)(b) of the EIR as manifestly unreasonable. The '
     '62 complaint files would each need to be checked by hand, which would take over 30 hours.'),
    ('mu with cost words', Outcome.cost_limit,
     'the request is manifestly unreasonable under regulation 12(4)(b) because of the excessive cost of '
     'providing the information.'),
    ('mu burden of complying', Outcome.cost_limit,
     'we are refusing this under regulation 12(4)(b) (manifestly unreasonable): answering your request would '
     'place an unreasonable burden on the planning team.'),
    ('table unknown row', Outcome.disclosed,
     'The Performance and Analysis Department have provided the following information.\nEthnicity '
     '|\n2022 |\n2023 |\nAsian |\n109 |\n145 |\nUnknown |\n389 |\n326 |\nWhite |\n7080 |\n6338 |'),
    ('table not recorded row', Outcome.disclosed,
     'Please see the table below.\nOutcome | 2021 | 2022 |\nCharged | 54 | 61 |\nNot recorded | 12 | 9 '
     '|\nNo further action | 140 | 133 |'),
    ('table cell not held', Outcome.part_disclosed,
     'Please see the figures below.\nYear | Number of stops\n2021 | 431\n2022 | not recorded\nFigures '
     'for 2022 are not held because the system was replaced.'),
]



# a part answered by pointing at a published document by its address is published; a restated request under a
# "- Request" heading is the requester's; "quarter 4", "stage 2", "category 1" are labels, not figures given
POINTED = [
    ('report contains link', Outcome.published,
     'In answer to your questions:\nHow many 999 calls were received last year?\nOur annual performance '
     'report contains year to date totals and a monthly breakdown of call '
     'volume:\n[1]https://www.example-ambulance.nhs.uk/report.pdf\nWhat are the response time '
     'targets?\nPlease see\n[2]https://www.england.nhs.uk/arp\nfor details of the categories and their '
     'targets.'),
    ('available in the report', Outcome.published,
     '1. How many fly-tipping incidents were there in 2023?\nThe number of incidents is set out in our '
     'annual environment report, https://www.example.gov.uk/env-report-2023\n2. How many fines were '
     'issued?\nthe fines are also shown in the report https://www.example.gov.uk/env-report-2023 on page '
     '12.'),
    ('report contains but given', Outcome.disclosed,  # rd36: the lead's ruling (rd35) in a reply without parts
     'We received 14,202 calls in 2023. A monthly breakdown is in our performance report, which contains '
     "each month's totals: https://www.example.nhs.uk/icpr.pdf"),
    ('dash request heading', Outcome.refused,
     '- Request\n-\nPlease provide the following about complaints since 1 April 2025:\n1. The total '
     'number of complaints received.\n2. The outcome of each complaint.\n3. The number escalated to '
     'stage 2.\n- Decision\n-\nThe information for points 1 to 3 is exempt under section 22 because it '
     'is intended for future publication. The quarter 4 report will be published on our website in June.'),
    ('stage label', Outcome.refused,
     'Your request is refused. The stage 2 complaint files are exempt under section 40(2) as they are '
     'the personal data of the people who complained.'),
    ('category label lower', Outcome.part_disclosed,
     'we recieved 3,100 category 1 calls in 2023. the names of the crews are exempt under section 40(2).'),
]



# another body runs the service and holds the records ("held with", "outsourced", "contracted out to"): not held here;
# "refuse" the noun is no refusal; a sentence asking its reader to complete a table or form gives nothing; a preamble
# that only points at the answers below gives nothing of its own
ELSEWHERE = [
    ('refuse vehicles outsourced', Outcome.not_held,
     'Dear Mr Ellis\nThank you for your request about refuse collection vehicles. Our answers are '
     'below.\n1. The policy on storage and upkeep of refuse vehicles.\nBiffa undertake this as it is '
     'outsourced. Contact: Biffa Municipal, 12 High Street, Leeds.\n2. Please complete the attached '
     'table for each refuse vehicle.\nThis would be held with Biffa.'),
    ('held with lower', Outcome.not_held,
     '1. what are the maintenance costs for the bin lorries?\nthis would be held with Urbaser as the '
     'service is contracted out.\n2. how old is each lorry?\nagain this is held by Urbaser Ltd, please '
     'contact them at enquiries@urbaser.example.'),
    ('contracted out to', Outcome.not_held,
     '1) Number of parking tickets issued in 2023?\nThe enforcement service has been contracted out to '
     'NSL Services Group, who hold these records.\n2) Income from tickets?\nThis is held by NSL Services '
     'Group. Please contact them directly.'),
    ('refuse noun not refusal', Outcome.disclosed,
     'Please find attached the refuse and recycling collection rounds for 2024, and the number of refuse '
     'collection crews, which is 14.'),
    ('refused still notice', Outcome.refused,
     '1. How many refuse vehicles do you own?\nWe have refused this part under section 43(2) as the '
     'fleet details are commercially sensitive.\n2. Who supplies them?\nThis is also withheld under '
     'section 43(2).'),
    ('complete form pending', Outcome.pending,
     'Before we can process your request please complete the attached form to confirm your identity and '
     'return it to us. We will respond within one month of receiving it.'),
]


# a restated item with its answer written after a dash ("- Total spend - 340k", "- Spend per agency - Commercially
# sensitive, section 43 applied"): the answer is the authority's
WRITTEN_AFTER = [
    ('inline mixed', Outcome.part_disclosed,
     'Request\nPlease can I have the following for 2023/24:\n- Total spend on agency nurses - 340k\n- '
     'Spend per agency - Commercially sensitive, section 43 applied.\n- Number of shifts filled - '
     '2,115\nSection 43 response\nSection 43(2) exempts information whose disclosure would be likely to '
     'prejudice commercial interests.'),
    ('inline all given', Outcome.disclosed,
     'Request\nPlease provide:\n- the total cost of the new signs - £4,250\n- the number of signs '
     'installed - 38\n- the supplier - Signs Direct Ltd'),
    ('inline withheld lower', Outcome.part_disclosed,
     'request\ncould you tell me:\n- how many cameras the council runs – 212\n- the make of each camera '
     '– withheld under section 31(1)(a), see below\n\nsection 31 explanation: disclosing the makes would '
     'help people avoid the cameras.'),
]

# an internal review telling back the requester's case, and the questions it will consider, decides nothing; its
# own decision does (and "I have considered whether ... and I uphold" is that decision)
REVIEWS = [
    ('review overturns', Outcome.disclosed,
     'Internal review FOI 2024/331\nAs a result of this review I am now disclosing the information that '
     'we hold; please find the survey extracts in the attached documents.\nIn this instance, your '
     'request for a review indicated that regulation 12(5)(e) of the EIRs did not apply to the survey '
     'reports and argued there is a strong public interest in openness.\nIn this review, I will '
     'consider: whether the exception applied under the EIR, namely regulation 12(5)(e), was correctly '
     'applied to this information; whether the public interest lies in disclosure.'),
    ('review lower', Outcome.disclosed,
     'internal review outcome\nyou argued that section 43(2) had been applied wrongly to the contract. '
     'this review has considered whether the exemption was engaged. i have decided the exemption does '
     'not apply and the contract is attached to this letter.'),
    ('review upholds', Outcome.refused,
     'Internal review\nYou said that section 31 should not apply to the locations of the cameras. I have '
     'considered whether the exemption was correctly applied, and I uphold the original decision: the '
     'locations remain exempt under section 31(1)(a).'),
    ('review plan lower', Outcome.disclosed,
     'internal review\nyou have argued that the council was wrong to withhold the tree survey under '
     'regulation 12(4)(d). this review will consider whether the exception was correctly applied. having '
     'looked again, i am now releasing the survey in full and it is attached.'),
]

CASES = NOT_ANSWERS + GROUNDS + POINTED + ELSEWHERE + WRITTEN_AFTER + REVIEWS


@pytest.mark.parametrize("text,outcome", [(t, o) for _, o, t in CASES], ids=[n for n, _, _ in CASES])
def test_outcome_from_what_was_requested(text, outcome):
    assert read_reply(text).outcome == outcome


@pytest.mark.parametrize("text,dropped,kept", [
    ("Following your complaint we have concluded that the s43 Commercial Interests exemption was not applicable. "
     "Rather, the information is withheld under section 29(1)(b) - the economy.", "43", "29(1)(b)"),
    ("on review, the regulation 12(5)(e) confidentiality exception is not engaged. the survey is still withheld "
     "under regulation 12(5)(f) as it was supplied voluntarily.", "EIR 12(5)(e)", "EIR 12(5)(f)"),
], ids=["titled exemption not applicable", "lower case exception not engaged"])
def test_an_exemption_said_not_to_apply_is_not_cited(text, dropped, kept):
    reading = read_reply(text)
    assert reading.outcome == Outcome.refused and dropped not in reading.sections and kept in reading.sections


def test_an_exemption_said_to_apply_stays():
    reading = read_reply("The section 43 commercial interests exemption is engaged and the prices are withheld.")
    assert "43" in reading.sections


def test_a_part_held_by_the_contractor_quotes_that_sentence():
    text = dict((n, t) for n, _, t in ELSEWHERE)["refuse vehicles outsourced"]
    parts = read_reply(text).parts
    assert [p.outcome for p in parts] == [Outcome.not_held, Outcome.not_held]
    assert "outsourced" in parts[0].evidence[0] and "held with Biffa" in parts[1].evidence[0]
