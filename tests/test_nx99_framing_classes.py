"""nx99 (issue 8): framing classes left open by session 61, each on the lead's example and on messages of the same
shape in my own words, with guards for what must not change."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.framing import frame_message

TODAY = date(2026, 12, 7)


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


def _body(message: str) -> str | None:
    found = frame_message(message, today=TODAY).authority
    return found.name if found else None


# 1. a purpose question asks for the records that state the purposes, never a count of uses

@pytest.mark.parametrize("message, thing", [
    ("how many drones does west yorkshire police have, what do they use them for and do they use them to watch "
     "people covertly", "the drones are"),
    ("what are the drones used for", "the drones are"),
    ("what does leeds city council use its vans for", "the vans are"),
    ("how many cctv cameras does hull council have and what are they used for", "the CCTV cameras are"),
    ("for what purposes are body worn cameras used by kent police?", "body worn cameras are"),
])
def test_a_purpose_question_asks_for_the_records_stating_the_purposes(message, thing):
    texts = _texts(message)
    purposes = [t for t in texts if "the purposes for which" in t]
    assert len(purposes) == 1 and f"the purposes for which {thing} used" in purposes[0], texts
    assert purposes[0].startswith("Any policy, procedure or guidance that sets out")
    assert not any("number of times" in t and "covertly" not in t for t in texts), texts


def test_a_surveillance_technology_s_purposes_add_its_impact_assessment_and_a_van_s_do_not():
    drones = [t for t in _texts("what are the drones used for") if "purposes" in t][0]
    vans = [t for t in _texts("what does leeds city council use its vans for") if "purposes" in t][0]
    assert "data protection impact assessment (DPIA)" in drones
    assert "impact assessment" not in vans


@pytest.mark.parametrize("message, kept", [
    # guards: a count of uses stays a count; covert purposes keep their covert frame; people are never "used for"
    ("how many times were the drones used last year", "number of times"),
    ("For what purposes does your police force use drones covertly?", "covert"),
])
def test_guard_counts_of_uses_and_covert_purposes_unchanged(message, kept):
    texts = _texts(message)
    assert any(kept in t.lower() for t in texts) and not any("the purposes for which" in t for t in texts), texts


def test_guard_people_are_not_things_used_for_purposes():
    texts = _texts("how many people work in the call centre and what are they used for")
    assert not any("purposes for which the people" in t for t in texts), texts


# 2. "do they use them ...": "they" is the body, "them" the things the part before counted

@pytest.mark.parametrize("message, thing", [
    ("how many drones does west yorkshire police have, what do they use them for and do they use them to watch "
     "people covertly", "drones"),
    ("how many body cameras does cleveland police have, what do they use them for and do they use them to film "
     "protesters", "body cameras"),
    ("Dear Kent Police, how many drones do you own? Do you use them to watch people covertly?", "drones"),
    ("Dear Durham Constabulary, how many ANPR cameras do you have? Do you use them to track protesters?", "ANPR cameras"),
])
def test_them_after_a_count_of_things_is_those_things(message, thing):
    texts = _texts(message)
    last = texts[-1]
    assert thing in last and "them" not in last.lower().split(), texts


@pytest.mark.parametrize("message", [
    "how many drones does west yorkshire police have, what do they use them for and do they use them to watch "
    "people covertly",
    "Dear Kent Police, how many drones do you own? Do you use them to watch people covertly?",
])
def test_the_covert_part_gets_its_one_key_replacement(message):
    framed = frame_message(message, today=TODAY)
    covert = [p for p in framed.parts if "covertly" in p.text]
    assert covert and all(p.warning and p.replacements for p in covert)
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for said in (message, "ok", "last 12 months", "ok"):
        conv.reply(said)
    findings = [f for f in conv._findings() if f.code == "ncnd-risk"]
    assert findings and all(f.rewrite for f in findings)


def test_guard_them_with_nothing_named_is_asked_back():
    framed = frame_message("Dear Kent Police, Do you use them to watch people covertly?", today=TODAY)
    assert "story-reference" in [f.code for f in framed.findings]


def test_guard_a_verb_aimed_at_people_never_takes_the_things_counted():
    # "fining" is no verb a body does to things it holds: "them" after a count of complaints is not the complaints
    texts = _texts("how many complaints has the environment agency had about the sewage works and are they fining them")
    assert not any("fining the complaints" in t for t in texts), texts


# 3. the body's name before its own people ("How many Metropolitan police officers"): never "How many your officers"

@pytest.mark.parametrize("message, wanted", [
    ("1. How many Metropolitan police officers, staff and volunteers were subject to 10 or more complaints from "
     "members of the public in the period 1 July 2012 to 30 June 2022?", "How many of your officers, staff and volunteers"),
    ("1. How many Metropolitan police officers were dismissed in 2023?", "The number of officers dismissed."),
    ("how many Leeds City Council employees earn over 100k", "The number of employees who earn over 100k."),
    ("which Leeds City Council employees earn over 100k", "Which of your employees earn over 100k?"),
])
def test_the_body_s_own_people_after_how_many(message, wanted):
    texts = _texts(message)
    assert any(wanted in t for t in texts), texts
    assert not any(" your officers" in t and "of your" not in t for t in texts)


def test_guard_the_body_s_people_elsewhere_stay_your():
    texts = _texts("how many tasers were fired by Kent Police officers last year")
    assert any("your officers" in t or "by officers" in t for t in texts) and not any("of your officers" in t for t in texts), texts


# 4. communications between two bodies asked "under the Act" are FOI, never the writer's own data

@pytest.mark.parametrize("message, between", [
    # fx97 (short excerpt): the request naming itself as "my application under the ... Act"
    ("Dear Department for Culture, Media and Sport,\n\nPlease accept my application under the 2001 Freedom of Information "
     "Act for all communications (including paper or electronic documents, emails, records of telephone conversations "
     "and other relevant data,) between West Berkshire Council and the Department of Culture Media and Sport regarding "
     "the proposed closures of libraries in West Berkshire within the past twelve months.\n\nYours faithfully,\n\nA Writer",
     "between West Berkshire Council"),
    ("Dear Environment Agency,\n\nPlease accept my application under the Freedom of Information Act for copies of all "
     "emails between Hull City Council and the Environment Agency about flooding in Hull in 2024.",
     "between Hull City Council"),
    ("Dear Ofsted, please accept my application for copies of all emails between Ofsted and Ark Schools about "
     "inspections in 2024.", "between Ofsted and Ark Schools"),
])
def test_communications_between_bodies_are_foi(message, between):
    framed = frame_message(message, today=TODAY)
    assert framed.route == "foi" and "own-personal-data" not in [f.code for f in framed.findings]
    texts = [p.text for p in framed.parts]
    assert len(texts) == 1 and between in texts[0], texts
    assert not re.match(r"(?i)please\s+accept|this\s+is\s+my", texts[0])


@pytest.mark.parametrize("message", [
    # guards: the writer's own application, and their own emails, are still theirs
    "Dear Leeds City Council, please send me my application for a parking permit and all the notes on it",
    "Dear Kent Police, please send me all my emails with PC Smith about my arrest",
])
def test_guard_the_writer_s_own_application_is_still_a_sar(message):
    assert frame_message(message, today=TODAY).route == "sar"


# 5. immigration raids are the Home Office's (Immigration Enforcement), never the town's council

@pytest.mark.parametrize("message", [
    "how many immigration raids in bradford last year",
    "how many people were deported from manchester airport in 2024",
    "how many illegal working raids were there on car washes in leicester last year",
])
def test_immigration_enforcement_goes_to_the_home_office(message):
    assert _body(message) == "Home Office"


@pytest.mark.parametrize("message, body", [
    # guards: a council's own asylum housing, a force's own part in a raid, a council's raids on premises
    ("how many asylum seekers does hull council house", "Hull City Council"),
    ("how many immigration raids did the met police attend", "Metropolitan Police Service"),
    ("how many trading standards raids on vape shops in bradford last year", "Bradford City Council"),
])
def test_guard_other_bodies_named_or_holding_stay(message, body):
    assert _body(message) == body


def test_the_body_s_name_before_a_thing_it_holds_is_dropped_from_the_count():
    # nx100: the directorate the person named stays with its visits (nx99's note asked for it: "immigration" was lost);
    # the Home Office's own name is still dropped (nx100's guard "how many home office staff left")
    assert _texts("how many immigration enforcement visits were made to restaurants in cardiff") == [
        "The number of Immigration Enforcement visits made to restaurants in Cardiff."]
    assert _texts("how many Kent Police dogs are there") == ["The number of dogs."]


# 6. what is enforced is a rule: "enforce it" is never the story's car, it is asked back

@pytest.mark.parametrize("message", [
    "the council took my car. which company do they use to enforce it",
    "my van got clamped on elm street by leeds council. which firm do they use to enforce it?",
])
def test_enforce_it_is_never_the_story_s_vehicle(message):
    framed = frame_message(message, today=TODAY)
    texts = [p.text for p in framed.parts]
    assert not any(re.search(r"enforc\w*\s+the\s+(?:car|van)", t) for t in texts), texts
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply(message)
    assert "story-reference" in [f.code for f in conv._findings()]  # "it" asked back


@pytest.mark.parametrize("message, rule", [
    # guards: a rule the story names is what is enforced
    ("leeds council have put a bus gate on elm road. which company do they use to enforce it?", "the bus gate"),
    ("there is a new parking zone on my street. which company do they use to enforce it", "zone"),
])
def test_guard_enforce_it_is_the_story_s_rule(message, rule):
    texts = _texts(message)
    assert any(f"enforcing {rule}" in t or rule in t and "enforc" in t for t in texts), texts
