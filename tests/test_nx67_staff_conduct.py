"""nx67 (nc64 #12): complaints about, or the conduct of, one named or identifiable officer or member of staff are that
person's own personal data (s40(2); a force usually neither confirms nor denies, s40(5B)). The framing flags the part,
and its finding carries a one-key fix: figures about no one in particular (complaints, misconduct proceedings, by
outcome) and the policy, never the person. The writer's own complaint file goes subject access. Messages written the
way people type (bench/nx67_messages/c1.txt)."""
import re

import pytest

from askfoi.conversation import Conversation
from askfoi.framing import frame_message

_CODES = ("someone-elses-records", "third-party-personal-data")

CASES = [
    # (message, police, a word of the person that must leave the parts, what the fix must count)
    ("how many complaints have been made about pc john davies at merseyside police and was he ever disciplined",
     True, "davies", ("complaints", "misconduct")),
    ("has anyone complained about the officers who arrested my brother in leeds last month, west yorkshire police",
     True, "brother", ("complaints",)),
    ("i want to know if the social worker on my mums case, sarah jones, has had complaints against her at manchester "
     "city council", False, "sarah", ("complaints",)),
    ("how many complaints has inspector khan at kent police had and what happened with them",
     True, "khan", ("complaints",)),
    ("can you tell me whether dr patel at the royal london hospital has been investigated for misconduct",
     False, "patel", ("misconduct",)),
]


def _fixed(message):
    framing = frame_message(message)
    flagged = [f for f in framing.findings if f.code in _CODES and f.rewrite]
    assert flagged, [(f.code, f.evidence) for f in framing.findings]
    return framing, flagged[0]


@pytest.mark.parametrize("message,police,person,counted", CASES)
def test_a_part_about_one_staff_members_complaints_gets_a_fix_with_figures_and_the_policy(message, police, person,
                                                                                            counted):
    framing, finding = _fixed(message)
    assert "40(2)" in finding.message
    if police:
        assert "40(5B)" in finding.message  # the NCND risk, said for a force
    parts = [p.split(". ", 1)[1] for p in finding.rewrite.splitlines()]
    assert not any(person in p.lower() for p in parts), parts
    assert not any(p.endswith("?") for p in parts), parts
    for word in counted:
        assert any(p.startswith("The number of") and word in p and "by outcome" in p for p in parts), parts
    assert any(p.startswith("Any policy") and "complaints" in p for p in parts), parts
    if police:
        assert any("police officers" in p for p in parts), parts
    # the fix is said with the finding, so the person knows what the key does
    assert parts[0] in finding.suggestion or parts[-1] in finding.suggestion


def test_the_fix_is_one_key_at_the_chats_review():
    conv = Conversation()
    conv.start()
    for said in ("how many complaints have been made about pc john davies at merseyside police and was he ever "
                 "disciplined", "ok", "last year", "ok"):
        conv.reply(said)
    findings = conv._findings()
    number = next(k for k, f in enumerate(findings, 1) if f.code in _CODES and f.rewrite)
    conv.apply_fix(number)
    assert not any("davies" in p.lower() or re.search(r"\bhe\b", p) for p in conv.session.parts), conv.session.parts
    assert any("complaints made about police officers" in p for p in conv.session.parts), conv.session.parts


def test_figures_about_no_one_get_no_such_finding():
    framing = frame_message("how many complaints did sussex police get about officers in 2024 and how many were upheld")
    assert not any(f.code in _CODES for f in framing.findings)


def test_the_writers_own_complaint_file_goes_subject_access():
    framing = frame_message("i want a copy of my complaint file about the officer who searched me, avon and somerset "
                            "police")
    assert framing.route == "sar"
