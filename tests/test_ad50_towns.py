"""ad50 (issue 8 / 9.6): people name their town, not their council. A town, village or locality of England and Wales
named without its body goes to the council of its area (by tier in two-tier areas), or to the force for a police
question; a name shared by places in several councils' areas, or a two-tier town whose tier the message does not
say, is asked with the councils as numbered choices. A word that is mostly something else ("reading", "march",
"deal") is a town only when typed as one. A body the person names is never overridden."""
import json

import pytest

from askfoi.framing import find_authority, frame_message
from askfoi.knowledge import shipped_knowledge_dir


def towns_named(text):
    from askfoi.town_councils import towns_named as named  # (imported here: each test fails alone without it)

    return named(text)


def _body(text):
    found, _ = find_authority(text)
    return found.name if found is not None else None


@pytest.mark.parametrize("text, body", [
    # a county's service asked in a district's town: the county council
    ("how much did the council spend on potholes in banbury last year", "Oxfordshire County Council"),
    # a district's service: the district council
    ("how many fly tipping reports in bicester in 2024", "Cherwell District Council"),
    # a police question: the force of the town's area
    ("how many burglaries were reported in banbury in 2024", "Thames Valley Police"),
    # an abolished district (Craven): the council that now answers for it
    ("how many planning applications were refused in skipton last year", "North Yorkshire Council"),
    # a unitary council's town
    ("how many empty homes are there in bridport", "Dorset Council"),
    # a town in Wales
    ("how much was spent repairing potholes in abergavenny in 2024", "Monmouthshire County Council"),
])
def test_town_goes_to_its_council(text, body):
    assert _body(text) == body


def test_town_body_is_said_to_be_inferred():
    framing = frame_message("how many fly tipping reports in bicester in 2024")
    assert framing.authority is not None and framing.authority.from_text.lower() == "bicester"
    assert any(f.code == "body-inferred" for f in framing.findings)


def test_two_tier_town_without_a_tier_is_asked_with_both_councils():
    framing = frame_message("how much has the council spent on consultants in bicester since 2023")
    assert framing.authority is None
    assert framing.body_choices == ["Cherwell District Council", "Oxfordshire County Council"]
    assert "1. Cherwell District Council" in framing.body_question


@pytest.mark.parametrize("text, councils", [
    ("how much did the council spend in richmond on agency staff in 2024",
     {"North Yorkshire Council", "Richmond upon Thames Borough Council"}),
    ("how many fly tipping reports were there in ashford in 2024",
     {"Ashford Borough Council", "Spelthorne Borough Council"}),
])
def test_shared_town_name_is_asked_with_its_councils(text, councils):
    framing = frame_message(text)
    assert framing.authority is None
    assert councils <= set(framing.body_choices)


@pytest.mark.parametrize("text, body", [
    # the other places of the name are told apart by the county named beside it
    ("how many potholes were reported in ashford kent in 2024", "Kent County Council"),
    ("how many fly tipping reports in newport isle of wight in 2024", "Isle of Wight Council"),
    # a hamlet of the same name elsewhere (Leeds, Kent) is no town people mean
    ("how many fly tipping reports were there in leeds in 2024", "Leeds City Council"),
    ("how many bins were missed in keighley in 2024", "Bradford City Council"),
])
def test_shared_name_told_apart_or_one_town(text, body):
    assert _body(text) == body


@pytest.mark.parametrize("text", [
    "I am interested in reading the minutes of the planning committee",
    "the council closed the library in March and I want to know why",
    "we got a good deal from the council on the lease",
    "how many street lights were fixed last year",
    "how many laptops did the council have in stock last year",
    "how many pupils in wales were home educated in 2024",
    "does thames valley police use drones",
])
def test_word_mostly_something_else_is_no_town(text):
    assert towns_named(text) == []


@pytest.mark.parametrize("text, key", [
    ("how many parking tickets were issued in deal last year", "deal"),
    ("how much does bath council spend on parking enforcement", "bath"),
    ("street lighting complaints in Wells in 2024", "wells"),
])
def test_word_typed_as_a_place_is_the_town(text, key):
    assert [t.key for t in towns_named(text)] == [key]


@pytest.mark.parametrize("text, body", [
    ("how much did Kent County Council spend on potholes in banbury", "Kent County Council"),
    ("how many fly tipping reports has Thames Valley Police had in bicester", "Thames Valley Police"),
])
def test_body_named_is_never_overridden(text, body):
    assert _body(text) == body


def test_a_town_council_named_is_not_its_district():
    assert _body("what is the banbury town council precept for 2025") != "Cherwell District Council"
    assert towns_named("what is the banbury town council precept for 2025") == []


def test_a_street_or_school_named_after_a_town_is_no_town():
    assert towns_named("the potholes on banbury road outside my house") == []


def test_every_council_of_the_gazetteer_is_a_current_council():
    from askfoi.authorities import resolve_authority

    councils = set()
    for line in (shipped_knowledge_dir() / "town_councils.jsonl").read_text(encoding="utf-8").splitlines():
        if line.startswith("//") or not line.strip():
            continue
        rec = json.loads(line)
        assert rec["councils"] == sorted(set(rec["councils"]))
        assert bool(rec.get("ambiguous")) == (len(rec["councils"]) > 1)
        councils.update(rec["councils"])
    assert len(councils) > 250
    curated = {json.loads(line)["name"] for line in (shipped_knowledge_dir() / "authorities.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("//")}
    assert councils <= curated, sorted(councils - curated)  # never a council the publicbodies list keeps unmarked
    for name in councils:
        found = resolve_authority(name)
        assert found is not None and found.known and found.name == name, name
        assert found.type.value == "council" and not found.defunct, name
