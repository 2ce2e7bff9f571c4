"""fx47 (issue 8): headings and labels of a numbered letter are never asked nor spliced into a part, and an acronym the
person typed in capitals keeps them. My own wordings of the shapes fx45's judging found (wmp-bwc's "3.Policy and
training" / ": (4) Technical information", "Request 2a" labels, "bwvs"), never the letters themselves."""
from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.item_headings import heading_lines_off, labels_off


def _texts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=date(2026, 12, 4)).parts]


_BWV_SHAPE = ("Please provide the following information about spit hoods used by your force.\n\n"
              "1.1.Does your force use spit hoods?\n1.2.When did your force begin to use them?\n\n"
              "2.1.The number of spit hoods owned\n2.2.The number of spit hoods issued to officers\n\n"
              "3.Policy and training\n3.1.The force policy for spit hoods. Please provide the policy document.\n"
              "3.2.Details of the training given to officers on spit hoods.\n\n"
              "4.Complaints\n4.1.The number of complaints about spit hoods since 2020")


def test_a_numbered_heading_over_its_sub_items_is_neither_a_part_nor_spliced():
    texts = _texts(_BWV_SHAPE)
    joined = " | ".join(texts)
    assert "Policy and training" not in joined and "(4) Complaints" not in joined and ": (" not in joined, texts
    assert "The number of spit hoods issued to officers." in texts, texts


def test_an_unnumbered_heading_between_items_is_not_spliced_into_the_item_before():
    texts = _texts("Please give me the following for 2020 to 2024:\n1. The number of pupils excluded.\n2. The number of "
                   "exclusion appeals heard.\nCosts to the council\n3. The total spent on exclusion appeal hearings.")
    assert not any("Costs to the council" in t for t in texts), texts


@pytest.mark.parametrize("label", ["Request", "Question"])
def test_a_label_line_is_the_items_number_never_words_asked(label):
    texts = _texts(f"{label} 1\nWhat date did the force start issuing spit hoods?\n{label} 2\nIn the 3 years before that "
                   f"please confirm the following:\n{label} 2a\nThe number of officers trained.\n{label} 2b\nThe number of "
                   f"complaints received.\n{label} 3\nIn the 3 years after that please confirm the following:\n{label} 3a\n"
                   f"Number of officers trained.\n{label} 3b\nNumber of complaints received.")
    joined = " | ".join(texts).lower()
    assert f"{label.lower()} 3a" not in joined and f"{label.lower()} 2" not in joined, texts


def test_labels_and_headings_off_leave_plain_lines_alone():
    plain = "Please break the figures down by:\nPrimary schools\nSecondary schools\n1. The number of pupils excluded."
    assert heading_lines_off(plain) == plain
    assert labels_off("QUESTION 2\n2 a) How much was granted?") == "QUESTION 2\n2 a) How much was granted?"


@pytest.mark.parametrize("text, acronym", [
    ("How many IRPs were held by the council in 2023?", "IRPs"),
    ("1. The number of BWVs owned by the force.\n2. The number of BWVs in use.", "BWVs"),
])
def test_an_acronym_typed_in_capitals_keeps_them(text, acronym):
    texts = _texts(text)
    assert texts and all(acronym in t and acronym.lower() not in t for t in texts), texts


def test_a_heading_typed_in_capitals_gives_no_capitals_to_the_words_asked():
    texts = _texts("Noise complaints\nNUMBER OF COMPLAINTS\n1. How many noise complaints did the council receive in "
                   "2024?")
    assert not any("COMPLAINTS" in t for t in texts), texts
