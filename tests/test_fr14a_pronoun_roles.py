"""fr14a: who "they", "it", "them", "their" mean in a part, read by the pronoun's role (askfoi/pronoun_roles.py).

Behaviour, not exact strings: the body does what an organisation does, a thing costs or leads to something, a person
is never the body, and what is not sure is asked as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askfoi.framing import frame_message
from askfoi.pronoun_roles import body_phrase, roles, thing_referent

DATA = Path(__file__).parent / "data" / "pronoun_messages.jsonl"


def _parts(f) -> str:
    return " ".join(p.text for p in f.parts).lower()


def _role(text: str, word: str) -> str:
    return next(p.role for p in roles(text) if p.word.lower() == word)


@pytest.mark.parametrize("text, word, role", [
    ("how many falls they recorded in there homes", "there", "owner"),
    ("what they do to stop them", "they", "agent"),
    ("what they do to stop them", "them", "object"),
    ("how much money have they made from parking since 2020", "they", "agent"),
    ("how much money did they take from them", "they", "agent"),
    ("how many arrests has it led to", "it", "thing"),
    ("how much did they cost", "they", "thing"),
    ("how many times have they been used", "they", "thing"),
    ("what are they doing about it", "they", "agent"),
    ("what did they record in 2024", "they", "either"),
    ("she had a fall", "she", "person"),
])
def test_roles(text, word, role):
    assert _role(text, word) == role


def test_is_there_and_there_are_are_no_possessive():
    assert not [p for p in roles("is there a policy on it") if p.word == "there"]
    assert not [p for p in roles("how long have they been there") if p.word == "there"]


def test_body_is_the_one_organisation_and_not_a_setting():
    assert body_phrase("my nan was in a care home run by the council") == "the council"
    assert body_phrase("the council wants an incinerator beside our school") == "the council"
    assert body_phrase("the council and the nhs trust both said no") is None  # two bodies: not sure
    assert body_phrase("anything", "the force") == "the force"


def test_thing_agrees_in_number_and_is_never_a_body_or_a_person():
    before = "does essex police use drones and"
    assert thing_referent("they", before).head == "drones"
    assert thing_referent("it", before) is None  # no singular thing: not sure
    assert thing_referent("them", "my son and the teachers went on a trip with the council") is None
    two = "the council put new speed cameras on the a38 and new bins in the park."
    assert thing_referent("they", two) is None  # two different things: asked, never guessed


def test_the_briefs_four_messages():
    f = frame_message("hi my nan was in a care home run by the council and she had a fall last year, i want to know how "
                      "many falls they recorded in there homes and what they do to stop them")
    text = _parts(f)
    assert "the falls do" not in text and "there homes" not in text
    assert "council's" in text and "preventing falls" in text and any(p.kind == "policy" for p in f.parts)
    f = frame_message("what does the nhs trust think about the new parking charges, and how much money have they made "
                      "from parking since 2020")
    assert "charges made" not in _parts(f) and any(p.kind == "income" and "parking" in p.text for p in f.parts)
    f = frame_message("does west midlands police use live facial recognition? how many arrests has it led to")
    assert "recognition led to" not in _parts(f)
    assert any(p.kind == "count" and "arrests" in p.text and "resulting from" in p.text for p in f.parts)
    f = frame_message("does essex police use drones and how much did they cost")
    assert f.parts and any(p.kind == "total_spend" and "drones" in p.text for p in f.parts)
    assert not f.questions


def test_what_the_body_did_is_not_written_as_the_things_counted():
    f = frame_message("how many air quality monitors does birmingham have and what did they record in 2024")
    assert "the council record" not in _parts(f)  # monitors record too: written as neither the body nor guessed
    f = frame_message("the council put new speed cameras on the a38. how many fines have they issued and how much did "
                      "they cost")
    assert "spent on fines" not in _parts(f) and "speed cameras" in _parts(f)


def test_not_sure_is_asked_never_guessed():
    f = frame_message("the council put new speed cameras on the a38 and new bins in the park. how much did they cost")
    assert "spent on" not in _parts(f)
    assert f.questions or any(getattr(x, "code", "") == "story-reference" for x in f.findings)


def test_a_person_is_never_the_body():
    f = frame_message("my gran lives in a care home run by the council and she fell twice. how many falls did they "
                      "record last year")
    text = _parts(f)
    assert "the council fell" not in text and "she" not in text.split()
    assert "falls" in text


def test_why_did_they_close_it_is_the_reasons_for_the_decision():
    f = frame_message("the police closed the front desk at the station. why did they close it")
    assert any(p.kind == "reasons" and "close the front desk" in p.text for p in f.parts)


def test_a_question_and_a_joined_question_are_no_address():
    f = frame_message("does the council use weedkiller in parks and how much do they spend on it")
    assert len(f.parts) == 2 and "weedkiller" in f.parts[1].text.lower()


@pytest.mark.parametrize("split, least", [("tune", 23), ("test", 21), ("fresh", 9)])
def test_invented_messages(split, least):
    """tests/data/pronoun_messages.jsonl: the words each message's parts must hold, the wrong readings none may hold,
    and a part for every message."""
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["split"] == split]
    right = 0
    for r in rows:
        f = frame_message(r["text"])
        text = _parts(f)
        assert f.parts or f.questions, r["id"]
        assert not any(w in text for w in r["absent"]), r["id"]
        right += all(w in text for w in r["contains"])
    assert right >= least
