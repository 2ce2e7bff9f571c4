"""fc26: NCND warned where police really answer NCND. ANPR, CCTV and body-worn video are cameras in public view whose
numbers, locations, policies and retention are answered (or refused with a harm test), so they are counted apart from
drones, IMSI catchers and covert tools, and a topic a kind of body answers openly even when asked about covert use is
no reason to warn. How data is kept and shared is a question about its handling, not covert use. All requests here are
invented."""

import pytest

from askfoi.checks import check_request
from askfoi.matching import get_matcher
from askfoi.ncnd_topics import answered_openly, asks_covert, evidence_for, load_topics, topics_in


def _warned(text, authority="Cambridgeshire Constabulary"):
    return get_matcher().match(text, authority).forecast.ncnd_likely


def _check(text, authority="Cambridgeshire Constabulary"):
    return [f for f in check_request(text, authority).findings if "ncnd" in f.code]


@pytest.mark.parametrize("text", [
    "what is the retention period for ANPR data and do you share it with anyone",
    "How long are automatic number plate recognition records kept, and who are they shared with?",
    "i was caught on anpr last month. how many anpr cameras are there in the county and where are they",
    "hi, my car got flagged. how long do u keep bodycam footage for and who can see it",
    "How many CCTV cameras does the force monitor in Peterborough city centre?",
    "Where are the fixed speed cameras and how many drivers did each catch in 2024?",
])
def test_overt_cameras_are_not_warned(text):
    assert topics_in(text) and set(topics_in(text)) <= {"overt_cameras"}
    assert not _warned(text)
    assert not _check(text)


def test_covert_tools_are_still_warned():
    assert _warned("Does the force use IMSI catchers?")
    assert _warned("does the constabulary use informants to watch protest groups")
    assert _check("Does the force use IMSI catchers to track phones at protests?")


def test_overt_cameras_are_counted_apart_and_answered_openly_by_police():
    topics = load_topics()[0]
    assert "anpr" in topics["overt_cameras"].tags and "anpr" not in topics["surveillance_technology"].tags
    assert topics_in("Does the force use drones?") == ["surveillance_technology"]
    assert answered_openly("overt_cameras", "police")
    assert not answered_openly("imsi_catchers", "police")
    assert not answered_openly("informants", "police")
    assert not answered_openly("no_such_topic", "police")
    # the evidence names the cameras, not "surveillance technology"
    ev = evidence_for("what is the retention period for ANPR data", "police")
    assert [e.topic for e in ev] == ["overt_cameras"] and "ANPR" in ev[0].sentence()


def test_answered_openly_reads_the_counts_given():
    counted = {"overt_cameras": {"counted": {"police": [5, 12], "all": [5, 20]}, "counted_overt": {}}}
    assert not answered_openly("overt_cameras", "police", counted)
    counted = {"overt_cameras": {"counted": {"police": [0, 4], "all": [0, 12]}, "counted_overt": {}}}
    assert answered_openly("overt_cameras", "police", counted)  # too few police answers: all bodies'


@pytest.mark.parametrize("text", [
    "What is the retention period for drone footage?",
    "do you share the data with the home office",
    "Is there an information sharing agreement with the council?",
    "how long is the footage kept for before it is deleted",
])
def test_keeping_and_sharing_data_is_asked_about_handling(text):
    assert not asks_covert(load_topics()[0]["surveillance_technology"], text)


def test_covert_scope_still_outweighs_handling_words():
    topic = load_topics()[0]["surveillance_technology"]
    assert asks_covert(topic, "How long is drone footage kept for, including covert use?")
    assert asks_covert(topic, "Does the force use drones to follow people?")


@pytest.mark.parametrize("count,other", [
    ("How many ANPR cameras does the force have?", "Does the force use any other types of camera?"),
    ("how many body worn cameras do officers have,", "and do you use any other recording devices"),
    ("how many speed cameras are there.", "are there other cameras you use to monitor traffic that arent marked"),
    ("How many drones does Essex Police own?", "What other kinds of surveillance equipment does it use?"),
])
def test_whether_other_cameras_or_tactics_exist_beside_an_overt_count_is_warned(count, other):
    parts = get_matcher().match(f"{count} {other}", "Essex Police").forecast.parts
    assert len(parts) == 2 and not parts[0].ncnd_likely and parts[1].ncnd_likely
    assert "covert_surveillance" in topics_in(other)
    assert "covert_surveillance" not in topics_in(count)


