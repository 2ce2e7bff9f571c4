"""cv99 (nc99 #4): the covert-policing advice is consistent, right by the pack's evidence, and never worse than the
request: a yearly total paid to informants (often released) is not warned as the covert question; parts with the same
warning are one point, not the same paragraph once a part; a fix that would take out every part says so instead of
"I can't ... Take this part out"; the IMSI catcher point never offers the policy, spend and contracts the pack shows
were neither confirmed nor denied; a covert count's fix keeps the occasion asked about and never grows one part into
three general ones beside a spend part it overlaps."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 7)


def _chat(message: str, period: str = "last 3 financial years") -> Conversation:
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for said in (message, "ok", period, "ok"):
        conv.reply(said)
    return conv


def _ncnd(conv: Conversation):
    return [f for f in conv._findings() if f.code == "ncnd-risk"]


INFORMANT_TOTALS = [
    # nc99 j8, and sentences of my own with the same shape
    "how much money do west midlands police pay to informants every year, how many informants have they got and have "
    "any of them been kids",
    "how much does lancashire police pay its informants every year, how many informants does it have and have any of them "
    "been under 18",
    "how much does essex police spend on informants a year and how many informants are children",
]


@pytest.mark.parametrize("message", INFORMANT_TOTALS)
def test_informant_totals_are_not_warned_and_one_point_names_the_other_parts(message):
    conv = _chat(message)
    parts = conv.session.parts
    total = next(k for k, p in enumerate(parts, 1) if re.search(r"(?i)\b(?:spent|paid)\b", p))
    points = _ncnd(conv)
    assert points
    # never the same paragraph twice, and never the total as a part that "will probably get no information"
    messages = [re.sub(r"^Parts? [\d, and]+: ", "", f.message) for f in points]
    assert len(messages) == len(set(messages))
    for f in points:
        head = re.match(r"^Parts? ([\d, and]+):", f.message)
        named = {int(n) for n in re.findall(r"\d+", head.group(1))} if head else set()
        assert total not in named, f.message
        assert total not in {f.part}
    # the fix takes the covert parts out and keeps the total
    conv.reply("1")
    assert any(re.search(r"(?i)\b(?:spent|paid)\b", p) for p in conv.session.parts)


@pytest.mark.parametrize("message", [
    "how many times has essex police used imsi catchers",
    "how many undercover officers does essex police have",
])
def test_a_fix_that_would_take_out_every_part_says_so(message):
    conv = _chat(message, "last 12 months")
    points = _ncnd(conv)
    assert points and not points[0].rewrite
    assert "Take this part out" not in points[0].suggestion  # nc99 j8: "I can't make that change for you. Take this
    assert "leave nothing to send" in points[0].suggestion  # part out ..." contradicted itself


def test_informants_alone_are_offered_the_yearly_total():
    conv = _chat("how many informants does essex police have")
    points = _ncnd(conv)
    assert points and points[0].rewrite
    conv.reply("1")
    assert conv.session.parts == ["The total amount spent on informants."]


IMSI = [
    "does the met police use imsi catchers or stingrays to track peoples phones at protests? how much have they spent on "
    "them since 2020 and what is the policy on using them",
    "does greater manchester police have stingrays, what did they cost and what guidance do officers follow",
]


@pytest.mark.parametrize("message", IMSI)
def test_imsi_point_offers_nothing_the_pack_shows_gets_ncnd(message):
    conv = _chat(message, "since 2020")
    points = _ncnd(conv)
    assert points
    for f in points:
        assert "what was spent on it and the contracts" not in f.suggestion
        assert "policy or procedure that governs it" not in f.suggestion
    said = " ".join(f.suggestion for f in points)
    assert re.search(r"\b\d+ of \d+ police answers\b", said)  # the pack's count behind the claim


DRONE_OCCASIONS = [
    ("does police scotland use drones to spy on people at football matches in glasgow? how many drones do they have "
     "and what did they cost", "football matches in Glasgow"),
    ("does west midlands police use drones to spy on people at protests in birmingham? how many drones have they got "
     "and how much did they cost", "protests in Birmingham"),
]


@pytest.mark.parametrize("message,occasion", DRONE_OCCASIONS)
def test_covert_count_fix_keeps_the_occasion_and_stays_short(message, occasion):
    conv = _chat(message, "since 2024")
    before = list(conv.session.parts)
    k = next(k for k, f in enumerate(conv._findings(), 1) if f.code == "ncnd-risk" and f.rewrite)
    conv.reply(str(k))
    after = conv.session.parts
    assert len(after) <= len(before) + 1
    assert any(occasion.lower() in p.lower() and "overt" in p.lower() for p in after), after
    assert not any("spy on" in p for p in after)
    # the total spent is asked already: no contract value beside it
    assert not any("contract" in p.lower() for p in after)


@pytest.mark.parametrize("message", [
    "does kent police use drones to watch protests?",
    "how many drones does west yorkshire police have, and do they use them to watch people covertly",
])
def test_guard_a_lone_covert_part_still_gets_answerable_replacements(message):
    conv = _chat(message, "last 12 months")
    points = _ncnd(conv)
    assert points and all(f.rewrite for f in points)
    assert "Ask instead for records about overt use" in points[0].suggestion


async def test_informants_review_at_80x24_shows_one_point(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, INFORMANT_TOTALS[0])
        await say(pilot, "ok")
        await say(pilot, "last 3 financial years")
        await say(pilot, "ok")
        text = bot_text(app)
        assert "Parts 2 and 3:" in text
        assert "Part 1:" not in text.split("push back on")[-1]
        await say(pilot, "1")
        parts = app.conversation.session.parts
        assert len(parts) == 1 and "informants" in parts[0] and "spent" in parts[0]
