"""Round 6 of the reply reader (issue 10): one group of short invented replies per cause of error found on the
"fresh" split once it became tuning material (docs/notes/rd6.md has the table of causes). Every text here was
written for these tests; none is copied from a labelled reply.
"""

from __future__ import annotations

import pytest

from askfoi.reader import read_reply, read_sentences


def _outcome(text: str) -> str:
    reading = read_reply(text)
    return reading.outcome.value + ("?" if reading.unclear else "")


# --- NCND: "the duty ... does not apply by virtue of section N" switches the duty off, it does not disown N -------

@pytest.mark.parametrize("text", [
    "The Office can neither confirm nor deny that it holds information in respect of these questions by virtue of "
    "section 31(3). The Office can neither confirm nor deny that it holds the information, as the duty in section "
    "1(1)(a) does not apply by virtue of section 31(3).",
    "We neither confirm nor deny whether we hold this information. The duty to confirm or deny does not apply by "
    "virtue of section 24(2) and section 23(5).",
])
def test_duty_not_applying_by_virtue_of_a_section_is_ncnd(text):
    reading = read_reply(text)
    assert reading.outcome.value == "ncnd" and reading.ncnd and not reading.unclear


def test_a_section_disowned_is_still_disowned():
    text = ("We are not relying on section 12 for this request. Please find the information you requested attached.")
    assert "12" not in " ".join(read_reply(text).sections)


# --- a mixed answer said in the past tense or as "not all of it" ----------------------------------------------

PAST_TENSE_AND_NOT_ALL = [
    # given in the past tense, the rest withheld
    ("The Trust provided copies of the board papers but decided to withhold other information under section 43(2).",
     "part_disclosed"),
    ("For parts 1 and 2 we withheld the information under section 22. For part 3 we provided a link to the "
     "published method.", "part_disclosed"),
    # given in an accompanying document, not all of it
    ("The policies you asked for have been provided in an accompanying document. It is not possible to provide all "
     "the requested information. We have applied the following exemption to part of your request: section 40(2).",
     "part_disclosed"),
    ("Please find attached the figures. Please note that it has not been possible to extract all of the information "
     "you require because of a change of system.", "part_disclosed"),
    ("We have provided the total number of staff. The names of the staff are withheld under section 40(2).",
     "part_disclosed"),
    ("We have provided a link to the report below. https://example.gov.uk/report", "disclosed"),
    # "not all of it" because of the cost limit refuses the whole
    ("We are unable to provide all of the information you requested as it would exceed the appropriate limit of "
     "18 hours.", "cost_limit"),
    # a date for the answer is not a redirect to another body
    ("We need more time to consider the public interest. The Council should be able to respond by 12 May.",
     "pending"),
    # the same words negated or hypothetical give nothing
    ("We have not provided copies of the emails as they are exempt under section 40(2).", "refused"),
]


def test_not_all_of_it_is_a_share():
    [decision] = [s for s in read_sentences("It is not possible to provide all the requested information.")
                  if s.role == "decision"]
    assert "give_part" in decision.signals


# --- per-question answer blocks: each part decided on its own -------------------------------------------------

@pytest.mark.parametrize("text,outcome,parts", [
    # a part that says some of what it covers is exempt: the rest of that part was given
    ("Question 1 - The names of the staff involved. We do not hold this information. Question 2 - The sharing "
     "agreement. I can confirm that we hold the agreement and a copy is attached. Some of the information in the "
     "document is exempt under section 40(2).", "part_disclosed", {"1": "not_held", "2": "part_disclosed"}),
    # a flattened table: some years not held, the later years given
    ("1. As follows: 2019 Information no longer held 2020 Information no longer held 2021 140 2022 131 "
     "2. As follows: 2019 Information no longer held 2020 Information no longer held 2021 12 2022 9",
     "part_disclosed", {"1": "part_disclosed", "2": "part_disclosed"}),
    # "There are no reports ..." under a question is that part not held
    ("1) Total received: £120,000 2) Spend to date: £64,250 3) Reports on planned savings: There are no reports "
     "regarding the planned savings.", "part_disclosed", {"3": "not_held"}),
    # N/A parts decide nothing; the body that holds it is elsewhere
    ("Answer To Question 1: The Trust does not run a vaccination centre; the local ICB should be able to respond. "
     "Answer To Question 2: N/A. Answer To Question 3: N/A", "not_held", {"1": "not_held"}),
])
def test_answer_blocks(text, outcome, parts):
    reading = read_reply(text)
    assert reading.outcome.value == outcome
    got = {p.number: p.outcome.value for p in reading.parts}
    assert {k: got.get(k) for k in parts} == parts


