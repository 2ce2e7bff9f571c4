"""lead51 (nc67 #9): a run-on message that asks a body a question and then names records one after another.

- "i want to ask the environment agency and welsh water how many times ..." is who the questions are for, never
  a part that starts "I want to how many times ...".
- "and for how many hours each year" after "how many times did the storm overflows spill into the wye" is how long
  those same events lasted, asked with their count (never the rest of the sentence joined to it).
- After a question, records named one after another ("the permits for the overflows, the inspection reports, any fines
  they got, and the emails ...") are one part each, never joined to the question before them nor dropped."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.questions import read_message

TODAY = date(2026, 12, 6)

RIVER = ("im a river swimmer and volunteer with friends of the wye group, the river near hay on wye is full of sewage "
         "after rain. i want to ask the environment agency and welsh water how many times the storm overflows spilled "
         "into the wye and for how many hours each year since 2020, the permits for the overflows, the inspection "
         "reports, any fines they got, and the emails between welsh water and the agency about the spills")


def test_every_item_of_the_river_message_is_a_part():
    parts = [p.text for p in frame_message(RIVER, today=TODAY).parts]
    assert not any(p.lower().startswith("i want to") for p in parts), parts
    assert len(parts) == 5, parts
    assert "for how many hours each year" in parts[0] and "permits" not in parts[0], parts
    for said in ("permits", "inspection reports", "fines", "correspondence"):
        assert sum(said in p.lower() for p in parts) == 1, (said, parts)


def test_a_person_doing_it_is_not_read_as_a_thing():  # guard: kept as typed on main too
    parts = [p.text for p in frame_message("how many times did john smith visit the school", today=TODAY).parts]
    assert not any(p.startswith("The number of times john") for p in parts), parts


@pytest.mark.parametrize("text, pieces", [
    ("how many times did the storm overflows spill into the wye and for how many hours each year since 2020, the "
     "permits for the overflows, the inspection reports, any fines they got",
     ["how many times did the storm overflows spill into the wye", "for how many hours each year since 2020",
      "the permits for the overflows", "the inspection reports", "any fines they got"]),
    ("how many times did the bathing water fail tests each year, the sampling results and any warning notices",
     ["how many times did the bathing water fail tests each year", "the sampling results", "any warning notices"]),
])
def test_records_named_after_a_question_are_read_one_each(text, pieces):
    assert read_message(text).questions == pieces


def test_the_agency_is_the_agency_the_message_names():
    parts = [p.text for p in frame_message(RIVER, today=TODAY).parts]
    said = [p for p in parts if "correspondence" in p.lower()]
    assert said and "Environment Agency" in said[0] and "the authority" not in said[0], parts
