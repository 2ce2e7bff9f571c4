"""rd29 (issue 10): the reply reader on wordings fresh19 showed it missing - sections written oddly, the authority's own
opening above a "Response" heading, a not-held said of the form beside a measured search (a cost refusal cut off
before it names section 12), numbered questions restated without a question mark, another body's business, a
Welsh partial answer and a case reference heading. Each case in several wordings, none copied from a reply."""
import pytest

from askfoi.reader import read_reply


def _sections(text: str) -> list[str]:
    return read_reply(text).sections


# --- sections -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("We cannot give you the names. Section 40(2)of the FOIA provides that personal data is exempt.", "40(2)"),
    ("the names are withheld. section 40(2)of the act applies to them.", "40(2)"),
    ("Some of the papers are exempt. In addition, an exemption under Section (30)(b)(ii) (free and frank exchange "
     "of views) of FOISA applies to some of this information, which we withhold.", "FOISA 30(b)(ii)"),
    ("The minutes are withheld under section (36)(2)(c) of the Act.", "36(2)(c)"),
])
def test_odd_section_writing(text, want):
    assert want in _sections(text)


@pytest.mark.parametrize("text, want", [
    ("The pothole records are not kept in a way we can report on. Therefore, we give notice under 10(4)(a) of EI(S)R "
     "2004 and declare the information is not held.", "EISR 10(4)(a)"),
    ("the data is not recorded. we refuse under 12(4)(a) of the EIR as the information is not held.", "EIR 12(4)(a)"),
    ("Therefore we give notice under 10(4)(a) of the Environmental Information (Scotland) Regulations that the "
     "information is not held.", "EISR 10(4)(a)"),
])
def test_bare_number_named_as_the_regulations(text, want):
    reading = read_reply(text)
    assert want in reading.sections
    assert reading.outcome.value == "not_held"


def test_a_section_of_another_act_is_still_left_out():
    assert _sections("Under 10(4) of the Road Traffic Act the council must keep a register. We do not hold this "
                     "information.") == []


# --- the authority's own opening above its "Response" heading is not the request ----------------------------------

@pytest.mark.parametrize("opening", [
    "Thank you for your recent request, received by 3 March 2026.\n\nWe have applied the exemption under Section 39(2) "
    "of the Freedom of Information (Scotland) Act 2002 as the information is environmental.",
    "thank you for your email.\nwe have considered your request under section 39(2) of the Freedom of Information "
    "(Scotland) Act 2002 and it is handled under the EIRs.",
])
def test_letter_opening_under_a_title_keeps_its_sections(opening):
    text = ("Our Ref: F0123456\n\n12 March 2026\n\nDear Mr Rowe\n\nREQUEST FOR INFORMATION\n\n" + opening +
            "\n\nFor ease of reference, your request is replicated below together with our response.\n\n"
            "How many fly-tipping incidents were reported in Angus in each year since 2015?\n\nResponse\n\n"
            "Please see the figures below.\n2015 2016 2017\n40 51 38\n\nWe do not hold the data for 2018 as the old "
            "system was retired.\n")
    reading = read_reply(text)
    assert "FOISA 39(2)" in reading.sections
    assert reading.outcome.value == "part_disclosed"


def test_heading_over_request_and_answer_is_not_the_request():
    text = ("Request Number: FOI/20001\n\nSubject: Protest policing guidance\n\nRequest and Answer:\n\nYour request "
            "for information has now been considered. However, we consider some of the information you seek exempt by "
            "virtue of Section 24, 31 and 40 of FOIA.\n\nAnswer\n\nPlease see the document attached. Some information "
            "has been redacted from it.\n")
    reading = read_reply(text)
    assert {"24", "31", "40"} <= set(reading.sections)
    assert reading.outcome.value == "part_disclosed"


def test_a_real_restated_request_above_a_response_heading_stays_the_request():
    text = ("FOI Request\n\nI would like to know how many parking fines were issued in 2025 and please provide the "
            "income under section 43.\n\nResponse\n\nThe council issued 12,410 fines in 2025.\n")
    reading = read_reply(text)
    assert reading.outcome.value == "disclosed"
    assert reading.sections == []


# --- a not-held of the form, beside a measured search: cost ---------------------------------------------------------

def test_form_not_held_without_a_search_stays_not_held():
    text = ("The figures are not held in an easily retrievable format, and no such report exists. We do not hold "
            "this information.")
    assert read_reply(text).outcome.value == "not_held"


# --- numbered questions restated without a question mark ------------------------------------------------------------

def test_a_numbered_question_answered_on_its_line_still_answers():
    text = "1. How many staff - 42\n2. What is the budget - £3,000\n"
    assert read_reply(text).outcome.value == "disclosed"


# --- another body's business, and nothing held in any part --------------------------------------------------------

