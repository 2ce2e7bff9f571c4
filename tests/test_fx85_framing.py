"""fx85 (issue 8): framing real first messages - classes seen in fx82's set (tuning from session 57), tried on
messages in other words: a nation abroad that shares its name with an English village is no place of a body, a
courtesy word set off by a comma before an exclusion, "(year to date)" after a past year, a body named only as the
author of a set of categories, and a sentence that only says what to do with the rest of the data."""

from datetime import date

from askfoi.framing import frame_message
from askfoi.periods import scan_dates

TODAY = date(2026, 12, 5)


def _frame(text):
    return frame_message(text, today=TODAY)


def test_a_nation_abroad_is_no_place_that_chooses_a_body():
    for text in ("How many people were arrested at the Palestine march last summer?",
                 "how many officers were hurt at palestine demonstrations this year",
                 "How many complaints did you get about flights to Gibraltar in 2023?"):
        fr = _frame(text)
        assert fr.authority is None, (text, fr.authority)
        assert not any(getattr(f, "code", "") == "body-inferred" for f in fr.findings), text


def test_an_exclusion_opened_by_please_and_a_comma_is_a_note_not_a_part():
    for text in ("Dear Leeds City Council,\n1. How many potholes were reported in 2023?\n2. How many were repaired?\n"
                 "Please, exclude any potholes on private roads.",
                 "Dear Bristol City Council, how many parking fines did you issue in 2022? Also, please do not include "
                 "fines that were later cancelled."):
        fr = _frame(text)
        assert not any("exclude" in p.text.lower() or "do not include" in p.text.lower() for p in fr.parts), \
            [p.text for p in fr.parts]
        assert not any("exclude" in q.lower() or "do not include" in q.lower() for q in fr.questions), fr.questions


def test_year_to_date_after_a_past_year_ends_with_that_year():
    for text in ("How many times was the ward closed in 2010 through to 2018 (Year to Date) inclusive?",
                 "the number of fly-tipping reports from 2015 to 2019 (YTD)",
                 "figures for 2016-2020 (year to date) please"):
        ends = [m.end for m in scan_dates(text, TODAY)]
        assert ends and max(ends).year < 2021, (text, ends)
    # guard (passes on main too): this year "(year to date)" still runs to today
    ends = [m.end for m in scan_dates("closures in 2026 (year to date)", TODAY)]
    assert TODAY in ends


def test_a_body_named_only_as_the_author_of_categories_is_not_the_body_asked():
    for text in ("1/ The number of crimes recorded for each of the Home Office crime categories in 2022 and 2023.",
                 "Please give the number of arrests in 2023, broken down by the Home Office offence groups.",
                 "How many stop and searches were carried out in 2024, broken down by Home Office outcome types?"):
        fr = _frame(text)
        assert fr.authority is None or "home office" not in fr.authority.name.lower(), (text, fr.authority)


def test_a_sentence_that_only_says_what_to_do_with_the_rest_is_no_part():
    for text in ("Dear Essex Police,\n1. How many speeding fines were issued in 2023?\n2. How many were paid?\n"
                 "Please state clearly if you do not hold the 2023 figures but provide the rest of the data.",
                 "Dear Kent County Council, please send me the number of school exclusions in 2022. If any of this is "
                 "exempt, please disclose the remainder."):
        fr = _frame(text)
        assert not any("rest of the data" in p.text or "remainder" in p.text for p in fr.parts), \
            [p.text for p in fr.parts]
        assert not any("rest of the data" in q or "remainder" in q for q in fr.questions), fr.questions
