"""fr9a: a formal request read as a document (askfoi/questions.py). Every text here is invented, in the shapes real
letters take: remarks about the request itself, compound and inline labels, headings between items, a stem whose
items are its fields, "If so" follow-ups and back-references kept with their question, an asking lead-in with no
colon, and nothing lost between the questions in and the parts and remarks out."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.questions import about_the_request, handling_condition, read_message, sentence_role

TODAY = date(2026, 11, 30)


def framed(text: str):
    return frame_message(text, today=TODAY)


def _all_parts(f) -> str:
    return " ".join(p.text for p in f.parts)


@pytest.mark.parametrize("sentence", [
    "If you hold no record of parking fines being issued in your area, please respond to this request accordingly.",
    "If there is a problem with 2), please respond to 1) before asking for clarification.",
    "For the purposes of the Act, please take the date of your receipt of this request as 3rd March 2024.",
    "Please list any exemptions and your reasoning for applying them, and please respond as promptly as possible.",
    "The main purpose of this request is to gather data on empty council homes.",
    "NB - if the number of vehicles cannot be ascertained, please provide the number of journeys instead.",
    "If the answer to any part of 1 is yes please supply:",
])
def test_a_sentence_about_the_request_itself_is_a_remark(sentence):
    assert handling_condition(sentence)
    assert sentence_role(sentence) == "remark"
    f = framed(f"How many fixed penalty notices did the council issue for littering in 2024?\n\n{sentence}")
    assert len(f.parts) == 1 and "littering" in f.parts[0].text
    assert not f.unframed


@pytest.mark.parametrize("sentence", [
    "How many requests for CCTV footage did the council receive in 2024?",
    "Please provide the number of requests refused, and if this request exceeds the cost limit, the last year only.",
    "If so, please provide a copy of the contract.",
    "Please provide a copy of your policy on responding to requests from the press.",
    "Please include any policies, guidance documents or similar information relating to this request.",
])
def test_a_question_that_mentions_requests_still_asks(sentence):
    assert not about_the_request(sentence)


def test_a_compound_label_never_reaches_a_part():
    text = ("Dear FOI Officer,\n"
            "1.A - How many empty council homes do you currently have?\n"
            "1.B - How many of these homes have been empty for longer than 3 months?\n"
            "2.A How many people are on your housing waiting list?\n"
            "2.B How many families have you rehoused from other boroughs in the last 5 years\n"
            "- Additionally how many families have you rehoused from other boroughs since January 2024\n"
            "Yours faithfully,")
    questions = read_message(text).questions
    assert len(questions) == 5
    for q in questions:
        assert not q.lstrip().startswith(("A ", "B ", "A -", "B -", "1.", "2.", "-", ":"))
    assert any(q.startswith("Additionally how many") or q.startswith("how many") for q in questions[-1:])


def test_a_numbered_list_typed_on_one_line_without_spaces_is_one_question_per_item():
    text = ("Please provide the following for each of the financial years 2019/20 and 2020/21:\n"
            "1.Number of households in rent arrears 2.The total amount of rent owed by these households "
            "3.The number of cases passed to debt collectors 4.Total amount recovered by debt collectors")
    questions = read_message(text).questions
    assert len(questions) == 4
    assert not any(q[:1].isdigit() for q in questions)
    assert sum("debt collectors" in q for q in questions) == 2


def test_can_i_also_have_is_one_question():
    text = ("1) Can I have a copy of the report sent to the cabinet on 4 May about the leisure centre\n"
            "2) Can I also have any emails that discuss this report.\n"
            "If there is a problem with 2), please respond to 1) before asking for clarification.")
    reading = read_message(text)
    assert len(reading.questions) == 2
    assert "emails" in reading.questions[1] and reading.questions[1].startswith("Can I also have")
    assert any("clarification" in r for r in reading.remarks)
    assert not any("clarification" in q for q in reading.questions)


def test_a_lead_in_of_only_asking_words_is_furniture_in_prose():
    text = ("Dear Borough Council,\n\nIn accordance with the Freedom of Information Act I am requesting the following:\n\n"
            "All emails between the council leader and the chief executive about the sale of the leisure centre.\n\n"
            "Yours faithfully,")
    questions = read_message(text).questions
    assert len(questions) == 1 and questions[0].startswith("All emails")
    assert "accordance" not in _all_parts(framed(text))


def test_a_heading_between_items_is_not_glued_to_the_item_before():
    text = ("Q1. Are the instructions given to staff on manual entries publicly available?\n"
            "Data Protection:\n"
            "Q2. Has the force completed a data protection impact assessment for the system?")
    questions = read_message(text).questions
    assert len(questions) == 2
    assert "Data Protection" not in questions[0]


def test_a_question_pointing_back_at_the_statement_before_it_keeps_it():
    text = ("Q1. You referred to a Data Protection Impact Assessment (DPIA) for the camera system. "
            "Is this DPIA publicly available? If so, how can I access it?\n"
            "Q2. How many cameras does the force operate?")
    questions = read_message(text).questions
    assert len(questions) == 2
    assert "Data Protection Impact Assessment" in questions[0] and "If so" in questions[0]


def test_an_if_so_follow_up_stays_with_its_yes_no_question_in_prose():
    text = "Does the council hold a register of empty shops? If so, where is it published?"
    questions = read_message(text).questions
    assert len(questions) == 1 and "If so" in questions[0]


def test_a_stem_with_field_items_is_one_question():
    text = ("Please provide a breakdown of fixed penalty notices issued by the council\n\n"
            "(1) Age of the person fined\n\n"
            "(2) Offence, e.g. littering, dog fouling, fly-posting\n\n"
            "(3) Date and amount of the fine\n\n"
            "(4) How many fines were appealed?")
    questions = read_message(text).questions
    assert len(questions) == 2
    assert all(w in questions[0] for w in ("breakdown", "age of the person", "date and amount"))
    assert "appealed" in questions[1]
    f = framed(text)
    assert not any(p.text.lower().startswith(("date and", "age of", "offence")) for p in f.parts)


def test_fields_under_a_for_each_lead_line_are_its_breakdown():
    text = ("Dear University,\n\nI would like to see a copy of each of the two consultancy reports.\n\n"
            "In addition, for each report, please supply:\n"
            "a) the date the report was delivered.\n"
            "b) the date that the report was presented to the senior management group.\n"
            "c) the date that the report was presented to the governing body.\n\nYours faithfully,")
    questions = read_message(text).questions
    assert len(questions) == 2
    assert questions[1].lower().startswith("for each report") and questions[1].count("the date") == 3
    f = framed(text)
    assert len(f.parts) == 2 and not any(p.text.startswith("The date") for p in f.parts)


def test_for_each_year_is_a_period_lead_not_a_stem_of_fields():
    text = ("Please provide the following for each year from 2021 to 2024:\n\n"
            "1. the number of penalty charge notices issued\n2. the income from penalty charge notices")
    questions = read_message(text).questions
    assert len(questions) == 2 and all("year" in q for q in questions)


def test_an_asking_lead_without_a_colon_asks_its_bare_imperative_items():
    text = ("Dear Health Board,\nPlease can you\n"
            "1. Confirm whether your organisation applied to join the Green Employer Scheme in 2019 or 2021\n"
            "2. Give details of the total amount you paid to the scheme in 2019, 2020 and 2021.\n"
            "3. State whether you still hold membership of the scheme, and if so which level.\n"
            "Yours faithfully,")
    f = framed(text)
    reading = read_message(text)
    assert len(reading.questions) == 3
    assert not f.unframed  # nothing sent back: every item is clear
    assert any("Green Employer Scheme" in p.text for p in f.parts)
    assert any("which level" in p.text for p in f.parts)


def test_background_under_a_document_reference_is_not_a_part():
    text = ("Dear University,\n\nBackground information:\n\n"
            "In Appendix 3 of an earlier request, Review of Library Services by Jane Smith (http://example.org/x), "
            "there is the reference to two external reports about library services.\n\n"
            "In Appendix 1 of another request by Tom Brown (http://example.org/y), these two reports are used by the "
            "director as the basis for the review.\n\n"
            "I would like to see a copy of each of the reports.\n\n"
            "In addition, for each report, please supply:\n"
            "a) the date the report was delivered.\n"
            "b) the date that the report was presented to the governing body.\n\nYours faithfully,")
    questions = read_message(text).questions
    assert len(questions) == 2
    assert not any("Appendix" in q for q in questions)


def test_nothing_asked_is_lost_between_the_questions_and_the_parts_and_remarks():
    text = ("Dear Council,\n\n1. How many parking fines were issued in 2024?\n"
            "2. How much income did the fines raise?\n"
            "If you hold no record of fines being issued, please respond to this request accordingly.\n"
            "3. Which company processes appeals for the council?\n\nYours faithfully,")
    f = framed(text)
    out = " ".join([p.text for p in f.parts] + list(f.remarks) + list(f.unframed)).lower()
    for word in ("parking fines", "income", "appeals", "accordingly"):
        assert word in out
    assert len(f.parts) == 3


def test_fields_after_should_include_are_the_breakdown_of_the_question_before():
    text = ("I would like to request the last three years of spending records for the council.\n"
            "For the avoidance of doubt, I am seeking itemised expenditure for the last three financial years. "
            "This should include, where held:\n"
            "* date of payment;\n* supplier;\n* amount paid;\n* service area or department;\n"
            "If the Council is refusing any part of the request, please issue a proper refusal notice.")
    reading = read_message(text)
    assert len(reading.questions) == 2
    assert all(w in reading.questions[1] for w in ("date of payment", "supplier", "service area"))
    assert not any("should include" in q and q.count(";") == 0 for q in reading.questions)


def test_fields_under_an_item_that_asks_for_each_are_joined_to_it():
    text = ("(1) For 2020/21, I would like details of donations from tobacco companies. For each, I would like the "
            "following information:\n\n- The name of the company that gave the donation\n"
            "- The date the university accepted the donation\n- A description of what the donation was used for\n\n"
            "(2) How many donations were refused in 2020/21?")
    questions = read_message(text).questions
    assert len(questions) == 2
    assert "; the date the university accepted" in questions[0] and "a description" in questions[0]


def test_sub_items_completing_an_including_stem_stay_in_it():
    text = ("1. The requests made by public authorities to the council under the Regulation of Investigatory Powers "
            "Act in the last five years, including:\nA. The public body that made the request\nB. The date of the request\n"
            "C. The outcome of the request")
    questions = read_message(text).questions
    assert len(questions) == 1 and "date of the request" in questions[0] and "outcome" in questions[0]
