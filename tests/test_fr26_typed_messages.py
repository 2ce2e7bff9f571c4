"""fr26: first messages as people type them keep their subject, their period and their body.

A self-introduction in front of the question is background, not part of the question; a misspelt body word after
its place's name ("camden councl") and "lst year" are offered as the words meant; yes/no and "how much did X save"
questions become records; no part is emitted without its question's subject.
"""

from __future__ import annotations

from datetime import date

import pytest

from askfoi import spelling
from askfoi.framing import frame_message
from askfoi.questions import read_message

TODAY = date(2026, 6, 1)


def _frame(text: str):
    return frame_message(text, today=TODAY)


@pytest.mark.parametrize("text, question, intro", [
    ("hi im in glasgow, how much has the council spent on consultants last year",
     "how much has the council spent on consultants", "glasgow"),
    ("hello i live in leeds how many potholes were fixed last year", "how many potholes were fixed", "leeds"),
    ("Im a journalist, can you tell me how many fines were issued by kent police in 2024", "how many fines", "journalist"),
    ("I am a carer so how many respite beds does the council have?", "how many respite beds", "carer"),
    ("we live in bristol and what is the council doing about fly tipping", "fly tipping", "bristol"),
])
def test_self_introduction_is_background_not_the_question(text, question, intro):
    reading = read_message(text)
    assert any(question.lower() in q.lower() for q in reading.questions), reading
    assert not any(intro in q.lower() for q in reading.questions), reading
    assert any(intro in r.lower() for r in reading.remarks), reading
    assert not any(r.lower().endswith((" and", " so")) for r in reading.remarks)


@pytest.mark.parametrize("text", [
    "hi im in glasgow, how much has the council spent on consultants last year",
    "hiya, i'm in glasgow - how much did the council spend on consultants last year?",
])
def test_greeting_and_introduction_keep_the_period_and_the_part(text):
    framing = _frame(text)
    assert framing.period and "2025" in framing.period
    assert framing.parts, framing
    assert all("glasgow" not in p.text.lower() or "council" in p.text.lower() for p in framing.parts)
    assert any("consultant" in p.text.lower() for p in framing.parts)
    assert not any(p.text.lower().startswith(("im ", "i'm ", "i am ")) for p in framing.parts)


@pytest.mark.parametrize("text, typed, meant", [
    ("how meny complaints did camden councl get lst year", "councl", "council"),
    ("how many arrests did kent polce make in 2024", "polce", "police"),
    ("How many complaints did Camden councl get?", "councl", "council"),
    ("how many complaints did camden council get lst year", "lst", "last"),
    ("what did the council spend lst month on taxis", "lst", "last"),
])
def test_body_word_and_shorthand_slips_are_offered(text, typed, meant):
    assert (typed, meant) in spelling.suggest(text)


def test_names_beside_names_still_not_corrected():
    assert spelling.suggest("the bibby stockholm barge") == []


@pytest.mark.parametrize("text", [
    "how meny complaints did camden councl get lst year",
    "how many complants did camden councl get lst year?",
])
def test_typed_camden_question_found_after_yes(text):
    fixed = spelling.apply(text, spelling.suggest(text))
    framing = _frame(fixed)
    assert framing.authority and "Camden" in framing.authority.name
    assert framing.period and "2025" in framing.period
    assert len(framing.parts) == 1 and framing.parts[0].kind == "count"
    assert "complaint" in framing.parts[0].text.lower()


@pytest.mark.parametrize("text, saver_or_means", [
    ("how much did the library in faversham save", "library in faversham"),
    ("How much did the library in Faversham save last year?", "library in faversham"),
    ("how much did the council save by closing the library in faversham", "closing the library"),
    ("how much money has kent county council saved by switching off street lights since 2022", "switching off street lights"),
    ("how much was saved by closing the tip on elm road", "closing the tip"),
    ("so how much did bristol city council save on agency staff in 2024", "agency staff"),
])
def test_how_much_saved_is_the_savings_record(text, saver_or_means):
    framing = _frame(text)
    assert len(framing.parts) == 1, framing.parts
    part = framing.parts[0]
    assert part.kind == "savings" and not part.kept_words
    assert saver_or_means in part.text.lower()
    assert "?" not in part.text and part.text.endswith(".")
    assert "council" not in (part.subject or "").lower()


@pytest.mark.parametrize("text, wanted", [
    ("how many buildings in manchester still have unsafe cladding", "unsafe cladding"),
    ("how many schools currently have raac", "raac"),
    ("how many people are still waiting for a council house in leeds", "waiting for a council house"),
])
def test_state_adverb_does_not_cut_the_count(text, wanted):
    framing = _frame(text)
    assert [p.kind for p in framing.parts] == ["count"]
    assert wanted in framing.parts[0].text.lower()


