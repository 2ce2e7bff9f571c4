"""fr22b (issue 8): every part stands on its own: pointers at what a part before counted, at the story or at the
letter's period written out; breakdowns a list of periods or a lead-in sets carried; words of asking never left in a
part. Invented sentences only."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.part_pointers import how_many_phrase
from askfoi.questions import asking_clause, lead_in, without_asking_clauses

TODAY = date(2026, 12, 1)


def parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


@pytest.mark.parametrize("clause", ["please may you inform me", " I would like to know", "could you please let me know",
                                    "Can you tell me", "we would be grateful if you could advise us"])
def test_a_clause_of_asking_is_read(clause):
    assert asking_clause(clause)


@pytest.mark.parametrize("clause", ["please", "if possible", "for each year", "the number of fines", "you said",
                                    "covering the annual year 2019", "let me know the dates (if held)"])
def test_a_clause_that_says_something_is_not_one(clause):
    assert not asking_clause(clause)


@pytest.mark.parametrize("text, expected", [
    ("How many bins were emptied, covering 2019, please may you inform me?", "How many bins were emptied, covering 2019?"),
    ("Please tell me, for each ward, how many trees were planted.", "For each ward, how many trees were planted."),
    ("If so, please tell me the dates.", "If so, please tell me the dates."),
    ("How many, please?", "How many, please?"),
    ("If a copy of this is held, please disclose it.", "If a copy of this is held, please disclose it."),
    ("Please supply, in electronic format, the minutes of the May meeting.",
     "Please supply, in electronic format, the minutes of the May meeting."),
    ("May I request the following information, which relates to homeless households?",
     "May I request the following information, which relates to homeless households?"),
])
def test_asking_clauses_leave_wherever_they_sit(text, expected):
    assert without_asking_clauses(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("Covering the annual year 2019, please may you inform me:", "covering the annual year 2019"),
    ("Specifically, for every month in 2023, I would like to know:", "for every month in 2023"),
    ("In addition, for each ward, could you tell me:", "for each ward"),
])
def test_a_lead_in_gives_its_qualifier_without_words_of_asking(line, expected):
    assert lead_in(line) == expected


@pytest.mark.parametrize("question, phrase", [
    ("How many appeals did the council receive about parking fines?", "appeals the council received about parking fines"),
    ("How many lamp posts were replaced in 2022?", "lamp posts replaced in 2022"),
    ("How many reports resulted in a prosecution?", "reports that resulted in a prosecution"),
    ("How many wardens does the council employ?", "wardens the council employs"),
    ("How many reports have led to a fine?", "reports that have led to a fine"),
    ("How many of these were refused?", None),
    ("How much was spent?", None),
])
def test_what_a_how_many_question_counts(question, phrase):
    assert how_many_phrase(question) == phrase


def test_how_many_of_these_names_what_the_part_before_counted():
    got = parts("For 2023, could you please tell me:\n1. How many appeals did Redfield Council receive against parking "
                "fines?\n2. How many of these requests were upheld?\n3. How many of these requests were rejected?")
    assert not any("these requests" in p for p in got)
    assert sum("appeals Redfield Council received against parking fines" in p
               or "appeals received by Redfield Council against parking fines" in p for p in got) == 3


def test_how_many_of_these_kept_whole_names_what_was_counted():
    got = parts("Covering 2023, please may you inform me:\n1. How many applications did Eastshire Police make to "
                "magistrates for closure orders?\n2. How many of these requests were granted, and by which court?\n"
                "3. How many of these requests were refused, and why?")
    assert not any("these requests" in p or "please may you" in p for p in got)


def test_a_compound_names_its_last_word():
    got = parts("Please tell me the number of stop-searches carried out by Eastshire Police in 2023. How many of these "
                "searches led to an arrest?")
    assert not any("these searches" in p for p in got)
    assert any("stop-searches" in p and "arrest" in p for p in got)


def test_a_pointer_at_the_story_is_written_out_with_its_clause():
    got = parts("I am asking about the speed cameras that were installed on the Riverside Road in Oldtown last year.\n"
                "1) Who supplied these cameras?\n2) How much did these cameras cost?")
    assert got and not any("these cameras" in p for p in got)
    assert all("speed cameras that were installed on the Riverside Road" in p for p in got)


def test_the_stated_period_is_said():
    got = parts("For the period 1 April 2020 to 31 March 2024:\n1. How many homes were sold by Westvale Council?\n"
                "2. How many homes were built by Westvale Council over the stated period?")
    assert any("over the period 1 April 2020 to 31 March 2024" in p for p in got)
    assert not any("stated period" in p for p in got)


def test_a_period_with_one_end_is_not_guessed():
    got = parts("Since 1 April 2020, how many homes were built by Westvale Council over the stated period?")
    assert not any("the period 1 April 2020 to" in p for p in got)


def test_a_list_of_years_asks_a_figure_for_each():
    got = parts("Please tell me how many domestic abuse arrests Northvale Police made in 2021, 2022 and 2023.")
    assert got == ["The number of domestic abuse arrests made, broken down by year."] or \
        any("broken down by year" in p for p in got)


def test_a_part_that_says_each_year_is_not_given_it_twice():
    got = parts("Please provide the number of fines issued by Eastvale Council in each of the years 2020, 2021 and 2022.")
    assert not any(p.count("year") > 2 and "broken down by year" in p for p in got)


def test_words_of_asking_and_links_leave_a_kept_part():
    got = parts("Firstly, how many speed cameras does Northvale Council operate? Secondly, how many potholes were "
                "fixed within 28 days by Northvale Council in 2023, please may you let me know.")
    assert not any("please may you" in p.lower() or p.startswith(("Firstly", "Secondly")) for p in got)


def test_an_item_opening_a_new_section_is_not_under_the_lead_in():
    got = parts("For every month in 2023, I would like to know:\n- How many scans were performed by Southshire Police;\n"
                "- 3. Thirdly, I would like to know the ethnicity of those scanned. It is my understanding that this is "
                "recorded by the officer.")
    assert not any(p.rstrip(".").endswith("for every month in 2023") and "recorded by the officer" in p for p in got)


def test_such_of_degree_is_no_pointer():
    from askfoi.part_pointers import pointers

    assert pointers("Why has the council gone to such great expense on the paving?") == []
    assert [p.words for p in pointers("Please list all such cases.")] == ["such cases"]


def test_a_web_address_names_no_compound():
    got = parts("Does Northvale Police use, or has it used, mobile fingerprint technology (see https://example.org/news/"
                "police-mobile-fingerprint-technology)?\nHow many times has Northvale Police used this technology?")
    assert any("the mobile fingerprint technology" in p for p in got)
