"""ck34 (issue 8): a newcomer's chat, by class. The person's own account, claim or record is a subject access
request; a hospital named by a town whose hospitals the NHS list lacks goes to the body named after it, and London's
hospital bodies are offered by number; an estate or district named without its council goes to that council (the
police for crime there); a policy asked beside a figure or as a follow-on is a part of its own or the use part's; every
part naming a covert tactic with no overt use is warned."""
from __future__ import annotations

import re

import pytest

from askfoi.framing import frame_message


def _frame(text: str):
    return frame_message(text, None)


@pytest.mark.parametrize("text", [
    "hi i want to see everything the council has on my council tax account, they say i owe £900. its leeds city council",
    "can i get a copy of my housing benefit claim file from sheffield council",
    "i want my universal credit journal from the dwp",
    "how do i get my old school records from fife council",
])
def test_the_persons_own_account_or_claim_is_subject_access(text):
    assert _frame(text).route == "sar"


@pytest.mark.parametrize("text", [
    "how many people in leeds are behind on their council tax in 2024",
    "how much council tax did my council collect in 2024/25",
])
def test_council_tax_figures_stay_foi(text):
    assert _frame(text).route == "foi"


def test_a_city_hospital_the_nhs_list_lacks_goes_to_the_body_named_after_the_city():
    f = _frame("how many patients waited over 12 hours in a&e at the hospital in nottingham last year")
    assert f.authority is not None and f.authority.name == "Nottingham University Hospitals NHS Trust"


def test_a_county_hospital_is_still_asked():
    f = _frame("how many patients waited over 12 hours in a&e at the hospital in cornwall last year")
    assert f.authority is None or "council" not in f.authority.name.lower()
    assert f.authority is None or "hospital" not in f.authority.name.lower()


def test_london_hospitals_are_offered_by_number_never_a_council():
    f = _frame("how many operations were cancelled on the day at the hospital in london in 2024")
    assert f.authority is None
    assert len(f.body_choices) >= 10
    assert "Guy's and St Thomas' NHS Foundation Trust" in f.body_choices
    assert not any(re.search(r"(?i)children|council|borough", c) for c in f.body_choices)
    assert all(f"{k}. {c}" in f.body_question for k, c in enumerate(f.body_choices, 1))


def test_a_towns_one_general_hospital_beside_a_childrens_trust():
    assert _frame("how long is the wait for a hip operation at the hospital in sheffield").authority.name == \
        "Sheffield Teaching Hospitals NHS Foundation Trust"
    f = _frame("how long do children wait in a&e at the hospital in sheffield")
    assert f.authority is None and len(f.body_choices) == 2


@pytest.mark.parametrize("text,council,regime", [
    ("crime on broadwater farm has got worse. how many antisocial behaviour complaints did the council get about the "
     "estate in 2024", "Haringey", "FOIA"),
    ("the gorbals has had rats everywhere for months, how many pest control call outs were there in the gorbals in 2025",
     "Glasgow City Council", "FOISA|EISR"),
    ("how many repairs were reported on the heygate estate in 2012", "Southwark", "FOIA"),
])
def test_an_estate_or_district_goes_to_its_council(text, council, regime):
    f = _frame(text)
    assert f.authority is not None and council in f.authority.name
    assert re.fullmatch(regime, f.regime)


def test_crime_in_a_district_goes_to_the_police_or_is_asked_never_the_council():
    f = _frame("how many burglaries in moss side in 2024")
    assert f.authority is None or "council" not in f.authority.name.lower()
    f = _frame("how many stop and searches were there in brixton in 2024")
    assert f.authority is None or "council" not in f.authority.name.lower()


def test_a_policy_beside_a_count_is_a_part_of_its_own():
    f = _frame("she wants to know how many homeless applications cardiff council refused in 2024-25 and the policy for "
               "deciding priority need")
    texts = [p.text for p in f.parts]
    assert len(texts) == 2, texts
    assert "homeless" in texts[0].lower() and "policy" not in texts[0].lower()
    assert "priority need" in texts[1].lower() and f.parts[1].kind == "policy"


@pytest.mark.parametrize("text,thing", [
    ("has Cumbria Police used spit hoods since 2022 and how many times, and what is the policy on it", "spit hoods"),
    ("has durham police used batons on protesters since 2023? how many times and what is the policy", "batons"),
])
def test_how_many_times_and_the_policy_are_asked_with_the_subject(text, thing):
    texts = [p.text for p in _frame(text).parts]
    assert all(thing in t for t in texts), texts  # no "What is the policy?" alone, nor the fragment kept whole
    assert sum("number of times" in t for t in texts) == 1
    assert any(re.search(r"(?i)polic", t) for t in texts)


def test_a_policy_follow_on_after_a_count_names_its_subject():
    texts = [p.text for p in _frame("how many stray dogs did leeds council take in 2024 and what is the policy on it").parts]
    assert any("policy" in t.lower() and "stray dogs" in t for t in texts), texts
    assert not any(re.fullmatch(r"(?i)what is the policy.*", t) for t in texts)


@pytest.mark.parametrize("text", [
    "do west yorkshire police use imsi catchers? what did they cost?",
    "does police scotland use imsi catchers, how many times in 2024 and how much did they cost",
])
def test_every_part_naming_imsi_catchers_carries_the_ncnd_warning(text):
    f = _frame(text)
    named = [p for p in f.parts if "imsi" in p.text.lower()]
    assert len(named) >= 2 or any(p.kind == "total_spend" for p in named), [p.text for p in f.parts]
    assert all(p.warning for p in named)


def test_overt_drone_costs_are_not_warned_as_covert():
    f = _frame("does kent police use drones? how many flights in 2025 and what did the drones cost")
    assert not any(p.warning for p in f.parts if p.kind == "total_spend")


def test_an_area_typed_in_lower_case_is_written_with_its_capitals():
    texts = [p.text for p in _frame("the gorbals has had rats for months, how many pest control call outs were there in "
                                    "the gorbals in 2025").parts]
    assert any("the Gorbals" in t for t in texts), texts


def test_the_count_of_uses_is_asked_once_beside_a_question_kept_whole():
    texts = [p.text for p in _frame("does the met use live facial recognition vans, how many times did they deploy them "
                                    "in 2025 and how much did the vans cost").parts]
    assert sum(bool(re.search(r"(?i)number of times|how many times", t)) for t in texts) == 1, texts
    assert not any("the service" in t for t in texts), texts  # the Metropolitan Police Service is a force
