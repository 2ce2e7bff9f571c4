"""fr26b (issue 8): informal messages and numbered formal requests cut into sound parts by the structure of the
message: discourse marks in front of a question, section headings, a request's title, breakdown fields after a colon,
list items read by their siblings, pointers with no noun of their own, and no question back about words that point at
nothing ("those aged ten", "break this down")."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.breakdown_lists import breakdown_in_words
from askfoi.discourse_marks import without_marks
from askfoi.framing import frame_message
from askfoi.list_roles import noun_phrase_item
from askfoi.part_pointers import pointers
from askfoi.questions import read_message
from askfoi.section_heads import sections

TODAY = date(2026, 12, 2)


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


# --- discourse marks: the question after the story is asked, never a remark nor kept with the mark ----------------

@pytest.mark.parametrize("message, words", [
    ("my neighbour has been reporting me for noise which is rubbish. anyway how many noise complaints does brighton "
     "council get each year", "noise complaints"),
    ("we got flooded again. long story short, how many flood complaints did york council get in 2025", "flood complaints"),
    ("the bins werent collected for 3 weeks!! btw how many missed bin collections were reported to york council in 2025",
     "missed bin collections"),
    ("Honestly the roads are a joke. Basically what i want to know is how many potholes did york council fix in 2025",
     "potholes"),
    ("my son waited ages. Anyway, how many children are waiting for an ehcp assessment in kent", "ehcp assessment"),
])
def test_question_after_a_discourse_mark_becomes_a_part(message, words):
    texts = _texts(message)
    assert any(words in t.lower() for t in texts), texts
    assert not any(t.lower().startswith(("anyway", "btw", "long story", "basically", "what i want")) for t in texts), texts


def test_discourse_mark_left_on_story():
    assert without_marks("well it was awful") == "well it was awful"  # nothing asks after it: story, as typed
    assert without_marks("Anyway, how many bins") == "How many bins"
    assert without_marks("the council said no. so anyway i want the emails") == "the council said no. i want the emails"


# --- formal layout: a title, section headings, a background section ----------------------------------------------

@pytest.mark.parametrize("title", ["FOI request - agency staff", "Freedom of Information Request: agency staff",
                                   "Request for information re agency staff", "foi request – agency nurses"])
def test_a_request_title_is_never_a_part_nor_asked_back(title):
    message = (f"{title}\n\n1. How much did the trust spend on agency nurses in 2024/25?\n"
               "2. What was the highest hourly rate paid?\n3. Which agencies were used?")
    framing = frame_message(message, today=TODAY)
    assert len(framing.parts) == 3, [p.text for p in framing.parts]
    assert not any("agency staff" in q or "request" in q.lower() and "records would answer" in q
                   for q in framing.questions), framing.questions


def test_background_section_is_story_and_the_listed_items_are_asked():
    message = ("Background\nThe council announced in March that it would close three libraries.\n\nRequest\n"
               "1. The consultation responses received about the library closures.\n"
               "2. The equality impact assessment for the closures.\n3. The projected savings from each closure.")
    framing = frame_message(message, today=TODAY)
    texts = [p.text for p in framing.parts]
    assert not any("announced" in t for t in texts), texts
    assert any("consultation responses" in t for t in texts), texts
    assert any("projected savings" in t for t in texts), texts
    assert len(texts) == 3


def test_sections_blank_headings_and_take_the_story_out():
    text, story = sections("Context:\nwe live next to the site and it floods.\n\nQuestions\n1. How many floods?")
    assert story == ["we live next to the site and it floods."]
    assert "Questions" not in text and "How many floods?" in text
    assert sections("Background checks on taxi drivers\n1. How many?")[1] == []  # a title that only starts alike


def test_noun_phrase_items_read_by_their_siblings():
    reading = read_message("1. the minutes of the meeting held on 3 may 2024\n2. How many objections were received?\n"
                           "3. the projected savings from the closure")
    assert any("projected savings" in q for q in reading.questions), reading.questions
    assert any("minutes of the meeting" in q for q in reading.questions), reading.questions
    assert not noun_phrase_item("The council closed three libraries in 2024.")
    assert not noun_phrase_item("The library was closed last year.")
    assert noun_phrase_item("The consultation responses received about the library closures.")


# --- breakdown fields after a colon --------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, meant", [
    ("Please break this down by: year; ward.", "Please break this down by year and ward."),
    ("broken down by: month, ethnicity, age group", "broken down by month, ethnicity and age group"),
    ("Please provide this split by:\n- month\n- ethnicity\n\nThanks", "Please provide this split by month and ethnicity\n\nThanks"),
    ("broken down by:\n1. year\n2. ward", "broken down by year and ward"),
])
def test_breakdown_fields_written_in_words(typed, meant):
    assert breakdown_in_words(typed) == meant


def test_breakdown_fields_that_ask_are_left():
    typed = "broken down by: how many were cancelled, and which wards"
    assert breakdown_in_words(typed) == typed


def test_break_this_down_is_no_pointer_and_asks_nothing_back():
    message = ("Please provide the following information:\n1. The number of electric vehicle charging points installed "
               "by the council\n2. The cost of installing them\nPlease break this down by: year; ward.")
    framing = frame_message(message, today=TODAY)
    assert not any("this down" in q for q in framing.questions), framing.questions
    assert not any("by:" in p.text or "this down" in p.text for p in framing.parts), [p.text for p in framing.parts]
    assert pointers("could you split these up by ward") == []


# --- pointers with no noun of their own, and none asked about that mean nothing -----------------------------------

def test_the_above_and_this_written_from_the_part_before():
    message = ("Dear Transport for London,\nPlease provide the following:\n1. All correspondence between TfL and the "
               "Mayor's office regarding the ULEZ expansion between January and June 2023.\n2. Any minutes of meetings "
               "where this was discussed.\n3. Any impact assessments relating to such expansion.")
    texts = _texts(message)
    assert "ULEZ expansion" in texts[1] and "this was" not in texts[1], texts
    assert "ULEZ expansion" in texts[2] and "such expansion" not in texts[2], texts


def test_on_the_above_names_what_the_list_counted():
    message = ("under the freedom of information act, please send me:\n1) the number of stop and search incidents in "
               "2024, broken down by ethnicity and age;\n2) the number of these that resulted in arrest;\n"
               "3) any guidance issued to officers on the above.")
    texts = _texts(message)
    assert not any(t.rstrip(".").endswith("the above") for t in texts), texts
    assert "stop and search" in texts[-1].lower(), texts


def test_such_with_degree_is_left():
    message = "1. How many meetings were cancelled at such short notice in 2024?\n2. Why were they cancelled?"
    texts = _texts(message)
    assert not any("the short notice" in t.lower() for t in texts), texts


@pytest.mark.parametrize("phrase", ["those aged ten", "those with SEND", "those aged 10 to 17", "these over 65s",
                                    "those in care"])
def test_people_described_after_those_are_no_pointer(phrase):
    assert pointers(f"How many of {phrase} were arrested?") == []
    assert pointers(f"the number of {phrase} admitted") == []


def test_those_aged_ten_is_never_asked_back():
    framing = frame_message("Merseyside police: 1. how many children were arrested in 2024\n2. the number of those "
                            "aged ten arrested in 2024", today=TODAY)
    assert not any("ten" in q.lower() and "mean" in q.lower() for q in framing.questions), framing.questions


def test_a_noun_after_those_is_still_a_pointer():
    assert [p.words for p in pointers("the income from these fines")] == ["these fines"]
    assert [p.words for p in pointers("how many of those ten schools")] == ["those ten schools"]


def test_each_of_those_years_keeps_its_own_noun():
    message = ("1. The number of fixed penalty notices issued for littering in each of the last three financial years.\n"
               "2. The amount of income received from the fines in each of those years.")
    texts = _texts(message)
    assert not any("notice years" in t for t in texts), texts


# --- a want put politely as a question about the writer is a request, never "too vague" ---------------------------

@pytest.mark.parametrize("message, words", [
    ("hi, the school sent a letter home saying they're changing the uniform supplier. can i see the emails between "
     "the school and the new supplier?", "emails between the school and the new supplier"),
    ("Could I have a copy of the minutes of the planning committee meeting where the bypass was approved?",
     "minutes of the planning committee"),
    ("the council ignored my emails. may i see the letters between the council and the developer about mill lane?",
     "letters between the council and the developer"),
])
def test_can_i_see_the_records_is_a_part_not_too_vague(message, words):
    framing = frame_message(message, today=TODAY)
    assert any(words in p.text.lower() for p in framing.parts), [p.text for p in framing.parts]
    assert not any(getattr(f, "code", "") == "too-vague" for f in framing.findings)


def test_id_like_typed_without_apostrophe_asks():
    texts = _texts("there was a big fire at the recycling plant near us in july. id like any inspection reports the "
                   "environment agency has on the site and any letters they sent to the operator")
    assert any("inspection reports" in t for t in texts), texts
    assert any("letters" in t for t in texts), texts


def test_can_i_see_how_many_stays_a_question():
    from askfoi.discourse_marks import polite_asks

    assert polite_asks("can i see how many there are?") == "can i see how many there are?"
    assert polite_asks("my id card was lost") == "my id card was lost"


# --- a place told after the question ------------------------------------------

@pytest.mark.parametrize("message", [
    "hiya, can i get a copy of the report about the school roof collapse in 2023 from the council please? its in oldham",
    "can i have a copy of the report on the flooding at the primary school? its in oldham",
])
def test_a_place_told_after_the_question_is_one_part(message):
    texts = _texts(message)
    assert len(texts) == 1 and "Oldham" in texts[0], texts
    assert "school" in texts[0], texts


def test_the_same_count_for_another_place_stays_two_parts():
    framing = frame_message("how many potholes were reported in leeds in 2024 and how many in york", today=TODAY)
    assert [p.qualifiers.place for p in framing.parts] == ["Leeds", "York"]
