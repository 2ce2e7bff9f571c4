"""lw53 (nc53 #6; issue 10.4): a review letter argues each exemption for the part it was used on. A reply that neither
confirms nor denies parts 1-2 (23(5), 24(2), 31(3)) and refuses parts 3-4 on cost with 31(1)(a)/(b) for camera
sites: the public interest in releasing is argued for parts 3-4 only, the public interest in confirming or denying
for parts 1-2 in its own paragraph, whether the reply keeps its line breaks or is pasted as one line. Invented reply."""
from __future__ import annotations

import re

import pytest

from askfoi.followup import review_letter

REPLY = """Westshire Constabulary
Freedom of Information Unit

Our reference: FOI 2026-00991
Date: 2 November 2026

Dear Sam Lee,

Thank you for your request for information received on 5 October 2026.

You asked:
1. Does the force use covert officers in protest groups in Westtown?
2. Any records of the force tracking mobile phones at protests.
3. The number of ANPR cameras on Mill Road.
4. The number of times ANPR data was searched.
5. The number of arrests made at the Market Square protest.

Response:

Questions 1 and 2: Westshire Constabulary can neither confirm nor deny that it holds any information relevant to these questions by virtue of Section 23(5), Section 24(2) and Section 31(3). The public interest in neither confirming nor denying outweighs the public interest in confirmation.

Questions 3 and 4: We estimate that locating, retrieving and extracting this information would take more than 18 hours. Section 12(1) of the Freedom of Information Act 2000 therefore applies and we are not obliged to comply with questions 3 and 4. In addition, the locations of ANPR cameras are exempt under Section 31(1)(a) and (b), as disclosure would allow offenders to avoid detection.

Question 5: 12 arrests were made.

Yours sincerely,
Information Rights Officer
"""


def _paragraph(body: str, start: str) -> str | None:
    return next((p for p in re.split(r"\n\s*\n", body) if p.startswith(start)), None)


@pytest.mark.parametrize("text", [REPLY, " ".join(REPLY.split())], ids=["lines", "one line"])
def test_each_public_interest_is_argued_for_its_own_parts(text):
    body = review_letter(text, name="Sam Lee").body
    release = _paragraph(body, "The public interest")
    confirm = _paragraph(body, "Confirming or denying (parts 1 and 2)")
    assert release is not None and confirm is not None
    assert "31(1)(a)" in release and "parts 1" not in release.split(".")[0]
    assert "24(2)" in confirm and "31(1)(a)" not in confirm
    assert "24(2)" not in release


@pytest.mark.parametrize("a, b, same", [("43", "43(2)", True), ("31(1)(a)", "31(3)", False), ("31(1)(a)", "31(1)(b)", True),
                                        ("FOISA 38(1)(b)", "FOISA 38", True), ("24(2)", "23(5)", False)])
def test_a_provision_is_matched_by_its_subsection(a, b, same):
    from askfoi.answer_map import _same_provision

    assert _same_provision(a, b) is same
