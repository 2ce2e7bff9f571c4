"""fr15c (issue 8): a yes/no question about a body's practice becomes a request for the records that would answer
it, rendered from a frame; a question whose words point into the story, or that no shape fits, stays as typed.
Behaviour, not exact strings where the wording may improve."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.yes_no_asks import is_yes_no, records_for

TODAY = date(2026, 12, 1)


def parts(text: str):
    return frame_message(text, today=TODAY).parts


def yes_no_kept(text: str) -> list[str]:
    return [p.text for p in parts(text) if p.kept_words and is_yes_no(p.text)]


@pytest.mark.parametrize("text, wanted", [
    # a document the body holds or made: a copy of it
    ("Is there a register of empty homes in Bristol?", r"^A copy of any register of empty homes in Bristol\.$"),
    ("Do you have a tree planting strategy?", r"^A copy of any tree planting strategy\.$"),
    ("Have you carried out a survey of street trees in the last five years?", r"^A copy of any survey of street trees"),
    ("Was a business case prepared for the new leisure centre in Crawley?", r"^A copy of any business case for the new leisure centre in Crawley\.$"),
    ("Are there any guidelines on how much compensation is paid?", r"^A copy of any guidelines on how much compensation is paid\.$"),
    # "ever": the number of times
    ("Has the school ever excluded a pupil for wearing the wrong shoes?", r"^The number of times the school has excluded a pupil for wearing the wrong shoes\.$"),
    ("Please confirm whether the Department for Education has ever fined an academy trust for late accounts.",
     r"^The number of times you have fined an academy trust for late accounts\.$"),  # lf64: the letter speaks to it
    # a passive question: the records of it being done
    ("Were local residents consulted before the bus lane on Hills Road was introduced?",
     r"^Any records of local residents being consulted before the bus lane on Hills Road was introduced\.$"),
    # "have any N been done": the number of them
    ("Have any licences been revoked since 2023?", r"^The number of licences revoked"),
])
def test_a_yes_no_question_asks_for_its_records(text, wanted):
    got = [p.text for p in parts(text)]
    assert len(got) == 1 and re.search(wanted, got[0]), got


def test_the_brief_examples():
    first = parts("Does the council have a policy on dog fouling enforcement? Has it ever used fixed penalty notices for it?")
    assert len(first) == 2 and first[1].text.startswith("The number of times the council has used fixed penalty notices")
    lost = frame_message("1. Has the Trust carried out an equality impact assessment of the closure of the ward? "
                         "2. Were patients consulted?", today=TODAY)
    assert len(lost.parts) == 2 and "patients being consulted" in lost.parts[1].text
    assert not any("consulted" in q for q in lost.questions)


@pytest.mark.parametrize("text", [
    "Is this data published anywhere?",  # "this" points into the story
    "Do you keep records of how long they have been empty?",  # "they" means the homes, not the body
    "Do you think the new bins are a waste of money?",  # an opinion: not this module's
    "Can a school tell a parent not to bring their child to school?",  # a legal question
])
def test_a_question_pointing_into_the_story_or_not_about_a_practice_is_not_reframed(text):
    frame = records_for(text, found_name=None, body="the council")
    assert frame is None


def test_the_persons_words_after_the_verb_stay_in_order():
    frame = records_for("Has the force ever tested or trialled information provided by Facewatch, either directly "
                        "from the company or by third-parties such as retailers?", body="the force")
    from askfoi.framing import render_frame

    text = render_frame(frame)
    assert "tested or trialled information provided by Facewatch, either directly from the company or by " \
           "third-parties such as retailers" in text


def test_a_covert_use_keeps_its_ncnd_warning():
    framing = frame_message("Have Lancashire Police used stingrays to track phones?", today=TODAY)
    assert not framing.parts[0].kept_words
    assert "ncnd-risk" in {f.code for f in framing.findings}


def test_surveillance_verbs_are_no_record_keeping():
    # "monitor" is watching, not keeping records: never "Any records held of social media accounts"
    got = parts("Do Hampshire Police monitor social media accounts of activists?")
    assert "records held of social media" not in got[0].text
