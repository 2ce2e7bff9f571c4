"""fr12: how a letter is cut into parts, on invented letters: the list decides where an item ends, no cut falls
inside a bracket or a quotation, no part keeps a list label or a bullet, no part holds two items."""

import re
from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.outline import inline_bullets, plain_label, unlabelled
from askfoi.questions import _sentences, enclosed, question_clauses, split_questions

TODAY = date(2026, 12, 1)
_GLYPH = re.compile(r"[\u2022\u25aa\u25cf]|(?:^|\s)(?:\(?\d{1,2}[a-z]?\.?\)|\d{1,2}[a-z]\.|[-\u2013]\s?\d{1,2}[a-z]{0,3}\s?[-\u2013])\s")


def _letter(body: str) -> str:
    return f"Dear Council,\n\n{body}\n\nYours faithfully,\nA. Person"


def _parts(body: str) -> list[str]:
    return [p.text for p in frame_message(_letter(body), today=TODAY).parts]


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count('"') % 2 == 0


ODD_LABEL_LETTERS = {
    "number, point, bracket": "Please provide:\n1.) The number of parking fines issued in 2023.\n"
                              "2.) The total income from parking fines in 2023.\n"
                              "3.) The number of parking fines cancelled on appeal.",
    "dash-wrapped": "- 1 - How many fly-tipping reports did you receive in 2023?\n"
                    "- 2 - How many fines did you issue for fly-tipping?\n"
                    "- 2i - How many of those fines were paid?\n"
                    "- 3 - What was the cost of clearing fly-tipping?",
    "number and letter": "1a. How many pothole claims did you receive in 2023? Please give the figures by month.\n"
                         "1b. How many pothole claims did you pay out on?\n"
                         "2. What was the total paid in pothole compensation?",
}


@pytest.mark.parametrize("name", sorted(ODD_LABEL_LETTERS))
def test_odd_labels_end_items_and_leave_no_glyph(name):
    parts = _parts(ODD_LABEL_LETTERS[name])
    expected = len(re.findall(r"(?m)^\s*(?:\d|-)", ODD_LABEL_LETTERS[name]))
    assert len(parts) == expected, parts
    assert not any(_GLYPH.search(p) for p in parts), parts


def test_plain_label_reads_odd_forms_and_leaves_figures():
    assert plain_label("3.) The number").startswith("3)")
    assert plain_label("- 3i - How many").startswith("3.i)")
    assert plain_label("1a. How many").startswith("1.a)")
    for line in ("1.5 million pounds", "2019. The year", "10. The number", "e-mail address"):
        assert plain_label(line) == line


def test_bullets_on_one_line_are_one_item_each():
    body = ("Please tell me: \u2022 the number of agency nurses used in 2023 \u2022 the total spent on agency nurses "
            "in 2023 \u2022 the names of the agencies supplying agency nurses")
    assert len(inline_bullets(body)) == 4
    parts = _parts(body)
    assert len(parts) == 3, parts
    assert not any("\u2022" in p for p in parts)


def test_labels_inside_a_sentence_come_off_and_references_stay():
    text = "The number of (a) police officers, (b) police staff and (c) volunteers who use social media"
    assert unlabelled(text) == "The number of police officers, police staff and volunteers who use social media"
    assert unlabelled("the costs of a) cleaning and b) repairs") == "the costs of cleaning and repairs"
    for kept in ("What does the answer to part 1 (a) show?", "records held under (1) and (2) of the Act",
                 "section 40(2) applies"):
        assert unlabelled(kept) == kept
    parts = _parts("How many (a) police officers and (b) police staff were disciplined in 2024?")
    assert parts and not any(re.search(r"\([ab]\)", p) for p in parts), parts


@pytest.mark.parametrize("text", [
    "The reasons pupils were excluded (i.e. the pupil was found cheating. The pupil brought a knife etc).",
    "What is the contract term (how long is it. When does it expire)?",
    "Do you give free dog bags to residents (and if you did before, when did you stop)?",
])
def test_no_cut_inside_a_bracket(text):
    assert len(_sentences(text)) == 1
    assert all(_balanced(q) for q in split_questions(_letter(text))), split_questions(_letter(text))
    assert all(_balanced(c) for c in question_clauses(text))


