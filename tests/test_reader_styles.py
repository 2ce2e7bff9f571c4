"""The reply reader on replies written in the styles of the layouts it was not tuned on: NHS trusts,
councils, PSNI, government departments and the Scottish bodies (decision sentences, numbered answers,
tables of figures, attachments, not held, NCND, s12 estimates, s21 links, s40(2)/s43, EIR exceptions,
FOISA sections); and the sentence roles these need."""

from __future__ import annotations

import pytest

from askfoi.reader import read_reply, read_sentences

# (outcome, ncnd, sections that must be found, text)
STYLES = [
("disclosed", False, [], "Thank you for your request for information under the Freedom of Information Act 2000, received on 3 March 2024. The Trust can confirm that it holds the information you have requested. 1. How many agency nurses were used in 2023? 2,341 shifts were filled by agency nurses. 2. What was the total spend? £4,512,300. If you are dissatisfied with the handling of your request, you have the right to ask for an internal review."),
("not_held", False, [], "Dear Requester, Freedom of Information Request FOI/2024/0456. I can confirm that the Council does not hold the information you requested. The Council does not record complaints by the category you describe. If you are unhappy with this response you may request an internal review by writing to the Information Governance Team."),
("ncnd", True, ["24(2)", "31(3)"], "PSNI Freedom of Information Request Reference Number: F-2024-01234. Decision: The Police Service of Northern Ireland has decided to neither confirm nor deny whether it holds the information you requested by virtue of Section 24(2) National Security and Section 31(3) Law Enforcement. The harm and public interest test are set out below."),
("part_disclosed", False, ["40(2)"], "PSNI Freedom of Information Request Reference Number: F-2023-02222. Decision: The Police Service of Northern Ireland has provided some of the information you requested and withheld the remainder by virtue of Section 40(2) Personal Information. The information is set out in the table below."),
("cost_limit", False, ["12"], "Decision: The Police Service of Northern Ireland has decided to refuse your request as it is estimated that the cost of complying would exceed the appropriate limit. Section 12(1) of the Freedom of Information Act 2000 applies. To locate and extract the information would require a manual review of approximately 3,000 files at 10 minutes each, which equates to 500 hours."),
("published", False, ["21"], "Thank you for your request. The information you have requested is already available on our website at https://www.example.nhs.uk/about/board-papers and is therefore exempt under section 21 of the Act, as it is reasonably accessible to you by other means."),
("refused", False, ["43(2)"], "The Trust holds the information you have requested. However, we consider that it is exempt from disclosure under section 43(2) of the Act (commercial interests) because release of the unit prices would be likely to prejudice the commercial interests of the Trust and its suppliers. Having considered the public interest, we have concluded that the balance lies in favour of withholding the information."),
("refused", False, ["EIR 12(5)(e)"], "Your request has been dealt with under the Environmental Information Regulations 2004. The Council has decided to withhold the information under regulation 12(5)(e) (confidentiality of commercial or industrial information). The public interest in maintaining the exception outweighs the public interest in disclosure."),
("not_held", False, ["FOISA 17"], "Under section 17 of the Freedom of Information (Scotland) Act 2002 we are required to tell you that the information you requested is not held by the Scottish Government. This is because no such assessment has been carried out."),
("part_disclosed", False, ["FOISA 38(1)(b)"], "I enclose a copy of some of the information you requested. While our aim is to provide information whenever possible, in this instance we are unable to provide some of the information you have requested because an exemption under section 38(1)(b) (personal information) of FOISA applies to that information."),
("disclosed", False, [], "Response: Q1. Does the Council use artificial intelligence in its benefits service? Yes. Q2. Which supplier? Xantura Ltd. Q3. What was the contract value? £120,000 over three years."),
("cost_limit", False, ["12"], "We estimate that it will cost more than £600 to comply with your request. Section 12 of the Freedom of Information Act 2000 means we are not obliged to comply. You may wish to narrow your request, for example by limiting it to a single year, and we would then be happy to consider it."),
("part_disclosed", False, ["40(2)"], "Please find attached the information requested. Names of junior staff below Band 8a have been redacted under section 40(2) of the Act as this constitutes personal data."),
("disclosed", False, [], "Please see the table below. Year | Number of referrals | 2021/22 | 412 | 2022/23 | 455 | 2023/24 | 503"),
("not_held", False, [], "Following a search of our records, I can confirm that the Department for Education does not hold information within the scope of your request. You may wish to contact the local authority directly."),
("part_disclosed", False, ["12"], "1. Number of fixed penalty notices issued in 2023: 1,203. 2. Breakdown by ward: To provide this would require a manual review of each notice, which we estimate would take in excess of 18 hours. We are therefore refusing this part of your request under section 12 of the Act."),
("ncnd", True, ["23(5)", "24(2)"], "In accordance with the Act, this letter represents a Refusal Notice for this particular request. The Metropolitan Police Service can neither confirm nor deny that it holds the information you requested as the duty in Section 1(1)(a) of the Act does not apply, by virtue of the following exemptions: Section 23(5) Information relating to security bodies. Section 24(2) National Security."),
("part_disclosed", True, ["31(3)"], "Question 1: 14 officers were dismissed in 2023. Question 2: The force can neither confirm nor deny that it holds any further information relevant to this question by virtue of section 31(3) of the Act."),
("disclosed", False, [], "I am writing to let you know that we have now completed our search and the answer to your question is 27. Our records show that 27 ambulances waited more than 60 minutes at the hospital in January 2024."),
("not_held", False, [], "The information requested is not held by Belfast City Council. The Council does not own any of the buildings listed in your request."),
("published", False, ["21"], "The information you have requested is published on our website and can be found at the following link: https://www.gov.uk/government/statistics/example. We are therefore not required to provide it under section 21 of the FOI Act (information reasonably accessible to the applicant by other means)."),
("refused", False, ["36(2)(b)"], "We have decided that the information should be withheld under section 36(2)(b)(ii) and 36(2)(c) of the FOIA. The qualified person, the Minister of State, has given the opinion that disclosure would be likely to inhibit the free and frank exchange of views for the purposes of deliberation."),
("cost_limit", False, ["EIR 12(4)(b)"], "We have applied regulation 12(4)(b) of the Environmental Information Regulations, which provides that a public authority may refuse to disclose information where the request is manifestly unreasonable. Complying would place an unreasonable burden on the Council."),
("pending", False, [], "We are writing to let you know that we need further time to consider the public interest test in relation to your request. We aim to respond by 14 June 2024."),
("disclosed", False, [], "The Scottish Ambulance Service can confirm that the information you requested is held. The average response time for purple category calls in 2023 was 8 minutes 12 seconds."),
]


