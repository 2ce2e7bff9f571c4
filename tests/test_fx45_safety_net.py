"""fx45 (issue 8): the safety net on rendered parts, the note under a list, a format note sent back."""
from datetime import date

from askfoi.framing import frame_message
from askfoi.part_safety import lost_words, stands_alone

TODAY = date(2026, 12, 4)
_parts = lambda text: [p.text for p in frame_message(text, today=TODAY).parts]  # noqa: E731


def test_a_rewrite_that_drops_the_first_quarter_keeps_the_question_whole():
    parts = _parts("Dear Council,\n\n1. How many fly-tipping reports did you receive in 2019 and 2022? Please also provide "
                   "figures for the first quarter of 2023.\n\n2. How many fixed penalty notices did you issue for fly-tipping "
                   "in 2019 and 2022?\n\nYours faithfully,\nA Person")
    assert any("first quarter of 2023" in p for p in parts), parts


def test_a_breakdown_cut_to_its_first_category_keeps_every_category():
    parts = _parts("Dear Council,\n\n1. How many libraries are in your area? Please break this down into branch libraries, "
                   "mobile libraries (any type) and community-run libraries.\n\n2. How many library staff do you employ?\n\n"
                   "Yours faithfully,\nA Person")
    first = next(p for p in parts if "librar" in p.lower() and "staff" not in p.lower())
    assert "mobile libraries" in first and "community-run" in first, parts


def test_words_of_the_body_and_the_period_are_never_lost():
    assert lost_words("How many potholes have been reported to the council in each of the last five financial years?",
                      "The number of potholes reported, broken down by financial year.") == []
    assert lost_words("How much money has your police force spent on drones since 2019?",
                      "The total amount spent on drones, broken down by year.") == []


def test_a_length_asked_is_not_the_period():
    assert lost_words("The number of homes that have been empty for over 3 months, over 6 months and over 12 months",
                      "The number of homes empty.") == ["3", "6", "12"]


def test_a_question_that_points_at_the_story_does_not_stand_alone():
    assert not stands_alone("How much did the council pay for the installation of this armour?")
    assert not stands_alone("What is the value of said contract?")
    assert not stands_alone("How many of the above were upheld?")
    assert stands_alone("Does the council know that drivers park on the verge?")
    assert stands_alone("How many schools are in your area? Please break this down by type.")


def test_a_note_under_the_list_makes_no_second_part_of_the_last_sub_item():
    text = ("For each financial year between 2019-20 and 2022/23, please could you answer the following questions:\n"
            "1. How many trees has your council:\n1a. Planted in parks?\n1b. Removed from streets?\n"
            "2. What was the total amount spent by the council on tree surgery?\n"
            "3. How many complaints were:\n3a. Received about trees?\n3b. Upheld by the council?\n"
            "NB - Please could all the above information be broken down by financial year and where the data allows, by ward.")
    parts = _parts(text)
    assert sum(1 for p in parts if "upheld by the council" in p.lower()) == 1, parts
    assert not any(p.lower().startswith("upheld by the council") for p in parts), parts


def test_a_format_note_with_return_is_never_asked_back():
    framing = frame_message("Dear Council,\n\n1. How many bus shelters do you maintain?\n\n2. How much did you spend on bus "
                            "shelter repairs in 2023?\n\nPlease return the information in an Excel (.xls) format rather than a "
                            "PDF document.\n\nYours faithfully,\nA Person", today=TODAY)
    assert not any("Excel" in q for q in framing.questions), framing.questions
    assert not any("Excel" in p.text for p in framing.parts)