def test_a_part_answered_beside_another_bodys_part_is_still_given():
    text = ("Response\n1. This area is dealt with by Kent County Council, please visit their website.\n"
            "2. The council received 14 complaints in 2025.\n")
    assert read_reply(text).outcome.value in ("part_disclosed", "disclosed")


# --- Welsh: part exempt ---------------------------------------------------------------------------------------------

def test_welsh_part_exempt():
    text = ("Ymateb:\nGallaf gadarnhau bod yr Heddlu yn cadw'r wybodaeth y gofynnwyd amdani ond rydym yn esemptio rhan "
            "o'r wybodaeth gan ein bod yn credu bod yr esemptiad a ganlyn yn berthnasol:\nAdran 40(2) Gwybodaeth "
            "bersonol\n")
    reading = read_reply(text)
    assert reading.outcome.value == "part_disclosed"
    assert "40(2)" in reading.sections


# --- a case reference heading is not an answer ----------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["Complaint in respect of ATISN 16280", "Internal review of FOI 2024/117",
                                     "ATISN 16280", "appeal regarding your FOIR-2291"])
def test_case_reference_heading_is_not_an_answer(heading):
    from askfoi.reader import _events, _fact_units

    text = (heading + "\n\nThank you for your request for an internal review. The information requested is not held "
            "centrally and a search across every division would exceed the appropriate limit set out in the Act.\n")
    ev = _events(text)
    assert _fact_units(ev, 0, len(text)) == []
    assert read_reply(text).outcome.value == "cost_limit"


def test_a_total_on_its_own_line_is_still_an_answer():
    from askfoi.reader import _events, _fact_units

    text = "Total spend in 2024: £12,340\n\nSome of the information is withheld under section 40(2).\n"
    assert _fact_units(_events(text), 0, len(text)) != []


# --- the rest pointed to in a numbered table, beside a share already published ------------------------------------

def test_published_alone_stays_published():
    text = ("This information is already publicly available on our website and is exempt under section 21. "
            "Please see https://example.gov.uk/data.\n")
    assert read_reply(text).outcome.value == "published"


# --- a headed list of figures after a whole "not held" ------------------------------------------------------------

def test_whole_not_held_with_a_self_description_stays_not_held():
    text = ("This information is not held by the University. The University was established in 1992 and has around "
            "24,000 students.\n")
    assert read_reply(text).outcome.value == "not_held"


# --- a request told back in one sentence does not swallow the reply ------------------------------------------------

@pytest.mark.parametrize("text", [
    "You requested information relating to complaints made against our staff by members of the public.\n\nWe hold "
    "the information. We are unable to provide copies of the complaints. In accordance with section 40(2) of the "
    "Act, this information is exempt.\n",
    "you asked for copies of the emails between the chief executive and the contractor in 2024.\nthe emails are "
    "withheld under section 43(2) of the act as commercially sensitive.\n",
])
def test_one_sentence_summary_of_the_request_is_not_a_block(text):
    reading = read_reply(text)
    assert reading.outcome.value in ("refused", "part_disclosed")
    assert reading.sections


def test_you_asked_for_the_following_still_opens_a_block():
    text = ("You asked for the following information.\n1. The number of complaints about staff in 2024.\n"
            "2. Copies of any exempt documents under section 43.\nResponse\n1. 14 complaints.\n2. None held.\n")
    assert "43" not in read_reply(text).sections


# --- more wordings of the classes above ---------------------------------------------------------------------------

def test_contracted_not_held():
    assert read_reply("Sorry, the figures you asked for aren't held by the council.").outcome.value == "not_held"


# --- outcomes, one table: each wording with the outcome it must read (the rules above, in several wordings) ------

