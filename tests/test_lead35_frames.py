"""Lead, session 35: what the chatbot showed when tried as a person would (each test fails without its fix)."""

from askfoi.framing import frame_message

STORY = ("my mum was in the royal derby hospital for 3 weeks in sept and the care was awful, she got a pressure sore "
         "and nobody turned her. i want to know how many pressure sores they had on that ward and whether they have "
         "enough nurses")


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text).parts]


def test_they_have_staff_is_the_body_not_the_things_counted():
    # "have" as the main verb: what is had (staff, money, a policy) says that "they" is the organisation
    parts = _parts("how many falls were there at the royal derby hospital last year and do they have enough staff")
    assert not any("falls have" in p.lower() for p in parts), parts
    assert any("do you have enough staff" in p.lower() for p in parts), parts  # lf64: "you" (was "the trust")


def test_they_have_money_is_the_council():
    parts = _parts("how many potholes are there in leeds and do they have enough money to fix them")
    assert not any("potholes have" in p.lower() for p in parts), parts
    assert any("do you have enough money" in p.lower() for p in parts), parts  # lf64: "you"


def test_the_verb_after_the_body_agrees():
    parts = _parts(STORY)
    assert any("you have enough nurses" in p for p in parts), parts  # lf64: "you" (was "the trust has")
    assert not any("pressure sores have" in p for p in parts), parts


def test_what_a_thing_has_stays_the_thing():
    # a warranty is no organisation's resource: "they" stays the cameras
    parts = _parts("how many speed cameras are there in kent and do they have a warranty")
    assert any("speed cameras have a warranty" in p.lower() for p in parts), parts


def test_a_place_named_by_its_kind_is_asked_for_by_name():
    found = [f for f in frame_message(STORY).findings if f.code == "story-reference"]
    assert found, "that ward is only the story's"
    assert "which place" in found[0].message
    assert 'Name the ward in this part instead of "that ward"' in found[0].suggestion
    assert "Christmas lights" not in found[0].suggestion


def test_a_place_in_brackets_after_the_kind_of_body_names_it():
    # "our local police (west yorkshire)": the force is named; it is never asked for again
    framing = frame_message("hi, our local police (west yorkshire) have started flying drones over the estate at night. "
                            "how many drones have they got")
    assert framing.authority is not None and framing.authority.name == "West Yorkshire Police"
    framing = frame_message("my council (leeds) keeps missing my bins, how many missed bin complaints did they get last year")
    assert framing.authority is not None and framing.authority.name == "Leeds City Council"


def test_brackets_that_name_no_place_name_no_body():
    framing = frame_message("how much did the police (and the council) spend on drones")
    assert framing.authority is None


def test_a_named_company_paid_is_who_the_money_went_to():
    cases = {
        "how much did the home office pay capita for the bibby stockholm barge":
            "The total amount paid to capita for the bibby stockholm barge",
        "how much did the council pay the contractor for the bridge repairs":
            "The total amount paid to the contractor for the bridge repairs",
        "how much has leeds council paid serco since 2020": "The total amount paid to serco",
    }
    for text, start in cases.items():
        parts = _parts(text)
        assert parts and parts[0].startswith(start), (text, parts)


def test_a_contract_with_a_named_company_is_that_company_s_contract():
    parts = _parts("how much was the contract with palantir")
    assert parts == ["Any contract with Palantir in force, with the contract's value."], parts


def test_what_is_paid_for_is_no_company():
    # the thing bought and money words stay the subject spent on
    assert _parts("how much did the council pay for the new bridge")[0].startswith("The total amount spent on the new bridge")
    assert _parts("how much did leeds council pay agency staff")[0].startswith("The total amount spent on agency staff")


def test_what_came_from_it_after_a_use_is_that_use():
    parts = _parts("does the met use facial recognition vans in croydon and do they keep the pictures of people who "
                   "arent wanted? also how many arrests came from it")
    assert "The number of arrests that came from the use of facial recognition vans in Croydon." in parts, parts
    assert not any(p.endswith("that came.") for p in parts), parts


def test_a_question_kept_whole_by_the_gate_has_its_they_written_out():
    # the gate fell back to the person's words as typed, undoing "they" -> "the force"
    parts = _parts("does the met use facial recognition vans? do they keep the pictures of people who arent wanted?")
    assert "Do you keep the pictures of people who aren't wanted?" in parts, parts  # lf64: "you"


def test_two_things_compared_are_a_part_each():
    parts = _parts("hiya just wondering how much my local council (stockport) spends on agency social workers compared "
                   "to permanent ones, cheers")
    assert parts[:2] == ["The total amount spent on agency social workers.",
                         "The total amount spent on permanent social workers."], parts
    parts = _parts("how many fixed penalty notices did leeds council issue for littering versus dog fouling in 2024")
    assert parts[:2] == ["The number of fixed penalty notices issued for littering.",
                         "The number of fixed penalty notices issued for dog fouling."], parts


def test_two_times_compared_ask_for_each_year_between():
    from datetime import date

    framing = frame_message("how much does kent police spend on overtime now compared to 5 years ago", today=date(2026, 11, 30))
    assert [p.text for p in framing.parts] == ["The total amount spent on overtime, broken down by year."]
    assert framing.period == "1 January 2020 to 31 December 2025"
    assert not any(f.code == "no-time-period" for f in framing.findings)
    framing = frame_message("how much does kent police spend on overtime compared with 2019", today=date(2026, 11, 30))
    assert [p.text for p in framing.parts] == ["The total amount spent on overtime, broken down by year."]
    assert framing.period == "1 January 2019 to 31 December 2025"


def test_a_comparison_with_what_the_body_does_not_hold_is_left():
    parts = _parts("how many children in care in kent compared to the national average")
    assert len(parts) == 1


def test_the_fire_service_in_a_county_is_its_fire_and_rescue_service():
    cases = {
        "how many times have the fire service been called out to false alarms at schools in essex":
            "Essex County Fire & Rescue Service",
        "how many firefighters are there in kent": "Kent Fire and Rescue Service",
        "how many fire stations in devon have closed": "Devon and Somerset Fire and Rescue Service",
    }
    for text, body in cases.items():
        framing = frame_message(text)
        assert framing.authority is not None and framing.authority.name == body, (text, framing.authority)


def test_a_council_named_in_full_is_kept_for_fire_safety():
    framing = frame_message("how many fire safety inspections did leeds city council do on tower blocks")
    assert framing.authority is not None and framing.authority.name == "Leeds City Council"


def test_who_owns_is_the_record_of_its_owner_not_a_service_contract():
    parts = _parts("who owns the land behind the co-op in frome")
    assert parts == ["Any record of who owns the land behind the co-op in Frome: whether the organisation owns it, and "
                     "if not, the name of any company or public body that owns it."], parts
