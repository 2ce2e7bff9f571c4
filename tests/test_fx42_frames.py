"""fx42 (issue 8): every part built from what it asks for and its subject, one ask a part, never the person's sentence
spliced. Each test is a property of the framing of a message written the way people write (testers' faults on main
and docs/notes/cx41.md's leftovers); the wording is my own unless marked."""
from __future__ import annotations

import re
from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 4)


def _framing(text: str, authority: str | None = None):
    return frame_message(text, authority, today=TODAY)


def _parts(text: str, authority: str | None = None) -> list:
    return _framing(text, authority).parts


def _one_ask_each(parts) -> bool:
    """No part asks two questions: never two question marks, never "? " inside, never "and how/whether/which" joining
    a second question on."""
    return not any(p.text.count("?") > 1 or re.search(r"\?\s+\S", p.text)
                   or re.search(r"(?i)\band\s+(?:how\s+(?:many|much)|whether|which)\b", p.text) for p in parts)


# --- two questions kept in one part ----------------------------------------------------------------------------------

def test_reported_order_count_and_policy_are_two_parts():
    parts = _parts("How many times Kent Police used drones in 2024 and whether they have a policy on it?")
    assert len(parts) == 2, [p.text for p in parts]
    assert _one_ask_each(parts), [p.text for p in parts]
    assert {p.kind for p in parts} == {"count", "policy"}, [p.kind for p in parts]
    assert all("drones" in p.text for p in parts), [p.text for p in parts]


def test_passive_after_how_many_times_is_not_made_active():
    from askfoi.embedded_asks import direct_question

    assert direct_question("how many times officers were assaulted") == "how many times officers were assaulted"
    assert direct_question("how many times tasers used on children") == "how many times tasers used on children"
    assert direct_question("how much did they pay") == "how much did they pay"


def test_spend_and_which_firms_got_the_most_are_two_parts():
    parts = _parts("how much did hull city council pay to consultants in the last 3 years and which firms got the most")
    assert len(parts) == 2, [p.text for p in parts]
    assert _one_ask_each(parts), [p.text for p in parts]
    assert not any(p.kept_words for p in parts), [p.text for p in parts]
    assert "consultants" in parts[1].text and re.search(r"(?i)\beach\b", parts[1].text), parts[1].text


def test_count_and_its_hours_are_two_parts():
    for text in ("how many sewage spills did thames water have last year and how many hours did they last",
                 "How many sewage spills were there from Thames Water sites in 2023 and how many hours in total did "
                 "they last?"):
        parts = _parts(text)
        assert len(parts) == 2, [p.text for p in parts]
        assert _one_ask_each(parts), [p.text for p in parts]
        assert "hours" in parts[1].text and "sewage spills" in parts[1].text, parts[1].text
        assert not parts[1].kept_words, parts[1].text


# --- "why hasnt it been fixed": the records that show the reasons, about the thing the story names -------------------

def test_why_not_fixed_after_story_is_reasons_records_about_the_thing():
    for text in ("there is a pothole on my road Ashby Road in Loughborough, why hasnt it been fixed",
                 "leicestershire county council: there is a huge pothole on ashby road in loughborough. why hasnt it "
                 "been fixed?"):
        parts = _parts(text)
        assert len(parts) == 1, [p.text for p in parts]
        assert not parts[0].kept_words and parts[0].kind == "reasons", parts[0].text
        assert re.search(r"(?i)pothole on ashby road", parts[0].text), parts[0].text
        assert not re.search(r"(?i)\bit\b", parts[0].text), parts[0].text


# --- "my road Ashby Road": the road's name, never "my road" -----------------------------------------------------------

def test_my_road_said_with_its_name_keeps_the_name_only():
    for text in ("how many potholes have been reported on my road Ashby Road in Loughborough this year",
                 "how many potholes on my road ashby road loughborough"):
        framing = _framing(text)
        assert framing.parts and not any(re.search(r"(?i)\bmy\s+road\b", p.text) for p in framing.parts), \
            [p.text for p in framing.parts]
        assert any(re.search(r"(?i)ashby road", p.text) for p in framing.parts)
        assert not any("my road" in q for q in framing.questions), framing.questions


def test_my_road_without_a_name_is_still_asked_back():
    framing = _framing("how many potholes have been reported on my road this year")
    assert any("my road" in q for q in framing.questions), framing.questions


# --- a part keeps its place, and a count its clause ------------------------------------------------------------------

def test_readings_for_a_town_keep_the_town():
    framing = _framing("can i get the air quality readings for stockport for the last 3 years")
    assert framing.authority is not None and "Stockport" in framing.authority.name
    assert framing.parts and all(re.search(r"(?i)stockport", p.text) for p in framing.parts), \
        [p.text for p in framing.parts]


def test_have_died_at_a_prison_is_framed_as_a_count_with_its_place():
    parts = _parts("How many prisoners have died at HMP Pentonville since 2020?")
    assert len(parts) == 1 and not parts[0].kept_words and parts[0].kind == "count", [p.text for p in parts]
    assert "died" in parts[0].text and "HMP Pentonville" in parts[0].text, parts[0].text


