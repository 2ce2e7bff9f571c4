"""fc45 (issue 9): the NCND topics read what a part asks about, not a word anywhere, and each part shows its own
forecast with the evidence behind it. All requests here are invented.

- The writer's own complaint is not the third person's matter the person-case route (fc44) is about: it warned a
  council of s40(5B) NCND on "the council's reply to my complaint", which is the writer's own data (a subject access
  request, s40(1)/(5A)) and was refused or withheld, not neither confirmed nor denied, in the pack.
- An act word joined by a hyphen to the next word ("any follow-up") is part of a compound noun, not the everyday act
  ("follow ... locations": tracking).
- A counter-terrorist check (CTC) is a level of staff vetting, not counter-terrorism work.
- The words people use: Amazon's Ring doorbells, vehicles used for surveillance.
- `askfoi match` (text and --json) and the chatbot's panel give each part its own forecast and evidence; the whole
  forecast's NCND is any part's.
"""

import copy
import json
import re

import pytest

from askfoi.matching import get_matcher
from askfoi.ncnd_topics import asks_about_case, load_topics, topics_in


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


# --- the person-case route: the writer's own complaint ------------------------------------------------------------

OWN_COMPLAINTS = [
    "Please send me a copy of the council's reply to my complaint about Mr Smith's extension.",
    "All emails between officers about the complaint I made about Councillor Brown's planning application",
    "the response to the code of conduct complaint made by me about Cllr Jones",
]


@pytest.mark.parametrize("text", OWN_COMPLAINTS)
def test_the_writers_own_complaint_is_no_personal_matter_of_anyone(text):
    assert not asks_about_case("named_person", text)


@pytest.mark.parametrize("text", OWN_COMPLAINTS)
def test_the_person_case_route_does_not_warn_a_council_of_the_writers_own_complaint(mute_model, text):
    assert not mute_model.match(text, "Leeds City Council").forecast.ncnd_likely


@pytest.mark.parametrize("text", [
    "All communications about a specific complaint made to the council in January 2016.",
    "Please send all correspondence about a particular complaint to the health board in 2010.",
])
def test_a_matter_named_with_no_person_names_no_one_the_route_could_warn_about(mute_model, text):
    """Whose complaint is unsaid: the topic counts it, but the person-case route needs someone named besides it."""
    assert not asks_about_case("named_person", text)
    assert not mute_model.match(text, "Leeds City Council").forecast.ncnd_likely


@pytest.mark.parametrize("text", [
    "I made a complaint about PC Smith in May. Was he disciplined?",
    "All records of a specific complaint made against Councillor Brown in 2023",
    "Has Councillor Brown been investigated over the complaint I made?",
    "was Mr Jones suspended after my complaint",
])
def test_what_was_done_to_the_person_complained_about_still_is_their_matter(text):
    assert asks_about_case("named_person", text)


def test_own_matter_is_knowledge_of_the_topics_about_one_person():
    topics = load_topics()[0]
    assert topics["named_person"].own_matter and topics["named_person_case"].own_matter
    assert topics["named_person"].matter_only and topics["named_person_case"].matter_only
    assert not any(t.own_matter or t.matter_only for t in topics.values() if not t.about_one)


# --- words that are not the topic ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text,topic", [
    ("All reports of UFO sightings with dates, locations, descriptions and any follow-up.", "surveillance_technology"),
    ("How many staff failed counter-terrorist check vetting in 2020?", "counter_terrorism"),
    ("the number of officers with counter terrorism check (CTC) clearance", "counter_terrorism"),
    ("Were GPS trackers placed on cars by offenders in stalking cases?", "surveillance_technology"),
    ("How many protesters were arrested at the climate march?", "covert_surveillance"),
    ("How many police operations were there in 2023?", "named_person"),
    ("Temporary location for Ward 4 at Dr Gray's Hospital during refurbishment", "named_person"),
    ("Highways Inspector Reports for 2023 on pothole repairs", "named_person"),
    ("Copies of Planning Inspector Correspondence about the appeal", "named_person"),
])
def test_a_word_that_is_not_the_topic_does_not_touch_it(text, topic):
    assert topic not in topics_in(text)


