"""fx50 (issue 8, nc49 #3 and #9): parts are English. A count whose things did something keeps its relative word; a
part never counts the body itself; a subject slot that holds a verb and its object is no noun phrase; text-speak is
read as meant and `askfoi check` says when a request still has it. My own wordings."""
import re
from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.framing import _embedded_count, frame_message
from askfoi.part_gate import verb_with_object_pronoun

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("said", ["how many teaching assistants left the trust's academies",
                                  "how many staff received the bonus"])
def test_a_count_of_things_that_did_something_stays_the_question_typed(said):
    # fix44a: a real question as typed (grammatical, and the person's words as a run: fr14b), never "the number of
    # staff received ..."
    assert _embedded_count(said) == said


def test_a_count_of_what_someone_did_to_the_things_is_unchanged():
    assert _embedded_count("how many fires the service attended at waste sites") == \
        "the number of fires the service attended at waste sites."


def test_a_trust_question_about_staff_who_left_reads():
    texts = [p.text for p in frame_message("Ark Schools trust - how many teaching assistants left the trust's "
                                           "academies in 2024?", today=TODAY).parts]
    assert any(t.startswith(("The number of teaching assistants that left", "How many teaching assistants left"))
               for t in texts), texts
    assert not any(re.search(r"(?i)number of teaching assistants left", t) for t in texts), texts


def test_no_part_counts_a_body():
    texts = [p.text for p in frame_message("the environment agency - how many pollution incidents did southern water "
                                           "report in kent in 2025 and how many were prosecuted", today=TODAY).parts]
    assert texts and not any("number of the environment agency" in t.lower() for t in texts), texts
    assert any("prosecuted" in t for t in texts), texts


@pytest.mark.parametrize("subject, verb", [("the flights fly them over protests", "fly them"),
                                           ("the officers stop them in the street", "stop them")])
def test_a_verb_with_its_object_pronoun_is_no_noun_phrase(subject, verb):
    assert verb_with_object_pronoun(subject) == verb


@pytest.mark.parametrize("subject", ["records about them", "any of them", "the letters sent to him"])
def test_a_pronoun_after_a_preposition_is_a_noun_phrase(subject):
    assert verb_with_object_pronoun(subject) is None


def test_text_speak_is_read_as_meant_in_the_parts():
    texts = [p.text for p in frame_message("hiya wot r the arrest figs 4 gwent police 2022-2024 broken down by age n "
                                           "sex pls", today=TODAY).parts]
    joined = " ".join(texts)
    assert "figures for" in joined and "age and sex" in joined and " n " not in joined and "figs" not in joined, texts


def test_check_says_a_request_still_has_text_speak():
    codes = [f.code for f in check_request("What are the arrest figs 4 Gwent Police broken down by age n sex?",
                                           "Gwent Police").findings]
    assert "text-speak" in codes
    plain = [f.code for f in check_request("How many arrests for 2024, by age and sex? The top 4 reasons please.",
                                           "Gwent Police").findings]
    assert "text-speak" not in plain
