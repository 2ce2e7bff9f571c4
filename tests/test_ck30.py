"""ck30 (issues 8 and 9; a newcomer's defects, nu32): each fixed as a class, tested with wordings people write."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message

TODAY = date(2026, 12, 3)


def _frame(text: str):
    return frame_message(text, today=TODAY)


# --- a "-y" word inflected as if regular ("companys", "agencys", "denyed") is read as meant ----------------------

@pytest.mark.parametrize("text, kind, word", [
    ("how much does leeds council spend on agency social workers and which companys supply them", "contracts", "supplier"),
    ("what did kent county council spend on school transport in 2024 and which companys supply them", "contracts", "supplier"),
    ("how many agencys did the council use for care workers in 2024", "count", "agencies"),
    ("how many blue badge applications were denyed by leeds council in 2024", "count", "denied"),
])
def test_y_inflection_slip_is_read_as_meant(text, kind, word):
    parts = _frame(text).parts
    assert any(p.kind == kind and word in p.text for p in parts), [p.text for p in parts]
    assert not any("companys" in p.text or "agencys" in p.text or "denyed" in p.text for p in parts)


def test_y_inflection_leaves_names_and_words_alone():
    from askfoi.word_slips import read_as_meant

    assert read_as_meant("how many days did Gladys wait") == "how many days did Gladys wait"
    assert read_as_meant("the keys and the trays") == "the keys and the trays"


# --- letters a body sent the person are their own records: a subject access request, the figures set aside ------

@pytest.mark.parametrize("text, aside", [
    ("my client wants to know how many PIP appeals DWP lost in 2024, she also wants a copy of the letter DWP sent "
     "her about her claim", "how many PIP appeals"),
    ("my client wants to know how many PIP appeals DWP lost in 2024 and she wants the letters dwp sent her",
     "how many PIP appeals"),
    ("volunteer here. client had her universal credit sanctioned, how many sanctions did dwp give in 2024 and she "
     "needs the letters they sent her about it", "how many sanctions"),
])
def test_letters_sent_to_the_client_are_subject_access_and_the_figure_is_said(text, aside):
    f = _frame(text)
    assert f.route == "sar"
    assert any(x.code == "their-own-data" for x in f.findings)
    asides = " ".join(f.foi_aside)
    assert aside.lower() in asides.lower() and "wants" not in asides and "needs" not in asides, f.foi_aside
    assert all(" her" not in p.text and " my about" not in p.text for p in f.parts), [p.text for p in f.parts]
    assert any("sent me" in p.text for p in f.parts), [p.text for p in f.parts]


@pytest.mark.parametrize("text", [
    "i want a copy of the letter the council sent me",
    "can i get the emails leeds council sent me about my housing",
])
def test_letters_sent_to_the_writer_are_their_own_data(text):
    assert _frame(text).route == "sar"


@pytest.mark.parametrize("text", [
    "how many letters did dwp send to claimants in 2024",
    "a copy of the standard letter dwp sends to claimants",
    "the letters the council sent to tenants about cladding in 2024",
])
def test_letters_to_the_public_stay_foi(text):
    assert _frame(text).route != "sar"


# --- hospitals named the way people name them: the trust or board that runs them ---------------------------------

@pytest.mark.parametrize("text, body", [
    ("how many people waited over 12 hours in a&e at glasgow royal infirmary in 2024", "NHS Greater Glasgow and Clyde"),
    ("my mum was on a trolley for 9 hours at the GRI, how many patients waited that long in 2024", "NHS Greater Glasgow and Clyde"),
    ("how many falls at the queen elizabeth university hospital in 2024", "NHS Greater Glasgow and Clyde"),
    ("how many patients fell on wards at leeds general in 2024", "Leeds Teaching Hospitals NHS Trust"),
    ("how many patients waited over 4 hours at queens hospital romford in 2024",
     "Barking, Havering and Redbridge University Hospitals NHS Trust"),
    ("parking fines at queens hospital burton in 2024", "University Hospitals of Derby and Burton NHS Foundation Trust"),
    ("how long do people wait in a&e at the royal infirmary of edinburgh", "NHS Lothian"),
    ("how many nurses left the royal infirmary in edinburgh in 2024", "NHS Lothian"),
    ("how many patients fell at the royal in bolton in 2024", "Bolton NHS Foundation Trust"),
])
def test_hospital_as_people_name_it(text, body):
    f = _frame(text)
    assert f.authority is not None and f.authority.name == body, f.authority


def test_the_royal_mail_is_no_hospital():
    from askfoi.site_bodies import hospital_site

    assert hospital_site("how much did the royal mail in bolton pay for vans") is None


# --- police drones: frame and check judge covert use alike; overt use is not warned ------------------------------

def _covert(findings) -> bool:
    return any(f.code == "ncnd-risk" for f in findings)


@pytest.mark.parametrize("text", [
    # fc49 (the lead's decision, session 44, issues 8.3 and 9.3): what a force uses drones for, or how often it flies them
    # for what, asks how it uses them, covert use included; ck30 had read these as overt
    "what are kent polices drones used for",
    "how often are drones flown by essex police and what are they used for in 2024",
    "what were the drones used for by sussex police last year",
    "are drones used by sussex police for surveillance",
    "has kent police used drones to watch people in their gardens",
    "are kent police drones used to secretly follow people",
])
def test_covert_drone_use_is_warned_in_both(text):
    assert _covert(_frame(text).findings) and _covert(check_request(text, "Kent Police").findings)


# --- "any plans for X" asks for the plans; a street said twice is said once ---------------------------------------

@pytest.mark.parametrize("text, subject", [
    ("Any plans for an extra bus stop on Street Church Lane, church lane.", "an extra bus stop on Street Church Lane"),
    ("any plans for a zebra crossing on high street", "a zebra crossing on High Street"),
    ("are there any plans for a zebra crossing on high street, high street in bromley", "a zebra crossing on High Street in Bromley"),
    ("any proposals for a 20mph limit on station road road", "a 20mph limit on Station Road"),
])
def test_plans_asked_by_their_noun_keep_the_subject_said_once(text, subject):
    parts = _frame(text).parts
    assert len(parts) == 1
    assert "plans" in parts[0].text.lower() and parts[0].text.rstrip(".").endswith(subject), parts[0].text


@pytest.mark.parametrize("text", [
    "how many potholes were reported on high street, high street in bromley in 2024",
    "how many parking tickets were issued on station road road in york in 2024",
])
def test_a_repeated_street_is_said_once_in_any_part(text):
    part = _frame(text).parts[0].text.lower()
    assert part.count("high street") + part.count("station road") == 1 and "road road" not in part, part


def test_different_streets_in_a_list_are_all_kept():
    from askfoi.framing import place_said_once

    said = "a crossing on mill road, church street and park lane"
    assert place_said_once(said) == said


# --- the overt version of a covert question leaves out the thing that is itself covert ----------------------------

def test_overt_replacements_leave_out_unmarked_vehicles():
    f = _frame("how many unmarked cars and covert cameras does the met use for surveillance of protests")
    replacements = [r.text for p in f.parts for r in p.replacements]
    assert replacements and all("unmarked" not in r and "covert" not in r for r in replacements), replacements


def test_no_overt_version_of_only_a_covert_thing():
    f = _frame("how many unmarked vehicles does the met use for covert surveillance of protesters")
    assert all("unmarked" not in r.text for p in f.parts for r in p.replacements)


@pytest.mark.parametrize("text", [
    "does essex police use unmarked vans to follow protesters",
    "does the met follow climate activists",
    "how often do kent police monitor campaigners at protests",
])
def test_following_or_monitoring_protesters_is_warned(text):
    assert _covert(check_request(text, "Essex Police").findings)


# --- a cost refusal's bare "refined request" is no advice on how to narrow -----------------------------------------

@pytest.mark.parametrize("sentence", [
    "You may wish to submit a refined request.",
    "If you would like to narrow your request we will be happy to consider it.",
    "You may wish to consider submitting a new, narrower request.",
])
def test_bare_refined_request_is_no_advice(sentence):
    from askfoi.reply_explain import gives_advice

    reply = "We estimate that complying would exceed the appropriate limit under section 12. " + sentence
    assert not gives_advice(reply)


@pytest.mark.parametrize("sentence", [
    "You may wish to narrow your request to a single year.",
    "We would suggest you limit your request to one police station.",
    "You may wish to ask for the total number overturned, which we could provide.",
])
def test_advice_that_says_how_is_advice(sentence):
    from askfoi.reply_explain import gives_advice

    assert gives_advice("We estimate that complying would exceed the appropriate limit under section 12. " + sentence)


# --- a private home's address told in the story never reaches a part cut short ------------------------------------

def test_an_address_cut_short_in_a_part_is_written_out_whole():
    from askfoi.framing import Frame, Framing, _addresses_whole

    for story, cut, whole in [
        ("my client at 12 high street has complaints about the neighbours", "12 high", "12 high street"),
        ("im helping a lady who lives at 4 church road, her neighbours are noisy", "4 church", "4 church road"),
        ("my client at 27b mill lane keeps reporting the flat upstairs", "27b Mill", "27b mill lane"),
    ]:
        f = Framing.model_construct(parts=[Frame(kind="count", subject=f"complaints received about {cut}",
                                                 text=f"The number of complaints received about {cut}.")])
        _addresses_whole(f, story)
        assert whole in f.parts[0].text.lower() and whole in f.parts[0].subject.lower(), f.parts[0].text


def test_a_part_naming_a_private_home_is_warned_in_the_chat():
    from askfoi.conversation import Conversation

    c = Conversation(today=lambda: TODAY)
    c.start()
    c.reply("my client at 12 high street has complaints about the neighbours. how many complaints has leeds council "
            "received about 12 high street in 2024")
    assert any(f.code == "third-party-personal-data" for f in c._findings())


@pytest.mark.parametrize("text, hospital", [
    ("my dad waited 14 hours at leeds general infirmary. how many patients waited over 12 hours there in 2024",
     "Leeds General Infirmary"),
    ("my mum waited 14 hours on a trolley at glasgow royal infirmary. how many patients waited over 12 hours there in 2024",
     "Glasgow Royal Infirmary"),
])
def test_there_after_a_hospital_is_the_hospital_not_its_town(text, hospital):
    part = _frame(text).parts[0].text
    assert hospital in part and not part.rstrip(".").endswith(("in Leeds", "in Glasgow")), part
