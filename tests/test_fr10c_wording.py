"""fr10c (issue 8): capitals only on names, frames only from noun phrases, kept questions tidied into English, and
periods read as the writer meant them. Every sentence here is invented, in the shapes people type."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.answers import Answers
from askfoi.framing import capitalise_names, frame_message, keep_words, letter_period, subject_problems, tidy_kept
from askfoi.letter import draft_letter
from askfoi.periods import label_span, stated_periods

TODAY = date(2026, 11, 30)


def _frame(text: str):
    return frame_message(text, today=TODAY)


def _texts(text: str) -> list[str]:
    return [p.text for p in _frame(text).parts]


# --- capitals -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("all emails sent during the period 2nd March 2023 - 1st June 2023", ["1st June", "2nd March"]),  # no word "st"
    ("what did the contractors working on his street do", ["his street"]),  # a possessive: no street's name
    ("how many of the applicants were a UK national or an EU national", ["UK national", "EU national"]),
    ("how many laptops are in the Trust estate for staff", ["Trust estate"]),  # a common word typed with a capital
    ("which operating system is used across the constabulary", ["the constabulary"]),  # a kind of body alone
    ("the amount spent on the provision or commissioning of physiotherapy", ["commissioning"]),  # a verb's -ing form
    ("the number of people who did not pay a fpn for littering", ["FPN"]),  # no vowel: an acronym
])
def test_capitals_go_only_on_names(text, kept):
    out = capitalise_names(text)
    for phrase in kept:
        assert phrase in out, out


def test_names_typed_small_still_get_capitals():
    assert capitalise_names("did essex police reply") == "did Essex Police reply"


@pytest.mark.parametrize("text, small, kept", [
    ("Please give the figures by Urgent vs routine and Cancelled because of staff shortages.",
     ["urgent vs routine", "cancelled because"], []),
    ("All briefings to the minister regarding: bed numbers, Spending on agency staff and Forecasts of waiting times.",
     ["spending on agency", "forecasts of waiting"], []),
    ("Any contracts with Serco, Capita and Mitie for cleaning.", [], ["Serco", "Capita", "Mitie"]),
    ("Any letters from Amazon, Google and Microsoft about data centres.", [], ["Amazon", "Google", "Microsoft"]),
])
def test_the_capitals_of_list_items_run_into_a_sentence_are_written_small(text, small, kept):
    out = tidy_kept(text)
    for phrase in small:
        assert phrase in out
    for name in kept:
        assert name in out


# --- frames only from noun phrases -----------------------------------------------------------------------------

@pytest.mark.parametrize("subject", ["replied", "appointed", "lost", "voted"])
def test_a_subject_of_verbs_alone_is_no_noun_phrase(subject):
    assert "no noun: not a noun phrase" in subject_problems(subject)


@pytest.mark.parametrize("subject", ["CCTV cameras", "patients seen", "stray dogs taken in", "body-worn video",
                                     "empty homes", "fly-tipping"])
def test_a_noun_phrase_passes(subject):
    assert "no noun: not a noun phrase" not in subject_problems(subject)


def test_a_count_of_a_verb_is_kept_whole_rather_than_rendered():
    texts = _texts("When were the consent letters posted? How many were posted? How many replied?")
    assert not any(re.search(r"(?i)number of (?:replied|posted)\b", t) for t in texts)


@pytest.mark.parametrize("text", [
    "How many parking fines were issued in each month of 2024?",
    "1. The number of complaints received by the council in each year since and including 2016?",
])
def test_a_breakdown_unit_takes_its_preposition_with_it(text):
    for part in _texts(text):
        assert not re.search(r"(?i)\b(?:in|during|for)\s*[,.]", part), part


def test_a_word_doubled_when_a_reference_was_written_out_is_written_once():
    assert tidy_kept("How do the bus routes routes compare by area?") == "How do the bus routes compare by area?"
    assert "had had" in tidy_kept("How many residents had had a second visit?")


# --- conditions are not yes/no questions -----------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "If the scheme was not finished on time what were the reasons?",
    "If libraries are being closed then surely the mobile library service will be needed more",
    "If you do not hold a register please send the number of empty homes you know of",
])
def test_a_condition_without_a_comma_is_not_turned_into_please_confirm_whether(question):
    assert not keep_words(question).text.lower().startswith("please confirm whether")


def test_a_yes_no_if_question_is_still_asked_as_please_confirm_whether():
    assert keep_words("if the council holds a register of empty homes").text.startswith("Please confirm whether")


# --- periods -------------------------------------------------------------------------------------------------

def _one(text: str):
    found = stated_periods(text, today=TODAY)
    assert len(found) == 1, found
    return label_span(found[0][0])


def test_since_and_including_a_year_runs_to_the_request_date():
    assert _one("How many FOI requests were refused in each year since and including 2016?") == (date(2016, 1, 1), TODAY)
    assert _one("Fines issued since, and including, 2019, please.") == (date(2019, 1, 1), TODAY)


def test_a_past_year_listed_to_date_is_that_whole_year():
    assert _one("potholes reported by month for the years 2017, 2018 and 2019 to date") == (date(2017, 1, 1), date(2019, 12, 31))
    assert _one("litter fines in 2025 and 2026 to date")[1] == TODAY  # the current year: to the request date


def test_a_due_date_is_no_period():
    assert stated_periods("Please send the evaluation which was due to be published in the first quarter of 2020.",
                          today=TODAY) == []
    assert stated_periods("How many licences were due for renewal in 2023?", today=TODAY)  # the things due: a period


def test_the_day_something_was_done_told_in_a_statement_is_no_period():
    text = "The report that was presented to the Cabinet - Monday 3 March 2014 mentions two surveys."
    assert stated_periods(text, today=TODAY) == []


def test_a_period_only_a_later_question_states_is_not_the_letters():
    questions = ["How many exclusions were there?", "How many were appealed?",
                 "Did the head teacher attend the governors' dinner in March 2019?"]
    assert letter_period(questions, " ".join(questions), today=TODAY) == (None, None)


def test_a_period_the_first_question_states_is_still_the_letters():
    questions = ["How many fines were issued in 2024?", "How many were appealed?", "How many were paid?"]
    label, _ = letter_period(questions, " ".join(questions), today=TODAY)
    assert label_span(label) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_single_day_reads_as_on_that_day_in_a_part():
    texts = _texts("1. How many arrests were made on 6 May 2023? 2. How many officers were on duty?")
    assert any("6 May 2023" in t for t in texts)
    assert not any("for the period 6 May 2023" in t for t in texts)


# --- subject line ----------------------------------------------------------------------------------------------

def test_the_subject_line_is_a_noun_phrase_not_a_preposition_phrase():
    answers = Answers(authority="Brighton and Hove City Council", parts=[
        "Any recorded information showing how much has the council spent on speed cameras",
        "Any recorded information showing who monitors on speed cameras"])
    subject = draft_letter(answers, today=TODAY).subject
    assert not re.search(r":\s*(?:on|of|in|for|about)\b", subject), subject


def test_a_bare_split_year_about_schooling_is_the_academic_year():
    assert _one("How many school exclusions did the council record in 2023/24?") == (date(2023, 9, 1), date(2024, 8, 31))
    assert _one("How much did the council spend on school transport in 2023/24?") == (date(2023, 4, 1), date(2024, 3, 31))
    assert _one("How many potholes were repaired in 2023/24?") == (date(2023, 4, 1), date(2024, 3, 31))


@pytest.mark.parametrize("question, start", [
    ("If none were found please give the number of searches made.", "If none"),
    ("If you keep a register I would be grateful for a copy of it.", "If you keep"),
    ("If recorded, the reasons for each closure.", "If recorded"),
    ("If your trust uses other categories, use those instead.", "If your trust"),
])
def test_a_condition_with_a_main_clause_stays_a_condition(question, start):
    assert keep_words(question).text.startswith(start)


def test_if_you_could_is_a_request():
    text = keep_words("if you could send me the number of pest control call-outs in the last year").text
    assert text.startswith("Please send me")


def test_a_period_in_a_lead_in_covers_the_items_after_it():
    questions = ["Does the council run a tree-planting scheme?",
                 "For each of the last three financial years (2022/23, 2023/24, 2024/25), please provide: the amount "
                 "spent on planting.", "The number of trees planted.", "Which firms were engaged?"]
    label, _ = letter_period(questions, " ".join(questions), today=TODAY)
    assert label_span(label) == (date(2022, 4, 1), date(2025, 3, 31))


def test_each_year_inside_a_noun_keeps_its_preposition():
    assert any("in each year group" in t for t in _texts("How many pupils are in each year group, by gender?"))


def test_the_first_reply_names_a_period_once():
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: TODAY)
    conv.start()
    said = "\n".join(m.text for m in conv.reply(
        "how much did the resurfacing of mill lane in may 2024 cost and how many complaints about potholes "
        "were made in 2023/24").messages)
    for label in re.findall(r"\d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}", said):
        assert f"{label} ({label})" not in said


def test_a_period_noted_as_a_heading_in_a_later_question_stays_the_letters():
    questions = ["How many street lights does the council own?", "How many are LED? For each year from 2015 to 2020.",
                 "How much was spent on repairs?", "The number of lights replaced.", "The number of lights removed."]
    label, _ = letter_period(questions, " ".join(questions), today=TODAY)
    assert label_span(label) == (date(2015, 1, 1), date(2020, 12, 31))


def test_a_part_with_a_preposition_left_before_a_comma_is_kept_whole():
    texts = _texts("1. The number of fly-tipping reports received in your local area, broken down by month for 2023.")
    assert texts and not any(re.search(r"(?i)\b(?:in|for|of|at)\s*,", t) for t in texts)
