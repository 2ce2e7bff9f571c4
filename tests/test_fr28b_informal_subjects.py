"""fr28b (issue 8, item 2): an informal message framed from its subject (askfoi/informal_subjects.py,
knowledge/vocab/informal_subjects.yaml): the records that answer it, rendered by the kind's template and proposed to
the person, never the person's sentence kept as a part."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.informal_subjects import subject_frames

TODAY = date(2026, 12, 2)


def _frame(text: str):
    return frame_message(text, today=TODAY)


def _story_left(framing) -> list[str]:
    return [p.text for p in framing.parts if p.kept_words]


@pytest.mark.parametrize("text, words", [
    ("Child is due to start school in September 2025, I've heard of people in the area waiting 6+ months so we're "
     "cutting it close as am just doing the ECHNA now? Wondering if anyone else in Kent has had a better experience.",
     ["EHC", "needs assessments", "in Kent"]),
    ("my daughters been waiting 7 months for her EHCP assessment. is that normal in Devon??", ["EHC", "in Devon"]),
    ("still waiting on the educational psychologist for my son, they say its not first come first served but a "
     "priority list. how do they decide?", ["prioritised"]),
])
def test_ehc_waits_framed_as_statistics_or_policy(text, words):
    f = _frame(text)
    assert f.parts and not _story_left(f)
    joined = " ".join(p.text for p in f.parts)
    for w in words:
        assert w in joined
    assert any(getattr(x, "code", "") == "read-from-story" for x in f.findings)  # proposed, to confirm
    assert not any(getattr(x, "code", "") == "too-vague" for x in f.findings)


def test_story_period_not_the_letters():
    f = _frame("Child is due to start school in September 2025, I've heard of people waiting 6+ months for the ECHNA. "
               "Wondering if anyone in Lancashire has had a better experience or if a 6-month wait is the norm?")
    assert f.period is None  # the school start date is the story's, not a period asked about
    assert any("EHC" in p.text for p in f.parts)


@pytest.mark.parametrize("text", [
    "My mother is in a care home, part funded by the council. The home puts its fees up every February and my father "
    "pays a top-up. Does the council raise its contribution when the fees go up, or do we just pay more?",
    "mums care home put the fees up 5% again. do the LA ever increase what they pay or is the top up always on us",
])
def test_care_fee_uplift_is_the_policy(text):
    f = _frame(text)
    assert [p.kind for p in f.parts] == ["policy"]
    assert "contribution to care home fees" in f.parts[0].text
    assert not f.questions


@pytest.mark.parametrize("text, place", [
    ("The grass on Hatton Park has not been cut for weeks and it looks a mess. Could someone explain?", "Hatton Park"),
    ("the verges round here are overgrown, they havent been cut this year. Is there an actual policy on it?", None),
])
def test_grass_cutting_policy_not_the_sentence(text, place):
    f = _frame(text)
    assert f.parts and not _story_left(f)
    assert any(p.kind == "policy" and "grass cutting" in p.text for p in f.parts)
    assert not any(" it?" in p.text or "Could someone" in p.text for p in f.parts)
    if place:
        assert any(place in p.text for p in f.parts)


@pytest.mark.parametrize("text", [
    "5G telecommunications mast on Saint Mary's School's roof. I have asked the school for the planning permission "
    "but heard nothing. I find it very strange there were no health and safety reports before it went up?",
    "theres a new phone mast going up by the Mill Lane primary. was there ever any planning permission or a "
    "radiation assessment done??",
])
def test_mast_planning_and_emissions_under_the_eir(text):
    f = _frame(text)
    kinds = [p.text for p in f.parts]
    assert any("planning permission for the telecommunications mast" in t for t in kinds)
    assert any("emissions assessment" in t for t in kinds)
    assert f.regime == "EIR"  # a mast's planning and radio emissions are environmental information
    assert not _story_left(f)


def test_mast_place_is_the_school():
    f = _frame("4G mast on Saint Mary's School's roof. I want to see the planning permission and the health and "
               "safety reports.")
    assert any("at Saint Mary's School" in p.text for p in f.parts)


@pytest.mark.parametrize("text, figure", [
    ("My rent, as with most other allotment holders, is increasing by a whopping 48 per cent. I don't know what "
     "justification there is for such an increase.", "48 per cent"),
    ("our allotment fees have gone up by 30% this year with no explanation at all", "30%"),
])
def test_allotment_rise_is_its_reasons(text, figure):
    f = _frame(text)
    reasons = [p.text for p in f.parts if p.kind == "reasons"]
    assert reasons and f"reasons for the {figure} increase in allotment rents" in reasons[0]


def test_school_transport_distance():
    f = _frame("We got a letter from the council refusing a free school bus pass because we live under 3 miles away. "
               "Google says the walk is 2.9 miles and part of the route is unsafe. How frustrating can you get?")
    texts = " ".join(p.text for p in f.parts)
    assert "walking distance" in texts and "free school transport" in texts
    assert "frustrating" not in texts


def test_tree_felling_under_the_eir():
    f = _frame("Are you happy that many mature trees on the Green will be axed in the regeneration of the green?")
    assert any(p.kind == "list" and "trees felled" in p.text and "on the Green" in p.text for p in f.parts)
    assert f.regime == "EIR"


def test_car_racing_at_the_named_place():
    f = _frame("I live on the Wygate estate, and the noise from idiots racing round Holland Market car park late at "
               "night can be heard from my house. I refuse to believe this area is regularly patrolled.")
    texts = [p.text for p in f.parts]
    assert any("complaints about anti-social driving" in t and "at Holland Market car park" in t for t in texts)
    assert any("police patrols" in t for t in texts)


def test_pothole_road_records_only_with_the_road_named():
    unnamed = subject_frames("I hit a pothole and made a claim, the council says the road is inspected 12 times a year.")
    assert unnamed == []  # never "the road" with no name: the story is asked which road and which records
    named = subject_frames("I hit a huge pothole on Mill Lane and made a claim for the damage to my car.")
    assert any("for the road on Mill Lane" in p.frame.text for p in named)
    assert any(p.frame.kind == "policy" and "inspected" in p.frame.text for p in named)


@pytest.mark.parametrize("text", [
    "1. How many EHC needs assessments did Kent County Council complete in 2024/25?\n"
    "2. How many were completed within 20 weeks?",
    "Please provide the number of education, health and care needs assessments completed by Leeds City Council "
    "within 20 weeks in 2024/25.",
])
def test_formal_requests_keep_their_own_parts(text):
    f = _frame(text)
    assert not any(getattr(x, "code", "") == "read-from-story" for x in f.findings)
    assert not any("Any statistics held on the time taken" in p.text for p in f.parts)


def test_nothing_proposed_for_a_subject_the_vocabulary_does_not_hold():
    assert subject_frames("the bins round here are a disgrace, nobody ever comes") == []
    # a library closing told in passing is no subject of the letter (fr9b's letter about allowances)
    assert subject_frames("Sir, - The council leader took home £60,000 in allowances last year. And this in a town "
                          "where the libraries are closing. How can this be justified?") == []


@pytest.mark.parametrize("text, want, regime", [
    ("our bins have been missed three weeks running on Elm Road and nobody at the council seems to care. is this normal?",
     "missed bin collections on Elm Road", None),
    ("the fly tipping down Mill Lane is getting worse every week, does anyone ever get fined for it??",
     "fixed penalty notices and prosecutions for fly-tipping on Mill Lane", None),
    ("my neighbours play loud music every night, i've complained to the council loads of times and nothing happens",
     "noise complaints received", "EIR"),
    ("the new LTN in Walthamstow has made traffic on our road twice as bad, did anyone actually check the pollution?",
     "monitoring reports for the low traffic neighbourhood in Walthamstow", "EIR"),
    ("A house on our street built a massive extension without planning permission. The council have done nothing.",
     "planning enforcement complaints", "EIR"),
])
def test_more_subjects_people_write_about(text, want, regime):
    f = _frame(text)
    assert any(want in p.text for p in f.parts), [p.text for p in f.parts]
    assert not _story_left(f)
    if regime:
        assert f.regime == regime


@pytest.mark.parametrize("text", [
    "the grass is lovely this year, well done to the council",
    "How many missed bin collections were reported to Leeds City Council in 2024/25?",
    "Please provide the number of fly-tipping incidents recorded by Bristol City Council in 2024.",
])
def test_no_subject_frames_for_praise_or_a_question_asked_already(text):
    f = _frame(text)
    assert not any(getattr(x, "code", "") == "read-from-story" for x in f.findings)


@pytest.mark.parametrize("text, want", [
    ("our council flat has had black mould for two years, the kids are always ill and repairs never come. is this normal??",
     "reports of damp and mould in the authority's rented homes"),
    ("my nan fell and we waited 9 hours for an ambulance in Cornwall. 9 hours!! how is that acceptable",
     "ambulance response times in Cornwall, broken down by category of call"),
    ("they've shut the public toilets on the seafront, where are people meant to go", "reasons for closing public toilets"),
    ("the councillors have voted themselves a rise in their allowances again while cutting services",
     "councillors' allowances and expenses"),
])
def test_subjects_with_a_breakdown_or_a_reason(text, want):
    f = _frame(text)
    assert any(want in p.text for p in f.parts), [p.text for p in f.parts]


def test_a_private_landlords_damp_is_not_the_councils():
    assert not [p for p in subject_frames("I rent privately and my private landlord ignores the damp and mould")
                if "damp" in p.frame.text]


def test_the_persons_own_question_about_the_subject_stays():
    f = _frame("How many social housing tenants reported damp and mould in 2024? How many of those homes were fixed "
               "within 28 days?")
    assert not any(getattr(x, "code", "") == "read-from-story" for x in f.findings)
    assert any("2024" in p.text for p in f.parts)


@pytest.mark.parametrize("text", [
    "my neighbour has been reported to the council for noise, can i see the complaints about him",
    "my husband died in a care home. the home put the fees up every year and i want his care notes",
])
def test_one_persons_case_is_not_turned_into_statistics(text):
    f = _frame(text)
    assert not any(getattr(x, "code", "") == "read-from-story" for x in f.findings)
