"""ck26 (issue 8 item 4): a body named beside the one asked is no addressee: one asked before, a source of figures, a
comparison, a defunct body (its successor is asked), one named in passing. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.framing import frame_message

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("text, name", [
    ("Further to my earlier requests to APHA, please tell me how many badger setts Natural England licensed for culling "
     "in 2024", "Natural England"),
    ("i already asked apha last year. how many cull licences did natural england issue in 2025", "Natural England"),
    ("using figures from public health scotland, how many drug deaths did glasgow city council record in 2024",
     "Glasgow City Council"),
    ("According to Public Health Scotland there were 1,000 drug deaths; how many did NHS Lothian record in 2024?",
     "NHS Lothian"),
    ("google says swindon has 50 cctv cameras, how many does swindon borough council actually run", "Swindon Borough Council"),
    ("how many fines did kent police issue compared with essex police in 2024", "Kent Police"),
    ("my cousin in the PSNI says they use drones a lot, how many drones does the met police have", "Metropolitan Police Service"),
    ("how many asylum seekers did the uk border agency house in hotels in stoke in 2024", "Home Office"),
    ("UKBA - how many people were removed to albania in 2024", "Home Office"),
])
def test_the_body_asked_is_the_addressee(text, name):
    framed = frame_message(text, today=TODAY)
    assert framed.authority is not None and framed.authority.name == name


def test_a_defunct_body_is_proposed_as_its_successor_and_says_why():
    c = Conversation(today=lambda: TODAY)
    c.start()
    said = " ".join(" ".join(m.text.split()) for m in c.reply(
        "how many asylum seekers did the uk border agency house in hotels in stoke in 2024").messages)
    assert "UK Border Agency was abolished" in said and c.session.authority == "Home Office"


def test_a_body_asked_alone_is_still_the_addressee():
    assert frame_message("how many cull licences did APHA issue in 2024", today=TODAY).authority.name \
        == "Animal and Plant Health Agency"
    assert frame_message("how many drug deaths did public health scotland record in 2024", today=TODAY).authority.name \
        == "Public Health Scotland"
