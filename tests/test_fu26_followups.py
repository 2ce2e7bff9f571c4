"""fu26: follow-up letters with real grounds (issue 10 items 3-4), from a newcomer's defects on the integrated code."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.followup import complaint_letter, review_letter

TODAY = date(2026, 12, 1)
_SLOT = re.compile(r"\[[A-Z][A-Z ]{2,}\]")


def _slots(body: str) -> list[str]:
    return [s for s in _SLOT.findall(body) if s != "[YOUR NAME]"]


# ---- 1. a letter never carries a placeholder askfoi could fill or leave out ----

@pytest.mark.parametrize("authority,sent", [("Kent Police", date(2026, 9, 1)), ("kent police", None),
                                            ("Glasgow City Council", date(2026, 9, 1)), ("Leeds City Council", None)])
def test_a_late_complaint_has_no_date_placeholder_and_no_if_any(authority, sent):
    body = complaint_letter("", authority=authority, sent=sent, late=True, today=TODAY).body
    assert _slots(body) == [] and "(if any)" not in body
    assert "reminded" not in body and "reminder" not in body  # no reminder was said to have been sent
    assert "response within the 20 working days" in body


def test_a_late_complaint_names_the_reminder_only_when_its_day_is_given():
    body = complaint_letter("", authority="Kent Police", sent=date(2026, 9, 1), chased=date(2026, 10, 5), late=True,
                            today=TODAY).body
    assert "although I reminded it on Monday 5 October 2026" in body
    assert "- my reminder to Kent Police of Monday 5 October 2026." in body


def test_a_complaint_about_a_reply_with_no_dates_known_words_them_out():
    reply = ("Dear Sir,\n\nWe are withholding the report under section 43(2) of the Freedom of Information Act 2000, as "
             "disclosure would prejudice the commercial interests of the supplier.\n\nYours faithfully,\nFOI Team")
    body = complaint_letter(reply, authority="Essex County Council", today=TODAY).body
    assert _slots(body) == []
    assert "replied." in body and "I asked for an internal review and have not received its outcome" in body


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    from askfoi.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_complain_late_on_the_command_line_says_what_to_give_instead_of_a_placeholder(capsys):
    code, out, err = _cli(capsys, "complain", "--late", "--authority", "Kent Police", "--sent", "2026-09-01")
    assert code == 0, err
    assert _slots(out) == [] and "--chased" in err
    code, out, err = _cli(capsys, "complain", "--late", "--authority", "Glasgow City Council")
    assert _slots(out) == [] and "(if any)" not in out and "--review-asked" in err


# ---- 2. an exact address to the information is a proper s21 answer; only a general pointer is grounds ----

EXACT = [
    "The information you requested is already published and is therefore exempt under section 21 of the Freedom of "
    "Information Act 2000. You can find the figures at https://www.examplecouncil.gov.uk/parking/annual-report-2025.pdf "
    "(table 3, page 12).",
    "this info is reasonably accessible to you by other means so s21 applies - please see "
    "www.kent.police.uk/foi-ai/kent-police/disclosure-2024/march/taser-use-2023/",
    "Section 21 of the Act applies. The data is available on our website at the following link:\n"
    "https://www.gov.uk/government/statistics/police-use-of-force-statistics-april-2024-to-march-2025",
]
GENERAL = [
    "The information you have asked for is published on our website and section 21 of the Freedom of Information Act "
    "applies. Please see www.examplecouncil.gov.uk.",
    "This information is already in the public domain and is exempt under section 21. It can be found on our website.",
    "We consider section 21 applies as the information is reasonably accessible: see https://www.kent.police.uk/ "
    "and our disclosure log at https://www.kent.police.uk/foi-ai/disclosure-log/",
]


def _paragraph(body: str, start: str) -> str:
    return next(x for x in body.split("\n\n") if x.startswith(start))


@pytest.mark.parametrize("reply", EXACT)
def test_an_exact_address_is_not_called_a_general_pointer(reply):
    letter = review_letter(reply, authority="Kent Police", today=TODAY)
    para = _paragraph(letter.body, "Already published")
    assert "general pointer" not in para and "not where exactly" not in para
    assert "exact address answers my request" in para
    assert letter.caution and "proper answer" in letter.caution


@pytest.mark.parametrize("reply", GENERAL)
def test_a_general_pointer_is_argued_as_one(reply):
    letter = review_letter(reply, authority="Kent Police", today=TODAY)
    para = _paragraph(letter.body, "Already published")
    assert "general pointer" in para and "exact address of each part" in para
    assert "[" not in para and not (letter.caution or "").startswith("The reply gives the exact address")