def test_we_should_be_able_to_is_not_a_redirect():
    assert _outcome("We should be able to respond by 12 May. Please find the figures attached.") == "disclosed"


# --- the cost limit: a decision, not a mention -------------------------------------------------------------

COST_DECIDED_OR_MENTIONED = [
    # decided: the data do not allow an answer within the limit; a goodwill gift does not change that
    ("Our data are not organised in a way as to allow us to provide this information within the appropriate (cost) "
     "limit of the Act. As a gesture of goodwill I have supplied the figures retrieved before it was realised that "
     "the fees limit would be exceeded.", "cost_limit"),
    ("It is estimated that the cost of complying with question 4 of your request would be over the limit, as "
     "prescribed in the Act. Your request is therefore refused under section 12.", "cost_limit"),
    # the cost of answering later questions only, beside an answer to the first: part disclosed
    ("In 2023 there were 45 complaints. However, to answer questions 2 and 3 we would need to review each file "
     "manually, which would exceed the 18 hour limit. Section 12 therefore applies to those questions.",
     "part_disclosed"),
    ("To answer question 1 we would need to review every file, which would exceed the 18 hour limit. Section 12 "
     "therefore applies to your request.", "cost_limit"),
    # mentioned: a service that runs around the clock, a search that took less than the limit
    ("1) The Council runs 36 cameras. 2) The cameras are monitored 24 hours, 7 days a week.", "disclosed"),
    ("The search took less than the 18 hours allowed. Please find the figures attached.", "disclosed"),
    # within the limit, said plainly, is not a refusal
    ("We were able to locate this information within the appropriate limit. Please find the information attached.",
     "disclosed"),
]


# --- a numbered list whose first answer has no number -------------------------------------------------------

def test_first_answer_without_a_number():
    text = ("We do not know how many private cameras there are in the district; the council holds no data on those. "
            "The council runs a network of 36 cameras. 2) The camera locations are published on our website. "
            "3) The cameras are monitored around the clock.")
    reading = read_reply(text)
    assert reading.outcome.value == "part_disclosed"
    assert [p.number for p in reading.parts] == ["1", "2", "3"]


def test_a_greeting_before_the_second_answer_is_not_a_first_answer():
    text = ("Thank you for your request for information dated 3 May. 2) The information is exempt under section "
            "40(2). 3) The information is exempt under section 43(2).")
    reading = read_reply(text)
    assert reading.outcome.value == "refused"
    assert "1" not in [p.number for p in reading.parts]


def test_numbers_that_name_questions_are_not_parts():
    text = ("I can confirm that we hold the information you asked for in relation to questions 1 and 2. This "
            "information is exempt under section 21 as it is reasonably accessible to you at the link below. In "
            "response to question 3, we neither confirm nor deny whether we hold it.")
    # rd33: the numbers are no answer headings, but the sentences decide the parts they name (the expectation was
    # `parts == []` while parts meant numbered answers only; the brief now asks for the named parts' decisions)
    reading = read_reply(text)
    assert {p.number: p.outcome.value for p in reading.parts} == {"1": "published", "2": "published", "3": "ncnd"}
    # rd35 (the lead's ruling): the link gives questions 1 and 2, question 3 is neither confirmed nor denied
    assert reading.outcome.value == "part_disclosed"


# --- scope of a decision sentence, clause by clause ----------------------------------------------------------

CLAUSE_SCOPE = [
    # a refusal of the whole request in its second clause: the cost of one question explains it
    ("I can confirm the agency holds some of the information you have requested; however, the information you have "
     "requested is exempt under section 12 and your request is refused. The cost of complying with question 4 of "
     "your request would be over the limit.", "cost_limit"),
    # "this information" after a scope of questions is those questions': the first ones were answered
    ("In response to questions 3 and 4, naming single payments would identify the people concerned. This "
     "information is therefore exempt under section 40(2).", "part_disclosed"),
]


