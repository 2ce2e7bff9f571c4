"""fr21a: a list's stem says what its items are about ("... regarding the library closure:" over "- the consultation
responses"); an item that does not say it itself gets it in its frame ("..., relating to the library closure"), never the
stem's words pasted onto the person's (issue 8). Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.questions import read_message, stem_topic

TODAY = date(2026, 12, 1)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


@pytest.mark.parametrize("sentence, topic", [
    ("Could you provide the following information regarding the lollipop crossing patrols:", "the lollipop crossing patrols"),
    ("I am writing about the closure of Elmtree swimming baths.", "the closure of Elmtree swimming baths"),
    ("Please can you send me the following in relation to the Riverside bridge repairs:", "the Riverside bridge repairs"),
    ("I would like to request information about gritting in Thornbury, for each of the last two winters:", "gritting in Thornbury"),
])
def test_the_stem_names_what_its_items_are_about(sentence, topic):
    assert stem_topic(sentence) == topic


@pytest.mark.parametrize("sentence", [
    "We keep hearing about trouble at the market.",  # the person's story, asking nothing
    "I would like to request information regarding your practices in this area:",  # points elsewhere
    "I am looking for information regarding the number of people using the tip:",  # a count is no topic
    "I have a question about my own council tax account:",  # the person's own
    "Please provide the following:",  # names nothing
])
def test_a_stem_that_names_nothing_usable_gives_no_topic(sentence):
    assert stem_topic(sentence) is None


def test_each_item_of_the_list_knows_its_stem():
    reading = read_message("Please send me the following regarding the Riverside bridge repairs:\n"
                           "1. the tender documents\n2. the final cost")
    assert reading.topics == {q: "the Riverside bridge repairs" for q in reading.questions}
    assert len(reading.questions) == 2


def test_a_bare_noun_item_keeps_its_words_and_gets_the_topic_after_them():
    parts = _parts("I am writing about the closure of Elmtree swimming baths. Please send me:\n"
                   "(a) the consultation responses\n(b) the equality impact assessment")
    assert parts == ["The consultation responses relating to the closure of Elmtree swimming baths.",
                     "The equality impact assessment relating to the closure of Elmtree swimming baths."]


def test_a_framed_item_gets_the_topic_as_a_qualifier_never_pasted():
    parts = _parts("Could you tell me the following about the Riverside bridge repairs:\n"
                   "1) the number of complaints received\n2) the cost of the scaffolding")
    assert parts[0] == "The number of complaints received relating to the Riverside bridge repairs."
    assert all("about the Riverside" not in p for p in parts)
    assert all(p.count("Riverside") == 1 for p in parts)


def test_an_item_that_says_the_topic_itself_is_left_alone():
    parts = _parts("Could you provide the following information regarding lollipop crossing patrols:\n"
                   "- the number of lollipop crossing patrols employed in 2025\n- the total cost of the patrols in 2025")
    assert all("relating to" not in p for p in parts)


def test_no_question_under_a_topic_stem_is_lost_or_asked_back():
    framing = frame_message("regarding the council's use of agency cleaners, please provide:\n1. total spend in 2024\n"
                            "2. the agencies used", today=TODAY)
    texts = " ".join(p.text for p in framing.parts)
    assert "Total spend in 2024" in texts and "agencies used" in texts
    assert not framing.questions


def test_an_item_that_points_with_a_pronoun_keeps_what_the_code_did():
    parts = _parts("Can you tell me about the grass cutting contract for Millbrook Park:\n1. who holds it\n2. when it ends")
    assert any("Millbrook Park" in p for p in parts)


def test_a_list_with_no_topic_stem_is_unchanged():
    parts = _parts("Please can you tell me, for each of the last three years:\n1. Cost of fuel for the gritters\n"
                   "2. number of gritters owned")
    assert all("relating to" not in p for p in parts)


def test_please_give_under_a_count_gives_what_to_give_for_the_things_counted():
    parts = _parts("1) How many parks are there in Bolton?\n2) How many new play areas were opened in 2023? Please give:\n"
                   "a) number of new play areas\nb) names of new play areas\nc) total cost of the new play areas")
    assert len(parts) == 2
    assert parts[1].startswith("The number of new play areas opened")
    assert parts[1].endswith("giving for them: number of new play areas; names of new play areas; total cost of the new play areas.")


def test_a_lead_in_never_goes_after_an_items_own_colon():
    parts = _parts("As of March 2024, please could you tell me:\n\n1) How many bowling greens are there in Bury?\n\n"
                   "2) How many new bowling greens were opened in 2021 and 2022? Please give:\na) names of new greens\n"
                   "b) total area of new land in hectares")
    assert not any(p.startswith(("Please give", "Names of", "Total area")) for p in parts)
    assert "names of new greens; total area of new land in hectares" in parts[-1]
