"""fr14b (issue 8): counts and amounts are framed in either word order; a kept part is never the person's words
reordered. Behaviour, not exact strings: tests/data/count_messages.jsonl holds messages typed as people type
(lower case, typos, both word orders, money questions), each with the kind of part its count or amount should get."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from askfoi.amounts import amount_frame, story_object, strip_lead_in
from askfoi.framing import frame_message, keep_words

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from kept_audit import kept_is_run  # noqa: E402

TODAY = date(2026, 12, 1)
DATA = ROOT / "tests" / "data"


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]


def _frame(text: str):
    return frame_message(text, today=TODAY)


def _names(f) -> list[str]:
    return [f.authority.name, f.authority.from_text] if f.authority else []


# --- the property: a kept part is a contiguous run of the person's words ------------------------------------------

@pytest.mark.parametrize("name", ["first_messages.jsonl", "informal_messages.jsonl", "count_messages.jsonl"])
def test_every_kept_part_is_a_run_of_the_persons_words(name):
    broken = []
    for row in _rows(name):
        f = _frame(row["text"])
        for p in f.parts:
            if p.kind == "kept" and not kept_is_run(p.text or "", row["text"], _names(f)) \
                    and not _with_lead_in_topic(p.text or "", row["text"], _names(f)):
                broken.append((row["id"], p.text))
    assert broken == []


def _with_lead_in_topic(text: str, said: str, names) -> bool:
    """fx73: a kept item under a lead-in that names its topic carries that topic once after it ("The locations where it
    was sprayed, regarding the use of the pesticide glyphosate by you."): two runs of the person's words, never one
    spliced inside the other."""
    head, sep, tail = text.rpartition(", ")
    return bool(sep) and kept_is_run(head + ".", said, names) and kept_is_run(tail, said, names)


def test_the_run_check_fails_a_reordered_question_and_a_word_left_out():
    said = "she wants to know how many evictions the housing association did last year"
    assert not kept_is_run("How many evictions did the housing association last year?", said)
    assert not kept_is_run("How many evictions the association did last year?", said)
    assert kept_is_run("How many evictions the housing association did last year?", said)
    assert kept_is_run("Please tell me how many evictions the housing association did last year.", said)


# --- the reading ----------------------------------------------------------------------------------------------------

_KINDS = {"count": {"count"}, "figure": {"figure"}, "income": {"income"}, "total_spend": {"total_spend"}, "use": {"use"}}


@pytest.mark.parametrize("row", [r for r in _rows("count_messages.jsonl") if r["kind"] != "any"], ids=lambda r: r["id"])
def test_a_count_or_amount_is_framed_whatever_the_word_order(row):
    f = _frame(row["text"])
    kinds = {p.kind for p in f.parts}
    assert kinds & _KINDS[row["kind"]], [p.text for p in f.parts]
    for p in f.parts:
        if p.kind in _KINDS[row["kind"]]:
            assert not re.search(r"(?i)\b(?:did|does|do|has|have)\b", p.text), p.text  # no question word order left
            assert not p.text.rstrip().endswith("?"), p.text


def test_both_word_orders_give_the_same_part():
    embedded = _frame("she wants to know how many evictions the housing association did last year").parts
    direct = _frame("how many evictions did the housing association do last year").parts
    assert [p.text for p in embedded] == [p.text for p in direct]
    assert embedded[0].kind == "count" and "evictions" in embedded[0].text and "housing association" in embedded[0].text
    assert "carried out" in embedded[0].text  # the light verb "did" said as an event verb


def test_the_issue_examples():
    f = _frame("im a volunteer at citizens advice writing for a client. she wants to know how many evictions the housing "
               "association did last year and whether they have a policy on rent arrears")
    assert [p.kind for p in f.parts] == ["count", "policy"]
    assert "last year" not in f.parts[0].text and f.period  # the period is the letter's
    f = _frame("how much money have they made from parking since 2020")
    assert [p.kind for p in f.parts] == ["income"] and "parking" in f.parts[0].text
    f = _frame("the council brought in a public space protection order in the town centre in 2023. how many arrests "
               "has it led to")
    counts = [p for p in f.parts if p.kind == "count"]
    assert counts and "arrests" in counts[0].text and "protection order" in counts[0].text.lower()
    f = _frame("can you find out if my local council (sheffield) uses AI to decide benefits claims and who made the software")
    assert f.parts[0].kind == "use"
    assert not any(re.search(r"(?i)\bcan you\b|\bfind out\b", p.text) for p in f.parts)
    assert "impact assessment" in f.parts[0].text and "decide benefits claims" in f.parts[0].text


def test_money_spent_and_money_received_are_told_apart():
    assert _frame("how much did you pay to agency staff in 2024").parts[0].kind == "total_spend"
    assert _frame("how much the council spent on consultants last year").parts[0].kind == "total_spend"
    assert _frame("how much did the council make from car parks last year").parts[0].kind == "income"
    fined = _frame("how much did sepa fine companies for pollution in 2024").parts[0]
    assert fined.kind == "income" and "fines" in fined.text and "companies" in fined.text


def test_a_third_party_is_named_as_the_agent_and_the_body_asked_is_not():
    third = _frame("how many tenants has the housing association evicted since 2022").parts[0]
    assert third.kind == "count" and "by the housing association" in third.text
    own = _frame("how many dbs checks were carried out by the council in 2024").parts[0]
    assert "by the council" not in own.text


def test_breakdowns_stay_with_the_count():
    part = _frame("can you tell me how many stop and searches were carried out by the met in 2024 broken down by ethnicity").parts[0]
    assert part.kind == "count" and "broken down by ethnicity" in part.text


def test_an_embedded_question_that_cannot_be_framed_is_kept_as_typed_after_the_letters_lead_in():
    text = keep_words("could you tell me how long the longest family has been there").text
    assert text.startswith("Please tell me how long the longest family has been there")
    assert "has the longest family been" not in text  # never reordered
    kept = keep_words("i would like to know what the council did about the flooding on elm road").text
    assert "what the council did about the flooding" in kept and "did the council" not in kept


def test_a_request_addressed_to_askfoi_is_never_part_of_a_part():
    for text in ("can you find out if leeds city council uses algorithms to assess housing applications",
                 "could you check whether kent police use drones",
                 "please tell me how many fines the council issued for littering in 2024"):
        for p in _frame(text).parts:
            assert not re.search(r"(?i)\b(?:can|could)\s+you\s+(?:find\s+out|check)\b|\bplease\s+tell\s+me\s+how\s+many", p.text), p.text


def test_a_kept_formal_part_keeps_its_words():
    # fr13b's lesson: words of a kept formal part (its dates included) are left alone
    text = ("Please confirm whether Kent Police holds any recorded information about the deployment of IMSI catchers in "
            "Kent since 2020, and if so provide the total amount spent on this equipment.")
    parts = _frame(text).parts
    assert any("since 2020, and if so provide the total amount" in p.text for p in parts)


def test_the_reader_declines_what_it_cannot_say():
    assert amount_frame("how many bus routes \u00a7AUTH\u00a7 has stopped funding since \u00a7PERIOD\u00a7") is None
    assert amount_frame("how many library staff do you employ now compared to 2010") is None
    assert amount_frame("how much money this saved") is None
    assert amount_frame("how many pupils got a place at their first choice school") is None
    assert amount_frame("what is the policy on potholes") is None


def test_lead_ins_and_story_objects():
    assert strip_lead_in("she wants to know how many evictions ...").startswith("how many")
    assert strip_lead_in("can you find out if the council uses AI").startswith("if the council")
    assert story_object("my council started a new parking scheme last year") == "the new parking scheme"
    assert story_object("the bins were not collected") is None
