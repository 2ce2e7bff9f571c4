"""fr11b: findings that are true of what is asked. Counts are the letter's parts, period words that bound a period
count as a period, a finding about the whole request quotes what is asked (never the salutation), a cost-limit reach
is one question's own period, and a message is asked back only what it does not already say. Invented texts."""

import pytest

from askfoi.checks import asking_sentence, check_request
from askfoi.framing import frame_message


def codes(findings):
    return {f.code for f in getattr(findings, "findings", findings)}


@pytest.mark.parametrize("asked", [
    "How many officers have been deployed to the unit since its creation?",
    "How many people have been fined since their introduction?",
    "Please give the number of claims paid from 2009/10 onwards.",
    "How many operations did the unit carry out during its lifetime?",
    "How many reports were received in the last 24 full calendar months?",
    "How many penalty notices have been issued since the scheme was introduced?",
    "How many fines have been issued since it became law?",
])
def test_words_that_bound_a_period_are_a_period(asked):
    assert "no-time-period" not in codes(check_request(f"Dear Sir or Madam\n{asked}\nYours faithfully\nA. Person"))


def test_a_since_of_cause_is_no_period():
    text = "How many complaints did the council uphold, since it refused to publish them?"
    assert "no-time-period" in codes(check_request(text))


def test_no_period_quotes_the_question_not_the_salutation():
    text = "Dear Northshire County Council\n\nHow many potholes were reported on the A123?\n\nYours faithfully\nJo"
    finding = next(f for f in check_request(text).findings if f.code == "no-time-period")
    assert "pothole" in finding.evidence.lower()
    assert not finding.evidence.lower().startswith("dear")
    framed = frame_message(text)
    for f in framed.findings:
        assert not f.evidence.lower().startswith("dear"), f
        assert "faithfully" not in f.evidence.lower(), f


def test_asking_sentence_skips_furniture():
    assert "how many" in asking_sentence("Dear Sir,\nI hope you are well. How many buses run?").lower()
    assert asking_sentence("") == ""


def test_too_many_questions_counts_the_letters_parts():
    text = ("Dear Sir or Madam\nCould the council please provide the following information.\n"
            "For the purpose of this request, a fine means a penalty charge notice.\n"
            "1. How many penalty charge notices were issued in 2024, broken down by:\n"
            "a. under 1 hour\nb. 1 to 2 hours\nc. 2 to 4 hours\nd. over 4 hours\ne. unknown\nf. other\n"
            "2. How many were cancelled on appeal in 2024?\n3. How much was collected from them in 2024?\n"
            "Yours faithfully")
    framed = frame_message(text)
    many = [f for f in framed.findings if f.code == "too-many-questions"]
    assert not many or many[0].evidence == f"{len(framed.parts)} parts"
    if len(framed.parts) <= 5:
        assert not many


def test_too_many_questions_raised_on_a_long_letter_with_its_count():
    asked = ["bins", "complaints", "fines", "staff", "lorries", "depots", "missed collections"]
    text = "Dear Leeds City Council\n" + "\n".join(
        f"{i}. How many {w} were recorded in 2024?" for i, w in enumerate(asked, 1))
    framed = frame_message(text)
    many = [f for f in framed.findings if f.code == "too-many-questions"]
    assert many and many[0].evidence == f"{len(framed.parts)} parts"


def test_cost_reach_is_one_questions_own_period():
    story = ("In 2012 the council promised to resurface our road. "
             "How much has the council spent on resurfacing this year?")
    assert "cost-limit-risk" not in codes(check_request(story, "Leeds City Council"))
    wide = "How much has the council spent on resurfacing in each year from 2012 to 2024?"
    assert "cost-limit-risk" in codes(check_request(wide, "Leeds City Council"))


def test_a_message_is_not_asked_for_the_body_it_names():
    framed = frame_message("honestly what is going on at leeds city council these days, it is a disgrace")
    if framed.authority is not None:
        assert not any("Which organisation" in q for q in framed.questions)


def test_relative_years_restated_in_dates_are_the_dates():
    text = ("Please provide the number of use of force forms for each of the past two years "
            "April 2018 to March 2019 and April 2019 to March 2020.")
    assert "cost-limit-risk" not in codes(check_request(text, "Leeds City Council"))


def test_a_heading_that_ends_on_the_following_is_not_asked_back():
    text = ("Could the Trust please provide information on the following.\n"
            "1. How many agency nurses were employed in 2024?\n2. How much was spent on agency nurses in 2024?")
    framed = frame_message(text)
    assert not any("on the following" in q for q in framed.questions)
    assert len(framed.parts) == 2


def test_a_list_of_periods_on_lines_of_their_own_is_one_reach():
    text = ("How many fines were issued in each of these years:\nJanuary 2018 - December 2018\n"
            "January 2019 - December 2019\nJanuary 2023 - December 2023\nJanuary 2024 - February 2024\n")
    assert "cost-limit-risk" in codes(check_request(text, "Leeds City Council"))
    two = ("1) For the 2020/21 financial year, what was the total spent on public toilets?\n"
           "2) For the 2024/25 financial year, what was the total spent on public toilets?")
    assert "cost-limit-risk" not in codes(check_request(two, "Leeds City Council"))


def test_consecutive_years_restating_a_relative_period_do_not_conflict():
    text = ("Please provide the number of use of force forms completed by officers for each of the past two years "
            "April 2018 to March 2019 and April 2019 to March 2020.\nb. For each year, please provide totals for each "
            "ethnicity.")
    assert "conflicting-periods" not in codes(frame_message(text, "Leeds City Council").findings)
