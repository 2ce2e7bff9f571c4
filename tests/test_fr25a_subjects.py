"""fr25a (issue 8): every part self-contained: "each X" / "the X" written as the earlier part's phrase, a bare
mention no stop to the search, a list item's "they"/"it" carried from the item before. Invented letters only."""

from datetime import date

from askfoi.framing import frame_message
from askfoi.part_pointers import definites

TODAY = date(2026, 12, 1)


def parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_each_item_takes_the_phrase_of_the_list_before():
    got = parts("Under the Freedom of Information Act please provide:\n"
                "1. A list of all electric buses owned or leased by the council for the school transport service.\n"
                "2. The purchase cost of each bus.\n"
                "3. The annual maintenance cost of each bus since 2021.")
    assert any("purchase cost of each electric bus owned or leased by the council for the school transport service"
               in p for p in got)
    assert any("maintenance cost of each electric bus owned or leased" in p and "since 2021" in p for p in got)


def test_a_phrase_cut_short_is_never_written_in():
    got = parts("1. Please list all contracts the council holds with private parking enforcement companies.\n"
                "2. The start and end date of each contract.\n"
                "3. The value of each contract.")
    assert not any("with private." in p for p in got)
    assert any(p.startswith("The value of each contract") for p in got)


def test_they_in_a_list_item_is_the_item_befores_subject():
    got = parts("1. Which invasive plants are present on council land in Midtown?\n"
                "2. The date they were first recorded.\n"
                "3. The cost of removing them in 2024.")
    assert "The date the invasive plants were first recorded." in got


def test_a_bare_mention_does_not_stop_the_search_for_these():
    got = parts("Please provide the following for 2023.\n"
                "Did the university conduct experiments on mice in 2023?\n"
                "How many of each strain of mouse were used in experiments?\n"
                "What was the outcome of these experiments?")
    assert any("outcome of the experiments on mice" in p for p in got)
    assert not any("the university conduct experiments" in p for p in got)


def test_soft_pointers_are_only_unrestricted_common_nouns():
    found = {p.words for p in definites("The cost of each vehicle and the vehicles that the council owns, "
                                        "the council, the number of cars, the complaints process, the animals.")}
    assert found == {"each vehicle", "the animals"}


def test_agent_they_is_never_the_item_before():
    got = parts("1. Which department deals with school admissions?\n"
                "2. Who do they report to?")
    assert not any("the department" in p.lower() and "report to" in p for p in got)


def test_each_type_says_the_types_the_lead_in_listed():
    got = parts("I would like information on parking penalty charge notices issued by the council for overstaying, "
                "blue badge misuse and loading bay misuse in 2024.\n"
                "1. The number of penalty charge notices of each type issued.\n"
                "2. The number of penalty charge notices of each type that were cancelled on appeal.")
    assert sum("of each type (overstaying, blue badge misuse and loading bay misuse)" in p for p in got) == 2
