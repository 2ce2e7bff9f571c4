"""ny73 (nc73 #1): one decision per clause. A clause asking for the person's own records ("..., and all the repair
records for my house", "and can i get my occupational health file as well") goes into the subject access letter and
is cut from the FOI question it was typed in: never set aside for the FOI letter as well, so /next writes the FOI
letter, never a second subject access letter; a protest typed at the parts step is never added as a part.
Messages written the way people type (bench/ny73/c1_own_records.py)."""
import re

import pytest

from askfoi.conversation import Conversation, _remark_to_askfoi
from askfoi.framing import frame_message

MIXED = [
    ("hiya, im a tenant in west belfast, my house has black mould. i want to ask the housing executive how many mould "
     "complaints theyve had on my estate (glen road area), how much is the repairs contractor paid, what is their damp "
     "and mould policy, and all the repair records for my house", "repair records for my house", "damp and mould policy"),
    ("i work at leeds teaching hospitals, how much the trust spent on agency nurses last year, what is the bullying and "
     "harassment policy, how many grievances were raised about my ward manager and what happened to them, and can i get "
     "my occupational health file as well", "occupational health file", "grievances"),
    ("what is sheffield council's policy on parking appeals and how many appeals were upheld in 2024, plus the emails "
     "about my own appeal", "emails about my own appeal", "appeals were upheld"),
    ("how many people are on the housing waiting list in leeds and how long is the wait for a 3 bed, and all the notes on "
     "my application please", "notes on my application", "waiting list"),
]


@pytest.mark.parametrize("text, own, foi", MIXED)
def test_the_own_records_clause_is_in_one_list_only(text, own, foi):
    framing = frame_message(text)
    assert framing.route == "sar"
    assert any(own in p.text.lower() for p in framing.parts)
    assert any(foi in q.lower() for q in framing.foi_aside)
    for q in framing.foi_aside:
        assert own not in q.lower(), q


P2 = MIXED[0][0]


def test_next_writes_the_foi_letter_and_a_protest_is_never_a_part():
    conv = Conversation()
    conv.start()
    for said in (P2, "no", "ok", "ok", "ok", "ok", "Siobhan McAllister", "siobhan@example.com"):
        conv.reply(said)
    assert conv.next_letter_ready()
    shown = "\n".join(m.text for m in conv.next_letter().messages)
    s = conv.session
    assert "subject access request" not in shown.split("this new letter.")[-1]
    assert not any("repair records for my house" in p.lower() for p in s.parts)
    assert any("damp and mould" in p.lower() for p in s.parts)
    conv.reply("1")  # the period: the last calendar year
    assert s.step.value == "parts"
    before = list(s.parts)
    said = "\n".join(m.text for m in conv.reply("no i already done the repair records one, this is meant to be the foi "
                                                 "one about the estate and the contractor").messages)
    assert conv.session.parts == before
    assert "I didn't add" in said


@pytest.mark.parametrize("text", ["no i already done the repair records one, this is meant to be the foi one",
                                  "thats not what i asked", "no, the estate one not my house", "this should be the foi one",
                                  "i said the estate not my house"])
def test_a_remark_to_askfoi_is_never_a_part(text):
    assert _remark_to_askfoi(text)


@pytest.mark.parametrize("text", ["the number of noise complaints in 2025", "no of complaints about noise",
                                  "the letters you have sent me", "any records on no-fault evictions"])
def test_a_part_is_never_a_remark(text):
    assert not _remark_to_askfoi(text)


def test_an_email_typed_at_the_finished_letter_is_kept_and_said():
    """nc73 #10: the address typed once the follow-on letter is finished is never silently dropped."""
    conv = Conversation()
    conv.start()
    for said in (P2, "no", "ok", "ok", "ok", "ok", "Siobhan McAllister", "skip"):
        conv.reply(said)
    assert conv.session.step.value == "done"
    shown = "\n".join(m.text for m in conv.reply("siobhanmc84@gmail.com").messages)
    assert conv.session.email == "siobhanmc84@gmail.com"
    assert "siobhanmc84@gmail.com" in shown
