"""ck33 (nu34 #4): a hospital named by its town only goes to the NHS body that runs the town's main hospital when
knowledge has one; where several NHS bodies run hospitals there it is asked, with them as numbered choices, and never
sent to the town's council."""
import re
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize("text, body", [
    ("how long do people wait in A&E at the hospital in wolverhampton", "The Royal Wolverhampton NHS Trust"),
    ("how much did the hospital in wolverhampton spend on agency nurses in 2025", "The Royal Wolverhampton NHS Trust"),
    ("how many births were there at the hospital in Stockport in 2025", "Stockport NHS Foundation Trust"),
    ("how many 12 hour trolley waits at the hospital in Blackpool in 2025", "Blackpool Teaching Hospitals NHS Foundation Trust"),
])
def test_a_hospital_named_by_its_town_goes_to_the_body_running_it(text, body):
    framing = frame_message(text, today=TODAY)
    assert framing.authority is not None and framing.authority.name == body


@pytest.mark.parametrize("text", [
    "how many patients waited over 4 hours at the hospital in birmingham in 2025",
    # ck34: Sheffield's one general hospital body is meant unless the message names children's care
    "how many children waited over 12 hours at the hospital in sheffield in 2025",
    "how many cancelled operations at the hospital in liverpool in 2025",
])
def test_a_town_with_several_nhs_bodies_is_asked_with_numbered_choices(text):
    framing = frame_message(text, today=TODAY)
    assert framing.authority is None or "council" not in framing.authority.name.lower()
    assert framing.body_choices and re.search(r"(?m)^1\. ", framing.body_question)
    assert all("council" not in c.lower() for c in framing.body_choices)
    assert framing.as_json()["authority_choices"] == framing.body_choices
