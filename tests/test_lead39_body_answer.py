"""lead39 (newcomer): a person asked what records would answer a vague message ("tell me about the bins") often
answers with the organisation's name. The name is taken for the letter and the waiting message is asked about
again; it never becomes the request's subject. A name typed as the first message is taken the same way."""

from __future__ import annotations

import pytest

from askfoi.conversation import Step
from tests.test_ck32_conversation import conv, said


@pytest.mark.parametrize("vague, body, named", [
    ("tell me about the bins", "brighton and hove council", "Brighton and Hove City Council"),
    ("tell me about the potholes", "leeds city council", "Leeds City Council"),
    ("info on drones please", "kent police", "Kent Police"),
])
def test_a_body_name_answering_the_kinds_question_keeps_the_message(vague, body, named):
    c = conv(vague)
    assert c.session.about == vague and not c.session.parts
    reply = said(c, body)
    assert c.session.about == vague, c.session.about
    assert c.session.authority == named
    assert named in reply and vague in reply  # the body told back, the waiting question asked again
    assert body not in " ".join(c.session.parts)
    said(c, "1 3")  # the kinds chosen frame the first message, not the body's name
    assert c.session.parts and not any(body in p.lower() for p in c.session.parts), c.session.parts
    assert c.session.authority == named


def test_a_body_name_as_the_first_message_asks_what_to_find_out():
    c = conv("kent police")
    assert c.session.authority == "Kent Police" and not c.session.about
    said(c, "how many drones do they have")
    assert c.session.parts and c.session.authority == "Kent Police"
    assert c.session.step == Step.authority  # proposed, still to be confirmed


def test_a_question_naming_a_body_is_still_a_question():
    c = conv("brighton and hove council how many bins were not collected in 2024")
    assert c.session.parts and c.session.authority == "Brighton and Hove City Council"


# -- the one school a story names is the body its questions ask, when they point back to it ------------------------

from askfoi.framing import frame_message  # noqa: E402


def test_the_school_named_in_the_story_is_asked_not_its_towns_council():
    framing = frame_message("my daughters school, hillview academy in bolton, keeps using supply teachers. how much did "
                            "they spend on agency staff in the last 3 years and how many teachers left")
    assert framing.authority is not None and "Hillview Academy" in framing.authority.name
    assert "Bolton" not in framing.authority.name


@pytest.mark.parametrize("text, council", [
    ("my son goes to hillview academy in bolton. how many pupils were excluded from schools in bolton in 2024",
     "Bolton"),
])
def test_a_question_about_the_towns_schools_still_asks_the_council(text, council):
    framing = frame_message(text)
    assert framing.authority is not None and council in framing.authority.name


def test_a_question_that_points_back_to_nothing_never_takes_the_school():
    framing = frame_message("my son goes to hillview academy in bolton. how many potholes were reported on his road")
    assert framing.authority is None or "Academy" not in framing.authority.name
