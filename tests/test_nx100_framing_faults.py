"""nx100 (issue 8): framing faults a newcomer found (nc99, session 62), fixed as classes. Each class is checked on
nc99's own words and on messages of the same shape in my own words, with guards for what must not change."""

from datetime import date

import pytest

from askfoi.framing import frame_message, pointer_left
from askfoi.kept_part_subjects import kept_part_subject
from askfoi.templates import render

TODAY = date(2026, 12, 7)


def _parts(text):
    return [p.text for p in frame_message(text, today=TODAY).parts]


# 1. "them" as the other side of a contest is the body, never the things counted before
@pytest.mark.parametrize("text, want", [
    ("my son has been waiting over a year for his EHCP from kent county council, its a joke. what percentage of ehcps "
     "did kent issue within 20 weeks in 2025, how many tribunal appeals did parents win against them and how much did "
     "they spend on lawyers fighting the appeals", "The number of tribunal appeals won by parents against you."),
    ("how many bus lane fines did bristol council issue in 2024 and how many cases did drivers win against them at the "
     "tribunal", "The number of cases won by drivers against you at the tribunal."),
    ("how many parking tickets did leeds council issue last year and how many appeals did drivers win against them",
     "The number of appeals won by drivers against you."),
])
def test_them_won_against_is_the_body(text, want):
    parts = _parts(text)
    assert want in parts
    assert not any("against EHCPs" in p or "against the tickets" in p or "against the bus lane" in p for p in parts)


def test_appeals_made_against_them_are_still_the_things():  # guard: an appeal is against a ticket
    assert "The number of appeals made against the tickets." in _parts(
        "how many parking tickets did leeds council issue last year and how many appeals were made against them")


# 2. "what did B pay X" asks for a sum
@pytest.mark.parametrize("text, want", [
    ("what did kent police pay informants each year", "The total amount spent on informants, broken down by year."),
    ("what did hull council pay consultants in 2024", "The total amount spent on consultants."),
])
def test_what_did_they_pay_is_a_sum(text, want):
    assert _parts(text) == [want]


def test_what_does_the_council_spend_on_stays_a_sum():  # guard: framed so on main already (another cue)
    assert _parts("what does leeds council spend on agency staff every month") == [
        "The total amount spent on agency staff, broken down by month."]


def test_what_did_they_pay_for_with_nothing_after_is_left():  # guard
    assert _parts("what did the council pay for") == ["What did the council pay for?"]


# 3. everyday words in a framed part are said in the records' words
def test_kids_in_a_framed_part_are_children():
    parts = _parts("how much money do west midlands police pay to informants every year, how many informants have "
                   "they got and have any of them been kids")
    assert parts[2] == "Any recorded information showing whether any of the informants have been children."


@pytest.mark.parametrize("text, want", [
    ("does police scotland use drones to spy on people at football matches in glasgow? how many drones do they have",
     "The number of times drones were used to covertly watch people at football matches in Glasgow."),
    ("does essex police use facial recognition to snoop on protesters",
     "The number of times facial recognition was used to covertly watch protesters."),
])
def test_spy_on_in_a_framed_part(text, want):
    assert _parts(text)[0] == want


def test_my_kids_in_the_persons_own_question_stay():  # guard: their own family, in words kept as typed
    assert "my kids school" in _parts("how many times did hull council ring my kids school about truancy")[0]


# 4. a record "that says that": what it says is only in the story, so it is asked back
def test_the_survey_that_says_that_is_asked_back():
    text = ("brighton and hove council are cutting down the old elm trees on my road saying they have disease. i want "
            "to see the tree survey that says that, and how many elms they have felled in the city this year")
    framing = frame_message(text, today=TODAY)
    assert framing.parts[0].text == "The tree survey that says that."
    assert any(f.code == "story-reference" and f.evidence == "that" for f in framing.findings)


@pytest.mark.parametrize("part, word", [("The report which shows this.", "this"), ("The letter that says so.", "so"),
                                        ("Any evidence that proves that, and the minutes.", "that")])
def test_claim_pointers_of_my_own(part, word):
    assert pointer_left(part) == word


@pytest.mark.parametrize("part", ["The report that says that the bridge is unsafe.",
                                  "Any survey showing that trees were diseased."])
