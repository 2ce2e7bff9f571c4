"""sp63: askfoi.periods keeps each text's date reading per process (the framing reads the same texts' dates many times).
A kept reading must be the reading: the same whatever was read before, never changed by what a caller does to its copy,
and read again when what it depends on besides the text (the body's year, the story told) is not the same."""

from __future__ import annotations

from datetime import date

from askfoi import periods
from askfoi.periods import body_year, body_year_of, find_periods, forget_periods, scan_dates, told

TODAY = date(2026, 12, 1)


def test_a_kept_reading_equals_a_fresh_one():
    texts = ["how many fines were issued between 2019 and 2023", "spend on agency staff in each of the last 3 years",
             "since christmas day 2024 how many complaints", "the equality act 2010 and the budget for 2024/25"]
    for text in texts:
        forget_periods()
        first = [m.model_dump() for m in scan_dates(text, TODAY)]
        again = [m.model_dump() for m in scan_dates(text, TODAY)]
        assert first == again == [m.model_dump() for m in scan_dates.unkept(text, TODAY)]
        assert find_periods(text, TODAY) == find_periods.unkept(text, TODAY)


def test_a_callers_copy_never_changes_the_kept_reading():
    forget_periods()
    text = "how many fines were issued between 2019 and 2023"
    got = scan_dates(text, TODAY)
    got[0].label = "changed"
    got.clear()
    again = scan_dates(text, TODAY)
    assert again and again[0].label != "changed"
    spans = find_periods(text, TODAY)
    spans.append(("x", "x", (0, 1)))
    assert ("x", "x", (0, 1)) not in find_periods(text, TODAY)


def test_the_bodys_year_is_part_of_the_reading():
    forget_periods()
    text = "how many students complained in 2024/25"
    plain = find_periods(text, TODAY)
    university = body_year_of("Cardiff University", "education")
    assert university is not None
    with body_year(university):
        theirs = find_periods(text, TODAY)
        assert theirs == find_periods.unkept(text, TODAY)
    assert theirs != plain  # 1 August to 31 July, not April to March
    assert find_periods(text, TODAY) == plain


def test_the_story_told_is_part_of_the_reading():
    forget_periods()
    question = "how many kids were excluded in 2023/24"
    alone = scan_dates(question, TODAY)
    with told("my son goes to an academy in leeds and they excluded him. " + question):
        with_story = scan_dates(question, TODAY)
        assert [m.model_dump() for m in with_story] == [m.model_dump() for m in scan_dates.unkept(question, TODAY)]
    assert [m.model_dump() for m in scan_dates(question, TODAY)] == [m.model_dump() for m in alone]


def test_the_kept_readings_are_bounded():
    forget_periods()
    for n in range(periods._READ_MOST + 10):
        find_periods(f"in {2000 + n % 20} item {n}", TODAY)
    assert len(periods._READ) <= periods._READ_MOST
