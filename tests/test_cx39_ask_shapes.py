"""cx39 (issue 8): a question written in a person's own words read by its grammatical shape (askfoi/ask_shapes.py)
and rendered from a frame: how often, a justification, a perfect passive decision, "how many X have there been",
"what is the X policy", "how much has X raised", an investigation's findings; job verbs ("who grits the paths");
place names typed in lower case given their capitals (askfoi/place_capitals.py)."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi import ask_shapes
from askfoi.framing import frame_message, part_problems, render_frame
from askfoi.place_capitals import capitalise_places

TODAY = date(2026, 6, 1)


def parts(text: str, authority: str | None = None) -> list[tuple[str, str]]:
    framing = frame_message(text, authority, today=TODAY)
    return [(p.kind, p.text) for p in framing.parts]


def one(text: str, authority: str | None = None) -> tuple[str, str]:
    got = parts(text, authority)
    assert len(got) == 1, got
    return got[0]


# --- how often ------------------------------------------------------------------------------------------------

def test_how_often_the_body_does_the_work_asks_for_its_schedule():
    kind, text = one("How often do Swindon Borough Council clean the drains on elm park?")
    assert kind == "schedule"
    assert text == ("Any schedule or programme that sets out how often the drains on Elm Park are cleaned, and any "
                    "records of when this was done.")


def test_how_often_passive_and_embedded_orders_read_the_same():
    direct = one("Kent County Council. How often are the gullies in Hebden Bridge cleaned?")
    told = one("Calderdale council. Please tell me how often they clean the gullies in Hebden Bridge.")
    assert direct[0] == told[0] == "schedule"
    assert "how often the gullies" in direct[1] and "cleaned" in direct[1]
    assert "how often the gullies are cleaned in Hebden Bridge" in told[1]


def test_how_often_a_thing_does_itself_is_its_timetable():
    kind, text = one("How often does the planning committee at Bristol City Council meet?")
    assert (kind, text) == ("schedule", "Any schedule, timetable or programme that sets out how often the planning "
                                        "committee meets.")


def test_how_often_people_take_are():
    kind, text = one("How often are staff trained in restraint at Great Western Hospital?")
    assert "how often staff are trained in restraint" in text


def test_how_often_in_the_past_counts_the_times():
    kind, text = one("How often were the drains on elm road cleaned last year, Swindon Borough Council?")
    assert kind == "count" and text.startswith("The number of times the drains on Elm Road were cleaned")


def test_how_often_that_cannot_be_read_is_kept_whole_never_spliced():
    assert ask_shapes.how_often("how often does it flood on elm road") is None
    kind, text = one("How often does it flood on elm road, Swindon Borough Council?")
    assert kind == "kept" and text.startswith("How often does it flood on Elm Road")


# --- justification, decisions -----------------------------------------------------------------------------------

def test_how_was_x_justified_asks_for_the_reasons_recorded():
    kind, text = one("Exeter City Council closed Northbrook pool. How was the closure justified?")
    assert kind == "reasons"
    assert text == "Any minutes, reports or decision records that set out the reasons for the closure."


def test_justification_with_the_body_named_after_a_comma():
    kind, text = one("How was the decision to close the day centre justified, Norfolk County Council?")
    assert text == ("Any minutes, reports or decision records that set out the reasons for the decision to close the "
                    "day centre.")


def test_a_pointer_is_not_the_thing_justified():
    assert ask_shapes.justified("how is this justified") is None
    assert ask_shapes.justified("how was the closure justified") == "the closure"


@pytest.mark.parametrize("question, decision", [
    ("has the library in faversham been closed", "to close the library in faversham"),
    ("have the opening hours been cut", "to cut the opening hours"),
    ("has the land been sold off", "to sell off the land"),
])
def test_perfect_passive_of_a_decision_verb_reads_the_decision(question, decision):
    assert ask_shapes.decided(question) == decision


@pytest.mark.parametrize("question", ["has the bin been emptied", "has anyone been fined", "has it been closed",
                                      "has the land been bought or leased", "has \u00a7AUTH\u00a7 sold the land"])
def test_perfect_passive_that_is_no_decision_is_left(question):
    assert ask_shapes.decided(question) is None


def test_has_the_library_been_closed_asks_for_the_decision_records():
    kind, text = one("Has the library in Faversham been closed?")
    assert (kind, text) == ("reasons", "Any minutes, reports or decision records of the decision to close the library "
                                       "in Faversham.")


# --- reworded shapes --------------------------------------------------------------------------------------------

def test_how_many_x_have_there_been_is_a_count_of_x():
    assert ask_shapes.reword("how many fires have there been at the tip") == "how many fires at the tip"
    kind, text = one("How many fires have there been at the recycling centre, Swindon Borough Council?")
    assert (kind, text) == ("count", "The number of fires at the recycling centre.")


def test_missed_collections_is_a_noun_phrase():
    kind, text = one("Leeds City Council. How many missed collections have there been in Headingley?")
    assert (kind, text) == ("count", "The number of missed collections in Headingley.")


def test_what_is_the_noun_policy_is_the_policy_on_the_noun():
    kind, text = one("What is the infection control policy at Great Western Hospital?")
    assert (kind, text) == ("policy", "Any policy, procedure or guidance on infection control at Great Western Hospital.")


@pytest.mark.parametrize("question", ["what is the current policy", "what is the council policy",
                                      "what is \u00a7AUTHS\u00a7 policy", "what is your new policy"])
def test_a_policy_whose_noun_names_no_topic_is_left(question):
    assert ask_shapes.reword(question) == question


def test_how_much_has_x_raised_is_the_income_from_x():
    kind, text = one("How much has Brighton council parking enforcement raised?")
    assert (kind, text) == ("income", "The total income from parking enforcement.")


def test_income_cue_reads_the_verb_at_the_end_of_the_sentence():
    kind, text = one("Brighton council runs the parking enforcement. How much has it raised?")
    assert kind == "income" and text.startswith("The total income from")


# --- findings ---------------------------------------------------------------------------------------------------

def test_findings_of_an_investigation_have_a_kind_and_template():
    kind, text = one("What were the findings of the investigation into the fire at the Elm Road depot, Swindon Borough Council?")
    assert kind == "findings"
    assert text.startswith("Any report or record of the findings, conclusions or outcome of the investigation into the fire")


def test_what_did_the_inspection_find_is_its_findings():
    assert ask_shapes.reword("what did the ofsted inspection of the school find") == \
        "the findings of the ofsted inspection of the school"
    kind, text = one("What were the results of the air quality survey on elm road, Swindon Borough Council?")
    assert kind == "findings" and "the air quality survey on Elm Road" in text


# --- job verbs --------------------------------------------------------------------------------------------------

def test_who_does_the_gritting_is_who_is_responsible():
    kind, text = one("Who does the gritting on elm road for Swindon Borough Council?")
    assert kind == "responsibility"
    assert text.startswith("The name of the team, body or contractor responsible for the gritting on Elm Road")


def test_job_verb_names_the_work():
    kind, text = one("Who grits the pavements on the elm park estate for Reading Borough Council?")
    assert kind == "responsibility"
    assert "responsible for the gritting of the pavements on the Elm Park Estate" in text


# --- place names ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, capitalised", [
    ("the drains on elm park", "the drains on Elm Park"),
    ("pupils at st marys primary", "pupils at St Marys Primary"),
    ("along station road.", "along Station Road."),
    ("on the elm park estate", "on the Elm Park Estate"),
])
def test_place_names_typed_in_lower_case_get_capitals(text, capitalised):
    assert capitalise_places(text) == capitalised


@pytest.mark.parametrize("text", ["in the car park", "at our local school", "the decision to close the library",
                                  "in the town centre", "people sleeping on park benches", "at the recycling centre"])
def test_words_that_name_no_place_are_left(text):
    assert capitalise_places(text) == text


def test_school_and_town_in_lower_case_in_the_letter():
    kind, text = one("What were the findings of the investigation into the fire at st marys primary in swindon?")
    assert "St Marys Primary in Swindon" in text


def test_shaped_parts_are_well_formed():
    framing = frame_message("How often do Swindon Borough Council clean the drains on elm park? How much has parking "
                            "enforcement raised? What is the infection control policy?", today=TODAY)
    assert framing.parts and all(not part_problems(p, framing.authority.name if framing.authority else None)
                                 for p in framing.parts)
    assert all(render_frame(p) == p.text for p in framing.parts)


def test_how_is_this_justified_reads_the_act_told_just_before():
    kind, text = one("Swindon council closed the library in elm park last month. How is this justified?")
    assert (kind, text) == ("reasons", "Any minutes, reports or decision records that set out the reasons for the "
                                       "decision to close the library in Elm Park.")
    kind, text = one("Swindon council have put the parking charges up to £5 an hour. How can they justify this?")
    assert text.endswith("the reasons for the decision to put the parking charges up to £5 an hour.")


@pytest.mark.parametrize("sentence", ["\u00a7AUTH\u00a7 said they would fix it.", "they close at 5pm.",
                                      "my neighbour closed the gate."])
def test_a_story_sentence_that_tells_no_act_of_the_body_gives_no_decision(sentence):
    assert ask_shapes.told_act(sentence) is None


def test_a_noun_whose_base_form_is_also_a_verb_starts_a_subject():
    # "grass" is a verb's base form too, never the question's verb ("who cuts | grass verges")
    kind, text = one("Who cuts the grass verges on the a38, Devon County Council?")
    assert kind == "responsibility"
    assert "responsible for the cutting of the grass verges on the A38" in text


def test_how_often_with_a_pointer_reads_the_thing_from_the_story_and_places_get_capitals():
    got = parts("our drains on elm park in swindon are always blocked. how often do swindon council clean them? and "
                "who does the gritting round here?")
    # (lead37 merge: the place typed in lower case after the street stays with it, "in Swindon")
    assert got[0] == ("schedule", "Any schedule or programme that sets out how often the drains on Elm Park in Swindon "
                                  "are cleaned, and any records of when this was done.")
    assert all("elm park" not in text for _, text in got)
