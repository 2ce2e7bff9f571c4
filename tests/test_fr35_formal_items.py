"""fr35: a formal request letter's numbered items framed into parts an FOI officer accepts (issue 8).

Each test is a class of fault seen on real formal letters (fr35's set A), written here in other words: a contact line
read as a subject access request, a question left open over its lettered sub-items, a numbered list typed in one
line, a unit of time cut into a subject, a stray letter label, a kept part whose words were edited, "the specified
date range" half read."""
from __future__ import annotations

import re

from askfoi.framing import frame_message, subject_problems
from askfoi.pasted_layout import restore_breaks


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text).parts]


def test_a_contact_line_in_a_formal_letter_is_no_subject_access_request():
    text = ("Dear Sir or Madam,\n\nUnder the Freedom of Information Act 2000 please tell me:\n\n"
            "1. How many parking permits did the council issue in 2023?\n"
            "2. How many parking permits were refused in 2023?\n\n"
            "If anything is unclear please contact me by email and I will explain, my details are outlined below.\n\n"
            "Yours faithfully,\nSam Jones")
    framing = frame_message(text)
    assert framing.route == "foi", framing.route
    parts = [p.text for p in framing.parts]
    assert any("issue" in p.lower() for p in parts) and any("refused" in p.lower() for p in parts), parts
    assert not any("contact me" in p.lower() for p in parts), parts


def test_a_question_left_open_over_its_lettered_sub_items_is_one_part_with_them():
    text = ("I am writing to request the following information under the Freedom of Information Act 2000:\n\n"
            "1. How many fines has your council:\n"
            "1a. Issued for dropping litter?\n"
            "1b. Cancelled after an appeal?\n\n"
            "2. What was the total income from litter fines in 2023?\n\n"
            "3. How many wardens were:\n"
            "3a. Employed by the council?\n"
            "3b. Employed by a contractor?\n")
    parts = _parts(text)
    fines = [p for p in parts if "issued for dropping litter" in p.lower()]
    assert len(fines) == 1 and "cancelled after an appeal" in fines[0].lower(), parts
    assert fines[0].lower().startswith("how many fines has your council"), fines
    wardens = [p for p in parts if "wardens" in p.lower()]
    assert len(wardens) == 1 and "contractor" in wardens[0].lower(), parts
    # no sub-item on its own, without the question it finishes
    assert not [p for p in parts if re.match(r"(?i)(?:issued|cancelled|employed)\b", p)], parts
    assert not [p for p in parts if "?" in p[:-1] and "wardens" in p.lower() and "fines" in p.lower()], parts


def test_a_numbered_list_typed_in_one_line_is_one_item_a_line():
    typed = ("1. How many allotment plots does the council own? 2. How many people are waiting for a plot in "
             "following a. Northfield b. Southgate c. Eastwood 3. What rent was charged for a full plot in 2023?")
    lines = [x.strip() for x in restore_breaks(typed).split("\n") if x.strip()]
    assert lines[0].startswith("1. How many allotment plots") and lines[0].endswith("own?"), lines
    assert any(x.startswith("2. How many people") for x in lines), lines
    assert any(x.startswith("3. What rent") for x in lines), lines
    assert any(x.startswith("b. Southgate") for x in lines), lines
    parts = _parts("Under the Freedom of Information Act: " + typed)
    waiting = [p for p in parts if "waiting" in p.lower()]
    assert len(waiting) == 1 and "Northfield" in waiting[0] and "Eastwood" in waiting[0], parts
    assert [p for p in parts if "rent" in p.lower()], parts
    # prose with a number in it is left as typed
    assert restore_breaks("1. We paid 2. The rest is due.") == "1. We paid 2. The rest is due."


