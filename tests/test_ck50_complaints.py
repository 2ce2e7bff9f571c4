"""ck50 (nc49 #4): a sentence that complains, claims compensation or asks a view is no FOI request. The finding says
plainly what it is and where it goes (decided by what the sentence does, the body's kind choosing the ombudsman), and
the factual question, when there is one, is the letter (put to the body it names)."""

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message

GP = ("i want to complain about my gp practice, the receptionist was rude to me and they wont give me an appointment. "
      "why is the surgery so badly run")
POTHOLE = ("I reported a pothole on Mill Lane to Kent County Council 3 times and nobody fixed it and I damaged my tyre. "
           "I want compensation and to know why they ignored me")
ULEZ = ("do you think the mayor of london should resign over ulez? i reckon its a cash grab. how much has tfl made from "
        "ulez fines since 2023")


def _finding(framing):
    return next((f for f in framing.findings if f.code == "complaint-not-foi"), None)


def test_gp_complaint_goes_to_the_practice_then_the_ombudsman():
    f = frame_message(GP)
    said = _finding(f)
    assert said is not None and "complaint" in said.message
    assert "Parliamentary and Health Service Ombudsman" in said.suggestion
    assert not any("badly run" in p.text for p in f.parts)


def test_pothole_claim_is_a_claim_not_foi():
    f = frame_message(POTHOLE)
    said = _finding(f)
    assert said is not None and said.variant == "claim" and "compensation" in said.message
    assert not any(" me." in p.text or "ignored me" in p.text for p in f.parts)


def test_opinion_set_aside_and_factual_question_is_the_letter():
    f = frame_message(ULEZ)
    assert f.authority is not None and f.authority.name == "Transport for London"
    assert [p for p in f.parts if "ulez" in p.text.lower() and ("income" in p.text.lower() or "made" in p.text.lower())]
    assert not any("resign" in p.text.lower() for p in f.parts)
    assert not f.other_bodies
    said = _finding(f)
    assert said is not None and said.variant == "opinion"


def test_council_complaint_names_the_local_government_ombudsman():
    r = check_request("I want to make a complaint about Leeds City Council, they never collected my bins",
                      "Leeds City Council")
    said = next(f for f in r.findings if f.code == "complaint-not-foi")
    assert "Local Government and Social Care Ombudsman" in said.suggestion


@pytest.mark.parametrize("text", [
    "how many complaints did Leeds City Council receive about bin collections in 2024?",
    "what is the council's complaints procedure and how many complaints went to the ombudsman in 2024?",
    "do they record the number of complaints about rude staff?",
    "how much did the council spend on the new ULEZ cameras?",
])
def test_requests_about_complaints_are_not_complaints(text):
    assert not [f for f in check_request(text).findings if f.code == "complaint-not-foi"]


def test_view_alone_still_reads_as_records():
    f = frame_message("do you think the council should sell the library building?")
    assert f.parts  # a message that only asks a view keeps its records frame, said once by not-recorded-information
    assert _finding(f) is None


async def test_chat_says_the_complaint_and_where_it_goes(tmp_path):
    from datetime import date

    from _pilot import bot_text, say, settle

    from askfoi.session import MemoryStore
    from askfoi.tui.app import AskFOIApp

    app = AskFOIApp(today=lambda: date(2026, 12, 5), save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        await say(pilot, GP)
        said = bot_text(app)
        assert "is a complaint" in said and "Parliamentary and Health Service Ombudsman" in said
        assert "Any minutes, reports or decision records" not in said