def test_a_bracket_that_never_closes_encloses_nothing():
    text = "Where do the images come from 9persons to identify. Which cameras are used?"
    assert len(_sentences(text)) == 2
    assert not enclosed(text, text.index(". Which"))


def test_no_cut_inside_a_quotation():
    text = 'The guidance says "each officer must log the use. No exceptions are allowed" and I want a copy of it.'
    assert len(_sentences(text)) == 1


def test_items_joined_after_a_question_mark_get_no_semicolon():
    body = ("1. How many claims were made? In the last financial year?\n"
            "2. How many offences led to prison sentences? For the period 2010 to date?")
    for part in _parts(body):
        assert not re.search(r"\?\s*[;,]", part), part


def test_a_part_never_ends_on_a_dash_and_a_full_stop():
    from askfoi.kept_questions import finish_sentence

    assert not finish_sentence("The details of your use of body cameras in your organisation \u2013").endswith("\u2013.")
    assert not finish_sentence("The details of your use of body cameras \u2014").endswith("\u2014.")


def test_two_numbered_items_are_never_glued_into_one_part():
    body = ("1. The number of complaints received about dog fouling in 2024.\n"
            "2. The number of fixed penalty notices issued for dog fouling in 2024.\n"
            "3. The value of those fines outlined in point 2.\n"
            "4. The locations of those fines outlined in point 2, by postcode if possible.")
    parts = _parts(body)
    assert len(parts) == 4, parts
    assert not any("postcode" in p and "value" in p.lower() for p in parts)


def test_the_reading_says_which_item_each_question_came_from():
    from askfoi.questions import read_message

    listed = read_message(_letter("1. How many fines were issued in 2024?\n2. What was the value of those fines?"))
    assert len(listed.places) == len(listed.questions) == 2
    assert listed.places[0] != listed.places[1] and all(listed.places)
    prose = read_message("How many fines were issued in 2024? What was their total value?")
    assert prose.places and all(p is None for p in prose.places)


def test_a_label_with_no_space_after_it_ends_the_item_before():
    body = ("1) Do you use a social media management platform?\n2) How much do you spend on it each year?\n"
            "3)Do you use a media monitoring platform?\n4) Who is the senior officer in charge of these contracts?")
    questions = split_questions(_letter(body))
    assert len(questions) == 4, questions
    assert not any(re.search(r"\d\)", q) for q in questions)


def test_a_lead_in_after_an_item_opens_the_next_list_and_joins_no_item():
    body = ("Please provide a breakdown by year of the following:\n- The total number of pothole repairs.\n"
            "- The number of repairs later made permanent.\nAdditionally, please provide the following information:\n"
            "- The annual capacity of the infrared repair method.\n- The number of repairs needing further work.")
    questions = split_questions(_letter(body))
    assert not any(q.rstrip().endswith(":") or "Additionally" in q for q in questions), questions
    assert any("infrared" in q for q in questions)


def test_question_words_joined_by_and_are_one_clause():
    questions = split_questions("Please tell me when and where such trials will take place in Kent.")
    assert len(questions) == 1 and "when and where" in questions[0], questions


def test_letters_inside_a_numbered_item_stay_in_that_item():
    body = ("1. In 2023/24 (a) how much was paid in compensation for pothole damage (including legal costs), and "
            "(b) how many claims did this represent?\n\n2. Please tell me the value of the biggest claim settled in 2023/24.")
    parts = _parts(body)
    assert not any(re.search(r"\([ab]\)", p) for p in parts), parts
    assert not any("2023/24;" in p or p.count("biggest") and "compensation" in p for p in parts), parts


def test_a_reasons_part_is_never_cut_inside_a_bracket():
    parts = _parts("1. The reason why pupils were excluded (i.e. the pupil was found cheating. The pupil brought a "
                   "knife etc).\n2. The number of exclusions in 2024.")
    assert parts and all(_balanced(p) for p in parts), parts
    assert not any(re.search(r"\(i\.\W*$", p) for p in parts), parts


