"""rv58 (nc58 #6): a reply that takes out personal data without naming an exemption is not read as citing one; only
the sections a reply names, or an exemption it claims in words ("... is exempt", "would breach the data protection
principles"), count. Texts written for this test, in the shapes real replies use."""

from __future__ import annotations

import pytest

from askfoi.followup import review_letter
from askfoi.reader import read_reply

_PERSONAL = ("40", "FOISA 38", "EIR 13", "EISR 11")

REDACTED_ONLY = [
    # nc58's Kent reply, part 1
    "Kent County Council\nDate: 30 November 2026\n\nDear Ms Marsh\n\n1. Contract: A copy of the contract between the "
    "council and Evergreen Care Homes Ltd is attached, with personal data of staff redacted. Copies of the three "
    "monitoring reports are attached.\n\n2. Cost per bed: We consider it exempt under section 43(2) of the Freedom of "
    "Information Act 2000, as disclosure would prejudice commercial interests.\n\nYours sincerely",
    "Dear Mr Patel\n\nPlease find attached the minutes of the licensing panel for March 2025. Some personal information "
    "has been removed from the minutes. The remaining parts of your request are refused under section 31(1)(a).\n\nYours "
    "sincerely\nInformation Governance",
    "Dear Ms Okafor\n\nThe emails you asked for are enclosed. We have redacted the personal data of third parties from "
    "them. We do not hold the briefing note you mentioned.\n\nKind regards",
    "Dear Requester,\n\nI attach the spreadsheet of complaints received in 2024. Personal data of the complainants has "
    "been removed before release. The details of the investigations are withheld under section 30(1).\n\nYours faithfully",
    "Dear Sir\n\nThe Scottish Government holds the information. A copy of the correspondence is attached; personal "
    "information of junior officials has been redacted. Some of the information is withheld under section 30(b)(i) "
    "of the Freedom of Information (Scotland) Act 2002.\n\nYours sincerely",
]

EXEMPTION_CLAIMED = [
    "Dear Ms Rees\n\nThe attached table contains some of the details requested. To provide all the details would allow "
    "individuals to be identified. Information that constitutes personal information is exempt from disclosure under "
    "the Freedom of Information Act.\n\nYours sincerely",
    "Dear Mr Hill\n\nI have provided most of the information in the accompanying table. Some of it is exempt from "
    "disclosure. This is because this information, if released, could lead to identification of the individuals "
    "concerned.\n\nYours sincerely",
    "Dear Mr Jones\n\nThe figures are attached. The names of the staff involved are withheld under section 40(2) of the "
    "Freedom of Information Act 2000 as they are personal data.\n\nYours sincerely",
]


def _personal(sections: list[str]) -> list[str]:
    return [s for s in sections if any(s == f or s.startswith(f + "(") for f in _PERSONAL)]


@pytest.mark.parametrize("text", REDACTED_ONLY)
def test_redacted_without_an_exemption_cites_none(text: str) -> None:
    reading = read_reply(text)
    assert _personal(reading.sections) == []
    assert reading.unnamed_withheld  # said, not lost
    assert "without citing an exemption" in reading.explanation and ".It took" not in reading.explanation
    assert "40(2)" not in reading.explanation


@pytest.mark.parametrize("text", EXEMPTION_CLAIMED)
def test_an_exemption_claimed_in_words_still_counts(text: str) -> None:
    reading = read_reply(text)
    assert _personal(reading.sections), reading.sections
    assert not reading.unnamed_withheld


def test_kent_review_asks_which_exemption_and_never_names_40() -> None:
    letter = review_letter(REDACTED_ONLY[0], name="Helen Marsh")
    body = letter.body
    assert "40(2)" not in body
    assert "personal data of staff" in body and "which exemption" in body
