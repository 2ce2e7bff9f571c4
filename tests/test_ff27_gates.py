"""ff27 (issue 8): findings and questions back as an experienced FOI officer would make them."""

import pytest

from askfoi.framing import frame_message


def _codes(text):
    return [f.code for f in frame_message(text).findings]


@pytest.mark.parametrize("text", [
    "Did officers meet with the agency at any time to discuss the flood report in 2024? Explain number of times and "
    "with whom, discussions that took place and actions agreed.",
    "please explain the dates of the meetings about the bypass in 2023 and who attended",
])
def test_explain_what_records_hold_is_no_opinion(text):
    assert "not-recorded-information" not in _codes(text)


def test_explain_a_decision_is_still_an_opinion():
    assert "not-recorded-information" in _codes("can you explain why you closed the library in 2024")


@pytest.mark.parametrize("text", [
    "A letter was read out by the Chairman of the PC. He is now saying that a copy of this email was sent to his "
    "private email address and cannot give out a copy to me as requested.",
    "As a parishioner I have attended several parish council meetings and come away frustrated that the agenda items "
    "had been dealt with by email before the meeting. I am curious as to what these opinions are that can only be "
    "shared on email and not in public",
])
def test_a_story_naming_its_record_is_not_too_vague(text):
    found = frame_message(text)
    assert "too-vague" not in [f.code for f in found.findings]
    assert found.questions or found.parts  # asked back or framed, never left with nothing


def test_a_story_naming_nothing_is_still_too_vague():
    assert "too-vague" in _codes("tell me about the bins")


@pytest.mark.parametrize("text", [
    "Using the Freedom of Information Act, I request the monthly number of patients who waited more than 12 hours in "
    "emergency departments in Scotland. Could the data be provided from September 2024 up to the most recent month you "
    "have please?",
    "the number of fines issued for parking on pavements. could the information be given from april 2023 to date",
])
def test_a_period_sentence_is_neither_a_view_nor_asked_back(text):
    found = frame_message(text)
    assert "not-recorded-information" not in [f.code for f in found.findings]
    assert not any("could the" in q.lower() and "ask about" in q for q in found.questions)


def test_a_period_line_and_a_heading_are_not_asked_back():
    text = ("Information relating to senior pay.\nUnless otherwise stated, please provide data covering the three most "
            "recent financial years available, or indicate if only partial data is held.\n"
            "Councillor Costs\n1. A breakdown of special responsibility allowances paid to councillors, by role.\n"
            "2. Full details of expenses claimed by councillors, including travel and meals.")
    found = frame_message(text)
    assert not any("Unless otherwise stated" in q or '"Councillor Costs"' in q for q in found.questions)


def test_a_bare_rhetorical_question_is_not_asked_back():
    text = ("At 3am some rowdies start breaking the telephone box and keep the street awake. What do you do? "
            "Why don't the police respond to such calls at night in Sussex?")
    assert not any('"What do you do?"' in q for q in frame_message(text).questions)


def test_a_figure_asked_by_name_goes_on_the_letter():
    text = ("It is noted that the Trust has an objective on the vacancy rate.\n1. Accordingly, please give the vacancy "
            "rate at the end of March 2021 for the registered midwife group.")
    found = frame_message(text)
    assert any("vacancy rate" in p.text for p in found.parts)
    assert not any("vacancy rate" in q for q in found.questions)
