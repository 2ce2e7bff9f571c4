"""Lead (session 34): a reply that names its sender plainly ("Essex Police can neither confirm nor deny ...") is
compared only with answers of the same kind of body, with no --authority given: main cited a council's drone answer
as evidence that a police force could confirm covert drone use. A long web address keeps its indent when wrapped."""

from askfoi.reply_sender import reply_sender

REPLY = """Dear Ms Smith

Freedom of Information Request Reference No: 2026/1234

You asked:
1. How many times has the force deployed drones in 2025?
2. Does the force use drones for covert surveillance?

Question 1: The force deployed drones 1,204 times in 2025.

Question 2: Essex Police can neither confirm nor deny that it holds any information relevant to this question by
virtue of Section 23(5), Section 24(2) and Section 31(3).

Yours sincerely
Freedom of Information Team
"""


def test_sender_that_can_neither_confirm_nor_deny():
    assert reply_sender(REPLY) == "Essex Police"


def test_comparisons_stay_within_the_senders_kind():
    from askfoi.reply_explain import explain_reply

    explained = explain_reply(REPLY)
    assert all(o.authority_type in (None, "police") for o in explained.answered_differently), [
        (o.authority, o.authority_type) for o in explained.answered_differently]


def test_a_long_address_keeps_its_indent():
    from askfoi.commands.explain import _wrap

    line = "  https://www.example.police.uk/foi-ai/example-police/disclosure/2024/may/foi-527-24-a-long-title-here/"
    assert _wrap(line) == line
