"""rd13: causes of misses on replies the reader had not seen (fresh10 tune), each as short invented excerpts in the
way authorities write, so that the rule and not one reply's phrase is tested (docs/notes/rd13.md)."""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply, read_sentences


def _outcome(text: str) -> Outcome:
    reading = read_reply(text)
    assert not reading.unclear, reading
    return reading.outcome


# --- 1. a clause that announces the response points at it; it does not give ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In accordance with section 1(1)(b) of the Act our response is provided below; The force can neither confirm "
         "nor deny that it holds information relevant to your request by virtue of sections 24(2) and 31(3).",
         Outcome.ncnd),
        ("The outcome of my review is set out below. I am upholding the original decision: compliance would exceed the "
         "appropriate limit under section 12.", Outcome.cost_limit),
        ("Our decision is detailed below. The information is exempt under section 43(2) and is withheld.",
         Outcome.refused),
    ],
)
def test_an_announced_response_is_not_information_given(text, expected):
    assert _outcome(text) == expected


def test_an_announced_response_beside_nothing_held_back_is_the_answer():
    text = "Our response is provided below. In 2022 there were 14 complaints and in 2023 there were 17."
    assert _outcome(text) == Outcome.disclosed


# --- 2. a hold-back led by a sentence naming one thing is about that thing ---------------------------------------------


def test_a_refusal_led_by_the_thing_it_refuses_leaves_the_answer_given():
    text = ("Our response is provided below. Public telephone numbers are listed on our website page for each station. "
            "In relation to direct dial telephone numbers. Your request for this information has now been considered "
            "and I am not obliged to supply the information. This information is exempt by virtue of section 31(1)(a).")
    assert _outcome(text) == Outcome.part_disclosed


def test_a_lead_naming_the_request_itself_names_no_one_thing():
    text = ("Our response is provided below. In relation to your request. Your request has been considered and I am "
            "not obliged to supply the information. This information is exempt by virtue of section 31(1)(a).")
    assert _outcome(text) == Outcome.refused


# --- 3. the consequent of an "if" is conditional, also in the future -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "If any of the exemption categories apply then the information will not be released.",
        "If the information contains third party data it will be withheld.",
    ],
)
def test_a_refusal_in_the_consequent_of_an_if_decides_nothing(sentence):
    text = "I acknowledge your request. Your request is being considered and you will receive a response within 20 working days. " + sentence
    assert _outcome(text) == Outcome.pending


# --- 4. the restated request under a heading of its own ------------------------------------------------------------------


def test_a_request_heading_opens_the_restated_request_up_to_the_response():
    text = ("Request\n1) For each year list the number of people arrested for burglary\n2) For each offence list how many "
            "were charged\nResponse\nI can confirm that the force holds the information, however compliance would exceed "
            "the appropriate limit under section 12.")
    roles = [s.role for s in read_sentences(text)]
    assert roles[:3] == ["request", "request", "request"]
    assert _outcome(text) == Outcome.cost_limit
    assert read_reply(text).parts == []


# --- 5. lists that are no answers: the law's list of cost activities, a list of reasons ----------------------------------


def test_the_cost_activities_list_is_not_answered_parts():
    text = ("Compliance would exceed the appropriate limit under section 12. The activities we may count are limited to:\n"
            "(a) determining whether it holds the information,\n(b) locating the information, or a document which may "
            "contain the information,\n(c) retrieving the information, or a document which may contain the information.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.cost_limit and reading.parts == []


def test_a_numbered_list_of_reasons_is_not_answered_parts():
    text = ("I partially uphold your request for review for the following reasons:\n1. The original response did not "
            "include the correspondence.\n2. No explanation was given as to why.\nHowever, I uphold the decision not to "
            "provide the information: compliance would exceed the appropriate costs limit under section 12.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.cost_limit and reading.parts == []


# --- 6. what a holding letter sends about the Act, and a request passed on ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Please find attached further details on FoI with a summary of our policy and procedures for your information.",
        "I enclose a leaflet explaining your rights under the Freedom of Information Act.",
    ],
)
def test_material_about_the_act_sent_with_a_holding_letter_is_not_an_answer(sentence):
    text = "Thank you for your request. It is being dealt with and we will respond within 20 working days. " + sentence
    assert _outcome(text) == Outcome.pending


