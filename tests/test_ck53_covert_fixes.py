"""ck53 (nc53 #3, #7; issues 8.3 and 9.3): the checks on covert and location parts.

- An "Any records" finding on a part that asks about covert use offers only what is held about overt use (or, for a
  tactic with no overt form, the policy, spend, contracts and oversight reports), never more records on the tactic.
- Every "Any records" fix uses the request's own period, not three financial years of its own.
- Tracking people's phones has no overt form (knowledge/vocab/covert_terms.yaml no_overt_form).
- Where a force's ANPR or covert cameras are (a road, a site) is usually refused: s31(1) with s24(1) (FOISA s35(1)
  with s31(1)); the force-wide count, the policy and the DPIA are offered, and subject access for one's own car.
"""

import re

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message, no_overt_use

FORCE = "Avon and Somerset Constabulary"
PERIOD = "1 January 2025 to 31 December 2025"


def _finding(text, authority=FORCE, code="vague-scope", period=None):
    return next((f for f in check_request(text, authority, period=period).findings if f.code == code), None)


# --- 1. the "Any records" fix on a covert part ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Any records of the police tracking peoples phones at protests.",
    "Any records about the force tracking people's mobile phones at demonstrations.",
    "All information on the police intercepting activists' messages.",
])
def test_records_fix_on_a_tactic_with_no_overt_form_asks_nothing_more_about_it(text):
    f = _finding(text, period=PERIOD)
    assert f is not None
    said = f.suggestion
    assert "briefings" not in said and "figures recorded on" not in said, said
    example = said.split("For example:", 1)[-1]
    assert not re.search(r"(?i)overt use of|overt deployments", example), said
    assert re.search(r"(?i)\bpolicy\b", said) and re.search(r"(?i)\bspent\b", said), said
    assert "Investigatory Powers Commissioner" in said, said
    assert PERIOD in said and "April 2023" not in said, said


def test_records_fix_on_a_covert_use_of_a_technology_offers_its_overt_side():
    f = _finding("Any records of the police using drones at protests.", period=PERIOD)
    assert f is not None
    said = f.suggestion
    assert "briefings" not in said and "figures recorded on" not in said, said
    assert re.search(r"(?i)overt use of drones", said), said
    assert "DPIA" in said and re.search(r"(?i)contracts?", said), said
    assert PERIOD in said, said


@pytest.mark.parametrize("period,label", [
    ("2024/25", "1 April 2024 to 31 March 2025"),
    (PERIOD, PERIOD),
])
def test_records_fix_on_an_everyday_part_uses_the_requests_period(period, label):
    f = _finding("Any records about the library closures.", "Leeds City Council", period=period)
    assert f is not None
    assert label in f.suggestion and "each financial year from" not in f.suggestion, f.suggestion
    assert "briefings" in f.suggestion  # the everyday fix keeps its kinds of record


def test_records_fix_without_a_period_keeps_its_example_years():
    f = _finding("Any records about the library closures.", "Leeds City Council")
    assert f is not None and "each financial year from April" in f.suggestion, f.suggestion


# --- 1b. a tactic with no overt form ---------------------------------------------------------------------------------

@pytest.mark.parametrize("words,expected", [
    ("tracking peoples phones", True),
    ("track people's mobile phones", True),
    ("tracking mobiles", True),
    ("interception", True),
    ("tracking stolen phones", False),
    ("drones", False),
    ("facial recognition", False),
])
def test_which_tactics_have_no_overt_form(words, expected):
    assert no_overt_use(words) is expected


def test_phone_tracking_warning_names_the_tactic_and_offers_no_overt_deployments():
    f = frame_message("does avon and somerset police track peoples phones at protests")
    risk = [x for x in f.findings if x.code == "ncnd-risk"]
    assert risk, [x.code for x in f.findings]
    said = " ".join(f"{x.message} {x.suggestion}" for x in risk)
    said += " ".join(str(getattr(r, "text", r)) for p in f.parts for r in (p.replacements or []))
    assert "overt deployments" not in said and "overt use of the tracking" not in said, said
    offers = [r.text for p in f.parts for r in p.replacements]
    assert offers and any("spent" in o for o in offers), offers  # the policy, spend and contracts side stays


def test_the_checks_name_a_tracking_act_as_the_tactic():
    f = _finding("does the force track peoples phones at protests", code="ncnd-risk")
    assert f is not None and "no overt use of tracking peoples phones" in f.suggestion, f.suggestion
    assert "Investigatory Powers Commissioner" in f.suggestion, f.suggestion


# --- 2. where a force's cameras are ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The number of ANPR cameras on Gloucester Road.",
    "how many anpr cameras are in my street",
    "Please list the locations of all ANPR cameras in the county.",
    "Where are the automatic number plate recognition cameras on the Wells Road?",
])
def test_where_anpr_cameras_are_is_warned_with_s31_and_the_alternatives(text):
    f = _finding(text, code="camera-locations")
    assert f is not None, [x.code for x in check_request(text, FORCE).findings]
    assert "31(1)" in f.message and "24(1)" in f.message, f.message
    assert re.search(r"(?i)number of ANPR cameras the force operates", f.suggestion), f.suggestion
    assert "subject access" in f.suggestion and "DPIA" in f.suggestion, f.suggestion


def test_a_scottish_force_is_told_the_foisa_sections():
    f = _finding("how many anpr cameras are on Princes Street", "Police Scotland", code="camera-locations")
    assert f is not None
    assert "35(1)" in f.message and "FOISA" in f.message and "24(1)" not in f.message, f.message


@pytest.mark.parametrize("text,authority", [
    ("How many ANPR cameras does the force operate in total?", FORCE),
    ("How long is ANPR data kept?", FORCE),
    ("Where are the speed cameras on the A38?", FORCE),
    ("How many ANPR cameras on Park Lane are used for the ULEZ?", "Transport for London"),
])
def test_a_force_wide_count_or_a_published_site_is_not_warned(text, authority):
    assert _finding(text, authority, code="camera-locations") is None


def test_covert_cameras_at_a_site_are_said_once_by_the_ncnd_warning():
    codes = [x.code for x in check_request("where are the covert cameras at the station", FORCE).findings]
    assert "ncnd-risk" in codes and "camera-locations" not in codes, codes


def test_a_long_message_warns_the_road_part():
    f = frame_message("an anpr camera went up near my house and i think its watching my street. avon and somerset "
                      "police, how many anpr cameras are on gloucester road and how many times was data from them "
                      "searched in 2025?")
    assert any(x.code == "camera-locations" for x in f.findings), [x.code for x in f.findings]
