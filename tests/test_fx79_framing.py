"""fx79 (issue 8): framing real first messages - classes seen in fx76's report set, tried on messages in other words."""

from datetime import date

from askfoi.framing import frame_message
from askfoi.questions import read_message

TODAY = date(2026, 12, 5)


def _parts(text):
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_a_name_broken_by_a_line_break_is_one_question():
    text = ("Dear Ministry of Defence,\nI would like to know if the new radar trial will involve test flights over either "
            "the Spadeadam Electronic Warfare\nTactics Range in Cumbria or the Otterburn Ranges in Northumberland.")
    parts = _parts(text)
    assert len(parts) == 1 and "Spadeadam Electronic Warfare Tactics Range in Cumbria or the Otterburn Ranges" in parts[0]


def test_a_line_ending_on_an_open_word_runs_on():
    text = ("Dear Leeds City Council,\nI would like to know whether the council will close the library on Elm Street at "
            "either the end of the\nsummer or in the new year.")
    parts = _parts(text)
    assert len(parts) == 1 and "the end of the summer or in the new year" in parts[0]


def test_questions_one_a_line_without_stops_stay_apart():
    # a guard (passes on main too): lines that each start a question are never joined
    text = ("Dear Leeds City Council,\nI would like to know how many complaints you received about the bins on Harehills Lane\n"
            "How many missed collections were logged in 2024\nWhat the contractor was paid")
    assert len(_parts(text)) == 3


def test_a_fronted_question_ending_in_a_full_stop_is_asked_with_its_follow_up():
    text = ("Dear Leeds City Council,\n\nOf all the parking fines issued on Elm Street since 2020, how many were "
            "cancelled on appeal.\n\nOf those, how many were cancelled in the last year?")
    fr = frame_message(text, today=TODAY)
    assert len(fr.parts) == 1 and not fr.questions
    assert "cancelled on appeal" in fr.parts[0].text and "Of those, how many were cancelled in the last year?" in fr.parts[0].text


def test_an_elliptic_count_goes_on_the_follow_up_it_continues():
    text = ("Dear Norfolk County Council,\n\nOf all the school transport appeals heard since 2015, how many were won by "
            "parents.\n\nOf those, how many were heard in the past 5 years, and how many in the last 2?")
    fr = frame_message(text, today=TODAY)
    assert len(fr.parts) == 1 and not fr.questions
    assert fr.parts[0].text.endswith("how many were heard in the past 5 years, and how many in the last 2?")


def test_a_cost_limit_softener_leaves_the_question():
    r = read_message("How many fires were there in 2023?\n\nIf possible within the cost limits, can you tell me how "
                     "many tower blocks have cladding like Grenfell's?")
    assert any("tower blocks" in q for q in r.questions)


def test_a_cost_limit_fallback_is_still_a_condition():
    # a guard (passes on main too): a fallback says what to do instead; no part
    r = read_message("How many fires were there in 2023?\n\nIf this would exceed the cost limit, please give the figures "
                     "for 2023 only.")
    assert r.questions == ["How many fires were there in 2023?"]


def test_a_closing_line_under_the_last_item_is_no_part_of_it():
    text = ("Dear Leeds City Council,\nPlease send me:\n1. The minutes of the parks committee for 2024.\n"
            "2. Any documents about the closure of the Roundhay paddling pool, or plans for it.\nI look forward to a swift reply.\nKind regards,")
    parts = _parts(text)
    assert parts and not any("look forward" in p for p in parts)


def test_the_assessment_a_person_names_is_the_one_asked_for():
    assert _parts("Dear Leeds City Council, has an equality impact assessment been carried out on the library closures?") \
        == ["Any equality impact assessment carried out for the library closures."]
    assert _parts("Dear Leeds City Council, was an EqIA done on the changes to the bus routes?") \
        == ["Any equality impact assessment (EqIA) carried out for the changes to the bus routes."]
    assert _parts("Dear Leeds City Council, did you do a risk assessment for the fireworks display on the green?") \
        == ["Any risk assessment carried out for the fireworks display on the green."]
    assert _parts("Dear Leeds City Council, was a DPIA done for the facial recognition cameras?") \
        == ["Any data protection impact assessment (DPIA) carried out for the facial recognition cameras."]


def test_the_pair_is_kept_when_no_kind_is_named():
    # a guard (passes on main too)
    assert _parts("Dear Leeds City Council, was an impact assessment carried out for the bin changes?") \
        == ["Any data protection impact assessment (DPIA) or equality impact assessment carried out for the bin changes."]
