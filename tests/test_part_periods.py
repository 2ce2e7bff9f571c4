"""fr13b (issue 8): the period of each part, said once. Short invented messages, one per kind of period: the
period a part states is its own (its frame's qualifier, rendered by the template) or the whole letter's, relative
words are resolved from the letter's date and leave the part's words, and the period step never asks for a period
the message already stated."""
from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.framing import frame_message
from askfoi.letter import draft_letter
from askfoi.answers import Answers
from askfoi.part_periods import drop_period_words, other_reading, period_step, step_choices
from askfoi.periods import find_periods, label_span, parse_period, period_phrase

TODAY = date(2026, 12, 1)  # in the autumn term of the academic year 2026/27, financial year 2026/27


def framed(text: str):
    return frame_message(text, today=TODAY)


def span(label):
    return label_span(label)


def periods_in(words: str) -> list[str]:
    return [w for _, w, _ in find_periods(words, today=TODAY)]


# --- reading the kinds of period people write ----------------------------------------------------------------

@pytest.mark.parametrize("words,start,end", [
    ("last term", date(2026, 4, 1), date(2026, 8, 31)),  # the summer term before this autumn term
    ("this term", date(2026, 9, 1), TODAY),
    ("the last two terms", date(2026, 1, 1), date(2026, 8, 31)),
    ("the autumn term 2025", date(2025, 9, 1), date(2025, 12, 31)),
    ("spring term 2024/25", date(2025, 1, 1), date(2025, 3, 31)),
    ("this academic year", date(2026, 9, 1), TODAY),
    ("the 2023-24 school year", date(2023, 9, 1), date(2024, 8, 31)),
    ("last academic year", date(2025, 9, 1), date(2026, 8, 31)),
    ("since 2019", date(2019, 1, 1), TODAY),
    ("the last 5 years", date(2021, 12, 1), date(2026, 11, 30)),
    ("between March 2021 and June 2022", date(2021, 3, 1), date(2022, 6, 30)),
    ("2020 to date", date(2020, 1, 1), TODAY),
    ("Q1 2024", date(2024, 1, 1), date(2024, 3, 31)),
    ("the financial year 2024/25", date(2024, 4, 1), date(2025, 3, 31)),
])
def test_each_kind_of_period_is_read_as_dates_from_the_letters_date(words, start, end):
    found = parse_period(words, today=TODAY)
    assert found is not None and (found.start, found.end) == (start, end)


@pytest.mark.parametrize("text", ["the terms of the contract", "a long term plan for the park", "in the short term"])
def test_term_as_an_ordinary_word_is_no_period(text):
    assert find_periods(text, today=TODAY) == []


# --- a part's words never hold a period beside the one it is read under --------------------------------------

@pytest.mark.parametrize("message", [
    "how many pupils were excluded from Oakfield Academy last term and how many were permanently excluded",
    "how many complaints did Leeds City Council get about school transport this academic year",
    "How many detentions did Hillside School give in the 2023-24 school year?",
    "how many parking fines did bristol council issue last year and how many were cancelled on appeal",
])
def test_a_part_keeps_no_period_words_beside_the_letters_period(message):
    f = framed(message)
    assert f.period is not None
    for p in f.parts:
        assert periods_in(p.text) == [] or p.qualifiers.period, p.text


def test_last_term_is_the_letters_period_and_leaves_the_words():
    f = framed("how many pupils were excluded from Oakfield Academy last term")
    assert span(f.period) == (date(2026, 4, 1), date(2026, 8, 31))
    assert not any(re.search(r"(?i)\blast term\b", p.text) for p in f.parts)


def test_a_part_with_its_own_period_keeps_it_and_the_others_share_the_letters():
    f = framed("Please tell me how many staff left Kent County Council since 2020, and how many agency staff were "
               "employed last year, and the cost of agency staff last year")
    assert span(f.period) == (date(2025, 1, 1), date(2025, 12, 31))  # what most parts say
    own = [span(p.qualifiers.period) if p.qualifiers.period else None for p in f.parts]
    assert own[0] == (date(2020, 1, 1), TODAY)  # "since 2020" stays with the part that says it
    assert all(o is None for o in own[1:])
    assert not any(re.search(r"(?i)\blast year\b", p.text) for p in f.parts)


