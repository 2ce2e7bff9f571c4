"""fc67 (issue 9.3 / 9.4): the classes fc64's set (tuning from session 51) was missed on. The cases below are written
for this test in the shapes the real ones take, not copied from them:
- a bracketed stand-in for a name ("[name]", "[name redacted]", "[redacted]") is a named person, as people write
  when they keep a name out of what they paste or send; the everyday word for a police officer before a name ("cop
  Dave Hughes"); a name as the subject of a process ("Dave Hughes as the subject of a disciplinary hearing");
- a payment to one of the body's own staff (compensation, a settlement), and such a payment to a named person, is a
  personal matter of that person (s40(5B));
- the unnamed professional who dealt with the writer's own case is an identifiable person;
- the records of a crime the writer reported to the police, committed by others, are a particular investigation
  (s30(3) / FOISA s34);
- chemical, biological and radiological weapons and their hoaxes are national security (s23(5) / 24(2)).
Guards: a bracket naming no person, counts of payments or reports over many people, qualifications asked of a whole
role, and chemical words with no weapon name nobody and no security matter."""

from __future__ import annotations

import pytest

from askfoi.ncnd_topics import asks_about_case, topic_words


# --- a bracketed stand-in for a name, a police officer by the everyday word, a name as the subject of a process ------

@pytest.mark.parametrize("text", [
    "Has the retired officer [name] been the subject of complaints before his trial?",
    "Please send the disciplinary findings about [name redacted], who left the force in 2004.",
    "Was [redacted] suspended while the allegations against him were investigated?",
    "Were there complaints about the cop Dave Hughes before he was charged?",
    "I want everything you hold on Dave Hughes as the subject of a misconduct hearing in 2011.",
])
def test_a_stand_in_for_a_name_or_an_officer_named_by_the_everyday_word_is_a_named_person(text):
    assert "named_person" in topic_words(text)
    assert asks_about_case("named_person", text)


@pytest.mark.parametrize("text", [
    "Please send the newsletter template [name of school] uses for parents.",
    "The minutes of the [named committee] meeting held in March.",
    "How many officers were the subject of a misconduct hearing in 2022?",
    "Please send the policy the cop shop front desk follows when people hand in lost property.",
])
def test_a_bracket_or_a_count_naming_no_person_is_no_named_person(text):
    assert "named_person" not in topic_words(text)


# --- a payment to one person -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Did the council pay any compensation after the leader's remarks about one of its employees, and how much?",
    "What settlement did the trust agree with one of its own doctors after the tribunal?",
])
def test_a_payment_to_one_of_the_bodys_staff_is_a_personal_matter(text):
    assert "named_person" in topic_words(text)
    assert asks_about_case("named_person", text)


def test_a_payment_to_a_named_person_is_a_personal_matter():
    assert asks_about_case("named_person", "How much compensation was paid to Mr Patel when he left the council?")


@pytest.mark.parametrize("text", [
    "How much compensation did the council pay to employees injured at work in each of the last three years?",
    "The total spent on settlements of employment tribunal claims in 2022.",
])
def test_payments_over_many_people_name_nobody(text):
    assert "named_person" not in topic_words(text)


# --- the unnamed professional who dealt with the writer's case -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "What qualifications does the anonymous investigator who handled my complaint hold?",
    "The registrations of the expert who assessed the case against me.",
    "Please list the professional registrations of the unnamed assessor who reviewed the file on the redacted name.",
])
def test_the_professional_who_dealt_with_the_writers_case_is_a_person(text):
    assert "named_person" in topic_words(text)


@pytest.mark.parametrize("text", [
    "What qualifications must your investigators hold?",
    "How many complaints were made anonymously to the professional standards unit in 2023?",
])
def test_qualifications_asked_of_a_whole_role_or_anonymous_complaints_name_no_person(text):
    assert "named_person" not in topic_words(text)


# --- the records of a crime the writer reported ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "All records arising from the letter in which I complained of offences committed by two council officials.",
    "What action have you taken on the crime I reported to the police in May?",
    "Any information on what happened after we reported offences carried out by the site owner.",
])
def test_the_records_of_a_crime_the_writer_reported_are_a_particular_investigation(text):
    assert "ongoing_investigation" in topic_words(text)


@pytest.mark.parametrize("text", [
    "How many reports of crimes committed by council officials did the force receive in 2021?",
    "How many offences committed by children were reported to you last year?",
])
def test_counts_of_reported_crimes_are_no_particular_investigation(text):
    assert "ongoing_investigation" not in topic_words(text)


# --- chemical, biological and radiological weapons ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Does the department hold any assessment of ricin stockpiles held overseas?",
    "How many white powder letters were sent to MPs' offices and investigated by the force?",
    "Any information on chemical weapons held by foreign states that you have shared with allies.",
])
def test_cbrn_weapons_and_hoaxes_are_national_security(text):
    assert "counter_terrorism" in topic_words(text)


@pytest.mark.parametrize("text", [
    "How many staff were trained to clean up chemical spills in 2023?",
    "How much did the council spend on weed killer and other chemical treatments?",
])
def test_chemical_words_with_no_weapon_are_no_security_matter(text):
    assert "counter_terrorism" not in topic_words(text)