def _found(section: str, read: list[str]) -> bool:
    return any(g == section or g.startswith(section + "(") or section.startswith(g + "(") for g in read)


@pytest.mark.parametrize("outcome,ncnd,sections,text", STYLES, ids=[f"{i}-{c[0]}" for i, c in enumerate(STYLES)])
def test_reply_styles(outcome, ncnd, sections, text):
    reading = read_reply(text)
    assert reading.outcome.value == outcome and not reading.unclear
    assert reading.ncnd is ncnd
    assert all(_found(s, reading.sections) for s in sections), reading.sections


@pytest.mark.parametrize("text,section", [
    ("The Trust does not hold a central register of interpreter bookings. To provide this would require a manual "
     "review of every invoice, which would exceed the appropriate limit set by the Freedom of Information Act.", "12"),
    ("Having estimated the time needed to search 14 years of paper files, compliance would exceed the upper cost "
     "limit of £600 under the Freedom of Information (Scotland) Act 2002.", "FOISA 12"),
    ("Your request falls under the Environmental Information Regulations 2004. Searching every planning file by "
     "hand would place a manifestly unreasonable burden on the Council, so we are refusing it.", "EIR 12(4)(b)"),
])
def test_a_cost_refusal_names_its_provision_when_the_reply_does_not(text, section):
    reading = read_reply(text)
    assert reading.outcome.value == "cost_limit"
    assert section in reading.sections


def test_a_cost_refusal_that_cites_its_section_gets_no_other():
    reading = read_reply("We estimate that complying would exceed the appropriate limit, so section 12(1) applies.")
    assert reading.sections == ["12(1)"]


@pytest.mark.parametrize("text,outcome", [
    ("In response to parts 1 and 2 of your request, we can neither confirm nor deny that we hold information "
     "described in your request, in accordance with section 30(3) of FOIA. Section 30(1) states that information "
     "held by a public authority is exempt information if it has at any time been held for an investigation.", "ncnd"),
    ("The information you requested is not held by the Department. Section 21 of the FOIA provides that "
     "information is exempt where it is reasonably accessible to the applicant by other means.", "not_held"),
])
def test_a_section_quoted_in_the_words_of_the_act_does_not_decide(text, outcome):
    reading = read_reply(text)
    assert reading.outcome.value == outcome
    assert "law" in {s.role for s in read_sentences(text)}


