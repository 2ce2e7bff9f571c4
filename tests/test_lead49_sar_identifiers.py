"""lead49 (nc61 #12): a subject access letter carries blanks for what the body needs to find the person's records:
the National Insurance number for the DWP, the NHS number for an NHS trust, a reference for a police force; a social
care request keeps its own fuller block and gets no second one."""

from datetime import date

import pytest

from askfoi.letter import Answers, draft_letter


def _letter(authority: str, part: str) -> str:
    answers = Answers.model_validate({"authority": authority, "regime": "SAR", "parts": [part],
                                      "requester_name": "Janet Okafor"})
    return draft_letter(answers, today=date(2026, 12, 5)).body


@pytest.mark.parametrize("authority, blank", [
    ("Department for Work and Pensions", "[NATIONAL INSURANCE NUMBER]"),
    ("Leeds Teaching Hospitals NHS Trust", "[NHS NUMBER]"),
    ("West Yorkshire Police", "crime or incident reference number, if any, is [REFERENCE]"),
])
def test_the_details_the_body_needs_are_blanks(authority, blank):
    body = _letter(authority, "My PIP assessment report and the notes of my assessment.")
    line = next(x for x in body.splitlines() if x.startswith("To help you find my records:"))
    assert blank in line and "[DATE OF BIRTH]" in line


def test_a_social_care_request_gets_one_block():
    body = _letter("Leeds City Council", "My social care records from when I was in care as a child.")
    assert body.count("To help you find") == 1
