"""lf61 (issues 8 and 10; session 48's leftovers, nc58 and fc59): framing and reply-path classes seen once each,
fixed as classes. The messages are mine (lf61), written for these tests the way people type.

1. A yes/no question asking the authority to judge something ("is the cladding on the tower safe?", "was the
   decision fair?") is flagged at framing (finding "judgement-asked", naming its part) and its part asks for the
   records that would show it (knowledge/vocab/judgement_asks.yaml), rendered from a frame, never the sentence
   edited into "whether the cladding is on the tower safe".
"""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _framing(message: str):
    return frame_message(message, today=TODAY)


@pytest.mark.parametrize(("message", "record", "subject"), [
    ("is the cladding on our block safe? its holloway tower, birmingham city council", "fire risk assessment",
     "the cladding on our block"),
    ("was the decision to close the library on elm street fair? leeds city council", "decision record",
     "the decision to close the library on Elm Street"),
    ("are the flats on park road safe to live in after the fire? sheffield city council", "fire risk assessment",
     "the flats on Park Road"),
    ("is the bridge on the a38 at bovey structurally sound. devon county council", "structural inspection",
     "the bridge on the A38 at Bovey"),
    ("is the new cycle lane on london road safe, brighton council. how many accidents have there been on it",
     "road safety audit", "the new cycle lane on London Road"),
    ("Birmingham City Council. 1. What fire safety inspections has the council done on Holloway Tower since 2017? "
     "2. Has the council given the housing association any money for the cladding? 3. Is the cladding on the tower "
     "safe?", "fire risk assessment", "the cladding on the tower"),
])
def test_a_judgement_asked_is_flagged_and_asked_as_the_records_that_show_it(message, record, subject):
    framing = _framing(message)
    texts = [p.text for p in framing.parts]
    judged = [n for n, p in enumerate(framing.parts, 1) if record in p.text]
    assert len(judged) == 1, texts
    part = framing.parts[judged[0] - 1]
    assert subject in part.text and part.text.endswith(f"{subject}."), part.text
    assert not any(w in part.text.lower().split() for w in ("safe", "fair", "whether", "sound")), part.text
    flags = [f for f in framing.findings if f.code == "judgement-asked"]
    assert len(flags) == 1 and flags[0].part == judged[0], [f.code for f in framing.findings]
    assert "not a judgement" in flags[0].message and f"part {judged[0]}" in flags[0].message
    assert part.text in flags[0].message


def test_an_embedded_judgement_in_a_list_of_asks_is_the_records_too():
    framing = _framing("i want to know when the last fire risk assessment was done on holloway tower in birmingham, "
                       "whether the cladding is acm or unsafe, and what the council is planning to do about it")
    texts = [p.text for p in framing.parts]
    assert any("fire risk assessment" in t and t.endswith("for the cladding.") for t in texts), texts
    assert not any("acm or unsafe" in t for t in texts), texts
    flag = next(f for f in framing.findings if f.code == "judgement-asked")
    assert flag.message.startswith('"whether the cladding is acm or unsafe"'), flag.message


def test_a_view_asked_is_flagged_by_the_same_finding():
    framing = _framing("was it reasonable for manchester city council to put my rent up by 12% this year?")
    flags = [f for f in framing.findings if f.code == "judgement-asked"]
    assert len(flags) == 1 and "for its view" in flags[0].message and flags[0].part == 1


@pytest.mark.parametrize(("judgement", "near_miss"), [
    ("is the library on elm street safe? leeds city council", "is the library on elm street open on sundays? leeds city council"),
    ("are kent police's dog kennels safe?", "how many dogs were seized under the dangerous dogs act by kent police in 2024"),
    ("is the playground on mill lane safe? birmingham city council", "is it safe? birmingham city council"),
    ("was the fire risk assessment of holloway tower done properly? birmingham city council",
     "how many fire risk assessments did birmingham city council carry out in 2025"),
])
def test_a_judgement_is_read_and_its_near_miss_is_not(judgement, near_miss):
    framing = _framing(judgement)
    assert [f for f in framing.findings if f.code == "judgement-asked"], [p.text for p in framing.parts]
    framing = _framing(near_miss)
    assert not [f for f in framing.findings if f.code == "judgement-asked"]
    assert not any((p.why or "").startswith("judged:") for p in framing.parts)
