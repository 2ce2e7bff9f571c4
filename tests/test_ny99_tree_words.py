"""ny99 (nc99 #5, j4): kinds of tree (knowledge/vocab/tree_words.yaml) are environmental subjects and no names."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import capitalise_names, frame_message

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize("message", [
    "what is leeds city council replacing the elms with",  # nc99 j4's part 3, on its own
    "how many beeches did leeds city council lose to disease in 2025",
    "how many sycamores has york council planted since 2024",
])
def test_a_kind_of_tree_is_environmental(message):
    assert frame_message(message, today=TODAY).regime == "EIR"


@pytest.mark.parametrize("message", [
    "emails from councillor oakes about the budget",  # a surname after a title (its spelling fix "oaks" too)
    "how many staff work at the oak centre in leeds",
    "why did leeds city council close the library on elm street",  # first_messages m006: a street's name
    "how much did leeds city council spend on agency staff in 2025",
])
def test_names_and_other_subjects_stay_under_foia(message):
    assert frame_message(message, today=TODAY).regime == "FOIA"


def test_a_kind_of_tree_keeps_its_small_letter_but_a_street_named_after_one_does_not():
    assert capitalise_names("the number of elms felled in the city") == "the number of elms felled in the city"
    assert capitalise_names("what you are replacing the elms with") == "what you are replacing the elms with"
    assert "Elm Road" in capitalise_names("the oaks on elm road")
    assert "oaks on" in capitalise_names("the oaks on elm road")


def test_the_brighton_elms_letter_is_environmental_with_no_capital():
    framing = frame_message("brighton and hove council are cutting down the old elm trees on my road saying they have "
                            "disease. i want to see the tree survey that says that, and how many elms they have felled "
                            "in the city this year and what they are replacing them with", today=TODAY)
    texts = " ".join(p.text for p in framing.parts)
    assert framing.regime == "EIR"
    assert "elms felled" in texts and "Elms" not in texts