def test_a_relative_clause_on_its_own_line_carries_the_item_on():
    body = ("1. The number of households removed from the housing waiting list in 2024\n"
            "Who have therefore been removed from the register entirely.\n"
            "2. The number of households re-admitted to the list in 2024.")
    questions = split_questions(_letter(body))
    assert len(questions) == 2, questions
    assert not any(q.startswith("Who") for q in questions)
    # a question on its own line is still its own sentence
    prose = split_questions("How many cameras feed the database\nWho monitors the cameras?")
    assert len(prose) == 2, prose


def test_a_question_mark_then_a_comma_ends_the_sentence():
    parts = _parts("How many officers were dismissed in 2024?, therefore, how many vacancies arose?")
    assert len(parts) == 2, parts
    assert not any(re.search(r"\?\s*,", p) or re.match(r"(?i)\W*therefore\b", p) for p in parts), parts


def test_a_footnote_is_never_glued_to_the_next_sentence():
    from askfoi.outline import footnotes_apart
    from askfoi.questions import read_message

    letter = _letter("How many fines were issued in 2024?[1] What was their total value?\n\n"
                     "[1] See the council report of March 2024, page 4.")
    reading = read_message(letter)
    assert not any("[1]" in q or "See the council report" in q for q in reading.questions), reading.questions
    assert len(reading.questions) == 2
    glued = footnotes_apart("The council began a scheme in 2024.1 How many fines were issued?\n\n1 Council press release")
    assert "2024. How" in glued and "\n1 " not in glued
    # no reference mark in the text: a numbered line is a numbered line
    plain = "1 How many fines were issued?\n2 What was their value?"
    assert footnotes_apart(plain) == plain


def test_lettered_years_inside_an_item_lose_their_letters_and_stay_whole():
    body = ("1. Please state your total spending on public toilets in each of the following financial years: "
            "a) 2015-16, b) 2018-19 and c) 2021-22.\n2. The number of public toilets open in each of the calendar "
            "years a) 2019, b) 2021, c) 2023.")
    parts = _parts(body)
    assert len(parts) == 2, parts
    assert all(_balanced(p) and not re.search(r"\b[abc]\)", p) for p in parts), parts


def test_the_cut_audit_checks_find_each_fault_kind_and_pass_clean_parts():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import cut_audit as audit

    assert audit.labels_inside("The number of fines. 3.) The total value of fines.")
    assert audit.labels_inside("How many were paid - 3i - and how many were not?")
    assert audit.labels_inside("The number of nurses \u2022 the total spent")
    assert not audit.labels_inside("The figures for 2019, 2020 and 2021 under section 40(2) and part 1 (a).")
    assert audit.bad_start("who have therefore been removed from the list.")
    assert audit.bad_start("And how many were paid?")
    assert not audit.bad_start("Which companies supply the cameras?")
    assert not audit.bad_start("Whether the council holds a register.")
    assert audit.unbalanced("The reasons (i.e. the pupil was found cheating.")
    assert not audit.unbalanced("The reasons (if any) recorded.")
    for bad in ("How many were issued?, therefore", "The details of your use \u2014.", "The value , ?"):
        assert audit.stray_punct(bad), bad
    assert not audit.stray_punct("The figures, e.g., by month, for 2024.")
    groups = audit.list_items("Dear Council,\n\n1. How many fines were issued for littering?\n"
                              "2. What was the total value of littering fines?\n\nYours faithfully,\nA. Person")
    assert [len(g) for g in groups] == [2]


def test_a_period_sentence_joins_a_question_without_a_stray_mark():
    from askfoi.questions import _joined

    joined = _joined("How many offenders were charged?", "for the period 2010 to the current date.")
    assert "?;" not in joined and "?," not in joined and joined.startswith("How many offenders were charged?")


@pytest.mark.parametrize("glyph", ["\u25aa", "\u25cf", "\uf0b7", "\u27a2"])
def test_any_bullet_glyph_at_the_front_of_a_line_starts_an_item(glyph):
    body = (f"Please provide:\n{glyph} The number of parking fines issued in 2023.\n"
            f"{glyph} The total income from parking fines in 2023.\n{glyph}The number of parking fines cancelled on appeal.")
    parts = _parts(body)
    assert len(parts) == 3, parts
    assert not any(glyph in p for p in parts)
    assert plain_label("\u2022The number of fines") == "- The number of fines"
