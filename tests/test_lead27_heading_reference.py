"""nu30: a reply headed "Your request: 12 October 2026, reference EIR 26/0923" has no question under that heading: the
review never quotes a date and a reference as the request's first question."""
import pytest

from askfoi.reply_request import request_in_reply as request_stated


@pytest.mark.parametrize("head", [
    "Dear Ms Evans\nYour request: 12 October 2026, reference EIR 26/0923\n\nYou asked for the noise readings.\n",
    "Dear Sir\nYour request: received 3 March 2025, our ref FOI-2025-0311\n\nWe hold the information.\n",
    "Dear Mr Khan\nRequest: 14/02/2026 ref 2026/441\n\n1. We received 41 complaints.\n",
])
def test_a_date_and_reference_are_not_the_question(head):
    stated = request_stated(head)
    assert not stated.question or not any(ch.isdigit() for ch in stated.question[:12])


def test_a_question_under_the_heading_is_still_quoted():
    stated = request_stated("Dear Ms Evans\nYour request: how many noise complaints did the council receive in 2025?\n\n"
                            "We received 41.\n")
    assert stated.question and "noise complaints" in stated.question
