"""fr15b (issue 8): which clauses of a request become parts, which remarks, and that none is lost. Invented messages."""

from __future__ import annotations

from askfoi.framing import frame_message
from askfoi.questions import format_note, is_statement, lead_in, read_message, timing_note, told_sentence


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text).parts]


def test_a_lead_ins_words_of_asking_never_reach_its_items():
    assert lead_in("Please could I have the following figures taken from your annual report, for each year "
                   "from 2019 to 2023:") == "for each year from 2019 to 2023"
    assert lead_in("Could you send me the following in a spreadsheet:") == ""
    assert lead_in("I would like the following information about fly-tipping in Leeds:") == "about fly-tipping in Leeds"
    parts = _parts("Please could I have the following figures taken from your annual report, for each year from 2019 "
                   "to 2023:\n- The number of noise complaints received\n- The number of noise abatement notices served")
    assert len(parts) == 2
    assert not any("please" in p.lower() or "annual report" in p for p in parts)


def test_unmarked_lines_under_the_following_are_items_each_asked():
    text = ("Could you send me the following in a spreadsheet:\n\nNumber of parking tickets issued\n"
            "Number of tickets cancelled on appeal\nAverage time to decide an appeal\n\nFor 2022 and 2023 please.")
    parts = _parts(text)
    assert len(parts) == 3
    assert any("cancelled on appeal" in p for p in parts) and any("Average time" in p for p in parts)


def test_a_format_aside_does_not_hide_what_is_asked():
    assert not format_note("Please provide, in Excel format, the list of contracts awarded to Veolia since 2020.")
    assert format_note("Please provide the information, in electronic format, by email.")
    parts = _parts("Please provide, in Excel format, the list of contracts awarded to Veolia since 2020.")
    assert len(parts) == 1 and "Veolia" in parts[0]


def test_deadline_and_handling_notes_are_remarks_never_parts():
    assert timing_note("Please supply this within 10 working days as it is a small document.")
    assert timing_note("Please do not contact me to extend the deadline.")
    assert timing_note("Please contact me if anything is unclear.")
    assert not timing_note("Please provide the number of fines within each ward.")
    assert not timing_note("Please don't include the names of officers.")
    framing = frame_message("Please send me a copy of the tree survey for Elm Park carried out in 2024. Please supply "
                            "this within 10 working days as it is a small document. Please do not contact me to "
                            "extend the deadline.")
    assert len(framing.parts) == 1 and "tree survey" in framing.parts[0].text
    assert not framing.questions


def test_a_list_items_story_sentences_go_to_the_remarks():
    assert told_sentence("I asked for this last year and it was refused.")
    assert told_sentence("Other councils have chosen to publish the median instead.")
    assert not told_sentence("I would like the figures per school rather than per pupil.")
    assert not told_sentence("Note this refers to repairs, not reports.")
    framing = frame_message("1. Please provide a copy of the 2023 parking review for Harrogate. I asked for it last "
                            "year and it was refused.\n2. How much did the parking review cost?")
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2
    assert not any("refused" in t for t in texts)
    assert any("refused" in r for r in framing.remarks)


def test_what_a_newspaper_reported_is_a_remark_and_the_ask_stays():
    assert is_statement("A story in the Evening Post on 2 May said that the council will close three libraries.")
    assert not is_statement("The minutes of the meeting where the leader said that the libraries would close.")
    parts = _parts("A story in the Evening Post on 2 May said that the council will close three libraries. Please "
                   "provide any minutes of meetings of Sheffield City Council where the closures were discussed.")
    assert len(parts) == 1 and "minutes" in parts[0].lower()


def test_a_link_to_earlier_correspondence_is_not_a_subject_access_request():
    framing = frame_message("Please send me the number of fixed penalty notices issued for littering in 2024. My "
                            "earlier correspondence on this is here: https://example.org/request/123")
    assert framing.route == "foi"
    assert any("fixed penalty" in p.text for p in framing.parts)


def test_a_question_after_also_and_a_period_phrase_is_asked():
    reading = read_message("The number of street lights replaced in 2023.\n\nAlso during the same period how many "
                           "street lights were switched off at night?")
    assert len(reading.questions) == 2
