"""nx73 (nc70 #1/#3/#14 leftovers, issue 8.4): the subject access path in the chat. The FOI questions a subject access
message sets aside are listed one by one, in the order the person asked them (never one run-on string); the
organisation is said once (by the question that asks to confirm it, not also in the line before it); the header gives no
total of steps before the first message is framed, so the total never changes once the route is known; a relative's
records added to an FOI letter come out with one key. Messages written the way people type
(bench/nx73_messages/sar_mixed.txt)."""
from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.sar_items import foi_asides
from askfoi.tui.app import AskFOIApp
from tests._pilot import say, settle

GARY = ("right so since i had a row with my neighbour last spring theres been a drone flying over our street in salford "
        "most evenings, im sure its the police. i want to ask greater manchester police how many drones they have and how "
        "often they flew them over my area (little hulton / walkden), do they use drones or anpr cameras to watch "
        "particular people, what did the whole drone thing cost, and also anything you have on me. my name is gary doyle")

# each message, and the start of each FOI question it asks, in the order asked
MIXED = [
    (GARY, ["how many drones", "how often", "do they use drones", "what did the whole drone thing cost"]),
    ("i want everything essex police hold on me, and also how many noise complaints they got in 2024 and how many they "
     "passed to the council", ["how many noise complaints", "how many they passed"]),
    ("can leeds city council send me my social care file from when i was in care, also how much did they spend on agency "
     "social workers last year and how many children are in care now", ["how much did they spend", "how many children"]),
    ("anything northumbria police have about me from the incident in march please. plus how many body cameras do they "
     "own, what did they cost and who supplies them", ["how many body cameras", "what did they cost", "who supplies"]),
    ("what personal data does bristol city council hold about me? also what is their policy on parking fines, how many "
     "did they issue in 2025 and how many were cancelled on appeal",
     ["what is their policy", "how many did they issue", "how many were cancelled"]),
]


@pytest.mark.parametrize("text, starts", MIXED)
def test_the_set_aside_questions_are_each_listed_in_the_order_asked(text, starts):
    asides = foi_asides(text)
    assert len(asides) == len(starts), asides
    for q, start in zip(asides, starts):
        assert q.lower().startswith(start), asides


def _first(text: str) -> str:
    conv = Conversation()
    conv.start()
    return "\n".join(m.text for m in conv.reply(text).messages), conv


def test_the_chat_lists_the_set_aside_questions_one_a_line_and_names_the_body_once():
    said, conv = _first(GARY)
    assert conv.session.step == Step.authority
    lines = [ln for ln in said.splitlines() if ln.startswith("• ")]
    assert [ln[3:15] for ln in lines] == ["how many dro", "how often di", "do they use ", "what did the"], lines
    assert "4 questions are for an FOI request" in said
    # the organisation is proposed once, by the question that asks to confirm it
    assert said.count("Greater Manchester Police") == 1 and "I'll ask you to confirm it" not in said


@pytest.mark.parametrize("text, body, period", [
    ("how many noise complaints did leeds city council get in 2024", "Leeds City Council", "2024"),
    ("i want everything essex police hold on me", "Essex Police", None),
    ("how many fixed penalty notices did bristol city council issue for fly tipping in 2025/26", "Bristol City Council",
     "2025/26"),
])
def test_the_named_body_is_said_once_and_the_period_still_told(text, body, period):
    said, conv = _first(text)
    assert conv.session.step == Step.authority
    assert said.count(f"You named {body}") == 0 and f"I'll address it to {body}" in said
    if period:
        assert f"You gave the period {period}" in said


def test_one_key_takes_a_relatives_records_out_of_an_foi_letter():
    conv = Conversation()
    conv.start()
    for text in ("how many care homes did kent county council stop placing people in after bad cqc inspections in 2025",
                 "ok", "ok", "add my dads care plan, im his attorney", "ok"):
        conv.reply(text)
    findings = conv._findings()
    k = next(k for k, f in enumerate(findings, 1) if f.code == "their-own-data")
    said = "\n".join(m.text for m in conv.apply_fix(k).messages)
    assert conv.session.parts == ["The number of care homes you stopped placing people in after bad CQC inspections."]
    assert "care plan" not in said.split("The parts are now:")[-1]


TODAY = date(2026, 12, 6)


async def test_the_header_gives_no_total_before_the_route_is_known(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.sub_title.startswith("Step 1:") and " of " not in app.sub_title
        await say(pilot, "i want everything essex police hold on me")
        first = app.sub_title
        await say(pilot, "ok")
        assert "of 8" in first and "of 8" in app.sub_title, (first, app.sub_title)
