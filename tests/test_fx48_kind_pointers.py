"""fx48 (issue 8, nc47 #6): a later part whose subject is only a noun for the thing the part before names ("the
system", "flights") takes that thing when one fits, else a finding asks which. My own wordings of nc47's shapes."""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("text, second", [
    ("how many people did avon and somerset police arrest using facial recognition in 2025, by ethnicity, and how much "
     "did the system cost", "the facial recognition system"),
    ("how many vehicles did essex police stop using ANPR in 2024 and how much did the software cost",
     "ANPR software"),
    ("how many drones does police scotland own and how many flights in 2024", "flights by your drones"),  # lf64: "you"
    ("how many helicopters does the national police air service have and how many flights were there in 2023",
     "flights by"),
])
def test_a_kind_or_event_noun_takes_the_thing_before(text, second):
    framed = frame_message(text, today=TODAY)
    assert len(framed.parts) == 2 and second in framed.parts[1].text, [p.text for p in framed.parts]


def test_a_kind_noun_with_no_one_thing_before_is_asked_about():
    framed = frame_message("how many complaints did leeds city council get in 2024 and how much did the system cost",
                           today=TODAY)
    assert any(f.code == "story-reference" and "the system" in f.message for f in framed.findings), framed.findings


def test_a_part_that_names_its_own_thing_is_left():
    framed = frame_message("how many drones does kent police own and how many flights did its helicopter make in 2024",
                           today=TODAY)
    assert not any("flights by" in p.text for p in framed.parts), [p.text for p in framed.parts]
