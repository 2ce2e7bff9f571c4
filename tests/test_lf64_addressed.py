"""lf64 (issue 8): a letter speaks to its body as "you"; the parts are read again when the organisation changes
(nc61 #8) and /back goes straight to a named step; road schemes, their safety audits and their cost are environmental
information, and who holds a London road is said (nc61 #9); a subject access request asked as a plain question; two
records asked in one sentence stay two parts."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.asked_holders import road_holders
from askfoi.checks import check_request
from askfoi.conversation import Conversation, Step, back_step
from askfoi.framing import frame_message
from askfoi.kept_questions import addressed, body_pronouns
from askfoi.part_addressee import body_names, readdressed
from askfoi.record_lists import record_items
from askfoi.sar_items import sar_items

TODAY = date(2026, 12, 5)
COUNCIL = ["Leeds City Council", "the council"]


# --- 1. the body spoken to as "you" -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("What is the force's policy on using it?", "What is your policy on using it?"),
    ("How many officers work in West Yorkshire Police's covert surveillance unit?",
     "How many officers work in your covert surveillance unit?"),
    ("What contracts does Leeds City Council have with Serco?", "What contracts do you have with Serco?"),
    ("How much has the council paid them since 2022?", "How much have you paid them since 2022?"),
    ("The rent the council charges the charity.", "The rent you charge the charity."),
    ("Emails between the council and Serco.", "Emails between you and Serco."),
    ("Is the council planning to close the library?", "Are you planning to close the library?"),
    ("My file from Leeds City Council social services.", "My file from your social services."),
    ("Rent paid to the council each year.", "Rent paid to you each year."),
])
def test_the_body_named_in_the_third_person_is_spoken_to(text, want):
    names = ["West Yorkshire Police", "the force"] if "force" in text or "Yorkshire" in text else COUNCIL
    assert addressed(text, names) == want


@pytest.mark.parametrize("text", [
    "How much council tax was collected in 2024?",
    "How many council houses were sold?",
    "How many council tenants are in arrears?",
])
def test_a_name_inside_a_compound_stays(text):
    assert addressed(text, COUNCIL) == text


def test_they_and_their_meaning_the_body_are_you_and_your():
    assert body_pronouns("How many did they pay?", "the council") == "How many did you pay?"
    assert body_pronouns("What is their policy on taser use?", "the force") == "What is your policy on taser use?"


@pytest.mark.parametrize("message, gone, kept", [
    ("how many officers work in west yorkshire police's covert surveillance unit and what is there policy on using it",
     ("the force's", "West Yorkshire Police's"), "your covert surveillance unit"),
    ("can kent police tell me how many tasers they have and what their policy is on using them on children",
     ("the force's",), "your policy"),
    ("what contracts does leeds city council have with serco and how much have they paid them since 2022",
     ("has the council", "does Leeds City Council"), "have you paid"),
])
def test_a_letters_parts_never_speak_of_its_body_in_the_third_person(message, gone, kept):
    texts = " ".join(p.text for p in frame_message(message, today=TODAY).parts)
    assert not any(g in texts for g in gone), texts
    assert kept in texts, texts


# --- 2. the organisation changed: the parts read again; /back to a named step ----------------------------------

def test_parts_written_for_tfl_are_read_again_for_lambeth():
    parts = ["Who designed the new layout, TfL staff or a consultant?",
             "Emails between TfL and local residents about the new layout.",
             "Emails between you and Lambeth Council about the layout.",
             "What is your policy on cycle lanes?"]
    out = readdressed(parts, "Transport for London", "Lambeth Borough Council")
    assert out[0] == "Who designed the new layout, your staff or a consultant?"
    assert out[1] == "Emails between you and local residents about the new layout."
    # nx70 (nc67 #8): the body spoken to first, as a letter says it ("between you and Dŵr Cymru Welsh Water")
    assert out[2] == "Emails between you and Transport for London about the layout."
    assert out[3] == parts[3]
    assert not any("TfL" in p for p in out)


def test_an_ordinary_word_alias_is_never_the_body():
    assert "LEASE" not in body_names("Leasehold Advisory Service")


@pytest.mark.parametrize("said, step", [
    ("organisation", Step.authority), ("the organisation", Step.authority), ("organization", Step.authority),
    ("period", Step.period), ("time period", Step.period), ("parts", Step.parts), ("email", Step.email),
    ("what you want", Step.about), ("banana", None), ("", None),
])
def test_back_names_a_step(said, step):
    assert back_step(said) == step


def test_back_organisation_goes_straight_there_and_the_parts_follow_the_new_body():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for said in ("How much did the new layout at the Kennington Lane junction cost?", "Transport for London",
                 "2024", "add Emails between TfL and local residents about the new layout", "ok"):
        conv.reply(said)
    while conv.session.step == Step.review:
        conv.reply("ok")
    for said in ("1", "Priya Natarajan", "priya@example.org"):
        conv.reply(said)
    assert conv.session.step == Step.done
    assert "Emails between you and local residents about the new layout." in conv.session.parts
    conv.reply("/back organisation")
    assert conv.session.step == Step.authority
    conv.reply("lambeth council")
    assert conv.session.authority == "Lambeth Borough Council"
    assert not any("TfL" in p or "Transport for London" in p for p in conv.session.parts), conv.session.parts


def test_back_with_words_naming_no_step_says_so_and_goes_back_one():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply("How many speed cameras did you operate?")
    conv.reply("Essex Police")
    said = "\n".join(m.text for m in conv.reply("/back banana").messages)
    assert "not a step I know" in said and "Organisation" in said


# --- 3. road schemes under the EIR; who holds a London road ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "i want the road safety audit for the new layout at the kennington lane junction and how much it cost",
    "what did the redesign of the junction at the a38 in derby cost",
    "the safety audit for the new junction layout on the high road please",
])
def test_a_road_scheme_and_its_safety_audit_are_environmental(text):
    assert check_request(text, None).regime.value == "EIR"


def test_a_new_layout_of_a_website_or_building_is_not_but_a_junctions_is():
    assert check_request("what is the new layout of the council website going to cost", None).regime.value == "FOIA"
    assert check_request("how much was spent on the new layout of the library", None).regime.value == "FOIA"
    assert check_request("how much was spent on the new layout of the junction", None).regime.value == "EIR"


def test_who_holds_a_london_road_is_said_from_data():
    text = "i want the road safety audit for the new layout at the junction. is it lambeth council or tfl??"
    assert road_holders(["Lambeth Borough Council", "Transport for London"], text) == "london"
    assert road_holders(["Kent County Council", "National Highways"], "the a2 junction works") == "trunk"
    assert road_holders(["Lambeth Borough Council", "Transport for London"], "how many staff do you employ") is None
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    said = "\n".join(m.text for m in conv.reply(text).messages)
    assert "red routes" in said and "borough" in said


# --- 4. subject access asked as a plain question ---------------------------------------------------------------

def test_what_is_on_file_for_me_is_subject_access_and_the_count_stays_foi():
    f = frame_message("what has hmrc got on file for me and how many staff work in their compliance team", today=TODAY)
    assert f.route == "sar"
    assert any("compliance team" in q for q in f.foi_aside)
    assert sar_items("what has hmrc got on file for me") == []  # the letter's opening asks for everything


# --- 5. two records in one sentence --------------------------------------------------------------------------

@pytest.mark.parametrize("text, second", [
    ("i want the lease for the community centre on high street and the rent the council charges the charity",
     "the rent the council charges the charity"),
    ("please send the contract for the leisure centre and the fees the council pays the operator each year",
     "the fees the council pays the operator each year"),
])
def test_a_record_and_the_money_it_brings_are_two_parts(text, second):
    items = record_items(text)
    assert len(items) == 2 and items[1].endswith(second), items
