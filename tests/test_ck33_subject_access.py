"""ck33 (nu34 #10): an adviser pasting the client's own letter gets a subject access request whose items are the client's
records in her words, with the period she gave, no FOI findings, and a line that the adviser sends it with her written
authority; the CCTV of an incident names the place, the day and a time window, and goes to whoever runs the place,
never to the police when the person says the police cannot get it."""
import re
from datetime import date

import pytest

from askfoi.answers import Answers
from askfoi.framing import frame_message
from askfoi.letter import draft_letter
from askfoi.models import Regime

TODAY = date(2026, 12, 3)
FOI_ONLY = {"vague-scope", "no-time-period", "not-recorded-information", "too-vague", "story-reference"}


def _letter(framing):
    return draft_letter(Answers(authority=framing.authority.name if framing.authority else "[ORGANISATION]",
                                requester_name="Sam Jones", parts=[p.text for p in framing.parts], regime=Regime.SAR,
                                adviser=framing.adviser), today=TODAY).body


@pytest.mark.parametrize("text, items, since", [
    ('writing for a client. Her letter says: "Dear Sir, I want to see everything Liverpool City Council holds about me '
     'and my housing benefit claim since 2022 including notes of phone calls"', ["housing benefit claim", "phone calls"], "2022"),
    ('I volunteer at a CAB and I am writing for a client. His letter says: "Dear Madam, please send me all the records '
     'Leeds City Council holds on my council tax account since 2021 including letters and phone notes"',
     ["council tax account", "phone notes"], "2021"),
    ('writing for my client, he says: "I want to see everything Camden Council has on my parking fines since 2022 '
     'including photos"', ["parking fines", "photos"], "2022"),
])
def test_a_pasted_client_letter_is_her_own_request_sent_by_the_adviser(text, items, since):
    framing = frame_message(text, today=TODAY)
    assert framing.route == "sar"
    said = " ".join(p.text for p in framing.parts)
    assert not re.search(r'(?i)letter says|dear (?:sir|madam)|"', said), said
    assert all(i.lower() in said.lower() for i in items), said
    assert since in said
    assert not {f.code for f in framing.findings} & FOI_ONLY
    letter = _letter(framing)
    assert re.search(r"(?is)\badviser\b.{0,40}\[ADVISER'S NAME\]|\[ADVISER'S NAME\].{0,200}written authority", letter)
    assert "enclose" in letter


def test_a_persons_own_request_has_no_adviser_line():
    framing = frame_message("I want a copy of all the personal data Leeds City Council holds about me",
                            today=TODAY)
    assert not framing.adviser and "[ADVISER'S NAME]" not in _letter(framing)


@pytest.mark.parametrize("text, place, day", [
    ("someone punched me at the bus station in wolverhampton on 3 november, i want the cctv of it, the police said "
     "they cant get it", "bus station in Wolverhampton", "3 November 2026"),
    ("my bag was stolen at the bus station in coventry on 20 november, i want the cctv footage, the police said they "
     "can't get it", "bus station in Coventry", "20 November 2026"),
    ("i was robbed outside the shopping centre in wolverhampton on 4 november, i want the cctv, the police say they "
     "cant get it", "shopping centre in Wolverhampton", "4 November 2026"),
])
def test_cctv_of_an_incident_names_the_place_and_day_and_goes_to_who_runs_the_place(text, place, day):
    framing = frame_message(text, today=TODAY)
    assert framing.route == "sar"
    item = next(p.text for p in framing.parts if "CCTV" in p.text)
    assert place in item and day in item and re.search(r"between \[START TIME\] and \[END TIME\]", item)
    assert framing.authority is None or "police" not in framing.authority.name.lower()
    assert framing.regime == "SAR" and framing.body_question and "police" in framing.body_question.lower()


def test_the_likely_operator_of_a_west_midlands_bus_station_is_offered():
    framing = frame_message("someone punched me at the bus station in wolverhampton on 3 november, i want the cctv of "
                            "it, the police said they cant get it", today=TODAY)
    assert framing.body_choices == ["Transport for West Midlands"]
    assert re.search(r"(?m)^1\. Transport for West Midlands", framing.body_question)
