"""Finding the period a request states, in the text people really write (issue 8, "any period it states").

Each form a date takes in an English request is read to its exact days; dates that are not periods of what
is asked (the year in a law's name, the date of a letter or of an event in the person's story, a count, a
reference number) are left out; a span never cuts a date in two; each question keeps its own period.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from askfoi.framing import find_periods as framing_find_periods
from askfoi.framing import frame_message
from askfoi.periods import find_periods, parse_period, scan_dates

TODAY = date(2026, 11, 21)
DATA = Path(__file__).parent / "data"


def first(text: str, today: date = TODAY) -> tuple[date, date] | None:
    found = [m for m in scan_dates(text, today) if m.role == "period"]
    return (found[0].start, found[0].end) if found else None


def test_framing_keeps_find_periods_importable_and_it_is_the_same_function():
    assert framing_find_periods is find_periods


@pytest.mark.parametrize("text, start, end", [
    # one day, in every way it is written
    ("on 15 March 2024", date(2024, 3, 15), date(2024, 3, 15)),
    ("on the 3rd of June 2022", date(2022, 6, 3), date(2022, 6, 3)),
    ("on 9 Feb. 2020", date(2020, 2, 9), date(2020, 2, 9)),
    ("on March 15, 2024", date(2024, 3, 15), date(2024, 3, 15)),
    ("on 15/03/2024", date(2024, 3, 15), date(2024, 3, 15)),
    ("on 3.6.2022", date(2022, 6, 3), date(2022, 6, 3)),
    ("on 2023-04-01", date(2023, 4, 1), date(2023, 4, 1)),
    # a month, a year, a quarter, a decade
    ("in Sept 2023", date(2023, 9, 1), date(2023, 9, 30)),
    ("in 03/2024", date(2024, 3, 1), date(2024, 3, 31)),
    ("in calendar year 2022", date(2022, 1, 1), date(2022, 12, 31)),
    ("in Q1 2023", date(2023, 1, 1), date(2023, 3, 31)),
    ("in Q3 2017/18", date(2017, 10, 1), date(2017, 12, 31)),
    ("in the 1990s", date(1990, 1, 1), date(1999, 12, 31)),
])
def test_a_single_day_month_year_or_quarter_is_read_exactly(text, start, end):
    assert first(f"How many complaints were received {text}?") == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("2019/20", date(2019, 4, 1), date(2020, 3, 31)),
    ("2019-20", date(2019, 4, 1), date(2020, 3, 31)),
    ("FY 2019/2020", date(2019, 4, 1), date(2020, 3, 31)),
    ("FY2021/22", date(2021, 4, 1), date(2022, 3, 31)),
    ("the 2020/21 academic year", date(2020, 9, 1), date(2021, 8, 31)),
    ("tax year 2023/24", date(2023, 4, 6), date(2024, 4, 5)),
    ("the financial years 2017/18, 2018/19 and 2019/20", date(2017, 4, 1), date(2020, 3, 31)),
    ("2020/21-2024/25", date(2020, 4, 1), date(2025, 3, 31)),
    ("the year ending 31 March 2020", date(2019, 4, 1), date(2020, 3, 31)),
    ("April 2018 to March 2021", date(2018, 4, 1), date(2021, 3, 31)),
    ("the last three financial years", date(2023, 4, 1), date(2026, 3, 31)),
    ("FY19/20", date(2019, 4, 1), date(2020, 3, 31)),
    ("FY 21/22 and FY 22/23", date(2021, 4, 1), date(2023, 3, 31)),
    ("the year 2019/20", date(2019, 4, 1), date(2020, 3, 31)),
    ("the financial year to date", date(2026, 4, 1), TODAY),
])
def test_financial_and_academic_years_in_their_many_forms(text, start, end):
    assert first(f"Please provide the total spent on agency staff for {text}.") == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("between 1 jan 2015 and 31 dec 2015", date(2015, 1, 1), date(2015, 12, 31)),
    ("from 1st April 2018 until 31st March 2021", date(2018, 4, 1), date(2021, 3, 31)),
    ("1 Jan to 31 Mar 2024", date(2024, 1, 1), date(2024, 3, 31)),
    ("1 September 2024 \u2013 31 August 2025", date(2024, 9, 1), date(2025, 8, 31)),
    ("Feb-Sep 2024", date(2024, 2, 1), date(2024, 9, 30)),
    ("November to February 2024", date(2023, 11, 1), date(2024, 2, 29)),
    ("2017 through 2019", date(2017, 1, 1), date(2019, 12, 31)),
    ("2018-22", date(2018, 1, 1), date(2022, 12, 31)),
    ("Nov & Dec 2018", date(2018, 11, 1), date(2018, 12, 31)),
    ("2018, 2019 and 2020", date(2018, 1, 1), date(2020, 12, 31)),
])
def test_a_range_is_never_shrunk_to_its_first_year_or_month(text, start, end):
    assert first(f"Please send me the minutes of meetings held {text}.") == (start, end)


@pytest.mark.parametrize("text, start", [
    ("since 2017", date(2017, 1, 1)),
    ("since 1 April 2019", date(2019, 4, 1)),
    ("from April 2018 onwards", date(2018, 4, 1)),
    ("from 2015/16 onwards", date(2015, 4, 1)),
    ("2010 to date", date(2010, 1, 1)),
    ("from 2016-present", date(2016, 1, 1)),
    ("between 2010 and the present day", date(2010, 1, 1)),
    ("the current year", date(2026, 1, 1)),
    ("this financial year", date(2026, 4, 1)),
])
def test_an_open_ended_period_runs_to_today(text, start):
    assert first(f"How many fines were issued {text}?") == (start, TODAY)


@pytest.mark.parametrize("text, start, end", [
    ("in the last 12 months", date(2025, 11, 1), date(2026, 10, 31)),
    ("in each of the last 5 years", date(2021, 11, 1), date(2026, 10, 31)),
    ("in the last two calendar years", date(2024, 1, 1), date(2025, 12, 31)),
    ("in the last quarter", date(2026, 7, 1), date(2026, 9, 30)),
    ("in the 12 months to 31 October 2026", date(2025, 11, 1), date(2026, 10, 31)),
    ("last year", date(2025, 1, 1), date(2025, 12, 31)),
])
def test_relative_periods_count_whole_months_quarters_and_years(text, start, end):
    assert first(f"How many potholes were repaired {text}?") == (start, end)


@pytest.mark.parametrize("law", [
    "Freedom of Information Act 2000", "Freedom of Information (Scotland) Act 2002", "Data Protection Act 2018",
    "Environmental Information Regulations 2004", "Equality Act 2010", "FOIA 2000",
])
def test_the_year_in_a_laws_name_is_never_the_period(law):
    text = f"Under the {law}, please provide your policy on CCTV."
    assert find_periods(text, today=TODAY) == []
    assert [m.role for m in scan_dates(text, TODAY)] == ["name"]
    # ...and the request's own period is found beside it
    assert first(f"Under the {law}, please provide the number of complaints received in 2023.") == (
        date(2023, 1, 1), date(2023, 12, 31))


@pytest.mark.parametrize("text", [
    "Please provide the report into the 2016 Notting Hill Carnival trial.",
    "Please provide the documents you referred to in your letter dated 5 May 2024.",
    "In my request of 1 June 2024 I asked for the contract. Please provide the contract with Capita.",
    "I wrote to the council on 14 February 2025 and got no reply. Please provide your complaints policy.",
    'You wrote: "We closed the case on 1 March 2024 after reviewing all of the evidence we hold on it." Please provide your policy.',
    "Please tell me why over 2000 people were turned away from the clinic.",
    "Please provide the information withheld after decision 166/2018.",
    "What is the policy on pre-1980 adoptions?",
    "Please provide the papers cited in Titheradge v IC [2023] UKFTT 446 (GRC).",
    "Please provide the file for SFO Reference 2009-98 about the collapse.",
    "Please provide the report NFRS 2024 03 on staffing.",
    "How many officers failed vetting (77-2023)?",
])
def test_dates_of_events_letters_counts_and_references_are_not_periods(text):
    assert find_periods(text, today=TODAY) == []


def test_a_story_date_before_the_question_does_not_become_the_period():
    text = ("On 3 March 2024 my son was excluded and nobody told us why. "
            "How many pupils were permanently excluded in 2022/23?")
    # (fr10c: pupils' exclusions are counted by academic year)
    assert [label for label, _, _ in find_periods(text, today=TODAY)] == ["1 September 2022 to 31 August 2023"]


def test_the_span_covers_the_whole_date_so_no_part_of_it_is_left_in_the_text():
    text = "How many fines were issued between 1 jan 2015 and 31 dec 2015 by the council?"
    (label, written, (a, b)), = find_periods(text, today=TODAY)
    assert written == "between 1 jan 2015 and 31 dec 2015"
    rest = text[:a] + text[b:]
    assert not any(ch.isdigit() for ch in rest)


def test_one_day_stays_one_day():
    (label, _, _), = find_periods("Body-worn footage from the stop on 15 March 2024, please.", today=TODAY)
    assert label == "15 March 2024"


def test_several_questions_each_keep_their_own_period():
    framing = frame_message(
        "How many noise complaints did Leeds City Council receive in 2022? "
        "How many abatement notices did Leeds City Council serve between April 2023 and March 2024?",
        today=TODAY)
    # fr7b: the letter states the span that covers both; each part keeps the period it states
    assert framing.period == "1 January 2022 to 31 March 2024"
    own = [p.qualifiers.period for p in framing.parts]
    assert own == ["1 January 2022 to 31 December 2022", "1 April 2023 to 31 March 2024"]


def test_the_letters_period_is_the_request_period_not_the_acts_year():
    framing = frame_message(
        "Under the Freedom of Information Act 2000, how many parking fines did Leeds City Council issue "
        "since 2017?", today=TODAY)
    assert framing.period == f"1 January 2017 to {TODAY.day} November 2026"
    assert "2000" not in (framing.period_text or "")


def test_parse_period_reads_what_the_date_grammar_reads_when_typed_alone():
    assert parse_period("FY 2019/2020", today=TODAY).label == "1 April 2019 to 31 March 2020"
    assert parse_period("Q1 2023", today=TODAY).label == "1 January 2023 to 31 March 2023"
    assert parse_period("the financial years 2017/18, 2018/19 and 2019/20", today=TODAY).label == \
        "1 April 2017 to 31 March 2020"
    assert parse_period("the 2016 carnival", today=TODAY) is None
    assert parse_period("calendar year 2023/24", today=TODAY) is None


def test_periods_in_the_future_are_not_proposed():
    assert find_periods("How many fines will be issued in 2030?", today=TODAY) == []


def test_the_phrase_corpus_has_many_forms_and_each_is_read_exactly():
    rows = [json.loads(line) for line in (DATA / "periods.jsonl").read_text(encoding="utf-8").splitlines()]
    today = date.fromisoformat(rows[0]["today"])
    phrases = [r for r in rows[1:] if r["phrase"]]
    assert len(phrases) >= 150
    assert len({r["form"] for r in phrases}) >= 15
    wrong = []
    for r in phrases:
        found = [m for m in scan_dates(r["phrase"], today) if m.role == "period"]
        got = (found[0].start.isoformat(), found[0].end.isoformat()) if found else None
        if got != (r["start"], r["end"]):
            wrong.append((r["phrase"], got))
    assert wrong == []


def test_the_end_or_start_of_a_month_or_year_is_one_day_and_can_end_a_range():
    assert first("How many vehicles did the force own at the end of 2019?") == (date(2019, 12, 31), date(2019, 12, 31))
    assert first("Spend on interpreters from 2020 to the end of March 2024, please.") == (
        date(2020, 1, 1), date(2024, 3, 31))
    assert first("How many claims since the start of 2020?") == (date(2020, 1, 1), TODAY)


def test_the_date_a_letter_or_email_was_written_is_not_the_period():
    letter = "12 March 2024\n\nDear Sir or Madam,\nPlease provide the figures for 2023.\nYours faithfully"
    assert [label for label, _, _ in find_periods(letter, today=TODAY)] == ["1 January 2023 to 31 December 2023"]
    email = "Sent: Tuesday, 12 March 2024 10:32\nSubject: FOI\nPlease provide the figures for 2023."
    assert [label for label, _, _ in find_periods(email, today=TODAY)] == ["1 January 2023 to 31 December 2023"]
    # a day asked about on a line of its own is still the period
    assert first("Please provide the control room logs for:\n15 March 2024") == (date(2024, 3, 15), date(2024, 3, 15))


def test_a_laws_year_does_not_stand_in_for_a_missing_period_in_askfoi_check():
    from askfoi.checks import check_request

    codes = lambda text: {f.code for f in check_request(text).findings}  # noqa: E731
    assert "no-time-period" in codes("Under the Freedom of Information Act 2000, please provide your CCTV policy.")
    assert "no-time-period" not in codes("Under the Freedom of Information Act 2000, please provide the number "
                                         "of CCTV cameras you operated in 2023.")


@pytest.mark.parametrize("text, start, end", [
    ("How many 999 calls were made 1-8 November?", date(2025, 11, 1), date(2025, 11, 8)),
    ("How many fires were there on 5 November?", date(2025, 11, 5), date(2025, 11, 5)),
    ("How many parking fines were issued in December?", date(2025, 12, 1), date(2025, 12, 31)),
    ("How many parking fines were issued between January and March?", date(2026, 1, 1), date(2026, 3, 31)),
    ("How many were issued from November to February?", date(2025, 11, 1), date(2026, 2, 28)),
    ("How many calls between 1 and 8 November 2023?", date(2023, 11, 1), date(2023, 11, 8)),
])
def test_dates_without_a_year_are_the_most_recent_ones_that_have_begun(text, start, end):
    assert first(text, today=date(2026, 6, 1)) == (start, end)


def test_numbers_that_are_not_days_make_no_yearless_period():
    for text in ("Please send pages 3-5 of the report.", "Between 10 and 20 people complained.",
                 "Officers may be asked to attend."):
        assert find_periods(text, today=TODAY) == []


def test_a_month_with_a_two_digit_year_written_tight_or_after_an_apostrophe():
    assert first("Agency spend from Apr-23 to Mar-24, please.") == (date(2023, 4, 1), date(2024, 3, 31))
    assert first("How many complaints in Apr '23?") == (date(2023, 4, 1), date(2023, 4, 30))


def test_a_season_is_its_three_months():
    assert first("How many beach rescues in summer 2023?") == (date(2023, 6, 1), date(2023, 8, 31))
    assert first("Gritting done in winter 2022/23, please.") == (date(2022, 12, 1), date(2023, 2, 28))


def test_a_typed_period_means_what_the_same_words_mean_in_a_message():
    for words in ("the past year", "last year", "the last three financial years", "since 2017", "Q1 2023"):
        typed = parse_period(words, today=TODAY)
        (label, _, _), = find_periods(f"How many fines were issued in {words}?".replace("in since", "since"),
                                      today=TODAY)
        assert typed is not None and typed.label == label, words
