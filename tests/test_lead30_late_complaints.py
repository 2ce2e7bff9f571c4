"""nu33 #3: a complaint about a late reply says only what the person confirmed. A body under the EIR alone that never
replied is not also said to have "answered under the Act"; a FOISA application is not written claiming a review of
the failure to reply that the person never said they asked for (s20 comes first: a one-line error says so)."""

from __future__ import annotations

import subprocess
import sys


def _complain(*args):
    return subprocess.run([sys.executable, "-m", "askfoi.cli", "complain", "--late", *args],
                          capture_output=True, text=True, timeout=120)


def test_a_late_eir_only_body_gets_one_ground():
    out = _complain("--authority", "Yorkshire Water", "--sent", "01/09/2026", "--chased", "10/10/2026")
    assert out.returncode == 0, out.stderr
    assert "it has not answered my request" in out.stdout
    assert "answered under the Freedom of Information Act" not in out.stdout


def test_a_late_foisa_application_needs_the_review_first():
    out = _complain("--authority", "Glasgow City Council", "--sent", "01/09/2026")
    assert out.returncode == 2 and not out.stdout
    assert "section 20" in out.stderr and "Glasgow City Council" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    out = _complain("--authority", "Glasgow City Council", "--sent", "01/09/2026", "--review-asked", "20/10/2026")
    assert out.returncode == 0 and "I asked for a review on" in out.stdout
