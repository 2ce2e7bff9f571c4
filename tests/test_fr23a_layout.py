"""fr23a (issue 8): formal requests as people lay them out: list labels of every form read by their run, a numbered
list typed on one line after words of asking, a heading's subject given to the questions under it, a note that only
splits the figures before read with them. Invented letters only."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.outline import loose_labels
from askfoi.questions import breakdown_note, fill_heads, modifies_question, split_questions, topic_heading, with_topic

TODAY = date(2026, 12, 1)


def parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_loose_labels_read_when_they_count_on():
    lines = ["a The number of call-outs for rats.", "b The number of call-outs for wasps.", "",
             "1, how many fines were cancelled?", "2, how many fines were issued?",
             "1 \u2013 How many searches?", "2 \u2013 Of these searches, how many led to an arrest?"]
    assert loose_labels(lines) == ["a) The number of call-outs for rats.", "b) The number of call-outs for wasps.", "",
                                   "1. how many fines were cancelled?", "2. how many fines were issued?",
                                   "1. How many searches?", "2. Of these searches, how many led to an arrest?"]


@pytest.mark.parametrize("line", ["A Freedom of Information request was made last year.", "3 Councils replied to me."])
def test_one_loose_label_alone_is_prose(line):
    assert loose_labels(["Dear Sir,", line, "Please tell me how many fines were issued."])[1] == line


def test_a_number_with_sub_items_under_it():
    assert loose_labels(["1 (a) For 2023, the number of beds.", "(b) The same for 2022."])[0] == "1.a) For 2023, the number of beds."


def test_letter_labels_never_stay_in_parts():
    got = parts("Please provide the following about the pest control service.\n\n"
                "a The number of call-outs for rats in 2023.\nb The number of call-outs for wasps in 2023.\n"
                "c The total income from charged call-outs in 2023.")
    assert len(got) == 3
    assert not any(p.split()[0] in ("A", "B", "C") for p in got), got


def test_comma_numbers_never_stay_in_parts():
    got = parts("Would you please supply the following.\n\n1, how many parking fines were cancelled on appeal in 2022?\n\n"
                "2, how many parking fines were issued to blue badge holders in 2022?")
    assert got == ["The number of parking fines cancelled on appeal.", "The number of parking fines issued to blue badge holders."]


def test_numbered_questions_on_one_line_after_a_lead_in():
    got = parts("On behalf of my client I would like to know 1) how many tasers Kent Police owns 2) how much was spent on "
                "tasers in 2023 3) how many times a taser was fired in 2023 4) how many complaints were made about taser use in 2023.")
    assert len(got) == 4
    assert any("complaints" in p for p in got) and any("spent" in p for p in got)


def test_labels_inside_one_question_are_not_a_list():
    assert len(split_questions("How many (a) police officers and (b) police staff were disciplined in 2023?")) == 1


def test_a_dash_number_does_not_splice_the_next_question():
    got = parts("1 \u2013 How many stop and search records were made by the force in 2023?\n"
                "2 \u2013 Of these stop and search records, how many led to an arrest?")
    assert len(got) == 2
    assert not any("2 \u2013" in p or p.startswith("1") for p in got), got


def test_topic_heading_read():
    assert topic_heading("In regards to cycling close pass submissions, submitted by cyclists:") == "cycling close pass submissions"
    assert topic_heading("Regarding fly tipping on council land:") == "fly tipping on council land"
    assert topic_heading("In regards to the above, how many were there?") is None
    assert topic_heading("Please provide the following:") is None


def test_with_topic_by_agreement():
    topic = "cycling close pass submissions"
    assert with_topic("How many submissions were received?", topic) == "How many cycling close pass submissions were received?"
    assert with_topic("How many were received at these submissions?", topic) == \
        "How many were received at the cycling close pass submissions?"
    assert with_topic("How many complaints were received?", topic) == "How many complaints were received?"
    assert with_topic("Please provide a breakdown of how these were dealt with.", topic) == \
        "Please provide a breakdown of how the cycling close pass submissions were dealt with."


def test_heading_is_never_spliced_into_a_part():
    got = parts("I am requesting the following for the years 2021, 2022 and 2023.\n\n"
                "In regards to school streets schemes, introduced by the council:\n"
                "How many schemes were in operation in each year?\n"
                "How many penalty notices were issued at these schemes?")
    assert not any("In regards to" in p for p in got), got
    assert all("school streets schemes" in p for p in got), got


@pytest.mark.parametrize("note", ["(Please provide separate figures for each of the counties).",
                                  "If this data is available, please provide a breakdown of these warnings by restriction.",
                                  "Please provide cost per annum if possible for questions 1b-1g.",
                                  "Please detail any mobile libraries separately to buildings"])
def test_a_note_that_only_splits_the_figures(note):
    assert breakdown_note(note) and modifies_question(note)


@pytest.mark.parametrize("ask", ["Please provide a breakdown of the number of complaints by ward.",
                                 "Please supply the figures for offenders caught fly tipping for the last 13 years.",
                                 "Please provide a list of the schools in the borough.",
                                 "Please provide separate figures for misconduct cases and gross misconduct cases."])
def test_an_ask_of_its_own_is_no_note(ask):
    assert not modifies_question(ask)


def test_separate_figures_stay_with_their_item():
    got = parts("1) The number of suicides in young offender institutions in each of the years 2019, 2020 and 2021. "
                "(Please provide separate figures for each institution).\n\n"
                "2) The number of self-harm incidents in young offender institutions in the same years.")
    assert len(got) == 2
    assert "separate figures for each institution" in got[0]


def test_a_breakdown_note_keeps_the_years_too():
    got = parts("1. The number of warnings issued for breaches of the town centre PSPO in 2022 and 2023.\n"
                "If this data is available, please provide a breakdown of these warnings by restriction.\n\n"
                "2. The number of fixed penalty notices issued for breaches of the PSPO in 2022 and 2023.")
    assert len(got) == 2
    assert "year" in got[0] and "restriction" in got[0], got


def test_the_figures_for_a_subject_is_a_question_of_its_own():
    got = parts("Please supply the following information.\n\n1. Can you supply the figures for offenders caught fly tipping "
                "(along with their fine and costs) for the last 13 years.\n\n2. Can you supply the number of fly tipping "
                "clean ups for the last 13 years")
    assert len(got) == 2 and any("offenders" in p for p in got), got


def test_a_count_that_names_its_noun_is_not_given_it_again():
    assert fill_heads(["How many parking fines were cancelled?", "How many parking fines were issued to blue badge holders?"])[1] \
        == "How many parking fines were issued to blue badge holders?"
    assert fill_heads(["How many stray dogs went into pounds?", "how many were adopted?", "how many were put down?"])[2] \
        == "how many stray dogs were put down?"
