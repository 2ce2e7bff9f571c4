"""A request about what happened to one private person the writer knows is that person's personal data
(s40(2), often "neither confirm nor deny" under s40(5)), whoever asks; complaints about the writer are the
writer's own data (a subject access request)."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 11, 30)


def codes(text):
    framing = frame_message(text, today=TODAY)
    return framing.route, {f.code for f in framing.findings}


@pytest.mark.parametrize("text", [
    "has my neighbour been prosecuted for noise by the council",
    "how many complaints has the council had about my landlord since 2022",
    "did the police investigate my ex husband after i reported him in march",
    "Has the man next door been served with an abatement notice?",
])
def test_what_happened_to_a_private_person_is_their_personal_data(text):
    route, found = codes(text)
    assert route == "foi" and "third-party-personal-data" in found


@pytest.mark.parametrize("text", [
    "my neighbour reported a pothole last year. how many potholes were reported in leeds in 2024",
    "how many noise complaints did the council get in 2024",
    "My landlord is a housing association. How many repairs did the council's housing team complete in 2024?",
])
def test_a_person_in_the_story_or_no_person_raises_nothing(text):
    route, found = codes(text)
    assert route == "foi" and "third-party-personal-data" not in found


def test_complaints_about_the_writer_are_their_own_data():
    route, found = codes("my neighbours complained about me to the council, what did they say")
    assert route == "sar"

