"""fx53 (issue 8.1, 8.2): the story's act carried into the later parts that lean on it.

People tell what a body did ("Surrey County Council withdrew free school transport from our village"), then ask
short questions that only make sense with it ("How many appeals were upheld?"). A part whose subject is a bare noun
that needs the act it is about (appeals, complaints, objections, reviews ...) takes the act as its frame's `about`
qualifier; "the closure" is written as the act the story tells. Sentences below are my own wording.
"""

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 4)


def _parts(text):
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_a_count_of_appeals_is_about_the_act_the_story_tells():
    parts = _parts("Surrey County Council withdrew free school transport from our village in September. "
                   "How many appeals were upheld?")
    assert parts == ["The number of appeals upheld relating to the withdrawal of the free school transport from the village."]


def test_every_bare_part_after_the_story_carries_the_act_not_only_the_first():
    parts = _parts("Our local library on Elm Street was closed by Bristol City Council in March. "
                   "How many objections were received? How many complaints were made?")
    assert len(parts) == 2
    assert all(p.endswith("relating to the closure of the local library on Elm Street.") for p in parts), parts


def test_a_policy_on_reviews_after_a_cut_is_about_the_cut_without_the_writers_family():
    frame = frame_message("my mums care hours were cut from 20 to 12 a week by leeds city council after a review. "
                          "do they have any policy on reviews?", today=TODAY)
    policy = [p for p in frame.parts if p.kind == "policy"]
    assert policy and policy[0].qualifiers.about == "the cut to the care hours"
    assert policy[0].text == "Any policy, procedure or guidance on reviews relating to the cut to the care hours."


def test_the_act_noun_is_written_as_the_act_told():
    parts = _parts("kent county council closed deal library last year. how much did the closure save?")
    assert parts and "the closure of the deal library" in parts[0]


def test_a_part_that_says_what_it_is_about_is_left():
    parts = _parts("Surrey County Council withdrew free school transport from our village in September. "
                   "How many appeals against school admissions were upheld?")
    assert parts and "relating to" not in parts[0] and "admissions" in parts[0]


def test_a_count_of_a_thing_that_needs_no_act_is_left():
    parts = _parts("Kent County Council closed Deal library last year. How many books were sold?")
    assert parts and "relating to" not in parts[0]


def test_no_act_when_a_person_did_it_or_the_story_tells_two():
    from askfoi.story_antecedents import act_told

    assert act_told(["My son left the school in May."]) is None
    assert act_told(["The council closed the library and sold the car park."]) is None
    # no act: the writer did it, something will be done, records were handled, a clause was said
    assert act_told(["I rang the council on my arrival at work."]) is None
    assert act_told(["The information will be used solely for academic purposes."]) is None
    assert act_told(["Westminster Council have stated that motorcycles will have their first offence cancelled."]) is None
    assert act_told(["Householders have been sent a glossy leaflet."]) is None
    parts = _parts("The council closed the library and sold the car park. How many complaints were received?")
    assert parts and "relating to" not in parts[0]


def test_act_told_reads_active_passive_and_perfect():
    from askfoi.story_antecedents import act_told

    assert act_told(["Kent County Council closed Deal library last year."]).phrase == "the closure of Deal library"
    assert act_told(["The council has cut my care package."]).phrase == "the cut to the care package"
    assert act_told(["Our local library on Elm Street was closed in March."]).phrase == \
        "the closure of the local library on Elm Street"
    # a verb with no noun of its own in the data is said in its -ing form
    assert act_told(["Bristol City Council moved the bus stop outside my house."]).phrase == \
        "moving the bus stop outside the house"


def test_a_count_after_that_street_counts_those_tickets_not_a_second_clause():
    # the brief's shape: "that street" is a determiner, never a relative clause the later count is joined to with "and"
    parts = _parts("I got a parking ticket on Mill Road in Cambridge. How many tickets were issued on that street last "
                   "year? How many were cancelled on appeal?")
    assert parts == ["The number of tickets issued on Mill Road.",
                     "The number of tickets issued on Mill Road that were cancelled on appeal."]


def test_a_relative_that_still_takes_the_later_verb_with_and():
    from askfoi.framing import _narrowed

    assert _narrowed("that went missing", "that", ["were", "found"]) == ["that went missing", "and", "were", "found"]
    assert _narrowed("issued on that street", "that", ["were", "cancelled"]) == \
        ["issued on that street", "that", "were", "cancelled"]
