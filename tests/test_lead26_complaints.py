"""Lead, session 26 (nu29): a complaint never tells the Commissioner something askfoi was not told or that is not
so: no internal review claimed unless one is named; no "no reply in time" before the reply is due."""
from datetime import date, timedelta

import pytest

from askfoi.cli import main
from askfoi.followup import NotLateYet, complaint_letter


def test_complaint_about_a_reply_needs_the_review_named(tmp_path, capsys):
    reply = tmp_path / "reply.txt"
    reply.write_text("We can neither confirm nor deny whether we hold the information, by virtue of section 23(5) "
                     "and 24(2) of the Freedom of Information Act 2000.", encoding="utf-8")
    assert main(["complain", str(reply), "--authority", "Metropolitan Police Service"]) == 2
    err = capsys.readouterr().err
    assert "internal review" in err and "--review-asked" in err
    assert main(["complain", str(reply), "--authority", "Metropolitan Police Service",
                 "--review-asked", "2026-10-01"]) == 0
    assert "I asked for an internal review on" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("days_ago", [1, 12, 20])
def test_a_late_complaint_before_the_reply_is_due_is_refused(days_ago):
    sent = date.today() - timedelta(days=days_ago)
    with pytest.raises(NotLateYet):
        complaint_letter("", authority="Birmingham City Council", sent=sent, late=True)


def test_a_late_complaint_after_the_due_date_is_written(capsys):
    assert main(["complain", "--late", "--authority", "Birmingham City Council", "--sent", "2025-01-06"]) == 0
    assert "section 50" in capsys.readouterr().out


def test_the_cli_says_when_the_reply_is_due(capsys):
    sent = (date.today() - timedelta(days=3)).isoformat()
    assert main(["complain", "--late", "--authority", "Birmingham City Council", "--sent", sent]) == 2
    assert "not late yet" in capsys.readouterr().err
