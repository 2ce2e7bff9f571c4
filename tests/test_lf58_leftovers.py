"""lf58 (issue 8; session 47's leftovers): framing classes seen once each, fixed as classes.

1. The everyday names of benefits, services and things, typed without capitals or with a slip ("universal credits",
   "esa", "council tax reduction", "cctv", "tasers"), reach the parts as the name is written
   (knowledge/vocab/everyday_names.yaml): never inflected, split at "tax", or dropped from a story's words because
   no dictionary knows them.
The messages are mine (lf58), written for these tests the way people type.
"""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _parts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize(("message", "name", "typed"), [
    ("how many people in york had their universal credits stopped in 2025", "universal credit", "universal credits"),
    ("how many esa claims did the dwp refuse in 2024", "ESA", "esa"),
    ("how many households get council tax reduction from leeds city council and how much does it cost",
     "council tax reduction", "council tax reduction"),
    ("how many tasers did kent police use in 2024 and how many were on children", "Tasers", "tasers"),
])
def test_a_benefit_or_service_name_reaches_every_part_as_written(message, name, typed):
    parts = _parts(message)
    assert parts
    assert all(typed not in p or typed == name for p in parts), parts
    assert all(name in p for p in parts), parts
    assert all(not p.endswith(("spent on reduction.", "spent on Reduction.")) for p in parts), parts


@pytest.mark.parametrize(("message", "things"), [
    ("there were loads of cctv cameras and those new mobile units at the carnival. i want to know what the met "
     "actually use, how much they paid for them and who they buy them off", "CCTV cameras"),
    ("there were tasers and spit hoods used at the station. i want to know what they use, how much they paid for "
     "it and who they buy it off", "Tasers and spit hoods"),
])
def test_a_story_thing_no_dictionary_knows_is_kept_in_the_parts(message, things):
    parts = _parts(message)
    assert len(parts) == 3, parts
    assert all(things in p for p in parts), parts


# 2. A plural pronoun after things joined by "and" / "or" means all of them, never the last one named.
@pytest.mark.parametrize(("message", "things"), [
    ("how many drones and camera vans does avon and somerset police have and how much did they cost",
     "drones and camera vans"),
    ("leeds city council bought new bins and recycling lorries last year. how much did they cost",
     "bins and recycling lorries"),
    ("does police scotland use imsi catchers or stingrays and how much did they cost", "IMSI catchers or stingrays"),
])
def test_they_after_a_coordination_is_every_thing_joined(message, things):
    parts = frame_message(message, today=TODAY).parts
    spend = [p for p in parts if p.kind == "total_spend"]
    assert spend and f"spent on {things}." in spend[0].text, [p.text for p in parts]
    assert not [p for p in parts if p.kind == "kept"], [p.text for p in parts]


# 3. A day said from today ("last saturday", "last weekend") or by its name ("on bonfire night") is the period asked
#    for: proposed as its date, from the day the message is written, and never left in the part's words.
@pytest.mark.parametrize(("message", "today", "period"), [
    ("how many arrests did avon and somerset police make at the protest on college green last saturday",
     date(2026, 12, 5), "28 November 2026"),
    ("how many arrests did avon and somerset police make at the protest on college green last saturday",
     date(2026, 12, 7), "5 December 2026"),
    ("how many officers did west yorkshire police send to the match at elland road last weekend", date(2026, 12, 5),
     "28 November 2026 to 29 November 2026"),
    ("how many officers did west yorkshire police send to the match at elland road last weekend", date(2026, 12, 7),
     "5 December 2026 to 6 December 2026"),
    ("how many complaints about fireworks did birmingham city council get on bonfire night", date(2026, 12, 5),
     "5 November 2026"),
    ("how many complaints about fireworks did birmingham city council get on bonfire night", date(2026, 10, 1),
     "5 November 2025"),
    ("how many 999 calls did west midlands police get on new years eve", date(2026, 12, 5), "31 December 2025"),
])
def test_a_day_said_from_today_or_by_its_name_is_the_period(message, today, period):
    framing = frame_message(message, today=today)
    assert framing.period == period
    texts = [p.text for p in framing.parts]
    assert len(texts) == 1 and framing.parts[0].kind == "count", texts
    assert not any(w in texts[0].lower() for w in ("last", "weekend", "bonfire", "eve")), texts