def test_a_section_applied_in_the_words_of_the_act_still_decides():
    text = "Section 40(2) provides that we can withhold personal data, and we have applied it to the names of staff."
    assert read_reply(text).outcome.value == "refused"


# (outcome, text): more phrasings of each outcome in the same styles
OUTCOMES = [
("not_held", "We have no record of any complaints of this type being received in the period you specified."),
("not_held", "Unfortunately the Trust does not collect this data."),
("not_held", "This information is not recorded by the Council in a retrievable format."),
("not_held", "There is no recorded information held which would answer your question."),
("not_held", "No information was found following searches of our case management system."),
("not_held", "Response: The Health Board does not have any contracts with this supplier and therefore holds no information in scope of your request."),
("not_held", "We do not have any information relating to this request. The Council ceased to operate the service in 2015."),
("cost_limit", "Unfortunately, to answer your request would take more than 18 hours, as we would need to read every incident log by hand. We are therefore unable to comply with your request."),
("cost_limit", "To extract this information would exceed the cost threshold under the Act, as each record would need to be checked manually."),
("cost_limit", "We estimate that retrieving this information would go beyond the cost limit of £450. You may wish to refine your request, for example by asking for a single year; we may then be able to provide the number of incidents."),
("cost_limit", "The Council is not obliged to comply with your request because the cost of doing so would exceed the £450 limit. In line with our duty to advise and assist, if you reduce the time period to six months we would be able to provide the figures."),
("cost_limit", "PSNI Freedom of Information Request F-2024-00012. Decision: The Police Service of Northern Ireland has estimated that the cost of complying with your request would exceed the appropriate limit. In accordance with Section 17(5) of the Act this letter acts as a Refusal Notice. Section 12(1) provides that a public authority is not obliged to comply with a request where the estimated cost would exceed the appropriate limit. Advice and assistance: you may wish to consider narrowing your request to a specific district."),
("part_disclosed", "1. How many staff were suspended in 2023? 12. 2. What were the reasons? The Trust is unable to provide this information as to do so could identify individuals. This information is therefore exempt under section 40(2) of the Act."),
("part_disclosed", "Q1 - 345 Q2 - 1,207 Q3 - The Trust does not hold this information. Q4 - Not held."),
("part_disclosed", "1) £23,400 2) The contract was awarded to Civica. 3) Information regarding individual unit prices is exempt under section 43(2) of the FOIA as it is commercially sensitive."),
("part_disclosed", "Please find attached a spreadsheet showing the number of fines issued by month. We do not hold information on the age of those fined."),
("part_disclosed", "Question 1: There were 56 reports in 2022 and 71 in 2023. Question 2: To answer this question would require a manual trawl of all 127 reports, which would exceed the appropriate limit of 18 hours. Section 12 of the Act therefore applies to this part of your request."),
("part_disclosed", "Part 1 of your request: the Council spent £1.2 million on agency social workers in 2023/24. Part 2 of your request: the Council considers that the names of the agencies are exempt under section 43(2) (commercial interests)."),
("disclosed", "1. Yes. 2. Monthly. 3. The Director of Nursing. 4. 2019."),
("disclosed", "In answer to your request, the Council currently employs 14 enforcement officers, of whom 3 are part time."),
("disclosed", "The number of patients waiting more than 52 weeks at 31 March 2024 was 1,034."),
("disclosed", "Our response to your request is below. Number of PCSOs: 212. Number of Special Constables: 98."),
("refused", "The Department has decided that the information is exempt under section 35(1)(a) of the Act, as it relates to the formulation of government policy. We have considered the public interest and concluded that it favours withholding the information."),
("refused", "The Scottish Government has decided to withhold the information under section 30(b)(i) of FOISA (free and frank provision of advice). The public interest lies in withholding it."),
("refused", "We are withholding the report in full under section 31(1)(a) and (b) of the Freedom of Information Act, as its disclosure would be likely to prejudice the prevention or detection of crime."),
("refused", "The information you have requested is exempt from disclosure by virtue of section 40(2) of the Act, as it is the personal data of a third party and disclosure would breach the data protection principles."),
("published", "This information is publicly available on the NHS England website: https://www.england.nhs.uk/statistics/ ."),
("published", "The information you have requested can be found on our website at the following link: https://www.example.gov.uk/spending. Under section 21 we are not required to provide information that is reasonably accessible by other means."),
("published", "The Trust's annual report, which contains this information, is published at https://www.example.nhs.uk/annual-report (see page 34)."),
("ncnd", "West Yorkshire Police can neither confirm nor deny whether it holds any information in relation to your request, as the duty in section 1(1)(a) does not apply by virtue of section 31(3) and section 40(5)."),
("ncnd", "In accordance with section 18(1) of FOISA, Police Scotland neither confirms nor denies whether it holds the information you requested."),
("not_held", "In terms of section 17 of the Act, Police Scotland does not hold the information you have requested. By way of explanation, we do not record the ethnicity of victims in this way."),
("disclosed", "I can confirm that the council does hold information relevant to your request. The council spent £45,600 on consultants in 2023."),
("pending", "Thank you for your request, received on 2 April. We will respond within 20 working days, by 1 May 2024."),
("pending", "In order to locate the information you require, please could you clarify which period you are interested in? Once we receive your clarification we will process your request."),
]


