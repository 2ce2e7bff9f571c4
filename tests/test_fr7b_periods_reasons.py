"""fr7b (issue 8): the letter's period is what the text states; renders that point at nothing off the letter
are not used; "why" and "what do you think" questions become the records that would show the answer.
Every sentence here is invented, in the shapes people write."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.framing import dangling_reference, frame_message, letter_period, part_period, text_problems, why_frame
from askfoi.periods import cover_period, inline_period_lists, label_span, stated_periods
from askfoi.why_records import why_clause

TODAY = date(2026, 11, 30)


def framed(text: str):
    return frame_message(text, today=TODAY)


def span(label: str | None):
    return label_span(label)


# -- periods ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, start, end", [
    ("How many stop and search forms has the force filled in since 2004?", date(2004, 1, 1), TODAY),
    ("How many street lights were switched off from 2016 to date?", date(2016, 1, 1), TODAY),
    ("How many grit bins did the council refill since at least 2012?", date(2012, 1, 1), TODAY),
    ("For the period 2011 (calendar year) to the current date, how many dog bites were reported?",
     date(2011, 1, 1), TODAY),
])
def test_an_open_period_runs_to_the_request_date(text, start, end):
    f = framed(text)
    assert span(f.period) == (start, end)


def test_the_last_three_financial_years_are_three_years_not_one():
    f = framed("How many bus passes were issued in the last three financial years?")
    s, e = span(f.period)
    assert (e - s).days > 3 * 360 and s.month == 4


def test_a_relative_period_restated_in_years_is_the_years_said():
    f = framed("How many fly-tipping incidents were recorded each year for the last four years (i.e. 2016, 2017, "
               "2018 and 2019)?")
    assert span(f.period) == (date(2016, 1, 1), date(2019, 12, 31))


def test_the_last_financial_year_written_as_two_years_is_one_financial_year():
    found = stated_periods("For the last financial year (2021-2022) how many parking permits did you issue?", TODAY)
    assert [label for label, _, _ in found] == ["1 April 2021 to 31 March 2022"]


def test_no_period_is_invented_when_the_text_states_none():
    assert framed("How many playgrounds does the council maintain?").period is None


def test_questions_with_their_own_periods_keep_them_and_the_letter_covers_them():
    f = framed("How many fox complaints did the council get in 2017? How many badger complaints did it get "
               "between April 2020 and March 2021?")
    assert span(f.period) == (date(2017, 1, 1), date(2021, 3, 31))
    own = [span(p.qualifiers.period) if p.qualifiers.period else None for p in f.parts]
    stated = [x for x in own if x] + [span(part_period(p.source, today=TODAY)) for p in f.parts if p.kept_words]
    assert (date(2017, 1, 1), date(2017, 12, 31)) in stated
    assert (date(2020, 4, 1), date(2021, 3, 31)) in stated


def test_a_letter_period_never_leaves_out_a_year_a_question_states():
    for text in ("How many bridges were inspected in 2015, 2016 and 2017? How many failed?",
                 "1. How many ambulances waited over an hour in 2021?\n2. How many waited over an hour in 2023?"):
        f = framed(text)
        s, e = span(f.period)
        years = {int(y) for p in f.parts for y in re.findall(r"\b(20\d\d)\b", p.source)}
        assert all(s.year <= y <= e.year for y in years), (text, f.period)


def test_a_length_is_not_a_period():
    assert stated_periods("How many shops have stood empty for over nine months?", TODAY) == []
    assert stated_periods("How many shops have stood empty in the last nine months?", TODAY)


def test_a_date_in_the_story_is_not_the_letters_period():
    period, _ = letter_period([], "In March 2019 a sinkhole was reported on my road. Please send the survey.",
                              today=TODAY)
    assert period is None


def test_a_list_of_years_under_the_following_years_is_written_into_the_sentence():
    text = ("1. How many horses were seized for each of the following years:-\n"
            "a. April 2017 to March 2018\nb. April 2018 to March 2019\nc. April 2019 to March 2020\n"
            "2. How many horses were rehomed?")
    said = inline_period_lists(text, TODAY)
    assert "following" not in said and "1 April 2017" in said and "31 March 2020" in said
    f = framed(text)
    assert span(f.period) == (date(2017, 4, 1), date(2020, 3, 31))
    assert not any(dangling_reference(p.text) for p in f.parts)


def test_years_that_do_not_follow_on_are_listed_as_written():
    said = inline_period_lists("Please give the number of evictions for the following years: (a) 2012, (b) 2015.", TODAY)
    assert "2012 and 2015" in said and "following" not in said


def test_cover_period_is_the_first_start_to_the_last_end():
    assert cover_period(["1 April 2019 to 31 March 2020", "1 January 2015 to 31 December 2015"]) == \
        "1 January 2015 to 31 March 2020"


# -- renders that point at nothing, or break -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The number of potholes filled for the years, broken down by month.",
    "Please state the total spent on the following financial years.",
    "What is the value of said contract?",
    "If yes to any of the above, which company supplied it?",
    "In regard to question 4, how many staff are in the team?",
])
def test_a_part_pointing_at_text_off_the_letter_is_a_problem(text):
    assert dangling_reference(text)
    assert text_problems(text)


@pytest.mark.parametrize("text", [
    "The number of potholes filled in 2019, 2020 and 2021.",
    "Please provide the following information: the number of fines issued.",
    "The above-named contract's value.",
])
def test_a_part_that_says_what_it_means_is_not_dangling(text):
    assert dangling_reference(text) is None


def test_a_question_whose_years_the_frame_would_drop_is_kept_whole():
    f = framed("1. The total number of bus stops repaired by the council, broken down by month for the years "
               "2018, 2019 and 2020 to date.\n2. The number of bus shelters removed.")
    assert not any(dangling_reference(p.text) for p in f.parts)
    assert "2018" in f.parts[0].text or f.parts[0].qualifiers.period


def test_the_persons_numbering_is_written_as_the_letters_part():
    f = framed("1. How many wardens does the council employ?\n2. How many fines did wardens issue in 2024?\n"
               "3. Which wards do the wardens patrol?\n4. In regard to question 3, how many patrols took place?")
    last = f.parts[-1].text
    assert "question 3" not in last
    m = re.search(r"part (\d+)", last)
    assert m and "ward" in f.parts[int(m.group(1)) - 1].text.lower()


def test_a_count_never_renders_a_verb_inside_its_noun_phrase():
    f = framed("how many traffic wardens carry a body camera")
    assert not re.search(r"(?i)number of traffic wardens carry", f.parts[0].text)
    assert text_problems("The number of traffic wardens carry a body camera.")


# -- why and opinion questions -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, mode, must", [
    ("why did the council shut the museum on Hill Street", "decision", "to shut the museum on Hill Street"),
    ("why has the council stopped cutting the verges", "decision", "to stop cutting the verges"),
    ("why didn't they repaint the zebra crossing", "decision", "not to repaint the zebra crossing"),
    ("why are the gullies on my road never cleared", "why", "why the gullies on my road are never cleared"),
    ("why did it take four months to mend the fence at the park", "why", "why it took four months to mend"),
    ("why does the council charge £40 to collect a fridge", "why", "why the council charges £40"),
    ("why were the benches on the promenade taken away", "why", "why the benches on the promenade were taken away"),
    ("why not open the leisure centre on Sundays", "consider", "opening the leisure centre on Sundays"),
    ("how can the council justify paying consultants £90,000", "reasons", "paying consultants £90,000"),
    ("what does the council think of the new cycle lane", "view", "the new cycle lane"),
    ("do they think the new bus timetable will work", "view", "whether the new bus timetable will work"),
])
def test_why_clauses_are_read_by_grammar(text, mode, must):
    said = why_clause(text.replace("the council", "\u00a7AUTH\u00a7", 1) if "council" in text.split()[2:4] else text,
                      "the council")
    assert said is not None and said.mode == mode
    assert must in said.phrase


@pytest.mark.parametrize("text", [
    "why did the council shut the museum on Hill Street",
    "why are the gullies on my road never cleared?",
    "Why not open the leisure centre on Sundays?",
    "What does Leeds City Council think of the new cycle lane?",
    "how can the council justify paying consultants £90,000",
    "Could someone at the council please explain why the library hours were cut?",
])
def test_why_and_opinion_questions_become_records(text):
    f = framed(text)
    assert [p.kind for p in f.parts] == ["reasons"]
    part = f.parts[0].text
    assert part.startswith("Any ") and not re.match(r"(?i)\W*(?:why|could|what\s+does)", part)
    assert not text_problems(part)
    assert "any assessment of" not in part  # nothing added that was not asked


def test_a_why_clause_that_cannot_be_turned_is_kept_whole_as_a_request_for_the_reasons():
    f = framed("why for so many weeks now have the bins been left?")
    assert f.parts and f.parts[0].kind == "reasons"
    assert "for so many weeks now have the bins been left" in f.parts[0].text


def test_a_why_after_a_count_asks_for_the_reasons_of_that_count():
    f = framed("how many libraries did the council close in 2022 and why?")
    assert [p.kind for p in f.parts] == ["count", "reasons"]
    assert "librar" in f.parts[1].text


def test_a_pronoun_after_a_why_part_is_not_resolved_to_the_records():
    f = framed("Why did the council close the tip on Mill Road? Are they going to reopen it?")
    assert not any("Mill Road" in p.text and p.kind != "reasons" and "reopen" in p.text for p in f.parts
                   if "they" not in p.source.lower())


def test_why_frame_says_nothing_of_a_question_that_asks_no_why():
    assert why_frame("How many potholes were filled in 2024?") is None
    assert why_clause("the recorded reason for admission of each patient") is None


def test_an_auxiliary_is_no_noun_for_a_pronoun_to_stand_for():
    from askfoi.why_records import points_outside

    assert points_outside("why the council does not hire them")
    assert not points_outside("why the cyclists use the pavement when they have a lane")
