"""lead43 (nc47 #13): a reply that quotes a numbered request ("in which you asked: 1. How many ...? 2. Does ...?")
has as many questions as numbered items before its answer starts, so a letter never presents the first as the whole
request ("Its first question was", not "It asked")."""
from askfoi.reply_request import request_in_reply

REPLY = """Freedom of Information Request Reference No: FOI 2026-1187

Thank you for your request received on 2 November 2026 in which you asked:

1. How many times did Essex Police use drones in 2025?
2. Does Essex Police use IMSI catchers?
3. Any contract for drones, with the supplier and value.

Response

1. Please see the table below.
2. Essex Police can neither confirm nor deny that it holds any information relevant to this question.
3. This information is already published on our website.
"""


def test_numbered_items_counted():
    stated = request_in_reply(REPLY)
    assert stated.question.startswith("How many times did Essex Police use drones")
    assert stated.questions == 3


def test_single_question_stays_one():
    one = REPLY.replace("2. Does Essex Police use IMSI catchers?\n3. Any contract for drones, with the supplier and value.\n", "")
    assert request_in_reply(one).questions == 1


def test_review_letter_says_first_question(tmp_path, capsys):
    from askfoi.cli import main

    path = tmp_path / "reply.txt"
    path.write_text(REPLY, encoding="utf-8")
    assert main(["review", str(path), "--name", "Jo Bloggs"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert 'Its first question was: "How many times' in out
    assert 'It asked: "How many times' not in out
