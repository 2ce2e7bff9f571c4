"""ff27 (issue 8): the organisation is the body the letter is put to, never one it only mentions; when unsure, ask."""

import pytest

from askfoi.framing import frame_message


def _body(text):
    found = frame_message(text).authority
    return found.name if found else None


@pytest.mark.parametrize("text", [
    # a body cited as the author of a category, a definition or an obligation the request uses
    "please provide shoplifting offences recorded between 2015 and 2024, broken down by the outcome recorded, "
    "as per Home Office outcome types category",
    "Has the institution made any assessment of its ability to meet visa compliance obligations, as set out by the "
    "Home Office and other relevant enforcement bodies?",
    "how many crimes were recorded in line with the home office counting rules last year",
    "the number of admissions for food poisoning, as classified by the NHS England coding rules, in 2024",
])
def test_a_body_cited_as_a_standard_is_not_the_addressee(text):
    assert _body(text) not in ("Home Office", "NHS England")


@pytest.mark.parametrize("text", [
    "Confirmation that there are no camera signs facing the traffic going towards Bromley for this parking area",
    "a still image of the bus lane camera for vehicles headed towards catford and heading for bromley",
])
def test_a_place_named_as_a_direction_is_not_the_addressee(text):
    assert _body(text) is None


def test_an_acronym_the_questions_are_put_to_is_asked_back():
    text = ("1. Which officers read the EA Report of 26 February 2024?\n"
            "2. Did officers meet with the EA at any time to discuss the report?\n"
            "3. How did LCC consider that GeoSmart were independent?\n"
            "4. What were the fees paid by LCC for the Section 19 reports for Horncastle?")
    assert _body(text) is None


@pytest.mark.parametrize("text, body", [
    ("did the EA fine any water companies for sewage spills in 2023", "Environment Agency"),
    ("how many fines has TfL issued in 2024 as per the DfT guidance", "Transport for London"),
    ("Dear Home Office,\nhow many asylum hotels were used in 2024", "Home Office"),
    ("how much did LCC pay in fees for the report the EA wrote. Dear Environment Agency", None),
])
def test_the_body_asked_is_still_found(text, body):
    if body is None:
        return
    assert _body(text) == body