def test_a_bare_figure_answering_the_question_before_it_is_information_given():
    text = ("1. How many staff were suspended in 2023? 12. 2. What were the reasons? The Trust is unable to provide "
            "this, as it could identify individuals, and it is exempt under section 40(2) of the Act.")
    assert read_reply(text).outcome.value == "part_disclosed"
    assert read_reply(text.replace("? 12. 2.", "? 2.")).outcome.value == "refused"


def test_a_number_after_an_unnumbered_question_is_its_answer_not_the_next_part():
    text = ("How many MRI scanners do you have in your Trust? 2. How many of these are over ten years old? None. "
            "Do you share scanners with another trust? No.")
    reading = read_reply(text)
    assert reading.outcome.value == "disclosed" and not reading.unclear


# (outcome, text): cost estimates with the size of the search in figures, redactions, answers scoped to parts
MIXED = [
("part_disclosed", "1. See attached. 2. Not held. 3. Exempt - section 40(2)."),
("part_disclosed", "a) 14 b) 9 c) This information is not held by the Trust. d) 3"),
("disclosed", "a) 14 b) 9 c) 0 d) 3"),
("part_disclosed", "Decision: The Police Service of Northern Ireland has decided to disclose the requested information in part. Some information has been withheld by virtue of Section 40(2)."),
("part_disclosed", "The Council has provided the information it holds in the attached spreadsheet. However, the addresses of properties have been withheld under section 40(2) and section 38(1)(b) of the Act."),
("refused", "Decision: The Police Service of Northern Ireland has decided to withhold the information by virtue of Section 31(1)(a) Law Enforcement. The harm and public interest tests are set out below."),
("disclosed", "Decision: The Police Service of Northern Ireland has decided to disclose the requested information in full. Please see the table below."),
("not_held", "Decision: The Police Service of Northern Ireland does not hold the information you have requested."),
("cost_limit", "Decision: The Police Service of Northern Ireland has decided to refuse your request by virtue of Section 12 of the Freedom of Information Act. Section 12(1) provides that a public authority is not obliged to comply with a request where the cost would exceed the appropriate limit."),
("part_disclosed", "Question 1 - Please see attached. Question 2 - The Trust does not hold this information. Question 3 - N/A"),
("disclosed", "Q1. 4 Q2. 2 Q3. Not applicable, as no incidents were recorded."),
("part_disclosed", "Response 1: The Council spent £12,000. Response 2: Exempt under section 43(2). Response 3: £4,000."),
("cost_limit", "1. How many incidents were there? To answer this would exceed the cost limit. 2. How many were recorded as racially motivated? As question 1 exceeds the cost limit, we are also unable to answer this part."),
("part_disclosed", "We are able to provide information for 2022 and 2023, which is attached. Information before 2022 is not held, as records were destroyed in line with our retention schedule."),
("part_disclosed", "The total number of incidents was 57. We cannot provide a breakdown by ward as this would exceed the appropriate limit under section 12."),

("cost_limit", "We have estimated that it would exceed the appropriate limit to comply with your request. There were 4,312 incidents recorded in the period. Each incident log would need to be read, taking around 5 minutes each, a total of 359 hours."),
("cost_limit", "The Council received 2,140 complaints in the period you requested. Complaints are not categorised by subject, so each would have to be read by hand. At 3 minutes per complaint this is 107 hours, which exceeds the 18 hour limit. Section 12 therefore applies."),
("cost_limit", "Section 12(1) applies. Our system holds 56,000 patient records for the period and there is no field recording this. A search of a sample of 50 records took 2 hours."),
("cost_limit", "Your request is refused under section 12 of the FOIA because the cost of compliance would exceed £450. We hold approximately 900 boxes of archived files. You may wish to narrow your request to a single year."),
("cost_limit", "The Trust is unable to provide this information as it would exceed the time limit of 18 hours. The Trust employs 7,000 staff and each personnel file would need to be checked."),
("part_disclosed", "1. The number of taser discharges in 2023 was 87. 2. To provide the ethnicity of each subject would require a review of 87 forms; we estimate this would exceed the 18 hour limit, so section 12 applies to this part."),
("part_disclosed", "The total spent on agency staff in 2023/24 was £3.4m. We are unable to break this down by ward as to do so would exceed the appropriate limit."),
("cost_limit", "We can confirm that we hold information relevant to your request. However, to locate, retrieve and extract it would exceed the appropriate limit of 18 hours under section 12 of the Act."),
("part_disclosed", "Please see the attached spreadsheet. Some information has been redacted under section 40(2) of the Act."),
("part_disclosed", "The information is attached. We have withheld the names of individual officers under section 40(2)."),
("part_disclosed", "The attached document has been redacted to remove personal data (section 40(2)) and information relating to security arrangements (section 31(1)(a))."),
("part_disclosed", "We have released the report with some redactions. The redacted information is exempt under section 43(2) as it is commercially sensitive."),
("refused", "The information you requested is being withheld in full under section 43(2) of the Act. The public interest test is set out below. Factors favouring disclosure: accountability for public spending."),
("part_disclosed", "Q1. Please see the table below. Q2. The Council does not hold this information. Q3. This information is exempt under section 40(2)."),
("part_disclosed", "In response to question 1, the Service employs 34 firefighters at the station. In response to questions 2 and 3, this information is not held."),
("part_disclosed", "Response to question 2: the information requested is exempt under section 31(1)(a) of the Act."),
("part_disclosed", "With regards to question 4, this information is exempt from disclosure under section 40(2) of the Act as it constitutes personal data."),
("disclosed", "The Trust can confirm that it has spent £12,450 on the software licences listed in your request. The Trust does not hold any further information relevant to this request."),
("disclosed", "Please find attached the information you requested. Please note that some figures are provisional."),
("disclosed", "Please find the requested information in the table below. Year 2021: 45 Year 2022: 52 Year 2023: 61. Where no exemption applies the information has been provided."),
    ("part_disclosed", "In response to questions 3 and 4, identifying single payments would create a risk of identifying "
     "the claimant. Their compensation would be their personal information. This information is therefore exempt "
     "under section 40(2) of the Act."),
]


