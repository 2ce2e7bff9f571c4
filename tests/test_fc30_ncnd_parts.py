"""fc30 (issue 9 items 3-5): the forecast warns, part by part, where police answers really use NCND.

Classes (each read from the pack's tuning split, bench/ncnd_parts.py and bench/ncnd_why.py):
- the makers of covert communications data capture equipment name IMSI catchers (invoices from Datong, Cellxion);
- intelligence held about a group, its members or activists, and the groups a force monitors, is covert surveillance;
- a force's requests to social media or phone companies for users' data is communications data;
- a numbered or bulleted line the person listed is a part of its own even without words of asking (the cut no
  longer folds "2. any other cameras in operation" into the line before it).
Ordinary police requests (crime counts, spending, complaints totals, overt camera counts, policies) stay unwarned.
"""

from __future__ import annotations

import pytest

from askfoi.forecast_parts import forecast_parts
from askfoi.matching import get_matcher
from askfoi.ncnd_topics import topics_in


@pytest.fixture(scope="module")
def matcher():
    return get_matcher()


def _parts(matcher, text, authority="Kent Police", top=5):
    f = matcher.match(text, authority, top=top).forecast
    return f, [(p.text, p.ncnd_likely) for p in f.parts]


# --- the makers of IMSI catchers, intelligence about groups, data asked of social media companies ------------------

@pytest.mark.parametrize("text, topic", [
    ("Please provide copies of invoices from Datong for the last five years.", "imsi_catchers"),
    ("purchases from Cellxion Ltd since 2015", "imsi_catchers"),
    ("Does the force hold intelligence on members of Extinction Rebellion?", "covert_surveillance"),
    ("does the police keep intelligence files about local climate activists", "covert_surveillance"),
    ("Please list the groups that are of most interest to the force", "covert_surveillance"),
    ("How many requests did the force make to Facebook for account data in 2022?", "communications_data"),
    ("how many times did officers request images from Instagram or Snapchat", "communications_data"),
    ("requests for subscriber data from mobile phone companies", "communications_data"),
])
def test_new_wordings_name_their_topic(text, topic):
    assert topic in topics_in(text)


@pytest.mark.parametrize("text", ["Seven new police stations opened in 2020", "intelligence reports on burglaries",
                                  "information about community groups the council funds",
                                  "How many requests did the council make to Facebook to remove posts?",
                                  "requests for information from the public"])
def test_everyday_wordings_near_them_name_none(text):
    assert not {"imsi_catchers", "covert_surveillance", "communications_data"} & set(topics_in(text))


@pytest.mark.parametrize("text", [
    "Does the force hold intelligence on members of Extinction Rebellion?",
    "Please provide copies of invoices from Datong for the last five years.",
    "How many requests did the force make to Facebook for account data in 2022?",
])
def test_these_police_requests_are_warned(matcher, text):
    f, _ = _parts(matcher, text)
    assert f.ncnd_likely  # each fails on main


# --- the parts the person listed ---------------------------------------------------------------------------------

def test_listed_lines_without_words_of_asking_are_parts_of_their_own():
    text = "1. number of overt CCTV and body-worn cameras.\n2. any other cameras in operation."
    parts = [p.text for p in forecast_parts(text)]
    assert len(parts) == 2 and "any other cameras" in parts[1]  # fails on main: one part, labels and all
    listed = "Please provide:\n1. the number of drones\n2. their cost\n3. any policy"
    assert [p.text for p in forecast_parts(listed)] == ["the number of drones", "their cost", "any policy"]
    bullets = "Please provide the following:\n- The post mortem report\n- The knife found at Harrowdown Hill"
    assert len(forecast_parts(bullets)) == 2


def test_a_listed_line_that_refers_back_reads_the_line_before():
    parts = forecast_parts("Please provide:\n1. the number of drones the force owns\n2. their cost")
    assert "drones" in parts[1].context


def test_a_fragment_under_a_list_is_still_read_with_the_part_before():
    text = ("1. How many speed cameras does the council operate?\n2. The locations of the cameras installed since 2020.\n"
            "This should include mobile cameras.\n3. and\n")
    parts = [p.text for p in forecast_parts(text)]
    assert len(parts) == 2 and "mobile cameras" in parts[1]


def test_the_listed_part_asking_about_other_cameras_is_warned_alone(matcher):
    f, parts = _parts(matcher, "1. number of overt CCTV and body-worn cameras.\n2. any other cameras in operation.",
                      "Metropolitan Police Service")
    assert len(parts) == 2
    assert not parts[0][1] and parts[1][1]  # the overt count quiet, the other cameras warned (fails on main)


# --- ordinary police requests are not warned; --top plays no part -----------------------------------------------

@pytest.mark.parametrize("text", [
    "How many burglaries were recorded in Kent in 2023?",
    "How much did the force spend on overtime in 2023?",
    "How many complaints about officers were recorded in 2023?",
    "How many ANPR cameras does the force operate?",
    "What is the force policy on the use of spit hoods?",
    "Please provide:\n1. the number of police dogs\n2. the cost of the dog unit\n3. the number of kennels",
])
def test_ordinary_police_requests_are_not_warned(matcher, text):
    f, _ = _parts(matcher, text)
    assert not f.ncnd_likely


@pytest.mark.parametrize("text", ["Does the force hold intelligence on members of Extinction Rebellion?",
                                  "1. number of overt CCTV cameras.\n2. any other cameras in operation."])
def test_the_warning_never_depends_on_top(matcher, text):
    a = [p for _, p in _parts(matcher, text, top=1)[1]]
    b = [p for _, p in _parts(matcher, text, top=50)[1]]
    assert a == b
