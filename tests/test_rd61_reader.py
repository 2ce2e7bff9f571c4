"""rd61: the reader on real reply letters (issue 10.2). Texts here are written for the test in other words than the
letters the classes came from (fresh58, tuning since session 49); each says which class it stands for."""

from __future__ import annotations

from askfoi.reader import read_reply


def _sections(text: str) -> list[str]:
    return read_reply(text).sections


def test_a_colon_after_sections_opens_the_list_of_numbers():
    # class 1: "Exemptions under sections: 29(1)(a), 30(b)(ii) ... of FOISA apply" - the numbers after "sections:"
    text = ("I enclose some of the information you asked for. Exemptions under sections: 27(1)(a), 33(1)(b) and "
            "38(1)(b) of FOISA apply to the rest of it, as explained below.")
    got = _sections(text)
    assert {"FOISA 27(1)(a)", "FOISA 33(1)(b)", "FOISA 38(1)(b)"} <= set(got), got


def test_a_colon_after_one_section_or_regulation():
    text = ("Some of the minutes are attached. Names of junior staff have been removed, section: 40(2) of the Freedom "
            "of Information Act.")
    assert "40(2)" in _sections(text)
    text = ("We hold the report but it is withheld under the Environmental Information Regulations, regulation: "
            "12(5)(e), as it is commercially confidential.")
    assert any(s.startswith("EIR 12(5)(e)") for s in _sections(text)), _sections(text)


def test_a_year_after_regulations_colon_is_no_regulation():
    # guard: "Regulations: 2004" is the year of the fees regulations, never regulation 200 or 20
    text = ("To answer would exceed the appropriate limit set by the Freedom of Information and Data Protection "
            "(Appropriate Limit and Fees) Regulations: 2004. We are refusing your request under section 12.")
    got = _sections(text)
    assert not [s for s in got if s.startswith(("EIR 2", "20"))], got


def test_a_question_told_back_in_quotes_over_wrapped_lines_is_the_request():
    # class 2: the request told back in quotation marks, each question wrapped over lines as a PDF page leaves it; the
    # line that ends '...?"' is the question's end, not an answer to it (read as a part given before)
    text = ('Dear Ms Jones,\nThank you for your two emails of 3 March. This reply answers both.\n'
            'Your request was as follows:\n'
            '1. "Please tell me how many bus lane fines were issued in the last year\n'
            'and how many were cancelled on appeal?"\n'
            '2. "What is the total income from those fines, by month, for the same\nperiod?"\n'
            'I can confirm that the Department does not hold the information you have requested.\n'
            'The Department does not collect these figures. They are more likely to be held by local councils.')
    reading = read_reply(text)
    assert reading.outcome.value == "not_held", (reading.outcome, [(p.number, p.outcome.value) for p in reading.parts])


def test_an_answer_in_quotes_after_a_question_still_answers_it():
    # guard: a quoted statement that is no question stays an answer under the question before it
    text = ('You asked:\n1. How many licences were issued in 2023?\n"We issued 412 licences in 2023."\n'
            '2. How many applications were turned down?\n"Nine applications were turned down."')
    reading = read_reply(text)
    assert reading.outcome.value == "disclosed", reading.outcome
