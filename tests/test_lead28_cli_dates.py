"""`review` and `complain` given a request date after the reply's (--sent after --received) stop with one line, and
write no letter with impossible dates (nu31 #5)."""
import pytest

from askfoi.cli import main

REPLY = ("Dear Mr Okafor,\nPart 1: 41 complaints. Part 2 is withheld under section 40(2) of the Freedom of Information "
         "Act 2000.\nEssex Police FOI Unit\n")


@pytest.mark.parametrize("command", [["review"], ["complain", "--review-asked", "2026-01-05"]])
def test_sent_after_received_is_one_line_error(tmp_path, capsys, command):
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    code = main([command[0], str(reply), "--authority", "Essex Police", "--sent", "2025-11-20", "--received",
                 "2025-11-02", *command[1:]])
    out = capsys.readouterr()
    assert code == 2 and not out.out.strip()
    assert "--sent 2025-11-20 is after --received 2025-11-02" in out.err and len(out.err.strip().splitlines()) == 1


def test_dates_in_order_still_write_the_review(tmp_path, capsys):
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    assert main(["review", str(reply), "--authority", "Essex Police", "--sent", "2025-10-20", "--received",
                 "2025-11-02"]) == 0
    assert "20 October 2025" in " ".join(capsys.readouterr().out.split())