@pytest.mark.parametrize("text", [
    "hows much money did they make from fines westminster council",
    "How's much money did westminster council make from fines in 2024",
])
def test_hows_much_is_how_much(text):
    framing = _frame(text)
    assert framing.parts and framing.parts[0].kind == "income"
    assert "fines" in framing.parts[0].text.lower()
    assert " is much" not in framing.parts[0].text.lower()


def _framing_with(part):
    from askfoi.framing import Framing

    return Framing(route="foi", regime="FOIA", authority=None, period=None, parts=[part], findings=[])


@pytest.mark.parametrize("subject", [None, "", "it", "total", "them"])
def test_a_count_without_its_subject_is_asked_back_never_printed(subject):
    from askfoi.framing import Frame, _subjects_kept, render_frame

    part = Frame(kind="count", subject=subject, source="how many have had it removed")
    part.text = render_frame(part) if subject else ""
    framing = _framing_with(part)
    _subjects_kept(framing, None, TODAY)
    assert framing.parts == []
    assert framing.questions and "how many have had it removed" in framing.questions[0]


@pytest.mark.parametrize("source", [
    "how many buildings still have unsafe cladding",
    "and how many flats have damp and mould",
])
def test_a_bare_count_that_drops_what_is_counted_keeps_the_question(source):
    from askfoi.framing import Frame, _subjects_kept, render_frame

    noun = source.split("many ")[1].split()[0]
    part = Frame(kind="count", subject=noun, source=source)
    part.text = render_frame(part)  # "The number of buildings."
    framing = _framing_with(part)
    _subjects_kept(framing, None, TODAY)
    assert len(framing.parts) == 1 and framing.parts[0].kept_words
    assert source.split()[-1] in framing.parts[0].text.lower()


def test_a_whole_count_is_left_alone():
    from askfoi.framing import Frame, _subjects_kept, render_frame

    part = Frame(kind="count", subject="buildings", clause="with unsafe cladding",
                 source="how many buildings still have unsafe cladding")
    part.text = render_frame(part)
    framing = _framing_with(part)
    _subjects_kept(framing, None, TODAY)
    assert framing.parts == [part] and not framing.questions


@pytest.mark.parametrize("text, body", [
    ("hiya im from cardiff how many bus lane fines were issued last year", "Cardiff"),
    ("i live in york and how much does the council spend on taxis for school children", "York"),
    ("hi im in glasgow, how much has the council spent on consultants last year", "Glasgow"),
])
def test_where_the_person_lives_still_names_their_body(text, body):
    framing = _frame(text)
    assert framing.authority and body in framing.authority.name
    assert not any(body.lower() in p.text.lower() and "i " in p.text.lower() for p in framing.parts)


@pytest.mark.parametrize("text, today, label", [
    ("how much did bristol city council spend on temporary accommodation last winter", date(2026, 6, 1),
     "1 December 2025 to 28 February 2026"),
    ("how many potholes were reported last winter and how many were fixed", date(2026, 1, 15),
     "1 December 2024 to 28 February 2025"),
    ("How many flood calls did the fire service get last autumn?", date(2026, 6, 1),
     "1 September 2025 to 30 November 2025"),
])
def test_last_season_is_the_period(text, today, label):
    from askfoi.framing import find_periods

    assert find_periods(text, today=today)[0][0] == label
    framing = frame_message(text, today=today)
    assert framing.period == label
    assert not any("last winter" in p.text.lower() for p in framing.parts)


def test_a_season_word_describing_a_noun_is_no_period():
    from askfoi.framing import find_periods

    assert find_periods("can i see the minutes about the last summer fete", today=TODAY) == []


@pytest.mark.parametrize("text, thing, verb", [
    ("do leeds city council own any electric vans? if so how many", "electric vans", "owned"),
    ("has kent police got tasers? if so how many do they have", "tasers", "held"),
    ("Does Brighton and Hove City Council have any electric bin lorries? If so, how many do they have?",
     "electric bin lorries", "held"),
])
def test_yes_no_then_how_many_is_one_count(text, thing, verb):
    framing = _frame(text)
    assert len(framing.parts) == 1, framing.parts
    part = framing.parts[0]
    assert part.kind == "count" and not part.kept_words
    assert thing in part.text.lower() and verb in part.text.lower()
    assert "?" not in part.text and "if so" not in part.text.lower()


@pytest.mark.parametrize("text", [
    "has sepa fined the company that runs the landfill in fife, and how much were they fined",
    "Has SEPA fined the company that runs the landfill in Fife? How much were they fined?",
    "has the environment agency fined the company that runs the landfill in fife. how much was it fined",
])
def test_how_much_were_they_fined_keeps_who_was_fined(text):
    framing = _frame(text)
    assert framing.authority and "Environment" in framing.authority.name
    money = [p for p in framing.parts if p.kind == "income"]
    assert money and "company that runs the landfill" in money[0].text.lower()
    assert not framing.remarks


