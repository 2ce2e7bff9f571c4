"""ck15 (issues 8 and 9): the findings an FOI officer would raise on real texts, and none that are false.

Messages here are invented, written the way people write (none is copied from a holdout)."""

from __future__ import annotations

from askfoi.checks import check_request
from askfoi.framing import frame_message


def _codes(findings) -> list[str]:
    return [f.code for f in findings]


def _frame(text: str, authority: str | None = None):
    return frame_message(text, authority)


# --- which body ---------------------------------------------------------------------------------------


def test_no_body_named_asks_which_one():
    f = _frame("How many parking fines were issued on the high street in 2024?")
    found = [x for x in f.findings if x.code == "no-authority"]
    assert found and "which organisation" in found[0].message.lower()
    assert found[0].suggestion


def test_a_body_named_only_by_its_kind_asks_that_kinds_question():
    f = _frame("Why has the council stopped gritting the pavements on our estate?")
    found = [x for x in f.findings if x.code == "no-authority"]
    assert found and "Which council do you mean?" in found[0].message


def test_a_named_body_gets_no_which_body_finding():
    f = _frame("How many parking fines did Leeds City Council issue in 2024?")
    assert "no-authority" not in _codes(f.findings)


def test_a_body_in_a_bracketed_aside_is_not_the_one_asked():
    f = _frame("Please can you tell me what you spent on the town's entry to the city status competition "
               "(Barnsley Metropolitan Borough Council spent far more than that on theirs, hence my asking).")
    assert f.authority is None or "Barnsley" not in f.authority.name


def test_a_scottish_town_means_foisa_when_no_body_is_named():
    f = _frame("Please send me a copy of the report on Kirkcaldy's new town centre car park charges.")
    assert f.regime == "FOISA"


# --- NCND ---------------------------------------------------------------------------------------------


def test_ncnd_is_decided_on_what_the_letter_asks_not_the_story():
    text = ("I read that these new cameras might be used for ANPR surveillance. "
            "How many speed cameras did the council install on the ring road in 2024?")
    f = _frame(text)
    assert "ncnd-risk" not in _codes(f.findings)


def test_a_covert_question_asked_of_a_force_keeps_its_ncnd_finding_on_its_part():
    # ck27: drones flown in the open are answered; drones used covertly keep the warning
    f = _frame("For what purposes does your police force use drones covertly? How many drones did it buy in 2024?")
    ncnd = [x for x in f.findings if x.code == "ncnd-risk"]
    assert ncnd and ncnd[0].part is not None


def test_referrals_tied_to_a_campaign_warn_of_ncnd_with_an_answerable_fix():
    r = check_request("How many people were referred to Prevent in 2023 because of their involvement in animal rights "
                      "campaigns?", "Greater Manchester Police")
    ncnd = [x for x in r.findings if x.code == "ncnd-risk"]
    assert ncnd
    assert "yearly totals" in ncnd[0].suggestion and "overt use of" not in ncnd[0].suggestion


def test_counter_extremism_training_is_not_ncnd():
    r = check_request("How much did the force spend on Prevent training for staff in 2023?", "Greater Manchester Police")
    assert "ncnd-risk" not in _codes(r.findings)


def test_number_plate_cameras_for_a_clean_air_zone_are_not_covert_surveillance():
    r = check_request("Do the ANPR cameras for the clean air zone in Birmingham record every car, and how many are there?")
    assert "ncnd-risk" not in _codes(r.findings)


def test_governance_papers_of_a_surveillance_system_are_overt():
    f = _frame("Please provide the board papers and minutes of meetings about the governance of the force's ANPR "
               "system between 2022 and 2024.", "Kent Police")
    assert "ncnd-risk" not in _codes(f.findings)


# --- EIR ----------------------------------------------------------------------------------------------


def test_people_named_by_their_cause_are_not_environmental_information():
    r = check_request("How many anti-fracking protesters were arrested in Lancashire in 2019?")
    assert r.regime.value == "FOIA"
    r = check_request("How many climate activists were arrested in 2023?")
    assert "environmental-information" not in _codes(r.findings)


def test_figures_the_story_named_for_air_quality_are_environmental():
    text = ("Last year you published the nitrogen dioxide readings for the diffusion tubes on Station Road. "
            "Please provide the provisional 2025 figures.")
    assert _frame(text).regime == "EIR"


# --- periods ------------------------------------------------------------------------------------------


def test_a_period_starting_in_a_year_to_come_is_a_slip():
    r = check_request("How many fly-tipping fines have been issued since March 2925?")
    slip = [x for x in r.findings if x.code == "future-year"]
    assert slip and "2025" in slip[0].suggestion


def test_a_year_in_a_plan_is_no_slip():
    r = check_request("What charges will apply to garden waste from April 2027, and what is the target for 2030?")
    assert "future-year" not in _codes(r.findings)


def test_periods_named_years_apart_are_pointed_out():
    text = ("1. How much did the council spend on park maintenance in 2012/13?\n"
            "2. How many complaints about the parks were received during 2024?\n"
            "3. How many fines were issued for dog fouling in the parks?")
    f = _frame(text, "Leeds City Council")
    assert "periods-apart" in _codes(f.findings)


def test_periods_apart_said_by_every_part_are_each_parts_own():
    text = ("1. How much did the council spend on park maintenance in 2012/13?\n"
            "2. How many complaints about the parks were received during 2024?")
    f = _frame(text, "Leeds City Council")
    assert "periods-apart" not in _codes(f.findings)


