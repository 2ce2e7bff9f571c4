"""A reply that restates the numbered request after its thank-you ("Thank you for your request ... for: 1. ... 2.
...") and then answers the parts, in the same or another order: the restated list is not read as answers, and each
answer is read under its own number."""

from askfoi.reader import Outcome, read_reply

THANKS = ("City of Anytown Council. 20 November 2026. Dear Mr Reid, Thank you for your request of 21 October 2026 "
          "for: 1. all emails between officers and the contractor about the felling; 2. the tree survey report; 3. the "
          "number of trees felled and replanted. We have dealt with your request under the Environmental Information "
          "Regulations 2004. ")


def _parts(text):
    return {p.number: p.outcome for p in read_reply(text).parts}


def test_answers_in_reverse_order_are_read_under_their_own_numbers():
    reply = THANKS + ("3. 41 trees were felled and 12 replanted. 2. The tree survey is already published on our "
                      "website and is exempt under regulation 6(1)(b). 1. Searching the mailboxes of over 60 officers "
                      "would be manifestly unreasonable under regulation 12(4)(b). You can ask for a review within 40 "
                      "working days.")
    parts = _parts(reply)
    assert parts.get("3") == Outcome.disclosed
    assert parts.get("1") in (Outcome.cost_limit, Outcome.refused)
    assert parts.get("2") != Outcome.disclosed


def test_restated_list_asked_in_which_you_asked_is_not_an_answer():
    reply = ("Dear Ms Patel, Thank you for your request received on 13 October 2026 in which you asked: 1. How many "
             "incidents were reported in 2025. 2. How many penalty notices were issued in 2025. 1. There were 14,210 "
             "incidents. 2. To answer this we would need to check 3,000 case files by hand, which would exceed the "
             "appropriate limit of 18 hours, so this part is refused under section 12.")
    parts = _parts(reply)
    assert parts.get("1") == Outcome.disclosed and parts.get("2") == Outcome.cost_limit
