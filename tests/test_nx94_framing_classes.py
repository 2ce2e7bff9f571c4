"""nx94 (issue 8): classes the lead found by typing messages as people write them (session 59 "Open"), each shown on
the lead's example and on messages of the same shape in other words, with guards for what must not change.

- "our local library is closing. how much does it cost to run each year": the cost of doing the verb to the thing
  the story named, year by year ("The total amount spent on running the local library, broken down by year."), never
  "spent on run" (the breakdown was read off before the pronoun's referent was found); "what does it cost to X" the
  same as "how much".
- "does the council use glyphosate? if so where. is it safe": the follow-up said whole ("The locations where ...") is
  a field asked, never a sentence of story when another sentence follows it.
- "a list of the bailiff firms used" -> "firms that used": a transitive verb's past with no object after it is the
  passive participle ("firms used"); "how many buses used the bus lane" (an object after it) stays a relative clause.
- "the types of drones used" read as uses ("The number of times the types of drones were used"), "what types of drones
  are used" dropped by the gate as "a which/who question's verb" ("types" read as a verb): the kinds in use, listed.
- "what are the drones used for" read as a count of uses: it asks the purposes (the shape said so; the part is kept in
  the person's words when no kind of record reads the purposes).
- "do west yorkshire polices have body cameras": no body found and no part at all; a named force or council typed as a
  plural before its verb is the body.
"""
import re
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 7)


def _texts(message):
    return [p.text for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize("message, wanted", [
    ("our local library is closing. how much does it cost to run each year",
     "The total amount spent on running the local library, broken down by year."),
    ("the swimming pool is shutting. what does it cost to maintain every year",
     "The total amount spent on maintaining the swimming pool, broken down by year."),
    ("the community centre is closing. how much does it cost to keep open each month",
     "The total amount spent on keeping the community centre open, broken down by month."),
    ("the council bought a new gritter. how much does it cost to run each year",
     "The total amount spent on running the gritter, broken down by year."),
])
def test_what_it_costs_to_do_is_said_with_its_verb_and_unit(message, wanted):
    assert _texts(message) == [wanted]


@pytest.mark.parametrize("message, wanted", [
    # guards: the payer after "cost" and no verb stay as they were
    ("our leisure centre might close. how much does it cost the council each year",
     "The total amount spent on the leisure centre, broken down by year."),
    ("our library is closing. how much does it cost", "The total amount spent on the library."),
])
def test_the_cost_without_a_verb_is_unchanged(message, wanted):
    assert _texts(message) == [wanted]


@pytest.mark.parametrize("message, wanted", [
    ("does the council use glyphosate? if so where. is it safe", "The locations where glyphosate has been used."),
    ("does the council use glyphosate? if so where. my dog got ill after a walk",
     "The locations where glyphosate has been used."),
    ("does the council use pesticides? if so where. im worried about the bees",
     "The locations where pesticides have been used."),
])
def test_an_if_so_follow_up_survives_a_sentence_after_it(message, wanted):
    assert wanted in _texts(message)


@pytest.mark.parametrize("message, wanted", [
    # guards (pass on main): a follow-up that already survived the sentence after it still does
    ("do they use pesticides in the park and if so where. kids play there",
     "The locations where pesticides have been used."),
    ("does kent police use drones? if so what for. are they even legal", "The purposes for which drones are used."),
])
def test_an_if_so_follow_up_that_survived_still_does(message, wanted):
    assert wanted in _texts(message)


def test_a_field_asked_by_where_is_records():
    from askfoi.sentence_acts import sentence_act

    assert sentence_act("The locations where glyphosate has been used.") == "records"
    assert sentence_act("the purposes for which the drones are used") == "records"


def test_a_story_sentence_about_places_is_still_story():
    from askfoi.sentence_acts import sentence_act

    # guard (passes on main): a sentence with its own main verb before any "where" tells
    assert sentence_act("the places are near the school where my kids play") == "story"


@pytest.mark.parametrize("message, wanted", [
    ("a list of the bailiff firms used", "A list of bailiff firms used."),
    ("a list of the cameras used", "A list of cameras used."),
    ("a list of the contractors used in 2024", "A list of contractors used"),
])
def test_a_participle_with_no_object_is_passive(message, wanted):
    texts = _texts(message)
    assert any(t.startswith(wanted) for t in texts), texts
    assert not any(" that used" in t or " who used" in t for t in texts), texts


def test_a_past_verb_with_its_object_is_still_a_relative_clause():
    assert _texts("how many buses used the bus lane") == ["The number of buses that used the bus lane."]  # guard


@pytest.mark.parametrize("message, wanted", [
    ("the types of drones used", "A list of types of drones used."),
    ("what types of drones are used", "A list of types of drones used."),
    ("what kinds of weedkiller are used in parks", "A list of kinds of weedkiller used in parks."),
    ("which makes of body camera do they use", "A list of makes of body camera used."),
])
def test_the_kinds_of_a_thing_in_use_are_listed(message, wanted):
    assert _texts(message) == [wanted]


@pytest.mark.parametrize("message", ["what are the drones used for", "what is the helicopter used for"])
def test_what_a_thing_is_used_for_is_never_a_count_of_uses(message):
    texts = _texts(message)
    assert texts and not any("number of times" in t for t in texts), texts


def test_the_purposes_shape():
    from askfoi.ask_shapes import reword

    assert reword("what are the drones used for") == "the purposes for which the drones are used"
    assert reword("what are they used for") == "what are they used for"  # guard: a pronoun is left for the story


@pytest.mark.parametrize("message, body", [
    ("do west yorkshire polices have body cameras", "West Yorkshire Police"),
    ("does north wales polices have drones", "North Wales Police"),
    ("do west yorkshire polices use drones", "West Yorkshire Police"),
    ("does kent county councils use bailiffs", "Kent County Council"),  # guard: found on main too
])
def test_a_body_typed_as_a_plural_is_found(message, body):
    framing = frame_message(message, today=TODAY)
    assert framing.authority is not None and framing.authority.name == body
    assert framing.parts
    # the plural is never read as the body's possessive ("Do your use drones?")
    assert not any(re.search(r"(?i)\byour\s+use\b", p.text) for p in framing.parts), [p.text for p in framing.parts]


@pytest.mark.parametrize("message", ["how many county councils have bailiffs", "who polices the area around leeds station"])
def test_real_plurals_and_the_verb_stay(message):
    from askfoi.word_slips import _bodys_own

    assert _bodys_own(message) == message  # guard
