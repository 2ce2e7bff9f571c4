"""fm99: an NCND topic's words inside the capitalised title of a review, report, strategy or plan ("the Independent
Review of Serious and Organised Crime", "the force's Serious and Organised Crime Strategy") are the name of a document,
not what the part asks about (knowledge/vocab/ncnd_asked.yaml `name`). Lower-case words, a subject line's internal
review number and a topic asked beside the title are kept."""

import pytest

from askfoi.matching import get_matcher
from askfoi.ncnd_topics import asked_text, topics_in


def _topics(text: str) -> list[str]:
    return topics_in(asked_text(text))


@pytest.mark.parametrize("text", [
    "Please send the annexes of the Independent Review of Serious and Organised Crime.",
    "Information about the Independent Review of Serious and Organised Crime, including the report.",
    "Please send a copy of the force's Serious and Organised Crime Strategy.",
    "Please send the terms of reference of the National Review of Facial Recognition Technology.",
    "I would like the Covert Surveillance Report for 2022 that went to the police and crime panel.",
])
def test_a_topic_word_in_a_documents_title_is_not_asked(text):
    assert _topics(text) == [], asked_text(text)


@pytest.mark.parametrize("text, topic", [
    # guards: lower case is no title; capitals with no head word are no title; a topic asked beside a title is kept
    ("Please send the review of organised crime policing carried out in 2022.", "organised_crime"),
    ("How many organised crime groups did the force disrupt in 2023?", "organised_crime"),
    ("REVIEW OF INFORMANTS USED BY THE FORCE", "informants"),
    ("Did the Review of Serious and Organised Crime recommend using more informants?", "informants"),
    ("How many Organised Crime Groups were mapped in 2022?", "organised_crime"),
    ("FOI Request - Review of 101003400486 Chinese CCTV Cameras Review of a request", "overt_cameras"),
])
def test_guard_topics_outside_a_title_are_kept(text, topic):
    assert topic in _topics(text), asked_text(text)


def test_the_home_office_asked_for_a_reviews_annexes_is_not_warned():
    forecast = get_matcher().match("Please send the annexes of the Independent Review of Serious and Organised Crime, "
                                   "including the list of contributors.", "Home Office").forecast
    assert not forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts if p.ncnd_likely]


def test_guard_organised_crime_groups_asked_of_a_force_are_still_warned():
    forecast = get_matcher().match("How many organised crime groups did the force disrupt in 2023?", "Kent Police").forecast
    assert forecast.ncnd_likely