def test_a_part_using_these_words_to_a_police_force_is_warned():
    """The issue's fault, said from outside: the forecast rarely warned on real police requests. Asked in these words,
    each is on an NCND topic and warned (whole forecast and its part)."""
    m = get_matcher()
    for authority, text in [("Kent Police", "Has the police ever put a tracker on my car?"),
                            ("Police Scotland", "Does Police Scotland keep a list of journalists they monitor?"),
                            ("Surrey Police", "Do you use automatic number plate recognition to track protesters?"),
                            ("Cleveland Police", "Has the force obtained the phone records of any journalist since 2018?")]:
        f = m.match(text, authority).forecast
        assert f.ncnd_likely and any(p.ncnd_likely for p in f.parts), text


@pytest.mark.parametrize("text,topic", [
    ("Did officers follow my car and track my phone's location?", "surveillance_technology"),
    ("How many counter-terrorism arrests were made in 2023?", "counter_terrorism"),
    ("Does the force have any agreement with Amazon's Ring?", "surveillance_technology"),
    ("emails about Ring video doorbells and the force", "surveillance_technology"),
    ("How much was spent on unmarked vehicles used for surveillance?", "covert_surveillance"),
    ("the number of surveillance vans the force owns", "covert_surveillance"),
    ("Has the police ever put a tracker on my car?", "surveillance_technology"),
    ("Does Police Scotland keep a list of journalists they monitor?", "covert_surveillance"),
    ("Do you use automatic number plate recognition to track protesters?", "covert_surveillance"),
    ("Has the force obtained the phone records of any journalist since 2018?", "communications_data"),
    ("Was there a police operation at 14 Church Road last Tuesday?", "named_person"),
    ("Has Dr Gray been suspended?", "named_person"),
    ("Has Dr Gray's registration been suspended?", "named_person"),
    ("Was Mr Jones of St Mary's School suspended?", "named_person"),
])
def test_the_words_people_use_for_the_topic_touch_it(text, topic):
    assert topic in topics_in(text)


# --- each part its own forecast and evidence ----------------------------------------------------------------------

TWO_PARTS = ("1. Does Kent Police use informants to monitor protest groups? "
             "2. How many complaints about officers were made in 2023?")


def _counted_sentence(evidence: list[str]) -> str | None:
    return next((e for e in evidence if re.match(r"\d+ of \d+ police answers about informants", e)), None)


def test_match_json_gives_each_part_its_forecast_and_the_whole_ncnd_is_any_parts(capsys):
    from askfoi.cli import main

    assert main(["match", "--json", "--authority", "Kent Police", TWO_PARTS]) == 0
    forecast = json.loads(capsys.readouterr().out)["forecast"]
    parts = forecast["parts"]
    assert len(parts) == 2
    for p in parts:
        assert set(p) >= {"text", "outcomes", "ncnd_likely", "evidence"} and p["outcomes"]
    assert forecast["ncnd_likely"] == any(p["ncnd_likely"] for p in parts)
    informants, complaints = parts
    assert informants["ncnd_likely"] and not complaints["ncnd_likely"]
    # the warned part carries its topic's counted answers, as the pack counts them
    n, known = load_topics()[0]["informants"].counted["police"]
    assert _counted_sentence(informants["evidence"]) == f"{n} of {known} police answers about informants (CHIS) used NCND"
    assert _counted_sentence(complaints["evidence"]) is None


def test_match_text_puts_each_parts_evidence_under_that_part(capsys):
    """Pooled after the last part, the informants counts of part 1 read as the evidence of part 2."""
    from askfoi.cli import main

    assert main(["match", "--authority", "Kent Police", TWO_PARTS]) == 0
    out = capsys.readouterr().out.split("Similar published responses:")[0]
    second = out.index("\n2. ")
    assert re.search(r"\d+ of \d+ police answers about informants", out[:second])
    assert not re.search(r"answers about informants", out[second:])


