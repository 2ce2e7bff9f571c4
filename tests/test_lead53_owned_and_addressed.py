"""lead53 (session 52's leftovers and the newcomers' drone message): words inside a part's subject read by their
grammar, never cut or reordered into something no officer would write.

- A second thing owned by the first ("the bridge and its repairs", "agency staff and their training") stays in the
  subject; "its already falling apart" (it is) never joins it.
- "spend per year on X": the figures by year, never "the cost per year on X" (a rate).
- A determiner after a preposition ("complaints about our street did ...") opens the preposition's object, never
  the subject of an embedded question: the question is never reordered into "about did our street do".
- The body spoken to: its "its"/"their" is "your" ("your IT contract", "your housing backlog"), never "its" left in a
  sentence to "you" nor "the council's".
- "how often did they fly them": "they" acting on "them" is the body, "them" the things ("did you fly the drones"),
  never "did the drones fly them"."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.kept_questions import invert_embedded

TODAY = date(2026, 12, 6)


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize("message, expected", [
    ("how much has leeds city council spent on the bridge and its repairs since 2020",
     "The total amount spent on the bridge and its repairs."),
    ("how much did bristol council spend on agency staff and their training in 2024",
     "The total amount spent on agency staff and their training."),
    ("how many speed cameras does kent police have and their locations", "The number of speed cameras and their locations."),
])
def test_a_second_thing_owned_by_the_first_stays_in_the_subject(message, expected):
    assert _texts(message) == [expected]


@pytest.mark.parametrize("message", [
    "how much did the council spend on the bridge and its already falling apart",
    "how much did the council spend on the bridge and its falling apart",
])
def test_its_as_it_is_never_joins_the_subject(message):
    texts = _texts(message)
    assert texts
    assert all("falling" not in t or t.startswith("How much did") for t in texts), texts


@pytest.mark.parametrize("message, expected", [
    ("how much did leeds city council spend per year on agency staff from 2021 to 2024",
     "The total amount spent on agency staff, broken down by year."),
    ("what did leeds city council spend each year on consultants since 2019",
     "The total amount spent on consultants, broken down by year."),
])
def test_spend_per_year_is_a_breakdown_never_a_rate(message, expected):
    assert _texts(message) == [expected]


@pytest.mark.parametrize("question", [
    "how many complaints about our street did bolton council get in 2024",
    "how many reports about the noise did you get",
    "how much money for their new offices did they spend",
])
def test_a_determiner_after_a_preposition_opens_no_embedded_question(question):
    assert invert_embedded(question) == question


def test_a_direct_question_about_our_street_is_kept_in_order():
    texts = _texts("how many complaints about our street did bolton council get in 2024")
    assert len(texts) == 1 and "about did" not in texts[0] and not texts[0].lower().startswith("please tell me"), texts


@pytest.mark.parametrize("message, owned", [
    ("how much does leeds city council pay per year for its IT contract with capita", "your IT contract"),
    ("what has bristol city council done about its housing backlog", "your housing backlog"),
])
def test_the_body_spoken_to_owns_its_things_as_your(message, owned):
    texts = _texts(message)
    assert len(texts) == 1 and owned in texts[0], texts
    assert "the council's" not in texts[0] and " its " not in texts[0], texts


def test_they_acting_on_them_is_the_body():
    texts = _texts("how many drones do gmp have and how often did they fly them over my area (little hulton / walkden)")
    assert any("did you fly the drones" in t for t in texts), texts
    assert not any("did the drones fly" in t for t in texts), texts


def test_there_after_a_road_is_on_the_road():
    texts = _texts("my son was hit by a car outside his school on hyde road last year. how many accidents have there been "
                   "on hyde road since 2019 and did manchester city council ever do a speed survey there")
    assert any("speed survey on Hyde Road" in t for t in texts), texts
    assert not any("in Hyde Road" in t for t in texts), texts
