"""lead47 (nc55 #2): the first message asks for environmental information (an incinerator's emissions and monitoring)
but the parts framed from it no longer name it ("what SEPA said about monitoring", "complaints about smell"): the
conversation's law is decided from the message's asking sentences, as `askfoi frame` decides it, never only from the
words that survived into the parts. Told as FOISA with its GBP 600 cost limit before."""

from askfoi.conversation import Conversation

GLASGOW = ("new client, man from glasgow. the council approved a new incinerator at the old gas works in polmadie and "
           "he wants to know what the emissions will be, what monitoring they do and what the sepa said about it. also "
           "hes asking how many complaints about smell the council got")


def test_the_chat_and_frame_agree_on_the_environmental_law():
    conv = Conversation()
    turn = conv.reply(GLASGOW)
    said = "\n".join(m.text for m in turn.messages)
    assert conv.request().law == "EISR"
    assert "Environmental Information (Scotland) Regulations" in said and "£600" not in said


def test_a_story_word_alone_does_not_make_it_environmental():
    conv = Conversation()
    conv.reply("we live next to the recycling centre in leeds. how many staff does leeds city council employ in "
               "its hr department")
    assert conv.request().law == "FOIA"
