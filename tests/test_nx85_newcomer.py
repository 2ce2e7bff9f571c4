"""nx85 (session 57): nc82's open request-side faults (issue 8), in my own words.

#13: a question or the writer's first person kept in a letter ("What do you pay agencies per hour?", "why you keep
cutting our shifts"): a part is a request for records, never the person's question put to the officer. nx82's open:
the one-key rewrite for the commercial-sensitivity (s43) finding on a rate."""

import pytest

from askfoi.framing import frame_message


def _parts(text):
    return [p.text for p in frame_message(text).parts]


# --- a rate of pay asked as a question is the rate paid ----------------------------------------------------------
@pytest.mark.parametrize("text, part", [
    ("what do you pay agencies per hour?", "The rate per hour paid to agencies."),
    ("how much does the council pay the agency per hour for social workers",
     "The rate per hour paid to the agency for social workers."),
    ("how much are agency nurses paid a day by leeds teaching hospitals", "The rate per day paid for agency nurses."),
    ("what does derby city council pay care homes per week for residents with dementia",
     "The rate per week paid to care homes for residents with dementia."),
    ("how much do locum doctors get paid per shift at the royal free", "The rate per shift paid for locum doctors."),
])
def test_a_rate_of_pay_asked_is_the_rate_paid(text, part):
    assert _parts(text) == [part]


def test_guard_a_rate_paid_to_them_names_no_one():  # guard: passes on main too (kept, and asked back)
    framing = frame_message("what do you pay them per hour")
    assert framing.parts[0].kept_words
    assert any(f.code == "story-reference" for f in framing.findings)


# --- the s43 finding on a rate offers the totals for one key --------------------------------------------------------
def test_the_commercial_finding_on_a_rate_rewrites_it_as_totals():
    framing = frame_message("how much did leeds teaching hospitals spend on agency staff last year, "
                            "and how much do you pay the agencies per hour?")
    found = [f for f in framing.findings if f.code == "commercial-sensitivity"]
    assert found and found[0].rewrite
    lines = found[0].rewrite.splitlines()
    assert lines[0].startswith("1. The total amount spent on agency staff")
    assert lines[1] == "2. The total amount paid to the agencies, and the number of hours paid for."


# --- why the body keeps doing something: the reasons for its decisions ---------------------------------------------
@pytest.mark.parametrize("text, said", [
    ("why does sheffield city council keep shutting the public toilets on crookes road",
     "the reasons for the decisions to shut the public toilets on Crookes Road"),
    ("why are they closing the swimming pool in hexham", "the reasons for the decision to close the swimming pool in Hexham"),
    ("why is bristol city council selling the old fire station", "the reasons for the decision to sell the old fire station"),
])
def test_why_the_body_keeps_doing_it_asks_for_the_reasons_for_its_decisions(text, said):
    parts = _parts(text)
    assert len(parts) == 1 and said in parts[0]
    assert " you keep" not in parts[0] and " they keep" not in parts[0]


def test_guard_why_are_you_doing_this_is_kept_whole():  # guard: passes on main too
    assert '"Why are you doing this?"' in _parts("why are you doing this")[0]


# --- the writer's "our X", as the story names it --------------------------------------------------------------------
def test_our_x_is_said_as_the_story_names_it():
    parts = _parts("i work in a care home run by the council and the council keeps cutting our night shifts. "
                   "why does the council keep cutting our shifts")
    assert parts and "to cut night shifts" in parts[-1] and "our" not in parts[-1].split()


def test_guard_our_x_the_story_names_no_more_fully_is_left():  # guard: passes on main too
    parts = _parts("we use the library every week. why does the council keep closing our libraries on mondays")
    assert "our libraries" in parts[-1]


# --- #14: a body's name in a sentence; the EIR never chosen for a bus lane's cameras ----------------------------------
def _first_replies(*said):
    from datetime import date

    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: date(2026, 12, 6))
    conv.start()
    out = []
    for text in said:
        out.extend(m.text for m in conv.reply(text).messages)
    return "\n".join(out)


def test_a_name_that_needs_the_article_gets_it_in_the_chat():
    said = _first_replies("how many times did the psni use spit hoods on children in 2024")
    assert "address it to the Police Service of Northern Ireland" in said


@pytest.mark.parametrize("name, as_said", [
    ("Police Service of Northern Ireland", "the Police Service of Northern Ireland"),
    ("Department for Transport", "the Department for Transport"),
    ("Home Office", "the Home Office"),
    ("Greater Manchester Police", "Greater Manchester Police"),
    ("University Hospitals of Derby and Burton NHS Foundation Trust",
     "University Hospitals of Derby and Burton NHS Foundation Trust"),
    ("Transport for Greater Manchester", "Transport for Greater Manchester"),
])
def test_a_body_named_mid_sentence(name, as_said):
    from askfoi.templates import said

    assert said(name) == as_said


@pytest.mark.parametrize("text", [
    "how many times did the bus lane cameras on princess street in manchester film cars using the lane in 2024",
    "how many drivers did the bus lane cameras on the a34 in stockport catch in 2024",
])
def test_a_bus_lanes_cameras_and_fines_are_asked_under_the_act(text):
    framing = frame_message(text)
    assert framing.regime == "FOIA"
    assert not any(f.code == "environmental-information" for f in framing.findings)


def test_guard_a_bus_lane_scheme_stays_environmental():  # guard: passes on main too
    framing = frame_message("what consultation did leeds city council do before putting in the bus lane on kirkstall road")
    assert any(f.code == "environmental-information" for f in framing.findings)


# --- #7: two Scottish bodies named, none picked yet: the EISR's words ---------------------------------------------
def test_scottish_bodies_named_before_one_is_picked_are_told_the_eisr():
    said = _first_replies("there is a fish farm planned in loch broom. i want the environmental reports naturescot and "
                          "the highland council have on it and any advice naturescot gave the council")
    assert "Environmental Information Regulations 2004 (EIR)" not in said
    assert "regulation 12(4)" not in said
    assert "Environmental Information (Scotland) Regulations 2004" in said


# --- #5: watching people's social media, in any words, offers the overt records of social media monitoring -----------
@pytest.mark.parametrize("text", [
    "are the psni watching people like us on facebook?",
    "my son got a spit hood put on him by the psni. how many times did they use spit hoods on children in 2024, and are "
    "they monitoring people round here on instagram?",
])
def test_watching_social_media_offers_social_media_monitoring(text):
    framing = frame_message(text)
    warned = [p for p in framing.parts if p.warning]
    assert warned
    offered = [r.text for r in warned[0].replacements]
    assert "Any policy, procedure or guidance on the overt use of social media monitoring." in offered
    assert "The total amount spent on social media monitoring." in offered
    assert not any("people like us" in t or "round here" in t for t in offered)


# --- #5: two things counted in one count -------------------------------------------------------------------------
def test_two_things_used_are_counted_separately():
    parts = _parts("how many times did cleveland police use tasers and batons on kids in 2024")
    assert parts[0].startswith("The number of times")
    assert "children" in parts[0] and "kids" not in parts[0]
    assert "given separately" in parts[0]


def test_guard_one_thing_used_is_one_count():  # guard: passes on main too
    assert "separately" not in _parts("how many times did cleveland police use tasers on children in 2024")[0]