# --- NCND: its grounds listed after it, said as a hypothetical, explained in a notice -----------------------

@pytest.mark.parametrize("text", [
    # the sections listed after "by virtue of the following exemptions" are the NCND's, whatever they are
    "The Force can neither confirm nor deny that it holds any information about your request by virtue of the "
    "following exemptions. Section 31(1)(a) - Law Enforcement. Section 40(5) - Personal information.",
    # a review that upholds an NCND: "if it holds any information ..., it would be exempt" decides nothing of its own
    "I can confirm that the original decision is upheld. The Authority issued a refusal notice, refusing to confirm "
    "or deny whether it holds any information. It is the Authority's position that, if it holds any information "
    "falling within the scope of the request, it would be exempt from disclosure under section 38(1)(a) of FOISA.",
    # pointing at the refusal notice is not giving information
    "We neither confirm nor deny whether we hold information about the named person, in line with section 40(5). "
    "Please see the attached Section 17 Notice for the reasons behind this.",
])
def test_ncnd_grounds_hypotheticals_and_notices(text):
    reading = read_reply(text)
    assert reading.outcome.value == "ncnd" and reading.ncnd


def test_a_conditional_refusal_decides_nothing_but_a_plain_one_does():
    hypothetical = "If the Council held any such report, it would be exempt under section 43(2)."
    plain = "The report is exempt under section 43(2)."
    assert "withhold" not in [sig for s in read_sentences(hypothetical) for sig in s.signals]
    assert _outcome(plain) == "refused"


def test_exempting_the_information_for_questions_that_cover_the_whole():
    text = ("We hold information in response to questions 1 - 3 but believe that disclosure may identify individuals. "
            "For that reason we are exempting the information from disclosure under section 40(2).")
    assert _outcome(text) == "refused"


# --- published: where the answer is, or where to ask someone else -------------------------------------------

PUBLISHED_OR_ELSEWHERE = [
    ("Please see the spreadsheet available on our website. It is updated quarterly.", "published"),
    ("The answers to questions 1 and 2 can be found in the statistics section of our website.", "published"),
    # pointing at another body's contact details or website, beside "not held", is not a published answer
    ("The Council does not hold the information you have requested as we do not provide street lighting. "
     "Information on how to make a Freedom of Information request to each Town Council can be found on their "
     "websites.", "not_held"),
    ("I do not hold the information which you have requested; you may wish to contact the Police Chiefs' Council. "
     "Contact details can be found via the following links.", "not_held"),
]


# --- not held, said as what the authority does not do, break down or keep --------------------------------------

NOT_HELD_NOT_DONE_OR_KEPT = [
    ("Our response: We cannot break our agency spend down by staff type, band or specialty. We hold our pay budgets "
     "at the post level and not at agency level.", "not_held"),
    ("The Board does not perform these operations. Patients are referred to another Board, and the details of "
     "their waiting times are held at those other Boards.", "not_held"),
    ("The Trust does not pay parking fines; the driver's details are passed to the police. The Trust has not "
     "received a speeding fine for a Trust vehicle.", "not_held"),
    # a breakdown not kept beside figures that were given: part disclosed
    ("Total complaints in 2023: 412. We do not record complaints by ward.", "part_disclosed"),
    ("There is no requirement for the Council to record this, and it does not do so.", "not_held"),
    ("The Head of Waste Services is responsible for this contract.", "disclosed"),
    # a breakdown that was given is not one that is not kept
    ("Please find attached the figures broken down by ward.", "disclosed"),
]


