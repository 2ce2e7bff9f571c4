"""nr97 (nc97 #1): a reply pasted as the first message, laid out as a published response (the request quoted under a
"Request" heading, then a "Response" heading and the numbered answers), goes to the reply path, not framed as a
request with the authority's answers as parts; and a first message that says the person has the reply in hand ("i
got this back from thurrock council ... can i challenge it? ill paste it") opens the reply box. The replies below are
written for these tests (no page's text)."""

from __future__ import annotations

from datetime import date

import pytest
from textual import events
from textual.widgets import Input

from askfoi.conversation import Conversation
from askfoi.pasted_reply import had_reply, quoted_request, reads_as_reply
from askfoi.reply_flow import ReplyStep
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen
from _pilot import settle

TODAY = date(2026, 12, 7)

LOG_ENTRY = ("Freedom of information response\n\nLibrary opening hours\n\nPublication date: Monday 3 March 2025\n"
             "Request:\n\nPlease provide the following for each of the last two years:\n"
             "1. The number of hours each library was open.\n2. Please list the libraries that closed early.\n\n"
             "Response:\n\n1. Opening hours are published on the libraries page of our website.\n"
             "2. This information is not recorded centrally.\n")
HEADS_NO_COLON = ("Your request\nI would like to request the cost of the new bus shelters on the high street in 2024, "
                  "and the name of the supplier.\n\nOur response\nThe cost was £48,200. The supplier's name is withheld "
                  "under Section 43 - Commercial Interests.\n")
JOINED = ("FOI 12345 Request: Please provide the number of fixed penalty notices issued for littering in 2024. "
          "Response: 1,204 notices were issued in 2024. Some details are withheld under section 40(2).")
OWN_WORDS = [LOG_ENTRY, HEADS_NO_COLON, JOINED]

REQUESTS = [  # requests people write, with numbered questions, "please provide", even the word "response"
    ("Dear Leeds City Council,\nPlease provide the following:\n1. The average response time for pothole repairs in "
     "2024.\n2. The number of requests for a response within 24 hours.\nThank you."),
    ("Request: how many ambulance responses in Cornwall took over an hour in 2025? I would like the figures by month "
     "and the response categories used."),
    "I would like to request the council's response plan for flooding and the minutes of the meeting that approved it.",
]


@pytest.mark.parametrize("text", OWN_WORDS)
def test_a_published_response_laid_out_as_request_then_response_reads_as_a_reply(text):
    assert quoted_request(text) is not None
    assert reads_as_reply(text)


@pytest.mark.parametrize("text", REQUESTS)
def test_a_request_is_not_a_reply(text):
    assert quoted_request(text) is None
    assert not reads_as_reply(text)


@pytest.mark.parametrize("text", OWN_WORDS)
def test_the_first_message_goes_to_the_reply_path(text):
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    turn = conv.reply(text)
    assert "reply" in turn.actions and turn.reply_text.strip() == text.strip()
    assert not conv.session.parts


HAD = [
    "hi i got this back from thurrock council today and they've not given me half of it, can i challenge it? ill paste it",
    "had this back from the home office, what does it mean",
    "this is what the police sent me, can i appeal",
    "got an email back from leeds council about my foi, ill paste it",
]
NOT_HAD = [
    "i got my money back from the council, how many refunds did they give in 2024",
    "how many parking fines did the council give back in 2024, what next",
    "can i paste the list of questions here",
]


@pytest.mark.parametrize("text", HAD)
def test_a_reply_in_hand_is_a_reply_had(text):
    assert had_reply(text)
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    turn = conv.reply(text)
    said = "\n".join(m.text for m in turn.messages)
    assert "reply" in turn.actions and "paste the reply" in said
    assert "can't yet turn that into a request" not in said


@pytest.mark.parametrize("text", NOT_HAD)
def test_a_request_that_says_got_back_or_paste_is_not_a_reply_had(text):
    assert not had_reply(text)


async def test_a_pasted_reply_at_80x24_is_read_on_the_reply_screen(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.query_one("#prompt", Input).post_message(events.Paste(LOG_ENTRY))
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, ReplyScreen)
        assert app.screen.flow.step == ReplyStep.result
        assert not app.conversation.session.parts


async def test_saying_the_reply_came_at_80x24_opens_the_reply_box(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.query_one("#prompt", Input).value = HAD[0]
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, ReplyScreen)
        assert app.screen.flow.step == ReplyStep.paste
