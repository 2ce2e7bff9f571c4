"""fr25b (issue 8): each clause's role before framing: sound-alike slips and lower-case acronyms read as the word
meant, a clause about the message set apart, the addressee's name never part of the ask, a figure asked never lost,
where money goes read as how it was spent, advice on the writer's own case flagged rather than made a part.
Invented sentences only."""
from __future__ import annotations

from datetime import date

from askfoi.addressee import advice_asked, peers_asked
from askfoi.framing import frame_message
from askfoi.informal_roles import addressee_left_out, message_remarks_apart
from askfoi.word_slips import read_as_meant

TODAY = date(2026, 12, 2)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_there_before_a_noun_after_a_preposition_is_their():
    assert read_as_meant("what is there budget for parks") == "what is their budget for parks"
    assert read_as_meant("how many staff work in there libraries") == "how many staff work in their libraries"
    assert read_as_meant("is there funding for it") == "is there funding for it"
    assert read_as_meant("what is there to stop them") == "what is there to stop them"
    assert read_as_meant("was there any consultation") == "was there any consultation"


def test_where_before_a_participle_ending_its_clause_is_were():
    assert read_as_meant("how many nurses where suspended in 2024") == "how many nurses were suspended in 2024"
    assert read_as_meant("the wards where infected patients stayed") == "the wards where infected patients stayed"
    assert read_as_meant("in cases where reported to the police") == "in cases where reported to the police"


def test_were_opening_a_question_before_is_is_where():
    assert read_as_meant("were is the money from the car parks going") == "where is the money from the car parks going"
    assert read_as_meant("the fines were issued by wardens") == "the fines were issued by wardens"


def test_send_after_had_or_with_is_the_acronym_but_not_a_verb():
    assert read_as_meant("how many pupils with send in bolton") == "how many pupils with SEND in bolton"
    assert read_as_meant("please send me the figures") == "please send me the figures"
    parts = _parts("how many pupils had send in bolton schools in 2024")
    assert parts and "SEND" in parts[0] and "sent" not in parts[0]


def test_a_clause_about_the_message_is_set_apart():
    assert message_remarks_apart("how many bins were missed in 2024, 2 questions for york council. how many") \
        == "how many bins were missed in 2024. 2 questions for york council. how many"
    assert message_remarks_apart("my son has 2 questions for the school") == "my son has 2 questions for the school"
    parts = _parts("how many fire engines were off the road in 2024, a few questions for essex fire service")
    assert parts and all("questions" not in p for p in parts)


def test_the_addressee_after_a_kept_question_is_not_part_of_it():
    assert addressee_left_out("How often are the parks inspected, York Council?", "york council", "the council") \
        == "How often are the parks inspected?"
    assert addressee_left_out("How many, York Council?", "york council", "the council") == "How many, York Council?"


def test_where_money_goes_is_how_it_was_spent():
    assert _parts("where is the money from bus lane fines going") == \
        ["A breakdown of how the money from bus lane fines has been spent."]


def test_a_figure_asked_after_a_legal_question_is_not_lost():
    parts = _parts("is it legal for the council to charge for garden waste? how much did wirral council make from "
                   "garden waste charges in 2024")
    assert any("garden waste charges" in p for p in parts)


def test_advice_on_the_writers_own_case_is_flagged_not_a_part():
    assert advice_asked("So how much of a case do we have?")
    assert advice_asked("Is it possible to challenge the fine?")
    assert not advice_asked("Is it possible to have the figures by ward?")
    assert peers_asked("Has anybody else had this happen?")
    assert peers_asked("Did any members of this forum win their appeal?")
    framing = frame_message("The council towed my van from the retail park last week without warning. Is it possible "
                            "to challenge the decision?", today=TODAY)
    assert not framing.parts
    assert any(f.code == "not-recorded-information" for f in framing.findings)


def test_a_yes_no_about_any_then_if_so_how_many_is_the_count():
    text = ("Dear Sir or Madam, under the Freedom of Information Act:\n1. Has your council issued any community "
            "protection notices to dog owners in the last three years? If so, how many?\n2. Please provide your policy on "
            "dog fouling.\nYours faithfully")
    parts = _parts(text)
    assert any(p.startswith("The number of community protection notices") and "dog owners" in p for p in parts), parts
    assert not any(p.startswith("Has your council") for p in parts)
