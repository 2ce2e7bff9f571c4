"""lead60: hospital care asked about in a town named bare goes to the NHS body that runs the town's main hospital,
never the town's council (which holds no hospital's records); the usual rules stay for everything else."""

import pytest

from askfoi.framing import frame_message


def _body(text: str) -> str | None:
    found = frame_message(text).authority
    return getattr(found, "name", found)


@pytest.mark.parametrize("text, body", [
    ("how many people are waiting for a hip operation in norwich",
     "Norfolk and Norwich University Hospitals NHS Foundation Trust"),
    ("how long is the wait for surgery in norwich", "Norfolk and Norwich University Hospitals NHS Foundation Trust"),
    ("how many people waited over 12 hours in a&e in derby last year",
     "University Hospitals of Derby and Burton NHS Foundation Trust"),
    ("how many operations were cancelled in leicester in 2025", "University Hospitals of Leicester NHS Trust"),
    # a town whose children's hospital has its own trust: the general hospital's body, as for "the hospital in sheffield"
    ("how many 12 hour waits in a&e were there in sheffield in 2025",
     "Sheffield Teaching Hospitals NHS Foundation Trust"),
])
def test_hospital_care_in_a_town_goes_to_the_towns_hospital_body(text, body):
    assert _body(text) == body


@pytest.mark.parametrize("text, body", [
    # guards: a council service in the same town keeps its council (by tier); a body named in full is kept
    ("how many potholes were reported in norwich in 2025", "Norfolk County Council"),
    ("kent county council: how many a&e visits were due to falls in maidstone", "Kent County Council"),
    # births are registered by the council's register office: no hospital word
    ("how many births were registered in york in 2024", "City of York Council"),
])
def test_other_questions_keep_their_body(text, body):
    assert _body(text) == body


def test_a_town_with_many_hospital_bodies_names_none_of_them():
    # London has many acute trusts: none is guessed
    assert _body("how many people waited more than 4 hours in a&e in london in 2025") is None


def test_a_town_whose_only_listed_hospital_body_is_a_childrens_names_no_body_for_adult_care():
    # Liverpool's listed hospital body is Alder Hey (children's): never guessed for adult care, nor the city's council
    body = _body("how many hip operations were cancelled in liverpool in 2025")
    assert body is None, body
