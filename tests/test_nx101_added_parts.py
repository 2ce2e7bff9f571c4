"""nx101 (issue 8; ny100's and lt100's left-outs): two questions added at once are each framed; the same part added
again is said to be there already, never written twice; money "paid out" is paid out, never "spent on"; a narrower
ask that names a measure of nothing ("just the total cost") measures what the refused request asked for."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.framing import frame_message
from askfoi.pasted_reply import narrower_ask
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


def _parts(text):
    return [p.text for p in frame_message(text, today=TODAY).parts]


CAMDEN = "how many bus lane fines did camden council issue on camden road last year"
LEEDS = "how many pothole compensation claims did leeds council get in 2025"


# 1. An added part with two questions: each framed (ny100: "stays as typed")
@pytest.mark.parametrize("message, added, want", [
    (CAMDEN, "add how many were cancelled on appeal and how much money did they make from them",  # ny100's example
     ["The number of bus lane fines issued on Camden Road that were cancelled on appeal.",
      "The total income from bus lane fines."]),
    (LEEDS, "add how many were paid and how much they paid out in total",  # own words
     ["The number of pothole compensation claims received that were paid.",
      "The total amount paid out for pothole compensation claims."]),
])
def test_two_questions_added_at_once_are_each_framed(message, added, want):
    conv, said = _conv(message, "ok", "ok", added)
    assert conv.session.step == Step.parts
    assert conv.session.parts[1:] == want, conv.session.parts
    assert "Added parts 2 and 3." in said and "I've put your questions as a request for records" in said


def test_keep_my_words_after_two_parts_added_puts_the_question_back_once():
    conv, said = _conv(LEEDS, "ok", "ok", "add how many were paid and how much they paid out in total", "keep my words")
    assert conv.session.parts == ["The number of pothole compensation claims received.",
                                  "How many were paid and how much they paid out in total?"], conv.session.parts
    assert "Part 2 is back as you typed it." in said


def test_guard_one_question_added_is_one_part():
    conv, said = _conv(LEEDS, "ok", "ok", "add how many were paid")
    assert conv.session.parts[1:] == ["The number of pothole compensation claims received that were paid."]
    assert "Added part 2." in said and "I've put your question as a request for records" in said


# 2. The same part added twice
@pytest.mark.parametrize("message, added", [
    (LEEDS + ", and how many were paid", "add how many were paid"),  # own words: framed the same
    ("why did leeds city council close the library on elm road?", "add why did the council close the library on elm road"),
    (CAMDEN, "add The number of bus lane fines issued on Camden Road"),  # the part's own words typed again
])
def test_the_same_part_added_again_is_not_written_twice(message, added):
    conv, _ = _conv(message, "ok", "2025")
    assert conv.session.step == Step.parts
    before = list(conv.session.parts)
    said = "\n".join(m.text for m in conv.reply(added).messages)
    assert conv.session.parts == before, conv.session.parts
    assert "already asks that, so I haven't added it again" in said


def test_guard_a_different_part_is_added():
    conv, _ = _conv(LEEDS, "ok", "ok")
    conv.reply("add how many were refused")
    assert len(conv.session.parts) == 2


# 3. Money paid out is paid out (ny99's limit: "paid out" -> "spent")
@pytest.mark.parametrize("text, want", [
    ("how much did the council pay out in compensation for potholes in 2024",
     "The total amount paid out in compensation for potholes."),
    ("how much did kent police pay out to officers in overtime", "The total amount paid out to officers in overtime."),
    ("how many pothole compensation claims did leeds council get in 2025, and how many were paid and how much they "
     "paid out in total", "The total amount paid out for pothole compensation claims."),
])
def test_money_paid_out_is_paid_out(text, want):
    assert want in _parts(text)


@pytest.mark.parametrize("text, want", [  # guards: money paid or spent is still spent
    ("how much did the council pay for the new bridge", "The total amount spent on the new bridge."),
    ("how much did the council spend on potholes in 2024", "The total amount spent on potholes."),
])
def test_guard_money_paid_or_spent(text, want):
    assert _parts(text) == [want]


# 4. A narrower ask naming a measure of nothing measures what the refused request asked for (lt100's left-out)
@pytest.mark.parametrize("told, want", [
    ("essex police turned down my request for the contract so can i ask for just the total cost?",
     "the total cost of the contract"),  # lt100's example
    ("hull council refused to release the parking contract. could i ask for the total value each year instead?",
     "the total value of the parking contract each year"),
    ("i asked the council for the consultants report on the library closures and they refused, can i ask for just a "
     "summary instead?", "a summary of the consultants report on the library closures"),
])
def test_a_measure_asked_instead_is_of_the_thing_refused(told, want):
    assert narrower_ask(told) == want


@pytest.mark.parametrize("told, want", [  # guards: an ask that names its own thing, or no refused thing told
    ("they said no, can i ask for the list of schools instead?", "the list of schools"),
    ("i asked kent police for their drone flight logs and they refused. could i just ask for the number of flights "
     "instead?", "the number of flights"),
    ("they said no because of cost. what if i just ask for the total spent each year?", "the total spent each year"),
])
def test_guard_an_ask_with_its_own_thing(told, want):
    assert narrower_ask(told) == want


def test_the_narrower_parts_in_the_chat():
    conv, _ = _conv("essex police turned down my request for the contract so can i ask for just the total cost?")
    assert conv.session.parts == ["The total cost of the contract."]
    conv, _ = _conv("i asked the council for the emails about closing libraries and they said no, can i ask for the list "
                    "of libraries they looked at instead?")
    assert conv.session.parts == ["A list of libraries looked at."]


async def test_two_questions_added_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, LEEDS, "ok", "ok", "add how many were paid and how much they paid out in total")
        said = " ".join(bot_text(app).split())
    assert "Added parts 2 and 3." in said, said[-1500:]
    assert "3. The total amount paid out for pothole compensation claims." in said
    assert "How many were paid and how much" not in said


async def test_the_same_part_added_again_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, LEEDS + ", and how many were paid", "ok", "ok", "add how many were paid")
        said = " ".join(bot_text(app).split())
    assert "Part 2 already asks that, so I haven't added it again." in said, said[-1500:]
    assert "3. The number of pothole" not in said
