"""lead38: a reply whose sender is not known is compared only with answers from the kind of body that used its own
neither-confirm-nor-deny grounds (a police force's covert-drone NCND is never set beside a council that said what
its drones survey), found reviewing `askfoi review` on a pasted reply with no --authority."""

from __future__ import annotations

from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_explain import OtherAnswer, answered_differently

REPLY = """Dear Requester,

1. How many drones does the force own?
The force currently owns 14 drones.

2. Have drones been used for covert surveillance?
The force can neither confirm nor deny that it holds any information relevant to this question by virtue of sections
23(5), 24(2) and 31(3) of the Freedom of Information Act 2000.
"""
QUERY = "1. How many drones does the force own? 2. Have drones been used for covert surveillance?"


def _other(authority, kind, outcome, ncnd, sections, n):
    return OtherAnswer(authority=authority, title="Use of drones by the organisation", outcome=outcome, ncnd=ncnd,
                       sections=sections, url=f"https://example.org/{n}", authority_type=kind,
                       asked="Whether the organisation uses drones, and for what.")


def test_an_unknown_sender_is_compared_with_the_kind_of_body_that_used_its_grounds():
    reading = read_reply(REPLY)
    assert reading.ncnd
    similar = [
        _other("Moray Council", "council", Outcome.disclosed, False, [], 1),
        _other("Gwent Police", "police", Outcome.ncnd, True, ["23(5)", "24(2)"], 2),
        _other("Kent Police", "police", Outcome.disclosed, False, [], 3),
    ]
    cited = answered_differently(reading, similar, None, query=QUERY)
    assert {o.authority_type for o in cited} <= {"police"}
    assert [o.authority for o in cited] == ["Kent Police"]


def test_a_known_sender_keeps_its_own_kind():
    reading = read_reply(REPLY)
    similar = [_other("Moray Council", "council", Outcome.disclosed, False, [], 1)]
    assert answered_differently(reading, similar, "Kent Police", query=QUERY) == []


def test_a_review_never_says_a_given_address_was_no_address():
    from datetime import date

    from askfoi.followup import review_letter

    reply = ("Thank you for your request about temporary accommodation.\n\n"
             "Q1 How much did the council spend on B&B placements in 2025?\n"
             "This information is published in our statement of accounts, available at "
             "https://www.example.gov.uk/accounts. Section 21 applies.\n")
    body = review_letter(reply, today=date(2026, 12, 4)).body
    assert "https://www.example.gov.uk/accounts" in body
    assert "not where exactly" not in body


def test_a_whole_reply_label_under_the_last_answer_is_not_that_parts_decision():
    # newcomer trial: the label line after answer 2 made a wholly NCND part "partly given"
    reply = ("In response:\n"
             "1. The force deployed live facial recognition on 14 occasions in 2023.\n"
             "2. The force can neither confirm nor deny whether it holds any information relevant to question 2 by "
             "virtue of Section 23(5), Section 24(2) and Section 31(3) of the Freedom of Information Act 2000.\n\n"
             "Part Disclosure with Section 24, Section 31 and Section 23 Exemptions\n")
    reading = read_reply(reply)
    parts = {p.number: p.outcome for p in reading.parts}
    assert parts == {"1": Outcome.disclosed, "2": Outcome.ncnd}
    assert reading.outcome == Outcome.part_disclosed and reading.ncnd
