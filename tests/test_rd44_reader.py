"""rd44 (issue 10): the classes of error the reader made on the rotated report halves of fresh41/42/43, fixed by
structure, and the "published pointer beside a not-held share" convention. The replies here are written for the test
(no page prose from the held-out sets); each states one structure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from askfoi import reader
from askfoi.models import Outcome
from askfoi.reader import read_reply

ROOT = Path(__file__).resolve().parent.parent


def _outcome(text: str) -> Outcome:
    return read_reply(text).outcome


# 1. The decision before numbered answers says only a share is held or given: what the parts give is not the whole.
@pytest.mark.parametrize("opening", [
    "We can confirm that the Fire Service does hold part of the information you have requested.",
    "I can confirm that some of the information you have requested is held by the Force.",
    "Please be advised that not all of the requested information is recorded by the Force.",
])
def test_a_share_held_said_before_the_answers_is_part_disclosed(opening):
    text = (f"{opening}\nPlease see below the answer to your request.\n"
            "1. We attended 42 fires in warehouses in 2023.\n"
            "2. We attended 17 fires in schools in 2023.\n")
    assert _outcome(text) == Outcome.part_disclosed


def test_a_covert_share_exempted_before_the_answers_is_part_disclosed():
    text = ("I have today decided to disclose the located information to you.\n"
            "I am exempting details of any vehicles used in a covert manner, pursuant to section 31(1)(a) Law Enforcement.\n"
            "Q1. The number of operational vehicles over 5 years old is 233.\n"
            "Q2. The number of operational vehicles over 10 years old is 41.\n")
    assert _outcome(text) == Outcome.part_disclosed


def test_held_in_part_with_every_question_answered_and_a_nil_stays_disclosed():
    # the share "not held" is told as a nil answer: every question is answered
    text = ("I can confirm that the information you have requested is held in part by the Force.\n"
            "I am able to disclose the located information to you as follows.\n"
            "1. 118 dogs seized.\n2. £41,010.80\n3. None\n")
    assert _outcome(text) == Outcome.disclosed


def test_not_all_the_information_exempt_beside_the_response_is_a_share():
    text = ("Please find the Force's response set out below. However, please note that not all information requested is "
            "deemed suitable for disclosure and is exempt pursuant to Section 40(2) - Personal Information.\n"
            "The number of officers dismissed in 2024 was 4.\n")
    assert _outcome(text) == Outcome.part_disclosed


# 2. "Your request is refused" with its reasons listed (blank lines, wrapped lines): the reasons are no answers.
def test_a_refusal_with_the_request_as_subject_and_listed_reasons_is_not_given():
    text = ("Please see the below response to your request.\n"
            "Your Freedom of Information (FOI) request is refused.\n"
            "In arriving at this conclusion the following points have been considered:\n\n"
            "  1. Your frequent previous contact with this office on the same subject, to which\n"
            "    we have already responded\n"
            "  2. The nature of information you have requested, which includes the Commissioner's\n"
            "    personal opinion.\n")
    assert _outcome(text) == Outcome.refused


def test_what_would_have_been_refused_is_no_refusal():
    text = ("I am able to disclose the located information to you as follows.\n"
            "1. April 2019: 6400 offences\n2. April 2020: 2896 offences\n"
            "Had we included roadside tickets your request would have been refused.\n")
    assert _outcome(text) != Outcome.refused


def test_a_review_telling_the_earlier_refusal_is_not_refused():
    text = ("Your request was refused on 3 May 2024. I have now reviewed that decision and I have decided to disclose the "
            "information you asked for. The number of complaints received in 2023 was 42.")
    assert _outcome(text) == Outcome.disclosed


# 3. Caveats listed after a not-held are context, not answers.
def test_caveats_after_not_held_are_not_answers():
    text = ("I can confirm that the information you have requested is not held by the Force.\n"
            "With regards to the policies specified by your request we can advise that no such policies are held. "
            "However, please note the following caveats:\n"
            "  \u2022 Point 1 - We have taken this to mean a policy on members of the public filming officers.\n"
            "  \u2022 Point 2 - Forms such as MG5 are computer generated templates.\n"
            "  \u2022 Point 3 - The Force has a Street Triage team which works 7 days a week.\n")
    assert _outcome(text) == Outcome.not_held


# 4. Conditions lettered inside one sentence of the law are no numbered answers; requests named by date give nothing.
def test_aggregated_requests_refused_on_cost_give_nothing():
    text = ("Under Section 5 of the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations "
            "2004, requests can be aggregated where (a) the two or more requests by one person relate, to any extent, to "
            "the same or similar information, and (b) those requests are received within sixty working days.\n"
            "As such, your requests made on 24 April, 0086.2025-26, and 0088.2025-26, have been aggregated into one response.\n"
            "Decision\nI am not obliged to provide you with a response to your request as the cost of compliance would "
            "exceed the appropriate limit.\n")
    assert _outcome(text) == Outcome.cost_limit


# 5. The log's notice that this reply will be published is no decision.
def test_notice_that_the_response_will_be_published_decides_nothing():
    text = ("We can confirm that the Service does hold the information you have requested.\n"
            "In July there were 3,916 pump mobilisations across the county.\n"
            "All requests will be anonymised and no personal information including contact details will be disclosed. "
            "Please note that the response and data released to you as part of this request will be published on our "
            "website.\n")
    assert _outcome(text) == Outcome.disclosed


# 6. Where the kind asked for is not a category kept, and where a body's named data site holds the answer.
def test_not_categorised_as_asked_is_not_held():
    text = ("Response\nThe Ambulance Service does not categorise its calls as Cat1, Cat2, Cat3 and Cat4 calls.\n")
    assert _outcome(text) == Outcome.not_held


def test_answer_found_on_the_bodys_transparency_site_is_published():
    text = ("We can confirm that the Service does hold the information you have requested.\n"
            "Response\nThe information requested can be found on our Transparency site Incident Data. Select the year "
            "required, then the month, and filter by incident category.\n")
    assert _outcome(text) == Outcome.published


# 7. The convention settled in session 41: a pointer that says where beside a share not held is "published"; beside
# a withholding it is part disclosed.
@pytest.mark.parametrize("text", [
    "The information you requested is available on our website at https://www.example.gov.uk/incidents where you can "
    "filter by ward and year. We do not hold information on tenure as it is not a category we record.",
    "We do not hold figures for 2019. The figures for 2020 and 2021 are published on our website: "
    "https://www.example.gov.uk/stats",
])
def test_pointer_beside_a_not_held_share_is_published(text):
    assert _outcome(text) == Outcome.published


def test_pointer_beside_a_withholding_is_part_disclosed():
    text = ("The figures for 2020 and 2021 are exempt under section 21 as they are already published on our website at "
            "https://www.example.gov.uk/stats. The names of the staff involved are withheld under section 40(2) as "
            "personal data.")
    assert _outcome(text) == Outcome.part_disclosed


def test_reply_boundaries_states_the_pointer_convention():
    note = reader._boundaries()["published_and_given"].model_extra["except"]
    assert "not held" in note and "stays published" in note
    assert "(withheld, NCND, cost, not held)" not in note


# 8. Rotation: the reported report halves are tune, the new report set is fresh44 (bench/eval_fresh_replies.py).
def _labels(name: str) -> list[dict]:
    path = ROOT / "tests" / "data" / "replies" / f"{name}_labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_reported_halves_are_marked_tune_and_fresh44_is_report():
    for name in ("fresh41", "fresh42", "fresh43"):
        for rec in _labels(name):
            assert bool(rec.get("tune_since")) == rec["split"].endswith("-report"), rec["id"]
    fresh44 = _labels("fresh44")
    assert len(fresh44) >= 30
    # rd46 (session 42, the lead's rotation): fresh44 was reported in session 41 and is tuning material since session 42
    assert all(r["split"] == "fresh44-report" and r.get("tune_since") == "session 42" and r["url"].startswith("http")
               for r in fresh44)


def test_eval_prints_a_rotated_half_as_tune(tmp_path):
    rotated = next(r for r in _labels("fresh41") if r.get("tune_since"))
    texts = tmp_path / "t.jsonl"
    # a made-up reply under a real label's id: the eval's printing is tested, not the reader
    texts.write_text(json.dumps({"id": rotated["id"], "request": "", "reply": "We do not hold this information."}) + "\n")
    env = dict(os.environ, ASKFOI_FRESH_REPLIES=str(texts))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_fresh_replies.py")], capture_output=True, text=True,
                         env=env, cwd=ROOT, check=True).stdout
    assert f"{rotated['split']} [tune since {rotated['tune_since']}]" in out
    if rotated["outcome"] != "not_held":
        assert "wrong (label -> read)" in out  # a tune split shows its confusion


def test_eval_scores_labelled_parts_in_order():
    sys.path.insert(0, str(ROOT / "bench"))
    import eval_fresh_replies as ev
    text = ("1. We spent £4,200 on interpreters in 2023.\n"
            "2. We do not hold a breakdown by language.\n"
            "3. The contract is exempt under section 43(2).\n")
    parts = read_reply(text).parts
    assert [p.outcome.value for p in parts][:2] == ["disclosed", "not_held"]
    assert ev._parts_right(["disclosed", "not_held"], parts) == 2
    assert ev._parts_right(["not_held", "not_held", "refused", "disclosed"], parts) == 1 + (parts[2].outcome.value == "refused")
