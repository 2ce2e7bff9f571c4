"""fc73 (issue 9.3 / 9.4 / 9.5): bracketed stand-ins for a name, found on fc70's misses (tuning from session 53).

Pages that quote a request write a name they left out as a bracketed stand-in ("[a named company]", "[a named
neurosurgeon]", "[company A]"), and people who copy such pages or keep a name back write the same. The topics read
"[named officer]" and "a named company", but not the bracket before the article or a role outside a short list:

- named_person: a bracketed stand-in for one person, whatever the role, is one identifiable person (NCND under FOISA
  s18 with s38(1)(b), Decision 136/2015); a stand-in for an organisation, a place, a document, a date or a case is none.
- named_person (with its case words): a person named without a title as the one whose citizenship, nationality or
  immigration status is asked is one identifiable person, and that status is a personal matter of theirs (the Home
  Office neither confirms nor denies it: s40(5)); counts and policy name no one.
- named_organisation: complaints about, investigations of or enforcement against a stand-in organisation (the Gambling
  Commission's s31(3) answers about a specific operator; Tayside Police, Decision 107/2008), also with words between
  the complaint and the organisation ("how many complaints has the Commission received about Acme Betting Ltd").

The guards pass on main by design and fail if a change over-reaches: contracts or payments to a named company, a
stand-in date, meeting or branch, an inspection report of a named place (councils publish those), counts of a kind.
Sentences written for the test, not copied from the sets.
"""

import pytest

from askfoi.ncnd_topics import asks_about_case, topic_words

PERSON_STAND_INS = [
    "How many complaints were made against [a named consultant psychiatrist] in 2023?",
    "Has [the named social worker] been suspended, and if so why?",
    "Please tell me whether [a named paramedic] was disciplined after the incident.",
    "Were any allegations about [two named school governors] investigated last year?",
]

ORGANISATION_STAND_INS = [
    "How many complaints has the Commission received about [a named online betting operator]?",
    "Any records of the force having investigated [a named haulage company] since 2015.",
    "Please provide details of any investigation into [company A] and its directors.",
    "How many complaints have you had from residents about [a named care home] this year?",
    "How many complaints has the regulator received about Acme Lending Ltd since 2020?",
]

STATUS_OF_A_NAMED_PERSON = [
    "Can you tell me whether Maria Kowalski holds British citizenship?",
    "Has John Okafor ever been granted indefinite leave to remain, and when?",
    "Please confirm if Ahmed Rahman has applied for naturalisation as a British citizen.",
]

NOT_ABOUT_ONE = [
    "How many people were granted British citizenship in 2023, by nationality?",
    "What is your policy on depriving people of citizenship?",
    "How many contracts did you award to [a named company] last year?",
    "How much did the council pay [company B] for the bridge repairs?",
    "What was discussed at [a specified meeting] of the planning committee?",
    "Please send me the food hygiene inspection report for [a named restaurant].",
    "Please provide the interview notes from the grievance process in [a named branch].",
    "How many complaints did the council receive about noisy neighbours in 2022?",
    "The total amount paid to contractors for road repairs in [a specified year].",
]


@pytest.mark.parametrize("text", PERSON_STAND_INS)
def test_a_bracketed_stand_in_for_a_person_is_a_named_person(text):
    words = topic_words(text)
    assert "named_person" in words
    assert asks_about_case("named_person", text)


@pytest.mark.parametrize("text", ORGANISATION_STAND_INS)
def test_complaints_about_or_investigations_of_a_stand_in_organisation(text):
    assert "named_organisation" in topic_words(text)


@pytest.mark.parametrize("text", STATUS_OF_A_NAMED_PERSON)
def test_a_named_persons_citizenship_is_a_personal_matter(text):
    assert "named_person" in topic_words(text)
    assert asks_about_case("named_person", text)


@pytest.mark.parametrize("text", NOT_ABOUT_ONE)
def test_stand_ins_for_things_places_and_dealings_name_no_one(text):
    words = topic_words(text)
    assert "named_person" not in words and "named_organisation" not in words