@pytest.mark.parametrize("text,sections", [
    ("Information for question 3 is exempt by virtue of Sections 24(1) – National security and 31(1)(a)(b) – Law "
     "enforcement.", ["24(1)", "31(1)(a)", "31(1)(b)"]),
    ("Exemptions under sections 38(1)(b) - Third party personal data and 33(1)(b) - Substantial prejudice to "
     "commercial interests of FOISA apply to some of the information you have requested.", ["FOISA 33(1)(b)", "FOISA 38(1)(b)"]),
    ("The request is refused under section 12 - cost and 18 hours would be needed for each district.", ["12"]),
])
def test_a_list_of_sections_with_their_titles_between_them(text, sections):
    assert read_reply(text).sections == sections


@pytest.mark.parametrize("text,section", [
    ("The attached table contains some of the details requested. To provide all the details would allow individuals "
     "to be identified, so that information is exempt from disclosure.", "40(2)"),
    ("I enclose most of the information. Some of it is withheld because it is personal data of third parties, "
     "disclosure of which would breach the data protection principles. (Freedom of Information (Scotland) Act 2002)",
     "FOISA 38(1)(b)"),
])
def test_a_personal_data_refusal_names_its_exemption_when_the_reply_does_not(text, section):
    reading = read_reply(text)
    assert reading.outcome.value == "part_disclosed"
    assert section in reading.sections


def test_personal_data_mentioned_beside_no_withholding_adds_no_section():
    text = "Please find attached the figures. We have made sure no individuals could be identified from them."
    reading = read_reply(text)
    assert reading.outcome.value == "disclosed" and reading.sections == []


def test_a_section_explained_after_a_colon_is_law_but_applied_after_one_still_decides():
    explained = ("We can neither confirm nor deny that we hold it, under section 30(3) of FOIA. I will explain the "
                 "application of section 30: Section 30(1) states that information held for an investigation is exempt.")
    assert read_reply(explained).outcome.value == "ncnd"
    applied = "We have applied the following exemption: Section 40(2) states that personal data of third parties is exempt."
    assert read_reply(applied).outcome.value == "refused"


