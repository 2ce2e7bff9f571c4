"""ck29 (issue 8, nu31 sections 7, 8, 9, 14, 18): routes, periods, bodies and spelling as a newcomer writes them."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.authorities import resolve_authority
from askfoi.framing import frame_message
from askfoi.spelling import suggest

TODAY = date(2026, 12, 2)


def _codes(framing) -> set[str]:
    return {getattr(f, "code", "") for f in framing.findings}


# --- nu31 #18: spelling suggestions only when confident, never on hyphenated or shortened words
@pytest.mark.parametrize("text", [
    "theres fly tipping behind the co-op",
    "the e-scooters outside the co-op on park lane",
    "whats the wait at a&e in leeds",
    "the approx. cost of the re-opened library",
])
def test_hyphenated_and_shortened_words_are_never_corrected(text):
    assert not [w for w, _ in suggest(text) if "-" in w or "&" in w or w in ("approx",)]


@pytest.mark.parametrize("text, fix", [
    ("the street light is brokn again", ("brokn", "broken")),
    ("my lamp post has been brokn for weeks", ("brokn", "broken")),
    ("i want the contrct for the bins", ("contrct", "contract")),
    ("i got a leter from them", ("leter", "letter")),
    ("how many fines were issued on the counsil estate", ("counsil", "council")),
])
def test_a_left_out_letter_or_a_swap_is_the_slip_meant(text, fix):
    assert fix in suggest(text)


# --- nu31 #14: "informants" and "covert human intelligence sources" get the same advice
@pytest.mark.parametrize("text", [
    "how much have greater manchester police paid to covert human intelligence sources each year since 2020",
    "how much did essex police pay informants each year since 2020",
    "how much did west yorkshire police pay covert human intelligence sources in 2023",
])
def test_payment_totals_to_informants_are_worth_asking_however_named(text):
    framing = frame_message(text, today=TODAY)
    totals = [p for p in framing.parts if p.kind == "total_spend"]
    assert totals and not any(p.warning for p in totals)
    said = " ".join(f.message for f in framing.findings if f.code == "ncnd-risk")
    assert "total they paid informants each year" in said


def test_a_count_of_covert_human_intelligence_sources_is_still_warned():
    framing = frame_message("how many covert human intelligence sources does kent police have", today=TODAY)
    assert any(p.warning for p in framing.parts if p.kind == "count")


# --- nu31 #9: NHS boards by the names people use, and the main question kept
@pytest.mark.parametrize("typed, name", [
    ("nhs greater glasgow", "NHS Greater Glasgow and Clyde"),
    ("NHS GGC", "NHS Greater Glasgow and Clyde"),
    ("nhs glasgow", "NHS Greater Glasgow and Clyde"),
    ("glasgow health board", "NHS Greater Glasgow and Clyde"),
    ("nhs ayrshire", "NHS Ayrshire and Arran"),
    ("tayside health board", "NHS Tayside"),
])
def test_health_boards_by_the_names_people_use(typed, name):
    found = resolve_authority(typed)
    assert found is not None and found.known and found.name == name


@pytest.mark.parametrize("text, subject", [
    ("nhs greater glasgow waiting times for hip ops in 2023 and how many people waited over a year", "hip ops"),
    ("waiting times for hip ops at nhs lothian in 2023 and how many people waited over a year", "hip ops"),
    ("NHS GGC waiting times for knee operations in 2023, and how many people waited more than a year", "knee"),
])
def test_a_measure_named_after_the_board_stays_a_part(text, subject):
    framing = frame_message(text, today=TODAY)
    assert framing.authority is not None and framing.authority.name.startswith("NHS ")
    assert any(subject in p.text for p in framing.parts)
    assert any(p.kind == "count" for p in framing.parts)
    assert framing.period == "1 January 2023 to 31 December 2023"


# --- nu31 #8: the period the first message states
@pytest.mark.parametrize("text, period", [
    ("my mum passed away at the royal infirmary in 2024 and i want to know how many patients died on ward 12 that year",
     "1 January 2024 to 31 December 2024"),
    ("my dad had a fall at the leeds general infirmary in march 2023. how many falls did the ward have that year",
     "1 January 2023 to 31 December 2023"),
    ("our road flooded twice in 2024, how many flood complaints did york council get the same year",
     "1 January 2024 to 31 December 2024"),
    ("scottish water sewage spills into the river clyde 2024 how many and where", "1 January 2024 to 31 December 2024"),
    ("fly tipping in my street in bolton 2025 how many reports", "1 January 2025 to 31 December 2025"),
])
def test_the_period_the_message_states_is_the_letters(text, period):
    framing = frame_message(text, today=TODAY)
    assert framing.period == period
    assert "no-time-period" not in _codes(framing)
    assert not any("that year" in p.text or "same year" in p.text for p in framing.parts)


def test_that_year_with_two_years_named_is_not_guessed():
    from askfoi.framing import _that_year_said

    text = "my mum died in 2023 and my dad in 2024. how many patients died on ward 12 that year"
    assert _that_year_said(text, TODAY) == text


# --- nu31 #7: a person chasing their own overdue file
@pytest.mark.parametrize("text", [
    "i asked for my own file from manchester council social services months ago and nothing. can i make them send it",
    "I sent a subject access request to Kent Police in August and they never replied, what can i do",
    "asked leeds council for my housing records in june. still nothing. how do i get them",
    "i emailed the council for a copy of my social care file 3 months ago and still havent had it",
])
def test_an_overdue_request_for_your_own_records_is_a_subject_access_chase(text):
    framing = frame_message(text, today=TODAY)
    assert "own-data-overdue" in _codes(framing)
    assert not framing.parts
    assert not {"not-recorded-information", "too-vague", "legal-question", "own-personal-data"} & _codes(framing)
    said = " ".join(f.message + " " + f.suggestion for f in framing.findings if f.code == "own-data-overdue")
    assert "one calendar month" in said and "ICO" in said and "subject access" in said


def test_police_records_of_an_arrest_are_section_45():
    framing = frame_message("I sent a subject access request to Kent Police in August and they never replied",
                            today=TODAY)
    said = " ".join(f.message for f in framing.findings if f.code == "own-data-overdue")
    assert "section 45 of the Data Protection Act 2018" in said


@pytest.mark.parametrize("text", [
    "i want my own file from manchester council social services",
    "i asked the council in june how many complaints they had about the bins and still nothing",
])
def test_a_first_request_or_an_foi_question_is_not_an_overdue_subject_access(text):
    assert "own-data-overdue" not in _codes(frame_message(text, today=TODAY))


# --- nu31 #15: a dead parent's social care file is not a health record
@pytest.mark.parametrize("text", [
    "my late mum had carers from bristol council before she died in 2025, i want her social care file and the carers visit logs",
    "my dad passed away in march. leeds council did his care assessments, can i get his social services file",
    "My nan died last year and I want her care plan from Bristol City Council",
])
def test_a_dead_parents_social_care_file_is_not_the_health_records_route(text):
    from askfoi.conversation import _health_records

    framing = frame_message(text, today=TODAY)
    said = " ".join(f.message + " " + f.suggestion for f in framing.findings if f.code == "deceased-records")
    assert "social care records" in said and "next of kin" in said and "personal representative" in said
    assert "does not reach them" in said  # the Access to Health Records Act is named only to say it does not apply
    assert not _health_records(text)


def test_a_dead_parents_hospital_notes_keep_the_health_records_route():
    framing = frame_message("my dad died at st thomas hospital in london last march and i want his medical records",
                            today=TODAY)
    said = " ".join(f.message for f in framing.findings if f.code == "deceased-records")
    assert "For health records there is a route of its own" in said


# --- nu31 #17: a child's own records inside a story: subject access for the child, made by the parent
@pytest.mark.parametrize("text", [
    "my sons school oakfield primary kent county council excluded him. i want the emails between the head and the council about my son's exclusion",
    "i want the emails between the head and the council about my sons exclusion",
    "can i get the letters between the school and social services about my daughter",
])
def test_correspondence_about_my_child_is_the_childs_subject_access(text):
    from askfoi.checks import check_request

    result = check_request(text, None)
    assert result.regime.value == "SAR"
    assert "their-own-data" in {f.code for f in result.findings}
    assert "third-party-personal-data" not in {f.code for f in result.findings}


def test_a_possessive_is_never_read_as_the_childs_name():
    from askfoi.whose_records import read_whose

    assert read_whose("i want the emails between the head and the council about my son's exclusion").name is None
    assert read_whose("my son, Jack Smith, was excluded. i want his school file").name == "Jack Smith"


def test_emails_about_my_sons_school_are_not_his_records():
    from askfoi.checks import check_request

    result = check_request("i want the emails between the council and the police about my sons school", None)
    assert result.regime.value != "SAR"


# --- nu31 #13: check takes the body from "Dear ...,", finds names of people, and never repeats the person's opinion
def test_check_takes_the_body_a_one_line_letter_is_addressed_to():
    from askfoi.commands.check import addressed_body

    assert addressed_body("Dear Kent Police, please send me the number of drone flights in 2024.") == "Kent Police"
    assert addressed_body("dear leeds city council, how many potholes were filled in 2024") == "Leeds City Council"
    assert addressed_body("Dear Sir or Madam, how many potholes") is None


@pytest.mark.parametrize("text", [
    "Also the names of the pilots.",
    "please give me the names of the drone pilots and the paramedics who attended",
    "i want the names of the volunteers at the food bank",
])
def test_names_of_people_are_their_personal_data(text):
    from askfoi.checks import check_request

    assert "third-party-personal-data" in {f.code for f in check_request(text, "Kent Police").findings}


def test_names_of_firms_are_not_personal_data():
    from askfoi.checks import check_request

    codes = {f.code for f in check_request("the names of the suppliers of the drones in 2024", "Kent Police").findings}
    assert "third-party-personal-data" not in codes


@pytest.mark.parametrize("text, act", [
    ("Dear Kent Police, please send me all information about drones you use and why you think its ok to spy on people.",
     "the surveillance of people"),
    ("why does the council think its ok to close the library on elm road", "closing the library on elm road"),
    ("why do you think it is acceptable to waste our money on consultants", "the spending on consultants"),
])
def test_a_fix_names_the_act_neutrally_never_the_persons_opinion(text, act):
    from askfoi.checks import check_request

    fixes = [f.suggestion for f in check_request(text, None).findings if f.code == "not-recorded-information"]
    assert fixes and act in fixes[0]
    assert not any(w in fixes[0].lower() for w in ("think", "its ok", "spy", "waste"))


# --- nu31 #21: no part asks twice for the same count
@pytest.mark.parametrize("text, count", [
    ("does police scotland use drones and how many flights in 2024, and how much did they cost", "drone flights"),
    ("does essex police use drones? how many flights did they do in 2023", "drone flights"),
    ("does the met use lfr vans and how many deployments were there in 2024", "van deployments"),
])
def test_a_count_of_uses_is_asked_once_and_names_the_thing(text, count):
    framing = frame_message(text, today=TODAY)
    uses = [p for p in framing.parts if p.kind == "use"]
    counts = [p for p in framing.parts if p.kind == "count"]
    # ck33 (nu34 #9): no policy asked, so the use part (policy and count) goes: the count of flights asks the uses once
    assert not uses or "number of times" not in uses[0].text
    assert len(counts) == 1 and count in counts[0].text
    assert all(count in p.text for p in framing.parts if p.kind == "total_spend")


@pytest.mark.parametrize("text", [
    "i asked for my own file from manchester council social services months ago and nothing. can i make them send it",
    "I sent a subject access request to Kent Police in August and they never replied, what can i do",
])
def test_the_chat_opens_the_subject_access_chaser_for_an_overdue_own_file(text):
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: TODAY)
    conv.start()
    turn = conv.reply(text)
    said = " ".join(m.text for m in turn.messages)
    assert "reply" in turn.actions and not conv.session.parts
    assert "subject access request" in said and "data protection officer" in said
