"""ck32 (nu34 #7, #2, #12): the checks on parts never destroy a good part and catch real non-requests; questions put
to two bodies are separate requests; fix examples are built from the case and the last full year."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.conversation import Conversation, Step
from askfoi.framing import frame_message, review_parts
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import say, settle

TODAY = date(2026, 12, 3)


def _review(parts: list[str]):
    return review_parts(parts, [], None, today=TODAY)


# --- #7: a count, a total, a list or a document is a request; no fix shorter than its part -----------------------

@pytest.mark.parametrize("part", [
    "The number of missed bin collections.", "The total cost of the George Square works.",
    "A list of the companies that supplied agency social workers.", "Copies of the cleaning schedules for Ward 20.",
    "The number of patients on Ward 20 who caught C. difficile between 1 January 2026 and 30 November 2026.",
    "Any policy on the use of spit hoods on children.", "The amount spent on management consultants.",
])
def test_record_parts_are_never_flagged(part):
    assert not [f for f in _review([part]) if f.code in ("part-not-framed", "part-asks-account")]


@pytest.mark.parametrize("message", [
    "bins. leeds. missed collections. 2025. how many. which areas worst",
    "leeds. fly tipping. 2025. how many reports",
    "potholes. sheffield. 2025. how many fixed",
    "bradford council. missed bins. how many. 2024",
])
def test_framed_record_parts_are_never_rewritten_shorter(message):
    framing = frame_message(message, today=TODAY)
    parts = [p.text for p in framing.parts]
    for f in review_parts(parts, list(framing.parts), None, today=TODAY):
        if f.code == "part-not-framed":
            assert len(f.rewrite) >= len("\n".join(f"{i}. {p}" for i, p in enumerate(parts, 1))) * 0.8, (parts, f.rewrite)


@pytest.mark.parametrize("part", [
    "How many patients on Ward 20 caught C? Difficile between 1 January 2026 and 30 November 2026.",
    "How many bins were missed in Leeds in 2025?", "how many potholes were fixed on Gloucester Road in 2025",
    "What did Cllr. Smith's ward spend on potholes in 2024/25?",
])
def test_a_fix_never_loses_what_the_part_said(part):
    from askfoi.record_asks import content_words

    for f in _review([part]):
        if f.rewrite:
            assert content_words(part) <= content_words(f.rewrite), (part, f.rewrite)
            assert len(f.rewrite) >= len(part) * 0.6


@pytest.mark.parametrize("part, kept", [
    ("Please tell me what NHS Lothian are doing about cleaning.", "NHS Lothian are doing about cleaning"),
    ("Can you tell me how the council is dealing with fly-tipping on Mill Lane?", "dealing with fly-tipping on Mill Lane"),
    ("What Leeds City Council is doing about damp in its flats?", "doing about damp in its flats"),
    ("Please explain how the force is tackling knife crime in Bradford.", "tackling knife crime in Bradford"),
])
def test_an_account_asked_for_gets_the_records_that_set_it_out(part, kept):
    found = [f for f in _review([part]) if f.code == "part-asks-account"]
    assert found and kept in found[0].rewrite and len(found[0].rewrite) > len(part)


@pytest.mark.parametrize("part", ["How many times?", "Who got the contract?", "What did it cost?", "How much were they paid?"])
def test_a_part_that_names_nothing_is_said(part):
    assert any(f.code == "part-names-nothing" for f in _review(["The number of spit hood uses in 2025.", part]))


def test_a_part_that_names_its_subject_is_not_flagged():
    assert not any(f.code == "part-names-nothing" for f in _review(["Who got the contract for the George Square works?"]))


# --- #2: questions put to two bodies ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, first, other, not_in_first", [
    ("how much did bristol city council spend on management consultants last year? also how many potholes were "
     "reported on gloucester road in 2025, and separately do avon and somerset police use drones to watch protests",
     "Bristol City Council", "Avon and Somerset Constabulary", "drone"),
    ("how many potholes did sheffield council fix in 2025 and how many burglaries did south yorkshire police record in 2025",
     "Sheffield City Council", "South Yorkshire Police", "burglar"),
    ("two things: how much did Camden council spend on temporary accommodation in 2025-26, and how many ambulances were "
     "late in London in 2025 (london ambulance service)", "Camden", "London Ambulance Service NHS Trust", "ambulance"),
    ("How many fixed penalty notices did Kent Police issue in 2025? And how many school exclusions did Kent County "
     "Council record in 2024/25?", "Kent Police", "Kent County Council", "exclusion"),
])
def test_each_question_goes_to_its_own_body(text, first, other, not_in_first):
    framing = frame_message(text, today=TODAY)
    assert framing.authority is not None and first in framing.authority.name
    assert not any(not_in_first in p.text.lower() for p in framing.parts), [p.text for p in framing.parts]
    assert [b.authority for b in framing.other_bodies] == [other]
    assert any(not_in_first in q.lower() for q in framing.other_bodies[0].questions)


@pytest.mark.parametrize("text", [
    "how many potholes did leeds city council fix in 2025 and how much did it cost",
    "how much did Leeds City Council pay West Yorkshire Police for policing the festival in 2025",
    "How many staff does Leeds City Council employ? How many of them work from home?",
])
def test_one_body_stays_one_request(text):
    assert frame_message(text, today=TODAY).other_bodies == []


async def test_chat_two_bodies_told_and_noted_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many potholes did sheffield council fix in 2025 and how many burglaries did south "
                         "yorkshire police record in 2025")
        c = app.conversation
        seen = "\n".join(m.text for m in c.session.history if m.role != "you")
        assert "separate requests" in seen and "South Yorkshire Police" in seen
        assert c.session.authority == "Sheffield City Council"
        for answer in ("ok", "ok", "ok", "ok", "ok", "Priya Shah", "skip"):
            if c.session.step == Step.done:
                break
            await say(pilot, answer)
        assert c.session.step == Step.done
        assert "burglar" not in c.letter_text().lower()
        done = "\n".join(m.text for m in c.session.history[-4:])
        assert "South Yorkshire Police" in done and "burglaries" in done


# --- #12: fix examples from the case and the last full year ------------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("Please send the names of the teachers in Manchester schools who were sacked for misconduct", "teachers"),
    ("What were the names of the nurses disciplined at the hospital?", "nurses"),
    ("Please give me the names of the social workers who were suspended", "social workers"),
])
def test_personal_data_example_names_the_persons_subject(text, people):
    found = [f for f in check_request(text, "Manchester City Council").findings if f.code == "third-party-personal-data"]
    assert found and people in found[0].suggestion and "officers" not in found[0].suggestion


@pytest.mark.parametrize("today_year", [2026, 2027, 2030])
def test_examples_use_the_last_full_year(today_year):
    text = "Please send everything you hold about the chief executive, including her emails"
    said = " ".join(f.suggestion for f in check_request(text, "Kent County Council", today_year=today_year).findings)
    assert str(today_year - 1) in said
    for stale in ("2021", "2023 to 31 March 2024", "March 2024"):
        assert stale not in said or today_year - 1 == int(stale[:4])
