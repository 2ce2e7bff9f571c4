"""ck26 (issue 8 item 4): the law is decided once, by what each part asks for, and `frame` and the chat read the same
decision. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.framing import frame_message
from askfoi.request import resolve_request

TODAY = date(2026, 12, 2)


def chat_law(text: str) -> tuple[str, list[str]]:
    c = Conversation(today=lambda: TODAY)
    c.start()
    turn = c.reply(text)
    said = " ".join(" ".join(m.text.split()) for m in turn.messages)
    return c.request().law, said


def frame_and_chat(text: str) -> tuple[str, str]:
    framed = frame_message(text, today=TODAY)
    resolved = resolve_request(text, framed.authority.name if framed.authority else None, framed.period,
                               [p.text for p in framed.parts], framed.parts, today=TODAY)
    return framed.regime, resolved.law


@pytest.mark.parametrize("text, law", [
    ("how many calls have surrey police had about the travellers site on green lane in the last year", "FOIA"),
    ("Surrey Police - number of 999 calls about the traveller camp off Mill Road in 2025", "FOIA"),
    ("how much does the university of edinburgh have invested in fossil fuel companies", "FOISA"),
    ("what shares does edinburgh uni hold in oil companies at the moment", "FOISA"),
    ("how many fines for fly tipping did wiltshire council issue in 2025", "EIR"),
    ("fly tipping on my lane is awful. how many people did swindon council prosecute for fly-tipping last year", "EIR"),
    ("how many fixed penalty notices for dog fouling did leeds city council give out in 2024", "EIR"),
    ("how many wildlife crimes did norfolk police record in 2024", "FOIA"),
    ("how much has bristol city council spent on solar panels since 2022", "EIR"),
    ("How many staff work in Kent County Council's waste team, and what are their salaries?", "FOIA"),
])
def test_frame_and_chat_read_one_law(text, law):
    framed, chat = frame_and_chat(text)
    assert framed == law
    assert chat == law


def test_the_chat_says_only_the_law_of_the_route_taken():
    law, said = chat_law("how many calls have surrey police had about the travellers site on green lane in the last year")
    assert law == "FOIA"
    assert "Environmental Information Regulations" not in said
    assert "40(2)" in said and "40(5B)" in said  # the few households at one named site are identifiable
    law, said = chat_law("how much does the university of edinburgh have invested in fossil fuel companies?")
    assert law == "FOISA" and "EISR" not in said
    law, said = chat_law("how many fines did wiltshire council give for fly-tipping in 2025")
    assert law == "EIR" and "Environmental Information Regulations" in said


@pytest.mark.parametrize("text, said", [
    ("how many complaints has the council had about the traveller camp at mill farm in 2025", "section 40(2)"),
    ("Police Scotland: how many times were officers called to the travellers site at Old Mill Road in 2025?", "section 38"),
])
def test_one_named_site_is_about_identifiable_people(text, said):
    framed = frame_message(text, today=TODAY)
    found = [f for f in framed.findings if f.code == "third-party-personal-data"]
    assert found and said in found[0].message


def test_sites_counted_across_an_area_are_about_no_one():
    framed = frame_message("how many traveller sites does kent county council run and how many pitches do they have",
                           today=TODAY)
    assert "third-party-personal-data" not in {f.code for f in framed.findings}


def test_frame_and_chat_agree_on_every_env17_message():
    import json
    from pathlib import Path

    rows = [json.loads(line) for line in (Path(__file__).parent / "data" / "env17_messages.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    differ = [r["text"][:60] for r in rows if len(set(frame_and_chat(r["text"]))) > 1]
    assert differ == []
