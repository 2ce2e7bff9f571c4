"""fr7a: a request body read as a document (askfoi/questions.py `read_message`, framing's choice of what is asked
back). Every sentence here is invented, in the shapes real letters take: salutation, statutory preamble, lead-ins,
numbered items with sub-lists, fallbacks on the cost limit, definitions, background, sign-offs."""

from __future__ import annotations

import json
from datetime import date

import pytest

from askfoi.cli import main
from askfoi.framing import frame_message
from askfoi.questions import (
    asks_for_information,
    breakdown_note,
    clear_request,
    conditional_ask,
    handling_condition,
    is_furniture,
    is_statement,
    item_questions,
    read_message,
    split_questions,
)

TODAY = date(2026, 6, 1)


def framed(text: str):
    return frame_message(text, today=TODAY)


def sources(framing) -> list[str]:
    return [(p.source or p.text) for p in framing.parts]


LETTER = """Dear Borsetshire County Council,

I would like to make the following request under the Freedom of Information Act 2000.

Please can you provide me with the following information?

1. How many street lights were switched off at night in each of the following years:
a. 2021/22
b. 2022/23
c. 2023/24

2. How much did the council spend on street light maintenance in 2023/24?

3. And if possible, please can you give an indication of the average time taken to repair a broken street light?

If this request would exceed the cost limit, please supply the figures for 2023/24 only.
Any queries, please let me know.
All the best,
"""


def test_a_sub_list_of_values_stays_with_its_item():
    questions = read_message(LETTER).questions
    first = next(q for q in questions if "switched off" in q)
    assert all(year in first for year in ("2021/22", "2022/23", "2023/24"))
    assert not any(q.strip(" .") in ("2021/22", "2022/23", "2023/24") for q in questions)


def test_sub_items_that_ask_stay_separate_questions():
    text = ("1. How many parking fines did the council issue in 2024?\n"
            "   - How many of those fines were paid?\n"
            "   - What was the total income from the fines?\n"
            "2. How many parking wardens does the council employ?")
    questions = split_questions(text)
    assert len(questions) == 4
    assert any("paid" in q for q in questions) and any("income" in q for q in questions)


def test_the_letters_furniture_is_neither_a_part_nor_asked_back_nor_a_remark():
    f = framed(LETTER)
    said = " ".join(sources(f) + f.unframed + f.remarks).lower()
    for furniture in ("dear borsetshire", "following request", "following information", "any queries", "all the best"):
        assert furniture not in said


def test_a_softened_question_is_kept_not_dropped():
    f = framed(LETTER)
    assert any("repair a broken street light" in s for s in sources(f))


def test_a_cost_limit_fallback_is_a_remark_never_a_part_nor_asked_back():
    f = framed(LETTER)
    assert not any("cost limit" in s.lower() for s in sources(f) + f.unframed)
    assert any("cost limit" in r for r in f.remarks)


def test_nothing_the_letter_asks_is_lost_or_asked_back():
    f = framed(LETTER)
    assert len(f.parts) == 3
    assert not f.questions


@pytest.mark.parametrize("sentence", [
    "If this request would exceed the cost limit, please supply the figures for the last two years instead.",
    "Should you require any clarification then please contact me through this website.",
    "Therefore if more detailed figures must be withheld, I would be satisfied with the yearly totals.",
    "If the information is already published on your website, please tell me where.",
])
def test_conditions_on_handling_the_request_are_remarks(sentence):
    assert handling_condition(sentence)
    assert not asks_for_information(sentence)
    text = f"How many fly-tipping incidents were reported to the council in 2024? {sentence}"
    f = framed(text)
    assert len(f.parts) == 1 and not f.questions
    assert sentence.rstrip(".") in " ".join(f.remarks)


@pytest.mark.parametrize("sentence", [
    "If so, please provide a copy of the contract.",
    "If they exist, please provide the minutes of those meetings.",
    "If you answered yes to question 2, please state the name of the supplier.",
])
def test_a_follow_up_on_the_records_is_a_question_not_a_condition(sentence):
    assert conditional_ask(sentence)
    assert not handling_condition(sentence)
    text = f"1. Does the council use a private firm to collect parking fines?\n2. {sentence}"
    assert len(split_questions(text)) == 2


@pytest.mark.parametrize("sentence", [
    "The council won the appeal.",
    "Since at least 2015, the council has contracted out its parking enforcement.",
    "These complaints refer to incidents that happened over the last three years.",
    "Although the road had been resurfaced, the potholes came back within a month.",
    "Automatic number plate recognition is a powerful tool for the police.",
])
def test_a_statement_is_background_never_a_part_nor_asked_back(sentence):
    assert is_statement(sentence)
    f = framed(f"{sentence} How many potholes did the council repair on Mill Lane in 2024?")
    assert not any(sentence.rstrip(".")[:30] in s for s in sources(f) + f.unframed)
    assert any(sentence.rstrip(".")[:30] in r for r in f.remarks)


