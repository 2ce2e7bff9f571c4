"""ck27 (issue 8, nu29 D5b, D9-D11): checks an experienced FOI officer would make, each with a fix a person can paste."""

from __future__ import annotations

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message


def _codes(findings):
    return [f.code for f in findings]


# --- drones flown in the open are answered; covert use keeps the warning (nu29 D11) ----------------------------------

@pytest.mark.parametrize("text,body", [
    ("does police scotland use drones to watch protests? how many drones do they have", "Police Scotland"),
    ("how many times did west midlands police deploy drones in 2024", "West Midlands Police"),
    ("has essex police got a drone unit and how many flights did it make last year", "Essex Police"),
    ("what drones do lancashire police own", "Lancashire Constabulary"),
    ("Does Kent Police use drones at football matches?", "Kent Police"),
    ("do they fly drones over the festival", "Avon and Somerset Police"),
])
def test_overt_drone_questions_get_no_covert_warning(text, body):
    assert "ncnd-risk" not in _codes(check_request(text, body).findings), text
    assert "ncnd-risk" not in _codes(frame_message(text).findings), text


@pytest.mark.parametrize("text,body", [
    ("does the met use covert drones to follow people", "Metropolitan Police Service"),
    ("do merseyside police use drones to track people", "Merseyside Police"),
    ("Does Kent Police secretly use drones over protests?", "Kent Police"),
    ("does gmp use drones for surveillance of protesters", "Greater Manchester Police"),
    ("does police scotland use drones to watch protesters in glasgow", "Police Scotland"),
])
def test_covert_drone_use_keeps_the_warning(text, body):
    assert "ncnd-risk" in _codes(check_request(text, body).findings), text
