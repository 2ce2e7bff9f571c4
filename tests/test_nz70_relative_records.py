"""nz70 (nc70 #3): a relative's own records asked in a mixed message ("also i need mums care assessment, i have lasting
power of attorney") are offered as a subject access letter with the attorney's authority, never dropped and never put in
the FOI letter; the FOI questions wait for /next. A relative's records added at the parts step of an FOI letter ("add
my mums care assessment") get the same finding, saying to take the part out. Messages written the way people type
(bench/nz70_messages/c2.txt)."""
import re

import pytest

from askfoi.conversation import Conversation
from askfoi.framing import frame_message

KENT = ("hi, my mum has dementia and shes in a care home in kent, the council pays part of her fees. i want to know what "
        "kent county council pays per week for care home placements, how many homes they stopped placing people in after "
        "bad cqc inspections. also i need mums care assessment, i have lasting power of attorney for her health and "
        "welfare and finance. can you help")

MIXED = [
    (KENT, "care assessment", "pays per week"),
    ("how many care homes in norfolk did norfolk county council close last year, and i also want my dads care plan, im "
     "his attorney", "care plan", "care homes in norfolk"),
    ("can i find out how many falls were recorded at care homes run by leeds city council in 2024 and also get my nans "
     "care assessment - i have lpa for her", "care assessment", "falls"),
    ("i want to know how much derby city council spent on agency carers last year. also dads financial assessment please, "
     "i have lasting power of attorney for him", "financial assessment", "agency carers"),
]


@pytest.mark.parametrize("text, record, question", MIXED)
def test_a_relatives_records_in_a_mixed_message_are_the_subject_access_letter(text, record, question):
    framed = frame_message(text)
    assert framed.route == "sar"
    assert any(record in p.text.lower() and "NAME]" in p.text for p in framed.parts), [p.text for p in framed.parts]
    for p in framed.parts:
        assert not re.search(r"(?i)attorney|\blpa\b|per week|how many|how much|can you help", p.text), p.text
    assert any(question in q.lower() for q in framed.foi_aside), framed.foi_aside
    for q in framed.foi_aside:
        assert not re.search(r"(?i)\b(?:my|mums?|dads?|nans?)\b|attorney|\blpa\b|help", q), q


def test_the_attorney_is_the_authority_never_their_written_permission():
    conv = Conversation()
    conv.start()
    said = "\n".join(m.text for m in conv.reply(KENT).messages)
    assert "lasting power of attorney" in said and "written permission" not in said
    assert conv.session.foi_aside


def test_a_relatives_records_added_at_the_parts_step_are_caught():
    conv = Conversation()
    conv.start()
    for text in ("i want to know how many care homes kent county council stopped placing people in after bad cqc "
                 "inspections in 2025", "ok", "ok", "add my mums care assessment, i have power of attorney"):
        conv.reply(text)
    said = "\n".join(m.text for m in conv.reply("ok").messages)
    assert "subject access request" in said and "take part 2 out" in said  # nx73: one key takes it out
    assert "I've written it as a subject access request" not in said