@pytest.mark.parametrize("phrase", [
    "The number of potholes that were repaired in 2024",
    "Details of any savings that include cuts to library staff",
    "The identity of the officer who conducted the review",
    "All correspondence, including internal emails, sent to the contractor",
    "How many drones does the force own",
])
def test_a_request_whose_verb_sits_in_a_relative_clause_is_not_a_statement(phrase):
    assert not is_statement(phrase)


def test_only_a_sentence_that_asks_is_asked_back():
    f = framed("How many school crossing patrollers does the council employ? The crossing on Elm Road is very busy "
               "in the mornings. What about the rest?")
    assert all(asks_for_information(q) for q in f.unframed)
    assert not any("very busy" in q for q in f.unframed)


def test_a_bare_topic_is_still_asked_back():
    f = framed("the allotments")
    assert f.questions and not f.parts


@pytest.mark.parametrize("sentence, check, parts", [
    ("Please separate the figures below by year.", breakdown_note, 1),
    ("Please disaggregate the data by year and by outcome.", breakdown_note, 1),
    ("For 2024, please can the information be broken down per month.", breakdown_note, 1),
    ("Please state the methods by which the force stores body worn video footage.", clear_request, 2),
    ("Please attach your latest data protection impact assessment for drones.", clear_request, 2),
    ("The identity of the officer who approved the closure of the depot.", clear_request, 2),
])
def test_an_item_no_frame_fits_is_kept_whole_or_a_note_never_asked_back(sentence, check, parts):
    """A breakdown note is read with the part it breaks down (never a part of its own, fr8); a clear request is
    kept in the person's words as a part of its own."""
    assert check(sentence)
    f = framed(f"1. How many drones did the force deploy in 2023 and 2024?\n2. {sentence}")
    assert len(f.parts) == parts and not f.questions
    assert any(sentence[:20] in s for s in sources(f)[1:]) == (check is clear_request)
    if check is breakdown_note:  # the note is in the one part's source, after its question
        assert sentence.split()[1].lower() in sources(f)[0].lower()


def test_two_questions_in_one_item_are_two_questions_a_qualifying_sentence_stays():
    item = ("How many complaints about damp did the council receive in 2024? What did it cost to deal with the "
            "complaints about damp in 2024?")
    assert len(item_questions(item)) == 2
    qualified = "How many drones does the force own? These may also be called unmanned aerial vehicles."
    assert item_questions(qualified) == [qualified]
    period = "How many hospital admissions were for food poisoning? Please provide the figures for 2023 and 2024."
    assert len(item_questions(period)) == 1


def test_a_capital_question_on_a_new_line_starts_a_new_question():
    text = "How many cameras feed the database\nWhich organisations supply the cameras\nHow long is the data kept"
    assert len(split_questions(text)) == 3


@pytest.mark.parametrize("line", ["Dear Sir or Madam,", "Kind regards,", "All the best,", "Any queries, please let me know.",
                                  "I am writing to make a request under the Freedom of Information Act.",
                                  "Please can you provide me with the following information?"])
def test_furniture(line):
    assert is_furniture(line)


def test_every_sentence_is_a_question_a_remark_or_furniture():
    text = ("Dear Wessex Police,\n"
            "I am a student researching the use of drones by police forces.\n"
            "1. How many drones does the force own?\n"
            "2. How many times were drones deployed at protests in 2024?\n"
            "Please note that I am happy to receive the figures as a spreadsheet.\n"
            "If this exceeds the cost limit, please answer question 1 only.\n"
            "Yours faithfully,")
    reading = read_message(text)
    assert len(reading.questions) == 2
    assert len(reading.remarks) == 3  # the background, the note on format and the cost-limit condition
    f = framed(text)
    assert len(f.parts) == 2 and not f.questions


def test_frame_json_carries_the_remarks(capsys):
    code = main(["frame", "--json", "How many fines did the council issue in 2024? If this request exceeds the cost "
                 "limit, please send the figures for the first six months only."])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["parts"] and not data["questions"]
    assert any("cost limit" in r for r in data.get("remarks", []))


def test_an_abbreviation_in_brackets_does_not_end_the_sentence():
    text = "1. Please list the teams that handle complaints (e.g. housing or planning) and their addresses.\n2. How many staff work in them?"
    assert len(split_questions(text)) == 2


@pytest.mark.parametrize("sentence, statement", [
    ("The date range is from 1 April 2023 to 31 March 2024 for all the questions below.", True),
    ("The information should include that held by the former district council.", True),
    ("A list of all the care homes the council has contracts with", False),
    ("The number of officers who are trained to use Taser", False),
    ("The number of pupils have been excluded by the academy in the last three years", False),
    ("Questions 1-4 relate to the period April 2022 to March 2023.", True),
])
def test_a_records_noun_then_its_own_auxiliary_is_a_statement(sentence, statement):
    assert is_statement(sentence) is statement


