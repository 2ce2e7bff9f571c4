"""fx56: framing faults a newcomer met (nc53, issue 8.1 / 8.2), each as the class it stands for.

- a list pasted or typed onto one line ("... the following: - a - b - c") is read as its items;
- "whether X has targets / a policy", X a thing or a group and not the body: the record, relating to X or set for X;
- "what happened at <event>" asked of a police force: the records of its policing of the event;
- a place named like the body ("hotels near Wakefield", to Wakefield's council) survives into every part;
- a contract part says "in force" before what the contract is for, never after the person's words.
"""

import re

import pytest

from askfoi.framing import frame_message


def texts(message: str, authority: str | None = None) -> list[str]:
    return [p.text for p in frame_message(message, authority).parts]


@pytest.mark.parametrize("message, things", [
    ("could you ask Leeds City Council the following: - how many potholes were reported - how much was spent on "
     "repairs - which contractor does the work", ["potholes", "repairs", "contractor"]),
    ("Please provide the following: - the number of potholes reported in 2024 - the amount spent on repairs - the name "
     "of the contractor", ["potholes", "repairs", "contractor"]),
    ("Hi, my questions for Kent Police are: - how many drones do you own - how much did they cost - what is the "
     "policy on their use", ["drones", "spent", "policy"]),
])
def test_a_list_flattened_onto_one_line_is_read_as_its_items(message, things):
    parts = texts(message)
    assert len(parts) == len(things), parts
    assert not any(re.search(r"\s-\s", p) for p in parts), parts
    for part, thing in zip(parts, things):
        assert thing in part.lower(), parts
    from askfoi.pasted_layout import restore_breaks

    said = "how many - if any - fines did Leeds City Council issue in 2024"  # a dash inside a sentence is no list
    assert restore_breaks(said) == said


@pytest.mark.parametrize("message, must", [
    ("Dear DWP, I would like to know whether the universal credits sanctions have targets for jobcentre staff",
     ["targets", "jobcentre staff", "sanctions"]),
    ("Dear DWP, do universal credit sanctions have targets for jobcentre staff?", ["targets", "jobcentre staff"]),
    ("do jobcentre staff have targets for sanctions? DWP", ["targets", "jobcentre staff", "sanctions"]),
    ("Kent Police - do officers have quotas for speeding tickets?", ["quotas", "officers", "speeding tickets"]),
    ("Leeds City Council: I want to know whether the library closure has an equality impact assessment",
     ["equality impact assessment", "library closure"]),
])
def test_whether_a_thing_has_a_record_asks_for_the_record(message, must):
    parts = texts(message)
    assert len(parts) == 1, parts
    part = parts[0]
    assert not re.search(r"(?i)\bwhether\b|\bshowing\b|\?", part), part
    for word in must:
        assert word in part, part
    assert "DWP staffing" not in part and "Department for Work and Pensions staffing" not in part, part


def test_targets_ask_for_what_sets_them_too():
    part = texts("Dear DWP, I would like to know whether the universal credits sanctions have targets for jobcentre "
                 "staff")[0]
    assert re.search(r"(?i)\bguidance\b", part), part


@pytest.mark.parametrize("message, event", [
    ("to west yorkshire police: what happened at the College Green protest last Saturday", "College Green protest"),
    ("what happened at the Leeds v Millwall match on Saturday? West Yorkshire Police", "Leeds v Millwall match"),
    ("Avon and Somerset Police, what happened at the College Green protest on 4 May?", "College Green protest"),
])
def test_what_happened_at_an_event_asks_a_police_force_for_its_policing_records(message, event):
    framing = frame_message(message)
    assert len(framing.parts) == 1, [p.text for p in framing.parts]
    part = framing.parts[0]
    assert not part.kept_words and not part.text.lower().startswith("what happened"), part.text
    assert event in part.text, part.text
    for record in ("officers deployed", "arrests", "debrief"):
        assert record in part.text, part.text
    assert part.text.count("4 May") <= 1, part.text


def test_what_happened_at_an_event_asks_another_body_for_its_reports():
    part = texts("Bristol City Council - what happened at the Harbour Festival")[0]
    assert "Harbour Festival" in part and not part.lower().startswith("what happened"), part
    assert "officers deployed" not in part, part
    parts = texts("what happened at work with my manager, Leeds City Council")  # no event named
    assert not any("officers deployed" in p or "minutes" in p.lower() for p in parts), parts


def test_a_place_named_like_the_body_survives_into_every_part():
    framing = frame_message("hotels near Wakefield used for asylum seekers: who runs them and how much are they paid")
    for p in framing.parts:
        if "hotels" in p.text:
            assert "near Wakefield" in p.text, p.text
    assert len(framing.parts) == 2, [p.text for p in framing.parts]


def test_a_contract_is_in_force_before_what_it_is_for():
    part = texts("Are there contracts for the hotels near Wakefield used for asylum seekers? Home Office")[0]
    assert re.search(r"(?i)^any contract in force for the hotels near Wakefield used for asylum seekers,", part), part
    assert "seekers in force" not in part, part


def test_a_subject_line_keeps_a_name_as_typed_and_is_never_cut_inside_it():
    """nc53 #11: "Freedom of Information request: ambulances queuing outside queen..."."""
    from askfoi.answers import Answers
    from askfoi.letter import draft_letter

    answers = Answers(authority="Portsmouth Hospitals University NHS Trust", period="January 2025", parts=[
        "How many ambulances queued outside Queen Alexandra Hospital for more than an hour in January 2025, by day?"])
    subject = draft_letter(answers).subject
    assert "..." not in subject and "queen" not in subject, subject
    assert "ambulances" in subject, subject


@pytest.mark.parametrize("message", [
    "the village centre flooded in september 2016 and the drains overflowed. how many times were the drains on Mill Lane "
    "cleared, Leeds City Council",
    "hi my mum was in leeds general last year and they lost her hearing aids, can i find out how many complaints they "
    "get about lost property",
])
def test_the_time_of_a_story_is_never_the_letters_period(message):
    """nc53 #11: "my son was excluded last year" was proposed as the period of questions that did not ask about it."""
    framing = frame_message(message)
    assert framing.period is None and framing.period_in_story and framing.story_period, framing.period


def test_a_period_inside_a_listed_request_is_asked_never_the_storys():
    """fx56: now that a story's period is no longer proposed, a listed request's own period must not be read as one."""
    framing = frame_message("Dear Bristol City Council,\n\nPlease provide the following:\n\n- all noise complaint records "
                            "for Gloucester Road from March 2021 onwards;\n- any report on the late licence.\n\nThanks")
    assert framing.period and not framing.period_in_story, (framing.period, framing.period_in_story)
