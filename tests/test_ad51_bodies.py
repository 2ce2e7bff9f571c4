"""ad51 (issue 8, nc49 #2, #10, #6 and #14): the organisation is the body the person named, never a different one
(one word shorter than the name typed, a company named inside the question, the mayor of an opinion question), and
a period such as "2024/25" or "last year" follows the year of the body the letter goes to."""

import pytest
from test_ad48_bodies import body, framed, inferred  # a message framed on 5 December 2026; its body; body-inferred

from askfoi.templates import render


# --- a match that drops a word the person typed is no match ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Northfield Learning Trust - how many teachers left the trust's schools in 2024/25?",
    "northfield learning trust - how many teachers left in 2024",
    "how much did Northfield Learning Trust pay its chief executive in 2024?",
])
def test_a_body_one_word_shorter_than_the_name_typed_is_not_proposed(text):
    assert body(text) != "The Learning Trust"


def test_united_learning_is_known_as_itself():
    text = ("United Learning trust - how much were the CEO and the trust's top 5 earners paid in 2024/25, and how many "
            "teachers left the trust's schools that year?")
    assert body(text) == "United Learning Trust"


@pytest.mark.parametrize("text,want", [
    ("Dear Kent Police, how many drones do you own?", "Kent Police"),
    ("the UK Home Office - how many visas were refused in 2024", "Home Office"),
    ("FOI Leeds City Council: how many potholes were fixed in 2024", "Leeds City Council"),
    ("my client wants kent police to say how many stop and searches they did in 2024", "Kent Police"),
])
def test_words_that_stand_before_a_name_leave_it_whole(text, want):
    assert body(text) == want


# --- the addressee written first, and the body whose act is asked ---------------------------------------------------

def test_the_body_written_before_the_dash_beats_a_company_inside_the_question():
    text = ("the environment agency - how many sewage pollution incidents did thames water report in oxfordshire in "
            "2025 and how many were prosecuted")
    assert body(text) == "Environment Agency"


def test_the_body_whose_act_is_asked_beats_one_named_in_an_opinion_question():
    text = ("do you think the mayor of london should resign over ulez? i reckon its a cash grab. how much has tfl made "
            "from ulez fines since 2023")
    assert body(text) == "Transport for London"


def test_the_body_asked_keeps_a_body_it_shares_with():
    assert body("how many times did kent police share data with the home office in 2024") == "Kent Police"


# --- Northern Ireland bodies people name -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("why did the Education Authority in NI cut the school transport budget and who made the decision",
     "Education Authority (Northern Ireland)"),
    ("how many people are on the housing executive waiting list in belfast", "Northern Ireland Housing Executive"),
    ("how many translink buses were cancelled in 2025", "Northern Ireland Transport Holding Company"),
    ("how many times did psni use drones in 2025", "Police Service of Northern Ireland"),
    ("how many burst water mains did ni water record in 2025", "Northern Ireland Water Limited"),
    ("how many patients waited over 12 hours in a&e at the belfast trust in 2025", "Belfast Health and Social Care Trust"),
])
def test_northern_ireland_bodies_are_known(text, want):
    assert body(text) == want


def test_a_local_education_authority_in_england_is_not_the_northern_irish_one():
    assert body("how many exclusions did the local education authority record in leeds in 2024") \
        != "Education Authority (Northern Ireland)"


# --- the body's own year --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "cardiff uni - how much did the vice chancellor get paid in 2024/25 incl bonuses and expenses",
    "University of Edinburgh: how much did the principal get paid in 2024/25",
])
def test_a_universitys_split_year_runs_from_1_august(text):
    f = framed(text)
    assert f.period == "1 August 2024 to 31 July 2025"
    assert f.period_year and "2024/25" in f.period_year and "1 August" in f.period_year


def test_an_academy_trusts_split_year_runs_from_1_september():
    f = framed("United Learning trust - how much were the CEO and the top 5 earners paid in 2024/25?")
    assert f.period == "1 September 2024 to 31 August 2025"
    assert f.period_year and "1 September" in f.period_year


def test_last_year_at_an_academy_is_its_last_whole_year():
    f = framed("harris academy peckham - how many pupils got fixed term exclusions last year, broken down by ethnicity")
    assert f.period == "1 September 2025 to 31 August 2026"
    assert f.period_year and "last year" in f.period_year


@pytest.mark.parametrize("text,want", [
    ("how much did leeds city council spend on agency staff in 2024/25", "1 April 2024 to 31 March 2025"),
    ("how much did kent police spend on overtime last year", "1 January 2025 to 31 December 2025"),
])
def test_other_bodies_keep_their_reading(text, want):
    f = framed(text)
    assert f.period == want
    assert f.period_year is None


def test_the_period_step_says_which_year_was_used():
    year = framed("cardiff uni - how much did the vice chancellor get paid in 2024/25").period_year
    said = render("bot/ask_period.j2", proposed="1 August 2024 to 31 July 2025", stated="2024/25", choices=[],
                  current=None, year=year)
    assert "1 August to 31 July" in said


# --- a school named first, and complaints about its head -------------------------------------------------------------

def test_a_school_named_first_is_named_not_inferred():
    f = framed("harris academy peckham - how many pupils got fixed term exclusions last year, broken down by ethnicity")
    assert f.authority is not None and f.authority.name == "Harris Academy at Peckham"
    assert not inferred(f)


@pytest.mark.parametrize("text", [
    "how many complaints were made about the headteacher of Greenfield Primary School in Swindon in 2024?",
    "how many grievances were raised against staff at Greenfield Primary School in Swindon in 2024?",
])
def test_complaints_about_a_schools_head_or_staff_go_to_the_school_not_its_council(text):
    assert body(text) != "Swindon Borough Council"
    f = framed(text)
    assert f.authority is None or "Greenfield" in f.authority.name


def test_a_schools_pupil_figures_still_go_to_its_education_authority():
    # ad48's rule stands for the school's own pupil counts (the council holds them for all its schools)
    assert body("how many pupils were excluded from Greenfield Primary School in Swindon in 2024?") \
        == "Swindon Borough Council"
