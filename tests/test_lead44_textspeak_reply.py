"""lead44 (nc50 #2): a reply told in text-speak ("... they said they cant confirm or deny ... wot do i do") opens the reply
path at once, never the spelling question and then a new request asking for a period."""
from datetime import date

from askfoi.conversation import Conversation, Step


def test_textspeak_reply_opens_the_reply_path():
    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    turn = conv.reply("ive had a reply from kent police they said they cant confirm or deny under section 23(5) and "
                      "24(2) wot do i do")
    said = "\n".join(m.text for m in turn.messages)
    assert "reply" in turn.actions, said
    assert "misspelt" not in said and "period" not in said.lower()
    assert conv.session.step == Step.about and not conv.session.parts


def test_textspeak_request_still_gets_the_spelling_question():
    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    turn = conv.reply("wot r the stop and search figures for kent police in 2024")
    assert "reply" not in turn.actions
