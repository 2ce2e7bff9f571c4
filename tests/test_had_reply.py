"""A first message that says the answer has come (without pasting it) and asks what to do opens the reply path;
one that says the request is late opens it to track and chase; a request for records stays a request."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.pasted_reply import asked_topic, had_reply, sent_day, waiting_for_reply


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


@pytest.mark.parametrize("text", [
    "i asked hampshire police for the number of burglaries in winchester and they still havent replied whats next",
    "emailed the council about my foi 6 weeks ago and heard nothing",
    "sent my request to the home office three weeks ago and nothing back",
    "we wrote to nhs fife in september asking for waiting times, no word back",
])
def test_people_say_they_are_waiting_in_many_ways(text):
    assert waiting_for_reply(text)


@pytest.mark.parametrize("text", [
    "how many burglaries were there in winchester last year",
    "i asked my neighbour about the bins",  # asked, but nothing about waiting
    "nothing back from the planning department is ever clear, how many appeals were upheld in 2024",
])
def test_a_question_or_a_story_is_not_waiting(text):
    assert not waiting_for_reply(text)


@pytest.mark.parametrize("text, day", [
    ("i sent it 6 weeks ago", date(2026, 10, 19)),
    ("sent a foi a month ago", date(2026, 10, 30)),
    ("made the request ten days ago", date(2026, 11, 20)),
])
def test_a_day_counted_back_from_today(text, day):
    assert sent_day(text, date(2026, 11, 30)) == day


@pytest.mark.parametrize("text, topic", [
    ("i asked hampshire police for the number of burglaries in winchester on the 3rd of october and they still "
     "havent replied", "for the number of burglaries in Winchester"),
    ("I sent an FOI to the Home Office on 14 October asking how many asylum claims were refused and they havent "
     "replied", "for the number of asylum claims refused"),  # ck23b: rendered from its frame, not the sentence
    ("i sent a foi to bristol council about school transport costs a month ago, no reply yet", "about school transport costs"),
    ("emailed the council about my foi 6 weeks ago and heard nothing", None),
])
def test_what_the_waiting_persons_request_asked(text, topic):
    assert asked_topic(text) == topic


def test_still_nothing_is_that_late_is_someone_waiting_not_a_new_request():
    from askfoi.pasted_reply import waiting_for_reply

    assert waiting_for_reply("i asked south yorkshire police about stop and search figures for sheffield back on "
                             "8 october and still nothing, is that late? what can i do")
    assert not waiting_for_reply("how many late trains were there in 2024, is that late?")
