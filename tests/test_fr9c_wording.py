"""fr9c (issue 8): the route and the body from what is asked, periods that are periods, kept questions in their own
mood, capitals only on names. Invented sentences; behaviour, not exact wording."""

from datetime import date

import pytest

from askfoi.framing import capitalise_names, environmental_asked, frame_message, keep_words, located_in_scotland
from askfoi.periods import inline_period_lists

TODAY = date(2026, 11, 30)


def codes(framing):
    return {getattr(f, "code", "") for f in framing.findings}


# --- route: the EIR only when what is asked is environmental -------------------------------------------------

@pytest.mark.parametrize("text", [
    "How many community protection notices did the council issue in 2024, with the circumstances under broad "
    "categories such as 'fly tipping in a garden' or 'dog barking'?",
    # env17: roadworks are themselves a measure affecting the land (EIR reg 2(1)(c)), so the question asked here is
    # one that names no environmental subject (it used to ask when the roadworks would end)
    "The lorries sit in the queue with their engines idling all day. When will the parking suspension on the high "
    "street end?",
    "How many staff does the council employ in its planning team (for example officers dealing with pollution)?",
])
def test_an_environmental_word_only_in_an_example_or_the_story_is_not_the_eir(text):
    framing = frame_message(text, today=TODAY)
    assert framing.parts
    assert framing.regime == "FOIA"
    assert "environmental-information" not in codes(framing)


@pytest.mark.parametrize("text", [
    "How many fly tipping incidents did the council record in 2024?",
    "How many noise complaints were made to the council in 2024?",
])
def test_what_is_asked_about_is_still_environmental(text):
    framing = frame_message(text, today=TODAY)
    assert framing.regime == "EIR"
    assert environmental_asked(framing.parts)


# --- Scotland ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "How many times has the council authorised surveillance under the Regulation of Investigatory Powers "
    "(Scotland) Act since 2015?",
    "How many RIPSA authorisations did the council grant in 2023?",
    "How many applicants from SIMD20 areas were offered a place in 2024?",
    "It costs the council a fortune to put up Midlothian's Christmas lights. How much did they cost in 2024?",
    "Please provide all correspondence between the Scottish Government and the review team about the report.",
])
def test_a_scottish_text_with_no_body_found_gets_foisa(text):
    assert located_in_scotland(text)
    framing = frame_message(text, today=TODAY)
    assert framing.regime in ("FOISA", "EISR")


@pytest.mark.parametrize("text", [
    "How much did the council spend on Christmas lights in 2024?",
    "How many times did the council use RIPA powers in 2023?",
    "Highways and roads: how many potholes were repaired in 2024?",
])
def test_an_english_or_unplaced_text_stays_foia(text):
    assert not located_in_scotland(text)
    assert frame_message(text, today=TODAY).regime == "FOIA"


# --- kept questions keep their own mood ------------------------------------------------------------------------

def test_a_question_the_writer_asked_keeps_its_question_mark():
    for question in [
        "After all, we had better displays before, and apart from a few bulbs etc what has the money been spent on?",
        "In each case what measures were used to watch them, ie cameras, recorders etc?",
        "With all this management in place - what is the need for a chief executive?",
    ]:
        assert keep_words(question).text.endswith("?"), question


def test_a_request_or_noun_phrase_never_gets_a_question_mark():
    for question in ["Please provide the number of fines issued in 2023?", "The number of officers who were disciplined?"]:
        assert keep_words(question).text.endswith("."), question


def test_a_condition_before_a_main_clause_is_not_turned_into_please_confirm_whether():
    for question in [
        "If a permit is applied for, what checks are made on the effect on traffic?",
        "If you do, please disclose the dates of the calls.",
        "If the force does not use the scanners, please state whether it plans to.",
    ]:
        text = keep_words(question).text
        assert "confirm whether" not in text.lower(), text
        assert text.lower().startswith("if "), text
    assert keep_words("whether the council holds a register of empty homes").text.lower().startswith("please confirm whether")


def test_a_question_whose_opener_held_its_subject_is_kept_whole():
    for question in ["Perhaps the council can provide us with a breakdown of the figures?",
                     "Can I also have any documents that discuss this letter."]:
        text = keep_words(question).text
        assert not text.lower().startswith(("can provide", "have any")), text


# --- periods ---------------------------------------------------------------------------------------------------

def test_on_and_since_a_day_is_an_open_period_to_the_request_date():
    text = "Please provide copies of the daily briefings issued on, and since, 4th May 2012."
    framing = frame_message(text, today=TODAY)
    assert framing.period and framing.period.startswith("4 May 2012") and framing.period.endswith("30 November 2026")


def test_a_target_year_a_receipt_date_and_a_date_referred_to_are_no_periods():
    for text in [
        "Please provide the minutes of meetings about the pledge to hire 3,500 new teachers by 2026.",
        "Please provide the minutes of meetings about the scheme. For the purposes of the Act, please take the date of "
        "your receipt of this request as 30th January 2014.",
        "Please provide all correspondence about the review, as referred to by the minister in parliament on "
        "15 December 2022.",
    ]:
        assert frame_message(text, today=TODAY).period is None, text


def test_a_date_in_the_story_is_not_the_letters_period():
    for text in ["This year has been truly awful. Please can someone tell us when the roadworks will end?",
                 "Allowances for our councillors cost the tax payer a fortune last year, according to the accounts. "
                 "What are the councillors paid for?"]:
        assert frame_message(text, today=TODAY).period is None, text


def test_several_periods_that_do_not_all_read_as_dates_stay_a_list():
    text = ("The number of notices issued for the following time periods: 1 October 2014 to 30 September 2015; "
            "1 October 2015 to 30 September 2016; 1 October 2016 to the most recent statistics.")
    assert inline_period_lists(text, TODAY) == text
    joined = inline_period_lists("The number of notices issued for the following time periods: 1 October 2014 to "
                                 "30 September 2015; 1 October 2015 to 30 September 2016;", TODAY)
    assert "from 1 October 2014 to 30 September 2016" in joined


# --- capitals --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("how many arrestees were held in custody", "arrestees"),
    ("the number of unencrypted laptops lost", "unencrypted"),
    ("families received from london boroughs", "boroughs"),
    ("the plans for stroud hospitals", "hospitals"),
])
def test_common_words_are_not_given_a_capital(text, word):
    assert word in capitalise_names(text).split()


def test_names_still_get_their_capitals():
    out = capitalise_names("patients at leeds general infirmary and contracts with palantir")
    assert "Leeds General Infirmary" in out and "Palantir" in out