OUTCOMES = [
    pytest.param('cost_limit',
                 'I can confirm that the information you have requested is held however it cannot be disclosed. '
                 'The information is not held in an easily retrievable format. A search on the keywords brought '
                 'back 2,210 such items reported stolen. Each of those would need to be viewed. At a conservative '
                 'estimate of 2 minutes per record we have estimated that to extract this information would take',
                 id='form_not_held_with_a_measured_searc'),
    pytest.param('cost_limit',
                 'the data is not held in a readily searchable format. searches of the crime system returned 940 '
                 'possible records, and at 3 minutes per record the work would',
                 id='form_not_held_with_a_measured_searc'),
    pytest.param('cost_limit',
                 'As outlined in our response, the information requested is not held centrally and therefore a '
                 'trawl across the whole department would be required. We estimate that this would take 60 hours.',
                 id='form_not_held_with_a_measured_searc'),
    pytest.param('not_held',
                 'Trees felled for housing\n1. How many trees have been removed in the borough to support new '
                 'housing (25/26).\n2. How many new trees are being planted to replace them\nWe do not hold a '
                 'record of this. The Council does not keep a separate record of these.\n',
                 id='numbered_questions_without_question'),
    pytest.param('not_held',
                 'Q1 what was spent on agency social workers in 2024\nQ2 which agencies were used\nThe council does '
                 'not hold this information.\n',
                 id='numbered_questions_without_question'),
    pytest.param('not_held',
                 'a) How many staff work from home\nb) What is the policy\nWe do not hold a record of this.\n',
                 id='numbered_questions_without_question'),
    pytest.param('not_held',
                 'Response\n1. This area is dealt with by Kent County Council, please visit their website for '
                 'further information.\n2. The Borough Council does not own any housing stock. It was transferred '
                 'to a housing association in 1998.\n',
                 id='every_part_another_bodys_or_none_he'),
    pytest.param('not_held',
                 'response\n1. highways are the responsibility of Devon County Council; please ask them.\n2. The '
                 'council does not own any car parks.\n',
                 id='every_part_another_bodys_or_none_he'),
    pytest.param('part_disclosed',
                 'Some information is held. The House holds records of rat sightings from 2016 to 2021.\nThis '
                 'information, for January 2016 to May 2020, is already publicly available on our website and is '
                 'exempt under section 21.\nThe remaining information, for June 2020 to December 2021 (Table 1).\n',
                 id='rest_in_a_table_beside_a_published'),
    pytest.param('part_disclosed',
                 'some of the data is held. the figures for 2019-2021 are published on our website (section 21 '
                 'applies).\nthe remaining years are set out below (see Table 2).\n',
                 id='rest_in_a_table_beside_a_published'),
    pytest.param('part_disclosed',
                 'The data on defects is not stored in a way we can report on. Therefore we declare the '
                 'information is not held.\n\nFinancial Year spend:\n\n2021/22 - £1,204,300\n2022/23 - '
                 '£1,377,910\n2023/24 - £1,512,004\n',
                 id='headed_figures_after_a_whole_not_he'),
    pytest.param('part_disclosed',
                 'we do not hold the number of claims.\n\nRepair budget by year:\n2022: £40,000\n2023: £52,500\n',
                 id='headed_figures_after_a_whole_not_he'),
    pytest.param('cost_limit',
                 "The information isn't held centrally. To answer we would need to manually review around 3,000 "
                 'case files at 5 minutes each.',
                 id='more_wordings'),
    pytest.param('cost_limit',
                 'this information is not recorded in a way that can be extracted. a search returned 4,100 '
                 'records and each of these would need to be read. at 2 minutes per record this would exceed',
                 id='more_wordings'),
    pytest.param('not_held',
                 '1) How many bins were replaced in 2023.\n2) What was the cost.\nThe council does not hold a '
                 'record of bin replacements.',
                 id='more_wordings'),
    pytest.param('not_held',
                 '(1) how many fines were issued\n(2) how much was collected\nNo information is held.',
                 id='more_wordings'),
    pytest.param('part_disclosed',
                 'Question 1: How many staff are employed\nWe employ 412 staff.\nQuestion 2: What is the training '
                 'budget\nThis information is not held.',
                 id='more_wordings'),
    pytest.param('not_held',
                 'Response\n1. Parking enforcement is the responsibility of Surrey County Council.\n2. The council '
                 'does not own any multi-storey car parks.\n',
                 id='more_wordings'),
    # a source pointed to after the advice of a cost refusal is advice, not an answer
    pytest.param('cost_limit',
                 'Your request is refused under section 12. By way of advice and assistance, if you limit your '
                 'request to one ward we may be able to help. Our annual report, which lists the number of '
                 'inspections (214 in 2023), is on our website.',
                 id='advice_then_source'),
    pytest.param('cost_limit',
                 'we cannot answer within the appropriate limit (section 12). to help you, you may wish to narrow '
                 'the request to 2024. the yearly totals (1,930 in 2023) are published at www.example.gov.uk/stats',
                 id='advice_then_source_lower'),
    # the reason nothing is held, said in the next sentence, is not an answer
    pytest.param('not_held',
                 'We have searched our records and no information is held. The Council has never commissioned such '
                 'a survey, as there was no requirement to do so.',
                 id='reason_after_not_held'),
    pytest.param('not_held',
                 'no recorded information is held. the trust has never carried out any such audit.',
                 id='reason_after_not_held_lower'),
]


@pytest.mark.parametrize("want, text", OUTCOMES)
def test_outcome(want, text):
    assert read_reply(text).outcome.value == want


def test_a_nil_answer_after_a_not_held_part_with_figures_still_answers():
    text = ("We do not hold the cost of the repairs.\nThere were no complaints about the contractor in 2023 and 4 in "
            "2024.\n")
    assert read_reply(text).outcome.value == "part_disclosed"
