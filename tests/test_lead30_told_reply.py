"""nu33 #10: a person who TELLS what a reply said ("wrote back", "said section 12", "sent me a letter saying they
neither confirm nor deny") has had a reply: the reply path opens and asks for the reply itself; their own sentence
is never read as the reply. Questions for records that mention refusals or sections stay requests."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.pasted_reply import had_reply, reads_as_reply

TOLD = [
    "police scotland wrote back about my taser request, can you help me understand it",
    "they said section 12 cost limit to my request, can i appeal",
    "essex police sent me a letter saying they neither confirm nor deny, is that allowed. they didnt even say if "
    "they have anything",
    "the nhs trust got back to me and said they dont hold the info, is that right",
    "hampshire constabulary wont give me the figures, they say its exempt under section 31 what now",
]


@pytest.mark.parametrize("text", TOLD)
def test_a_told_reply_opens_the_reply_path_and_is_not_read_as_the_reply(text):
    assert had_reply(text)
    assert not reads_as_reply(text)
    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    turn = conv.reply(text)
    said = "\n".join(m.text for m in turn.messages).lower()
    assert "reply" in turn.actions
    assert "paste" in said
    assert not turn.reply_text  # the person's sentence is not taken as the reply to read
    assert conv.session.step == Step.about and not conv.session.parts


@pytest.mark.parametrize("text", [
    "how many FOI requests did Essex Police refuse in 2024 under section 12?",
    "how many times have police used section 60 stop and search powers in my area",
    "i want to know why the council used section 14 on so many requests",
    "the council replied to my foi request saying they spent 3m on consultants, how much did they spend on agency staff?",
    "my landlord served me a section 21 notice, how many section 21 evictions were there in leeds in 2024",
])
def test_questions_for_records_that_mention_replies_stay_requests(text):
    assert not had_reply(text)


def test_a_pasted_reply_is_still_a_reply():
    text = ("Dear Ms Smith, Thank you for your request of 3 March. Essex Police can neither confirm nor deny that it "
            "holds the information you requested by virtue of sections 23(5) and 24(2). Yours sincerely")
    assert reads_as_reply(text)
