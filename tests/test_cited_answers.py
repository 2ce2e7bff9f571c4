"""An NCND review cites other forces that confirmed or denied: only answers about the same covert topic count,
and a reply's restated request (not its cookie banner) is what similar requests are found by."""

from __future__ import annotations

from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_explain import OtherAnswer, answered_differently, reply_query

NCND_REPLY = ("Your request: Please confirm whether the force has trialled facial recognition on body worn video "
              "cameras in the last 12 months. Response: Essex Police can neither confirm nor deny that it holds "
              "any information relevant to your request by virtue of sections 23(5), 24(2) and 31(3).")


def _other(authority: str, title: str, outcome: Outcome = Outcome.disclosed) -> OtherAnswer:
    return OtherAnswer(authority=authority, title=title, outcome=outcome, ncnd=False, url=f"https://example.org/{authority}",
                       authority_type="police")


def test_only_answers_on_the_same_covert_topic_are_cited():
    reading = read_reply(NCND_REPLY)
    assert reading.ncnd
    others = [_other("Gwent Police", "Facial Recognition technology trials"),
              _other("Lincolnshire Police", "Body Worn Video Policy"),
              _other("Kent Police", "Retrospective facial recognition searches", Outcome.part_disclosed)]
    cited = answered_differently(reading, others, "Essex Police", query=reply_query(NCND_REPLY))
    assert [o.authority for o in cited] == ["Gwent Police", "Kent Police"]


def test_without_a_covert_topic_the_nearest_answers_stand():
    reading = read_reply("We can neither confirm nor deny whether we hold information about the named officer, "
                         "section 40(5).")
    others = [_other("Kent Police", "Misconduct hearings 2024")]
    assert answered_differently(reading, others, "Essex Police", query="misconduct hearings of an officer") == others


def test_the_restated_request_is_the_query_not_the_page_around_it():
    page = ("We use some essential cookies to make our website work. Manage your cookie settings here. "
            "Please confirm whether your force has evaluated body worn video cameras with facial recognition "
            "technology in the last 12 months? Essex Police does not hold this information.")
    query = reply_query(page)
    assert "facial recognition" in query and "cookie" not in query