def test_a_preamble_naming_the_act_and_a_topic_is_furniture_when_items_follow():
    text = ("I write to request information and records under the Freedom of Information Act 2000 (FOIA), "
            "regarding the use of drones.\n1. How many drones does the force own?\n2. How much did they cost?")
    assert len(split_questions(text)) == 2


def test_bullets_under_a_lettered_heading_that_name_records_are_parts_of_their_own():
    from askfoi.framing import frame_message

    text = ("Dear Sheffield City Council,\n\nPlease provide the following information for the years 2019/20 to 2023/24:\n\n"
            "A. Fly-tipping (annual):\n• Number of fly-tipping incidents reported, by ward.\n"
            "• Number of fixed penalty notices issued for fly-tipping.\n\nB. Enforcement:\n"
            "• The enforcement policy for fly-tipping.\n• Total spent on clearing fly-tipping each year.\n\n"
            "Yours faithfully,\n")
    parts = [p.text for p in frame_message(text).parts]
    assert len(parts) == 4
    assert any("penalty notices" in p and "incidents" not in p for p in parts)
    assert not any(p.count("fly-tipping") > 2 or " and Number" in p for p in parts)  # nothing glued or repeated


def test_values_under_a_list_item_still_only_break_it_down():
    from askfoi.questions import split_questions

    text = "1. How many complaints were closed within:\na. 30 days\nb. 60 days\n2. Which team handled them?"
    questions = split_questions(text)
    assert len(questions) == 2 and "30 days" in questions[0] and "60 days" in questions[0]


def test_a_volunteer_writing_what_the_client_wants_to_know_keeps_every_question():
    from askfoi.questions import read_message

    text = ("hi im a volunteer typing for my client. she wants to know does the council have a policy on evictions "
            "over christmas, how many evictions for arrears they did last year")
    questions = read_message(text).questions
    assert any("policy" in q for q in questions) and any("evictions for arrears" in q for q in questions)


def test_they_after_a_plural_noun_of_its_own_question_is_not_rewritten_from_the_part_before():
    from askfoi.framing import frame_message

    text = ("how many evictions for arrears did the council do last year, and how many of her neighbours have "
            "complained about her because she thinks they are harassing her")
    last = frame_message(text).parts[-1].text
    assert "they are harassing" in last


def test_and_if_meaning_whether_starts_a_question_of_its_own_but_a_condition_does_not():
    from askfoi.questions import read_message

    asked = read_message("i want to no how many complaints they got about nursing care on ward 7 and if the nurses "
                         "there were agency").questions
    assert len(asked) == 2 and "agency" in asked[1] and "agency" not in asked[0]
    kept = read_message("how many fines were issued and if the total is over 100, please list them").questions
    assert len(kept) == 1


def test_my_council_is_the_body_asked_not_part_of_the_subject():
    from askfoi.framing import frame_message

    (part,) = frame_message("i want to know how much my council spends on agency social workers").parts
    assert part.kind == "total_spend" and "my council" not in part.text


def test_the_persons_conditions_on_how_to_answer_are_kept_on_the_letter_below_the_parts():
    from datetime import date

    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    conv.reply("Dear Leeds City Council, Please provide the following information: 1. How many potholes were "
               "reported in 2024? 2. How much was spent repairing them? If the information is already published, "
               "please provide the web address. If this exceeds the cost limit please just provide part 1. Thank you")
    assert len(conv.session.parts) == 2 and not any("published" in p for p in conv.session.parts)
    text = conv.letter_text()
    assert "already published, please provide the web address." in text
    assert "just provide part 1" not in text  # the person's numbering is not the letter's; the letter has its own
    assert text.index("2. ") < text.index("already published")


def test_letter_notes_keep_conditions_and_leave_out_story_and_cost_fallbacks():
    from askfoi.questions import letter_notes

    notes = letter_notes(["i live in hull and the potholes on my road have been there for 2 years.",
                          "If this exceeds the cost limit please just provide part 1.",
                          "if you need any clarification please contact me"])
    assert notes == ["If you need any clarification please contact me."]


def test_the_object_of_a_verb_in_ing_is_written_out_from_the_part_before():
    from askfoi.framing import frame_message

    parts = [p.text for p in frame_message("how many streetlights are there in leeds and what is the cost of "
                                           "maintaining them").parts]
    assert "maintaining the streetlights" in parts[-1]


def test_a_request_letter_that_mentions_the_cost_limit_is_not_taken_for_a_reply():
    from askfoi.pasted_reply import reads_as_reply

    request = ("Dear Leeds City Council, Please provide the following information: 1. How many potholes were "
               "reported in 2024? 2. How much was spent repairing them? If this exceeds the cost limit please just "
               "provide part 1. Thank you")
    assert not reads_as_reply(request)
    reply = ("Dear Ms Smith, Thank you for your request received on 3 March. We estimate that answering it would "
             "exceed the appropriate limit of 18 hours under section 12, so we will not be providing it.")
    assert reads_as_reply(reply)
