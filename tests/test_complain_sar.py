"""nu26: `askfoi complain` on a subject access request never writes FOI's complaint (FOIA s50, section 10's 20
working days): a SAR has one calendar month (UK GDPR Article 12(3)) and its complaint is a data protection one."""
import pytest

from askfoi.cli import main

SAR_REQUEST = """Dear Sefton Council Data Protection Officer,

This is a subject access request under Article 15 of the UK GDPR. Please send me a copy of the personal data you
hold about me, together with the other information Article 15 entitles me to.

Yours faithfully,
Jo Bloggs
"""

FOI_REQUEST = """Dear Sefton Council,

Please provide, under the Freedom of Information Act 2000, the number of fly-tipping reports you received in 2025.

Yours faithfully,
Jo Bloggs
"""


def test_a_late_subject_access_request_gets_the_right_route_not_an_foi_complaint(tmp_path, capsys):
    request = tmp_path / "sar.txt"
    request.write_text(SAR_REQUEST, encoding="utf-8")
    code = main(["complain", "--late", "--authority", "Sefton Council", "--request", str(request), "--sent", "2026-09-01"])
    out, err = capsys.readouterr()
    assert code != 0
    assert "Freedom of Information Act" not in out and "section 50" not in out
    assert "subject access" in err and "one calendar month" in err and "ICO" in err
    assert "Traceback" not in err


def test_an_foi_request_still_gets_the_ico_complaint(tmp_path, capsys):
    request = tmp_path / "foi.txt"
    request.write_text(FOI_REQUEST, encoding="utf-8")
    code = main(["complain", "--late", "--authority", "Sefton Council", "--request", str(request), "--sent", "2026-09-01"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "Freedom of Information Act 2000" in out
