"""fr36 (issue 8): formal letters cut into the parts the person asked: items run together with no labels, follow-ups
that lean on the item before ("how many of these ..."), and what a letter says about the request rather than asks."""
import re
from datetime import date

from askfoi.framing import frame_message
from askfoi.leaning_parts import counted_set, leans_on_part_before

TODAY = date(2026, 12, 3)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_a_letter_opening_dear_sir_madam_is_a_formal_request_not_a_letter_to_a_paper():
    text = ("Dear Sir/Madam,\nPlease provide the following information about school transport:\n"
            "The number of pupils given free school transport.\nThe total cost of school taxis.\n"
            "The names of the taxi firms used.\nYours faithfully,")
    parts = _parts(text)
    assert len(parts) == 3, parts
    assert any("taxi firms" in p for p in parts) and any("school taxis" in p for p in parts)


def test_items_glued_with_no_space_after_a_bracket_or_before_a_short_word_are_items_apart():
    text = ("This is a request under the Freedom of Information Act.Please provide the following:"
            "The number of bus shelters you own.The types of shelter used (e.g. glass, steel).The annual cost of "
            "cleaning them.If the cost limit is reached, please answer the first question only.")
    parts = _parts(text)
    assert any(p.startswith("The annual cost of cleaning") for p in parts), parts
    assert not any("cost limit" in p for p in parts), parts
    assert not any(").The" in p for p in parts), parts


def test_a_follow_up_of_these_names_the_set_of_the_question_it_leans_on():
    text = ("1. How many children (under 18) were living in temporary accommodation on 1 March 2024? If you do not hold "
            "this date, please use the nearest date.\n2. How many of these children were aged 15?\n")
    parts = _parts(text)
    assert len(parts) == 2, parts
    second = parts[1].lower()
    assert "these" not in second and "temporary accommodation" in second and "aged 15" in second, parts


def test_a_follow_up_of_a_number_of_item_names_its_set():
    text = ("I am writing under the FOI Act.\n1. The number of complaints made to you about bin collections in 2024.\n"
            "2. The number of these complaints which were upheld.\n")
    parts = _parts(text)
    assert len(parts) == 2 and "these" not in parts[1].lower() and "bin collections" in parts[1], parts


def test_parallel_follow_ups_point_at_the_same_set_not_at_each_other():
    text = ("1. How many street trees have been felled by the council since 1 April 2015?\n"
            "2. How many of those trees were protected by a Tree Preservation Order? If you do not have a full total, "
            "please give the figure you hold.\n"
            "3. How many of those trees were veteran trees? If you do not have a full total, please give the figure "
            "you hold.\n")
    parts = _parts(text)
    assert len(parts) == 3, parts
    third = parts[2].lower()
    assert "felled" in third and "veteran" in third and "preservation" not in third and "those" not in third, parts


def test_leaning_openings_and_counted_sets_are_read_from_the_persons_sentence():
    assert leans_on_part_before("2. How many of these children were 15?")
    assert leans_on_part_before("Of those, how many were upheld?")
    assert leans_on_part_before("b) The number of these complaints which were dismissed.")
    assert not leans_on_part_before("How many complaints were made about these roads in 2024?")
    assert counted_set("How many vans have been bought by the council since 2020?") == "vans bought by the council since 2020"
    assert counted_set("The number of complaints received about noise.") == "complaints received about noise"
    assert counted_set("What is the policy on vans?") is None


def test_whole_lines_under_a_lead_in_that_each_name_what_is_asked_are_items_of_any_length():
    text = ("I am writing under the Freedom of Information Act 2000 to request the following information:\n"
            "The number of people fined by your force under the Public Order Act 1986 for blocking a road in 2024\n"
            "The total amount collected in fines from people fined by your force under the Public Order Act 1986, "
            "and the largest single fine.\n")
    parts = _parts(text)
    assert len(parts) == 2, parts
    assert parts[0].startswith("The number of people fined") and parts[1].startswith("The total amount"), parts


def test_a_line_that_only_scopes_or_says_how_to_give_the_answer_is_no_part():
    for note in ("If easier, the information may instead be provided as annual totals by financial year.",
                 "Data for each of the last three years, with a year end of 31 March 2024.",
                 "Please highlight your options."):
        text = ("Under the Freedom of Information Act, please tell me:\n1. How many parking permits did you issue in 2024?\n"
                "2. How many parking permits did you refuse in 2024?\n" + note + "\n")
        parts = _parts(text)
        assert len(parts) == 2, (note, parts)
        assert not any(note.rstrip(".") in p for p in parts), (note, parts)


def test_a_count_asked_with_did_names_its_set_for_the_follow_up():
    assert counted_set("How many fines did you issue for fly-tipping?") == "fines you issued for fly-tipping"
    assert counted_set("How many trees does the council own?") == "trees the council owns"
    parts = _parts("Dear Sir or Madam,\n1. How many fines did you issue for fly-tipping in 2024? Please give a figure for "
                   "each month.\n2. How many of those fines were paid?\n")
    assert len(parts) == 2 and "issued for fly-tipping" in parts[1] and "those" not in parts[1].lower(), parts


def test_a_follow_up_names_the_set_without_the_breakdown_of_the_count_before():
    text = ("I would like the following information for the 2023-24 school year:\n1. The number of children suspended "
            "at least once, broken down by primary and secondary school.\n2. The number of these children with special "
            "educational needs (SEN)\n")
    parts = _parts(text)
    assert len(parts) == 2, parts
    assert "suspended" in parts[1] and "broken down" not in parts[1] and "these" not in parts[1].lower(), parts
