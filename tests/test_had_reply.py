"""A first message that says the answer has come (without pasting it) and asks what to do opens the reply path;
one that says the request is late opens it to track and chase; a request for records stays a request."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.pasted_reply import had_reply, waiting_for_reply


@pytest.mark.parametrize("text", [
    "ive got a reply from lancashire county council refusing my parking request, what do i do now",
    "i got a response from the home office but they refused it under section 35. can i appeal?",
    "I had a reply from the NHS trust saying it would cost too much. what does it mean",
])
def test_an_answer_had_but_not_pasted_opens_the_reply_path(text):
    assert had_reply(text)
    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    turn = conv.reply(text)
    said = "\n".join(m.text for m in turn.messages)
    assert "reply" in turn.actions
    assert "paste" in said.lower()
    assert conv.session.step == Step.about and not conv.session.parts


@pytest.mark.parametrize("text", [
    "my foi to essex police is late, i sent it on 2 october",
    "my sar to the council is overdue",
])
def test_a_late_request_is_waiting(text):
    assert waiting_for_reply(text)


@pytest.mark.parametrize("text", [
    "how many replies did the council send late in 2024, what do i do to find out",
    "the council refused my planning application, what can i do",
    "how many FOI requests did Essex Police refuse in 2024?",
])
def test_requests_for_records_are_not_replies(text):
    assert not had_reply(text)


def test_im_trying_to_find_out_opens_the_question():
    from askfoi.framing import frame_message

    framing = frame_message("hi im trying to find out how many stop and searchs police scotland did in glasgow last "
                            "year and how many found nothing", today=date(2026, 11, 30))
    assert any("stop and search" in p.text.lower() for p in framing.parts)
