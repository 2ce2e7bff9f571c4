"""Findings decided on the part or sentence they are about, and the due findings newcomers found missing (ck12).

Short invented messages, one per cause: a finding raised from words of the story, a remark or the salutation; a
word sense ("my Freedom of Information request" is no record about the writer); a long span of years over yearly
counts; two story-reference findings for one part. Then the findings that were missing: plain clothes policing is
overt, objectors' names and letters on a planning application, a parent asking for a young child's records, and
footage of an incident that may not be kept for long."""

from __future__ import annotations

import re
from datetime import date

from askfoi.checks import check_request
from askfoi.framing import frame_message

TODAY = date(2026, 12, 1)


def codes(framing) -> list[str]:
    return [f.code for f in framing.findings]


# --- decided on the part, not on words anywhere in the message -------------------------------------------------

def test_a_cost_risk_in_the_story_is_not_a_finding_on_the_letter():
    story = ("I have lived on this street ever since 1990 and the bins are a disgrace. "
             "How many missed bin collections did Leeds City Council record in 2024?")
    assert "cost-limit-risk" not in codes(frame_message(story, today=TODAY))
    asked = "Please provide all emails ever sent by Leeds City Council's waste team about missed bin collections."
    assert "cost-limit-risk" in codes(frame_message(asked, today=TODAY))


def test_a_why_in_a_remark_is_not_an_opinion_finding_but_a_why_part_is():
    remark = ("Why the council chose to spend our money on this is unclear. "
              "How much did Leeds City Council spend on consultants in 2024?")
    assert "not-recorded-information" not in codes(frame_message(remark, today=TODAY))
    asked = "Why did Leeds City Council close Armley library in 2024?"
    framing = frame_message(asked, today=TODAY)
    assert "not-recorded-information" in codes(framing) or any(p.kind == "reasons" for p in framing.parts)


def test_many_years_of_yearly_counts_is_no_cost_risk_but_many_years_of_correspondence_is():
    counts = "How many fixed penalty notices did Dover District Council issue for littering in each year from 2015 to 2024?"
    assert "cost-limit-risk" not in codes(frame_message(counts, today=TODAY))
    letters = "Please provide all correspondence between Dover District Council and its litter contractor from 2015 to 2024."
    assert "cost-limit-risk" in codes(frame_message(letters, today=TODAY))


def test_one_story_reference_finding_a_part():
    framing = frame_message("the council shut the footbridge over the river in march. "
                            "why has no-one fixed this matter and who decided this?", today=TODAY)
    per_part: dict[str, int] = {}
    for f in framing.findings:
        if f.code == "story-reference":
            key = next((p.text for p in framing.parts if p.text[:60] in f.message), f.message)
            per_part[key] = per_part.get(key, 0) + 1
    assert all(n == 1 for n in per_part.values())


# --- word senses ------------------------------------------------------------------------------------------------

def test_the_writers_own_foi_request_or_project_is_not_their_personal_data():
    for text in ("Thank you for your reply to my Freedom of Information request of April 2018. How many CCTV cameras "
                 "does Glasgow City Council operate?",
                 "I am focusing my data piece on readmissions. How many patients were readmitted within 30 days in 2024?",
                 "How many infant classes at the school had more than 30 pupils in 2025? I need it to support my appeal.",
                 "Please provide the inspection notes for Marlwood School. Could you also confirm receipt of my email."):
        result = check_request(text)
        assert "own-personal-data" not in [f.code for f in result.findings], text
        assert result.regime.value != "SAR", text
    # the writer's own records are still theirs
    assert check_request("Can I have my case file and the CCTV footage of me in the cell?").regime.value == "SAR"


def test_an_average_of_misconduct_cases_is_no_ones_personal_data():
    assert "third-party-personal-data" not in [
        f.code for f in check_request("The average length in months of misconduct investigations in 2024.").findings]
    assert "third-party-personal-data" in [
        f.code for f in check_request("Please send me the disciplinary records of the officers involved.").findings]


