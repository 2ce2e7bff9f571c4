"""lead52 (session 51's leftover): in a subject access message, the body's own records listed beside the person's
("her care plan, ..., the inspection reports for the home and the staffing policy") are no items of the subject
access letter: they are the body's records about its work, set aside for an FOI request and named as such, never
joined to the item before or written "about [NAME]". A relative named after the relation ("my mum margaret") is
named once in the account."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.sar_items import body_record

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize("message, personal, aside", [
    ("my mum margaret is in a care home run by kent county council. i want her care plan, her daily care notes, the "
     "inspection reports for the home and the staffing policy",
     ["Margaret's care plan.", "Margaret's daily care notes."], ["inspection reports for the home", "staffing policy"]),
    ("i want kent county council to give me my sons school transport file, the appeal decision letter about him, and "
     "the councils school transport policy",
     ["[CHILD'S NAME]'s school transport file.", "The appeal decision letter about [CHILD'S NAME]."],
     ["school transport policy"]),
    ("can i get my own housing file from leeds city council, the letters about my repairs and the repairs policy",
     None, ["repairs policy"]),
])
def test_the_bodys_records_are_set_aside_for_foi(message, personal, aside):
    framing = frame_message(message, today=TODAY)
    texts = [p.text for p in framing.parts]
    if personal is not None:
        assert texts[: len(personal)] == personal, texts
    for words in aside:
        assert not any(words in t for t in texts), texts
        assert any(words in q for q in framing.foi_aside), framing.foi_aside


def test_the_relatives_name_is_said_once_in_the_account():
    framing = frame_message("my mum margaret is in a care home run by kent county council. i want her care plan and "
                            "her daily care notes", today=TODAY)
    told = [p.text for p in framing.parts if p.text.startswith("Any other personal data")]
    assert told and "Margaret margaret" not in told[0] and "Margaret Margaret" not in told[0], told


@pytest.mark.parametrize("piece, expected", [
    ("the inspection reports for the home", True),
    ("the staffing policy", True),
    ("the councils school transport policy", True),
    ("the minutes of the cabinet meeting", True),
    ("her care plan", False),
    ("the incident report about her fall", False),
    ("the minutes of the meeting about my son", False),
    ("the cctv of my arrest", False),
])
def test_body_record(piece, expected):
    assert body_record(piece) is expected
