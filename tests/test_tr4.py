"""tr4: defects seen trying the product (docs/notes/tr4.md): subject access inside FOI wording, overt facial
recognition, two organisations in one message, a place inside another body's name, the reply's date inside a
pasted paragraph."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.reply_explain import explain_reply, reply_date


# --- 6. the reply's date, wherever the pasted text gives it ---------------------------------------------------

@pytest.mark.parametrize("text,day", [
    ("Dear Ms Shah, thank you for your request dated 1 February 2025. Our response dated 14 March 2025 is below. "
     "Essex Police holds the information.", date(2025, 3, 14)),
    ("Re: FOI 123 Date: 14/03/2025 Dear Sir, thank you for your request of 2 March 2025.", date(2025, 3, 14)),
    ("From: FOI Team Sent: Friday, 14 March 2025 10:02 To: me Subject: your request", date(2025, 3, 14)),
    ("Please find below the council's reply of 14th March 2025. We do not hold the information.", date(2025, 3, 14)),
    ("This letter, dated March 14, 2025, sets out our decision.", date(2025, 3, 14)),
    ("Date of response: 20 November 2025\nI can confirm the force holds it.", date(2025, 11, 20)),
])
def test_the_reply_date_is_found_inside_a_pasted_paragraph(text, day):
    assert reply_date(text) == day


@pytest.mark.parametrize("text", [
    "Your request dated 2 March 2025 asked for the figures. We do not hold them.",  # the request's date
    "Date of birth: 01/01/1990. The records were destroyed on 4 May 2024.",  # not the reply's
    "Last update: 14 March 2025. The policy was reviewed in 2024.",
    "In 2024 there were 14 incidents; on 3 March 2025 the policy changed.",  # a bare date
])
def test_dates_that_are_not_the_replys_own_are_not_taken(text):
    assert reply_date(text) is None


def test_a_reply_date_mid_paragraph_sets_the_review_deadline():
    text = ("I am forwarding what Essex Police sent me. Our response dated 14 March 2025 is below. The information "
            "is exempt under section 31(1)(a) of the Freedom of Information Act.")
    explained = explain_reply(text, today=date(2025, 4, 1))
    assert explained.received == date(2025, 3, 14)
    later = explain_reply(text, today=date(2025, 4, 1), received=date(2025, 3, 20))
    review = [s for s in explained.next_steps if s.kind == "review"]
    assert review and review[0].by < [s for s in later.next_steps if s.kind == "review"][0].by
