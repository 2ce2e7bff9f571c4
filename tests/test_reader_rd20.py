"""rd20: the reply reader on replies it had not seen (docs/notes/rd20.md). A cost refusal of the whole request in
which nothing is given reads cost_limit however the reply restates, numbers or explains the parts and whatever advice
it gives; a transfer to another body reads pending (passed on) or not_held (held there, ask them) and names the body;
acknowledgements are holding letters. Short invented excerpts in the styles police forces, councils and NHS bodies
write, each read as written and pasted as one line. BUILT_FROM was written to build the rules; CHECK was written
before the rules it checks and run against the branch start and the end (docs/notes/rd20.md gives both figures)."""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply

C, P, D, N, W = Outcome.cost_limit, Outcome.part_disclosed, Outcome.disclosed, Outcome.not_held, Outcome.pending

BUILT_FROM = [
    # t1
    ('Dear Mr Ahmed,\nFreedom of Information Request Reference 2025/0441\nYou asked for: 1. The number of '
     'stop and search encounters in 2024. 2. The ethnicity of each person searched. 3. The outcome of each '
     'search.\nIn relation to question 3, outcomes are recorded in free text and each of the 9,400 records '
     'would need to be read.\nI estimate that complying with your request would exceed the appropriate '
     'limit of 18 hours. Your request is therefore refused under section 12(1) of the Act.\nAdvice and '
     'assistance\nYou may wish to narrow your request to a single month, which we may be able to answer '
     'within the limit.\nYours sincerely\nInformation Compliance Unit',
     C),
    # t2
    ('Thank you for your request. We estimate that the cost of complying with your request would exceed the '
     'appropriate limit of £450. We are therefore refusing your request under Section 12 of the Freedom of '
     'Information Act.\n1. See above.\n2. See above.\n3. See above.\nUnder section 16 we are obliged to '
     'offer advice: if you limited your request to one financial year we could provide the figures in a '
     'table.',
     C),
    # t3
    ('Dear Requester\nYour request for information about agency nursing spend has been considered under the '
     'Freedom of Information (Scotland) Act 2002. Unfortunately the Board is not obliged to comply with '
     'your request, as the cost of doing so would exceed the upper cost limit of £600 (section 12 of '
     'FOISA).\nThe spend is held across 14 separate ledgers and each invoice would have to be checked by '
     'hand to identify agency staff.\nIf you would like to narrow the scope of your request, for example to '
     'one ward, please let us know.',
     C),
    # t4
    ('Your request has been considered under the Environmental Information Regulations 2004. The Council '
     'has decided to refuse the request under regulation 12(4)(b) as manifestly unreasonable, because of '
     'the time it would take to comply.\nA search of the planning system returned 12,340 documents relating '
     'to the site, each of which would need to be opened and reviewed.\nThe public interest in maintaining '
     'the exception outweighs the public interest in disclosure.',
     C),
    # t5
    ('1. How many complaints did the Trust receive in 2024? The Trust received 412 complaints in 2024.\n2. '
     'Please provide a copy of each complaint. To locate, retrieve and redact each complaint would exceed '
     'the appropriate limit of 18 hours, so this part of your request is refused under section 12.',
     P),
    # t6
    ('We have estimated that the cost of complying with your request would exceed the appropriate limit. To '
     'give you an idea, in 2023 the Force recorded 3,120 domestic abuse incidents, and each incident log '
     'would need to be read to identify whether a child was present. The request is therefore refused under '
     'section 12(1).',
     C),
    # t7
    ('Please find attached the information you requested. The Council spent £23,400 on consultants in 2024.',
     D),
    # t8
    ('The Trust holds some of the information you have requested. However, we estimate that it would take '
     'in excess of 18 hours to locate, retrieve and extract it. Section 12 of the Act therefore applies to '
     'your request and the Trust will not be providing the information.\nIt may help to know that, with '
     'regard to part (b), theatre lists are kept by each of our four hospital sites in paper form.',
     C),
    # t9
    ('Thank you for your request. The information you have asked for is held by the Home Office rather than '
     'by this Force. We have passed your request to the Home Office, who will respond to you directly.',
     W),
    # t10
    ('The Council does not hold this information. Bus services in the county are run by the Combined '
     'Authority, and you may wish to contact them at foi@example.gov.uk.',
     N),
    # t11
    ('This information is held by NHS England, not by the Trust. Please redirect your request to NHS '
     'England, PO Box 16738, Redditch, B97 9PT.',
     N),
    # t12
    ('We are writing to let you know that we need more time to consider your request. We will respond by 14 '
     'March 2025.',
     W),
    # t13
    ('Before we can deal with your request we need you to clarify which years you are interested in. Once '
     'we receive your clarification the 20 working days will start again.',
     W),
    # t14
    ('Dear Sir\nYour request asked:\na) how many FOI requests the Council received in 2024\nb) how many '
     'were answered late\nc) the reason each late request was delayed\nAlthough the information in parts a) '
     'and b) could be extracted from our case management system in about 2 hours, part c) would require '
     'officers to read each of the 1,900 case files. When a request has several parts, the cost of '
     'complying with all of them is aggregated. The estimated cost of complying with your request as a '
     'whole therefore exceeds the appropriate limit and the Council is relying on section 12(1) to refuse '
     'it.\nIf you resubmit your request without part c), we will be happy to consider it.',
     C),
    # t15
    ('RESPONSE\nThe Constabulary holds information relevant to your request. However, to establish the '
     'number of officers disciplined for misuse of social media, each of the 310 misconduct files opened '
     'since 2019 would need to be manually reviewed. At 30 minutes per file this amounts to 155 hours, '
     'which exceeds the appropriate limit.\nTherefore, in accordance with section 17(5), this letter acts '
     'as a refusal notice under section 12.\nSection 16 advice\nYou may wish to refine your request to '
     'misconduct files opened in one year. Please note that this would still need to be assessed against '
     'the cost limit.',
     C),
    # t16
    ('Question 1 - how many buses were taken out of service\nQuestion 2 - the reason for each withdrawal\n'
     'Answer\nRetrieving this information would exceed the cost limit set out in the Freedom of Information '
     'and Data Protection (Appropriate Limit and Fees) Regulations 2004, so we cannot provide it. The fleet '
     'of 640 vehicles is maintained at 11 depots, each keeping its own paper records.',
     C),
    # t17
    ('Dear Requester\n1. Number of road traffic collisions in 2024: 2,315\n2. Number involving e-scooters: '
     '41\n3. Details of each e-scooter collision: providing this would exceed the cost limit, as each '
     'report would need to be read. This part of your request is refused under section 12.',
     P),
    # t18
    ('Thank you for your request. In response to questions 1 to 4, I regret that we are unable to provide '
     'the information you have requested, as we estimate that doing so would exceed the appropriate limit '
     "under section 12 of the FOI Act. In relation to question 3, the hospital's theatre system does record "
     'cancellations, but not the reason, which is only held in clinical notes.',
     C),
    # holding letters (h) and a part held by another body (y1, traced from the check set)
    # h1
    ('Thank you for your request for information about the number of taxi licences issued in 2024. Your '
     'request was received on 4 March 2025 and we will respond by 1 April 2025.',
     W),
    # h2
    ('Dear Requester, I am writing to let you know that the Trust has not yet been able to complete its '
     'response to your request for the number of nurses recruited from overseas. We apologise for the delay '
     'and will send the information as soon as possible.',
     W),
    # h3
    ('We have received your request for the 312 incident reports. Please note that we will need to consider '
     'whether any exemptions apply, and we will write to you again by 20 May.',
     W),
    # h4
    ('Your request has been logged with reference FOI-2025-1443. A member of the team will be in touch '
     'within 20 working days.',
     W),
    # h5
    ('Under section 10(3) of the Act we are extending the time for our response, as we need to consider the '
     'public interest in relation to section 31. We now expect to respond to you by 12 June.',
     W),
    # h6
    ('Thank you for your request. In order to answer it we need to know which of our 14 car parks you are '
     'interested in. Please let us know and we will then deal with your request.',
     W),
    # y1
    ('1. How many fixed penalty notices did the Council issue for fly-tipping in 2024?\n87\n2. How many '
     'prosecutions for fly-tipping were brought?\nProsecutions are brought by the Environment Agency, who '
     'may hold this information.',
     P),
]

