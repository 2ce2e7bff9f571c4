"""lead43 (nc47 #2): a volunteer (or a relative) telling of a client's request that has had no answer opens the
waiting path like the first-person story, and a request for "her medical records" is tracked as a subject access
request (one calendar month), never as FOI's 20 working days or a vague FOI opinion."""
from datetime import date

import pytest

from askfoi.pasted_reply import waiting_for_reply
from askfoi.reply_flow import ReplyFlow


@pytest.mark.parametrize("text", [
    "my client asked leeds teaching hospitals nhs trust for her medical records 2 months ago and heard nothing",
    "my mum emailed the council for her care records in september and they havent replied",
    "my client sent her sar to the dwp on 3 october and still nothing",
    "i asked leeds teaching hospitals nhs trust for my medical records 2 months ago and heard nothing",
])
def test_waiting_told_for_someone(text):
    assert waiting_for_reply(text)


@pytest.mark.parametrize("text", [
    "how many subject access requests did leeds teaching hospitals get in 2024",
    "my client wants to know how many council homes in leeds are empty",
])
def test_requests_are_not_waiting(text):
    assert not waiting_for_reply(text)


def test_her_records_tracked_as_a_subject_access_request():
    flow = ReplyFlow(today=lambda: date(2026, 12, 5), matcher=None, authority="Leeds Teaching Hospitals NHS Trust",
                     request=None, name=None, email=None, tracker=None, sar=False, topic="for her medical records")
    assert flow._own_records()
    flow = ReplyFlow(today=lambda: date(2026, 12, 5), matcher=None, authority="Leeds City Council",
                     request=None, name=None, email=None, tracker=None, sar=False, topic="about bin collections")
    assert not flow._own_records()