def test_periods_side_by_side_are_not_apart():
    text = ("1. How much did the council spend on park maintenance in 2023?\n"
            "2. How many complaints about the parks were received during 2024?")
    f = _frame(text, "Leeds City Council")
    assert "periods-apart" not in _codes(f.findings)


def test_a_share_of_a_sum_needs_a_period():
    f = _frame("What percentage of the council's recycling budget goes on the food waste caddies?", "Leeds City Council")
    assert "no-time-period" in _codes(f.findings)


# --- cost limit ---------------------------------------------------------------------------------------


def test_a_quoted_title_gives_no_cost_limit_warning():
    text = ('Your reply to my earlier request, titled "Road repairs broken down by ward for the last 8 years", '
            'gave a total for 2024. Please provide the same total for 2025.')
    assert "cost-limit-risk" not in _codes(check_request(text, "Leeds City Council").findings)


def test_the_words_of_the_request_still_give_the_cost_limit_warning():
    assert "cost-limit-risk" in _codes(check_request("Please provide all emails about road repairs from the last 8 "
                                                     "years.", "Leeds City Council").findings)


# --- opinion and explanation --------------------------------------------------------------------------


def test_the_reasons_for_a_refusal_are_no_part():
    text = ("Please provide the 2024 library visitor figures for each branch. If you decide not to release this "
            "information, please explain why.")
    assert "not-recorded-information" not in _codes(check_request(text, "Leeds City Council").findings)


def test_an_explanation_asked_in_a_list_is_flagged():
    text = ("Please supply the following:\n1) The consultation report on the new bus lane.\n"
            "2) An explanation of why the bus lane was extended.")
    assert "not-recorded-information" in _codes(check_request(text, "Leeds City Council").findings)


# --- advice, and what the message tells about the writer ----------------------------------------------


def test_a_legal_question_is_flagged_as_advice():
    r = check_request("Can the school make my son stay at home in the afternoons because they have no support staff?")
    found = [x for x in r.findings if x.code == "legal-question"]
    assert found and "Citizens Advice" in found[0].suggestion


def test_a_records_question_is_no_legal_question():
    r = check_request("How many pupils were sent home early because of staff shortages in 2024?", "Leeds City Council")
    assert "legal-question" not in _codes(r.findings)


def test_health_details_told_about_a_child_are_noted():
    r = check_request("My son has autism and ADHD and is on a part-time timetable. "
                      "How many pupils are on part-time timetables in the county?")
    assert "story-personal-details" in _codes(r.findings)


def test_a_statistic_about_children_with_a_condition_is_no_personal_detail():
    r = check_request("How many children with autism were excluded from Leeds schools in 2024?", "Leeds City Council")
    assert "story-personal-details" not in _codes(r.findings)


def test_benefits_told_about_a_parent_are_noted():
    r = check_request("Dad gets pension credit and attendance allowance. What is the council's weekly fee for a care "
                      "home place?")
    assert "story-personal-details" in _codes(r.findings)


def test_how_the_writer_felt_is_no_personal_detail():
    r = check_request("", parts=["The bit I was shocked by was the figure for 2023: please provide the 2024 figure."])
    assert "personal-details" not in _codes(r.findings)


# --- personal data ------------------------------------------------------------------------------------


def test_a_deceased_relatives_records_named_without_her_take_the_right_route():
    text = ("My mother was admitted to the stroke ward in March and died a week later. "
            "I have been trying to get the medical notes from that admission ever since.")
    assert "deceased-records" in _codes(check_request(text).findings)


def test_the_bodys_contact_details_for_a_request_are_not_third_party_data():
    text = "I want to read my maternity notes and I have found the form and contact details for doing so."
    assert "third-party-personal-data" not in _codes(check_request(text).findings)


def test_a_link_to_the_writers_earlier_correspondence_is_not_a_subject_access_request():
    text = ("Please provide a copy of the town's bid for city status. My earlier correspondence on the subject is "
            "here: https://www.whatdotheyknow.com/request/example")
    assert "own-personal-data" not in _codes(check_request(text).findings)


def test_an_appeal_the_writer_submitted_is_told_not_asked():
    text = "I have submitted my appeal to the academy and I am waiting for a hearing date. Can anyone advise?"
    assert "own-personal-data" not in _codes(check_request(text).findings)


def test_an_open_list_of_examples_is_vague():
    r = check_request("Please provide the records about the new bridge, including but not limited to emails and "
                      "reports, from 2023.", "Leeds City Council")
    vague = [x for x in r.findings if x.code == "vague-scope"]
    assert vague and "leaves the list" in vague[0].message


def test_a_numbered_explanation_is_judged_on_its_part():
    text = ("Please supply the following:\n1) The privacy impact assessment for the new cameras.\n"
            "2) An explanation of what the cameras are for.")
    f = _frame(text, "Leeds City Council")
    assert any(x.code == "not-recorded-information" for x in f.findings)


def test_asking_a_body_to_tell_send_or_make_available_is_no_legal_question():
    for text in ("Can the council tell me when the road will be resurfaced?",
                 "Can the council send me a copy of the report on the library?",
                 "Can the council make the documents available online?"):
        assert "legal-question" not in _codes(check_request(text).findings), text


def test_a_typed_word_is_no_condition():
    r = check_request("I have send the council an email about this and want the pothole figures for 2024.")
    assert "story-personal-details" not in _codes(r.findings)


def test_the_reasons_for_a_refusal_raise_no_finding_on_the_letter():
    text = ("Please provide the 2024 visitor figures for each library. If you do not intend to release this "
            "information, please give a full explanation of why, so that I can take the matter further.")
    f = _frame(text, "Leeds City Council")
    assert "not-recorded-information" not in _codes(f.findings)
