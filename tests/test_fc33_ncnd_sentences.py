"""fc33 (issue 9, real request texts): a part of a whole letter is read sentence by sentence for covert use. Asking
whether a force uses a surveillance technology at all counts as covert unless limited to overt use, even when the same
part goes on to ask what it costs, how many there are or for the policy ("If so, ..."): the everyday overt word of the
follow-up sentence no longer limits the whole part to overt use."""

import pytest

from askfoi.matching import get_matcher

# each read as limited to overt use on main, and not warned by `askfoi match`
USE_THEN_COST = [
    ("Essex Police", "Does Essex Police use facial recognition technology? If so, how much does the contract cost?"),
    ("Essex Police", "Does Essex Police use live facial recognition or any other facial recognition technology? "
                     "If so, which company supplies it and how much does the contract cost?"),
    ("Kent Police", "Does the force use drones? If so, how many does it have and what do they cost?"),
    ("Norfolk Constabulary", "Dear Sir or Madam,\n\nHas Norfolk Constabulary ever used facial recognition software "
                             "to identify people from images? If yes, please provide the total spent on it in each "
                             "year since 2021.\n\nYours faithfully"),
]

# one sentence, or every sentence on the topic limited, keeps its overt reading
OVERT = [
    ("Kent Police", "How many drones does the force have? What is the policy on their use?"),
    ("Essex Police", "How many body worn cameras does the force have? Please provide the policy on their use."),
    ("Essex Police", "Does the force use facial recognition vans? I am only asking about overt use. "
                     "How much did they cost?"),
]


@pytest.mark.parametrize("authority,text", USE_THEN_COST)
def test_use_question_then_cost_is_warned(authority, text):
    f = get_matcher().match(text, authority).forecast
    assert f.ncnd_likely
    assert any(p.ncnd_likely for p in f.parts)
    said = " ".join(e for p in f.parts for e in (p.evidence or []))
    assert "limited to overt use" not in said


@pytest.mark.parametrize("authority,text", OVERT)
def test_overt_parts_stay_overt(authority, text):
    f = get_matcher().match(text, authority).forecast
    assert not f.ncnd_likely


def test_sentence_reading_only_adds_covert():
    from askfoi.ncnd_topics import asks_covert_in_sentences, load_topics

    topics = load_topics()[0]
    fr = topics["facial_recognition"]
    # one sentence: as `asks_covert`
    assert not asks_covert_in_sentences("facial_recognition", fr, "How much has the force spent on facial recognition?")
    # a later sentence naming the topic with no overt word
    assert asks_covert_in_sentences(
        "facial_recognition", fr, "What did it cost? Does the force use facial recognition to identify people?")
    # a sentence that does not name the topic cannot make the part covert
    assert not asks_covert_in_sentences(
        "facial_recognition", fr, "How many facial recognition vans are there? Who is the chief constable?")
    # an explicit limit anywhere in the part limits all of it
    assert not asks_covert_in_sentences(
        "facial_recognition", fr, "Does the force use facial recognition? Overt use only, please.")
