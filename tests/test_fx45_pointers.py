"""fx45 (issue 8, nc44 #8 and #14): a part keeps the doer it was asked about ("flagged by it", written as the story's
thing), and "the catchers" is the compound name the story gave them ("imsi catchers"). Invented messages only."""
from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.story_antecedents import mentions

DAY = date(2026, 12, 4)
_texts = lambda message: [p.text for p in frame_message(message, today=DAY).parts]  # noqa: E731


def test_the_doer_of_a_count_is_never_dropped():
    got = _texts("the council started using an AI tool to check housing benefit claims last year. how many claims were "
                 "flagged by it?")
    assert got == ["The number of claims flagged by the AI tool."], got


def test_a_bare_head_is_the_compound_the_story_named():
    got = _texts("police used imsi catchers at the protest. how many times did they use the catchers in 2024?")
    assert len(got) == 1 and "imsi catchers" in got[0].lower(), got


def test_two_names_for_the_head_leave_it_as_typed():
    got = _texts("the council installed speed cameras and anpr cameras. how many fines did the cameras issue?")
    assert not any("speed cameras" in t or "anpr cameras" in t.lower() for t in got), got


@pytest.mark.parametrize("sentence, phrase", [
    ("the council started using an AI tool to check housing benefit claims last year.", "the AI tool"),
    ("they put a CCTV van to catch people speeding.", "the CCTV van"),
])
def test_a_noun_before_to_is_no_verb_after_one_thing(sentence, phrase):
    assert phrase in [m.own for m in mentions(sentence)]


@pytest.mark.parametrize("sentence, phrase", [
    ("the council plan to close the library.", "the council"),
    ("Kent Police plan to buy drones.", "Kent Police"),
])
def test_a_body_before_a_bare_verb_keeps_its_verb(sentence, phrase):
    assert phrase in [m.own for m in mentions(sentence)]


def test_a_letter_reads_the_thing_from_its_parts_only():
    got = _texts("Dear Council,\n\nI reported an expensive repair job on 3 May.\n\n1. Please provide the cost incurred in the "
                 "job.\n2. Please provide the date the job was completed.\n\nYours faithfully,\nA Person")
    assert not any("expensive" in t or "repair job" in t for t in got), got