# 4. A claim that something holds a record (targets, quotas, a policy), asked about by "is that true" / "can you find
#    out" or told as hearsay ("i heard", "apparently"), asks for that record, never "showing whether" it is true.
@pytest.mark.parametrize(("message", "record"), [
    ("i heard kent police officers have quotas for speeding tickets. is this true", "quotas"),
    ("apparently the dwp has targets for universal credit sanctions, can you find out", "targets"),
    ("leeds city council's parking wardens have targets for tickets, is that true?", "targets"),
    ("someone told me that sheffield city council has a policy on removing tents. is it true", "policy"),
])
def test_a_claim_that_a_record_exists_asks_for_the_record(message, record):
    parts = frame_message(message, today=TODAY).parts
    assert len(parts) == 1, [p.text for p in parts]
    text = parts[0].text
    assert parts[0].kind != "kept" and text.startswith(("Any ", "A copy of any ")), text
    assert record in text and "whether" not in text and "true" not in text, text


def test_a_claim_nobody_asks_about_stays_a_story():
    from askfoi.yes_no_asks import claims_asked

    for told in ("the council has a policy on dogs. how many fines did they give",
                 "my son has plans for the summer, is that true",
                 "i think the council has a plan for the park"):
        assert claims_asked(told) == told


# 5. (cl55) What went or came to the body the letter is for is what that body received: never a clause cut with
#    the body's name ("The number of complaints that went.").
@pytest.mark.parametrize(("message", "counted"), [
    ("how many complaints went to the housing ombudsman in 2024", "complaints"),
    ("how many cases came to the parliamentary and health service ombudsman in 2025", "cases"),
    ("how many appeals went to the scottish information commissioner in 2025", "appeals"),
    ("how many complaints have gone to the housing ombudsman in 2024, broken down by landlord", "complaints"),
])
def test_what_went_to_the_body_asked_is_what_it_received(message, counted):
    parts = frame_message(message, today=TODAY).parts
    assert len(parts) == 1 and parts[0].kind == "count", [p.text for p in parts]
    assert parts[0].text.startswith(f"The number of {counted} received"), parts[0].text
    # a participle stands alone ("reported to"), and a clause that goes on ("... were solved") is not rewritten
    for told in ("how many crimes reported to kent police were solved in 2024",
                 "how many dog attacks were reported to west yorkshire police in 2024"):
        parts = frame_message(told, today=TODAY).parts
        assert all("received" not in p.text for p in parts), [p.text for p in parts]


# 7. A part that keeps a person's informal or loaded words for people ("black kids", "illegals", "junkies") is flagged
#    at the review with the part in neutral words as its one-key fix (knowledge/vocab/informal_terms.yaml).
@pytest.mark.parametrize(("message", "typed", "neutral"), [
    ("how many black kids were excluded from leeds schools in 2024 compared with white kids", "black kids",
     "Black children"),
    ("how many illegals are housed in hotels in wakefield", "illegals", "people without immigration status"),
    ("how many junkies did the council house in 2024", "junkies", "people who use drugs"),
])
def test_a_loaded_word_for_people_is_flagged_with_a_neutral_rewording(message, typed, neutral):
    from askfoi.conversation import split_numbered
    from askfoi.framing import review_parts

    framing = frame_message(message, today=TODAY)
    parts = [p.text for p in framing.parts]
    found = [f for f in review_parts(parts, framing.parts, framing.period, today=TODAY) if f.code == "informal-wording"]
    assert found and found[0].evidence.lower() == typed, parts
    fixed = split_numbered(found[0].rewrite)
    assert len(fixed) == len(parts) and neutral in fixed[0] and typed not in fixed[0].lower()
    # neutral words are never flagged
    again = review_parts(fixed, [], framing.period, today=TODAY)
    assert not [f for f in again if f.code == "informal-wording"]
