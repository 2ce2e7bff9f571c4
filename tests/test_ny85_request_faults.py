"""ny85 (nc85, issue 8): the request-side faults a newcomer met.

#1 "us" meaning a group the writer speaks for (protesters, a march) is no request for the writer's own data: the
questions stay FOI; the writer themself named ("my husband ... our phones") still makes it theirs.
#3 a question about the person helped, run on after a figure's question, goes to the subject access letter only.
#4 two questions joined by "and" are two: the body's own policy is never called the child's own records."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.sar_items import foi_asides
from askfoi.whose_records import read_whose

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize("text", [
    "do police scotland use facial recognition at protests? do they film us with drones? and how many officers were "
    "at the march in glasgow in october 2023",
    "we were at the climate demo in leeds. are west yorkshire police filming us? how long do they keep the footage",
    "does the met use drones at rallies, and do they photograph us?",
])
def test_us_meaning_a_group_keeps_the_request_foi(text):
    framed = frame_message(text, today=TODAY)
    assert framed.route != "sar", framed.parts
    assert not any("about me" in p.text.lower() for p in framed.parts)


@pytest.mark.parametrize("text", [
    "are the police watching us? my husband thinks our phones are tapped",  # guard: passes on main too
    "is the council filming us? there is a camera pointed at my house",  # guard
])
def test_us_with_the_writer_themself_is_still_their_own_data(text):
    assert frame_message(text, today=TODAY).route == "sar"


@pytest.mark.parametrize("text,mine", [
    ("my son was excluded from his academy last month. how many kids got excluded by ethnicity, whats the behaviour "
     "policy and what did the head say about my son in emails?", "head say"),
    ("my daughter was suspended in may. how many pupils were suspended last year, what is the uniform policy and what "
     "did her teacher write about her in the report?", "teacher write"),
])
def test_a_question_about_the_child_is_not_set_aside_for_foi(text, mine):
    asides = foi_asides(text)
    assert asides  # the figures stay FOI questions
    assert not any(mine in q.lower() for q in asides), asides


@pytest.mark.parametrize("text,policy", [
    ("my son was excluded last month. how many kids got excluded by ethnicity and send, whats the trusts behaviour "
     "policy and what did the head say about my son in emails?", "behaviour policy"),
    ("my daughter was excluded in march. can i get the schools exclusion policy and what did her teacher write about "
     "her?", "exclusion policy"),
    ("my son was suspended. can i get the anti bullying policy and what did the deputy head say about my son in "
     "emails?", "bullying policy"),
])
def test_the_child_s_records_are_not_joined_to_the_body_s_policy(text, policy):
    whose = read_whose(text)
    assert whose.subject == "child"
    assert policy not in (whose.evidence or "").lower(), whose.evidence


# #2 "i want BODY to tell me ...": the bodies asked, then the words that ask to be told; never "I want to tell me"
@pytest.mark.parametrize("text,start", [
    ("theres sewage going into the river by my farm every time it rains. i want the environment agency and anglian "
     "water to tell me how many times they discharged sewage there, the monitoring data and what fines anglian water "
     "paid", "the number of times"),
    ("i want the environment agency to tell me how many times sewage was discharged into the river wensum, the "
     "monitoring data and what fines were paid", "the number of times"),
    ("i need the council to tell me how many potholes were fixed in 2024", "the number of potholes"),  # guard
    ("I want them to tell us how many fines were issued in 2024", "the number of fines"),  # guard
])
def test_the_bodies_asked_to_tell_are_no_part_of_the_question(text, start):
    parts = [p.text.lower() for p in frame_message(text, today=TODAY).parts]
    assert parts and parts[0].startswith(start), parts
    assert not any("to tell" in p or "tell me" in p for p in parts), parts


def test_asking_a_body_to_tell_others_is_left_alone():  # guard
    parts = [p.text.lower() for p in frame_message("i want the council to tell the residents before they close the "
                                                   "library", today=TODAY).parts]
    assert not any(p.startswith("the residents") for p in parts), parts


def test_the_account_warning_names_no_single_law():
    """nc85 smaller: under the EIR the review said "FOI gives you the records"; the words are true under every law."""
    from askfoi.framing import review_parts

    found = [f for f in review_parts(["Please tell me what the Environment Agency is doing about sewage in the river."],
                                     [], None, authority="Environment Agency") if f.code == "part-asks-account"]
    assert found and "FOI" not in found[0].message, found
