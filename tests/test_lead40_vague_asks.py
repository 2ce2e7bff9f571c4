"""lead40: a vague ask ("i want to know about the potholes", "i want info on drones", "everything you have on ...")
is a wish to know, never a story: the kinds of record are offered about its subject, the subject without its lead-in."""

import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("text, subject", [
    ("i want to know about the potholes", "potholes"),
    ("i want info on drones", "drones"),
    ("info on the potholes", "potholes"),
    ("we need information about the new car park", "new car park"),
    ("everything you have on the new housing estate", "new housing estate"),
])
def test_a_vague_ask_offers_the_kinds_of_record_about_its_subject(text, subject):
    framing = frame_message(text)
    assert not framing.parts
    assert [p.subject for p in framing.pending] == [subject]
    assert framing.questions and "Choose the kinds of record" in framing.questions[0]
    assert "tells what happened" not in " ".join(framing.questions)


def test_a_story_is_still_asked_which_records_it_wants():
    framing = frame_message("we needed a new boiler and the council refused")
    assert not framing.parts and framing.questions
    assert "Choose the kinds of record" not in framing.questions[0]
