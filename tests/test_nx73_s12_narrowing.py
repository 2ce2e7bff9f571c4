"""nx73 (nc67 #7, issue 10.4): a cost refusal (FOIA s12) that suggests how to narrow gets a review whose narrower request
follows the authority's own suggestion, ready to send: one academic year (1 September to 31 August), "received through
your online reporting system" rather than "handled", the one department it names ("for example Planning"), the records
held by the team it names. A refusal that added costs together gets the aggregation argument (s12(4) and regulation 5 of
the Fees Regulations: the same or similar information, 60 consecutive working days), in the review and the complaint.
The complaint gives the last day of the Commissioner's window and the reply's own decision. Replies written for these
tests (tests/data/nx73_s12)."""
from datetime import date
from pathlib import Path

import pytest

from askfoi.followup import complaint_letter, review_letter

DATA = Path(__file__).parent / "data" / "nx73_s12"
TODAY = date(2026, 12, 6)


def _review(x: str, reply: str | None = None, **kw) -> str:
    text = reply if reply is not None else (DATA / f"{x}-reply.txt").read_text()
    return review_letter(text, request=(DATA / f"{x}-request.txt").read_text(), name="Sam Patel", today=TODAY, **kw).body


def _narrowed(body: str) -> list[str]:
    tail = body.split("please treat this as a narrower request")[1].split("I look forward")[0]
    return [ln for ln in tail.splitlines() if ln[:2] in ("1.", "2.", "3.")]


@pytest.mark.parametrize("x, wanted, unwanted", [
    ("a", ["received through your online reporting system", "1 November 2024 and 31 October 2026"], ["handled"]),
    ("b", ["1 September 2025 and 31 August 2026", "held by Residential Services"], ["each year", "2018/19", ") ("]),
    ("d", ["the Planning department", "1 June 2026 to 30 November 2026"], ["NAME THE", "Housing and Transport"]),
])
def test_the_narrower_request_follows_the_authoritys_own_suggestion(x, wanted, unwanted):
    body = _review(x)
    items = _narrowed(body)
    assert items, body
    first = items[0]
    for w in wanted:
        assert w in first, items
    for u in unwanted:
        assert not any(u in i for i in items), items


def test_an_aggregated_refusal_is_answered_on_the_aggregation_ground():
    body = _review("c")
    assert "Adding costs together" in body and "regulation 5 of the Freedom of Information and Data Protection" in body
    assert "earlier request of Friday 2 October 2026" in body and "60 consecutive working days" in body
    assert "cannot be added together" not in body  # received within 60 working days of it, as far as askfoi knows


def test_requests_more_than_60_working_days_apart_cannot_be_aggregated():
    reply = (DATA / "c-reply.txt").read_text().replace("earlier request of 2 October 2026", "earlier request of 2 July 2026")
    body = _review("c", reply=reply, sent=date(2026, 11, 2))
    assert "received 84 working days after that one, more than 60, so the two cannot be added together" in body


def test_a_refusal_that_did_not_aggregate_says_nothing_of_it():
    assert "Adding costs together" not in _review("a")


REVIEW_UPHELD = """University of Northtown
Information Governance

Ref: FOI-2026-300 IR
Date: 27 November 2026

Dear Mr Patel,

Internal review

I have reviewed the handling of your request and I uphold the decision that section 12(1) applies to the request as a
whole, because its parts relate to the same or similar information and may be aggregated.

If you remain dissatisfied you may complain to the Information Commissioner.

Yours sincerely,
Head of Information Governance
"""


def test_the_complaint_argues_the_aggregation_and_dates_the_six_weeks():
    body = complaint_letter((DATA / "a-reply.txt").read_text(), authority="Essex County Council", review=REVIEW_UPHELD,
                            name="Sam Patel", today=TODAY).body
    assert "added together the cost of answering the parts of my request" in body
    assert "regulation 5 of the Freedom of Information and Data Protection" in body
    assert "within six weeks of the final response of Friday 27 November 2026 (by Friday 8 January 2027)" in body


def test_the_complaint_says_the_replys_own_decision_not_the_reviews():
    """Parts pointed to where they are published or answered, one withheld: "partly given", never "refused"."""
    body = complaint_letter((DATA / "e-reply.txt").read_text(), authority="Northtown Borough Council",
                            review=(DATA / "e-review.txt").read_text(), name="Sam Patel", today=TODAY).body
    assert "Its decision: partly given" in body, body
    assert "(by Friday 8 January 2027)" in body
