"""fr8b: the body asked, tidy kept questions, names' capitals, periods as stated, findings only when true.
Every sentence here is invented, in the shapes real request texts take."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import (
    capitalise_names,
    find_authority,
    frame_message,
    keep_words,
    sentence_mood,
    tidy_kept,
)
from askfoi.periods import stated_periods
from askfoi.why_records import unanswerable_kind

TODAY = date(2026, 11, 30)


def _body(text: str) -> str | None:
    found, _ = find_authority(text)
    return found.name if found else None


# --- the body: named as the one asked, never merely mentioned ------------------------------------------------


@pytest.mark.parametrize("text", [
    "1. How many drones are owned by your police force?\n2. How many pilots does your police force employ?",
    "Does your police force use body worn video at protests? Please give the number of devices.",
    "When did your police force first trial live facial recognition?",
])
def test_a_generic_force_is_no_named_body(text):
    # "your police force" names no force: no near spelling of one is proposed
    assert _body(text) is None


def test_a_phrase_with_small_words_inside_is_no_misspelt_name():
    text = "The crews do a good job but are let down by a council policy. How much did the extra rounds cost?"
    assert _body(text) is None


@pytest.mark.parametrize("text, other", [
    ("1. Has your council referred itself to the Information Commissioner's Office about its cameras?\n"
     "2. How many cameras does your council run?", "Information Commissioner's Office"),
    ("Please provide the figures you have shared with DfE about pupil numbers in each of your schools.",
     "Department for Education"),
    ("1. Is your council a member of the Local Government Association?\n"
     "2. How much did your council pay to the Local Government Association in 2023/24?", "Local Government Association"),
])
def test_a_third_party_in_a_letter_to_you_is_not_the_body(text, other):
    assert _body(text) != other


def test_a_body_named_only_in_the_story_of_a_letter_to_you_is_not_the_body():
    text = ("I read that the Police Service of Northern Ireland watched journalists for years.\n"
            "How many journalists has your force put under surveillance since 2015?")
    assert _body(text) is None


def test_a_bare_place_in_the_story_is_no_body():
    text = ("I work in a shop in a quiet part of Glasgow and the officers are kind to us.\n"
            "How many officers were moved to desk jobs last year?")
    assert _body(text) is None


def test_a_bare_place_that_locates_the_council_spoken_of_stays():
    text = "i live on elm road in hull and the council keeps missing my bins. how many missed collections were there in 2024"
    assert _body(text) == "Hull City Council"


@pytest.mark.parametrize("text, body", [
    ("Dear Ministry of Justice,\nPlease provide the number of prisoners released in error in 2024.", "Ministry of Justice"),
    ("does essex police use facial recognition on body worn cameras", "Essex Police"),
    ("how many school exclusions did Leeds City Council record in 2024/25", "Leeds City Council"),
    ("I was struck by a portrait of Oxfordshire County Council's chief executive. How much does the magazine cost?",
     "Oxfordshire County Council"),
])
def test_the_body_asked_is_found(text, body):
    assert _body(text) == body


def test_the_salutation_names_the_body_even_with_words_after_it():
    text = "Dear Ministry of Justice (and the press office),\nHow many prison officers resigned in 2024?"
    assert _body(text) == "Ministry of Justice"


# --- kept questions tidied by grammar --------------------------------------------------------------------------


@pytest.mark.parametrize("typed", [
    "13)How many parking fines were cancelled in 2021.",
    "[3] How many parking fines were cancelled in 2021?",
    "1.a. How many parking fines were cancelled in 2021?",
    "Question 4: How many parking fines were cancelled in 2021?",
    "2- How many parking fines were cancelled in 2021?",
])
def test_a_leftover_list_label_comes_off(typed):
    assert tidy_kept(typed).startswith("How many parking fines")


@pytest.mark.parametrize("typed", ["2 officers were dismissed in 2020, how many were reinstated?",
                                   "1.5 million pounds was spent on signs, what was it for?",
                                   "2019/20 figures for parking fines."])
def test_a_figure_at_the_start_is_no_label(typed):
    assert tidy_kept(typed)[:3] == typed[:3]


def test_a_question_after_a_leading_phrase_ends_with_a_question_mark():
    text = keep_words("In the last full school year how many pupils did the council take to school by taxi.").text
    assert text.endswith("?")


def test_a_request_after_a_condition_ends_with_a_full_stop():
    text = keep_words("Where a trial of the cameras took place, please provide a copy of the evaluation report?").text
    assert text.endswith(".")


def test_each_sentence_ends_as_its_own_clause_asks():
    text = tidy_kept("How much was spent on the new software over the last three years. Please give the figure for each year?")
    assert "years? Please give" in text and text.endswith(".")


def test_that_you_after_a_dropped_label_is_a_request():
    assert keep_words("Request 1 That you list the dates the drone flew over the park in 2022").text.startswith("Please list")


@pytest.mark.parametrize("sentence, mood", [
    ("How many bins were emptied?", "ask"),
    ("For pupils with an EHCP, how many were excluded in 2023?", "ask"),
    ("Please send the minutes.", "tell"),
    ("If so, please provide the contract.", "tell"),
    ("The number of bins emptied.", None),
    ("If so, under what powers and by whose decision.", "ask"),
])
def test_sentence_mood(sentence, mood):
    assert sentence_mood(sentence) == mood


def test_a_small_word_joined_mid_sentence_is_written_small():
    assert "and if yes" in tidy_kept("Did the council consult residents and If yes, when?")


# --- capitals: names kept, common words not raised --------------------------------------------------------------


@pytest.mark.parametrize("typed, kept", [
    ("email correspondence between the Scottish Government and the ferry operator", "between the Scottish Government"),
    ("£100,000 for Extra street cleaning", "Extra street cleaning"),
    ("how many Broken street lights were reported", "street lights"),
    ("has the university required a court order before passing on the data", "university required a court order"),
    ("the powers given by housing law to the council", "powers given by housing law"),
])
def test_common_words_are_not_given_capitals(typed, kept):
    assert kept in keep_words(typed).text


@pytest.mark.parametrize("typed, name", [
    ("how many potholes were filled on elm road last year", "Elm Road"),
    ("how many fines under the dangerous dogs act were issued", "Dangerous Dogs Act"),
    ("how many bins were collected in hull in 2024", "Hull"),
])
def test_names_still_get_their_capitals(typed, name):
    assert name in capitalise_names(keep_words(typed).text)


# --- periods as the text states them -----------------------------------------------------------------------------


def _labels(text: str) -> list[str]:
    return [label for label, _, _ in stated_periods(text, today=TODAY)]


@pytest.mark.parametrize("text, label", [
    ("the number of exclusions in each of the past three academic years (2018/19, 2019/20 and 2020/21)",
     "1 September 2018 to 31 August 2021"),
    ("please give the figures for the 2021-22, 2022-23 and 2023-24 school years", "1 September 2021 to 31 August 2024"),
    ("how much was spent on taxis in 2019/20 and 2020/21", "1 April 2019 to 31 March 2021"),
])
def test_split_years_take_the_kind_their_sentence_names(text, label):
    assert _labels(text) == [label]


def test_a_split_year_with_one_digit_is_the_next_year():
    assert _labels("the numbers for each of these years: 2019/0, 2020/1 and 2021/2") == ["1 April 2019 to 31 March 2022"]


def test_a_relative_period_restated_in_brackets_is_the_years_said():
    assert _labels("In each of the past 4 years (2016-2019) how much did the council pay consultants?") == \
        ["1 January 2016 to 31 December 2019"]


def test_a_year_in_brackets_after_a_title_is_no_period():
    assert _labels("under the Freedom of Information (2000) please give the waiting times for May 2019") == \
        ["1 May 2019 to 31 May 2019"]


def test_a_deadline_is_no_period():
    labels = _labels("the plan is to end long waits by June 2027. Please provide the emails sent between the dates of "
                     "3 March 2024 and 9 September 2024.")
    assert labels == ["3 March 2024 to 9 September 2024"]


def test_to_the_date_of_this_foi_runs_to_today():
    assert _labels("all emails between the minister and the adviser between March 1 2024 and the date of this FOI") == \
        ["1 March 2024 to 30 November 2026"]


# --- findings only when true --------------------------------------------------------------------------------------


def _codes(text: str) -> list[str]:
    return [f.code for f in frame_message(text, today=TODAY).findings]


def test_boilerplate_all_the_information_is_no_vague_scope():
    text = ("I am writing to make a request for all the information to which I am entitled under the Act.\n"
            "1. How many tenants were evicted in 2023?")
    assert "vague-scope" not in _codes(text)


def test_vague_scope_stays_on_a_question_that_names_no_measure():
    assert "vague-scope" in _codes("please send me all the information you hold about the new bypass")


def test_no_time_period_is_not_raised_when_a_period_is_stated():
    assert "no-time-period" not in _codes("How many fines were issued for dog fouling in the 2022/23 financial year?")


def test_periods_stated_on_purpose_do_not_conflict():
    text = ("Please provide the number of drone sightings reported to your force in each of these periods: "
            "01/01/2015 to 31/12/2015; 01/01/2016 to 31/12/2016.\nPlease give the location of each sighting.")
    assert "conflicting-periods" not in _codes(text)


@pytest.mark.parametrize("question, kind", [
    ("How much would the bill have risen had the government not stepped in?", "hypothetical"),
    ("If there had been more objections, could that have changed the decision?", "hypothetical"),
    ("Would it not be wiser to sell the old depot first?", "view"),
    ("Is not the answer to raise the parking charges?", "view"),
    ("Could this be related to the rise in complaints?", "view"),
    ("Are these closures linked to the new contract?", "view"),
    ("When is the trust going to hold an inquiry?", "future"),
    ("Can we now expect the council to publish the report?", "future"),
])
def test_questions_no_record_answers(question, kind):
    assert unanswerable_kind(question) == kind


@pytest.mark.parametrize("question", [
    "How many officers have been dismissed since 2020?",
    "Does your force plan to use facial recognition in 2027?",
    "Could you please break this down by year?",
    "Would you provide the figures for 2022?",
    "How many bins were not collected in May 2024?",
])
def test_questions_records_answer(question):
    assert unanswerable_kind(question) is None


def test_a_hypothetical_question_raises_its_finding():
    text = "How much would the council tax have gone up had the grant not been paid? How much was the grant in 2024?"
    assert "not-recorded-information" in _codes(text)


# --- a rendered part is used only when it reads as English ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Any contract for ing the hardware, with the name of each supplier.",
    "The total amount spent on towards the new bridge.",
    "A list of value obtained.",
])
def test_text_problems_catch_broken_renders(text):
    from askfoi.framing import text_problems

    assert text_problems(text)


@pytest.mark.parametrize("text", [
    "A list of roads resurfaced in 2023.",
    "The number of complaints about noise from the airport.",
    "The total spent on repairs to the roof of the hall.",
])
def test_text_problems_pass_careful_renders(text):
    from askfoi.framing import text_problems

    assert not text_problems(text)


def test_why_with_a_bare_verb_asks_the_reasons_for_doing_it():
    from askfoi.why_records import why_clause

    clause = why_clause("why pay a subscription to the market association?")
    assert clause.mode == "reasons" and clause.phrase.startswith("paying a subscription")
    part = frame_message("The hall is empty most days. Why pay a subscription to the market association?",
                         today=TODAY).parts[0]
    assert part.kind == "reasons" and "paying a subscription" in part.text and "?" not in part.text


def test_a_condition_cut_before_its_question_is_no_view():
    assert unanswerable_kind("is not currently using the kiosks, have you trialled them?") is None


def test_a_list_of_people_raises_the_personal_data_finding():
    text = "1. A full list of the protesters your force photographed at the rally in 2023."
    assert "third-party-personal-data" in _codes(text)


@pytest.mark.parametrize("text", ["A list of contractors used for road repairs in 2023.",
                                  "The number of protesters arrested at the rally in 2023."])
def test_a_count_or_firms_raise_no_personal_data_finding(text):
    assert "third-party-personal-data" not in _codes(text)


def test_as_far_back_as_a_year_runs_to_today():
    assert _labels("the money the cameras raised, going as far back as 1995") == ["1 January 1995 to 30 November 2026"]


def test_a_relative_period_written_out_elsewhere_is_the_years_written():
    text = ("How many tenants left the list in each of the last 4 financial years? "
            "Please give the totals for 2014/15, 2015/16, 2016/17 and 2017/18.")
    assert _labels(text) == ["1 April 2014 to 31 March 2018"]


def test_two_periods_of_one_year_are_both_kept():
    assert len(_labels("how many fines in the last 12 months and how many in 2023")) == 2


def test_a_list_label_inside_a_kept_question_keeps_its_stop():
    assert "2a. Salmonella" in tidy_kept("How many admissions involved the following?: 2a. Salmonella 2b. E.Coli")


def test_about_as_roughly_is_no_lost_noun():
    from askfoi.framing import text_problems

    assert not text_problems("The cost of the roundabout, which rose from about £1.8 million to £2.4 million.")
