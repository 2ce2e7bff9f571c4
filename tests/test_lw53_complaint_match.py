"""lw53 (nc53 #11; issue 10.3): the complaint to the Commissioner says that the review itself admitted no advice and
assistance was given, and argues the NCND parts on confirming or denying (an absolute NCND provision on its own
terms), never "disclosure against maintaining the exemption"; `match` never says "No close match" and then counts
"closest past answers". Invented replies."""
from __future__ import annotations

from datetime import date

import pytest

from test_fc29_ncnd_evidence import matcher  # noqa: F401 - the shipped pack's matcher (a fixture)

from askfoi.followup import complaint_letter

from test_lw53_review_parts import REPLY  # parts 1-2 NCND (23(5), 24(2), 31(3)); 3-4 cost, with 31(1) for 3-4

REVIEW = """Westshire Constabulary
Internal Review - FOI 2026-00991
Date: 19 November 2026

Dear Sam Lee,

I have reviewed the handling of your request. I uphold the original decision to neither confirm nor deny whether information is held for questions 1 and 2 under sections 23(5), 24(2) and 31(3). I also uphold the application of section 12 to questions 3 and 4. However, I note that the original response did not offer advice and assistance; I apologise for this. You may wish to submit a new request for one month of searches.

Yours sincerely,
Internal Review Officer
"""


def _body():
    letter = complaint_letter(REPLY, authority="Westshire Constabulary", review=REVIEW, name="Sam Lee",
                              today=date(2026, 12, 5))
    return " ".join(letter.body.split())


def test_the_review_admitting_no_advice_is_said():
    assert "its own review accepted that its response did not offer the advice and assistance section 16" in _body()


def test_the_ncnd_parts_are_argued_on_confirming_or_denying():
    body = _body()
    assert "on parts 1 and 2, the public interest in disclosure outweighs" not in body
    assert ("on parts 1 and 2, the public interest in saying whether the information is held outweighs the public "
            "interest in neither confirming nor denying under section 24(2) and section 31(3)") in body
    assert "section 23(5) is absolute" in body


def test_no_close_match_counts_no_closest_answers(matcher):
    result = matcher.match("do jobcentre staff have targets to sanction universal credit claimants",
                           "Department for Work and Pensions")
    if result.similar:
        pytest.skip("the pack now holds a close answer: the contradiction cannot arise for this text")
    assert result.forecast.summary.startswith("No close match")
    said = [e for p in result.forecast.parts for e in p.evidence]
    assert not any("closest past answers" in e for e in said)
