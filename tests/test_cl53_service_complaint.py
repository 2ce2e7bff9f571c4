"""cl53 (nc51 #9): a story (or a part) about poor service from an NHS body gets one line on the complaint route: the
practice or NHS body first, then the ombudsman. domain.md names no NHS complaint step, so the route's data is empty
and the words stay general ("the ombudsman for your nation"); the nation is still read (the body, else a place), so a
step filled in the data from domain.md is said for that nation only. The messages are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.service_complaints import service_complaint

ELMS = ("my GP practice (the elms medical centre in cardiff) wont give appointments b4 3 weeks. how many GPs does the "
        "practice employ, and how many appointments were offered last month, and why cant they hire more")


@pytest.mark.parametrize("text, body, nation", [
    (ELMS, "The Elms Medical Centre", "wales"),
    ("my gp surgery in leeds keeps cancelling my appointment. how many appointments did it cancel in 2025", None, "england"),
    ("my dad waited in a&e for 9 hours at the royal infirmary. how many patients waited over 12 hours in 2025",
     "NHS Lothian", "scotland"),
    ("we were turned away at the hospital twice. how many patients were sent home without being seen in 2025",
     "Belfast Health and Social Care Trust", "northern_ireland"),
])
def test_a_poor_service_story_about_an_nhs_body_is_found_with_its_nation(text, body, nation):
    found = service_complaint(text, body)
    assert found is not None and found["nation"] == nation
    assert found["first"] is None and found["ombudsman"] is None  # domain.md is silent: nothing named


@pytest.mark.parametrize("text, body", [
    ("how many patients could not get an appointment within 3 weeks at gp practices in leeds in 2025", None),
    ("how many appointments did my gp cancel last month", None),  # a question about figures, not a story
    ("the council wont give me an appointment about my housing. how many housing officers are there",
     "Leeds City Council"),  # not an NHS body
    ("how many patients waited over 12 hours in a&e at leeds general infirmary in january 2025", None),
])
def test_questions_for_figures_and_other_bodies_get_no_line(text, body):
    assert service_complaint(text, body) is None


def _seen(text: str) -> str:
    conv = Conversation(today=lambda: date(2026, 12, 5))
    said = " ".join(m.text for m in conv.reply(text).messages)
    if "Did you mean" in said:
        said = " ".join(m.text for m in conv.reply("no").messages)
    return said


def test_the_chat_says_the_route_in_one_general_line():
    said = _seen(ELMS)
    assert "is a complaint about the service itself" in said
    assert "the practice or NHS body itself, through its complaints procedure" in said
    assert "the ombudsman for your nation" in said
    assert "Public Services Ombudsman" not in said.split("complaint about the service itself")[1][:400]


def test_a_message_that_already_complains_gets_the_complaint_finding_not_a_second_line():
    said = _seen("i want to complain about my gp practice in leeds, they wont give me an appointment for 3 weeks. "
                 "how many complaints did the practice get in 2025")
    assert "complaint about the service itself" not in said
