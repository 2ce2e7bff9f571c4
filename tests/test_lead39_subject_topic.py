"""lead39 (newcomer): a letter whose parts are kept in the person's words had a subject line with no topic
("Freedom of Information request: 2023"). The topic is read by shape (askfoi/topic_phrases.py): runs of nouns and
their modifiers, the organisation and the asking words left out, the first run that says what the part is about."""

import pytest

from askfoi.answers import Answers
from askfoi.letter import draft_letter
from askfoi.topic_phrases import part_topic, starts_as_noun

TOPICS = [
    ("How many times Kent Police used drones in 2023 and whether they have a policy on it?", "Kent Police", "drones"),
    ("What did the council do about the complaints about the noise from the pub on high street in 2023", None,
     "complaints about the noise"),
    ("Please confirm whether the school has a policy on mobile phones", None, "policy on mobile phones"),
    ("Please tell me what steps the council took after the flooding in December 2023", None, "flooding"),
    ("How much did Hull City Council pay to consultants in the last 3 years?", "Hull City Council", "consultants"),
    ("does essex police use facial recognition on body worn cameras", "Essex Police",
     "facial recognition on body worn cameras"),
    ("Copies of all emails between council officers and Veolia about missed bin collections in Hackney Wick", None,
     "missed bin collections in Hackney Wick"),
    ("Is the council going to close the library on Mill Lane?", None, "library on Mill Lane"),
    ("Any minutes, reports or decision records that set out the reasons for the decision to put up council tax", None,
     "council tax"),
    ("Please provide the 999 call recording from 2025", None, "999 call recording"),
    ("Has Leeds City Council assessed the impact of the 2023 parking changes?", "Leeds City Council",
     "impact of the parking changes"),
]


@pytest.mark.parametrize("part, body, topic", TOPICS)
def test_the_topic_of_a_part_in_the_persons_words(part, body, topic):
    assert part_topic(part, body) == topic


@pytest.mark.parametrize("part", ["How many in the last 3 years?", "why has it not been done", "what do they do"])
def test_a_part_with_no_thing_named_has_no_topic(part):
    assert part_topic(part) is None


@pytest.mark.parametrize("phrase, ok", [("CCTV cameras", True), ("the bins", True), ("not been fixed", False),
                                        ("body-worn footage", True), ("on CCTV", False)])
def test_a_topic_begins_as_a_noun_phrase(phrase, ok):
    assert starts_as_noun(phrase) is ok


def test_the_subject_line_names_the_topic_of_parts_kept_whole():
    answers = Answers(authority="Kent Police", parts=[
        "How many times Kent Police used drones in 2023 and whether they have a policy on it?"], period="2023")
    subject = draft_letter(answers).subject
    assert "drones" in subject, subject


def test_the_times_something_was_done_are_never_what_a_later_it_means():
    """lead39 (newcomer): "how many people got arrested because of it" became "because of the times south"."""
    from askfoi.framing import frame_message

    framing = frame_message("hi my dad was stopped by police in cardiff and i think they used that facial recognition "
                            "van on him. i want to know how many times south wales police used the vans last year, how "
                            "many people got arrested because of it")
    arrested = next(p.text for p in framing.parts if "arrested" in p.text)
    assert "times south" not in arrested.lower(), arrested