MIXED_WITH_NCND_OR_WHOLE = [
    # "See attached" for the overt part, NCND for covert use: part disclosed with the NCND flag
    ("Q1 - See attached (drones_attachment.pdf), which relates to overt operations. However, the Force will neither "
     "confirm nor deny that any information is held in relation to covert operations by virtue of section 23(5).",
     "part_disclosed"),
    # a refusal of the whole request on cost, whatever one question's remark says
    ("The information you have requested is not available in a readily retrievable format. For question 4 we do "
     "not have a recording category for the time of day. The cost of compliance with the whole of your request is "
     "above the amount to which we are legally required to respond.", "cost_limit"),
    ("The Trust held the information requested and withheld all of the information that it held under section 43. "
     "An internal review upheld the decision.", "refused"),
    # a not-held reply followed by the later questions restated, each "Not applicable"
    ("We do not hold information on safeguarding alerts and advise that this request is made to the Home Office. "
     "2. Did the Home Office share the reasons? Not applicable. 3. What action was taken? Not applicable.",
     "not_held"),
]


CONTENT_NOT_A_FIGURE_OR_A_SECTION = [
    # an answer block with a count and a postcode district, then another block that is exempt
    ("Answer: - 1 incident recorded in the last year where the incident type is 'Fire' for Mill Street, Worksop S80. "
     "Answer: - The information requested has been deemed exempt by virtue of section 30(3).", "part_disclosed"),
    # published elsewhere: the dates of its updates are not an answer of their own
    ("The information you have requested is available on our website at https://example.org/meetings. It was "
     "last updated on 14 November 2018 and is updated every 3 months.", "published"),
    # paragraph numbers in a list are not figures: the published answer stays published
    ("The information is exempt under section 21 because it is reasonably accessible to you. Instruction 16/2011 "
     "contains the information requested at paragraphs 5.13 to 5.15, and can be accessed via the link below.",
     "published"),
    # an NCND of "the remainder" means the rest was answered; "any other information" alone is NCND boilerplate
    ("The Force can neither confirm nor deny that it holds any other information relevant to your request, by "
     "virtue of section 23(5).", "ncnd"),
    ("In relation to question 3, I can confirm that the officer has retired. In relation to the remainder of "
     "questions 1-3, the Service is not required to confirm or deny whether the information is held.",
     "part_disclosed"),
]


ANSWERS_IN_WORDS_AND_PARTS = [
    # a nil answer in words under a response header
    ("Details of the Response: None of the Council's computers has been affected by ransomware.", "disclosed"),
    # one part's figures given, another's cost "cannot be determined", another's numbers "unknown"
    ("1. None 2. We carry out visits after complaints. The cost to the service cannot be determined as it is part "
     "of other work. Visits per year: 2021 - 16, 2022 - 28. 3. Traps are set - numbers unknown.", "part_disclosed"),
    # a refusal that names the questions it covers, and a numbered answer to another question
    ("The Council is applying section 24(1) to questions 1 - 5. 6. Thames Valley Police, Berkshire Healthcare NHS "
     "Foundation Trust, Reading Borough Council. 7. Neither confirm nor deny.", "part_disclosed"),
    ("The Council is applying section 24(1) to questions 1 - 3. The public interest favours withholding it.",
     "refused"),
    # refused in parts on two grounds is refused, not part disclosed
    ("We refused part of your request under section 21 as that information is accessible by other means, and part "
     "under section 31 as disclosure would prejudice the prevention of crime.", "refused"),
]


# each short reply and the outcome it must read as, by the cause of error it covers
BY_CAUSE = [(name, text, outcome) for name, cases in (
    ("past tense / not all", PAST_TENSE_AND_NOT_ALL), ("cost decided or mentioned", COST_DECIDED_OR_MENTIONED),
    ("clause scope", CLAUSE_SCOPE), ("published or elsewhere", PUBLISHED_OR_ELSEWHERE),
    ("not held: not done or kept", NOT_HELD_NOT_DONE_OR_KEPT), ("answers in words and parts", ANSWERS_IN_WORDS_AND_PARTS),
    ("mixed with NCND, or the whole", MIXED_WITH_NCND_OR_WHOLE),
    ("content, not a figure or a section", CONTENT_NOT_A_FIGURE_OR_A_SECTION),
) for text, outcome in cases]


@pytest.mark.parametrize("cause,text,outcome", BY_CAUSE, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(BY_CAUSE)])
def test_outcome_by_cause(cause, text, outcome):
    assert _outcome(text) == outcome


