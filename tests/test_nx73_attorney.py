"""nx73 (nz70's note): an ordinary power of attorney ends when the person who made it can no longer make their own
decisions; only a registered lasting power of attorney, an enduring power of attorney or a deputyship carries on. Where
the message names a power of attorney without saying which kind and says the person can no longer decide (dementia, a
coma, "lacks capacity"), askfoi says so, and the letter leaves a blank for the document instead of claiming "the power of
attorney". A lasting power of attorney, or a person who can still decide, is left as it was. Messages written the way
people type (bench/nx73_messages/poa.txt)."""
import pytest

from askfoi.conversation import Conversation
from askfoi.whose_records import read_whose

LAPSED = [
    "my mum has dementia and is in a care home, i want her care assessment from kent county council, i have power of attorney",
    "i need my dads social care records from leeds city council, he has alzheimers now, im his attorney",
    "my nan lacks capacity since her stroke, i have power of attorney for her finances, can i get her financial assessment "
    "from norfolk county council",
    "my husband is in a coma after the crash, i have power of attorney, i want his records from the council's adult social "
    "care team in bristol",
]
KEPT = [
    ("i have power of attorney for my mum, she wants her council tax records from leeds city council", "the power of attorney"),
    ("my mum has dementia, i have lasting power of attorney for her health and welfare, i want her care plan from kent "
     "county council", "the registered lasting power of attorney"),
]


@pytest.mark.parametrize("text", LAPSED)
def test_an_ordinary_power_is_said_to_end_when_the_person_cannot_decide(text):
    whose = read_whose(text)
    assert whose.acting and whose.acting_lapsed
    conv = Conversation()
    conv.start()
    said = "\n".join(m.text for m in conv.reply(text).messages)
    assert "An ordinary power of attorney ends when the person who made it can no longer make their own decisions" in said
    assert "registered lasting power of attorney" in said and "Court of Protection" in said
    assert "enclose a copy of the power of attorney" not in said


@pytest.mark.parametrize("text, document", KEPT)
def test_a_lasting_power_or_a_person_who_can_decide_is_left_as_it_was(text, document):
    whose = read_whose(text)
    assert whose.acting and not whose.acting_lapsed and whose.acting_document == document


def test_the_letter_leaves_the_document_blank():
    conv = Conversation()
    conv.start()
    for t in (LAPSED[0], "ok", "ok", "ok", "ok", "Jane Smith", "jane@example.com", "ok", "ok"):
        conv.reply(t)
    letter = conv.letter_text()
    assert "as her attorney or deputy, and I enclose a copy of [THE REGISTERED LASTING OR ENDURING POWER OF ATTORNEY" in letter
    assert "attorney under a power of attorney" not in letter
