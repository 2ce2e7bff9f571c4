"""org14 (issue 8): the organisation a message names, found the way people name it: a council by its place and
the tier of the service asked, the police by area, an abolished body's successor, and a question when the body is
named only by its kind."""

import json
from pathlib import Path

import pytest
import yaml

from askfoi.authorities import default_index, resolve_authority
from askfoi.framing import frame_message
from askfoi.place_councils import council_for_tier, county_named, current_body, service_tier
from askfoi.unnamed_bodies import unnamed_body

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "org14_places.jsonl"


def body(text: str) -> str | None:
    found = frame_message(text).authority
    return found.name if found else None


def test_every_two_tier_council_in_the_lookup_is_a_current_body_askfoi_knows():
    data = yaml.safe_load((ROOT / "knowledge" / "vocab" / "council_areas.yaml").read_text(encoding="utf-8"))
    tiers = yaml.safe_load((ROOT / "knowledge" / "vocab" / "council_tiers.yaml").read_text(encoding="utf-8"))
    counties = data["counties"]
    assert set(counties) == set(tiers["county"])  # the 21 two-tier county councils, both lists
    names = {a.name: a for a in default_index().authorities}
    districts = [d for spec in counties.values() for d in spec["districts"]]
    assert len(districts) == 164
    for name in [*counties, *districts]:
        assert name in names and not names[name].defunct and "bolished" not in (names[name].note or ""), name
    # the 2023 unitary changes: no district of Cumbria, North Yorkshire or Somerset is a two-tier district
    assert not {"Harrogate Borough Council", "Carlisle City Council", "Mendip District Council"} & set(districts)


@pytest.mark.parametrize("text, tier", [
    ("how many potholes were reported", "county"), ("how many pupils were excluded", "county"),
    ("missed bin collections last year", "district"), ("planning applications refused", "district"),
    ("how many staff earn over 100k", None), ("potholes outside the leisure centre", None),
    ("parking tickets on station road", None),  # a street named "road" is no highways request
])
def test_the_service_asked_says_the_tier(text, tier):
    assert service_tier(text) == tier


def test_a_district_named_by_its_place_for_a_county_service_is_its_county_council():
    assert council_for_tier("Sevenoaks District Council", "potholes in sevenoaks") == "Kent County Council"
    assert council_for_tier("Sevenoaks District Council", "missed bins in sevenoaks") == "Sevenoaks District Council"
    assert body("how many potholes in sevenoaks were reported in 2023") == "Kent County Council"
    assert body("my local council is tunbridge wells, how many potholes did they fix in 2024") == "Kent County Council"
    assert body("how many planning applications were refused in sevenoaks in 2024") == "Sevenoaks District Council"
    # named in full with its tier: kept as typed (the district-not-county check says what it holds)
    assert body("Sevenoaks District Council how many potholes were reported in 2024") == "Sevenoaks District Council"


def test_a_two_tier_county_named_bare_goes_to_the_body_of_the_service_asked():
    assert body("how many potholes were reported in kent in 2023 and how much was spent fixing them") == "Kent County Council"
    assert body("how much did essex spend on potholes in 2024") == "Essex County Council"
    assert body("how many burglaries were reported in kent in 2024") == "Kent Police"
    assert body("average ambulance response times in kent 2024") == \
        "South East Coast Ambulance Service NHS Foundation Trust"
    assert body("how many bin collections were missed in essex in 2024") is None  # which district?
    assert body("how many potholes in essex and kent were reported in 2024") is None  # which county?
    assert county_named("the kent road potholes") is None  # a street, not the county


def test_a_council_named_with_a_word_for_council_before_its_place():
    assert body("can you find out if my local council (sheffield) uses AI to decide benefits claims") == \
        "Sheffield City Council"
    assert body("the council in leeds, how many fixed penalty notices for littering in 2024") == "Leeds City Council"
    assert body("how much did the council in kent spend on potholes in 2024") == "Kent County Council"
    assert body("the council in kent, how many bins were missed in 2024") is None


def test_the_police_by_area_and_never_the_places_council():
    assert body("police in manchester, how many stop and searches in 2024") == "Greater Manchester Police"
    assert body("how many people did the police in leeds arrest for shoplifting in 2024") == "West Yorkshire Police"
    assert body("how many calls did the police get about drink driving in dorset in december 2024") == "Dorset Police"
    assert body("how many tasers did the met use in 2024") == "Metropolitan Police Service"
    assert body("how much did the police and crime commissioner in kent spend on publicity") == \
        "Kent Police and Crime Commissioner"
    # "PCC" of a generated list (the Press Complaints Commission) is not the commissioner people mean
    assert body("how much did the police and crime commissioner spend on publicity in 2024") is None
    # the police only in the person's story: the place's council is asked
    assert body("i reported the noise to the police but nothing happened. how many noise complaints did leeds "
                "get in 2024") == "Leeds City Council"


