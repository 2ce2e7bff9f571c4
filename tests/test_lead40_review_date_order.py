"""lead40 (nc43 #15): `askfoi complain --review-asked DATE` with a day before the request or the reply is one line,
never a letter saying the review was asked before there was anything to review."""

from askfoi.cli import main

REPLY = """Freedom of Information Request Reference No: 2026/4417

Thank you for your request for information received on 2 November 2026.

The force can neither confirm nor deny that it holds any information relevant to your request by virtue of section
23(5).
"""


def test_a_review_asked_before_the_request_is_refused_in_one_line(tmp_path, capsys):
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    rc = main(["complain", str(reply), "--authority", "Essex Police", "--review-asked", "01/09/2026",
               "--name", "Jane Smith"])
    err = capsys.readouterr().err
    assert rc != 0 and "before the request" in err and "Traceback" not in err
    assert len([x for x in err.splitlines() if x.strip()]) == 1
