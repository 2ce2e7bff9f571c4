"""fc28 (issue 9): an NCND flag needs an NCND provision or the reply's words (a refusal under s12(2) alone is a cost
refusal, not NCND), unknown stays unknown (a withholding answer whose sections were not visible), and the whole
request's size is evidence of a refusal on cost (askfoi/request_size.py)."""

from __future__ import annotations

import json

import pytest

from askfoi import request_size
from askfoi.importers import parse_text
from askfoi.knowledge import get_knowledge

BASE = {
    "authority": "Northumbria Police", "authority_type": "police", "title": "101 calls",
    "asked": "Officer response times to 101 calls.", "date": "2019-05-01", "outcome_class": "cost_limit",
    "ncnd": True, "sections": ["12(2)"], "parts": [], "topics": [],
    "url": "https://example.police.uk/foi/1216-19", "source_type": "disclosure_log",
    "note": "neither confirmed nor denied because finding out would exceed 18 hours",
}


def _one(**changes):
    rows = parse_text(json.dumps({**BASE, **changes}), "jsonl")
    assert not rows.rejected, rows.rejected
    return rows.records[0]


@pytest.mark.parametrize("sections", [["12(2)"], ["12"], ["EIR 12(4)(b)"], ["12(1)", "12(2)"], ["FOISA 12"]])
def test_a_cost_refusal_flagged_ncnd_is_not_ncnd(sections):
    assert _one(sections=sections).ncnd is False


def test_an_ncnd_provision_beside_s12_keeps_it_ncnd():
    assert _one(sections=["12(2)", "31(3)"]).ncnd is True
    assert _one(sections=["12(2)"], outcome_class="ncnd").ncnd is True


def test_the_replys_words_keep_a_flag_whose_sections_were_not_seen():
    # sections not visible: the harvester read "neither confirm nor deny" in the reply itself
    assert _one(sections=None, outcome_class="ncnd").ncnd is True
    assert _one(sections=None, outcome_class="part_disclosed").ncnd is True


@pytest.mark.parametrize("outcome", ["part_disclosed", "refused"])
def test_a_withholding_answer_with_unseen_sections_is_unknown_not_no(outcome):
    assert _one(ncnd=False, sections=None, outcome_class=outcome).ncnd is None


def test_no_is_kept_where_it_can_be_told():
    assert _one(ncnd=False, sections=None, outcome_class="disclosed").ncnd is False  # all given
    assert _one(ncnd=False, sections=None, outcome_class="not_held").ncnd is False
    assert _one(ncnd=False, sections=["40(2)"], outcome_class="refused").ncnd is False  # sections seen, none NCND
    assert _one(ncnd=False, sections=[], outcome_class="part_disclosed").ncnd is False


def test_the_shipped_pack_has_no_ncnd_record_on_cost_sections_alone():
    bad = [r.id for r in get_knowledge().responses
           if r.ncnd and r.outcome.value != "ncnd" and r.sections and not any(p.ncnd for p in r.parts)
           and all(s.replace(" ", "") in ("12", "12(1)", "12(2)") for s in r.sections)]
    assert bad == []


# --- the request's size --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, signals", [
    ("The number of reports, with a monthly breakdown, between September 2020 and November 2021",
     {"monthly", "breakdown"}),  # 14 months: not many years
    ("for each payment please say the nature of the case", {"each_case"}),
    ("how many calls, broken down by risk level, for 2010 to 2021", {"breakdown", "by_category", "many_years"}),
    ("pls give me figures for the last ten years broken down by ward", {"many_years", "breakdown", "by_category"}),
    ("all information you hold on the group", {"all_information"}),
    ("every crime report that mentions a webcam", {"free_text"}),
])
def test_size_signals_in_varied_wording(text, signals):
    assert set(request_size.size_signals(text)) == signals


def test_a_small_request_has_no_size_signal():
    assert request_size.size_level("How many police dogs does the force have?") == 0
    assert request_size.size_level("what is your policy on tasers") == 0


COUNTS = {"police": {"cost": [10, 30, 20], "other": [700, 200, 30]}, "other": {"cost": [5, 1, 0], "other": [50, 9, 1]}}


def test_the_factor_is_the_levels_likelihood_ratio_and_needs_enough_cost_refusals():
    big = request_size.factor("police", 2, COUNTS)
    assert big == pytest.approx(((20 + 2) / (60 + 6)) / ((30 + 2) / (930 + 6)))
    assert big > request_size.factor("police", 1, COUNTS) > 1.0 > request_size.factor("police", 0, COUNTS)
    assert request_size.factor("council", 2, COUNTS) == 1.0  # 6 cost refusals counted: too few
    assert request_size.factor("police", 2, {}) == 1.0


def test_with_size_moves_only_the_odds_of_the_cost_limit():
    probs = {"part_disclosed": 0.4, "disclosed": 0.3, "cost_limit": 0.2, "refused": 0.1}
    text = "1. for each year 2015 to 2018 the number of devices examined, broken down by type"
    got = request_size.with_size(probs, text, "police", COUNTS)
    f = request_size.factor("police", 2, COUNTS)
    assert got["cost_limit"] / (1 - got["cost_limit"]) == pytest.approx(0.2 / 0.8 * f)
    assert sum(got.values()) == pytest.approx(1.0)
    assert got["part_disclosed"] / got["disclosed"] == pytest.approx(4 / 3)
    assert request_size.with_size(probs, "How many dogs?", "council", COUNTS) == probs


def test_shipped_counts_say_a_big_police_request_is_likelier_refused_on_cost():
    assert request_size.factor("police", 2) > request_size.factor("police", 1) > 1.0


def test_match_raises_the_cost_limit_for_a_big_police_request(monkeypatch):
    from askfoi.matching import get_matcher

    text = ("To Northumbria Police: 1) for each of the last four years (2015, 2016, 2017 and 2018) the number of "
            "digital devices examined. 2) for each year a breakdown by type and who the devices belonged to.")
    m = get_matcher()

    def cost(result):
        return next((o.probability for o in result.forecast.outcomes if o.outcome.value == "cost_limit"), 0.0)

    with_it = cost(m.match(text, "Northumbria Police"))
    monkeypatch.setattr(request_size, "_counts", lambda: {})
    without = cost(m.match(text, "Northumbria Police"))
    assert with_it > without * 1.3


# --- a named person's complaint or investigation ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Please provide the information you hold about the complaint made against [named HCPC registrant]",
    "what happened to the complaint i made against dr Patel in 2019?",
    "Any disciplinary action taken against a named former officer while he served.",
    "i was told an investigation into my neighbour had started, what is the outcome",
    "Complaints about a named councillor and any investigations",
])
def test_a_named_persons_case_is_its_own_topic(text):
    from askfoi.ncnd_topics import topics_in

    assert "named_person_case" in topics_in(text)


@pytest.mark.parametrize("text", [
    "How many complaints were made against police officers in 2023?",
    "How many complaints about noise did the council receive last year?",
    "the number of disciplinary cases against staff, by year",
])
def test_counts_of_complaints_are_not_a_named_persons_case(text):
    from askfoi.ncnd_topics import topics_in

    assert "named_person_case" not in topics_in(text)
