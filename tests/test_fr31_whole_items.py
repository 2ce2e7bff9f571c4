"""fr31: a formal request's numbered items kept whole when their parts split, lost or broke them (askfoi/whole_items.py),
and numbered items glued onto the text before them put on lines of their own (askfoi/pasted_layout.py).

Each test is a class of fault seen on real formal requests (set A of fr31), written here in other words."""
from __future__ import annotations

import re

from askfoi.framing import frame_message
from askfoi.pasted_layout import restore_breaks


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text).parts]


def _asking(parts: list[str], *words: str) -> list[str]:
    return [p for p in parts if all(w.lower() in p.lower() for w in words)]


def test_a_follow_up_in_an_item_stays_with_its_question_and_is_not_lost_when_repeated():
    text = ("Dear Sir or Madam,\nUnder the Freedom of Information Act please provide:\n"
            "1. How many cleaners are currently employed by the council on fixed-term contracts? What is the breakdown "
            "of these figures according to (a) grade and (b) depot?\n"
            "2. How many gardeners are currently employed by the council on fixed-term contracts? What is the "
            "breakdown of these figures according to (a) grade and (b) depot?\n"
            "Yours faithfully,\nA Person")
    parts = _parts(text)
    # no part is the follow-up alone ("these figures" with nothing before it)
    assert not [p for p in parts if re.match(r"(?i)\W*what is the breakdown of these", p)]
    # each item's breakdown is asked, with its own subject
    assert _asking(parts, "cleaners", "breakdown")
    assert _asking(parts, "gardeners", "breakdown")


def test_lettered_sub_items_of_a_question_are_all_asked_with_their_letters():
    text = ("I would like to request the following information under the Freedom of Information Act.\n"
            "Q1: Please can you confirm what share of your transport budget is spent on\n"
            "(a) Taxis?\n(b) Minibuses?\n"
            "Q2: What does the answer to Q1 (b) come to in pounds?\n"
            "Q3: How many school routes were retendered in 2023?")
    parts = _parts(text)
    first = _asking(parts, "transport budget")
    assert first and "taxis" in first[0].lower() and "minibuses" in first[0].lower()
    assert not [p for p in parts if re.match(r"(?i)\W*(?:and|or)\s+minibuses", p)]
    assert not [p for p in parts if re.search(r"[.?]\s+And\s+\w+\s*\.?$", p)]


def test_noun_phrase_items_under_the_following_lead_in_each_become_a_part_naming_what_is_asked():
    text = ("All correspondence, briefing notes and minutes held by the department linked to the following visits:\n\n"
            "1a) The minister's visit to Ardrossan harbour on 3 May 2023\n"
            "1b) The minister's visit to the Troon ferry terminal on 9 June 2023\n"
            "1c) The permanent secretary's visit to Brodick on 1 July 2023")
    parts = _parts(text)
    for place in ("Ardrossan", "Troon", "Brodick"):
        mine = _asking(parts, place)
        assert len(mine) == 1, (place, parts)
        assert "correspondence" in mine[0].lower()
    assert len(parts) == 3


def test_a_lead_in_scope_is_said_once_before_each_item_and_never_spliced_into_it():
    text = ("For each of your fire stations, please detail separately for the years 2019, 2020 and 2021:\n"
            "1. On how many days was the station without a crewed engine?\n"
            "2. On each such day, what was the reason recorded?\n"
            "3. How many calls in the station's area were answered from another station on those days?")
    parts = _parts(text)
    assert len(parts) == 3, parts
    for p in parts:
        assert "each of your fire stations" in p.lower(), p
        assert not re.search(r"(?i),\s+please\s+detail", p), p


def test_items_glued_onto_the_text_before_them_are_read_as_items():
    text = ("I am writing under the Freedom of Information Act 2000. Please provide figures for the last two "
            "financial years (2022/23 and 2023/24).1.Street lighting repairs: The total spent on repairing street "
            "lights, by year. Please also provide:oThe number of lights repaired.oThe average time to repair a "
            "light.2.Street lighting complaints: The number of complaints received about broken street lights, by "
            "ward.3.Street lighting contracts: A copy of the current street lighting maintenance contract.")
    parts = _parts(text)
    assert not [p for p in parts if re.search(r"[.:;]o[A-Z]", p)], parts
    assert _asking(parts, "complaints", "ward")
    assert _asking(parts, "copy", "contract")
    assert _asking(parts, "average time to repair")


def test_restore_breaks_puts_a_run_of_glued_items_on_lines_and_leaves_prose_alone():
    out = restore_breaks("Please tell me:1. How many bins were emptied?2. How many were missed?3. Why were they missed?")
    assert out.split("\n")[1].startswith("1. How many")
    assert out.split("\n")[3].startswith("3. Why")
    assert restore_breaks("See version 2.The file is attached.") == "See version 2.The file is attached."
    assert "\n" not in restore_breaks("Please see section 3.Please reply soon.")


def test_an_item_whose_first_sub_item_is_on_its_line_keeps_its_follow_up():
    text = ("Under the Freedom of Information Act please tell me:\n"
            "1) a) How many tenants were waiting for a repair on 1 April 2024?\n"
            "b) How many of these tenants were over 75?\n\n"
            "2) a) How many tenants were waiting for a repair on 1 October 2024?\n"
            "b) How many of these tenants were over 75?\n")
    parts = _parts(text)
    assert not [p for p in parts if re.match(r"\W*[ab]\)", p)], parts
    assert not [p for p in parts if re.match(r"(?i)\W*(?:how many of these|the number of people)", p)], parts
    assert len(_asking(parts, "over 75")) == 2, parts


def test_a_note_after_the_list_is_not_written_into_the_last_item():
    text = ("Please provide the following under the Freedom of Information Act:\n"
            "1. How many pupils were educated at home in 2023? How many of these had a plan for special needs?\n"
            "2. How many pupils were educated at home in 2024? How many of these had a plan for special needs?\n"
            "Please note, where a number is under five, please say so rather than give it.")
    parts = _parts(text)
    assert not [p for p in parts if "under five" in p and "2024" in p], parts


def test_a_sub_item_dropped_from_an_inline_list_is_asked():
    text = ("Please provide the following information:\n"
            "1. How many carers received a grant in 2023 under (i) Scheme 1; (ii) Scheme 2; (iii) Scheme 3; and "
            "(iv) Scheme 4?\n"
            "2. What was the total budget for carers' grants in 2023?")
    parts = _parts(text)
    assert _asking(parts, "scheme 4"), parts


def test_a_list_already_asked_as_one_part_is_left_as_framed():
    text = ("Please can you provide me with the number of tenants who left the council's housing list in each of the "
            "last 3 years for the following reasons:\n\n"
            "  \u2022 Number of tenants who moved to another council\n"
            "  \u2022 Number of tenants who bought a home\n"
            "  \u2022 Number of tenants who died while on the list\n\n"
            "Please provide the overall total of tenants who left the list in each of those years.")
    parts = _parts(text)
    joined = _asking(parts, "another council", "bought a home", "died")
    assert len(joined) == 1, parts
    assert not [p for p in parts if p.lower().startswith("please can you provide me with the number of tenants")
                and len(_asking([p], "another council", "bought a home")) == 0], parts


def test_a_condition_in_brackets_or_after_a_bullet_keeps_its_where():
    from askfoi.word_slips import read_as_meant

    assert "(where recorded)" in read_as_meant("the narrative field (where recorded) and the value")
    assert read_as_meant("- Where known, the number of trees planted").startswith("- Where known")
    assert "were sacked" in read_as_meant("how many officers where sacked last year")
