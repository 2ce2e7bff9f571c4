"""sp65 (nc102 #8): the example edit made of a part still in the person's words is their question whole, or no example
of their words at all when it is too long to show: never a question cut short, which asks something else."""
from __future__ import annotations

import pytest

from askfoi.kept_part_subjects import own_words_example


@pytest.mark.parametrize("part, whole", [
    # nc102 j2 and j6, cut on main at twelve words ("... in Leeds last", "... reduced or stopped")
    ("How many times were the drones used at demos in Leeds last year?",
     "how many times the drones were used at demos in Leeds last year"),
    ("How many of the PIP awards that were reduced or stopped were changed back on appeal?",
     "how many of the PIP awards that were reduced or stopped were changed back on appeal"),
    # my own words
    ("how many of the tenants who reported damp in 2024 were moved to another flat by the council?",
     "how many of the tenants who reported damp in 2024 were moved to another flat by the council"),
])
def test_the_example_is_the_question_whole(part, whole):
    assert own_words_example(part) == whole


@pytest.mark.parametrize("part", [
    "how many times did west yorkshire police fly drones over protests and football matches in leeds and bradford "
    "between january 2023 and december 2025 and what for",
    "what did the council spend on agency social workers in the children's services department in each of the last "
    "five financial years broken down by agency",
])
def test_a_question_too_long_to_show_gives_no_example_of_its_words(part):
    assert own_words_example(part) == ""


def test_guard_short_questions_unchanged():
    assert own_words_example("Who decided the rise?") == "who decided the rise"
    assert own_words_example("how long is the waiting list") == "how long the waiting list is"