def test_parts_that_each_say_a_different_period_keep_them_and_the_letter_says_none():
    f = framed("How many fires were there in Leeds in 2019? How many fires were there in Leeds in 2021?")
    assert f.period is None
    assert [span(p.qualifiers.period) for p in f.parts] == [(date(2019, 1, 1), date(2019, 12, 31)),
                                                             (date(2021, 1, 1), date(2021, 12, 31))]
    assert period_step(f, TODAY).action == "parts"  # nothing is asked: every part has its period


def test_a_period_stated_once_for_all_is_the_letters():
    f = framed("For the last three financial years, please provide: 1. the number of agency staff "
               "2. the amount spent on agency staff")
    assert span(f.period) == (date(2023, 4, 1), date(2026, 3, 31))
    assert not any(p.qualifiers.period for p in f.parts)


def test_a_part_kept_whole_loses_the_periods_words_and_its_preposition():
    assert drop_period_words("How many pupils were excluded from the school last term?", TODAY) == \
        "How many pupils were excluded from the school?"
    kept = drop_period_words("The number of repairs, broken down by month, for the years 2018, 2019 and 2020.", TODAY)
    assert "2018" not in kept and "for the years" not in kept and kept.endswith("month.")
    assert drop_period_words("How many in 2023?", TODAY) == "How many in 2023?"  # nothing would be left to ask


# --- financial and academic years by name ---------------------------------------------------------------------

def test_whole_financial_years_are_said_by_name_with_their_dates():
    assert period_phrase("1 April 2020 to 31 March 2025").startswith("each financial year from 2020/21 to 2024/25")
    assert period_phrase("1 April 2024 to 31 March 2025").startswith("the financial year 2024/25")
    assert period_phrase("1 September 2023 to 31 August 2024").startswith("the academic year 2023/24")
    assert period_phrase("1 January 2025 to 31 December 2025") == "the period 1 January 2025 to 31 December 2025"


def test_a_parts_own_financial_years_are_rendered_on_the_part():
    f = framed("How many staff did Leeds City Council employ in 2024? How much did Leeds City Council spend on "
               "agency staff in each of the last 3 financial years?")
    spend = next(p for p in f.parts if p.kind == "total_spend")
    assert "financial year from 2023/24 to 2025/26" in spend.text
    assert len(re.findall(r"20\d\d/\d\d", spend.text)) == 2  # said once, not beside the person's words


def test_the_letter_says_a_financial_year_by_name():
    answers = Answers(authority="Leeds City Council", parts=["The total amount spent on agency staff."],
                      period="2024/25", requester_name="Jo Bloggs")
    body = draft_letter(answers, today=TODAY).body
    assert "the financial year 2024/25 (1 April 2024 to 31 March 2025)" in body


# --- the period step ----------------------------------------------------------------------------------------

def test_ambiguous_year_words_offer_both_readings_with_the_persons_words_first():
    text = "how much did bristol city council spend on agency staff last year"
    f = framed(text)
    step = period_step(f, TODAY, text=text)
    assert step.action == "propose"
    first, second = step.choices[:2]
    assert first.label == f.period and "last year" in (first.name or "")
    assert (second.start, second.end) == (date(2025, 4, 1), date(2026, 3, 31))  # the last financial year
    assert other_reading("last year", "how many trees were planted", TODAY) is None  # a count: not ambiguous


def test_schooling_offers_academic_years():
    names = [p.name or "" for p in step_choices(TODAY, None, "how many pupils were excluded")]
    assert any("academic" in n for n in names[:2])
    assert not any("financial" in n for n in names)


