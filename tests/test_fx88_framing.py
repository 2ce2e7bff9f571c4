"""fx88 (issue 8): framing real first messages - classes seen in fx85's set (tuning from session 58), tried on messages
in other words: a fallback whose negation has an adverb or a contraction ("not reasonably available", "isn't
recorded"), "I am not requesting ...", "only where already held", a link accepted instead and a re-use request are
notes on the letter, never parts; a Title Case heading over a nested list (numbered again from 1, or lettered) is
no part."""

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _frame(text):
    return frame_message(text, today=TODAY)


def _texts(fr):
    return [p.text.lower() for p in fr.parts] + [q.lower() for q in fr.questions]


def test_a_fallback_with_a_qualified_negation_is_a_note_not_a_part():
    cases = (("Dear Leeds City Council, please send me a list of every public bench you maintain. If a full list is not "
              "reasonably available, please provide the number of benches in each ward.", "reasonably available"),
             ("Dear Surrey County Council,\n1. How many school crossing patrols were there in 2024?\n"
              "If a breakdown by school isn't available, please give the county total.", "isn't available"),
             ("Dear Hull City Council, please provide the locations of all grit bins. If exact locations are not "
              "readily recorded, please send the street names instead.", "readily recorded"))
    for text, words in cases:
        fr = _frame(text)
        assert fr.parts, text
        assert not any(words in t for t in _texts(fr)), (text, _texts(fr))


def test_not_requesting_only_where_held_a_link_and_reuse_are_notes():
    cases = (("Dear Kent Police, how many drones did you own in 2024? I am not requesting any details of where "
              "they were flown.", "not requesting"),
             ("Dear Cardiff Council, please send the number of missed bin collections in 2023. Please provide this "
              "only where it is already held.", "only where"),
             ("Dear Fife Council, please provide the minutes of the roads committee for 2022. I expect they are "
              "online already, in which case I would be happy with a link.", "happy with a link"),
             ("Dear Bath and North East Somerset Council, please provide the dataset of all street trees. Please "
              "also treat this as a request for re-use of the dataset under the Open Government Licence.", "re-use"))
    for text, words in cases:
        fr = _frame(text)
        assert fr.parts, text
        assert not any(words in t for t in _texts(fr)), (text, _texts(fr))
    # guard (passes on main too): a sentence that says what IS wanted after "not" stays asked
    fr = _frame("Dear Kent Police, I am not requesting names, only the number of drone flights in 2024.")
    assert any("drone" in t for t in _texts(fr)), _texts(fr)


def test_a_title_case_heading_over_a_nested_list_is_no_part():
    cases = ("Dear Norfolk County Council,\nI request the following:\n1. Gritting Routes and Priorities\n"
             "1. The list of roads on your priority gritting routes.\n2. The criteria used to choose those roads.\n"
             "2. Salt Stocks\n1. The amount of salt held on 1 November 2025.\n",
             "Dear Dundee City Council,\n1. Food Hygiene Inspections\na) How many inspections were carried out in 2024?\n"
             "b) How many premises were rated 0?\n2. Staffing and Resources\na) How many food safety officers "
             "did you employ in 2024?\n",
             "Dear Swansea Council,\n1. Playground Maintenance Records\n1. The inspection schedule for each playground.\n"
             "3. Future Investment Plans\n1. Any plans to replace play equipment in 2026.\n")
    heads = ("gritting routes and priorities", "salt stocks", "food hygiene inspections", "staffing and resources",
             "playground maintenance records", "future investment plans")
    for text in cases:
        fr = _frame(text)
        assert fr.parts, text
        assert not any(t.strip(" .") in heads or any(t.startswith(h) for h in heads) for t in _texts(fr)), \
            (text, _texts(fr))


def test_if_and_when_is_one_question():
    for text in ("Dear Historic England, please can you confirm if and when the survey report will be published?",
                 "Dear Ofsted, could you tell me whether and when the inspection report for the school will be "
                 "released?",
                 "Dear Leeds City Council, please confirm if and when the library on Moor Road will reopen."):
        fr = _frame(text)
        assert not any(t.strip(" .?").endswith((" if", " whether")) for t in _texts(fr)), (text, _texts(fr))
        assert any(" when " in f" {t} " and (" whether " in f" {t} " or " if " in f" {t} ") for t in _texts(fr)), \
            (text, _texts(fr))  # "if and when" kept whole, never cut to "when"
    # guard (passes on main too): "X and how many Y" still asks two things
    fr = _frame("Dear Leeds City Council, how many fines were issued in 2023 and how many were paid?")
    assert len(fr.parts) == 2, [p.text for p in fr.parts]


def test_a_web_address_shortened_with_dots_ends_no_sentence():
    for text in ("Dear Herefordshire Council, please provide the bin collection days for every street. Please include "
                 "the property reference if held, see https://www.example.org/about/n... for details.",
                 "Dear NHS England, with reference to the papers released under request 1234 "
                 "https://www.whatdotheyknow.com/request/c... , please can you confirm if and when they will be "
                 "published on your website?",
                 "Dear Bristol City Council, following my earlier request https://www.whatdotheyknow.com/request/b... "
                 "please send the minutes of the parks committee for 2023."):
        fr = _frame(text)
        words = [p.text for p in fr.parts] + list(fr.questions)
        assert fr.parts, text
        assert not any(". For details" in t or t.startswith(("For details", "for details")) for t in words), (text, words)
        assert not any(t.lower().startswith(("with reference", "following my")) and "please" not in t.lower()
                       for t in words), (text, words)
