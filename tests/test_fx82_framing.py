"""fx82 (issue 8): framing real first messages - classes seen in fx79's set (tuning from session 56), tried on
messages in other words: lists flattened onto one line, sentences that only give the whole request's period,
exclusions or layout, a sub-item asked twice."""

from datetime import date

from askfoi.framing import frame_message
from askfoi.questions import format_note, letter_notes

TODAY = date(2026, 12, 5)


def _frame(text):
    return frame_message(text, today=TODAY)


def test_a_lettered_list_run_onto_one_line_is_three_parts():
    fr = _frame("To Durham County Council: I'd like to know a) the number of complaints about bin collections in 2023 "
                "b) the number of those complaints upheld c) the average time taken to respond to them")
    assert len(fr.parts) == 3
    assert not any("upheld" in p.text and "average" in p.text for p in fr.parts)


def test_bullets_run_onto_one_line_are_items_and_the_lead_is_no_part():
    # a guard (passes on main too: bullets inside a line were already read as items)
    fr = _frame("Dear Kent County Council, further to your advice I now narrow my request by asking for details of the: "
                "\u2022 Advice from staff that led to the wording of the new parking letter. \u2022 Date of the first draft "
                "of the new parking letter. \u2022 Date the new parking letter was first sent out.")
    texts = [p.text for p in fr.parts]
    assert len(texts) == 3
    assert not any("narrow my request" in t for t in texts)


def test_a_sub_item_kept_inside_its_part_is_not_asked_back_too():
    fr = _frame("1) When did the escalator at Bank station stop working? 2) When did you put up a notice about it "
                "a) at the station? b) on your website? c) on social media? 3) When was it repaired?")
    assert any("on your website" in p.text for p in fr.parts)
    assert not any("on your website" in q for q in fr.questions)
    assert not fr.unframed


def test_a_sentence_giving_only_the_period_is_no_part_whatever_its_verb():
    fr = _frame("Dear Leeds City Council,\nI am looking for 2 pieces of information. Please provided data from the academic "
                "year 2019-2020, 2020-2021 and the present academic year.\n1. How many complaints about school transport "
                "did you receive?\n2. How many complaints about school transport were upheld?")
    assert not any("academic year" in p.text for p in fr.parts)
    assert fr.period and "2019" in fr.period


def test_a_layout_and_an_exclusion_for_the_whole_request_are_notes_never_asked_back():
    text = ("Dear Kent County Council,\nPlease tell me how many libraries have closed since 2018.\nPlease respond in the "
            "following format:\n\u2022 Name of library\n\u2022 Date closed\nPlease do not include any temporary "
            "closures as a result of Covid-19 restrictions.")
    fr = _frame(text)
    assert not any("format" in q or "temporary closures" in q for q in fr.questions)
    assert not any("temporary closures" in p.text for p in fr.parts)
    notes = letter_notes(fr.remarks, text)
    assert any("temporary closures" in n for n in notes) and any("following format" in n for n in notes)


def test_an_exclusion_under_the_last_item_is_not_written_into_it():
    fr = _frame("Dear Sheffield City Council,\n1. How many fixed penalty notices for fly tipping were issued?\n"
                "2. How many were paid?\nPlease exclude any notices issued by private contractors.\n"
                "All in an excel spreadsheet please.")
    assert not any("exclude" in p.text.lower() or "spreadsheet" in p.text.lower() for p in fr.parts)
    from askfoi.questions import whole_request_note

    assert format_note("All in an excel spreadsheet please.")
    assert whole_request_note("Please exclude any notices issued by private contractors.")


def test_guard_a_request_naming_its_records_with_a_period_stays_a_part():
    # a guard (passes on main too): "the crime data for 2020 to 2023" names its records
    fr = _frame("Dear Hampshire Constabulary, please provide the burglary figures for Winchester for 2020 to 2023.")
    assert len(fr.parts) == 1 and "Winchester" in fr.parts[0].text


def test_guard_a_lone_label_like_word_in_prose_is_no_list():
    # a guard of the new module (askfoi/flat_lists.py, absent on main): no run of ordered labels, nothing broken
    from askfoi.flat_lists import unflattened

    for text in ("Please see e.g. the report.", "He said a) yes.", "I would like a. copy of the minutes.",
                 # an enumeration inside one sentence: its labels stand after "and" or a comma
                 "How many a) arrests, b) fines and c) seizures of e-bikes were made in Walsall?",
                 "Any leaflets telling students a) how to complain and b) how to appeal to the adjudicator."):
        assert unflattened(text) == text