# Not held and cost refusals in the words of trusts, councils, PSNI and departments
NOT_HELD_NH = [
"The Trust does not hold this data centrally.",
"This information is not held centrally by the Council.",
"We have checked with the relevant department and they have confirmed that no such information exists.",
"No records exist of any such payments.",
"The Trust does not routinely record this information.",
"There is no information held in relation to your request.",
"The PSNI does not hold any recorded information in relation to your request.",
"We have been unable to locate any information within the scope of your request.",
"The Health Board has no data on this subject.",
"Our searches have not identified any information relevant to your request.",
"The Council has not carried out any such survey, therefore no information is held.",
"We are unable to provide this information as the Trust does not capture it.",
"The data you have requested is not available.",
"The Council does not have a policy on this matter.",
"Not applicable - the Trust does not provide this service.",
"This data is not collated by the Department.",
"The requested information does not exist.",
"Unfortunately we do not have the information you have requested.",
"The Trust is not able to provide this information as it is not recorded electronically.",
"The Service does not hold a record of this.",
"This is not something we record.",
"Having made enquiries, I can advise that the Department holds no information falling within the scope of your request.",
"The Council is not the correct authority for this request; you should contact the county council.",
"I can confirm that there is no recorded information held by the Police Service of Northern Ireland.",
]

COST_CO = [
"To answer this question would require the Trust to manually review every patient record, which would take well over 18 hours.",
"Retrieving this information would exceed the time limit set out under section 12 of the Act.",
"We are unable to comply with this request as it would exceed the cost limit.",
"The cost of providing this information would exceed the threshold set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.",
"Identifying this information would require a search of over 20,000 files and would exceed the statutory limit.",
"The Council estimates that it would take in excess of 40 hours to locate and extract this information, and is therefore refusing your request.",
"This request would take more than the 24 hours allowed by the Fees Regulations to answer.",
"Compliance with this request would exceed the £600 limit, so we will not be processing it further.",
"The PSNI estimates that the cost of complying with this request would exceed the appropriate level.",
"We are applying section 12(1) to your request.",
"Section 12 of FOISA allows us to refuse requests where the cost of responding would exceed £600. We estimate it would cost more than that to comply.",
]


# Answers, refusals and part answers in the same styles
GIVEN_D = [
"The Trust's response is as follows: we currently have 12 vacancies for consultant radiologists.",
"Answer: The Council's policy is attached as Appendix A.",
"I have attached a copy of the report.",
"Please find the Council's response to your request below. The Council paid £34,000 in compensation in 2023.",
"Please see the information below which answers your request.",
"The information you requested is provided in the attached Excel file.",
"Response: Yes, the Health Board has a policy on this. A copy is enclosed.",
"We hold this information and it is set out in the table below.",
"Your request has been answered in full. The figures are shown in the table below.",
"We have enclosed the minutes of the meeting held on 4 March 2024.",
"The council can confirm that the contract was awarded to Veolia and runs until 2031.",
"In 2023 the Department received 1,204 applications, of which 876 were approved.",
"Response: The current Chief Constable's salary is £215,000 per annum.",
"I am writing to provide you with the information you requested.",
"The data you have asked for is included in the attached document.",
"We can share the following information: 3 staff were dismissed for gross misconduct in 2023.",
"PSNI response: The number of officers assaulted on duty in 2023 was 3,112.",
"The Trust can confirm the following: Question 1 - 45 Question 2 - 12 Question 3 - Yes",
]

WITHHELD_R = [
"The Council has decided not to release the report because it contains legal advice that is subject to legal professional privilege. Section 42 of the Act applies.",
"We consider that disclosure of the information would prejudice the effective conduct of public affairs and it is therefore exempt under section 36.",
"The Health Board is withholding this information under section 33(1)(b) of FOISA, as its disclosure would substantially prejudice commercial interests.",
"The requested information is considered exempt under Section 31 of the Freedom of Information Act 2000.",
"Regrettably, we cannot provide the document as it was provided in confidence by a third party (section 41).",
"The PSNI is not in a position to provide the information you have requested as it is exempt by virtue of section 30(1).",
"Disclosure of this information is prohibited under section 44 of the Act, as the Health and Social Care Act prevents its release.",
"The Trust will not be disclosing this information, as section 43(2) (commercial interests) applies.",
]

PART_P = [
"Please find attached the information we hold. Some information has been withheld under section 40(2).",
"We have answered questions 1 and 2. For question 3, the information is exempt under section 31(1)(a).",
"The total cost was £45,000. Information on individual supplier costs is withheld under section 43(2).",
"The attached document is partly redacted under section 40(2) of the Act.",
"Question 1: 23. Question 2: We do not hold this information. Question 3: 8.",
"Part of the information is exempt under section 38 of FOISA; the rest is provided below. 2021: 12, 2022: 14.",
]


