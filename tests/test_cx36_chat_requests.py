"""cx36 (issue 8, items 1-3, 5, 7): real chat messages turned into requests that get answered.

A parent asking for the record of their young child's accident is making a subject access request on the child's
behalf, to the body that holds it (the one that will not hand it over); a council named by its tier is asked back
with an example of that tier, and a service another tier holds names that tier. Short texts written for these
tests, in the forms people write on forums.
"""
import pytest

from askfoi.framing import frame_message
from askfoi.whose_records import read_whose


@pytest.mark.parametrize("text", [
    "DD has an accident at nursery last week. Her hand got trapped in a door. The council has no plans to share the "
    "investigation report with us.",
    "my son had an accident at school on friday and they wont give me the accident report",
    "DS (6) fell off the climbing frame and the school wont show me the accident book entry",
    "My daughter is 5 and her arm was broken in the playground. I want the incident report.",
])
def test_a_young_childs_accident_record_is_theirs(text):
    whose = read_whose(text)
    assert whose.subject == "child"
    framing = frame_message(text)
    assert framing.route == "sar"
    assert framing.parts and all("[CHILD'S NAME]" in p.text for p in framing.parts)


def test_the_accident_report_is_asked_for_by_name_not_the_refusal_told_after_it():
    text = ("DD has an accident at pre-school. Her finger got crushed in a gate. The local authority has no plans to "
            "share the investigation report with us, saying that we're a 'third party'.")
    framing = frame_message(text)
    assert [p.text for p in framing.parts] == ["The investigation report about [CHILD'S NAME]."]


def test_the_body_that_refuses_to_share_the_record_is_asked():
    text = ("DD has an accident at pre-school. The school brought the local authority in. The local authority has no "
            "plans to share the investigation report with us.")
    framing = frame_message(text)
    assert framing.body_kind == "council"
    assert "the local authority" in framing.body_question.lower()


@pytest.mark.parametrize("text", [
    "the council wont give me the report on the accident at the junction",
    "The council has no plans to build the road.",
])
def test_no_child_no_event_no_child_sar(text):
    assert read_whose(text).subject != "child"


@pytest.mark.parametrize("typed,example", [
    ("our parish council", "Parish Council"),
    ("the town council", "Parish Council"),
    ("the district council", "District Council"),
    ("The county council", "County Council"),
])
def test_the_question_back_gives_an_example_of_the_councils_own_tier(typed, example):
    framing = frame_message(f"{typed.capitalize()} has put up its spending. I want to see the budget for 2024/25.")
    assert example in framing.body_question
    assert "Leeds City Council" not in framing.body_question


def test_a_service_of_another_tier_asks_for_the_council_that_holds_it():
    framing = frame_message("The lane into our village is awful. I told the parish council and they said it's not "
                            "them. How many potholes on the lane were reported last year?")
    assert "county council" in framing.body_question.lower()
    assert "Kent County Council" in framing.body_question


def test_a_service_only_told_of_in_the_story_names_no_other_tier():
    framing = frame_message("Our parish council keeps discussing the tree in private. The press and public were "
                            "excluded from the meeting. The exclusions included discussions about contractors.")
    assert "county council" not in (framing.body_question or "").lower()


def test_a_parish_service_stays_with_the_parish():
    from askfoi.council_tiers import typed_tier

    tier = typed_tier("our parish council", "how many people are on the allotment waiting list?")
    assert tier is not None and tier.holder is None and "Parish Council" in tier.example


def test_a_council_with_no_tier_keeps_the_general_example():
    from askfoi.council_tiers import typed_tier

    assert typed_tier("the council", "potholes") is None


@pytest.mark.parametrize("typed,meant", [
    ("How do I find out how much it cost?", "I want to know how much it cost."),
    ("does anyone know how I can find out what the police spent on the new drones?",
     "I want to know what the police spent on the new drones."),
    ("and how can i find out how much they paid and who got the contract?",
     "I want to know how much they paid and who got the contract."),
    ("Is there a way to find out if the trees were protected?", "I want to know whether the trees were protected."),
    ("How can I get the minutes of the meeting?", "I want to see the minutes of the meeting."),
])
def test_a_forum_question_about_finding_out_asks_its_object(typed, meant):
    from askfoi.discourse_marks import found_out_asks

    assert found_out_asks(typed) == meant