CHECK = [
    # y2
    ('Q1 - Number of ambulances waiting over an hour outside the Emergency Department in December 2024: '
     '412\nQ2 - Number of calls where the patient waited over 4 hours for an ambulance: the Ambulance '
     'Service would hold this information rather than the Trust.',
     P),
    # y3
    ('1. How many officers are trained to use Taser? 1,204\n2. Who supplies the devices? Axon Public Safety '
     'UK supplies the devices.',
     D),
    # z1
    ('Thank you for your request about the 2,400 parking permits issued last year. So that we can answer '
     'it, we need you to confirm whether you mean resident or business permits. We will then process your '
     'request.',
     W),
    # z2
    ('We are sorry that we have not yet sent a response to your request about the 16 school crossing '
     'patrols. We will provide the information as soon as possible.',
     W),
    # z4
    ('Your request about the closure of 3 libraries is being considered. We will send you our response shortly.',
     W),
    # k1
    ('Dear Ms Clarke\nRequest ref: FOI-2025-118\nUnder Section 12(1) of the Act the Council is not obliged '
     'to comply with a request where the cost would exceed the appropriate limit of £450. We have estimated '
     'that answering your request would take over 40 hours: housing repair jobs are logged on our '
     "contractor's system and the reason for each delay is not a searchable field.\nWith regard to question "
     '2 specifically, the completion date of each job would need to be compared by hand with the date it '
     'was reported.\nYou may wish to submit a narrower request, for example for one estate.',
     C),
    # k2
    ('The Police Service of Scotland estimates that it would cost well in excess of the current FOI cost '
     'threshold of £600 to process your request. I am therefore refusing to provide the information sought '
     'in terms of section 12(1) of the Act.\nBy way of explanation, there were around 5,600 missing person '
     'reports in 2024 and each one would have to be read to establish whether the person was a looked after '
     'child.\nTo be of assistance, you may wish to limit your request to a single division.',
     C),
    # k4
    ('Your request has been refused under regulation 12(4)(b) of the Environmental Information Regulations, '
     'as it is manifestly unreasonable owing to the cost of compliance. An initial email search identified '
     'over 30,000 emails that mention the bypass. Reading each email for relevance would take an estimated '
     '2,500 hours.',
     C),
    # k5
    ('The Council can confirm that 1,204 parking fines were issued on Station Road in 2024. However, to '
     'provide the location of each fine by bay number would exceed the cost limit, so that part of your '
     'request is refused under section 12.',
     P),
    # k6
    ('Q1: The Force has 14 drones.\nQ2: Details of each deployment would require a manual review of every '
     'flight log, which would exceed the appropriate limit. Section 12 applies to question 2.',
     P),
    # k7
    ('I am writing to advise that we estimate the cost of complying with your request would exceed the '
     'appropriate limit of 18 hours. The Trust is therefore not required to comply with your request '
     '(section 12 of the FOI Act). For information, the Trust employed 6,210 staff last year and sickness '
     'absence reasons are recorded only on paper return-to-work forms, each of which would need to be '
     'checked.',
     C),
    # k9
    ('Your email has been forwarded to Leeds City Council, which is responsible for school admissions, and '
     'they will reply to you within 20 working days.',
     W),
    # k10
    ('Northumbria Police does not hold information about speed camera income. Camera enforcement in the '
     'region is managed by the Safety Camera Partnership and you should contact them directly.',
     N),
    # k11
    ('We do not hold the information you have requested. The records you describe would be held by the '
     'Department for Education; please contact their FOI team.',
     N),
    # k12
    ('We have received your request and will aim to respond within 20 working days. If we need further '
     'information from you we will be in touch.',
     W),
    # k13
    ('The Trust needs to consult the third party whose contract you have asked about before a decision can '
     'be made. We expect to respond by 30 April.',
     W),
    # m1
    ('Request\n1. How many Section 60 orders were authorised in 2024?\n2. For each order, the location and '
     'duration.\n3. The number of searches conducted under each order.\nResponse\nSection 12(1) of the '
     'Freedom of Information Act provides that a public authority is not obliged to comply with a request '
     'if the cost of complying would exceed the appropriate limit. To answer question 3 each search record '
     'would need to be cross-referenced by hand against the order it was made under. We estimate this would '
     'take well over 18 hours and your request is therefore refused.\n1. Refused - section 12.\n2. Refused '
     '- section 12.\n3. Refused - section 12.',
     C),
    # m2
    ('Dear Mr Patel,\nThank you for your request for information dated 3 March, in which you asked for '
     'copies of all correspondence with Acme Developments Ltd since 2020.\nThe Council holds information '
     'within the scope of your request. However, a search of the mailboxes of the planning team found '
     "approximately 4,700 emails containing the company's name. We would need to read each of these to "
     'decide whether it falls within scope. The Council is therefore refusing your request under regulation '
     '12(4)(b) of the EIR (manifestly unreasonable).\nWe have considered the public interest and concluded '
     'that it favours maintaining the exception.\nIf you were to limit your request to a particular '
     'planning application, we may be able to help.',
     C),
    # m3
    ('Thank you for your request.\n1. The Trust employed 312 healthcare assistants on 31 March 2025.\n2. '
     'The Trust does not record the country in which staff trained in a searchable form; each personal file '
     'would need to be checked by hand, which would exceed the appropriate limit. We are therefore refusing '
     'this part of your request under section 12.',
     P),
    # m4
    ('In answer to your request, I can confirm that the Force does hold information relevant to your '
     'questions. However, to identify which of the 2,900 custody records relate to children held overnight, '
     'each record would have to be read. This exceeds the 18 hours allowed, so under section 12 the Force '
     'is not obliged to comply with your request. Under section 16, you may wish to ask for the total '
     'number of children detained, which can be taken from our custody system.',
     C),
    # m5
    ('We can tell you that the Council received 78 complaints about missed bin collections in 2024. To '
     'break these down by street would require each complaint to be read, which would exceed the cost '
     'limit; we are therefore unable to provide the breakdown by street (section 12).',
     P),
    # m6
    ('Your request (our reference FOI/2025/0099)\nYou asked for the number of fixed penalty notices issued '
     'for littering in each of the last five years, and the amount paid for each.\nOur response\nWe are '
     'unable to provide this information as the cost of doing so would exceed the appropriate limit of '
     '£450, and we are therefore relying on section 12 of the Freedom of Information Act. Payments are '
     'recorded on the finance system against a payment reference only, and matching each payment to its '
     'notice would need to be done manually.',
     C),
    # x1
    ('Dear Ms Lee\nThank you for your email of 2 May. As the matters you raise concern adult social care, '
     'we have forwarded your request to Surrey County Council.',
     W),
    # x2
    ('Thank you for your Freedom of Information request. Information about trunk road maintenance is held '
     'by National Highways rather than the Council. You can submit your request to National Highways at '
     'info@nationalhighways.co.uk.',
     N),
    # x3
    ('Your request has been sent on to the Ministry of Justice, which holds court records. They will be in '
     'touch with you.',
     W),
    # x4
    ('Records of ambulance response times are held by the East Midlands Ambulance Service NHS Trust. '
     'Requests can be made directly to their FOI team.',
     N),
    # x5
    ('This is an automatic acknowledgement. Your request will be dealt with under the Freedom of '
     'Information Act and you should receive a response within 20 working days.',
     W),
    # x6
    ('Please find attached the figures you requested. The information on waiting times was provided to us '
     'by the Clinical Commissioning Group.',
     D),
    # x7
    ('The Force does not hold this information. The Independent Office for Police Conduct may hold it and '
     'you may wish to contact them.',
     N),
]