def test_the_period_step_never_asks_for_a_period_already_stated():
    for text in ("how many pupils were excluded from Oakfield Academy last term",
                 "How many fires were there in Leeds in 2019? How many fires were there in Leeds in 2021?"):
        assert period_step(framed(text), TODAY, text=text).action in ("propose", "parts")
    assert period_step(framed("How many playgrounds does the council maintain?"), TODAY).action == "ask"


def test_ok_at_the_period_step_keeps_each_parts_own_period():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply("How many noise complaints did Leeds City Council receive in 2022? How many abatement notices did "
               "Leeds City Council serve between April 2023 and March 2024?")
    while conv.session.step not in (Step.period, Step.done):
        conv.reply("ok")
    assert conv.session.step == Step.period
    said = "\n".join(m.text for m in conv.reply("ok").messages)
    assert conv.session.step != Step.period and conv.session.period is None, said


def test_a_number_picks_the_other_reading_offered():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply("how much money did Bristol City Council make from parking fines last year")
    while conv.session.step not in (Step.period, Step.done):
        conv.reply("ok")
    assert conv.session.step == Step.period
    conv.reply("2")
    assert span(conv.session.period) == (date(2025, 4, 1), date(2026, 3, 31))


def test_a_period_only_one_part_states_is_kept_and_not_asked_for_again():
    text = "Do you use drones at crime scenes? How many times have they been used in the last two years?"
    f = framed(text)
    step = period_step(f, TODAY, text=text)
    if f.period is None:
        assert step.action == "parts" and not step.every and len(step.own) == 1
    else:
        assert step.action == "propose"


def test_a_bare_year_of_spending_offers_the_financial_year_too():
    other = other_reading("2024", "how much did the council spend on consultants in 2024", TODAY)
    assert other is not None and (other.start, other.end) == (date(2024, 4, 1), date(2025, 3, 31))
    assert other_reading("2024", "how many potholes were filled in 2024", TODAY) is None


# --- the period step in the app, at 80x24 ---------------------------------------------------------------------

async def test_the_period_step_in_the_app_offers_the_persons_words_first_and_keeps_parts_own_periods(tmp_path):
    from textual.widgets import Input

    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.chat import Bubble

    async def say(pilot, text):
        pilot.app.query_one("#prompt", Input).value = text
        await pilot.press("enter")
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await say(pilot, "how much did Bristol City Council spend on agency staff last year")
        while app.conversation.session.step not in (Step.period, Step.done):
            await say(pilot, "ok")
        assert app.conversation.session.step == Step.period
        said = "\n".join(str(b.render()) for b in app.query(Bubble) if b.message.role == "bot")
        assert 'Your words, "last year"' in said and "Last financial year" in said
        await say(pilot, "2")  # the other reading: the last financial year
        assert span(app.conversation.session.period) == (date(2025, 4, 1), date(2026, 3, 31))


@pytest.mark.parametrize("words", [
    "What is the 2024/25 assumption for the number of residential placements?",  # the date qualifies a noun
    "For each financial year 2019-2024 how many tribunal appeals were registered?",  # a breakdown by year
])
def test_a_date_that_qualifies_a_word_or_a_breakdown_stays_in_the_words(words):
    assert drop_period_words(words, TODAY) == words


def test_no_list_heading_or_double_comma_is_left_behind():
    assert drop_period_words("Please provide the figures for the following calendar years: 2023 and 2022.", TODAY) \
        == "Please provide the figures."
    assert ",," not in drop_period_words("All briefings sent to the minister, from 8 February 2024 to present, "
                                         "regarding: A&E performance.", TODAY)


@pytest.mark.parametrize("words", [
    "In relation to FOI/2021/15, released on July 9, I would like the correspondence.",  # a day follows the month
    "Did you meet the chief executive in or around February 2012 and discuss the estate?",  # an approximate date
    "In the last ten full years (since 2012 - January to January) have any groups written to you?",  # a bracket
])
def test_words_that_would_break_keep_their_dates(words):
    assert drop_period_words(words, TODAY) == words