def test_a_unit_of_time_never_starts_a_subject():
    assert subject_problems("year on repairing potholes each year")
    assert not subject_problems("years of service of retained firefighters")
    text = ("Under the Freedom of Information Act 2000 please provide:\n"
            "1. How many streetlights have been reported broken each year between 2015 and 2022?\n"
            "2. How much the council has spent each year on fixing streetlights each year from 2015 to 2022?\n"
            "3. How many streetlights were switched off at night in 2022?\n")
    parts = _parts(text)
    assert not [p for p in parts if re.search(r"(?i)\bspent on year\b", p)], parts
    spent = [p for p in parts if "spent" in p.lower()]
    assert len(spent) == 1 and "fixing streetlights" in spent[0], parts


def test_a_stray_letter_label_before_an_item_is_left_out():
    text = ("Please find below a freedom of information request about school transport.\n\n"
            "1. How many pupils were given free school transport in 2023/24?\n\n"
            "2.    a.) How many pupils were refused free school transport in 2023/24?\n\n"
            "3.    b.) What is the longest journey a pupil on free school transport makes each day?\n")
    parts = _parts(text)
    assert not [p for p in parts if re.match(r"(?i)\W*[ab]\.?\)", p)], parts
    assert [p for p in parts if "refused" in p.lower()] and [p for p in parts if "longest journey" in p.lower()], parts


def test_a_kept_item_is_the_persons_words_never_an_edit_of_them():
    text = ("1) I would like to be told the number of dog fouling fines issued by the council in 2022 and 2023.\n"
            "2) What was the income to the council from dog fouling fines in 2022 and 2023?\n"
            "3) How many dog wardens does the council employ?\n"
            "4) Who issues the fines on behalf of the council? If a private company, which one?\n")
    parts = _parts(text)
    assert not [p for p in parts if re.match(r"(?i)\W*to\s+be\s+told\b", p)], parts
    assert [p for p in parts if "dog fouling fines issued" in p.lower()], parts


def test_the_specified_date_range_is_read_whole():
    text = ("Under the Freedom of Information Act 2000, please provide the following for the period 1st April 2021 - "
            "31st March 2023:\n\n"
            "1. How many bus shelters did the council repair?\n\n"
            "2. How much did the council spend on cleaning bus shelters (during the specified date range)?\n")
    parts = _parts(text)
    assert not [p for p in parts if re.search(r"(?i)\d{4}\s+range\b", p)], parts
    assert [p for p in parts if "cleaning bus shelters" in p.lower()], parts


def test_a_question_number_the_person_typed_names_the_part_that_item_became_in_the_final_letter():
    text = ("The information being sought relates to the records kept by the fire service in your area.\n"
            "We are requesting the following data for the year 2024:\n"
            "Q1. How many home fire safety visits took place in Kent?\n"
            "Q2. How many firefighters were present at each visit?\n"
            "Q3. In addition to data for question 2, please provide data sorted by the type of home, the reason "
            "for the visit and the age of the person visited.\n")
    parts = _parts(text)
    # (lead58: the count now says its state with its verb, "firefighters who were present at ...")
    present = next(k for k, p in enumerate(parts, 1) if re.search(r"firefighters (?:who )?were present", p))
    pointer = [p for p in parts if p.startswith("In addition to data for")]
    assert pointer and f"part {present}" in pointer[0], parts


def test_a_sentence_under_the_list_that_names_no_thing_is_no_part():
    text = ("I would like to know the following under the FOI Act:\n\n"
            "1. How many public toilets does the council run?\n\n"
            "2. How much did the council spend on cleaning public toilets in 2023/24?\n\n"
            "3. How many public toilets were closed in 2023/24?\n\n"
            "I would like to receive copies of any documents that contain the actual information. If anything has "
            "to be redacted, please remove only that portion and disclose the rest.")
    parts = _parts(text)
    assert len(parts) == 3, parts
    assert not [p for p in parts if "documents that contain" in p.lower()], parts
    # the items themselves are all still asked
    assert [p for p in parts if "cleaning public toilets" in p.lower()], parts
