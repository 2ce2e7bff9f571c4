"""Session 45 (lead): the place a council's two-part name opens with is that council's town ("brighton": Brighton and
Hove City Council; "southend": Southend-on-Sea, never a West Berkshire hamlet of that name); two councils opening
with the same place (Newcastle upon Tyne, Newcastle-under-Lyme) are asked about."""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("place, body", [
    ("brighton", "Brighton and Hove City Council"),
    ("southend", "Southend-on-Sea City Council"),
    ("windsor", "Royal Borough of Windsor and Maidenhead"),
])
def test_a_councils_first_place_names_it(place, body):
    framing = frame_message(f"how many parking tickets were issued in {place} last year", today=TODAY)
    assert framing.authority is not None and framing.authority.name == body, framing.authority


def test_a_first_place_two_councils_share_is_asked():
    framing = frame_message("how many parking tickets were issued in newcastle last year", today=TODAY)
    assert framing.authority is None or not framing.authority.name
    assert "newcastle" in (framing.body_question or "").lower()