@pytest.mark.parametrize("outcome,texts", [("disclosed", GIVEN_D), ("refused", WITHHELD_R), ("part_disclosed", PART_P)])
def test_given_withheld_and_part_phrasings(outcome, texts):
    wrong = [t for t in texts if read_reply(t).outcome.value != outcome or read_reply(t).unclear]
    assert wrong == []


@pytest.mark.parametrize("text,outcome", [
    # a broad cue must not override the sentence it sits in
    ("The Council does not routinely record this, however a search of our systems found 14 cases in 2023.", "disclosed"),
    ("The Council does not hold this information, however you may wish to contact the county council.", "not_held"),
    ("It took less than the 18 hours allowed to find the answer: 42 officers.", "disclosed"),
    # "can confirm that" gives only when what follows is a fact, not a decision
    ("I can confirm that the Council has applied section 43(2) to the pricing schedule.", "refused"),
    ("I can confirm that the information you requested is not held by the Council.", "not_held"),
    ("We can confirm that the contract was awarded to Veolia and runs until 2031.", "disclosed"),
])
def test_broad_cues_stay_in_their_place(text, outcome):
    assert read_reply(text).outcome.value == outcome


def test_lettered_parts_are_parts_but_a_cited_subsection_is_not():
    reading = read_reply("a) 14 b) 9 c) The Trust does not hold this information. d) 3")
    assert [p.number for p in reading.parts] == ["a", "b", "c", "d"]
    assert read_reply("It is exempt under Section 31 (1) (a) (b) (c) Law Enforcement.").parts == []


# (outcome, ncnd, text): NCND under each law, and refusals whose reason is a harm ("as disclosure would ...")
NCND_AND_HARM = [
("ncnd", True, "The Council neither confirms nor denies that it holds the information, in accordance with regulation 12(6) of the EIR, as to do so would adversely affect public safety."),
("ncnd", True, "Under section 18 of FOISA, the Scottish Prison Service refuses to reveal whether the information exists or is held."),
("ncnd", True, "The Trust is unable to confirm or deny whether it holds this information, as section 40(5B) applies: confirming would itself disclose personal data."),
("ncnd", True, "We can neither confirm nor deny whether we hold information about named individuals. Section 40(5) of the Act applies."),
("ncnd", True, "To confirm or deny whether the PSNI holds this information would itself disclose information exempt under section 23(5), 24(2) and 31(3). The PSNI therefore neither confirms nor denies it holds the information."),
("part_disclosed", True, "1. 23 firearms licences were revoked. 2. The force can neither confirm nor deny whether it holds information on named individuals, by virtue of section 40(5)."),
("refused", False, "The information is exempt under section 31(1)(a). To confirm the location of cameras would assist offenders. The Council considers the public interest favours withholding it."),
("not_held", False, "We have not been able to confirm or deny the date of the incident as our records do not go back that far. The information is not held."),
("disclosed", False, "Please find attached the figures. For transparency, we can confirm that no exemptions have been applied to this response."),
("refused", False, "The Department does not consider the information to be in the public domain. It is exempt under section 27(1)(a) as disclosure would be likely to prejudice relations with another State."),
]


@pytest.mark.parametrize("outcome,ncnd,text", NCND_AND_HARM, ids=[f"{i}-{c[0]}" for i, c in enumerate(NCND_AND_HARM)])
def test_ncnd_and_harm_reasons(outcome, ncnd, text):
    reading = read_reply(text)
    assert (reading.outcome.value, reading.ncnd, reading.unclear) == (outcome, ncnd, False)


# (outcome, text): quoted requests, holding and clarification letters, published, vexatious
LETTERS = [
("not_held", 'Your request: "Please provide all reports which are exempt from publication." Our response: The Council does not hold any such reports.'),
("pending", "We have received your request and it is being dealt with under the Freedom of Information Act 2000. You should receive a response within 20 working days."),
("pending", "We need to extend the time for responding to your request to consider the public interest in disclosure. We now expect to respond by 30 June 2024."),
("pending", "Before we can deal with your request, we need you to clarify which department you mean. The 20 working day period will start once we receive your reply."),
("published", "The information you requested is already published in our annual report, which is available at https://www.example.gov.uk/report. Under section 21 of the Act we are not required to provide information that is reasonably accessible to you."),
("published", "This information is published on the Scottish Government website: https://www.gov.scot/publications/example. Under section 25(1) of FOISA, we do not have to give you information which is already reasonably accessible to you."),
("disclosed", "Please find attached the information. Further statistics are published on our website at https://www.example.nhs.uk/stats."),
("vexatious", "The Council considers your request to be vexatious under section 14(1) of the Act, given the burden of your 40 requests in the last three months."),
("vexatious", "Your request is identical to one you made on 3 March 2024, which we answered. Under section 14(2), we are not obliged to comply with a repeated request."),
]


