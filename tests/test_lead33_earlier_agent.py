"""Lead (session 33): a subject pronoun of a follow-on question means the doer of the question before it (its
grammatical subject), not the thing that question counted: "how many complaints did Thames Water receive ... how
many times did they discharge" asks what Thames Water did, never what the complaints did."""

import re

from askfoi.framing import frame_message


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message).parts]


def test_they_after_a_named_doer_is_the_doer():
    texts = _texts("How many complaints did Thames Water receive about sewage in the river Thames in 2024? "
                   "and how many times did they discharge")
    assert not any("complaints discharge" in t for t in texts), texts
    assert any("did you discharge" in t for t in texts), texts  # lf64: the letter speaks to Thames Water as "you"


def test_they_after_the_council_doing_it():
    texts = _texts("how many parking fines did the council issue in 2024 and how many did they cancel")
    assert not any(re.search(r"fines cancel\b", t.lower()) for t in texts), texts  # ny79's "fines cancelled" is right


def test_they_is_still_the_things_when_they_did_it():
    # the earlier question's subject is the thing counted: "they" is still those things
    texts = _texts("how many asylum seekers were housed in hotels in leeds in 2024 and where were they moved to")
    assert any("asylum seekers" in t for t in texts[1:]), texts


def test_spend_then_a_second_question_is_two_parts():
    # lead33: "and how many ..." after the thing spent on opens a new question, never part of what was spent on
    texts = _texts("how much did essex police spend on drones and how many have they bought")
    assert not any("how many" in t.lower() and "spent" in t.lower() for t in texts), texts
    assert any(t.startswith("The total amount spent on drones") for t in texts), texts


def test_where_did_they_put_them_is_the_doer():
    texts = _texts("how many speed cameras did the council install and where did they put them")
    assert not any("cameras put" in t for t in texts), texts


def test_people_counted_stay_the_they():
    texts = _texts("how many homeless families did brighton council house in hotels in 2024 and how long have they been there")
    assert not any("Council been" in t for t in texts), texts
