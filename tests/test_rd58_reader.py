"""rd58 (session 48): reader classes found in fresh55's misses (tribunal accounts of first replies, tuning material from
this session), each said here in other words than the account that showed it: a class, not a sentence. Guards keep
what was right (the requester who declined, "no further information", an unmeasured manifestly unreasonable refusal,
figures that restate the request beside a cost refusal)."""

from __future__ import annotations

import pytest

from askfoi import reader
from askfoi.reader import read_reply


def _outcome(text: str) -> str:
    return read_reply(text).outcome.value


@pytest.mark.parametrize("text", [
    "The authority estimated that to answer all of the questions would exceed the appropriate costs limit.",
    "2 May 2019 Council refuses the request, saying compliance would exceed FOIA time limits.",
    "We have estimated that finding this information would take us over the FOI cost limits.",
])
def test_cost_limit_said_in_the_plural_or_with_the_acts_name(text):
    assert _outcome(text) == "cost_limit"


def test_declined_to_provide_is_a_share_held_back():
    text = ("Most of the requested information was provided by the Trust on 3 May, but it declined to provide the value of "
            "the settlement payments.")
    assert _outcome(text) == "part_disclosed"


def test_a_requester_who_declined_is_no_refusal():
    ev = reader._events("You declined to provide a narrower description of the records, so we have answered the request "
                        "as it was written.")
    assert not any(sig == "withhold" for sig, _, _ in ev.signals)


@pytest.mark.parametrize("text", [
    "14 March 2019 Council provided the inspection notes but refused to provide the inspectors' names, citing s40(2).",
    "The Treasury provided the appellant with a copy of the minutes. It withheld the annex under section 35.",
    "The Executive provided the report but redacted certain names in it.",
    "The Police Service released the register but redacted the names of junior staff.",
])
def test_the_authority_giving_told_in_the_third_person(text):
    assert _outcome(text) == "part_disclosed"


def test_held_no_information_beside_a_share_given():
    text = ("The Force held no information within the scope of questions 1 and 2. It provided copies of the published "
            "policy for question 3.")
    assert _outcome(text) == "part_disclosed"


def test_no_further_information_after_an_answer_is_not_a_share_not_held():
    ev = reader._events("It provided copies of the two reports. The Council held no further information relevant to the request.")
    assert not any(sig == "not_held" for sig, _, _ in ev.signals)


def test_manifestly_unreasonable_for_the_requesters_conduct_is_vexatious():
    text = ("The Council refused the request as manifestly unreasonable under regulation 12(4)(b) of the EIR, saying it "
            "was one of a series of requests designed to cause disruption and annoyance to its staff.")
    assert _outcome(text) == "vexatious"


def test_manifestly_unreasonable_on_aggregated_requests_is_the_cost_refusal():
    text = ("The Council refused, citing EIR regulation 12(4)(b), and said that it had aggregated this request with four "
            "other requests received the same month.")
    assert _outcome(text) == "cost_limit"


def test_manifestly_unreasonable_with_no_ground_stays_refused():
    # rd28's reading: no burden measured, no conduct named
    text = "Your request is refused as manifestly unreasonable under regulation 12(4)(b) of the Environmental Information Regulations."
    assert _outcome(text) == "refused"


def test_figures_answered_before_a_cost_refusal_of_the_rest():
    text = ("Over the period, 57 complaints were recorded about the service. We estimate that complying with your request "
            "would exceed the appropriate limit.")
    assert _outcome(text) == "part_disclosed"


def test_figures_restating_the_request_beside_a_cost_refusal_stay_cost():
    text = ("Thank you for your request asking for the refurbishment costs of 165 stations. Unfortunately, to provide the "
            "information you have requested would exceed the appropriate costs limit of £450.")
    assert _outcome(text) == "cost_limit"


@pytest.mark.parametrize("text", [
    "Your request is refused. In reaching this decision we have considered your persistent correspondence with the "
    "Council on the same matter since 2019, to which we have responded in full.",
    "Your FOI request is refused. We have taken account of your frequent and persistent previous contact with this "
    "office about the same subject.",
])
def test_a_refusal_on_the_requesters_persistence_is_vexatious(text):
    # no section cited: the ground the sentences after the refusal give is the requester's conduct
    assert _outcome(text) == "vexatious"


def test_persistence_as_the_requests_subject_is_no_ground():
    text = "You asked for the number of complaints about persistent noise. Your request is refused."
    assert _outcome(text) == "refused"
