"""fx47 (issue 8): which body a message means when it names the body by its initials. My own wordings of the shapes the
fx45 judging found (a council's initials read as a company's alias; a body defined as "Full Name (ABC)" then called by
its initials treated as an unknown actor)."""
from datetime import date

import pytest

from askfoi.framing import frame_message


def _authority(text: str) -> str | None:
    found = frame_message(text, today=date(2026, 12, 4)).authority
    return found.name if found else None


@pytest.mark.parametrize("text, body", [
    ("The Chichester Observer says CDC will spend £35,000 on consultants to audit parking. Why does our council need "
     "outside consultants when it has its own staff?", "Chichester District Council"),
    ("According to the Wealden Times, WDC has paid agency staff £2m this year. How much has the council spent on "
     "agency staff since 2022?", "Wealden District Council"),
])
def test_a_councils_initials_with_its_place_named_are_that_council(text, body):
    assert _authority(text) == body


def test_a_company_named_by_its_own_name_is_still_that_company():
    assert _authority("How much has CDC Group invested in Africa since 2020?") == "CDC Group plc"


@pytest.mark.parametrize("text, body", [
    ("There is a large underspend at The Highland Council (THC). Part of it is savings made by THC on roads. Why are "
     "the potholes on the side roads not being repaired?", "Highland Council"),
    ("Fife Council (FC) has closed two libraries. How much did FC save by closing them in 2024?", "Fife Council"),
])
def test_a_body_defined_with_its_initials_in_brackets_stays_the_body_asked(text, body):
    assert _authority(text) == body
