"""Reply deadlines counted as the law counts them (see /work/shared/domain.md), and `askfoi deadline`."""

from __future__ import annotations

import json
from datetime import date

import pytest

from askfoi.cli import main
from askfoi.deadlines import add_months, deadline, due_date, is_working_day
from askfoi.models import Regime

FOIA, FOISA, EIR, SAR = Regime.FOIA, Regime.FOISA, Regime.EIR, Regime.SAR


def test_domain_example_scottish_summer_holiday_delays_an_english_request():
    # domain.md: received Mon 19 July 2021, due Tue 17 August 2021 (Scottish bank holiday 2 Aug 2021).
    assert due_date(date(2021, 7, 19), FOIA) == date(2021, 8, 17)
    assert not is_working_day(date(2021, 8, 2))


def test_day_one_is_the_first_working_day_after_receipt():
    # Received on a Saturday: day 1 is Monday 19 July, so one working day earlier than a Monday receipt.
    assert due_date(date(2021, 7, 17), FOIA) == date(2021, 8, 16)
    assert due_date(date(2021, 7, 18), FOIA) == due_date(date(2021, 7, 17), FOIA)


def test_easter_monday_counts_for_foia_but_not_for_foisa():
    # Good Friday 29 Mar 2024 is off everywhere; Easter Monday 1 Apr is not a Scottish bank holiday.
    assert due_date(date(2024, 3, 25), FOIA) == date(2024, 4, 24)
    assert due_date(date(2024, 3, 25), FOISA) == date(2024, 4, 23)


def test_christmas_new_year_and_scottish_2_january_substitute():
    # 25 Dec, 28 Dec (Boxing Day substitute), 1 Jan and 4 Jan 2021 (Scotland's 2 Jan substitute) are off.
    assert not is_working_day(date(2021, 1, 4))
    assert due_date(date(2020, 12, 21), FOIA) == date(2021, 1, 22)
    assert due_date(date(2020, 12, 21), FOISA) == date(2021, 1, 22)


def test_christmas_and_boxing_day_both_on_a_weekend_give_two_substitute_days():
    # 25/26 Dec 2021 fall on Sat/Sun: 27 and 28 Dec are off; 3 Jan (E&W) and 4 Jan (Scotland) too.
    for day in (date(2021, 12, 27), date(2021, 12, 28), date(2022, 1, 3), date(2022, 1, 4)):
        assert not is_working_day(day), day
    assert due_date(date(2021, 12, 20), FOIA) == date(2022, 1, 21)


def test_st_andrews_day_substitute_is_off_for_every_uk_regime():
    # 30 Nov 2025 is a Sunday, so Monday 1 Dec 2025 is Scotland's holiday; FOIA counts it too.
    assert not is_working_day(date(2025, 12, 1), scotland=True)
    assert not is_working_day(date(2025, 12, 1))
    assert due_date(date(2025, 11, 28), FOISA) == date(2025, 12, 31)
    assert due_date(date(2025, 11, 28), FOIA) == date(2025, 12, 31)


def test_st_patricks_day_is_off_for_foia_only():
    # Thursday 17 March 2022: a Northern Irish bank holiday, not a Scottish one.
    assert due_date(date(2022, 3, 16), FOIA) == date(2022, 4, 14)
    assert due_date(date(2022, 3, 16), FOISA) == date(2022, 4, 13)


def test_battle_of_the_boyne_and_scottish_august_holiday():
    # 12 July 2022 (NI) is off for FOIA only; 1 Aug 2022 (Scotland) is off for both.
    assert due_date(date(2022, 7, 11), FOIA) == date(2022, 8, 10)
    assert due_date(date(2022, 7, 11), FOISA) == date(2022, 8, 9)


def test_eir_counts_like_foia_and_scottish_eir_like_foisa():
    assert due_date(date(2024, 3, 25), EIR) == due_date(date(2024, 3, 25), FOIA)
    assert due_date(date(2024, 3, 25), EIR, scotland=True) == due_date(date(2024, 3, 25), FOISA)