CASES = BUILT_FROM + CHECK


@pytest.mark.parametrize("one_line", [False, True], ids=["as-written", "one-line"])
@pytest.mark.parametrize("text,outcome", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_outcome(text, outcome, one_line):
    reading = read_reply(" ".join(text.split()) if one_line else text)
    assert reading.outcome == outcome and not reading.unclear


@pytest.mark.parametrize("text,outcome", [
    # k3 as written (its one-line form, where "Response" is no heading of its own, still reads part: a known gap)
    ("1. The number of patients who waited over 12 hours in A&E.\n2. The number of these patients over 80.\nResponse\n"
     "The Trust estimates that complying with your request would exceed the 18 hour limit and we are therefore unable "
     "to provide this information (section 12).\n1 & 2: please see the explanation above.", C),
    # the request quoted back after "You wrote:" is not answered by its own figures
    ('Dear Mr Hill,\nYou wrote:\n"1. The number of complaints about potholes.\n2. The proportion answered within 15 '
     'working days."\nWe have estimated that the cost of complying with your request would exceed the appropriate '
     'limit. Under section 12(1) the Council is not obliged to comply with your request.', C),
    # figures under the numbers beside a cost refusal of one question: answered in part
    ("1. 45 2. 12 3. To answer this question would exceed the cost limit under section 12.", P),
], ids=["restated-above-response-heading", "quoted-back-after-you-wrote", "figures-beside-one-question-refused"])
def test_what_the_numbered_parts_are(text, outcome):
    assert read_reply(text).outcome == outcome


def test_passed_on_names_the_body_and_says_so():
    reading = read_reply("We have passed your request to the Home Office.")
    assert reading.outcome == W and not reading.unclear
    assert reading.held_by == "the Home Office" and reading.passed_on
    assert "passed your request to the Home Office" in reading.explanation


def test_held_elsewhere_is_not_held_and_says_where_to_ask():
    reading = read_reply("This information is held by Transport for London. Please contact them at foi@tfl.gov.uk.")
    assert reading.outcome == N and reading.held_by == "Transport for London" and not reading.passed_on
    assert "Transport for London holds this information" in reading.explanation


def test_not_held_by_this_body_is_no_other_body():
    reading = read_reply("I can confirm that the information you have requested is not held by Northumbria Police.")
    assert reading.outcome == N and reading.held_by is None


def test_a_team_of_the_body_is_no_other_body():
    reading = read_reply("Your request was received on 3 March and has been passed to the Information Team.")
    assert reading.held_by is None
    assert read_reply("Thank you for your communication, which has been passed to HMRC's Freedom of Information "
                      "Team.").held_by is None


def test_a_promise_to_pass_it_on_is_not_a_transfer():
    reading = read_reply("If it is not an enquiry we need to answer under the Act, we will, if possible, pass it on to "
                         "the Department for Education.")
    assert reading.held_by is None


def test_held_by_with_no_pointer_to_that_body_decides_nothing():
    reading = read_reply("Please find attached the figures. The waiting list data is held by the Clinical Commissioning "
                         "Group and was shared with us.")
    assert reading.held_by is None