def test_an_abolished_body_is_proposed_as_the_body_that_now_answers_for_it():
    assert current_body("Harrogate Borough Council") == "North Yorkshire Council"
    assert current_body("Cumbria County Council") == "Cumbria County Council"  # two successors: not guessed
    assert body("how many potholes were fixed in harrogate in 2024") == "North Yorkshire Council"
    assert resolve_authority("Harrogate Borough Council").name == "Harrogate Borough Council"  # the name still resolves


@pytest.mark.parametrize("text, label, typed", [
    ("how many complaints did the housing association get about damp in 2024", "housing association",
     "the housing association"),
    ("how many pupils were excluded from st marys primary last year", "school", "st marys primary"),
    ("how many appointments did my gp cancel last month", "GP surgery", "my gp"),
    ("how many patients waited over 12 hours at the hospital in january", "hospital", "the hospital"),
    ("what did my council spend on consultants in 2024", "council", "my council"),
])
def test_a_body_named_only_by_its_kind_is_asked_about(text, label, typed):
    framing = frame_message(text)
    assert framing.authority is None and framing.body_kind == label
    assert label in framing.body_question and typed in framing.body_question
    out = framing.as_json()
    assert out["authority"] is None and out["authority_kind"] == label


def test_a_kind_that_is_never_the_places_council_proposes_no_council():
    assert body("how many appointments did my gp in leeds cancel in 2024") is None
    assert body("how many patients waited more than 4 hours in a&e at the hospital in cornwall last winter") is None
    assert unnamed_body("the primary reason is cost") is None
    assert unnamed_body("my surgery was cancelled twice") is None
    assert unnamed_body("how many times did officers use force") is None


def test_a_named_body_asks_no_kind_question():
    framing = frame_message("how many complaints did Leeds City Council get about the school in 2024")
    assert framing.authority.name == "Leeds City Council" and framing.body_question is None
    assert "authority_question" not in framing.as_json()


def test_the_chatbot_asks_which_one_naming_the_kind():
    from askfoi.conversation import Conversation, Step

    conv = Conversation()
    said = " ".join(m.text for m in conv.reply("how many complaints did the housing association get about damp in 2024").messages)
    assert conv.session.step == Step.authority and conv.session.authority is None
    assert "Which housing association do you mean?" in said


def test_own_messages_held_out_half():
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 40 and {r["split"] for r in rows} == {"tune", "test"}
    test = [r for r in rows if r["split"] == "test"]
    found = wrong = kinds = 0
    for r in test:
        framing = frame_message(r["text"])
        got = framing.authority.name if framing.authority else None
        found += got == r["authority"]
        wrong += bool(got) and got != r["authority"]
        kinds += bool(r.get("kind")) and framing.body_kind == r["kind"]
    assert wrong == 0
    assert found >= len(test) - 2
    assert kinds >= sum(bool(r.get("kind")) for r in test) - 1


def test_nhs_bodies_by_their_short_names_and_never_a_replaced_ccg_first():
    assert resolve_authority("kent icb").name == "NHS Kent and Medway Integrated Care Board"
    assert body("how much did the ICB in kent spend on agency staff in 2024") == "NHS Kent and Medway Integrated Care Board"
    # CCGs were replaced by ICBs on 1 July 2022: the one ICB whose name has the CCG's places
    assert body("how many complaints did derby and derbyshire ccg get in 2024") == \
        "NHS Derby and Derbyshire Integrated Care Board"
    assert current_body("NHS Norwich Clinical Commissioning Group") == "NHS Norwich Clinical Commissioning Group"
    assert body("how many 999 calls did west mids police get in 2024") == "West Midlands Police"


def test_the_chatbot_says_why_a_district_named_by_its_place_goes_to_the_county():
    from askfoi.conversation import Conversation

    conv = Conversation()
    said = " ".join(m.text for m in conv.reply("how many potholes in sevenoaks were reported in 2023").messages)
    assert conv.session.authority == "Kent County Council" and "runs the service you ask about" in said
    conv = Conversation()
    said = " ".join(m.text for m in conv.reply("how many planning applications were refused in sevenoaks in 2024").messages)
    assert conv.session.authority == "Sevenoaks District Council" and "runs the service" not in said
