"""lead50 (nc61 #3): questions in a parent's run-on message are not lost: the writer's wish for a record ("and i want
a copy of the behaviour policy") is an ask, and a hearsay claim asked about ("ive heard they put cctv cameras in the
toilets?? is that true") asks for the records that answer it, with the body doing it (the academy the request is
to, never a council found again from a place in the message)."""

from __future__ import annotations

import pytest

from askfoi.framing import frame_message
from askfoi.sentence_acts import sentence_act
from askfoi.yes_no_asks import claims_asked

P2 = ("my son is in year 9 at harris academy peckham and hes been excluded twice this term, i think they exclude way "
      "more kids than other schools. can i find out how many exclusions (suspensions and permanent) they did by year "
      "group, also ive heard they put cctv cameras in the toilets?? is that true and where are they and who watches "
      "it. and i want a copy of the behaviour policy. its part of harris federation")


@pytest.mark.parametrize("sentence", [
    "and i want a copy of the behaviour policy.",
    "also i want the minutes of the meeting.",
    "and i would like the road safety audit.",
    "id like the contract with veolia",
])
def test_a_wish_for_a_record_asks(sentence):
    assert sentence_act(sentence, None) == "records"


@pytest.mark.parametrize("sentence", ["i want the council to fix the road.", "i want answers."])
def test_a_wish_for_an_act_is_no_request_for_records(sentence):
    assert sentence_act(sentence, None) != "records"


@pytest.mark.parametrize("text, asked", [
    ("ive heard they put cctv cameras in the toilets, is that true?", "did they put cctv cameras in the toilets?"),
    ("someone told me the council sold the park to a developer?? is it true", "did the council sell the park"),
    ("apparently the school uses cctv in the changing rooms. is that true", "does the school use cctv"),
])
def test_a_hearsay_claim_asked_about_is_a_question(text, asked):
    assert asked in claims_asked(text).lower()


def test_a_claim_told_without_asking_stays_told():
    assert claims_asked("ive heard the council is broke") == "ive heard the council is broke"


def test_the_parents_questions_reach_the_letter():
    framing = frame_message(P2)
    texts = " ".join(p.text for p in framing.parts).lower()
    assert "behaviour policy" in texts
    assert "cctv cameras in the toilets" in texts
    assert "council" not in texts  # the request is to the academy


P3 = ("i got knocked off my bike in september at the junction of kennington lane and harleyford road (vauxhall), they "
      "redid the layout last year and its worse now. i want the collision figures for that junction before and after, "
      "the road safety audit for the new layout, how much it cost, who designed it (was it a consultant?) and the "
      "emails they had with residents about it. is it lambeth council or tfl??")


def test_the_cyclists_five_asks_are_five_parts_and_the_junction_is_named():
    framing = frame_message(P3)
    texts = [p.text.lower() for p in framing.parts]
    assert any("collision" in t for t in texts) and any("safety audit" in t for t in texts)
    assert any("email" in t for t in texts) and any("spent" in t or "cost" in t for t in texts)
    assert not any("collision" in t and "safety audit" in t for t in texts)  # never two records in one part
    assert any("kennington lane and harleyford road" in t for t in texts if "collision" in t)
    assert not any("left out" in q.lower() for q in framing.questions)


def test_an_aside_in_brackets_keeps_its_own_pronoun():
    framing = frame_message(P3)
    assert any("(was it a consultant?)" in p.text for p in framing.parts)


@pytest.mark.parametrize("text", [
    "i got knocked off my bike at kennington lane and harleyford road. how many collisions at that junction since 2020",
    "i was hit by a car at the corner of mill road and station street. how many accidents at that junction in 2024",
])
def test_that_junction_is_the_junction_the_story_names(text):
    framing = frame_message(text)
    assert any(" and " in p.text and "that junction" not in p.text.lower() for p in framing.parts)


def test_its_before_a_verb_taking_an_object_is_it_is():
    from askfoi.word_slips import read_as_meant

    assert "it is costing the council" in read_as_meant("how much its costing the council")
    assert read_as_meant("what is its funding") == "what is its funding"
    assert read_as_meant("its spending on roads") == "its spending on roads"


def test_a_question_inside_a_list_of_records_is_its_own_ask():
    from askfoi.record_lists import record_items

    items = record_items("I want the contract with veolia, the emissions monitoring data (dioxins, nox, particulates), "
                         "how much its costing the council, the minutes of meetings where they discussed it")
    assert len(items) == 4 and items[2].startswith("how much")
    assert any("(dioxins, nox, particulates)" in i for i in items)


def test_there_before_what_someone_owns_is_their():
    framing = frame_message("how many people in worcestershire had to sell there home to pay for care last year")
    assert any("their home" in p.text for p in framing.parts)
    assert not any("in Worcestershire home" in p.text for p in framing.parts)


@pytest.mark.parametrize("text", ["do police scotland have IMSI catchers", "does essex police have drones"])
def test_a_force_having_surveillance_kit_is_asked_as_its_use(text):
    framing = frame_message(text)
    assert framing.parts and framing.parts[0].kind == "use"
    assert any(f.code == "ncnd-risk" for f in framing.findings)


def test_watching_a_named_group_is_the_forces_act_never_the_kits():
    framing = frame_message("do police scotland have IMSI catchers, have they been monitoring dundee climate action")
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2
    assert not any("IMSI catchers have been monitoring" in t or "having been monitoring" in t for t in texts)


Q3 = ("hi, im part of a residents group fighting the new waste incinerator they want to build near us at Rye House in "
      "Hoddesdon. hertfordshire county council is the waste authority and the operator is Veolia. I want the councils "
      "contract with veolia for it, the emissions monitoring data and plans (dioxins, nox, particulates), how much its "
      "costing the council, the minutes of meetings where they discussed it and all emails between council officers "
      "and veolia since 2022. how do i get all this without them fobbing us off")


def test_the_incinerator_asks_are_five_parts_and_none_joins_two():
    framing = frame_message(Q3)
    texts = [p.text.lower() for p in framing.parts]
    assert len(texts) == 5
    assert any("emissions" in t for t in texts) and any("minutes" in t for t in texts)
    assert not any("emissions" in t and "costing" in t for t in texts)
    assert not any("council's costing" in t for t in texts)
