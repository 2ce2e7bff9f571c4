"""fc44 (issue 9): the person-case route. A part about one identifiable person asking to confirm a personal matter of
theirs (a complaint about them, an investigation, a disciplinary step, a suspension, a whistleblowing report) is warned
of NCND for every kind of body whatever the learnt NCND forecast says (s40(5B)): before, the warning for councils and
NHS trusts rode on the learnt probability sitting within a hair of the shared group's bar, and a refit moved it.
All requests here are invented."""

import copy

import pytest

from askfoi.matching import get_matcher
from askfoi.ncnd_topics import asks_about_case, load_topics

PERSON_CASES = [
    ("Leeds City Council", "what complaints has the council received about the man at 22 elm grove"),
    ("Leeds City Council", "was the planning officer who dealt with my application disciplined"),
    ("Leeds City Council", "Has John Smith, the housing officer, been disciplined or investigated?"),
    ("Leeds Teaching Hospitals NHS Trust", "please send me the whistleblowing report that sarah jones made about ward 5"),
    ("Leeds Teaching Hospitals NHS Trust", "Was the nurse who looked after my dad on ward 12 ever suspended?"),
    ("West Yorkshire Police", "has the family at number 7 been reported to the police for drugs"),
]


@pytest.fixture
def mute_model():
    """The shipped matcher with its learnt NCND forecast silenced (a bias no weight can lift to any bar)."""
    m = get_matcher()
    saved = m.model
    model = copy.copy(saved)
    model.ncnd_weights, model.ncnd_bias = {}, -50.0
    m.model = model
    try:
        yield m
    finally:
        m.model = saved


@pytest.mark.parametrize("authority,text", PERSON_CASES)
def test_a_personal_matter_of_one_person_is_warned_whatever_the_learnt_forecast(mute_model, authority, text):
    f = mute_model.match(text, authority).forecast
    assert f.ncnd_likely
    part = next(p for p in f.parts if p.ncnd_likely)
    assert any("s40(5B)" in e for e in part.evidence)
    # the learnt forecast said nothing, so the evidence never claims it did
    assert not any("a forecast learnt from" in e for e in part.evidence)
    assert part.why


@pytest.mark.parametrize("authority,text", [
    ("Leeds City Council", "How many staff were disciplined in 2024?"),
    ("Leeds City Council", "how many whistleblowing reports were made by staff in 2024"),
    ("Leeds Teaching Hospitals NHS Trust", "How many complaints about nurses did the trust receive in 2023?"),
    ("Leeds City Council", "What is the salary band of the chief executive?"),
])
def test_counts_and_office_roles_are_not_person_cases(mute_model, authority, text):
    assert not mute_model.match(text, authority).forecast.ncnd_likely


def test_case_words_are_knowledge_of_topics_about_one_person():
    topics = load_topics()[0]
    with_words = [name for name, t in topics.items() if t.case_words]
    assert "named_person" in with_words and all(topics[n].about_one for n in with_words)
    assert asks_about_case("named_person", "was Mr Jones suspended")
    assert not asks_about_case("named_person", "the budget of the parks team")
    # a topic not about one person never takes the route, whatever its words
    assert not asks_about_case("informants", "were complaints made about informants")


@pytest.mark.parametrize("title", [
    "Decision 186/2006 - Ms Katrine Boyle and North Lanarkshire Council Information about council services",
    "Decision 111/2007 Mr Robert Mathewson and Angus Council Documents about a planning enforcement investigation",
    "Decision 103/2012: Mr Stuart Benzie and Aberdeenshire Council Which primary schools count as within a town",
])
def test_the_applicant_named_in_a_decision_title_is_no_named_person(title):
    """A Commissioner's decision is titled with the applicant's name after its number, with a colon, a dash or
    nothing between: the applicant is not the person the request is about (the pack's counts and the person-case
    route both read titles like these)."""
    from askfoi.ncnd_topics import topics_in

    assert "named_person" not in topics_in(title)


def test_a_person_named_inside_a_decision_title_still_counts():
    from askfoi.ncnd_topics import topics_in

    assert "named_person" in topics_in("Decision 138/2014: Records concerning a named individual")
    assert "named_person" in topics_in("Decision 106/2021: Complaints against a Council employee, Mr John Smith")
