"""Session 45 (lead, nc51 #6): "the trust" in a message about a school is the academy trust that runs it (asked
as such, never "Which hospital do you mean?"), and "how much the ceo earns" is the post's pay, never income."""
from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)
MESSAGE = ("my client's son goes to an academy run by Oasis Community Learning in bristol. he was excluded. she wants "
           "to know how many exclusions the trust had in 2024/25 broken down by ethnicity and sen status and how much "
           "the ceo earns")


def test_the_trust_beside_an_academy_is_the_academy_trust():
    framing = frame_message(MESSAGE, today=TODAY)
    asked = " ".join(framing.questions + [f.message for f in framing.findings])
    assert "academy trust" in asked.lower(), asked
    assert "hospital" not in asked.lower(), asked


def test_the_trust_beside_a_hospital_story_stays_a_hospital():
    framing = frame_message("how many people waited over 12 hours in a&e at the trust in 2025", today=TODAY)
    asked = " ".join(framing.questions + [f.message for f in framing.findings])
    assert "hospital" in asked.lower(), asked


def test_what_a_post_holder_earns_is_their_pay():
    texts = [p.text for p in frame_message(MESSAGE, today=TODAY).parts]
    assert not any("income from the ceo" in t.lower() for t in texts), texts
    assert any("pay of the ceo" in t.lower() or "salary" in t.lower() for t in texts), texts
