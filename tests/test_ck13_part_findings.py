"""ck13 (issue 8): findings true of the letter, decided per part from its frame, not from the typed message."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from askfoi.checks import check_request
from askfoi.framing import Frame, frame_message
from askfoi.part_checks import needs_period, part_needing_period
from askfoi.request import resolve_request

TODAY = date(2026, 12, 1)
DATA = Path(__file__).parent / "data" / "ck13_findings.jsonl"


def _framed(text: str):
    return frame_message(text, today=TODAY)


def _codes(text: str) -> dict[str, str]:
    return {f.code: f.severity for f in _framed(text).findings}


# --- the three cases of the brief --------------------------------------------------------------------------------

def test_a_why_already_framed_as_records_is_a_quiet_note_not_a_warning():
    framing = _framed("why did the council close the library on smith street")
    assert framing.parts and framing.parts[0].text.startswith("Any minutes, reports or decision records")
    notes = [f for f in framing.findings if f.code == "not-recorded-information"]
    assert notes and all(f.severity == "low" for f in notes)
    assert notes[0].part == 1 and "part 1 asks for the records instead" in notes[0].message
    assert "no-time-period" not in _codes("why did the council close the library on smith street")


def test_a_why_kept_as_written_keeps_the_warning_and_its_fix():
    # a part kept in the person's words still asks the why: the warning stays, with its rewrite
    framing = _framed("why did the council close the library on smith street")
    part = framing.parts[0].model_copy(update={"kept_words": True, "text": "Why did the council close the library?"})
    framing.parts = [part]
    framing.findings = [check_request("why did the council close the library on smith street").findings[0]]
    from askfoi.part_checks import judge_on_parts

    kept = judge_on_parts(framing)
    assert kept[0].code == "not-recorded-information" and kept[0].severity == "high"
    assert kept[0].rewrite and "reasons for the decision to close" in kept[0].rewrite


@pytest.mark.parametrize("text", [
    "can i get the minutes of the 3 march cabinet meeting at leeds city council please",
    "hi, could you send me your current policy on dealing with damp and mould in council flats. thanks",
    "I want to see the contract with Serco for the bin collections, Northshire Council",
    "a copy of the lease between the council and the golf club",
    "Please provide the data protection impact assessment for the facial recognition cameras used by South Wales Police.",
])
def test_no_period_finding_on_one_document_meeting_policy_or_contract(text):
    assert "no-time-period" not in _codes(text)


@pytest.mark.parametrize("text", [
    "how many parking fines has bristol council given out on gloucester road",
    "how much has the council spent on consultants",
    "all emails between the council leader and the developer about the shopping centre",
    "could u send the councils tree policy and the list of trees felled on our estate",
])
def test_period_finding_where_a_part_asks_for_records_that_pile_up(text):
    framing = _framed(text)
    found = [f for f in framing.findings if f.code == "no-time-period"]
    assert found and found[0].part is not None  # it names the part that needs the period


def test_period_stated_for_the_counting_part_raises_nothing():
    assert "no-time-period" not in _codes("how many complaints did the hospital get about the car park in the last 12 months")


@pytest.mark.parametrize("text", [
    "how many cctv cameras does the council operate",
    "how many kids are on the waiting list for speech therapy in derby",
    "how many schools in kent have raac",
    "how many empty council flats are there in salford",
    "how much money has the council got in reserves",
    "how many school places are there in the city and how many are empty",
])
def test_a_count_of_what_there_is_now_needs_no_period(text):
    assert not needs_period(text)


@pytest.mark.parametrize("text", [
    "how many complaints about cctv did the council get",
    "how many complaints has the council received about the tip",
    "how many people have been fined for dropping litter",
    "how many people are fined each year for dropping litter",
    "what did the council pay the consultants for the regeneration plan",
    "what is the average wait for a hearing test",
    "any complaints about the decision to close the tip",
    "how many street lights are switched off at night and how much has it saved",
    "how many kids are on the waiting list and what is the average wait",
])
def test_events_over_time_need_a_period(text):
    assert needs_period(text)


def test_a_message_asked_back_gets_no_period_finding_only_the_vagueness():
    codes = _codes("tell me about the bins")
    assert "too-vague" in codes and "no-time-period" not in codes


def test_tell_me_about_is_vague_for_askfoi_check_too():
    found = {f.code: f for f in check_request("tell me about the bins").findings}
    assert "vague-scope" in found and found["vague-scope"].evidence == "tell me about the bins"
    assert "bins" in found["vague-scope"].suggestion
    assert "vague-scope" not in {f.code for f in check_request("tell me about the number of fines in 2024").findings}


# --- housing associations ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my housing association wont fix the mould in my sons bedroom. how many damp complaints have they had this year",
    "i live in a flat owned by Clarion Housing and the lift has been broken for weeks. can i get the repair records for the lift",
])
def test_a_housing_association_in_england_is_not_under_foia(text):
    found = [f for f in _framed(text).findings if f.code == "housing-association"]
    assert found and found[0].severity == "high"
    assert "generally not public authorities" in found[0].message and "subject access" in found[0].suggestion


def test_a_scottish_housing_association_is_under_foisa_since_2019():
    found = [f for f in _framed("my housing association in glasgow keeps putting the rent up. can i ask them for the "
                                "minutes where they decided the rent increase").findings if f.code == "housing-association"]
    assert found and found[0].severity == "low" and "11 November 2019" in found[0].message
    assert _framed("how many evictions did my housing association in glasgow carry out in 2025").regime == "FOISA"
    assert _framed("how many evictions did my housing association carry out in 2025").regime == "FOIA"


@pytest.mark.parametrize("text", [
    "how many housing association properties are there in manchester",
    "can you tell me how many houses the council built last year and how many housing association homes were built in leeds",
])
def test_housing_association_homes_asked_of_a_council_raise_nothing(text):
    assert "housing-association" not in _codes(text)


def test_the_body_named_alone_is_read_too():
    found = check_request("how many repairs were done in 2024", "Clarion Housing Group").findings
    codes = [f.code for f in found]
    assert "housing-association" in codes and "unknown-authority" not in codes


# --- the chat's review: the letter as rendered, by its frames -----------------------------------------------------

def test_review_of_a_one_document_letter_has_no_period_finding():
    framing = _framed("a copy of the lease between the council and the golf club")
    parts = [p.text for p in framing.parts]
    resolved = resolve_request("a copy of the lease between the council and the golf club", None, None, parts,
                               framing.parts, today=TODAY)
    assert "no-time-period" not in {f.code for f in resolved.findings}


def test_review_of_a_count_still_has_it():
    framing = _framed("how much has the council spent on consultants")
    parts = [p.text for p in framing.parts]
    resolved = resolve_request("how much has the council spent on consultants", None, None, parts, framing.parts,
                               today=TODAY)
    assert "no-time-period" in {f.code for f in resolved.findings}


def test_part_needing_period_reads_each_part_with_its_own_period():
    count = Frame(kind="count", subject="fines", text="The number of fines issued.")
    policy = Frame(kind="policy", subject="fines", text="The policy on fines.")
    assert part_needing_period([policy, count], None) == 1
    dated = count.model_copy(deep=True)
    dated.qualifiers.period = "1 January 2024 to 31 December 2024"
    assert part_needing_period([policy, dated], None) is None
    assert part_needing_period([policy, count], "1 January 2024 to 31 December 2024") is None


# --- the tuning half of the invented messages (the report half is measured by bench/ck13_findings_eval.py) ---------

def _tune_rows():
    rows = [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if r["split"] == "tune"]


@pytest.mark.parametrize("row", _tune_rows(), ids=lambda r: r["id"])
def test_tuning_messages_get_the_expected_finding_kinds(row):
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from ck13_findings_eval import expected_kinds, raised_kinds

    framing = _framed(row["text"])
    assert raised_kinds(framing) == expected_kinds(row, framing)
