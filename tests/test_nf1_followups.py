"""nf1 (issue 8, faults a newcomer found): elliptical follow-ups take the head noun of the count before them,
the subject line names what a kept question counts, and a part's "that hospital" is the place the story named.
Every sentence here is invented, in the shapes people type."""

from __future__ import annotations

import re

import pytest

from askfoi.answers import Answers
from askfoi.framing import frame_message
from askfoi.letter import SUBJECT_MAX_CHARS, _subject, _topic, counted_things
from askfoi.models import Regime
from askfoi.questions import split_questions
from askfoi.story_places import name_story_places, place_named


def texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message).parts]


# --- 1. follow-ups with no noun of their own -------------------------------------------------------


@pytest.mark.parametrize("message, noun", [
    ("how many dog fouling fines did sheffield council hand out in 2024 and how many got paid, also how many was "
     "tourists", "fines"),
    ("how many horses did the council seize last year, how many went back to owners and how many was foals", "horses"),
    ("how many road closures did kent county council approve in 2023 and how many overran, also how many is on a-roads",
     "road closures"),
])
def test_every_follow_up_names_what_it_counts(message, noun):
    parts = texts(message)
    assert len(parts) >= 3
    for part in parts:
        assert not re.match(r"(?i)how many (?!of\b)(?:was|were|is|are|got|went|overran)\b", part)  # no bare follow-up
        assert len(re.findall(r"(?i)\bhow many\b", part)) <= 1  # never two follow-ups glued
        assert not re.search(r"(?i)\b(?:that|who) (?:did|do|does) ", part)  # no question order inside a part
        assert noun.split()[-1][:-1] in part.lower()


def test_a_follow_up_after_a_question_in_question_order_is_a_subset_of_those_things():
    standalone = split_questions("how many fixed penalty notices did leeds council issue in 2024, and how many was "
                                 "to under 18s", fill_all=True)
    assert standalone[1].lower().startswith("how many of those fixed penalty notices were")


def test_was_agrees_with_a_plural_head():
    parts = texts("how many bins did the council replace in 2024 and how many was paid for by residents")
    assert not re.search(r"(?i)\bbins\b.*\bthat was\b", parts[-1])


def test_a_class_of_people_said_of_things_is_of_those_people():
    questions = split_questions("how many arrests did essex police make in 2024 and how many of them was teenagers",
                                fill_all=True)
    assert re.search(r"(?i)were of teenagers", questions[-1])


def test_a_past_tense_that_is_also_a_verb_of_its_own_follows_the_count():
    # "found" is the past of "find" (and a verb "to found"): read as what those things did
    parts = texts("how many tenancy checks did the housing association carry out in 2024 and how many found subletting")
    assert len(parts) == 2
    assert "subletting" in parts[1] and not parts[1].endswith("?")


def test_a_second_follow_up_narrows_the_count_not_the_follow_up_before():
    parts = texts("how many cats did the rspca rescue in bristol in 2024, how many found new homes and how many was "
                  "kittens")
    assert "kittens" in parts[-1] and "new homes" not in parts[-1]


# --- 2. the subject line of kept questions -----------------------------------------------------------


@pytest.mark.parametrize("question, counted", [
    ("How many patients fall out of bed on the stroke wards each month?", "patients falling out of bed"),
    ("how many parking permits were refused in 2024", "parking permits refused"),
    ("How many complaints about noise did you get?", "complaints about noise"),
])
def test_what_a_count_question_counts_is_a_short_noun_phrase(question, counted):
    assert counted_things(question) == counted


def test_a_subject_line_never_shows_a_question_cut_off():
    parts = ["How many residents of the three tower blocks on the estate have complained about the lifts breaking "
             "down since the contractor changed?"]
    subject = _subject(Regime.FOIA, parts, None, _topic(Answers(authority="x", parts=parts)))
    assert len(subject) <= SUBJECT_MAX_CHARS and not subject.endswith("...")
    # (session 52, nx70: the people counted alone, "residents", name no topic: the plain title rather than a fragment)
    assert "residents of the three tower blocks" in subject or subject == "Freedom of Information request"


def test_a_question_that_counts_nothing_gives_no_cut_off_subject():
    parts = ["Why did the council decide that the ice rink at the old market hall in the town centre should close "
             "early every winter since then?"]
    subject = _subject(Regime.FOIA, parts, None, None)
    assert not subject.endswith("...") and "?" not in subject


# --- 3. a place only the story names ----------------------------------------------------------------


def test_that_hospitals_wards_is_written_as_the_wards_the_story_named():
    message = ("my dad had a fall at st james hospital in june, he was on ward 4. how many patients fall on that "
               "hospitals wards each month")
    joined = " ".join(texts(message))
    assert "St James Hospital" in joined and "that hospital" not in joined.lower()


def test_that_school_is_the_school_the_story_named():
    text, left = name_story_places("How many pupils were excluded from that school in 2023?",
                                   "my son goes to oakfield academy and got excluded. how many pupils were excluded "
                                   "from that school in 2023")
    assert "Oakfield Academy" in text and left is None


def test_a_place_the_message_never_names_gets_a_finding():
    framing = frame_message("my daughter was sent home last week. how many pupils were sent home from that school "
                            "in 2024")
    assert "story-reference" in {f.code for f in framing.findings}


@pytest.mark.parametrize("part, message", [
    ("How much was spent on textbooks this school term?", "how much was spent on textbooks this school term"),
    ("Incidents in that station's area, by month.", "the call-outs from each ambulance station. incidents in that "
     "station's area, by month"),
])
def test_a_place_word_that_is_no_story_reference_is_left(part, message):
    assert name_story_places(part, message) == (part, None)


def test_two_different_places_of_one_kind_name_neither():
    assert place_named("she moved from hillside school to brook school", "school") is None


def test_a_request_kept_in_the_persons_words_is_not_cut_into_the_subject_line():
    parts = ["Please confirm whether each of the twelve libraries in the borough has had its opening hours cut since "
             "the budget of last spring."]
    subject = _subject(Regime.FOIA, parts, None, None)
    assert not subject.endswith("...") and "Please" not in subject
