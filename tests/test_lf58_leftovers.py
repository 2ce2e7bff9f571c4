"""lf58 (issue 8; session 47's leftovers): framing classes seen once each, fixed as classes.

1. The everyday names of benefits, services and things, typed without capitals or with a slip ("universal credits",
   "esa", "council tax reduction", "cctv", "tasers"), reach the parts as the name is written
   (knowledge/vocab/everyday_names.yaml): never inflected, split at "tax", or dropped from a story's words because
   no dictionary knows them.
The messages are mine (lf58), written for these tests the way people type.
"""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _parts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize(("message", "name", "typed"), [
    ("how many people in york had their universal credits stopped in 2025", "Universal Credit", "universal credits"),
    ("how many esa claims did the dwp refuse in 2024", "ESA", "esa"),
    ("how many households get council tax reduction from leeds city council and how much does it cost",
     "Council Tax Reduction", "council tax reduction"),
    ("how many blue badges did kent county council issue in 2024", "Blue Badges", "blue badges"),
])
def test_a_benefit_or_service_name_reaches_every_part_as_written(message, name, typed):
    parts = _parts(message)
    assert parts
    assert all(typed not in p for p in parts), parts
    assert all(name in p for p in parts), parts


@pytest.mark.parametrize(("message", "things"), [
    ("there were loads of cctv cameras and those new mobile units at the carnival. i want to know what the met "
     "actually use, how much they paid for them and who they buy them off", "CCTV cameras"),
    ("there were tasers and spit hoods used at the station. i want to know what they use, how much they paid for "
     "it and who they buy it off", "Tasers and spit hoods"),
])
def test_a_story_thing_no_dictionary_knows_is_kept_in_the_parts(message, things):
    parts = _parts(message)
    assert len(parts) == 3, parts
    assert all(things in p for p in parts), parts
