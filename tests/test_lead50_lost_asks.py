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
