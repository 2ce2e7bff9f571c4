"""ck26 (issue 8 item 4): the body a message names is found, whatever words stand around it: a named academy or GP
practice (each its own FOI body), a hospital by its everyday name, a company only as a landmark, a county service in
a district's town, a prison's health care. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.framing import frame_message

TODAY = date(2026, 12, 2)


def body(text: str) -> str | None:
    framed = frame_message(text, today=TODAY)
    return framed.authority.name if framed.authority else None


def chat(*answers: str) -> tuple[Conversation, str]:
    c = Conversation(today=lambda: TODAY)
    c.start()
    said = ""
    for a in answers:
        said = " ".join(" ".join(m.text.split()) for m in c.reply(a).messages)
    return c, said


@pytest.mark.parametrize("text, name", [
    ("how many pupils were excluded from harris academy battersea in 2024", "Harris Academy Battersea"),
    ("How many exclusions did Harris Academy Battersea have last year?", "Harris Academy Battersea"),
    ("Harris Academy Battersea - how many exclusions last year?", "Harris Academy Battersea"),  # a heading
    ("the oaks surgery: how many patients are on the list", "The Oaks Surgery"),
    ("my son goes to ark academy putney, how many teachers left in 2025", "Ark Academy Putney"),
    ("how many patients are registered at (the oaks medical centre)", "The Oaks Medical Centre"),
    ("the willows surgery in leeds - how many gps work there", "The Willows Surgery"),
    ("how long are the waiting times for hip operations at addenbrookes", "Cambridge University Hospitals NHS Foundation Trust"),
    ("my dad waited 9 hours in a&e at addenbrooke's hospital, how many waited over 12 hours in 2025",
     "Cambridge University Hospitals NHS Foundation Trust"),
    ("my car was broken into in the tesco car park in swindon, does the council cctv cover it", "Swindon Borough Council"),
    ("how many cctv cameras are there in swindon town centre, theres one outside tesco", "Swindon Borough Council"),
    ("why was the number 7 bus route in exeter cut", "Devon County Council"),
    ("how much did the council spend subsidising buses in cheltenham in 2024", "Gloucestershire County Council"),
    ("how many prisoners at hmp barlinnie saw a mental health nurse in 2024", "NHS Greater Glasgow and Clyde"),
    ("barlinnie prison, how many prisoners got methadone in 2024", "NHS Greater Glasgow and Clyde"),
    ("how many prisoners at hmp pentonville were waiting for a gp appointment in 2024", "NHS England"),
    ("how long do inmates at HMP Cardiff wait to see a dentist", "Cardiff and Vale University Health Board"),
])
def test_the_body_named_is_found(text, name):
    assert body(text) == name


@pytest.mark.parametrize("text, name", [
    ("how many prisoners escaped from hmp pentonville in 2024", "Ministry of Justice"),
    ("how many assaults on staff at hmp barlinnie in 2024", "Scottish Prison Service"),
    ("how much did tesco pay swindon council in business rates in 2024", "Swindon Borough Council"),
    ("how many complaints has sheffield hallam university recieved about noise from student flats since 2022",
     "Sheffield Hallam University"),
])
def test_the_body_that_runs_it_stays(text, name):
    assert body(text) == name


def test_a_named_practice_is_proposed_and_ok_confirms_it():
    c, said = chat("how many patients are registered at (the oaks medical centre)")
    assert "The Oaks Medical Centre" in said and "GP practice" in said
    c, said = chat("how many patients are registered at (the oaks medical centre)", "ok")
    assert c.session.authority == "The Oaks Medical Centre"
    assert "There is no organisation yet" not in said


def test_an_academy_is_proposed_with_its_trust_explained():
    c, said = chat("how many pupils were excluded from harris academy battersea in 2024")
    assert "Harris Academy Battersea" in said and "academy trust" in said
    c, said = chat("how many pupils were excluded from harris academy battersea in 2024", "ok")
    assert c.session.authority == "Harris Academy Battersea"


def test_ok_at_which_school_keeps_the_name_typed():
    c, said = chat("how many teachers left st johns academy in 2024", "ok")
    assert c.session.authority == "St Johns Academy"


def test_prison_health_says_who_holds_the_records():
    c, said = chat("how many prisoners at hmp pentonville were waiting for a gp appointment in 2024")
    assert "NHS England commissions it" in said and "provider" in said
    c, said = chat("how many prisoners at hmp barlinnie saw a mental health nurse in 2024")
    assert "NHS board" in said and "not the Scottish Prison Service" in said


@pytest.mark.parametrize("text, written", [
    ("how many pupils were excluded from harris academy battersea in 2024", "Harris Academy Battersea"),
    ("how many patients are registered at (the oaks medical centre)", "Oaks Medical Centre"),
    ("how many prisoners at hmp barlinnie saw a mental health nurse in 2024", "HMP Barlinnie"),
])
def test_the_body_named_keeps_its_capitals_in_the_part(text, written):
    framed = frame_message(text, today=TODAY)
    assert any(written in p.text for p in framed.parts)