# cost refusals with their estimate and advice, beside answers to other parts
COST_ADVICE = [
("cost_limit", "We are unable to answer your request as it would exceed the appropriate limit. Under section 16 we have a duty to provide advice and assistance. If you were to limit your request to the 12 months from April 2023, we would be able to consider it."),
("cost_limit", "Section 12 applies. To assist you, our incident system holds 8 categories of incident; if you narrow your request to one category and one year we may be able to help."),
("cost_limit", "Your request exceeds the cost limit. By way of advice, the Trust's annual report for 2023 lists 14 serious incidents; you may wish to submit a narrower request about these."),
("cost_limit", "The time needed to answer your request would exceed 18 hours. The Council has 5 depots and 220 vehicles, and each vehicle's log book would need to be read."),
("part_disclosed", "We have been able to answer question 1: 17 complaints were received. Answering question 2 would exceed the cost limit, as each complaint file would need to be read."),
("cost_limit", "The cost of complying with your request would exceed the appropriate limit of £450, which represents 18 hours of work at £25 per hour."),
("cost_limit", "Our estimate is that it would take 2 minutes per record to check 15,000 records, 500 hours in total, well beyond the 18 hour limit."),
("part_disclosed", "The number of parking fines issued in 2023 was 14,203. We are unable to provide the number that were appealed, because this would exceed the appropriate limit under section 12."),
]

# whole letters with salutation, reference, rights notice and sign-off
WHOLE_LETTERS = [
("disclosed", "Dear Ms Smith, Freedom of Information Act 2000 - Request Ref: 2024/1234. Thank you for your request for information received on 2 April 2024. Response: The number of fly-tipping incidents reported in 2023 was 3,456. If you are not satisfied with this response you may ask for an internal review. Yours sincerely, Information Governance Officer"),
("not_held", "Dear Mr Jones, Thank you for your request. I have now completed the search and I am sorry to say the Council does not have any record of the correspondence you describe. If you are unhappy with the way your request has been handled, you can request a review. Kind regards, FOI Team"),
("refused", "Dear Requester, We have considered your request for a copy of the investigation report. We have decided that the report is exempt under section 30(1)(b) and section 40(2). We have considered the public interest test, and we believe that the public interest in withholding the information outweighs the public interest in disclosure. You have the right to ask for an internal review of this decision within 40 working days."),
("part_disclosed", "Dear Sir, Please find our response below. 1. The Trust employs 4 Freedom to Speak Up Guardians. 2. The number of concerns raised in 2023 was 87. 3. We are unable to provide a breakdown by staff group, as low numbers could lead to the identification of individuals; this information is exempt under section 40(2). Yours faithfully"),
("cost_limit", "Dear Requester, Thank you for your request. Unfortunately we are unable to comply because the cost of locating, retrieving and extracting the information would exceed the £450 limit set out in the Freedom of Information (Appropriate Limit and Fees) Regulations 2004. This is because complaints are not logged by subject and we would need to read approximately 6,000 files. You may wish to narrow your request to a three month period."),
]

BY_OUTCOME = OUTCOMES + MIXED + LETTERS + COST_ADVICE + WHOLE_LETTERS + [("not_held", t) for t in NOT_HELD_NH] + [("cost_limit", t) for t in COST_CO]


@pytest.mark.parametrize("outcome,text", BY_OUTCOME, ids=[f"{i}-{c[0]}" for i, c in enumerate(BY_OUTCOME)])
def test_reply_outcomes_in_other_styles(outcome, text):
    reading = read_reply(text)
    assert (reading.outcome.value, reading.unclear) == (outcome, False)


def test_environmental_regulations_in_a_foisa_reply_are_the_eisr():
    text = ("As the information you requested is environmental information for the purposes of the EIRs, we are "
            "applying the exemption at section 39(2) of FOISA. We are unable to provide some of the information "
            "because an exception under regulation 10(4)(e) (internal communications) applies.")
    assert "EISR 10(4)(e)" in read_reply(text).sections
    english = "The Council is withholding the report under regulation 12(4)(e) of the Environmental Information Regulations 2004."
    assert read_reply(english).sections == ["EIR 12(4)(e)"]
