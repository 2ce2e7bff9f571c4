"""fc24: the NCND warning fires on the sense, not the word. The name of an exemption ("Section 24(2) National
Security") is not a question about national security; drones reported by the public or "drones" meaning office staff
are not the force's own; live facial recognition vans are deployed in public view; a message written to an NHS trust
or a council with no body named is not warned as a police force would answer it; a government department's warning
speaks of departments, not forces. And two topics counted from the pack: a named organisation's enforcement history,
one person's employment case. All requests here are invented."""

import pytest

from askfoi.checks import check_request, kind_in_text
from askfoi.models import AuthorityType
from askfoi.ncnd_topics import asks_covert, evidence_for, load_topics, overt_form_named, topics_in


def _ncnd(text, authority=None):
    return [f for f in check_request(text, authority).findings if "ncnd" in f.code]


@pytest.mark.parametrize("text", [
    "How many requests did the force answer with neither confirm nor deny under Section 24(2) National Security in 2021?",
    "How many requests were refused by virtue of section 23(5) information relating to the security bodies?",
    "How many times did the constabulary rely on the national security exemption last year?",
])
def test_an_exemption_named_is_not_a_question_about_its_subject(text):
    assert not _ncnd(text)


def test_national_security_asked_about_is_still_warned():
    assert _ncnd("Has the force shared intelligence on national security with MI5 about local activists?")


def test_drones_used_by_others_or_meaning_staff_are_not_warned():
    assert not _ncnd("How many calls about drones did the police receive in 2019?")
    assert not _ncnd("How many drone complaints did the police log in 2019?")
    assert not _ncnd("One of the drones from the parking department came round to my house. Who sent them?")
    assert _ncnd("Does the force use drones to watch protesters?")


def test_facial_recognition_vans_are_overt_unless_covert_use_is_asked():
    topic = load_topics()[0]["facial_recognition"]
    assert overt_form_named("How many times were the live facial recognition vans deployed in Croydon in 2024?")
    assert not asks_covert(topic, "Does the force still use its live facial recognition vans?")
    assert asks_covert(topic, "Does the force use facial recognition?")
    assert asks_covert(topic, "Does the force use the facial recognition vans, including any covert deployments?")
    assert not _ncnd("Does the Met still use its live facial recognition vans, and how often were they used in 2024?")


def test_the_kind_of_body_named_in_the_text_when_no_body_is_found():
    assert kind_in_text("Our hospital trust had a ransomware attack. Were patient records taken?") == AuthorityType.nhs
    assert kind_in_text("The local council sent someone round about business rates.") == AuthorityType.council
    assert kind_in_text("Has the police force had a ransomware attack on the council's systems?") == AuthorityType.police
    assert kind_in_text("How many ransomware attacks were there in 2023?") is None


def test_a_trust_or_council_with_no_body_named_is_not_warned_as_a_force():
    assert not _ncnd("The trust was hit by a ransomware attack. Which patient data did the ransomware reach?")
    assert _ncnd("Has the force suffered a ransomware attack in 2023?")


def test_a_government_departments_warning_speaks_of_departments():
    found = _ncnd("Has the department shared information on national security threats with MI5?", "Home Office")
    assert found and "Government departments" in found[0].message and "Forces usually" not in found[0].message


def test_the_new_topics_are_counted_from_the_pack_with_sections():
    topics = load_topics()[0]
    org, job = topics["named_organisation"], topics["employment_case"]
    assert org.counted.get("all") and org.counted["all"][1] >= 1
    assert "30(3)" in org.sections and "31(3)" in org.sections
    assert "FOISA 18" in job.sections and "40(5B)" in job.sections
    assert "named_organisation" in topics_in(
        "Are you aware of any convictions against the company and/or its directors, or any investigation into the firm?")
    assert "named_organisation" in topics_in("Why was the CPN against the Barsetshire Hunt withdrawn?")
    assert "named_organisation" not in topics_in("How many community protection notices were issued in 2023?")
    assert "employment_case" in topics_in(
        "Please send the correspondence about the employment tribunal claim brought by the former chief executive.")
    assert "employment_case" not in topics_in("How much did the council spend on employment tribunals in 2022?")


def test_a_topic_the_pack_rarely_answers_with_ncnd_is_not_likely():
    # the pack's employment tribunal answers withheld the information (s40(2), FOISA s38(1)(b)) rather than NCND
    found = [e for e in evidence_for("Any correspondence about the employment tribunal claim brought by the former "
                                     "chief executive.", "nhs") if e.topic == "employment_case"]
    assert found and not found[0].likely


def test_a_ripa_section_before_a_tactic_is_not_an_exemption_name():
    assert _ncnd("How many authorisations under section 29 covert human intelligence sources did the force grant in 2023?")
