"""Framing keeps what each question asks (issue 8, branch fr6): breakdowns, filters, particles, its own
period, and what a reference points back to; a part is rendered only when its words read as English.
Behaviour, not wording: every sentence here is written for these tests (none is from a corpus)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.framing import Frame, frame_message, part_problems, review_parts, text_problems

TODAY = date(2026, 6, 1)
DANGLING = re.compile(r"(?i)\b(?:each|every|per|of\s+(?:that|this|them|those|it))\s*(?:[,.?]|$)")


def framed(text: str):
    return frame_message(text, today=TODAY)


@pytest.mark.parametrize("text", [
    "how much did the council spend on road gritting each year 2018 to 2022",
    "how many benches were vandalised in the borough every month in 2025",
    "what did the fire service spend on breathing apparatus each year since 2019, and how much of that was on repairs",
    "how much has the trust spent on locum doctors, and how much of it on locums from one agency",
])
def test_no_part_ends_with_each_or_of_that_and_every_part_reads_as_english(text):
    f = framed(text)
    assert f.parts
    for p in f.parts:
        assert not DANGLING.search(p.text), p.text
        assert not part_problems(p, f.authority.name if f.authority else None), p.text


@pytest.mark.parametrize("text, unit", [
    ("how much did the council spend on road gritting each year 2018 to 2022", "year"),
    ("how many benches were vandalised in the borough every month in 2025", "month"),
    ("how many pupils were home educated in each of the last four academic years", "academic year"),
    ("how many speed cameras caught drivers, broken down by ward", "ward"),
])
def test_a_breakdown_asked_for_is_in_the_qualifiers_or_the_words_kept(text, unit):
    f = framed(text)
    assert any(unit in (p.qualifiers.breakdown or "") or (p.kept_words and unit.split()[-1] in p.text.lower())
               for p in f.parts)


@pytest.mark.parametrize("text", [
    "how much did the council spend on the new skate park",
    "how much income did the museum make from its cafe in 2024",
    "what was the cost of the mayor's trip to japan",
])
def test_no_breakdown_is_invented(text):
    for p in framed(text).parts:
        assert not p.qualifiers.breakdown and "broken down" not in p.text


def test_how_much_of_that_narrows_the_earlier_sum_and_keeps_its_breakdown():
    f = framed("how much did the trust spend on agency nurses each year from 2021 to 2024, "
               "and how much of that went to a single agency")
    assert len(f.parts) == 2
    second = f.parts[1]
    assert second.kind == "total_spend" and not second.kept_words
    assert "agency nurses" in second.text and "single agency" in second.text and "of that" not in second.text
    assert second.qualifiers.breakdown == "year"


def test_and_how_much_on_x_is_rebuilt_from_the_question_before():
    f = framed("how much did the council spend on legal advice in 2023, and how much on external consultants")
    assert len(f.parts) == 2 and f.parts[1].kind == f.parts[0].kind == "total_spend"
    assert "external consultants" in f.parts[1].text and "legal advice" not in f.parts[1].text


@pytest.mark.parametrize("text, antecedent", [
    ("how many speed awareness courses did the force run in 2023, and what was the pass rate of these courses",
     "speed awareness"),
    ("how many asbestos surveys were done in council schools in 2024 and where were they carried out", "asbestos"),
    ("how many food hygiene inspections did the council do in 2024, and how many of them found rats", "inspections"),
])
def test_a_reference_back_is_written_out_or_kept_with_what_it_points_to(text, antecedent):
    for p in framed(text).parts:
        if re.search(r"(?i)\b(?:these|those|they|them|of\s+that)\b", p.text):
            assert antecedent in p.text.lower(), p.text


@pytest.mark.parametrize("text, particle", [
    ("how many abandoned bikes were cleared away by the council in 2024", "away"),
    ("how many council flats were boarded up in 2025", "up"),
    ("how many stray cats were taken in by the animal warden", "in"),
])
def test_a_verbs_particle_is_never_lost(text, particle):
    parts = framed(text).parts
    assert parts and all(re.search(rf"\b{particle}\b", p.text) for p in parts)


def test_sibling_counts_share_the_first_count_and_never_stack_relative_clauses():
    f = framed("how many injured swans were brought in to the sanctuary? how many were released? how many died?")
    assert len(f.parts) == 3
    for p in f.parts:
        assert not text_problems(p.text, p.source), p.text
        assert "swans" in p.text


@pytest.mark.parametrize("text", [
    "The amount of fire engines.",
    "The number of stray dogs that went to a kennel that were rehomed.",
    "The number of children who ran away that were found.",
    "The total amount spent on informants each, broken down by year.",
    "The number of compensation that were paid.",
])
def test_the_general_check_names_broken_english(text):
    assert text_problems(text)


@pytest.mark.parametrize("text", [
    "The amount of fees paid to consultants.",
    "The amount of salt used.",
    "The number of complaints received about noise that were upheld.",
    "The number of staff who left.",
    "The total amount spent on taxis for patients, broken down by month.",
])
def test_the_general_check_leaves_good_english_alone(text):
    assert not text_problems(text)


def test_the_check_compares_a_particle_with_the_question():
    assert text_problems("The number of stray dogs taken.", "how many stray dogs were taken in")
    assert not text_problems("The number of stray dogs taken in.", "how many stray dogs were taken in")


def test_review_flags_a_rendered_part_that_is_not_english_with_a_one_key_fix():
    bad = Frame(kind="figure", subject="fire engines", head="amount of ", text="The amount of fire engines.",
                source="how much fire engines did the service buy")
    findings = review_parts([bad.text], [bad], None, today=TODAY)
    found = [f for f in findings if f.code == "part-not-framed"]
    assert found and found[0].rewrite and "The amount of fire engines." not in found[0].rewrite


def test_two_periods_in_one_letter_are_each_said_or_a_finding_with_a_fix():
    f = framed("how many dog fouling fines were issued in 2024? how many bus lane fines were issued in 2020 "
               "and how many of them were appealed")
    clash = [x for x in f.findings if x.code == "conflicting-periods"]
    stated = [p for p in f.parts if p.qualifiers.period or re.search(r"\b20\d\d\b", p.text)]
    assert clash or len(stated) == len(f.parts)
    appealed = [p for p in f.parts if "appealed" in p.text]
    assert appealed and "2020" in (appealed[0].qualifiers.period or appealed[0].text)
    if clash:
        assert clash[0].rewrite and all(re.search(r"\b20\d\d\b", line) for line in clash[0].rewrite.splitlines())


def test_a_kept_part_naming_another_period_is_a_finding_at_framing():
    f = framed("how many homes were flooded in cumbria in winter 2023/24, and what flood works has the "
               "environment agency carried out there since 2015?")
    if any(p.kept_words and "2015" in p.text for p in f.parts):
        # either a finding, or (fr7b) no part leans on the letter's period: each states its own, and the
        # letter's period is the span that covers them
        leans = [p for p in f.parts if not p.qualifiers.period and not re.search(r"\b20\d\d\b", p.text)]
        assert any(x.code == "conflicting-periods" for x in f.findings) or (
            not leans and f.period and "2015" in f.period)


def test_a_snapshot_day_is_not_a_period_conflict():
    f = framed("how many council homes were empty in each month of 2024, and how many were empty on 1 March 2025")
    assert not any(x.code == "conflicting-periods" for x in f.findings)
    assert all("\u00a7" not in p.text for p in f.parts)


@pytest.mark.parametrize("text", [
    "what did it cost to maintain the lifeboat station in 2023? and in 2024?",
    "how many dogs were microchipped at the council's clinic in 2022, and what about 2023",
])
def test_a_follow_up_that_only_names_another_period_asks_the_same_again_for_it(text):
    f = framed(text)
    assert len(f.parts) == 2
    first, second = (re.sub(r"(?i),? for the period .*$|\b20\d\d\b|\W", "", p.text) for p in f.parts)
    assert first and first == second  # the same thing asked twice
    assert any(p.qualifiers.period or re.search(r"\b20\d\d\b", p.text) for p in f.parts[1:])


def test_a_cost_of_doing_something_is_a_noun_phrase():
    part = framed("how much did it cost to resurface the promenade").parts[0]
    assert not part_problems(part) and "promenade" in part.text
    assert not re.search(r"(?i)\bon\s+resurface\b", part.text)


def test_a_passive_by_the_body_is_not_read_as_what_the_things_did():
    part = framed("how many speed cameras are operated by the council").parts[0]
    assert "that operated" not in part.text and "operated" in part.text


def test_the_year_before_asks_the_same_again_for_the_year_before():
    f = framed("how much did the council spend on bus shelters last year and how much the year before?")
    assert len(f.parts) == 2 and all("bus shelters" in p.text for p in f.parts)
    assert f.parts[1].qualifiers.period and f.parts[1].qualifiers.period != f.period
    assert f.parts[1].qualifiers.period.endswith(str(TODAY.year - 2))


def test_how_much_of_this_did_they_pay_back_narrows_the_sum():
    f = framed("how much did the council spend on the carnival clean up in 2024, and how much of this did the "
               "organisers pay back")
    assert len(f.parts) == 2 and f.parts[1].kind == "total_spend"
    assert "carnival" in f.parts[1].text and "paid back" in f.parts[1].text and "of this" not in f.parts[1].text


def test_a_measure_that_does_not_match_the_question_is_named():
    spend = Frame(kind="total_spend", subject="parking wardens", text="The total amount spent on parking wardens.",
                  source="how many parking wardens are there")
    count = Frame(kind="count", subject="salt", text="The number of salt.", source="how much salt was spread")
    assert any("measure" in p for p in part_problems(spend))
    assert any("measure" in p for p in part_problems(count))


@pytest.mark.parametrize("text, earlier", [
    ("How many licence applications were refused in Leeds in 2024, and how many of those refusals were overturned?",
     "licence applications"),
    ("how much overtime was paid to firefighters in 2023, and how much of that went to senior officers", "firefighters"),
])
def test_those_things_or_that_sum_stay_tied_to_what_the_question_before_asked(text, earlier):
    parts = framed(text).parts
    assert parts and all(earlier in p.text for p in parts)


def test_the_conflicting_periods_fix_leaves_no_conflict():
    from askfoi.framing import conflicting_periods

    f = framed("how many homes were flooded in cumbria in winter 2023/24, and what flood works has the "
               "environment agency carried out there since 2015?")
    clash = conflicting_periods([p.text for p in f.parts], f.parts, f.period, today=TODAY)
    if clash is not None:
        fixed = [line.split(". ", 1)[1] for line in clash.rewrite.splitlines()]
        assert conflicting_periods(fixed, [], f.period, today=TODAY) is None


@pytest.mark.parametrize("text, unit", [
    ("How many parking permits were issued in 2024? Please provide the figures by month.", "month"),
    ("how many bikes were stolen from the station in 2025? please break this down by ward", "ward"),
])
def test_a_sentence_that_only_says_how_to_break_down_applies_to_the_part_before(text, unit):
    parts = framed(text).parts
    assert len(parts) == 1 and parts[0].qualifiers.breakdown == unit


def test_the_cost_of_doing_something_to_them_names_them():
    parts = framed("how many trees fell in the storm in 2024, and how much did it cost to remove them").parts
    assert parts and all(not re.search(r"(?i)\b(?:them|they)\b", p.text) for p in parts)
    assert "trees" in parts[-1].text


@pytest.mark.parametrize("text", [
    "how much did the council spend on agency staff in 2024? On average, how long did agency staff stay?",
    "how many complaints were made about noise in 2024? For each complaint, was action taken?",
])
def test_a_question_that_starts_with_a_preposition_is_not_read_as_a_gap(text):
    for p in framed(text).parts:
        assert not part_problems(p), p.text
        assert "broken down by the was" not in p.text and "spend on average" not in p.text
