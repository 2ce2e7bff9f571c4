"""nz70 (nc70 #1): a message with both a subject access ask ("and also anything you have on me") and FOI questions.
The FOI questions set aside for the next letter never carry the subject access words, so /next writes the FOI letter
(parts split as a first message would be), keeps the organisation already confirmed (no body the questions seem to
imply is announced), and never loops back to a second subject access letter. Messages written the way people type
(bench/nz70_messages/c1.txt)."""
import re

import pytest

from askfoi.conversation import Conversation
from askfoi.sar_items import foi_asides

MIXED = [
    ("how many noise complaints did leeds city council get last year and what did they do about them, plus everything "
     "you hold about me", "noise complaints"),
    ("can you tell me how many fines merseyside police issued for speeding in 2024 and also whatever information they "
     "have about me", "speeding"),
    ("how much did bristol city council spend on agency social workers last year, and all the data you keep on me please",
     "agency social workers"),
    ("i need to know how many cctv cameras kent police run in margate and as well as that any records they have on me",
     "margate"),
]


@pytest.mark.parametrize("text, kept", MIXED)
def test_the_set_aside_question_has_no_subject_access_words(text, kept):
    asides = foi_asides(text)
    assert asides and any(kept in q.lower() for q in asides)
    for q in asides:
        assert not re.search(r"(?i)\b(?:me|myself)\b", q), q


GARY = ("right so since i had a row with my neighbour last spring theres been a drone flying over our street in salford "
        "most evenings, im sure its the police. i want to ask greater manchester police how many drones they have and how "
        "often they flew them over my area (little hulton / walkden), do they use drones or anpr cameras to watch "
        "particular people, what did the whole drone thing cost, and also anything you have on me. my name is gary doyle")


def test_next_writes_the_foi_letter_to_the_confirmed_body_and_never_a_second_sar():
    conv = Conversation()
    conv.start()
    shown_first = []
    for said in (GARY, "no", "ok", "add any drone footage or anpr records of me or my car since april last year", "ok",
                 "ok", "1", "gary@example.com"):
        shown_first += [m.text for m in conv.reply(said).messages]
    # the letter is the subject access request: the covert finding never says "ask by subject access instead"
    assert any("whether you are being watched" in t for t in shown_first)
    assert not any("Ask by subject access instead" in t for t in shown_first)
    assert conv.session.parts[-1].startswith("Any drone footage")  # the part he added stays in the first letter
    assert conv.next_letter_ready()
    shown = "\n".join(m.text for m in conv.next_letter().messages)
    s = conv.session
    assert s.authority == "Greater Manchester Police"
    assert "Salford City Council" not in shown
    assert not s.foi_aside and "subject access request" not in shown.split("this new letter.")[-1]
    assert len(s.parts) >= 3 and not any("personal data you hold about me" in p for p in s.parts)
    assert any("cost" in p.lower() or "spent" in p.lower() for p in s.parts)
