"""fc59 (issue 9.3 / 9.4): the NCND warning on requests about one person or one case, found on real requests
(tests/data/fc59_person_requests.jsonl). The cases below are written for this test in the shapes the real ones take,
not copied from them: a list's lead line naming one person's case is read by every item; one person said to have done
wrong; a report about the writer's own conduct; incidents the writer listed or described; and no NCND reading of a
role that stands for whoever each of many cases was about (counts of complaints are answered)."""

from __future__ import annotations

import pytest

from askfoi.forecast_parts import forecast_parts
from askfoi.ncnd_topics import topic_words


def _contexts(text: str) -> list[str]:
    return [p.context for p in forecast_parts(text)]


# --- a list's lead line naming one person's case is what each item asks about ---------------------------------------

def test_each_item_under_a_lead_line_about_a_named_persons_complaint_is_read_with_it():
    text = ("About the disciplinary case against PC Amy Clarke:\n"
            "1. how many witnesses gave statements?\n"
            "2. how many staff hours were spent?")
    contexts = _contexts(text)
    assert len(contexts) == 2
    for c in contexts:
        assert "disciplinary case against PC Amy Clarke" in c
        assert "named_person_case" in topic_words(c)


def test_each_item_under_a_lead_line_about_one_death_investigation_is_read_with_it():
    text = ("Regarding the investigation into the death of my brother Paul Reid:\n"
            "1) how many officers worked on the case?\n"
            "2) what was the total cost of the overtime?")
    for c in _contexts(text):
        assert "the investigation into the death of my brother Paul Reid" in c  # lf61 writes the case after the item
        assert "ongoing_investigation" in topic_words(c)


def test_a_lead_line_naming_no_ncnd_topic_changes_no_item():
    # guard: "I would like the following:" names nothing an item is about
    text = "I would like the following:\n1. the number of complaints against officers in 2023\n2. the number upheld"
    assert _contexts(text) == ["the number of complaints against officers in 2023", "the number upheld"]


def test_a_story_line_without_a_colon_is_still_no_lead_for_unrelated_counts():
    # guard (fc20/fc45): a person the story names is no subject of a count that does not point back at them
    text = "My neighbour was arrested last year.\n1. How many burglaries were reported in Leeds in 2023?\n2. How many arrests?"
    assert all("neighbour" not in c for c in _contexts(text))


# --- one person said to have done wrong; a report about the writer's own conduct --------------------------------------

@pytest.mark.parametrize("text", [
    "Why has the officer who allegedly assaulted a teenager at the Hill Street station not been disciplined?",
    "Was the nurse who is alleged to have struck a patient on Ward 4 ever suspended?",
    "Why has the teacher who is accused of bullying pupils at Hill Primary not been suspended?",
    "Has a constable that reportedly lied in his statement been investigated?",
])
def test_one_person_said_to_have_done_wrong_is_a_named_person(text):
    assert "named_person" in topic_words(text)


@pytest.mark.parametrize("text", [
    "Please send me any notes or reports made about my conduct during the home visit.",
    'Who asked for the "intelligence report" to be written about my activities at the protest?',
])
def test_a_report_about_the_writers_own_conduct_is_about_one_person(text):
    assert "named_person" in topic_words(text)


def test_many_people_said_to_have_done_wrong_is_a_count():
    # guard: a plural is a class of people, counted
    assert "named_person" not in topic_words(
        "How many officers who allegedly assaulted members of the public were dismissed in 2023?")


# --- incidents the writer listed or described ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "For each of the assaults described in my previous email, please provide the investigation reports.",
    "Please provide the crime reports for the incidents listed below and say why no one was charged.",
])
def test_incidents_the_writer_listed_or_described_are_one_case_each(text):
    assert "ongoing_investigation" in topic_words(text)


def test_crimes_counted_by_month_are_no_case():
    assert "ongoing_investigation" not in topic_words("How many crimes were reported in 2023, by month?")


# --- a role standing for whoever each of many cases was about is no one person ----------------------------------------

@pytest.mark.parametrize("text", [
    "In those cases that went to a standards hearing, what were the allegations and how many of those were found to be "
    "proved against the councillor?",
    "For each of the complaints, what sanction was given to the councillor?",
    "How many of the complaints that went to a hearing were found to be proved against the councillor?",
])
def test_a_role_in_a_question_about_many_cases_is_no_named_person(text):
    words = topic_words(text)
    assert "named_person_case" not in words and "named_person" not in words


@pytest.mark.parametrize("text", [
    "Were any complaints upheld against the councillor for Hill Ward last year?",
    "Were any complaints upheld against Councillor Smith?",
    "How many of the complaints made against the chief constable were upheld?",  # one post, one person
])
def test_one_councillor_asked_about_is_still_a_named_person_case(text):
    # guard: the many-cases reading needs words of many cases
    assert "named_person_case" in topic_words(text)


def test_an_item_with_its_own_period_or_total_is_not_read_with_the_lead_line():
    # guard: counts over a year or in total are answered, whatever case the list's lead line names
    text = ("Regarding the misconduct investigation into PC Daniel Hart at Medway:\n"
            "1. How many witnesses were interviewed?\n"
            "2. How many misconduct investigations did the force open in 2024 in total?")
    first, second = _contexts(text)
    assert "PC Daniel Hart" in first
    assert "PC Daniel Hart" not in second and "named_person_case" not in topic_words(second)
