"""cx36 (issue 8, items 1-3, 5, 7): real chat messages turned into requests that get answered.

A parent asking for the record of their young child's accident is making a subject access request on the child's
behalf, to the body that holds it (the one that will not hand it over); a council named by its tier is asked back
with an example of that tier, and a service another tier holds names that tier. Short texts written for these
tests, in the forms people write on forums.
"""
import pytest

from askfoi.council_tiers import typed_tier
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
    framing = frame_message("Potholes on the lane into our village are awful. I told the parish council and they "
                            "said it's not them. How often is the lane inspected?")
    assert "county council" in framing.body_question.lower()
    assert "Kent County Council" in framing.body_question


def test_a_parish_service_stays_with_the_parish():
    tier = typed_tier("our parish council", "how many people are on the allotment waiting list?")
    assert tier is not None and tier.holder is None and "Parish Council" in tier.example


def test_a_council_with_no_tier_keeps_the_general_example():
    assert typed_tier("the council", "potholes") is None
