"""ap99 (nc99 #1, issues 10 and 8): a person who tells of a request already made and refused ("i asked devon county
council for the emails between ... and they said no because it costs too much. can i challenge that?") is on the
after-the-reply path, with what they asked kept in their words; a canned subject (knowledge/vocab/
informal_subjects.yaml) never replaces records the person named; the review letter never quotes as "It asked" parts
askfoi proposed and the person never confirmed. The messages and the reply below are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input

from askfoi.conversation import Conversation, Step, request_for_reply
from askfoi.framing import frame_message
from askfoi.pasted_reply import asked_topic, had_reply, waiting_for_reply
from askfoi.reply_flow import ReplyFlow, ReplyStep
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen
from _pilot import bot_text, settle

TODAY = date(2026, 12, 7)
CANNED = "consultation responses and the traffic and air-quality monitoring reports"

DEVON = ("i asked devon county council for the emails between their transport people and two councillors about the "
         "heavitree low traffic neighbourhood and they said no because it costs too much. can i challenge that?")
EXAMPLES = [  # nc99's (j6, j7 and the class it confirmed with askfoi frame)
    DEVON,
    "i asked leeds council for their bus lane camera income and they refused, can i appeal?",
    "the home office turned down my foi about asylum hotels, what now",
    "cheshire police sent me this back about informants, they wont even say if they have the info. what can i do?",
]
OWN = [  # the same class in other words: story first, typos, lower case, "we", a relative, part answers
    "i askd the council for the letters from residents about the ltn on mill road and they said its exempt, what can i do",
    "we asked the fire service for the inspection reports on our tower block but they refused, can we appeal",
    "My mum asked Wirral Council for the minutes of the safeguarding meetings and they turned her down. What now?",
    "emailed york council for the correspondence between the planners and the developer, got a refusal, how do i challenge it",
    "i asked the police for the stop and search figures for my town and they only gave me half of it, what should i do",
    "put in an foi to the county council about the gritting routes and they said they dont hold it. is that allowed",
]
NEW_REQUESTS = [  # an earlier request mentioned, a new question asked: a request, framed into parts
    "i asked before but they said it would cost too much, so this time how many potholes did kent county council repair in 2025?",
    "i asked the council last year and they refused. i want to ask again: what is the councils policy on grass verges",
    "how many foi requests did the home office refuse in 2024, and can i appeal a refusal?",
    "my friend asked them and they said no. how much did the council spend on agency staff in 2025",
]


@pytest.mark.parametrize("text", EXAMPLES + OWN)
def test_a_told_refusal_opens_the_after_reply_path(text):
    assert not waiting_for_reply(text)
    assert had_reply(text) or " askd " in text  # a typo is read as the spelling step would correct it
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    turn = conv.reply(text)
    said = " ".join(" ".join(m.text for m in turn.messages).split())
    assert "reply" in turn.actions and turn.track_text is None  # the paste box, not the tracking box
    assert "not a new request" in said and "paste the reply" in said
    assert "internal review" in said and "chaser" in said and "complaint" in said
    assert not conv.session.parts and conv.session.step == Step.about
    assert CANNED not in said and CANNED not in (turn.track_topic or "")


@pytest.mark.parametrize("text, words", [
    (DEVON, "emails between their transport people and two councillors about the Heavitree low traffic neighbourhood"),
    ("the home office turned down my foi about asylum hotels, what now", "about asylum hotels"),
    ("emailed york council for the correspondence between the planners and the developer, got a refusal, how do i "
     "challenge it", "the correspondence between the planners and the developer"),
])
def test_what_they_asked_is_kept_in_their_words(text, words):
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    turn = conv.reply(text)
    assert words in (turn.track_topic or "")
    assert words in " ".join(" ".join(m.text for m in turn.messages).split())


def test_what_can_i_do_is_never_the_request():
    assert asked_topic(EXAMPLES[3]) is None or "what can i do" not in asked_topic(EXAMPLES[3])


@pytest.mark.parametrize("text", NEW_REQUESTS)
def test_a_new_question_beside_an_earlier_request_is_a_request(text):
    assert not had_reply(text)
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    turn = conv.reply(text)
    said = " ".join(m.text for m in turn.messages)
    assert "reply" not in turn.actions and "not a new request" not in said


@pytest.mark.parametrize("text", [
    "i asked manchester city council for the number of potholes repaired in 2024 and they never replied, what can i do",
    "i sent my foi to the home office in september and still havent heard anything back, what now",
])
def test_waiting_stays_waiting(text):
    assert waiting_for_reply(text)


@pytest.mark.parametrize("text, named", [
    (DEVON, "emails between your transport people and two councillors"),
    ("i want the letters from residents about the ltn on mill road", "letters from residents"),
    ("can we get the minutes of the meeting where the council decided the low traffic neighbourhood in our street",
     "minutes"),
])
def test_named_records_win_over_the_canned_subject(text, named):
    parts = [p.text for p in frame_message(text, today=TODAY).parts]
    assert parts and not any(CANNED in p for p in parts)
    assert any(named.lower() in p.lower() for p in parts)


@pytest.mark.parametrize("text", [
    "my road got a low traffic neighbourhood and nobody asked us, what can i find out about it",
    "they put an ltn in round our way and the traffic on the main road is terrible now",
])
def test_a_story_that_names_no_records_still_gets_the_subjects_records(text):
    parts = [p.text for p in frame_message(text, today=TODAY).parts]
    assert any(CANNED in p for p in parts)


def test_parts_not_yet_confirmed_are_not_the_request_a_reply_letter_quotes():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply("how many parking fines did leeds city council issue in 2025")
    assert conv.session.parts and conv.session.step in (Step.authority, Step.period)
    assert request_for_reply(conv.session) is None
    conv.session.step = Step.review  # the parts step is behind: the person confirmed them
    assert request_for_reply(conv.session).startswith("1. ")


REFUSAL = ("Dear Requester,\nThank you for your request for information received on 2 November 2026. We estimate that "
           "locating and extracting the information you requested would exceed the appropriate limit of 18 hours, so "
           "under section 12 of the Freedom of Information Act 2000 we are not obliged to comply with your request.\n"
           "If you are unhappy with this response you may ask for an internal review within 40 working days.\n"
           "Yours sincerely,\nInformation Governance Team\nDevon County Council\n")


def test_the_review_letter_names_the_request_as_they_told_it():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    turn = conv.reply(DEVON)
    flow = ReplyFlow(today=lambda: TODAY, authority=conv.session.authority or "Devon County Council",
                     request=request_for_reply(conv.session), topic=turn.track_topic)
    flow.read(REFUSAL)
    body = " ".join(flow.write("review").body.split())
    assert CANNED not in body and "It asked:" not in body
    assert "emails between your transport people and two councillors" in body


async def test_a_told_refusal_at_80x24_opens_the_reply_box_and_no_request(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.query_one("#prompt", Input).value = DEVON
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, ReplyScreen)
        assert app.screen.flow.step == ReplyStep.paste
        assert not app.conversation.session.parts
        assert "emails between" in (app.screen.flow.topic or "")
        assert CANNED not in bot_text(app)
