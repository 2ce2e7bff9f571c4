"""fm100 (issue 9): a part asking only for a record the NCND warning itself advises asking for instead (the policy, the
data protection impact assessment: knowledge/ncnd_topics.yaml `advised`, knowledge/vocab/advised_records.yaml) is not
warned on that topic: fm99 saw "the force's policy on the use of drones at protests" warned while the same warning said
"what usually gets answered instead: ... the policy". Covert use put in the policy's scope, another ask beside it, or a
topic whose advice does not offer the policy (IMSI catchers: 7 of 7 police answers NCND, policy included) keeps the
warning."""

import pytest

from askfoi.matching import get_matcher

FM99_T5 = ("Please send me the force's policy on the use of drones at protests. Also, did the force fly a drone over the "
           "Palestine Action protest in Bristol on 10 March 2024 to film the people there? And how many drones does the "
           "force own?")


def _warned(text, authority):
    return [(p.text, p.ncnd_likely) for p in get_matcher().match(text, authority).forecast.parts]


def test_the_policy_part_is_not_warned_and_the_protest_part_still_is():
    parts = _warned(FM99_T5, "Avon and Somerset Constabulary")
    assert [w for t, w in parts if "policy" in t] == [False], parts
    assert [w for t, w in parts if "Palestine Action" in t] == [True], parts


@pytest.mark.parametrize("text, authority", [
    # in my own words: the policy, the procedures, the impact assessment the advice offers
    ("Can I have a copy of your policy on flying drones?", "Kent Police"),
    ("Please provide the data protection impact assessment for your drones.", "Kent Police"),
    ("I would like your standard operating procedures for the drone unit.", "Essex Police"),
    ("Please send me the force's policy on managing informants.", "Merseyside Police"),
])
def test_an_advised_record_is_not_warned(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    assert not forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts]


@pytest.mark.parametrize("text, authority", [
    # guards: covert use in the policy's scope, another ask beside it, a topic whose advice offers no policy
    ("Please provide your policy on the covert use of drones.", "Kent Police"),
    ("Please provide your policy on the use of IMSI catchers.", "Kent Police"),
    ("Does the force use drones at protests?", "Kent Police"),
    ("Has the force used informants to infiltrate environmental protest groups?", "Metropolitan Police Service"),
])
def test_guard_covert_asks_are_still_warned(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    assert forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts]


@pytest.mark.parametrize("topic, text, expected", [
    ("surveillance_technology", "Any policy, procedure or guidance on the use of drones at protests.", True),
    ("facial_recognition", "A copy of your policy and the DPIA for facial recognition at football matches.", True),
    ("surveillance_technology", "Please provide your policy on using drones to film protesters covertly.", False),
    ("surveillance_technology", "The policy on drones and the number of drone flights in 2023.", False),
    ("surveillance_technology", "Dates and events where the force flew drones at protests in 2020, any policy on drone "
                                "use at protests, and how the public were told.", False),
    ("informants", "Authorisations of under-18s as covert human intelligence sources 2015-2018, their ages, crime "
                   "types, guidance.", False),
    ("imsi_catchers", "Please provide your policy on the use of IMSI catchers.", False),
    ("surveillance_technology", "How many drones does the force own?", False),
])
def test_asks_advised(topic, text, expected):
    from askfoi.ncnd_topics import asks_advised  # new in fm100

    assert asks_advised(topic, text) is expected
