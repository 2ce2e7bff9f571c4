"""Lead, session 35: what the held-out blind pairs found worse on the merged branch (each fails without its fix)."""

from askfoi.framing import frame_message


def test_a_speed_limit_asked_of_a_police_force_stays_under_the_act():
    framing = frame_message("Is Thames Valley Police trying to show the public it is not doing it just to raise money, "
                            "or is it trying to say the 20mph limit is too low?")
    assert framing.regime == "FOIA"
    # the highway authority's own traffic orders stay environmental
    assert frame_message("how many 20mph zones has oxfordshire county council introduced since 2020").regime == "EIR"


def test_a_station_is_no_council_s():
    framing = frame_message("On how many days last year has the main lift at Walthamstow Central Station been working, "
                            "and the smaller lift for disabled people?")
    assert framing.authority is None or "Waltham Forest" not in framing.authority.name
    assert "Waltham Forest" in frame_message("how many empty homes are there in walthamstow").authority.name


def test_a_senior_officer_s_settlement_points_to_the_published_accounts():
    framing = frame_message("why did the council pay a settlement to the former chief executive and how much was it")
    found = [f for f in framing.findings if f.variant == "one_person_pay"]
    if found:  # when the pay finding is raised, it never says a senior post's settlement is usually withheld
        assert "usually withheld" not in found[0].message
        assert "statement of accounts" in found[0].message
