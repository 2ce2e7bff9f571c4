"""ui51 (nc50 #2): a reply told in the person's own words (text-speak, a slip, "they've responded") opens the reply
path before any spelling question; the reply intent is read on the raw AND the spelling-corrected text (lead44's
structure), and the answering verb must end its clause or go on to the person, so a request about replies stays one."""
from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.pasted_reply import had_reply

TOLD = [
    "they've responded and said it would cost too much under section 12, what next",
    "recieved a reply from kent police refusing under s31 wot do i do",
    "the council has replied, what next",
    "the trust replied to me today what do i do now",
    "got a letter back from kent police sayin they cant confirm or deny under s23(5) wot now",
    "they replied n said they wont tell me coz of section 40 wat shud i do",
]
REQUESTS = [
    "how many foi requests has the council replied to late in 2024, what next",
    "the police responded to a burglary at my house, what can i do to get the incident log",
    "i want the emails where the council answered complaints about potholes, what do i do",
    "wot r the stop and search figures for kent police in 2024",
]


@pytest.mark.parametrize("text", TOLD)
def test_a_told_reply_opens_the_reply_path_first(text):
    conv = Conversation(today=lambda: date(2026, 12, 5))
    conv.start()
    turn = conv.reply(text)
    said = "\n".join(m.text for m in turn.messages)
    assert "reply" in turn.actions, said
    assert "misspelt" not in said and "period" not in said.lower()


@pytest.mark.parametrize("text", REQUESTS)
def test_a_request_about_replies_is_not_a_reply_had(text):
    assert not had_reply(text)
