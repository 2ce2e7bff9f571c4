"""ck32 (nu34 #1, #8, #11): what is typed at the Organisation step never replaces a body found unless it is one; a
question to the bot is answered and never becomes a part; `check` reads the signature as an FOI officer would."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.conversation import Conversation, Step
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import say, settle

TODAY = date(2026, 12, 3)


def conv(first: str) -> Conversation:
    c = Conversation(today=lambda: TODAY)
    c.start()
    c.reply(first)
    return c


def said(c: Conversation, text: str) -> str:
    return "\n".join(m.text for m in c.reply(text).messages)


# --- #1: an answer that is not a body never replaces the body found; agreement confirms it ----------------------

FIRST = [
    ("how much did Fife Council spend on agency social workers in 2025-26", "Fife Council", "FOISA"),
    ("how many patients caught c diff on ward 20 at the royal infirmary of edinburgh in 2025", "NHS Lothian", "FOISA"),
    ("How many times did the storm overflows at Beddington discharge in 2025? Thames Water", "Thames Water", None),
    ("how much has glasgow city council spent on the george square works", "Glasgow City Council", "FOISA"),
]
NOT_BODIES = ["ward 20", "the total hours the overflows spilled", "add The total cost of the George Square works so far",
              "the number of complaints in 2025", "for how long", "and which areas were worst", "is that right?"]


@pytest.mark.parametrize("first, body, regime", FIRST)
@pytest.mark.parametrize("typed", NOT_BODIES)
def test_a_non_body_answer_keeps_the_body_found(first, body, regime, typed):
    c = conv(first)
    assert c.session.step == Step.authority and body in (c.session.authority or ""), c.session.authority
    before = c.regime()
    reply = said(c, typed)
    assert body in (c.session.authority or ""), (typed, c.session.authority)
    assert typed not in (c.session.authority or "")
    assert c.session.step == Step.authority and body in reply  # told back in one line, asked again
    said(c, "ok")  # the next "ok" confirms the body kept, never what was typed
    assert body in (c.session.authority or "") and c.session.step != Step.authority
    assert c.regime() == before


@pytest.mark.parametrize("agree", ["yes thats the one", "yep, that's right", "yes that's it thanks", "correct", "Yes please"])
def test_agreement_confirms_the_body(agree):
    c = conv("how much did Fife Council spend on agency social workers in 2025-26")
    said(c, agree)
    assert c.session.authority == "Fife Council" and c.session.step != Step.authority
    said(c, "ok")
    assert c.session.authority == "Fife Council"


def test_another_body_still_replaces_it():
    c = conv("how much did Fife Council spend on agency social workers in 2025-26")
    said(c, "Leeds City Council")
    assert c.session.authority == "Leeds City Council"
    c = conv("how many burglaries were there in leeds in 2025")
    said(c, "Little Snoring Parish Council")  # a body askfoi does not know, written as a name
    assert c.session.authority == "Little Snoring Parish Council"


# --- #8: a question to the bot is answered and the question asked again ----------------------------------------

@pytest.mark.parametrize("question", ["what do you mean?", "which one is best?", "why do you need my name?",
                                      "sorry, I don't understand", "what do you suggest?", "do i have to?"])
@pytest.mark.parametrize("steps", [0, 1, 2])
def test_question_to_the_bot_is_never_a_part_or_an_answer(question, steps):
    c = conv("has the PSNI used spit hoods on children under 18 since 2023 and how many times")
    for _ in range(steps):
        said(c, "ok")
    step, parts, body, period = c.session.step, list(c.session.parts), c.session.authority, c.session.period
    reply = said(c, question)
    assert c.session.step == step and c.session.parts == parts
    assert c.session.authority == body and c.session.period == period
    assert question not in reply  # answered, not quoted back as "could not read ..."


def test_why_name_gets_the_reason_and_best_period_the_last_full_year():
    c = conv("how many parking fines did Leeds City Council issue")
    said(c, "ok")
    best = said(c, "which one is best?")
    assert "2025" in best and c.session.step == Step.period
    c.reply("2025")
    why = said(c, "why do you need my name?")
    assert "real name" in why and not any("name" in p.lower() for p in c.session.parts)
    c = conv("how many bins were missed in Leeds in 2025")  # the EIR need no name: the bot says so
    said(c, "ok"), said(c, "ok")
    assert "does not need your name" in said(c, "why do you need my name?")


async def test_chat_questions_to_the_bot_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "has the PSNI used spit hoods on children under 18 since 2023 and how many times")
        await say(pilot, "what do you mean?", "is that right?")
        c = app.conversation
        assert c.session.step == Step.authority and "Northern Ireland" in (c.session.authority or "")
        await say(pilot, "ok", "which one is best?")
        assert c.session.step == Step.period
        await say(pilot, "1", "why do you need my name?")
        assert not any("need my name" in p for p in c.session.parts)
        assert "Dear is that right" not in c.letter_text()


async def test_chat_organisation_kept_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how much did Fife Council spend on agency social workers in 2025-26", "yes thats the one")
        c = app.conversation
        assert c.session.authority == "Fife Council" and c.session.step != Step.authority
        await say(pilot, "ok")
        assert c.session.authority == "Fife Council" and c.regime().value == "FOISA"


# --- #11: `check` on a draft signed with a first name only -------------------------------------------------------

DRAFT = "Dear {body},\n\nPlease send me the total pay of the Chief Executive in the 2025/26 financial year.\n\n{sign}\n"


@pytest.mark.parametrize("sign", ["Thanks,\nSam", "Kind regards,\nPriya", "Many thanks, Dave P.", "Yours sincerely\nJo",
                                  "Thanks,"])
@pytest.mark.parametrize("body", ["Kent County Council", "Fife Council"])
def test_first_name_only_is_flagged(sign, body):
    found = check_request(DRAFT.format(body=body, sign=sign), body)
    assert any(f.code == "first-name-only" and f.severity == "high" for f in found.findings), found.findings


@pytest.mark.parametrize("sign", ["Thanks,\nSam Jones", "Kind regards,\nPriya Shah", "Yours faithfully,\nDave O'Neill",
                                  ""])
def test_full_name_or_no_sign_off_is_not_flagged(sign):
    found = check_request(DRAFT.format(body="Kent County Council", sign=sign), "Kent County Council")
    assert not any(f.code == "first-name-only" for f in found.findings)


def test_eir_needs_no_real_name():
    text = "Dear Thames Water,\n\nPlease send the spill records for the Beddington storm overflow in 2025.\n\nThanks,\nSam\n"
    found = check_request(text, "Thames Water")
    assert not any(f.code == "first-name-only" for f in found.findings)
