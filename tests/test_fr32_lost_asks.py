"""fr32: every thing the person asked in a formal request is asked by a part (askfoi/lost_asks.py), numbered items
glued with labels of other shapes ("2/", "(2)", "pounds.2)") and lettered runs after a colon put on lines of their own
(askfoi/pasted_layout.py), and an item's part never takes words spliced in from another item (askfoi/whole_items.py).

Each test is a class of fault seen on real formal requests (fr32's set A), written here in other words."""
from __future__ import annotations

import re

from askfoi.framing import frame_message
from askfoi.pasted_layout import restore_breaks


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text).parts]


def _asking(parts: list[str], *words: str) -> list[str]:
    return [p for p in parts if all(w.lower() in p.lower() for w in words)]


_LABEL_INSIDE = re.compile(r"(?:^|[\s.?!:])(?:\(\d{1,2}\)|\d{1,2}\s?[/)])\s*[A-Z]|(?<![\w.])[a-d]\.\s+[A-Z]")


def test_slash_numbered_items_run_together_are_each_asked_with_no_label_left_in():
    text = ("Under the Freedom of Information Act please answer the following: 1/ How many household bins were "
            "emptied late in 2023? 2/ The number of missed collections reported by residents in 2023? 3/ The longest "
            "time a missed collection took to be put right in 2023?")
    parts = _parts(text)
    assert not [p for p in parts if _LABEL_INSIDE.search(p)], parts
    assert _asking(parts, "missed collections", "residents")
    assert _asking(parts, "longest time")
    # no item is run into another one's part
    assert not [p for p in parts if "bins" in p.lower() and "residents" in p.lower()], parts


def test_bracket_numbered_items_in_one_paragraph_go_on_lines_of_their_own():
    typed = ("Please provide the following: (1) Number of lamp posts replaced in 2022. (2) Number of lamp posts "
             "repaired in 2022. (3) Total cost of lamp post repairs in 2022.")
    lines = [x.strip() for x in restore_breaks(typed).split("\n") if x.strip()]
    assert [x[:3] for x in lines[1:]] == ["(1)", "(2)", "(3)"]
    # prose with numbers in brackets or fractions is left as typed
    prose = "We discussed options (1) and (2) at the meeting. About 1/3 of the budget went on it."
    assert restore_breaks(prose) == prose


def test_items_glued_after_a_full_stop_with_a_closing_bracket_label_are_not_run_together():
    text = ("I would like answers to the questions below:1) Do you have a budget for gritting the roads? If so, "
            "please state it in pounds.2) How many gritting lorries does the council own? 3) How many tonnes of salt "
            "were spread last winter?")
    parts = _parts(text)
    assert not [p for p in parts if re.search(r"\d\)\s*How", p)], parts
    assert _asking(parts, "gritting lorries")
    assert not [p for p in parts if "budget" in p.lower() and "lorries" in p.lower()], parts


def test_lettered_categories_run_on_after_a_colon_are_all_kept_without_their_letters():
    text = ("Dear Council,\n\nPlease provide the following for 2024:\n1. The number of noise complaints received.\n"
            "2. The number of noise complaints, broken down by: a. Parties b. Dogs barking c. Building works "
            "d. Alarms\n3. The number of noise abatement notices served.\n\nYours faithfully,\nA Resident")
    parts = _parts(text)
    by_kind = _asking(parts, "building works")
    assert by_kind and "alarms" in by_kind[0].lower() and "parties" in by_kind[0].lower()
    assert not [p for p in parts if re.search(r"(?<![\w.])[a-d]\.\s+[A-Z]", p)], parts


def test_a_follow_up_that_the_framing_broke_into_pieces_is_asked_whole_and_the_pieces_go():
    text = ("Under the Freedom of Information Act 2000 please provide:\n"
            "1.A How many complaints about bus drivers did the company receive in 2024?\n"
            "1.B If recorded, please break down how many complaints were about rudeness and how many about dangerous "
            "driving.\n1.C How many drivers were dismissed as a result of complaints?\n"
            "Please send the information by email in a spreadsheet.")
    parts = _parts(text)
    # no piece asks about dangerous driving without saying what is counted
    assert not [p for p in parts if "dangerous driving" in p.lower() and "complaints" not in p.lower()], parts
    assert _asking(parts, "rudeness", "dangerous driving")
    # how the answer is to be sent is not a thing asked
    assert not _asking(parts, "spreadsheet")


def test_what_the_person_asks_is_found_but_notes_lead_ins_and_reply_instructions_are_not():
    from askfoi.lost_asks import asks_of

    typed = ("Under the Freedom of Information Act 2000, please provide the following information about parks.\n"
             "Please supply figures for each of the past three financial years (2021/22, 2022/23 and 2023/24).\n"
             "1. How many park keepers does the council employ?\n"
             "2. Number of playgrounds closed for repairs\n"
             "3. Place of the closures\n"
             "Please note I do not want any personal data.\n"
             "Please send your reply by email.")
    asked = [a.text for a in asks_of(typed)]
    assert any("park keepers" in a for a in asked)
    assert any("playgrounds closed" in a for a in asked)
    assert not [a for a in asked if re.search(r"(?i)following information|past three|personal data|by email", a)]
    assert not [a for a in asked if a.startswith("Place of")]  # a phrase that names nothing recorded


def test_an_items_part_takes_no_words_spliced_in_from_another_item():
    text = ("Under the Freedom of Information Act please answer the following:\n"
            "1. How many household bins were emptied late in 2023?\n"
            "2. The number of missed collections reported by residents in 2023?\n"
            "3. The longest time a missed collection took to be put right in 2023?")
    parts = _parts(text)
    missed = _asking(parts, "missed collections", "residents")
    assert missed and not [p for p in missed if "bins" in p.lower() or "emptied" in p.lower()], parts