@pytest.mark.parametrize("text,sections", [
    ("The incident was at Mill Street, Worksop S80 1AB. The names are exempt under section 40(2).", ["40(2)"]),
    ("Exemption S40 applies to the names.", ["40"]),
])
def test_postcodes_are_not_sections(text, sections):
    assert read_reply(text).sections == sections


@pytest.mark.parametrize("name,size,floor", [("fresh", 100, 0.88), ("fresh3", 50, 0.9), ("fresh2", 100, 0.88),
                                              ("fresh4", 50, 0.92), ("fresh5", 40, 0.9),
                                              ("fresh6", 60, 0.82)])
def test_reader_on_the_fresh_replies(name, size, floor):
    """The "fresh" split, tuned on from session 10 (rd6), "fresh3", tuned on from session 11 (rd7; 0.94 at its
    end), and "fresh2" and "fresh4", tuned on from session 12 (rd8; 0.910 and 0.964 at its end), and "fresh5", tuned on from session 13 (rd9; 0.780 -> 0.927), and "fresh6", tuned on from session 14 (rd10; 0.785 at its start): a floor, so a change that breaks the layouts fixed for them shows here and not only in the eval. Only the
    outcome counts (never the held-out splits)."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent / "data" / "replies" / "labelled.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    fresh = [r for r in records if r.get("split") == name]
    if len(fresh) < size:
        pytest.skip(f"{name} split not present")
    right = 0
    for r in fresh:
        reading = read_reply(r["excerpt"])
        right += reading.outcome.value == r["outcome"] and not reading.unclear
    assert right / len(fresh) >= floor


# --- sections cited in lists, with titles, or without the word "section" ------------------------------------

@pytest.mark.parametrize("text,sections", [
    ("We believe this information is exempt under section 36(2)(b)(i) and (ii) and (c) of the Act.",
     ["36(2)(b)(i)", "36(2)(b)(ii)", "36(2)(c)"]),
    ("The Trust withheld all of the information it held subject to exemptions 31, 33, 41 and 43.",
     ["31", "33", "41", "43"]),
    ("We neither confirm nor deny whether the vehicles carry the equipment, as permitted under Sections 24 "
     "(National Security) and 31 (Law Enforcement) of the Act.", ["24", "31"]),
    ("The Home Office is not obliged under 22 of the Freedom of Information Act to provide information intended "
     "for future publication.", ["22"]),
    # titles between the sections of a list do not cut the subsections short
    ("The information is exempt by virtue of Sections 24(1) - National security and 31(1)(a)(b) - Law enforcement.",
     ["24(1)", "31(1)(a)", "31(1)(b)"]),
    ("It is exempt from release under Sections 26(1)(b) (Defence), 38(1) (Health & Safety) and 40(2) (Personal "
     "Information) of the Act.", ["26(1)(b)", "38(1)", "40(2)"]),
])
def test_sections_in_lists(text, sections):
    assert read_reply(text).sections == sections


# everyday reply sentences written to check the new cues for false positives (the old reader read 65 of 72 right)
EVERYDAY = [
    ('Lancashire Constabulary can neither confirm nor deny that it holds any information relevant to your '
     'request by virtue of Section 23(5) and Section 24(2). Section 24 is a prejudice based qualified '
     'exemption and there is a requirement to evidence the harm.',
     'ncnd'),
    ('The duty to confirm or deny does not arise by virtue of section 31(3). Confirming or denying would '
     'undermine law enforcement.',
     'ncnd'),
    ('Unfortunately we cannot provide all of the information you have requested within the appropriate '
     'limit. To locate the information we would need to review 3,000 files, which would take over 18 '
     'hours.',
     'cost_limit'),
    ('We estimate that it would cost more than the appropriate limit to comply with your request. Section '
     '12 of the Act therefore applies.',
     'cost_limit'),
    ('The Council has received 14 complaints about the scheme in 2023.',
     'disclosed'),
    ('Please see attached spreadsheet with the figures you requested.',
     'disclosed'),
    ('The Trust does not hold this information. You may wish to contact NHS England, whose contact details'
     ' can be found on their website.',
     'not_held'),
    ('This information is published on our website at https://example.gov.uk/stats and is therefore exempt'
     ' under section 21.',
     'published'),
    ('Please find attached the figures for 2022. Figures for 2021 are not held as records were destroyed.',
     'part_disclosed'),
    ('The information you have requested is exempt under section 40(2) as it is the personal data of third'
     ' parties.',
     'refused'),
    ('We are writing to let you know that we need more time to consider the public interest test. We will '
     'be able to respond to you by 12 June.',
     'pending'),
    ('We have decided to withhold the report under section 22 as it is intended for future publication. If'
     ' the report were released early, it would prejudice the work of the committee.',
     'refused'),
    ('1. 42 2. We do not hold this information. 3. 17',
     'part_disclosed'),
    ('1. We do not hold this information. 2. Not applicable. 3. Not applicable.',
     'not_held'),
    ('1) 2021: 14 2) 2022: 12 3) The service runs 24 hours a day.',
     'disclosed'),
    ('In answer to your question, the Council uses Idox for planning applications.',
     'disclosed'),
    ('Our data are not held in a way that allows us to provide this information within the cost limit. '
     'Section 12(1) applies.',
     'cost_limit'),
    ('In accordance with the Act, this letter represents a Refusal Notice for this particular request. The'
     ' force can neither confirm nor deny that it holds the information you have requested by virtue of '
     'the following exemptions: Section 23(5), Section 24(2), Section 31(3).',
     'ncnd'),
    ('Some of the information you requested has been withheld under section 43. The remainder is attached.',
     'part_disclosed'),
    ('We are not able to provide you with the information as it is commercially sensitive. Section 43(2) '
     'applies.',
     'refused'),
    ('Following a search of our records, no information was found. The Council does not record this '
     'information.',
     'not_held'),
    ('There were no incidents of this kind in the period requested.',
     'disclosed'),
    ('Please find the data attached. Please note that numbers below 5 have been suppressed to protect '
     'confidentiality.',
     'part_disclosed'),
    ('Kent Police does not hold a breakdown of these figures by ethnicity. The data is not recorded in '
     'this way.',
     'not_held'),
    ('The Council holds 3 of the 5 reports you asked for and these are attached. 2) The remaining reports '
     'are not held. 3) The budget for 2023 was £1.2m.',
     'part_disclosed'),
    ('Thank you for your request. The Council spent £12,400 on the scheme in 2022/23. 2. The contract was '
     'awarded to Acme Ltd. 3. The contract ends in 2026.',
     'disclosed'),
    ('Your request for copies of the emails has been considered. The emails are exempt under section 36 '
     'and we have concluded that the public interest favours withholding them.',
     'refused'),
    ('Question 1: 240 officers. Question 2: The information is exempt under section 31(1)(a).',
     'part_disclosed'),
    ('Having searched our records, I can confirm that no such report exists.',
     'not_held'),
    ('To answer question 3 we would need to read every case file, and the cost of doing so would exceed '
     'the appropriate limit. We are therefore refusing your whole request under section 12.',
     'cost_limit'),
    ('The Trust has 4 MRI scanners. None of the scanners has been replaced since 2019.',
     'disclosed'),
    ('The MPS can neither confirm nor deny whether it holds the information you requested as the duty in '
     's1(1)(a) does not apply by virtue of the following exemptions: Section 23(5) Section 31(3).',
     'ncnd'),
    ('If the information were held, it would be exempt under section 40(2). However, we can confirm that '
     'the information is held and it is exempt under section 40(2).',
     'refused'),
    ('The Council does not hold this information. Information on how to contact the Police can be found on'
     ' their website.',
     'not_held'),
    ('The figures you have requested can be found on our website at www.example.gov.uk/data.',
     'published'),
    ('Please see attached. Please note that we are unable to provide the names of the contractors as this '
     'is commercially sensitive.',
     'part_disclosed'),
    ('Please find below the number of arrests for 2023: 1,245. To provide the breakdown by ethnicity would'
     ' exceed the appropriate limit under section 12.',
     'part_disclosed'),
    ('1. 45 2. 12 3. To answer this question would exceed the cost limit under section 12.',
     'part_disclosed'),
    ('The Trust employs 312 nurses. We estimate that locating the remaining information would exceed the '
     'appropriate limit.',
     'part_disclosed'),
    ('We estimate that it would take over 18 hours to locate and extract this information. The Force '
     'employs 4,000 officers, and each file would have to be read. Section 12(1) therefore applies.',
     'cost_limit'),
    ('The cost of providing the information you requested would exceed the appropriate limit of £450. To '
     'help you narrow your request, we could provide the figures for a single year.',
     'cost_limit'),
    ('Having searched our records, we have found no information relevant to your request.',
     'not_held'),
    ('This information is not recorded by the Council.',
     'not_held'),
    ('The Council does not collect data on this.',
     'not_held'),
    ('The total spent was £45,000.',
     'disclosed'),
    ('The total spent was £45,000. We do not hold a breakdown by supplier.',
     'part_disclosed'),
    ('The Trust can neither confirm nor deny whether it holds the information requested, as to do so would'
     ' breach the data protection principles. Section 40(5) applies.',
     'ncnd'),
    ('We can confirm that the Force uses body-worn cameras; 1,200 are in use. The Force neither confirms '
     'nor denies whether it holds any other information about covert recording, under sections 23(5) and '
     '31(3).',
     'part_disclosed'),
    ('Having considered your request, we have decided that the information is exempt under section 43(2) '
     'and the public interest favours withholding it.',
     'refused'),
    ('The information you have asked for is published in our annual report, which you can find on our '
     'website at www.example.org/annual-report.',
     'published'),
    ('The Council has no records of any such incidents.',
     'not_held'),
    ('We have checked with the relevant department and they do not have this information.',
     'not_held'),
    ('This is not information that the Trust collects.',
     'not_held'),
    ('Unfortunately, this data is not available.',
     'not_held'),
    ('The information requested does not exist.',
     'not_held'),
    ('We were unable to find any information matching your request.',
     'not_held'),
    ('No such policy exists.',
     'not_held'),
    ('Our systems do not capture this information.',
     'not_held'),
    ('The Force does not maintain a record of this type.',
     'not_held'),
    ('We do not have any documents which fall within the scope of your request.',
     'not_held'),
    ('We have searched our records and can find no trace of the correspondence you describe.',
     'not_held'),
    ('I can confirm that the Council holds no information about this.',
     'not_held'),
    ("The Council's annual budget for street cleaning is £2.1m.",
     'disclosed'),
    ('Yes. The policy was last reviewed in March 2023.',
     'disclosed'),
    ('The contract is with Serco and runs until 2027.',
     'disclosed'),
    ('There are 14 schools in the district that use the system.',
     'disclosed'),
    ('The answer to your question is no.',
     'disclosed'),
]


@pytest.mark.parametrize("text,outcome", EVERYDAY, ids=[f"everyday-{i}" for i in range(len(EVERYDAY))])
def test_everyday_replies(text, outcome):
    assert _outcome(text) == outcome


def test_a_reference_label_in_the_letter_head_is_not_an_answer_beside_a_whole_ncnd():
    from askfoi.models import Outcome
    from askfoi.reader import read_reply

    reply = ("Freedom of Information Request Reference No: 004512/25\n"
             "Kent Police can neither confirm nor deny that it holds any information relevant to this request by "
             "virtue of Section 23(5), Section 24(2) and Section 31(3).\n"
             "The harm and public interest considerations are set out below.\n")
    reading = read_reply(reply)
    assert reading.outcome == Outcome.ncnd and reading.ncnd


def test_a_numbered_part_that_names_the_supplier_and_withholds_the_value_is_partly_given():
    from askfoi.models import Outcome
    from askfoi.reader import read_reply

    reply = ("Dear Mr Jones, Thank you for your request. 1. Yes, the force uses ANPR cameras. 2. There are 120 "
             "cameras. 3. The supplier was Acme Systems Ltd. The contract value is withheld under section 43(2) as "
             "it is commercially sensitive.")
    parts = {p.number: p.outcome for p in read_reply(reply).parts}
    assert parts["3"] == Outcome.part_disclosed and parts["1"] == Outcome.disclosed
