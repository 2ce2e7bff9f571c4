"""nx98 (issue 8): framing classes the lead found by typing messages as people write them (nx97 "Not done"), each
shown on the lead's example and on messages of the same shape in other words, with guards for what must not change.

- "on my road (ash grove)": a road's name in brackets straight after "my road" / "our street" may end in grove,
  gardens, place, row, mews (and the like), not only road/street/lane...; such endings count only in those brackets.
"""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 7)


def _texts(message):
    return [p.text for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize("message, wanted", [
    ("how many potholes have been reported on my road (ash grove) this year", "The number of potholes reported on Ash Grove."),
    ("how many cars were clamped on our road (st johns place) last year", "The number of cars clamped on St Johns Place."),
    ("how many parking tickets were issued on my street (albert mews) last month",
     "The number of parking tickets issued on Albert Mews."),
    ("how many potholes have been reported on our street (church row) this year",
     "The number of potholes reported on Church Row."),
])
def test_a_road_in_brackets_ending_in_grove_place_mews_row(message, wanted):
    framing = frame_message(message, today=TODAY)
    assert [p.text for p in framing.parts] == [wanted]
    assert not framing.questions


def test_bracket_endings_count_only_in_brackets():
    from askfoi.story_places import bracketed_places, place_named

    assert bracketed_places("we live on my road (ash grove) in leeds") == "we live on Ash Grove in leeds"
    assert bracketed_places("our street (cedar gardens) floods") == "Cedar Gardens floods"
    # guards: running text ending in such a word names no road; brackets of no name are left
    assert place_named("that road was the problem in the first place", "road") is None
    assert bracketed_places("my road (what a place) floods") == "my road (what a place) floods"
    # guard: the road words of before still name a road in running text
    assert place_named("i live on mill lane and that road floods", "road") == "Mill Lane"


@pytest.mark.parametrize("message, wanted", [
    ("how many potholes have been reported on ash close this year", "The number of potholes reported on Ash Close."),
    ("how many parking fines were issued on mill walk this month", "The number of parking fines issued on Mill Walk."),
])
def test_a_road_name_ending_in_a_verb_before_this_year(message, wanted):
    assert _texts(message) == [wanted]


@pytest.mark.parametrize("source, subject, clause", [
    ("how many children attend that school this year", "children", "who attend"),
    ("how many patients caught it there this year", "patients", "who caught"),
])
def test_a_pointer_the_verb_takes_is_still_missed(source, subject, clause):
    # guards (lead57): a pointer that is the verb's object, dropped, still leaves the verb with no object
    from askfoi.framing import Frame, part_problems, render_frame

    frame = Frame(kind="count", subject=subject, clause=clause, source=source)
    frame.text = render_frame(frame)
    assert any("without its object" in p for p in part_problems(frame))


def test_a_pointer_that_opens_a_time_is_no_object():
    from askfoi.framing import Frame, part_problems, render_frame

    frame = Frame(kind="count", subject="potholes", clause="reported on Ash Row",
                  source="how many potholes have been reported on ash row this year")
    frame.text = render_frame(frame)
    assert not any("without its object" in p for p in part_problems(frame))


def _body(message):
    framing = frame_message(message, today=TODAY)
    return framing.authority.name if framing.authority else None


@pytest.mark.parametrize("message, force", [
    ("drug operations in leicester", "Leicestershire Police"),
    ("how many drug raids in bradford last year", "West Yorkshire Police"),
    ("how many cannabis farms were found in hull in 2025", "Humberside Police"),
    ("how many warrants executed in leeds", "West Yorkshire Police"),
    ("how many drugs busts were there in swindon", "Wiltshire Police"),
])
def test_police_operations_in_a_town_go_to_the_force(message, force):
    assert _body(message) == force


@pytest.mark.parametrize("message", [
    # guards: operations and raids that are no police work stay away from the force
    "how many hip operations were done in leicester",
    "how many operations were cancelled in leicester last year",
    "how many immigration raids in bradford last year",
])
def test_other_operations_and_raids_are_not_the_police(message):
    assert "Police" not in (_body(message) or "")


@pytest.mark.parametrize("message, wanted", [
    ("what types of drones do they have and what are they used for",
     # nx99: "they" are the drones (nx98), and their purposes are asked as the records that state them
     ["A list of types of drones held.", "Any policy, procedure or guidance that sets out the purposes for which the drones "
      "are used, and any data protection impact assessment (DPIA) carried out for them."]),
    ("what makes of body cameras does the council have", ["A list of makes of body cameras held."]),
    ("what kinds of vehicles does the council have and how old are they",
     ["A list of kinds of vehicles held.", "How old are the vehicles?"]),
])
def test_the_kinds_held_and_they_are_the_things(message, wanted):
    assert _texts(message) == wanted


@pytest.mark.parametrize("message, wanted", [
    # guards (nx94): the kinds in use are still "used"; a kind of help asked "for" someone is no thing held
    ("what kind of vehicles do the police use", ["A list of kinds of vehicles used."]),
    ("what types of support do they have for carers", ["What types of support do they have for carers?"]),
])
def test_kinds_used_and_kinds_of_help_unchanged(message, wanted):
    assert _texts(message) == wanted


def test_a_phrase_of_kinds_is_of_its_things():
    from askfoi.part_references import _kind_of, candidates

    assert _kind_of("types of drones") == "the drones"
    assert _kind_of("the drones") is None
    assert [c.phrase for c in candidates(["what types of drones do they have"])] == ["the drones"]


@pytest.mark.parametrize("message, wanted", [
    ("how long is the lease",
     "A copy of the lease, showing its term (start and end dates), the rent payable and the rent review dates."),
    ("when does the lease for the golf course end",
     "A copy of the lease for the golf course, showing its term (start and end dates), the rent payable and the rent "
     "review dates."),
    ("how long is the lease on the boathouse", "A copy of the lease on the boathouse, showing its term"),
])
def test_a_lease_term_asked_is_the_lease_with_its_term_rent_and_reviews(message, wanted):
    texts = _texts(message)
    assert len(texts) == 1 and texts[0].startswith(wanted), texts


@pytest.mark.parametrize("message", [
    # guards: a length that is no lease's term, and "it" that names no lease, are never a lease
    "how long is the queue at the tip",
    "how long is the waiting list for allotments in york",
])
def test_other_lengths_are_no_lease(message):
    assert not any("lease" in t for t in _texts(message))


def test_a_copy_asked_plainly_is_unchanged():
    assert _texts("can i have a copy of the council's constitution") == ["A copy of the constitution."]
