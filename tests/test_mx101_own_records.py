"""mx101 (nc101 #1, j4): the person's own records and a figure in one message.

A part is the person's own data when it asks for records about them or made by them ("the repair complaints i made",
"what their surveyor wrote about my flat", "the letters the hospital sent me"). A figure asked in a clause of its own
in the same sentence ("..., also how many damp and mould complaints they got") is a part of its own: it never turns
the person's records into an FOI part for everyone's ("Copies of any repair complaints."). The records go to the
subject access letter, all of them, with their maker kept; the figure is set aside for the FOI letter (Ctrl+N).
Guards: a count about "my area" or "my street", and "how many complaints were made", stay FOI."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message
from askfoi.sar_items import foi_asides, sar_items
from askfoi.templates import render

TODAY = date(2026, 12, 7)
# nc101 j4, as typed (the spelling step turns "copys" into "copies" in the chat; the reading does not depend on it)
J4 = ("hi there i rent my flat off sheffield council and theres been black mould in the bedroom for a year. i want copys "
      "of all the repair complaints i made and what their surveyor wrote about my flat, also how many damp and mould "
      "complaints they got across the whole of sheffield last year")
J4_CLASS = "i want copies of the repair complaints i made, and how many damp complaints they got last year"
J4_RETYPED = ("i want copies of the repair complaints i made and the surveyors report on my flat. also how many damp and "
              "mould complaints did sheffield council get last year")


def _codes(text: str) -> set[str]:
    return {f.code for f in check_request(text, None).findings}


@pytest.mark.parametrize("text", [
    J4, J4_CLASS,
    # my own words, the same shape: a record the person made or was sent, then a figure in a clause of its own
    "please send me the appeal i lodged against my parking fine and the number of appeals the council upheld in 2025",
    "can i have the letters the hospital sent me about my operation, and how many operations they cancelled in 2025",
    "i want the recording of the 999 call i made in march and how many 999 calls leeds police got last year",
    "please send me the emails i sent to the housing officer and tell me how many housing complaints the council "
    "upheld in 2025",
    "the complaint i put in about the noise from the pub, plus how many noise complaints the council got in 2024",
])
def test_own_records_beside_a_figure_are_the_persons_own_data(text):
    assert "own-personal-data" in _codes(text)


@pytest.mark.parametrize("text", [
    "how many complaints were made about damp in council flats in sheffield last year",
    "how many damp complaints were made in my area last year",
    "how many potholes were reported on my street in 2025",
    "how many complaints i made to the council were upheld last year",  # a figure of these very records: FOI as before
    "how many letters the council sent me were about arrears, and the number of arrears letters sent in 2025",
    # told, not asked: a figure elsewhere in the sentence keeps it FOI, as before
    "i got a letter the council sent me about arrears, how many arrears letters did they send in 2025",
    "the complaint i made last year was ignored, how many complaints were ignored in 2025",
    "i was stopped and searched last year and i want to know how many stop and search records the met holds",
])
def test_counts_stay_foi(text):
    assert "own-personal-data" not in _codes(text)
    framed = frame_message(text, today=TODAY)
    assert framed.regime in ("FOIA", "FOISA")


def test_j4_goes_to_subject_access_with_every_own_record_and_sets_the_figure_aside():
    framed = frame_message(J4, today=TODAY)
    assert framed.regime == "SAR"
    parts = [p.text for p in framed.parts]
    assert any("repair complaints I made" in p for p in parts), parts  # the maker kept, never "any repair complaints"
    assert any("surveyor wrote about my flat" in p for p in parts), parts
    assert not any(p.startswith("Copies of any repair complaints") for p in parts)
    assert foi_asides(J4) == ["how many damp and mould complaints they got across the whole of sheffield last year?"]


def test_the_retyped_message_keeps_the_complaints_and_writes_the_apostrophe():
    items = sar_items(J4_RETYPED)
    assert items == ["The repair complaints I made", "The surveyor's report on my flat"]
    assert foi_asides(J4_RETYPED) == ["how many damp and mould complaints did sheffield council get last year?"]


@pytest.mark.parametrize("text,item", [
    (J4_CLASS, "The repair complaints I made"),
    ("please send me the appeal i lodged against my parking fine and the number of appeals the council upheld in 2025",
     "The appeal I lodged against my parking fine"),
    ("i want a copy of the application i submitted for a blue badge and how many they refused last year",
     "The application I submitted for a blue badge"),
])
def test_a_record_the_person_made_is_an_item_with_its_maker(text, item):
    assert item in sar_items(text)


def test_made_by_me_reads_the_maker_not_a_count():
    from askfoi.sar_items import made_by_me

    assert made_by_me("all the repair complaints i made")
    assert made_by_me("the claim I put in last march")
    assert not made_by_me("how many complaints i made")
    assert not made_by_me("the repair complaints")  # no maker: everyone's, and not the person's by these words
    assert not made_by_me("the complaints they made about me")  # about the person, read by other rules


def test_their_staff_are_yours_in_the_letter_to_the_body():
    assert sar_items("i want to know what their surveyor wrote about my flat") == [
        "Records of what your surveyor wrote about my flat"]
    # guard: a role not followed by a record keeps its words ("the surveyors visited")
    assert "surveyors visited" in " ".join(sar_items("the surveyors visited my flat in may and i want the notes they "
                                                       "wrote about my flat"))


def test_a_parents_letters_name_her_as_the_one_sent_to_and_whose_discharge():
    # mx101: "sent her about her discharge" was "sent [PARENT'S NAME]'s about [PARENT'S NAME] discharge"
    mum = ("my mum is in a care home and i have lasting power of attorney for her health and welfare. i want the letters "
           "the nhs trust sent her about her discharge and how many patients they discharged to care homes last year")
    assert "The letters the NHS trust sent [PARENT'S NAME] about [PARENT'S NAME]'s discharge" in sar_items(mum)
    # guard: "her school records" is still hers, and "sent her" at the end is still her
    assert sar_items("my daughter is 10, i want the emails the school sent her and her school records") == [
        "The emails the school sent [CHILD'S NAME]", "[CHILD'S NAME]'s school records"]


def test_school_records_and_a_parents_letters_keep_their_route():
    # guards (these worked before mx101): a child's records are asked on the child's behalf, a parent's with the
    # power of attorney; the figure beside them is set aside
    school = "i want my sons school records and how many pupils were excluded from the school last year"
    assert frame_message(school, today=TODAY).regime == "SAR"
    assert foi_asides(school) == ["how many pupils were excluded from the school last year?"]
    mum = ("my mum is in a care home and i have lasting power of attorney for her health and welfare. i want the letters "
           "the nhs trust sent her about her discharge and how many patients they discharged to care homes last year")
    assert frame_message(mum, today=TODAY).regime == "SAR"
    assert foi_asides(mum) == ["how many patients they discharged to care homes last year?"]


def test_the_email_question_sends_no_subject_access_requester_to_whatdotheyknow():
    sar = " ".join(render("bot/ask_email.j2", sar=True, current=None).split())
    assert "not through WhatDoTheyKnow" in sar and "(do, if you will send it through WhatDoTheyKnow" not in sar
    foi = " ".join(render("bot/ask_email.j2", sar=False, current=None).split())
    assert "(do, if you will send it through WhatDoTheyKnow, which publishes requests)" in foi  # guard: FOI unchanged


def test_a_typed_part_writes_the_persons_i_as_a_capital():
    from askfoi.conversation import _as_part

    assert _as_part("copies of the repair complaints i made about the mould") == \
        "Copies of the repair complaints I made about the mould."
    assert _as_part("parts (i) and (ii) of the contract, i.e. the schedules") == \
        "Parts (i) and (ii) of the contract, i.e. the schedules."  # guard: a list's "(i)" and "i.e." stay


def test_the_chat_routes_j4_and_asks_for_email_without_whatdotheyknow():
    from askfoi.conversation import Conversation, Step

    conv = Conversation(today=lambda: TODAY)
    said = " ".join(m.text for m in conv.reply(J4).messages)
    assert conv._is_sar()
    assert "1. All the repair complaints I made." in said and "2. Records of what your surveyor wrote about my flat." in said
    assert "Ctrl+N" in said and "how many damp and mould complaints" in said
    for answer in ("ok", "ok", "skip", "Kerry Oduya"):
        if conv.session.step == Step.email:
            break
        said = " ".join(m.text for m in conv.reply(answer).messages)
    assert conv.session.step == Step.email
    assert "not through WhatDoTheyKnow" in said


async def test_j4_at_80x24_shows_both_records_and_the_figure_set_aside(tmp_path):
    from textual.widgets import Input

    from askfoi.tui.app import AskFOIApp

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        app.query_one("#prompt", Input).value = J4
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.conversation.session.spelling_offer:  # "copies" for "copys", as nc101 saw
            app.query_one("#prompt", Input).value = "yes"
            await pilot.press("enter")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert app.conversation._is_sar()
        assert any("repair complaints I made" in p for p in app.conversation.session.parts)
        shown = " ".join(m.text for m in app.conversation.session.history if m.role == "bot")
        assert "All the repair complaints I made." in shown and "Ctrl+N" in shown
