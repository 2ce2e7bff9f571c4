"""fx48 (issue 8, nc47 #5): garbled parts, fixed by structure. A breakdown list of two or more fields is one breakdown
("by ethnicity and religion"), whatever the fields; a bare "any" after a count is the things counted ("were any used
on ..."); "near it" after a part about something on a street is the street. My own wordings of nc47's shapes."""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 4)


def _texts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


@pytest.mark.parametrize("text, fields", [
    ("how many arrests did kent police make in 2024 broken down by ethnicity and religion", "ethnicity and religion"),
    ("how many stop and searches did the psni carry out in 2023 by ethnicity and religion", "ethnicity and religion"),
    ("how many people did merseyside police arrest in 2024 by age, disability and nationality",
     "age, disability and nationality"),
    ("how many fines did leeds city council issue broken down by ward and vehicle in 2024", "ward and vehicle"),
])
def test_a_breakdown_of_several_fields_is_one_breakdown(text, fields):
    texts = _texts(text)
    assert len(texts) == 1 and texts[0].endswith(f"broken down by {fields}."), texts


@pytest.mark.parametrize("text", [
    "how many arrests did kent police make in 2024 broken down by ethnicity and how many were charged",
    "how many fines did leeds city council issue in 2024 by ward and the total collected",
])
def test_what_follows_a_breakdown_that_is_no_field_is_not_taken_as_one(text):
    assert not any("broken down by ethnicity and how" in t or "ward and the total" in t for t in _texts(text))


@pytest.mark.parametrize("text, counted, done", [
    ("how many times did the psni deploy spit hoods in 2024 and were any used on under 18s", "spit hoods",
     "used on under 18s"),
    ("how many drones did kent police buy in 2023 and were any used at protests", "drones", "used at protests"),
])
def test_a_bare_any_after_a_count_is_the_things_counted(text, counted, done):
    texts = _texts(text)
    assert len(texts) == 2 and f"any of the {counted} being {done}" in texts[1], texts
    assert "any used was" not in texts[1] and "18 s" not in texts[1], texts


def test_near_it_after_a_measure_on_a_street_is_the_street():
    texts = _texts("what is the no2 level on the high street in bristol, and how many planning applications for "
                   "houses near it were approved in 2024")
    assert "near the High Street" in texts[1] and "the level" not in texts[1], texts


def test_near_it_with_no_place_before_is_never_a_thing():
    texts = _texts("how many reports of fly tipping did leeds city council get in 2024 and how many cameras were "
                   "put near it")
    assert not any("near the reports" in t or "near fly tipping" in t for t in texts), texts
