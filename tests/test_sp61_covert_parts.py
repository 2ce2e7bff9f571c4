"""sp61: a part asking in so many words about covert use of a surveillance technology the covert tactic terms do not
name (drones), whose question points back with "them", gets the framed covert warning and its one-key replacement
(it got only "go back to Parts and change it"), and replacing two such parts in turn never asks for a record twice."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.framing import frame_message

TODAY = date(2026, 12, 7)


def _chat(message: str) -> Conversation:
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for said in (message, "ok", "last 12 months", "ok"):
        conv.reply(said)
    return conv


@pytest.mark.parametrize("message", [
    "my neighbour says the police flew a drone over our street. how many drones does west yorkshire police have, what "
    "do they use them for and do they use them to watch people covertly",
    "how many drones does west yorkshire police have, and do they use them to watch people covertly",
    "my mate reckons the cops fly drones over the estate. how many drones have merseyside police got and do they "
    "secretly use them to film people",
    "Does Kent Police own drones? Do they use them covertly to watch protests?",
])
def test_a_covert_use_part_pointing_back_gets_the_one_key_replacement(message):
    framed = frame_message(message, today=TODAY)
    covert = [p for p in framed.parts if "covert" in (p.source or "").lower() or "secret" in (p.source or "").lower()]
    assert covert and all(p.warning and p.replacements for p in covert)
    conv = _chat(message)
    findings = [f for f in conv._findings() if f.code == "ncnd-risk"]
    assert findings and all(f.rewrite for f in findings)


def test_replacing_every_covert_part_in_turn_asks_for_no_record_twice():
    conv = _chat("my neighbour says the police flew a drone over our street. how many drones does west yorkshire police "
                 "have, what do they use them for and do they use them to watch people covertly")
    for _ in range(3):
        found = [k for k, f in enumerate(conv._findings(), 1) if f.code == "ncnd-risk" and f.rewrite]
        if not found:
            break
        conv.reply(str(found[0]))
    parts = conv.session.parts
    assert not any("covertly" in p for p in parts)
    assert len({p.lower() for p in parts}) == len(parts)
    assert not [f for f in conv._findings() if f.code == "ncnd-risk"]


@pytest.mark.parametrize("message", [
    "how many drones does west yorkshire police have and how much did they cost",
    "how many drones does leeds city council own, and do they use them to survey roofs",
])
def test_guard_no_covert_warning_without_covert_use_asked(message):
    framed = frame_message(message, today=TODAY)
    assert not any(p.warning for p in framed.parts)
