"""Answers at the organisation step that are not an organisation: a period typed a step early, a sentence, "the
ambulance service not the council" (the body meant, offered from the place the first message named). None of
them ever becomes the letter's addressee."""

from __future__ import annotations

from datetime import date

from askfoi.body_answers import read_body_answer
from askfoi.conversation import Conversation


def talk(*messages: str) -> tuple[Conversation, str]:
    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    said = ""
    for m in messages:
        said = " ".join(getattr(x, "text", str(x)) for x in conv.reply(m).messages)
    return conv, said


def test_a_period_at_the_organisation_step_is_kept_for_the_period_step():
    conv, said = talk("how many fixed penalty notices did the police give for speeding", "last 3 financial years")
    assert conv.session.authority is None and "time period" in said
    conv2, said2 = talk("how many fixed penalty notices did the police give for speeding", "last 3 financial years",
                        "south wales police")
    assert conv2.session.authority == "South Wales Police"
    assert "1 April 2023 to 31 March 2026" in said2  # proposed at the period step


def test_not_the_council_keeps_the_body_meant():
    conv, said = talk("how long do ambulances take to get to people in cornwall",
                      "no its the ambulance service not the council")
    assert "South Western Ambulance Service NHS Foundation Trust" in said
    assert "not the council" not in (conv.session.authority or "")


def test_kinds_of_answer():
    assert read_body_answer("last 3 financial years").kind == "period"
    assert read_body_answer("its the one that does the buses round here i think").kind == "sentence"
    assert read_body_answer("the ambulance service", context="ambulance waits in Leeds").picks == [
        "Yorkshire Ambulance Service NHS Trust"]


def test_the_law_that_applies_is_good_to_know_not_a_push_back():
    """Low-severity findings (which law applies, a body askfoi does not know) are told apart at the review."""
    _, said = talk("how many bins were collected late by glasgow city council in 2025", "ok", "ok", "ok")
    assert "good to know" in said and "push back on" not in said
    _, mixed = talk("how many bins were collected late by glasgow city council", "ok", "skip", "ok")
    assert "push back on" in mixed and "Good to know" in mixed
    assert mixed.index("push back on") < mixed.index("Good to know")


def test_a_one_word_subject_line_says_which_ones():
    conv, _ = talk("how many people are on the housing waiting list in glasgow", "ok", "ok", "ok")
    assert "people on the housing waiting list" in conv.insight().letter.splitlines()[0]


def test_a_question_typed_at_the_organisation_step_is_not_the_organisation():
    """nu22: askfoi said it left "which agencies" out and to add it; typed at the organisation step, it became the
    letter's addressee ("I'll address it to them")."""
    for typed in ("which agencies they used", "and how much they paid them", "what the contract was worth"):
        conv, said = talk("how much did swansea council spend on agency social workers last year", typed)
        assert conv.session.authority in (None, "Swansea Council", "City and County of Swansea Council"), typed
        assert "question for the letter" in said, typed
    assert read_body_answer("Whitehaven Harbour Commissioners").kind != "question"
