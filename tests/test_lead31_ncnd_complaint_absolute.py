"""nu34 #12: a complaint about a whole "neither confirm nor deny" answer argues the public interest only for the
qualified provisions; an absolute one (s23(5)) has no public interest test, and the Commissioner is asked to check that
the information, were it held, would fall within it."""

from __future__ import annotations

import subprocess
import sys

REPLY = """Reference: FOI 2210/26

Dear Requester,

Do you use covert cameras in Harehills? How many were installed in 2025?

{force} can neither confirm nor deny that it holds the information you have requested, by virtue of {sections}.

This should not be taken as an indication that the information you requested is or is not held.

Yours sincerely
Disclosure Officer
1 November 2026
"""


def _complain(tmp_path, sections, force="West Yorkshire Police"):
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY.format(force=force, sections=sections))
    review = tmp_path / "review.txt"
    review.write_text("INTERNAL REVIEW - FOI 2210/26\nI have completed the internal review and I uphold the decision to "
                      f"neither confirm nor deny under {sections}.\nReview Officer\n20 November 2026\n")
    out = subprocess.run([sys.executable, "-m", "askfoi.cli", "complain", str(reply), "--review", str(review),
                          "--authority", force, "--sent", "01/10/2026", "--received", "01/11/2026"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _grounds(letter):
    return letter.split("wrong because:")[1].split("\n\n")[0]


def test_absolute_and_qualified_provisions_argued_apart(tmp_path):
    grounds = _grounds(_complain(tmp_path, "sections 23(5), 24(2) and 31(3) of the Act"))
    public = [line for line in grounds.splitlines() if "public interest in saying" in line]
    assert public and "23(5)" not in public[0] and "24(2)" in public[0]
    assert any("23(5)" in line and "absolute" in line for line in grounds.splitlines())


def test_only_an_absolute_provision_has_no_public_interest_ground(tmp_path):
    grounds = _grounds(_complain(tmp_path, "section 23(5) of the Act"))
    assert "public interest in saying" not in grounds
    assert "absolute" in grounds


def test_qualified_only_keeps_the_public_interest(tmp_path):
    grounds = _grounds(_complain(tmp_path, "sections 24(2) and 31(3) of the Act"))
    assert "public interest in saying" in grounds and "absolute" not in grounds