def test_the_chatbot_panel_shows_each_parts_own_evidence():
    from askfoi.conversation import Insight
    from askfoi.models import Regime
    from askfoi.tui.side import InsightPane

    result = get_matcher().match(TWO_PARTS, "Kent Police")
    shown = InsightPane._forecast_text(Insight(regime=Regime.FOIA, forecast=result.forecast, similar=result.similar,
                                               matching_ready=True))
    first, second = shown.index("Part 1:"), shown.index("Part 2:")
    counted = _counted_sentence(result.forecast.parts[0].evidence)
    assert counted and f"Past answers: {counted}" in shown[first:second]
    assert "answers about informants" not in shown[second:shown.index("What past answers show")]
    # the warned part's counted answers lead the request's evidence
    assert shown.index(counted, shown.index("What past answers show")) > 0


# --- subject support: a police statistics request's breakdown words name no subject --------------------------------


def _support(m, part: str, past_title: str):
    from types import SimpleNamespace

    from askfoi.matching import SUBJECT_SUPPORT_SCORE

    query = m._query(part, "Kent Police", [])
    past = SimpleNamespace(ncnd=True, targeted=False, score=SUBJECT_SUPPORT_SCORE + 1.0, authority="Essex Police",
                           tterms=set(m.vocab.terms(past_title)), bterms=set())
    return m._subject_support(query, [past])


def test_arrests_by_ethnicity_and_gender_tie_no_part_to_a_past_ncnd_answer():
    """Every crime-statistics request asks for arrests by ethnicity, gender or nationality: a past NCND answer sharing
    only those words says nothing of this part's subject (fc20's subject-support gate)."""
    m = get_matcher()
    assert _support(m, "How many people were arrested in 2022, by ethnicity and gender?",
                    "Arrests by ethnicity, gender and nationality") is None
    # a word of the subject still ties them
    assert _support(m, "How many protesters were arrested in 2022, by ethnicity?",
                    "Protesters arrested at the climate camp") is not None


# --- a story's sentence about one person is read only by a question pointing back at it, one question too --------


@pytest.mark.parametrize("text", [
    "My neighbour was arrested last year. Can you tell me how many burglaries were reported in Liverpool in 2023?",
    "My neighbour was arrested last year. How many burglaries in 2023?",
])
def test_one_question_after_a_story_about_one_person_is_not_about_that_person(text):
    """fc20 read a story's sentence about one person only with the parts pointing back at it, but a text asking one
    thing was read whole, so the neighbour's arrest made a burglary count a named-person question."""
    from askfoi.forecast_parts import forecast_parts

    parts = forecast_parts(text)
    assert len(parts) == 1 and "named_person" not in topics_in(parts[0].context)
    f = get_matcher().match(text, "Merseyside Police").forecast
    assert not any("named person" in e for p in f.parts for e in p.evidence)


def test_one_question_pointing_back_at_the_person_is_still_about_them():
    from askfoi.forecast_parts import forecast_parts

    parts = forecast_parts("My brother was arrested in Leeds last year. Was he charged with any offence?")
    assert "named_person" in topics_in(parts[0].context)


# --- reading why: the words by which a text touches each topic ----------------------------------------------------


def test_topic_words_say_which_words_touched_each_topic():
    from askfoi.ncnd_topics import topic_words

    found = topic_words("Does the force use drones or IMSI catchers?")
    assert list(found) == topics_in("Does the force use drones or IMSI catchers?")
    assert found["surveillance_technology"].lower() == "drones" and "imsi" in found["imsi_catchers"].lower()
    # the words left out before the patterns are looked for are never reported (others' use of drones)
    assert "surveillance_technology" not in topic_words("How many drones were reported stolen in 2023?")
    assert topic_words("How many potholes were filled in 2023?") == {}
