"""nr97 (nc97 #9): the chaser's subject names the request without the "for" that joined its topic to "It asked" ("Overdue
FOIA request sent 19 October 2026: the number of ..."), and when the person says nothing came, not even an
acknowledgement, the chaser asks them to confirm they received it, and never says "unless you told me ... you needed
more time" to someone who was told nothing."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.reply_flow import ReplyFlow

TODAY = date(2026, 12, 7)

NOTHING_CAME = [
    "i emailed kent county council on 19 october asking how many pothole claims they paid and they still havent answered, not even an acknowledgement. what do i do",
    "sent an foi to york council on 2 october about bin collections, no acknowledgement, no reply, nothing. help",
    "i sent my request to the home office on 1 october and they never acknowledged it or replied, what now",
    "put in a foi to leeds city council on 5 october, havent even had an acknowledgment and still no reply",
]
ACKNOWLEDGED = [
    "i sent an foi to york council on 2 october, they acknowledged it but still havent replied, what now",
    "i got an acknowledgement from the home office on 3 october but nothing since, its overdue",
]


def _said(text: str):
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    return conv.reply(text)


@pytest.mark.parametrize("text", NOTHING_CAME)
def test_no_acknowledgement_is_carried_to_the_box(text):
    turn = _said(text)
    assert "reply" in turn.actions and "no acknowledgement" in (turn.track_text or "")


@pytest.mark.parametrize("text", ACKNOWLEDGED)
def test_guard_an_acknowledgement_had_is_not_carried(text):
    turn = _said(text)
    assert "reply" in turn.actions and "acknowledgement" not in (turn.track_text or "")


def _chaser(track: str, topic: str | None = "for the number of pothole compensation claims paid"):
    flow = ReplyFlow(today=lambda: TODAY)
    flow.topic = topic
    flow.track(track)
    return flow, flow.write("chase").body


def test_the_chaser_asks_them_to_confirm_receipt_when_nothing_came():
    flow, body = _chaser("Kent County Council 19/10/2026 no acknowledgement")
    assert flow.authority == "Kent County Council"
    assert "confirm that you received my request" in body
    assert "unless you told me" not in body and "neither a reply nor an acknowledgement" in body


def test_guard_the_plain_chaser_keeps_the_extension_words():
    flow, body = _chaser("Kent County Council 19/10/2026")
    assert "confirm that you received" not in body
    assert "unless you told me within those 20 working days" in body and "I have not yet received a reply" in body


@pytest.mark.parametrize("topic, subject", [
    ("for the number of pothole compensation claims paid", ": the number of pothole compensation claims paid"),
    ("about the closure of Moor Lane library", ": the closure of Moor Lane library"),
    ("the cost of the new bus shelters", ": the cost of the new bus shelters"),  # guard: no joining word, unchanged
])
def test_the_subject_has_no_joining_word(topic, subject):
    _, body = _chaser("Kent County Council 19/10/2026", topic)
    first = body.splitlines()[0]
    assert first.startswith("Subject: Overdue FOIA request sent 19 October 2026") and first.endswith(subject), first