@pytest.mark.parametrize(
    "received, due",
    [
        (date(2024, 1, 31), date(2024, 2, 29)),  # leap year: last day of February
        (date(2023, 1, 31), date(2023, 2, 28)),
        (date(2024, 3, 31), date(2024, 4, 30)),
        (date(2024, 3, 15), date(2024, 4, 15)),  # the corresponding date, weekends included
        (date(2024, 12, 15), date(2025, 1, 15)),
    ],
)
def test_subject_access_request_is_one_calendar_month(received, due):
    assert due_date(received, SAR) == due
    result = deadline(received, SAR)
    assert result.working_days is None and result.review_request_by is None


@pytest.mark.parametrize(
    "received, due",
    [
        (date(2024, 2, 10), date(2024, 3, 11)),  # 10 March 2024 is a Sunday
        (date(2024, 4, 27), date(2024, 5, 28)),  # 27 May 2024 is the spring bank holiday
    ],
)
def test_subject_access_month_ending_on_a_non_working_day_runs_to_the_next_working_day(received, due):
    assert due_date(received, SAR) == due
    assert "next working day" in deadline(received, SAR).explanation


def test_sar_extension_is_two_more_months():
    assert deadline(date(2024, 1, 31), SAR).extended_due == add_months(date(2024, 1, 31), 3) == date(2024, 4, 30)


def test_review_windows_differ_between_foia_and_eir():
    foia, eir = deadline(date(2021, 7, 19), FOIA), deadline(date(2021, 7, 19), EIR)
    # Ask within 40 working days of the reply (taken as arriving on its due date).
    assert foia.review_request_by == eir.review_request_by == date(2021, 10, 13)
    assert foia.review_reply_due == date(2021, 11, 10)  # 20 working days
    assert eir.review_reply_due == date(2021, 12, 9)  # 40 working days (reg 11)
    assert eir.extended_due == date(2021, 9, 15)  # reg 7: 40 working days from receipt
    assert foia.extended_due is None
    assert "regulation 7" in eir.explanation and "regulation 7" not in foia.explanation


def test_explanation_is_plain_english():
    text = deadline(date(2021, 7, 19), FOIA).explanation
    assert text.startswith(
        "Reply due by Tuesday 17 August 2021 (20 working days after Monday 19 July 2021, "
        "not counting weekends and bank holidays anywhere in the UK)"
    )
    assert "Scottish bank holidays" in deadline(date(2021, 7, 19), FOISA).explanation
    assert "Scottish Information Commissioner" in deadline(date(2021, 7, 19), FOISA).explanation


def test_cli_prints_the_due_date(capsys):
    assert main(["deadline", "2021-07-19"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Reply due by Tuesday 17 August 2021 (20 working days after Monday 19 July 2021")


def test_cli_reads_uk_dates_and_regime(capsys):
    assert main(["deadline", "16/03/2022", "--regime", "foisa", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["regime"] == "FOISA" and data["received"] == "2022-03-16" and data["due"] == "2022-04-13"


def test_cli_today(capsys):
    assert main(["deadline", "today", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["received"] == date.today().isoformat()
    assert data["due"] == due_date(date.today()).isoformat()


@pytest.mark.parametrize("bad", ["2021-02-30", "31/31/2021", "next tuesday", "", "2021-07-19T10:00", "0001-01-01"])
def test_cli_bad_date_is_one_clear_line(bad, capsys):
    assert main(["deadline", bad]) == 2
    err = capsys.readouterr().err
    assert err.startswith("askfoi: ") and err.count("\n") == 1 and "Traceback" not in err


def test_sar_counts_only_the_organisations_own_holidays():
    # One month after Friday 30 October 2026 is Monday 30 November: St Andrew's Day, a holiday only in Scotland.
    assert due_date(date(2026, 10, 30), SAR) == date(2026, 11, 30)
    assert due_date(date(2026, 10, 30), SAR, scotland=True) == date(2026, 12, 1)
    # 12 July 2027 (a Monday) is a holiday only in Northern Ireland.
    assert due_date(date(2027, 6, 12), SAR) == date(2027, 7, 12)
    assert due_date(date(2027, 6, 12), SAR, northern_ireland=True) == date(2027, 7, 13)


def test_sar_extension_ending_on_a_weekend_runs_to_the_next_working_day():
    # Three months after 30 October 2026 is Saturday 30 January 2027.
    assert deadline(date(2026, 10, 30), SAR).extended_due == date(2027, 2, 1)
