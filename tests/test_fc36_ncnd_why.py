"""fc36 (issue 9): a part warned of "neither confirm nor deny" says why in plain words and what to ask instead; the
everyday words for covert capabilities reach their NCND topics; office holders asked about personally are named
people; and the real-request measure never forecasts a request from its own answer or a copy of it."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from askfoi.ncnd_topics import load_topics, topics_in
from askfoi.office_holders import office_sentences, without_office_holders

REPO = Path(__file__).resolve().parent.parent


# --- the data: every topic says why and what to ask instead ------------------------------------------------------


def test_every_ncnd_topic_says_why_and_what_to_ask_instead():
    topics, problems = load_topics()
    assert not problems
    for name, topic in topics.items():
        assert topic.why.endswith(".") and len(topic.why.split()) >= 8, name
        assert topic.ask_instead and len(topic.ask_instead.split()) >= 4, name
        assert "NCND" not in topic.why  # plain words, not the jargon the warning explains


def test_the_covert_topics_reasons_are_about_what_confirming_would_reveal():
    topics = load_topics()[0]
    # domain.md: confirming or denying covert tactics would itself reveal something about policing capability
    # fm101: a topic's words name the body asked by its kind ("{body}", knowledge/vocab/body_words.yaml): read as said
    # to a police force, they are the words this test was written for
    from askfoi.ncnd_topics import for_body

    for name in ("facial_recognition", "surveillance_technology", "imsi_catchers"):
        why = for_body(topics[name].why, "police")
        assert "reveal" in why and "capabilit" in why + topics[name].label or "what the police can do" in why, name
    assert "overt" in topics["facial_recognition"].ask_instead
    assert "40(5B)" in topics["named_person"].why and "subject access request" in topics["named_person"].ask_instead
    assert "absolute" in topics["security_bodies"].why  # s23 is an absolute exemption


# --- everyday words -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, topic", [
    ("Has the police tapped my phone?", "communications_data"),
    ("is my phone being tapped", "communications_data"),
    ("are the police listening in to my calls", "communications_data"),
    ("are they reading my messages", "communications_data"),
    ("did officers go through my text messages", "communications_data"),
    ("is the force tracking my car", "surveillance_technology"),
    ("can the police track the location of my phone", "surveillance_technology"),
    ("did the police bug my house", "covert_surveillance"),
    ("what hacking tools does the force use", "surveillance_technology"),
    ("did the police hack into my laptop", "surveillance_technology"),
    ("do the police monitor facebook", "surveillance_technology"),
    ("are police watching my social media", "surveillance_technology"),
])
def test_everyday_words_for_covert_capabilities_reach_their_topic(text, topic):
    assert topic in topics_in(text)


@pytest.mark.parametrize("text", [
    "how many emails did the council read",  # the body's own post
    "Does the council use vehicle tracking on its bin lorries?",  # its own fleet
    "the number of cases where GPS tracking was used as a form of stalking",  # used by offenders
    "How many calls to 101 were answered in 2023?",
    "Do you record calls to the contact centre?",
])
def test_everyday_words_used_in_other_senses_touch_no_covert_topic(text):
    assert not {"communications_data", "surveillance_technology", "covert_surveillance"} & set(topics_in(text))


def test_the_polices_own_hacking_is_no_cyber_attack_on_the_body():
    assert "cyber_security" not in topics_in("what hacking tools does the force use")
    assert "cyber_security" in topics_in("How many cyber attacks on the council were there in 2023?")


# --- office holders -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "How many complaints have been made against the chief constable in 2023?",
    "Has the Chief Constable been investigated for misconduct?",
    "Are the police investigating our MP over his election expenses?",
    "Is the force investigating Kevin Foster MP?",
    "Which MPs are you investigating?",
    "Has the Police and Crime Commissioner been the subject of any complaint?",
    "Has councillor Jones been suspended?",
])
def test_an_office_holder_asked_about_personally_is_a_named_person(text):
    assert "named_person_case" in topics_in(text) and "named_person" in topics_in(text)


@pytest.mark.parametrize("text", [
    "How much did the chief constable spend on hotels in 2023?",
    "What expenses did Councillor Smith claim in 2023?",  # before: named_person from "Councillor Smith"
    "a copy of the log of Commander Broadhurst from 6 April 2008",
    "How many complaints against councillors were upheld in 2023?",  # a class of people, counted
    "complaints handled by the chief constable in 2023",  # the office acting on complaints
    "Decision 003/2008: Mr K and the Chief Constable of Strathclyde Police",  # the body's own name
])
def test_an_office_holder_in_their_public_role_is_no_named_person(text):
    assert not {"named_person_case"} & set(topics_in(text))
    if "Mr K" not in text:
        assert "named_person" not in topics_in(text)


def test_office_sentences_are_judged_one_by_one():
    text = "What did the mayor spend on taxis in 2023? Has the mayor been investigated for fraud?"
    assert [personal for _, personal in office_sentences(text)] == [False, True]
    assert "mayor" not in without_office_holders(text).split("?")[0]
    assert "mayor" in without_office_holders(text).split("?")[1]


# --- the forecast says why and what to ask instead ----------------------------------------------------------------


@pytest.fixture(scope="module")
def matcher():
    from askfoi.matching import get_matcher

    return get_matcher()


def test_a_part_warned_of_ncnd_says_why_and_what_to_ask_instead(matcher):
    result = matcher.match("Has the police tapped my phone?", "Essex Police")
    f = result.forecast
    assert f.ncnd_likely
    # fm101: the topic's words as said to a police force (the body asked, named by its kind: "{body}" -> "the force")
    from askfoi.ncnd_topics import for_body

    raw = load_topics()[0]["communications_data"]
    topic = raw.model_copy(update={"why": for_body(raw.why, "police"), "ask_instead": for_body(raw.ask_instead, "police")})
    assert [p.why for p in f.parts] == [topic.why] and [p.ask_instead for p in f.parts] == [topic.ask_instead]
    assert f.why == topic.why and f.ask_instead == topic.ask_instead
    assert "Why: " + topic.why in f.summary and topic.ask_instead in f.summary
    data = result.model_dump(mode="json")["forecast"]
    assert data["parts"][0]["why"] == topic.why and data["parts"][0]["ask_instead"] == topic.ask_instead


def test_only_the_warned_part_is_explained(matcher):
    f = matcher.match("1. How many complaints were made against the chief constable in 2023? "
                      "2. How much did the force spend on overtime in 2023?", "Kent Police").forecast
    warned = [p for p in f.parts if p.ncnd_likely]
    assert warned and all(p.why and p.ask_instead for p in warned)
    assert all(p.why is None and p.ask_instead is None for p in f.parts if not p.ncnd_likely)


def test_askfoi_match_prints_why_and_what_to_ask_instead_under_the_warned_part(matcher):
    from askfoi.commands.match import format_plain

    result = matcher.match("1. Does the force use hacking tools to get into phones? "
                           "2. How much did the force spend on fuel in 2023?", "Essex Police")
    text = format_plain(result)
    assert "    Why: " in text and "    Ask instead for: " in text
    assert max(len(line) for line in text.splitlines()) <= 80


# --- the chatbot's panel ------------------------------------------------------------------------------------------


async def test_the_forecast_panel_shows_why_and_what_to_ask_instead(tmp_path):
    from textual.widgets import Static

    from askfoi.conversation import Insight
    from askfoi.matching import Forecast, OutcomeProbability, PartForecast
    from askfoi.models import Outcome, Regime
    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.side import InsightPane
    from tests._pilot import settle

    def part(text, ncnd, why=None, ask=None):
        return PartForecast(text=text, outcomes=[OutcomeProbability(outcome=Outcome.ncnd if ncnd else Outcome.disclosed,
                                                                    probability=0.6)],
                            ncnd_likely=ncnd, evidence=[], confidence="medium", why=why, ask_instead=ask)

    why = "Saying so would reveal [bold]what[/] the police can do."  # markup stays text
    parts = [part("Do you tap phones?", True, why, "yearly totals"), part("Fuel spend", False)]
    forecast = Forecast(outcomes=parts[0].outcomes, ncnd_likely=True, sections=[], confidence="medium", summary="s",
                        parts=parts, why=why, ask_instead="yearly totals")
    from askfoi.matching import SimilarResponse

    similar = [SimilarResponse(id="x-1", authority="Essex Police", title="Phone taps", outcome=Outcome.ncnd, ncnd=True,
                               sections=["23(5)"], score=1.0, url="https://example.org/1", date="2020")]
    app = AskFOIApp(today=lambda: date(2026, 1, 5), save_folder=tmp_path)
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)  # the start-up turn paints the panel too: it must not land after the insight shown here
        pane = app.query_one(InsightPane)
        pane.show(Insight(regime=Regime.FOIA, forecast=forecast, similar=similar, matching_ready=True))
        await pilot.pause()
        shown = str(app.query_one("#forecast", Static).render())
        assert "Why: Saying so would reveal [bold]what[/] the police can do." in shown
        assert "Ask instead for: yearly totals" in shown
        assert shown.count("Why:") == 1  # the part not warned says nothing
        one = forecast.model_copy(update={"parts": [parts[0]]})
        pane.show(Insight(regime=Regime.FOIA, forecast=one, similar=similar, matching_ready=True))
        await pilot.pause()
        shown = str(app.query_one("#forecast", Static).render())
        assert "Why: Saying so would reveal" in shown and "Ask instead for: yearly totals" in shown


# --- the real-request measure leaves out a text's own answer and its copies ---------------------------------------


def _eval_real():
    sys.path.insert(0, str(REPO / "bench"))
    import eval_real_requests

    return eval_real_requests


def _resp(id_, authority, title, url, reference=None, date_="2020-05-01"):
    return SimpleNamespace(id=id_, authority=authority, title=title, source_url=url, reference=reference, date=date_)


class _FakeMatcher:
    def __init__(self, responses):
        self.responses = responses
        self.vocab = SimpleNamespace(terms=lambda t: [w for w in t.lower().replace("(", " ").replace(")", " ").split()
                                                      if len(w) > 2])

    def ids_at(self, urls):
        from askfoi.importers import normalise_url

        return {u: [r.id for r in self.responses if normalise_url(r.source_url) == normalise_url(u)] for u in urls}


def test_own_records_are_the_address_the_reference_and_near_identical_titles_at_the_host():
    e = _eval_real()
    pack = [
        _resp("a", "Metropolitan Police Service", "Use of drones by the MPS", "https://www.whatdotheyknow.com/request/use_of_drones_by_the_mps"),
        _resp("b", "Metropolitan Police Service", "Use of drones by the MPS",
              "https://www.whatdotheyknow.com/request/use_of_drones_by_the_mps?utm_source=whatdotheyknow"),  # a copy
        _resp("c", "Essex Police", "Use of drones by Essex Police", "https://www.whatdotheyknow.com/request/use_of_drones_essex"),  # round robin
        _resp("d", "Metropolitan Police Service", "Use of drones by the MPS",
              "https://www.whatdotheyknow.com/request/use_of_drones_by_the_mps_2", date_="2024-01-01"),  # asked again later
        _resp("e", "West Midlands Police", "Misconduct (615/20)", "https://foi.west-midlands.police.uk/?p=123", reference="615/20"),
        _resp("f", "West Midlands Police", "Misconduct (527A/20)", "https://foi.west-midlands.police.uk/misconduct-527a-20/",
              reference="527A/20"),
    ]
    records = [
        {"url": "https://www.whatdotheyknow.com/request/use_of_drones_by_the_mps", "authority": "Metropolitan Police Service",
         "date": "2020-04-01", "text": "Does the MPS use drones?"},
        {"url": "https://foi.west-midlands.police.uk/misconduct-615-20/", "authority": "West Midlands Police",
         "date": "2020-06-01", "text": "Disciplinary cases in 2019"},
    ]
    own = e.own_records(records, _FakeMatcher(pack), pack)
    assert own == [["a", "b"], ["e"]]


def test_keep_own_leaves_the_records_in():
    e = _eval_real()
    pack = [_resp("a", "Essex Police", "Drones", "https://example.org/drones-1234")]

    class M(_FakeMatcher):
        def match(self, text, authority, exclude=()):
            self.seen = list(exclude)
            from askfoi.matching import Forecast

            return SimpleNamespace(forecast=Forecast(outcomes=[], ncnd_likely=False, sections=[], confidence="none",
                                                     summary="", parts=[]))

    m = M(pack)
    records = [{"url": "https://example.org/drones-1234", "authority": "Essex Police", "text": "drones"}]
    assert e.forecast_all(records, m, pack)[0]["excluded"] == 1 and m.seen == ["a"]
    e.EXCLUDE_OWN = False
    try:
        assert e.forecast_all(records, m, pack)[0]["excluded"] == 0 and m.seen == []
    finally:
        e.EXCLUDE_OWN = True


# --- what the warning says to ask is not itself warned ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "How much did the force pay to covert human intelligence sources in each financial year from 2019/20 to 2023/24?",
    "What was the total amount paid to informants by the force in 2023?",
])
def test_a_yearly_total_paid_to_informants_is_not_warned(matcher, text):
    # the informants topic's ask_instead; police answers to such overt questions were hardly ever NCND (the pack's count)
    assert not matcher.match(text, "Kent Police").forecast.ncnd_likely
    assert "covert_surveillance" not in topics_in(text)


@pytest.mark.parametrize("text", [
    "How many informants are registered with the force who were recruited while in prison?",
    "Does the force use informants to spy on climate protest groups?",
])
def test_other_questions_about_informants_are_still_warned(matcher, text):
    f = matcher.match(text, "Kent Police").forecast
    from askfoi.ncnd_topics import for_body  # fm101: the topic's words as said to a police force

    assert f.ncnd_likely and f.parts[0].why == for_body(load_topics()[0]["informants"].why, "police")