def test_a_that_clause_is_no_pointer(part):  # guard: what it says is written out
    assert pointer_left(part) is None


def test_a_quoted_fix_ends_with_one_full_stop():
    text = render("frames/part_not_framed_fix.j2", parts=["Any plans that record what you are replacing the elms with."])
    assert text.endswith('with."') and '.".' not in text
    assert render("frames/part_not_framed_fix.j2", parts=["A list", "A count"]).endswith('"A count".')  # guard


# 5. "which X are they using", "each one"
def test_which_hotels_are_they_using_is_a_list_and_each_one_is_named():
    parts = _parts("how much is the home office spending on hotels for asylum seekers in wakefield, which hotels are "
                   "they using and how many people are in each one")
    assert parts[1].startswith("A list of hotels used")
    assert "each hotel" in parts[2] and "each one" not in parts[2]


@pytest.mark.parametrize("text, want", [
    ("which hotels is the home office using in wakefield", "A list of hotels used in Wakefield."),
    ("which roads are leeds council resurfacing this year", "A list of roads resurfaced."),
])
def test_progressive_which_of_my_own(text, want):
    assert _parts(text) == [want]


def test_each_one_of_my_own():
    parts = _parts("how many care homes does leeds council run and how many residents are in each one")
    assert parts[1] == "The number of residents in each care home."


def test_each_one_after_people_is_left():  # guard: each officer is a person; the part is not re-said
    parts = _parts("how many officers does kent police have and how many complaints were made about each one")
    assert "each one" in parts[1]


# 6. a yes/no part about what the body keeps has a subject for "3 retention"
@pytest.mark.parametrize("part, want", [
    ("Do you keep the pictures of people who weren't on a watchlist?", "the pictures of people who weren't on a watchlist"),
    ("Do they store the footage from body worn cameras?", "the footage from body worn cameras"),
    ("Do you delete your records of stop and search after a year?", "the records of stop and search"),
])
def test_a_kept_question_about_what_is_held_has_a_subject(part, want):
    assert kept_part_subject(part) == want


def test_a_kept_question_about_people_held_has_none():  # guard
    assert kept_part_subject("Do you keep the people on file?") is None


# 7. the letter's own period is said once
def test_the_letters_period_is_not_said_again_in_a_part():
    from askfoi.letter import said_once

    period = "1 January 2020 to 7 December 2026"
    assert said_once("The total amount spent on IMSI catchers, for the period 1 January 2020 to 7 December 2026.",
                     period) == "The total amount spent on IMSI catchers."
    assert said_once("The number of arrests for the period 1 January 2020 to 7 December 2026, broken down by month.",
                     period) == "The number of arrests, broken down by month."


def test_a_parts_other_period_is_kept():  # guard
    from askfoi.letter import said_once

    part = "The total amount spent on drones, for the period 1 April 2023 to 31 March 2024."
    assert said_once(part, "1 January 2020 to 7 December 2026") == part


def test_the_letter_states_the_period_once():
    from askfoi.answers import Answers
    from askfoi.letter import draft_letter

    letter = draft_letter(Answers(authority="Metropolitan Police Service", requester_name="Tom Baker", period="since 2020",
                                  parts=["The total amount spent on IMSI catchers, for the period 1 January 2020 to "
                                         "7 December 2026."]), today=TODAY)
    assert letter.body.count("1 January 2020 to 7 December 2026") == 1


# 8. the body's name and its own people or things
def test_a_second_question_counting_the_bodys_staff():
    parts = _parts("how many complaints did kent police get last year and how many Kent Police staff left")
    assert parts[1] == "The number of staff who left."


def test_a_second_question_counting_a_councils_employees():  # guard: masked on main already (a longer name)
    parts = _parts("how many arrests did leeds council make, and how many leeds city council employees earn over 100k")
    assert parts[1] == "The number of employees who earn over 100k."


def test_immigration_enforcement_keeps_its_name():
    assert _parts("how many immigration enforcement visits were made to restaurants in cardiff") == [
        "The number of Immigration Enforcement visits made to restaurants in Cardiff."]


def test_border_force_is_a_unit_too_but_the_home_office_is_not():  # guard: the body's own name is dropped
    assert _parts("how many home office staff left in 2024") == ["The number of staff who left."]
