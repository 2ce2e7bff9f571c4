"""Lead fixes, session 32: the one body a story names by a short name is the body asked when the questions name no
body ("i got a pcn from tfl. how many pcns were issued"); the IPCC is answered for by the IOPC."""

import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("message, body", [
    ("i got a pcn from tfl for a yellow box junction. how many pcns were issued at that junction in 2025",
     "Transport for London"),
    ("i had a letter from dvla saying my licence was revoked. how many licences were revoked for medical reasons in 2025",
     "Driver and Vehicle Licensing Agency"),
    ("i complained to the ipcc years ago. how many complaints were upheld in 2016", "Independent Office for Police Conduct"),
])
def test_story_body_is_asked_when_questions_name_none(message, body):
    framing = frame_message(message)
    assert framing.authority is not None and framing.authority.name == body


@pytest.mark.parametrize("message", [
    "i live in glasgow and the council did nothing. how many potholes were reported in 2025",
    "i got a pcn from tfl. how many pcns did westminster council issue in 2025",
])
def test_a_body_the_questions_name_wins(message):
    framing = frame_message(message)
    assert framing.authority is None or framing.authority.name != "Transport for London"
