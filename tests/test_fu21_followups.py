"""fu21: follow-up letters say only what is true (issue 10; nu24 items 5, 10, 11). Invented wording, each with a
second phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.followup import complaint_letter, review_letter
from askfoi.reply_explain import explain_reply, explanation_text

TODAY = date(2026, 12, 1)

COST = ("Dear Mr Okafor\n\nReference: FOI/2026/7712\n\nWe estimate that complying with your request would exceed the "
        "appropriate limit of £450 under section 12 of the Freedom of Information Act 2000, as each of the 4,100 case "
        "files would have to be read by hand.\n\n{advice}\n\nYou can ask for an internal review within 40 working days. "
        "If you are still unhappy you can complain to the Information Commissioner.\n\nYours sincerely\nNorthshire "
        "County Council\n")
SCOT_COST = ("Dear Ms Baird\n\nOur reference: FOI 26-0912\n\nThe council estimates that the cost of complying would "
             "exceed £600, so section 12(1) of the Freedom of Information (Scotland) Act 2002 applies.\n\n{advice}\n\n"
             "You may ask for a review within 40 working days.\n\nEastshire Council\n")

# --- 1. advice in the reply is read, quoted, and never called missing -------------------------------------------------

ADVICE = [
    "Under our duty to advise and assist, you might like to consider narrowing the request, for instance to one quarter.",
    "By way of help, we suggest you could ask for the total for a single depot.",
    "You may wish to ask for the overall number of appeals upheld, which we could provide.",
    "It may be possible to answer a request covering the figure for one district only.",
]


@pytest.mark.parametrize("advice", ADVICE)
def test_a_cost_refusal_that_advises_is_quoted_not_called_silent(advice):
    reply = COST.format(advice=advice)
    body = review_letter(reply, received=date(2026, 11, 20), today=TODAY).body
    assert "Your response suggested:" in body and advice.split(",")[0] in body
    assert "Please tell me what I could ask for" not in body
    text = explanation_text(explain_reply(reply, today=TODAY))
    assert "does not seem to suggest how to narrow" not in " ".join(text.split())
    complaint = complaint_letter(reply, authority="Northshire County Council", today=TODAY).body
    assert "did not give me the advice and assistance" not in complaint


@pytest.mark.parametrize("reply", [COST.format(advice="Regards."), SCOT_COST.format(advice="Thank you.")])
def test_a_cost_refusal_without_advice_still_asks_for_it(reply):
    body = review_letter(reply, received=date(2026, 11, 20), today=TODAY).body
    assert "Please tell me what I could ask for" in body and "Your response suggested" not in body
    complaint = complaint_letter(reply, authority="Eastshire Council", today=TODAY).body
    assert "did not give me the advice and assistance" in complaint
    assert "does not seem to suggest how to narrow" in " ".join(explanation_text(explain_reply(reply, today=TODAY)).split())


def test_scottish_advice_read_too():
    reply = SCOT_COST.format(advice="In line with section 15 we suggest you could ask for the figure for one ward.")
    body = review_letter(reply, received=date(2026, 11, 20), today=TODAY).body
    assert "Your response suggested:" in body and "Please tell me what I could ask for" not in body
    complaint = complaint_letter(reply, authority="Eastshire Council", today=TODAY).body
    assert "did not give me the advice and assistance" not in complaint


# --- 2. only what the reply suggested is narrowed "as your response suggested" -------------------------------------------

REQUEST = "How many fly-tipping reports did Eastshire Council receive between January 2021 and December 2024, and how much did clearing them cost?"


@pytest.mark.parametrize("advice", [
    "In line with section 15 we suggest you could ask for the figure for a single ward.",
    "We would suggest limiting your request to one ward, which we may be able to answer.",
])
def test_a_unit_suggested_adds_no_period_the_reply_never_named(advice):
    body = review_letter(SCOT_COST.format(advice=advice), request=REQUEST, received=date(2026, 11, 20), today=TODAY).body
    narrowed = body.split("narrowed as your response suggested:", 1)[1].split("I look forward")[0]
    assert "one ward ([NAME THE WARD])" in narrowed
    assert "2024" not in narrowed and "2025" not in narrowed and "period" not in narrowed, narrowed


@pytest.mark.parametrize("advice,period", [
    ("You may wish to consider narrowing your request, for example to a single month.", "December 2024"),
    ("If you were to reduce the period to three months we may be able to help.", "October 2024"),
])
def test_a_period_suggested_is_the_one_used(advice, period):
    body = review_letter(COST.format(advice=advice), request=REQUEST, received=date(2026, 11, 20), today=TODAY).body
    narrowed = body.split("narrowed as your response suggested:", 1)[1].split("I look forward")[0]
    assert period in narrowed, narrowed


# --- 7. the request summary is the question only: the story after it stays out ------------------------------------------

@pytest.mark.parametrize("said,expect", [
    ("i asked leeds city council how many potholes were fixed in 2025, i sent it on 1st october and heard nothing back",
     "how many potholes were fixed in 2025"),
    ("I emailed Bristol council asking how many parking fines were issued on Park Street last year, they never replied",
     "how many parking fines were issued on Park Street last year"),
    ("i asked derby council how many fines were issued in 2025 i sent it on 4 october", "how many fines were issued in 2025"),
    ("we asked the county council how many libraries closed in 2024 and heard nothing back", "how many libraries closed in 2024"),
])
def test_the_story_after_the_question_is_not_the_request(said, expect):
    from askfoi.followup import chase_letter
    from askfoi.pasted_reply import asked_topic

    topic = asked_topic(said)
    assert topic == expect
    body = chase_letter(date(2026, 10, 1), authority="Leeds City Council", topic=topic, today=TODAY).body
    assert f"It asked {expect}." in body
    assert "sent it" not in body and "heard nothing" not in body and "never replied" not in body


def test_a_second_thing_asked_stays_in_the_request():
    from askfoi.pasted_reply import asked_topic

    said = "I asked Kent Police how many officers were disciplined, and whether any were dismissed, in 2024"
    assert asked_topic(said) == "how many officers were disciplined, and whether any were dismissed, in 2024"