def test_documents_that_set_out_why_are_recorded_information():
    text = ("Full details of the road repair works in 2025, including documentation explaining why full resurfacing "
            "was not undertaken.")
    assert "not-recorded-information" not in [f.code for f in check_request(text).findings]
    assert "not-recorded-information" not in codes(frame_message("1. All complaints about the Exeter Road in 2025.\n"
                                                                 "2. " + text, today=TODAY))
    assert "not-recorded-information" in [f.code for f in check_request("Why was full resurfacing not done?").findings]


def test_a_local_authority_asked_about_covert_monitoring_gets_no_ncnd_warning():
    framing = frame_message("Does your local authority carry out covert social media monitoring?", today=TODAY)
    assert "ncnd-risk" not in codes(framing)
    assert not any(p.warning for p in framing.parts)


# --- due findings that were missing -----------------------------------------------------------------------------

def test_plain_clothes_officers_at_a_protest_are_overt_policing():
    framing = frame_message("did the met have plain clothes officers watching the protesters at parliament square in "
                            "2025", today=TODAY)
    assert "ncnd-risk" not in codes(framing) and not any(p.warning for p in framing.parts)
    # a covert word still is one
    covert = frame_message("Do British Transport Police send plain clothes or undercover officers to watch protest "
                           "groups at London stations?", today=TODAY)
    assert "ncnd-risk" in codes(covert)


def test_objectors_names_and_letters_on_a_planning_application():
    framing = frame_message("can I get the names of everyone who objected to the planning application for the flats "
                            "on mill lane from bristol council, and their letters?", today=TODAY)
    found = next(f for f in framing.findings if f.code == "planning-representations")
    assert "regulation 13" in found.message and "planning portal" in found.message
    assert "section 40" not in found.message  # an environmental request: the EIR's own exception
    who = frame_message("who objected to planning application 24/0012/FUL at leeds city council", today=TODAY)
    assert "planning-representations" in codes(who)
    count = frame_message("how many objections did cambridge city council receive to the tesco planning application "
                          "on mill road", today=TODAY)
    assert "planning-representations" not in codes(count)


def test_objectors_under_foi_are_told_section_40():
    result = check_request("Please send me the names and addresses of the residents who objected to the new "
                           "premises licence.", authority="Leeds City Council")
    found = next(f for f in result.findings if f.code == "planning-representations")
    assert "40(2)" in found.message or "regulation 13" in found.message
    assert "third-party-personal-data" not in [f.code for f in result.findings]  # said once, by the planning finding


def test_a_parent_is_told_they_can_ask_for_a_young_childs_records():
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: TODAY)
    turn = conv.reply("my client says her sons academy in bristol wont give her his behaviour log, and how many kids "
                      "did they put in isolation last term")
    said = " ".join(m.text for m in turn.messages)
    assert "behaviour log" in said
    assert re.search(r"(?i)\bparent\b[^.]*\bchild too young\b", said)


def test_footage_of_an_incident_should_be_asked_for_quickly():
    for text in ("can I get the body worn video footage from when I was stopped by met police officers last week",
                 "my car was hit in the asda car park in swindon on 3 november, can the council give me the cctv "
                 "footage of the accident"):
        framing = frame_message(text, today=TODAY)
        found = next(f for f in framing.findings if f.code == "footage-retention")
        assert "limited time" in found.message
        assert not re.search(r"\d", found.message.replace(found.evidence, ""))  # no fixed number of days
    general = frame_message("how many cctv cameras does brighton council run and how long is footage kept", today=TODAY)
    assert "footage-retention" not in codes(general)


def test_waste_of_money_and_a_web_site_are_not_environmental_information():
    for text in ("I query why the council has to waste money on this new shelter. How much did the shelter cost?",
                 "According to its own web site, Hambleton owns 1,692 parking spaces. How much did it earn from parking "
                 "charges in 2024?"):
        assert "environmental-information" not in [f.code for f in check_request(text).findings], text
    assert "environmental-information" in [f.code for f in check_request("How much household waste went to landfill "
                                                                         "in 2024?").findings]


def test_a_firm_named_after_a_person_is_not_a_persons_data():
    text = ("On what date was the pothole reported to the council outside the offices of John Fulton Plumbers "
            "repaired?")
    assert "third-party-personal-data" not in [f.code for f in check_request(text).findings]