@pytest.mark.parametrize(
    "sentence",
    [
        "Your request has been passed to the CHCP who will action it and respond to you direct.",
        "We have forwarded your request to Adult Services, who will reply to you.",
    ],
)
def test_a_request_passed_on_to_the_office_that_will_answer_is_pending(sentence):
    assert _outcome("Thank you for your FOI request received on 5 January. " + sentence) == Outcome.pending


def test_figures_attached_beside_a_procedure_leaflet_are_still_given():
    text = "Please find attached the figures you requested. I also enclose a leaflet explaining your rights."
    assert _outcome(text) == Outcome.disclosed


# --- 7. holding letters in the other ways they put it (a cue missing: read as "unclear" before) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your request, which we received on 3 March. We will aim to respond within 20 working days.",
        "Your request was received on 3 March and a response will be sent to you within 20 working days.",
        "We have received your request. We are dealing with your request and hope to reply shortly.",
        "We have not yet been able to complete our response. We will write to you again as soon as possible.",
        "Before we can proceed with your request, please could you confirm which years you are interested in.",
        "We require a fee of £45 for copying and postage before we can send the information.",
    ],
)
def test_holding_letters_are_pending(text):
    assert _outcome(text) == Outcome.pending


@pytest.mark.parametrize(
    "text, expected",
    [
        # the promise of an answer decides only where nothing else is decided
        ("We are dealing with your request under the Environmental Information Regulations. The Council holds 14 "
         "records of fly-tipping on Elm Road in 2022.", Outcome.disclosed),
        ("Please find attached the figures for questions 1 and 2. We will write to you again about question 3.",
         Outcome.disclosed),
        ("We aim to respond to all requests promptly. In 2022 there were 14 complaints and in 2023 there were 17.",
         Outcome.disclosed),
    ],
)
def test_a_promise_beside_an_answer_keeps_the_answer(text, expected):
    assert _outcome(text) == expected


# --- 8. figures beside "published": part given, unless they are about the publication -----------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our response is provided below. The figures for 2019 to 2021 are published on our website at "
         "www.example.gov.uk/stats. For 2022 the number of arrests was 412.", Outcome.disclosed),  # rd35: the lead's ruling
        ("The outcome of my review is set out below. The annual figures are published in our annual report, which is "
         "available on our website. The monthly figures are 12, 15 and 9.", Outcome.disclosed),  # rd36: the ruling, unnumbered
        ("The information you have requested is published and is exempt under section 21. When you click on the link "
         "below it will take you to the page where the 2014 tables are: it is the 9th file from the top.",
         Outcome.published),
    ],
)
def test_figures_beside_published_are_given_unless_they_locate_the_publication(text, expected):
    assert _outcome(text) == expected


# --- 9. not held, said of the kind of information; "in any other form" is no "rest" -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately this is not information that the Force captures.",
        "This is not data we collect.",
        "This information is not held centrally and the Council does not hold it in any other form.",
    ],
)
def test_not_held_said_of_the_kind_of_information(text):
    assert _outcome(text) == Outcome.not_held


# --- 10. layouts: headed disclosure-log entries and review letters ------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Information requested\na) the number of taser discharges by year for 2018 to 2022\nb) the age of each person\n"
         "Decision\nCompliance with your request would exceed the appropriate limit under section 12.", Outcome.cost_limit),
        ("Request\n1. Does the force use IMSI catchers?\n2. How much did they cost?\nResponse\nIn accordance with section "
         "1(1)(b) of the Act our response is provided below;\nThe force can neither confirm nor deny that it holds any "
         "information relevant to your request by virtue of sections 23(5), 24(2) and 31(3).", Outcome.ncnd),
        ("I have now completed the internal review. The outcome of my review is set out below.\nI have concluded that "
         "section 43(2) was correctly applied and the original decision to withhold the information is upheld.",
         Outcome.refused),
        ("I partially uphold your complaint for the following reasons:\n1. The figures for 2020 should have been given.\n"
         "2. The delay was too long.\nI therefore attach the 2020 figures. The names remain exempt under section 40(2).",
         Outcome.part_disclosed),
    ],
)
def test_headed_entries_and_review_letters(text, expected):
    assert _outcome(text) == expected
