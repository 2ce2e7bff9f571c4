"""ny100 (issue 8, nc99 j3): a question added at the parts step is framed as a first message's question is, and the
person is told so; "keep my words" typed just after puts that part back as typed (the review then raises its finding),
without turning the first message into the one part. Additions that are no question, or cannot be framed, stay as typed.
"""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 7)


def _conv(*typed: str) -> tuple[Conversation, str]:
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    said = ""
    for text in typed:
        said = "\n".join(m.text for m in conv.reply(text).messages)
    return conv, said


SHEFFIELD = "how much did sheffield city council spend on temporary accommodation for homeless families"
BRISTOL = "how many pupils were permanently excluded from bristol schools in 2025"


@pytest.mark.parametrize("message, added, part", [
    # a count, a spend and a document, in my own words
    (SHEFFIELD, "add how many families did they put in bed and breakfasts", "The number of families put in bed and breakfasts."),
    (BRISTOL, "add how much did they spend on alternative provision", "The total amount spent on alternative provision."),
    (BRISTOL, "add is there a written policy on managed moves?", "Any policy, procedure or guidance on managed moves."),
])
def test_a_question_added_is_framed_and_the_person_is_told(message, added, part):
    conv, said = _conv(message, "ok", "2025", added)
    assert conv.session.parts[-1] == part, conv.session.parts
    assert len(conv.session.parts) == 2
    assert "I've put your question as a request for records" in said and '"keep my words"' in said
    assert "opinions" not in said  # only a "why" question is told FOI gives no explanations


def test_a_question_naming_the_letters_own_period_is_framed():
    conv, _ = _conv(SHEFFIELD + " in 2025", "ok", "ok")
    assert conv.session.step == Step.parts and conv.session.period == "1 January 2025 to 31 December 2025"
    conv.reply("add how many families did they put in bed and breakfasts in 2025")
    assert conv.session.parts[-1] == "The number of families put in bed and breakfasts.", conv.session.parts
    conv.reply("add how many families were in b and bs in 2019?")  # guard: another period stays for the review
    assert conv.session.parts[-1] == "How many families were in b and bs in 2019?"
    conv.reply("ok")
    assert "conflicting-periods" in {f.code for f in conv._findings()}


def test_a_why_question_added_is_asked_as_the_records_that_would_show_it():
    conv, said = _conv("How many CCTV cameras are there?", "Leeds City Council", "2023", "add why did you close the library?")
    assert conv.session.parts == ["The number of CCTV cameras.", "Any minutes, reports or decision records that set out "
                                  "the reasons for the decision to close the library."]
    assert "not to explanations or opinions" in said
    conv.reply("ok")
    assert not conv._findings()  # nothing left to push back on


def test_keep_my_words_just_after_puts_the_question_back_and_the_review_raises_it():
    conv, said = _conv("How many CCTV cameras are there?", "Leeds City Council", "2023", "add why did you close the library?",
                       "keep my words")
    assert conv.session.step == Step.parts
    assert conv.session.parts == ["The number of CCTV cameras.", "Why did you close the library?"]
    assert "Part 2 is back as you typed it" in said
    conv.reply("ok")
    codes = {f.code for f in conv._findings()}
    assert {"part-not-framed", "not-recorded-information"} <= codes, codes


def test_keep_my_words_later_still_keeps_the_whole_first_message():
    # guard: "keep my words" not straight after a framed addition is about the first message, as before
    conv, _ = _conv(SHEFFIELD, "ok", "2025", "add how many families did they put in bed and breakfasts", "move 2 to 1",
                    "keep my words")
    assert conv.session.parts == ["How much did Sheffield City Council spend on temporary accommodation for homeless "
                                  "families?"], conv.session.parts


@pytest.mark.parametrize("added, part", [
    ("add the contracts with the hotel chains", "The contracts with the hotel chains."),  # no question: as typed (nu17)
    # no frame for it yet: as typed, and the review says it is still a question
    ("add what guidance do they give staff on placing families out of area",
     "What guidance do they give staff on placing families out of area?"),
    # its own period: kept in its words, so the review can say the periods differ
    ("add how many families were in b and bs in 2019?", "How many families were in b and bs in 2019?"),
])
def test_other_additions_stay_as_typed_and_are_not_announced_as_framed(added, part):
    conv, said = _conv(SHEFFIELD, "ok", "2025", added)
    assert conv.session.parts[-1] == part, conv.session.parts
    assert "I've put your question" not in said


async def test_nc99_j3_the_total_paid_out_is_framed_and_announced_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many pothole compensation claims did glasgow city council get last year and how many "
                         "did they pay out? and how much did they spend fixing potholes", "ok", "ok",
                  "add how much they paid out in total")
        said = " ".join(bot_text(app).split())
    # nx101: "paid out" is said as typed (ny99's own limit was "spent on")
    assert "4. The total amount paid out for pothole compensation claims." in said, said[-1500:]
    assert "I've put your question as a request for records" in said
    assert "How much they paid out in total?" not in said