# --- the covert warning names the tactic, never the words after it ---------------------------------------------------

def test_no_overt_use_names_the_tactic_not_what_it_does():
    framing = _framing("how often do the police use imsi catchers that track phones at protests, including covertly")
    said = " ".join(f"{f.message} {f.suggestion}" for f in framing.findings if f.code == "ncnd-risk")
    assert said, [f.code for f in framing.findings]
    assert "no overt use of track phones" not in said, said
    assert re.search(r"(?i)no overt use of imsi catchers", said), said


# --- words that ask the body to tell are not a thing asked about ----------------------------------------------------

def test_could_the_body_inform_me_asks_the_question_it_puts():
    parts = _parts("Could the Welsh Government inform me how many accidents there have been on 20mph roads since the "
                   "change?")
    assert len(parts) == 1, [p.text for p in parts]
    assert not re.search(r"(?i)\binform(?:ing)?\s+me\b|\bpolicy\b", parts[0].text), parts[0].text
    assert parts[0].kind == "count" and "accidents" in parts[0].text, parts[0].text


# --- cx41 leftovers: an item's heading is never in a part; a year that names an event takes the event with it -------

def test_item_headings_are_not_spliced_into_parts():
    text = ("Please provide the following for the period 2019 to 2024.\n"
            "1. Number of Closures: The total number of public toilets closed by the council.\n"
            "2. Annual Cost: The total amount spent on cleaning public toilets each year.")
    parts = _parts(text, "Leeds City Council")
    assert len(parts) == 2, [p.text for p in parts]
    assert not any(re.search(r"(?i)number of closures:|annual cost:", p.text) for p in parts), [p.text for p in parts]
    assert "toilets" in parts[0].text and "toilets" in parts[1].text


def test_note_and_timeframe_labels_are_kept():
    from askfoi.item_headings import headings_off

    for line in ("Note: The figures should exclude academies and free schools.", "Timeframe: 2019 to 2024 inclusive."):
        assert headings_off(line) == line


def test_year_naming_an_event_is_not_cut_from_the_event():
    parts = _parts("How many new sports facilities have been built since 2012 London Olympics?", "Barnet Council")
    assert len(parts) == 1, [p.text for p in parts]
    assert not re.search(r"(?i)built\s+London\s+Olympics", parts[0].text), parts[0].text
    assert re.search(r"(?i)2012 London Olympics|since 2012", parts[0].text) or parts[0].kind == "count", parts[0].text


# --- a pointer to what an earlier part of the letter names is not asked back ---------------------------------------

def test_this_code_after_a_part_asking_for_the_code_is_not_asked_back():
    text = ("1. What is the code or other marker that call handlers in your force use to record that no officer is free "
            "to attend an incident at once?\n2. Using your control room logs, how many times was this code or marker used "
            "in each year from 2015 to date?")
    framing = _framing(text, "Kent Police")
    assert len(framing.parts) == 2, [p.text for p in framing.parts]
    assert not any("this code" in q for q in framing.questions), framing.questions


def test_a_pointer_nothing_above_names_is_still_asked_back():
    framing = _framing("what did this protest cost the force?", "Kent Police")
    assert any("this protest" in q for q in framing.questions) or any(
        f.code == "story-reference" for f in framing.findings), (framing.questions, [f.code for f in framing.findings])


# --- a numbered question after a paragraph under the item before is never swallowed by that item -------------------

def test_numbered_question_after_a_paragraph_is_kept():
    text = ("1) The total number of ambulance calls received by your trust in each year: 2019, 2020, 2021 and 2022.\n"
            "2) The total number of ambulance calls where a crew was sent by your trust in each year: 2019, 2020, 2021 "
            "and 2022.\n"
            "3) For those calls where a crew was sent by your trust, what was the average time from the call being "
            "received in your control room to the crew reaching their destination? This should be broken down for the "
            "years 2019, 2020, 2021 and 2022.\n"
            "4) If you grade calls by category, could you provide a breakdown of the average response times based on "
            "your categories. This could be, for example, the average response time for:\n"
            "\u2022 Category 1 calls (immediate response needed)\n\u2022 Category 2 calls\n"
            "\u2022 Other calls which still needed a crew\n\n"
            "As in question 3, this average response time should be given for where a crew was sent, and mark the time "
            "from the call being received in your control room to the crew reaching their destination. This should be "
            "broken down for the years 2019, 2020, 2021 and 2022.\n\n"
            "5) What was the target time for crews to reach their destination, from the point at which the call was "
            "received in your control room? This should be as of December 31st in 2019, 2020, 2021 and 2022.")
    parts = _parts(text, "London Ambulance Service NHS Trust")
    at = [k for k, p in enumerate(parts) if re.search(r"(?i)target time", p.text)]
    assert at == [len(parts) - 1], [p.text for p in parts]
