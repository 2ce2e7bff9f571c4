"""A request body read as a document (issue 8, fr8): sentences that only modify a question are read with it, a
sentence is a part only when it asks itself, numbered and lettered structure is kept. Every text here is invented,
in the shapes people write."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.forecast_parts import forecast_parts
from askfoi.framing import frame_message
from askfoi.kept_questions import finish_sentence
from askfoi.questions import asks_itself, modifies_question, read_message, sentence_role

TODAY = date(2026, 11, 30)


def parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


# --- modifiers never stand alone -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Could you please break this down by ward?",
    "Please split these figures by month.",
    "If possible, please provide a breakdown by the type of offence.",
    "Please provide this data for each of the last three financial years.",
    "The same for 2021.",
    "Again by each year.",
    "e.g. staff costs, equipment and training.",
    "Jan 2022 to Dec 2022",
    "This should include mobile cameras.",
    "If so, please provide details.",
])
def test_a_sentence_that_only_modifies_a_question_is_a_modifier(sentence):
    assert modifies_question(sentence) and sentence_role(sentence) == "modifier"


@pytest.mark.parametrize("sentence", [
    "How many parking fines were issued in 2023?",
    "Please provide the number of parking fines issued, broken down by street.",
    "A breakdown of the number of pupils excluded in each year.",
    "If so, what was the value of the contract?",
    "Please provide copies of the minutes.",
])
def test_a_question_with_its_own_measure_is_not_a_modifier(sentence):
    assert not modifies_question(sentence)


def test_a_breakdown_after_a_question_in_prose_is_read_with_it():
    text = ("How many fixed penalty notices did the council issue for dog fouling in 2024? "
            "Could you please break this down by ward?")
    reading = read_message(text)
    assert len(reading.questions) == 1 and "ward" in reading.questions[0]
    out = parts(text)
    assert len(out) == 1 and "ward" in out[0]
    assert not any(p.lower().startswith(("could you", "please break")) for p in out)


def test_a_breakdown_inside_each_numbered_item_stays_in_that_item_and_is_said_as_an_instruction():
    text = ("1. Could you provide the number of households placed in bed and breakfast accommodation? "
            "Could you please break this down by financial year?\n"
            "2. Could you provide the total spent on bed and breakfast accommodation? "
            "Could you please break this down by financial year?\n")
    questions = read_message(text).questions
    assert len(questions) == 2 and all("financial year" in q for q in questions)
    assert all("Please break this down" in q for q in questions)  # an instruction, never "...?" twice


def test_periods_before_a_list_reach_every_item():
    text = ("Please provide this data for two periods of time: April 2022 to March 2023; April 2023 to March 2024.\n"
            "1. The number of families placed in temporary accommodation outside the borough.\n"
            "2. The number of families placed in temporary accommodation inside the borough.\n")
    questions = read_message(text).questions
    assert len(questions) == 2
    assert all("2023" in q and "2024" in q for q in questions)


def test_the_same_for_numbered_questions_reaches_those_items_only():
    text = ("1. How many planning applications were received?\n"
            "2. How many planning applications were refused?\n"
            "3. How many planning officers does the council employ?\n"
            "4. Please provide the same figures for questions 1 and 2 for each of the last five years.\n")
    questions = read_message(text).questions
    assert len(questions) == 3
    assert "five years" in questions[0] and "five years" in questions[1] and "five years" not in questions[2]
    assert not any("questions 1" in q for q in questions)  # said of the item it is written into


def test_examples_cut_off_by_the_splitter_go_back_to_their_question():
    text = ("2. The budget for youth services in each of the last 3 years, and where possible a breakdown of how it "
            "was spent, e.g. staff, premises, equipment etc.")
    questions = read_message(text).questions
    assert len(questions) == 1 and "premises" in questions[0]


def test_a_list_of_periods_after_semicolons_stays_with_its_question():
    text = ("The number of burglaries reported to your force in the following three periods: "
            "01/01/2019 to 31/12/2019; 01/01/2020 to 31/12/2020; 01/01/2021 to 31/12/2021.")
    questions = read_message(text).questions
    assert len(questions) == 1 and "2019" in questions[0] and "2021" in questions[0]


def test_a_follow_up_naming_nothing_of_its_own_stays_with_its_question():
    text = "Has the council used drones to survey its housing stock? If so, please provide details."
    questions = read_message(text).questions
    assert len(questions) == 1 and "drones" in questions[0] and "details" in questions[0]


def test_a_bare_other_year_after_a_question_is_still_the_same_question_again():
    out = parts("how much did the council spend on grass cutting in 2022? and in 2023?")
    assert len(out) == 2


# --- only what asks becomes a part -----------------------------------------------------------------------

def test_story_and_opinion_are_remarks_the_question_is_the_part():
    text = ("The new bus lane on Mill Road has been a disaster for the shops. Everyone I speak to hates it. "
            "How much did the council spend on building the bus lane on Mill Road?")
    reading = read_message(text)
    assert len(reading.questions) == 1 and reading.questions[0].startswith("How much")
    assert any("disaster" in r for r in reading.remarks) and any("hates" in r for r in reading.remarks)


@pytest.mark.parametrize("sentence", [
    "Please provide the above information as an Excel spreadsheet.",
    "Could this be provided in a machine-readable format?",
    "I would be grateful if you could confirm in writing that you have received this request.",
    "If the answer is no, you may disregard the rest of the questions.",
])
def test_format_and_procedure_remarks_are_remarks(sentence):
    text = f"1. How many electric vehicle charging points does the council own?\n2. What did they cost to install?\n{sentence}"
    reading = read_message(text)
    assert len(reading.questions) == 2
    assert any(sentence[:25] in r for r in reading.remarks)


@pytest.mark.parametrize("sentence", [
    "Between 1 January 2024 and today, on how many occasions has the chief executive approved overtime?",
    "As of the date of your response, the number of staff employed on zero-hours contracts.",
    "State the names of the firms engaged to audit the pension fund.",
    "Could you confirm the number of appeals received and the number upheld?",
    "May I ask the council to tell us how much the new signs cost?",
])
def test_a_question_behind_an_adverbial_a_label_or_an_imperative_still_asks(sentence):
    assert asks_itself(sentence) and sentence_role(sentence) == "question"


def test_labels_over_items_are_no_part_and_typed_labels_come_off():
    text = ("Question 1\nHow many allotment plots does the council let?\n"
            "Question 2\nWhat is the waiting list for an allotment plot?\n")
    questions = read_message(text).questions
    assert len(questions) == 2 and not any(q.lower().startswith("question") for q in questions)
    typed = ("1- How many allotment plots does the council let?\n[2] What is the annual rent of a plot?\n"
             "3.a.How many plots are vacant?\nRequest 4 The number of people on the waiting list.\n")
    questions = read_message(typed).questions
    assert len(questions) == 4
    assert not any(q[:1] in "0123456789[" or q.lower().startswith("request") for q in questions)


def test_lettered_sub_items_that_complete_their_item_stay_inside_it():
    text = ("1. How many complaints did the council receive about noise in 2024?\n"
            "2. How many times was the licensing committee presented with a) a review of a premises licence and "
            "b) a request to vary a premises licence?\n")
    questions = read_message(text).questions
    assert len(questions) == 2
    assert "review" in questions[1] and "vary" in questions[1]


def test_nothing_is_lost_silently_every_sentence_is_a_question_a_remark_or_furniture():
    text = ("Dear Sir or Madam,\nI walk my dog on the common every day. The bins there are always full. "
            "How many litter bins does the council empty on the common each week? "
            "Please break this down by month. I would like the answer by email as a spreadsheet. "
            "If this exceeds the cost limit, please provide the last year only.\nYours faithfully,\n")
    reading = read_message(text)
    kept = " ".join(reading.questions + reading.remarks)
    for words in ("walk my dog", "always full", "litter bins", "by month", "spreadsheet", "cost limit"):
        assert words in kept
    assert len(reading.questions) == 1


# --- a part of two sentences, and the forecast reading the same decision ----------------------------------

def test_a_part_of_a_question_and_its_instruction_ends_each_sentence_as_it_is():
    out = finish_sentence("How many speeding tickets were issued in 2024? Please break this down by month?")
    assert out == "How many speeding tickets were issued in 2024? Please break this down by month."
    assert finish_sentence("A breakdown of the number of evictions each year? Please split it by ward").endswith("ward.")


def test_the_forecast_leaves_out_the_remarks_the_letter_leaves_out():
    text = ("1. How many speed cameras does the council operate?\n2. What did the cameras cost to install?\n"
            "Please provide the above information as a spreadsheet.\n")
    texts = [p.text for p in forecast_parts(text)]
    assert len(texts) == 2 and not any("spreadsheet" in t for t in texts)


def test_a_label_on_a_line_of_its_own_over_prose_is_dropped_and_cuts_the_sentences():
    text = ("Request 1\n\nThat you list the dates on which the council closed the library in 2024.\n\n"
            "Request 2\n\nThat you tell me whether the council has a policy on library closures.\n")
    questions = read_message(text).questions
    assert len(questions) == 2 and all(q.startswith("That you") for q in questions)


def test_a_heading_over_bulleted_items_is_no_item_its_items_are():
    text = ("Please provide the following information for the years 2021 to 2024:\n\n"
            "A. Fly-tipping (annual):\n"
            "- The number of fly-tipping incidents reported to the council in each year.\n"
            "- The number of fixed penalty notices issued for fly-tipping in each year.\n\n"
            "B. Enforcement:\n"
            "- The council's current enforcement policy on fly-tipping.\n")
    questions = read_message(text).questions
    assert len(questions) == 3
    assert not any(q.lower().startswith(("fly-tipping (annual)", "enforcement:")) for q in questions)
    assert all("2021" in q for q in questions)  # the lead-in's period reaches every item


def test_a_worked_example_is_a_remark_not_part_of_the_item():
    text = ("1. The number of pupils given free transport to school in each of 2022/23 and 2023/24.\n"
            "For example: in 2022/23, 120 pupils were taken to school by taxi.\n"
            "2. The amount spent on that transport in each of those years.\n")
    reading = read_message(text)
    assert len(reading.questions) == 2 and not any("120 pupils" in q for q in reading.questions)
    assert any("120 pupils" in r for r in reading.remarks)


def test_a_preferred_format_stays_on_the_letter_as_a_note():
    from askfoi.questions import letter_notes

    reading = read_message("1. How many potholes were repaired in 2024?\n2. What did the repairs cost?\n"
                           "Please provide the above information as an Excel spreadsheet.\n")
    assert any("spreadsheet" in note for note in letter_notes(reading.remarks))
