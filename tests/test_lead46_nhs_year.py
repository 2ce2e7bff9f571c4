"""lead46 (nc53 #2): an NHS body named for a university ("University Hospitals Birmingham NHS Foundation Trust",
"... University Health Board") keeps the NHS's April-to-March year; only a university itself keeps 1 August."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("text", [
    "Hi Sue, could you ask University Hospitals Birmingham NHS Foundation Trust the following: how much did the trust "
    "spend on agency nurses in 2024/25",
    "please ask university hospitals of leicester how many operations were cancelled in 2024/25",
    "how many patients waited over 12 hours at the university hospital of wales in 2024/25",
])
def test_an_nhs_body_named_for_a_university_keeps_april_to_march(text):
    f = frame_message(text, today=TODAY)
    assert f.period == "1 April 2024 to 31 March 2025"


def test_a_university_keeps_its_own_year():
    f = frame_message("how many complaints about lecturers did the university of leeds get in 2024/25", today=TODAY)
    assert f.period == "1 August 2024 to 31 July 2025"
