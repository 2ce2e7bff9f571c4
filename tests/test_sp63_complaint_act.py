"""sp63: complaint_acts.act reads only the complaint-not-foi check's own words before running every check (13% of the
framing's time per message). The shortcut is right only while that finding needs its own rules to match: these read
sentences both ways (the full check_request and act) and must agree, complaints, claims, views and plain asks alike."""

from __future__ import annotations

import pytest

from askfoi.checks import check_request, rules_find
from askfoi.complaint_acts import act

SENTENCES = [
    "i want to complain about my gp practice",
    "I want compensation for the damage to my car",
    "do you think the mayor should resign over ulez?",
    "why is the surgery so badly run",
    "how much has tfl made from ulez fines since 2023",
    "how many potholes were reported on the a38 last year",
    "the council ignored my emails for six months and i am furious",
    "what is your view on the new parking scheme",
    "please send me the minutes of the planning committee",
    "i would like to make a formal complaint about the way my mother was treated on ward 7",
]


def _full(sentence: str) -> str | None:
    found = next((f for f in check_request(sentence, environmental=False).findings if f.code == "complaint-not-foi"),
                 None)
    if found is None:
        return None
    return found.variant if found.variant in ("opinion", "claim") else "complaint"


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_shortcut_reads_as_the_whole_check(sentence):
    assert act.__wrapped__(sentence) == _full(sentence)


def test_the_set_has_both_kinds_so_the_agreement_means_something():
    read = [_full(s) for s in SENTENCES]
    assert any(read) and not all(read)
    assert rules_find("complaint-not-foi", SENTENCES[0]) and not rules_find("complaint-not-foi", SENTENCES[5])


def test_an_unknown_check_never_skips_the_whole_check():
    assert rules_find("no-such-check", "anything")