@pytest.mark.parametrize("text, question", [
    ("i live on a street where cars speed all the time. how many speeding tickets did the camera issue",
     "how many speeding tickets"),
    ("im in a flat where the damp is awful, what is the council doing about damp", "what is the council doing"),
])
def test_a_relative_clause_stays_with_the_introduction(text, question):
    reading = read_message(text)
    assert len(reading.questions) == 1 and reading.questions[0].lower().startswith(question)
    assert not any(q.lower().startswith(("where", "when", "who")) for q in reading.questions)


def test_chat_offers_the_body_and_period_slips_and_frames_after_yes():
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply("how meny complaints did camden councl get lst year")
    offered = " ".join(m.text for m in conv.session.history if m.role == "bot")
    assert "council" in offered and "last" in offered and "councl" in offered
    conv.reply("yes")
    assert conv.session.parts and "complaint" in conv.session.parts[0].lower()
    assert "councl" not in " ".join(conv.session.parts).lower()
    assert "lst" not in " ".join(conv.session.parts).lower()


@pytest.mark.parametrize("text", [
    "how many fixed penalty notices for littering did leeds city council issue in 2023? and the same figures for 2024 please",
    "how many fixed penalty notices for littering did leeds city council issue in 2023, and the same figures for 2024",
    "How many fixed penalty notices for littering did Leeds City Council issue in 2023? Can I have the same figures for 2024?",
    "How many fixed penalty notices for littering did Leeds City Council issue in 2023? Please give the same figures for 2024.",
])
def test_the_same_figures_for_another_year_is_one_part_year_by_year(text):
    framing = _frame(text)
    assert framing.period == "1 January 2023 to 31 December 2024"
    assert len(framing.parts) == 1
    part = framing.parts[0]
    assert part.kind == "count" and "littering" in part.text and "by year" in part.text
    assert "2023" not in part.text and "same figures" not in part.text.lower()


def test_the_same_figures_for_another_thing_swaps_what_it_is_for():
    framing = _frame("how many fixed penalty notices for littering did leeds city council issue in 2023? "
                     "can i have the same figures for fly tipping")
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2 and "littering" in texts[0] and "fly tipping" in texts[1]
    assert framing.parts[1].kind == "count" and "same" not in texts[1].lower()


def test_a_sum_asked_again_for_another_year():
    framing = _frame("how much did kent county council spend on agency staff in 2022, and can i have the same figures for 2023")
    assert framing.period == "1 January 2022 to 31 December 2023"
    assert [p.kind for p in framing.parts] == ["total_spend"] and "by year" in framing.parts[0].text


@pytest.mark.parametrize("text", [
    "how many pothole compensation claims did devon county council pay out in 2024 and what was that total",
    "How many pothole compensation claims did Devon County Council pay out in 2024? What was the total value?",
])
def test_that_total_is_the_value_of_what_was_counted(text):
    framing = _frame(text)
    assert len(framing.parts) == 2 and not framing.remarks
    total = framing.parts[1]
    assert "total value" in total.text.lower() and "pothole compensation claims" in total.text.lower()


@pytest.mark.parametrize("lead", [
    "Following the closure of the Hartcliffe library last summer, I would like to request:",
    "following the closure of the hartcliffe library in march 2025 i would like to request:",
    "After the closure of the Hartcliffe library last year, please send me:",
])
def test_a_lead_in_that_dates_an_event_is_not_carried_into_items_nor_the_period(lead):
    text = (f"{lead}\n\n- the minutes of the cabinet meeting at which the closure was approved\n"
            "- any equality impact assessment carried out before the decision")
    framing = _frame(text)
    assert framing.period is None
    assert len(framing.parts) == 2
    assert not any("following" in p.text.lower() or "after the closure" in p.text.lower() for p in framing.parts)


def test_a_lead_in_that_sets_the_period_still_reaches_its_items():
    framing = _frame("For each year from 2021 to 2024, please provide:\n- the number of fines issued\n- the income from fines")
    assert framing.period == "1 January 2021 to 31 December 2024"
    assert all("by year" in p.text for p in framing.parts)


def test_an_event_dated_in_a_one_sentence_request_sets_no_period():
    framing = _frame("Following the closure of the Hartcliffe library last summer, I would like to request the minutes "
                     "of the cabinet meeting at which the closure was approved")
    assert framing.period is None and framing.parts


@pytest.mark.parametrize("text, body", [
    ("can i see the emails between the council leader and the developer about the stadium, birmingham city council",
     "the council leader"),
    ("can i see the emails between the council and arriva about the 42 bus route", "the council and arriva"),
    ("emails between kent police and the home office about protests", "you and the home office"),  # lf64: "you"
])
def test_correspondence_names_the_body_as_the_person_does(text, body):
    framing = _frame(text)
    part = next(p for p in framing.parts if p.kind == "correspondence")
    assert body in part.text.lower() and "the authority" not in part.text.lower()
