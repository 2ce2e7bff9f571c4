"""fc55 (issue 9.3/9.5): the NCND warning on what people write. All requests here are invented.

- The everyday words for covert policing name their topic: "spy cops", "police spies", officers infiltrating a group
  (undercover officers); "secret cameras", cameras hidden in or mounted on lamp posts or street lighting, secret
  recording, snooping on journalists (covert surveillance). Words that only look alike ("water infiltration of the
  building", "how many street lights") name none.
- A clause asking whether the body uses, has or paid for a surveillance technology is asked about covert use though
  counts and costs are listed after it in the same sentence ("Whether the force uses drones, since when, numbers,
  deployments, costs"); a count or a cost asked alone, or an overt form ("a drone unit"), stays overt.
- IMSI catchers have no overt use to ask about: a question about a supplier's invoices is asked about covert use.
- Through `askfoi match`'s path, such a request to a police force is warned of NCND, and everyday police counts are not.
"""

import pytest

from askfoi.matching import get_matcher
from askfoi.ncnd_topics import evidence_for, topics_in


@pytest.mark.parametrize("text, topic", [
    ("Were spy cops used to infiltrate the climate camp?", "undercover_officers"),
    ("How many police spies were placed in trade unions since 2010?", "undercover_officers"),
    ("Did officers infiltrate local campaign groups opposing the incinerator?", "undercover_officers"),
    ("Any records of police moles in the tenants union", "undercover_officers"),
    ("Does the force have any secret cameras in the town centre?", "covert_surveillance"),
    ("Are there cameras hidden in lamp posts on my street?", "covert_surveillance"),
    ("What is recorded by the cameras mounted on street lighting at the junction of Mill Lane?", "covert_surveillance"),
    ("Has the force made any secret recordings of protesters at the quarry?", "covert_surveillance"),
    ("Is the force snooping on journalists who cover the council?", "covert_surveillance"),
])
def test_everyday_words_name_their_ncnd_topic(text, topic):
    assert topic in topics_in(text)


@pytest.mark.parametrize("text", [
    "What did the council spend on repairing water infiltration of the library building?",
    "How many street lights are there in the borough and how many are LED?",
    "How many officers were trained in public order policing in 2023?",
])
def test_words_that_only_look_alike_name_no_covert_topic(text):
    assert not {"undercover_officers", "covert_surveillance"} & set(topics_in(text))


def _covert(text, topic):
    found = [e for e in evidence_for(text, "police") if e.topic == topic]
    assert found, text
    return found[0].covert


@pytest.mark.parametrize("text, topic", [
    ("Whether the force uses drones, since when, numbers, deployments and costs.", "surveillance_technology"),
    ("Whether the force pays for facial recognition, the spending, suppliers and matches.", "facial_recognition"),
    ("Invoices for anything bought from Cellxion in the last five years, with itemised costs.", "imsi_catchers"),
    ("How much did the force spend on IMSI catchers in 2023?", "imsi_catchers"),
])
def test_whether_the_force_uses_a_technology_is_covert_though_counts_follow(text, topic):
    assert _covert(text, topic)


@pytest.mark.parametrize("text, topic", [
    ("How many drones does the force have, and what did they cost?", "surveillance_technology"),
    ("Whether the force has a drone unit, and how many drones it owns.", "surveillance_technology"),
    ("How much did the force spend on drones in 2023?", "surveillance_technology"),
    ("How many facial recognition cameras does the force have?", "facial_recognition"),
])
def test_a_count_or_cost_alone_stays_overt(text, topic):
    assert not _covert(text, topic)


@pytest.mark.parametrize("text, authority", [
    ("Does Kent Police have any secret cameras hidden in lamp posts around Margate? Where are they and how many are "
     "there?", "Kent Police"),
    ("Were spy cops used to infiltrate Just Stop Oil in 2023?", "Metropolitan Police Service"),
])
def test_a_police_request_in_everyday_words_is_warned(text, authority):
    assert get_matcher().match(text, authority).forecast.ncnd_likely


@pytest.mark.parametrize("text, authority", [
    ("How many police officers does Hampshire Constabulary employ, how many PCSOs, and how many officers left the force "
     "in 2024?", "Hampshire Constabulary"),
    ("How many body worn video cameras does West Midlands Police have, how much did they cost, and what is your policy "
     "on how long footage is kept?", "West Midlands Police"),
])
def test_everyday_police_counts_are_not_warned(text, authority):
    assert not get_matcher().match(text, authority).forecast.ncnd_likely


def test_a_named_persons_conviction_is_a_personal_matter():
    from askfoi.ncnd_topics import asks_about_case

    assert asks_about_case("named_person", "Whether Mr Peter Hale's conviction is to be overturned, and why.")


def test_jihadists_are_a_counter_terrorism_topic():
    assert "counter_terrorism" in topics_in("Reports that foreign agents would guard UK airports against jihadists")