@pytest.mark.parametrize("typed", ["How do I complain?", "how can i find out more?", "Can I appeal?",
                                   "Is it legal for them to do that?", "What can I do?"])
def test_an_advice_question_is_left_as_typed(typed):
    from askfoi.discourse_marks import found_out_asks

    assert found_out_asks(typed) == typed


def test_how_do_i_find_out_is_framed_and_not_called_advice():
    framing = frame_message("the council closed the public toilets in the park. is that legal? how can i find out how "
                            "many people used them")
    assert any(p.kind == "count" and "public toilets" in p.text for p in framing.parts)
    assert not any(f.code == "not-recorded-information" and "find out" in f.message for f in framing.findings)


def test_who_decided_beside_a_spend_is_the_decision_record_showing_who_made_it():
    framing = frame_message("How do I find out how much the council spent on the new skate park and who decided it?")
    decided = [p for p in framing.parts if p.kind == "reasons"]
    assert len(decided) == 1 and "skate park" in decided[0].text and "who made that decision" in decided[0].text
    assert not any("who decided it" in q for q in framing.questions)


def test_who_made_the_decision_is_never_a_supplier():
    framing = frame_message("How many people used the public toilets, and who made the decision?")
    assert not any(p.kind == "contracts" for p in framing.parts)


@pytest.mark.parametrize("text,words", [
    ("A road near us has been partially closed while developers build flats. How long will this go on?", "road"),
    ("Two mature trees opposite my house were cut down. I asked the council if they were protected by a TPO.", "trees"),
])
def test_a_story_place_never_named_is_asked_for(text, words):
    framing = frame_message(text)
    asked = [q for q in framing.questions if q.startswith(f"Which {words} do you mean?")]
    assert len(asked) == 1
    assert any(h["question"] == asked[0] for h in framing.held)


def test_a_story_place_named_is_not_asked_for():
    framing = frame_message("Mill Road in Cambridge has been partially closed while developers build flats. "
                            "How long will the closure go on?")
    assert not any(q.startswith("Which road do you mean?") for q in framing.questions)


def test_the_council_asked_later_takes_the_tier_the_story_named():
    framing = frame_message("Our parish council chair read his report at the meeting. The clerk won't provide a copy. "
                            "Must it be available from the council?")
    assert "Parish Council" in (framing.body_question or "")


def test_a_why_told_in_the_story_is_not_called_left_out_when_the_story_records_answer_it():
    text = ("DS has been excluded twice. He asked why his parents were not in the meeting like last time but was "
            "advised that the council had changed their procedures and that parents did not have to attend hmm. "
            "Is this likely?")
    framing = frame_message(text)
    assert any(p.kind == "policy" and "reintegration" in p.text for p in framing.parts)
    assert not any(f.code == "not-recorded-information" for f in framing.findings)


def test_the_public_excluded_from_a_meeting_is_no_pupils_exclusion():
    framing = frame_message("Our parish council keeps discussing the tree in private. The press and public were "
                            "excluded from the meeting. The exclusions included discussions about contractors.")
    assert not any("reintegration" in p.text for p in framing.parts)


@pytest.mark.parametrize("typed,meant", [
    ("Am I able to see a copy of the minutes of that meeting?", "I want to see a copy of the minutes of that meeting."),
    ("Is it possible to get the minutes of the last meeting?", "I want to see the minutes of the last meeting."),
])
def test_may_i_see_a_record_asks_for_the_record(typed, meant):
    from askfoi.discourse_marks import found_out_asks

    assert found_out_asks(typed) == meant


@pytest.mark.parametrize("typed", ["Can I appeal?", "can i get the council to fix it?", "Am I allowed to film the meeting?"])
def test_may_i_with_no_record_stays_advice(typed):
    from askfoi.discourse_marks import found_out_asks

    assert found_out_asks(typed) == typed


def test_may_i_see_the_minutes_is_framed_as_the_minutes():
    framing = frame_message("I had a meeting with the school governors. Am I able to see a copy of the minutes of that "
                            "meeting?")
    assert any("minutes of the meeting with the school governors" in p.text for p in framing.parts)
    assert not any(f.code == "not-recorded-information" for f in framing.findings)
