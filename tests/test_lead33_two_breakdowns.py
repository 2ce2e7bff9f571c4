"""Lead (session 33): "broken down by ethnicity and by outcome" is one breakdown of two fields, never a breakdown by
ethnicity with "and by outcome" left in the count's words."""

import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("message", [
    "I would like to know how many stop and searches Merseyside Police carried out in 2024, broken down by ethnicity and by outcome.",
    "how many stop and searches did Merseyside Police carry out in 2024 by ethnicity and by outcome",
])
def test_second_breakdown_after_and_by(message):
    parts = frame_message(message).parts
    assert parts and all("and by outcome," not in p.text and "out and by" not in p.text for p in parts), [p.text for p in parts]
    assert "ethnicity and outcome" in parts[0].text, parts[0].text