@pytest.mark.parametrize("text", [
    "are there any cameras on my street",
    "Please send the CCTV footage of the other car",
    "How many other staff work in the CCTV control room?",
])
def test_cameras_without_other_kinds_asked_about_are_not_covert(text):
    assert "covert_surveillance" not in topics_in(text)


@pytest.mark.parametrize("text", [
    "Has John Smith, the housing officer, been disciplined or investigated?",
    "was the planning officer who dealt with my application disciplined",
    "Was the nurse who looked after my dad on ward 12 ever suspended?",
    "what complaints has the council received about the man at 22 elm grove",
    "has anyone complained about the family at number 7",
    "Please send me the whistleblowing report that sarah jones made about ward 5",
    "the protected disclosure made by the finance manager last year",
])
def test_one_identifiable_person_is_a_named_person(text):
    assert "named_person" in topics_in(text)


@pytest.mark.parametrize("text", [
    "How many staff were disciplined in 2024?",
    "how many whistleblowing reports were made by staff in 2024",
    "How many people at 3 addresses were rehoused?",
    "the number of officers who dealt with complaints in 2023",
    "Leeds City, the council area, and its budget",
])
def test_counts_and_places_are_not_a_named_person(text):
    assert "named_person" not in topics_in(text)


@pytest.mark.parametrize("authority,text", [
    ("Leeds City Council", "what complaints has the council received about the man at 22 elm grove"),
    ("Leeds City Council", "was the planning officer who dealt with my application disciplined"),
    ("Leeds Teaching Hospitals NHS Trust", "please send me the whistleblowing report that sarah jones made about ward 5"),
    ("West Yorkshire Police", "has the family at number 7 been reported to the police for drugs"),
])
def test_named_people_are_warned_for_councils_trusts_and_police(authority, text):
    assert _warned(text, authority)


def test_counts_about_staff_are_not_warned():
    assert not _warned("How many staff were disciplined in 2024?", "Leeds City Council")
    assert not _warned("how many whistleblowing reports were made by staff in 2024", "Leeds City Council")


def test_topics_about_one_person_or_case_are_never_answered_openly():
    counted = {"named_person": {"counted": {"council": [0, 90], "all": [0, 90]}, "counted_overt": {}}}
    assert not answered_openly("named_person", "council", counted)
    counted = {"ongoing_investigation": {"counted": {"council": [0, 90], "all": [0, 90]}, "counted_overt": {}}}
    assert not answered_openly("ongoing_investigation", "council", counted)


@pytest.mark.parametrize("text,subject", [
    # ck31 (nu33 #2): whether a force uses facial recognition at all is answered (overt deployments are published):
    # only covert use is warned, so the covert word is asked here
    ("do the police use covert facial recognition and do they share the footage with anyone", "facial recognition"),
    ("Does the force use covert facial recognition or do you only use CCTV", "facial recognition"),
    ("does the force use IMSI catchers and how does it decide when to", "IMSI catchers"),
    ("Does the force use predictive policing and algorithms at protests?", "predictive policing and algorithms at protests"),
])
def test_the_suggested_rescope_names_the_subject_not_the_next_clause(text, subject):
    found = _check(text, "Essex Police")
    assert found
    said = found[0].suggestion
    assert f"use of {subject} " in said or f"use of {subject} to" in said
    assert "share the footage" not in said and "only use CCTV" not in said and "how does it decide" not in said


def test_an_ncnd_review_cites_only_answers_on_the_topic_that_draws_ncnd():
    from askfoi.models import Outcome
    from askfoi.reply_explain import OtherAnswer, answered_differently
    from askfoi.reader import read_reply

    reading = read_reply("Your request: does the force use imsi catchers or cctv to watch the protest camp. Response: we "
                         "can neither confirm nor deny that we hold any information, sections 23(5), 24(2) and 31(3).")
    others = [OtherAnswer(authority=a, title=t, outcome=Outcome.disclosed, ncnd=False, url=f"https://example.org/{a}",
                          authority_type="police")
              for a, t in (("Kent Police", "CCTV camera policy"), ("Gwent Police", "IMSI catcher purchases"))]
    cited = answered_differently(reading, others, "Essex Police",
                                 query="does the force use imsi catchers or cctv to watch the protest camp")
    assert [o.authority for o in cited] == ["Gwent Police"]
