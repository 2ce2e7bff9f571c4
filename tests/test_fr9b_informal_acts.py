"""fr9b: what each sentence of an informal message does, and what the letter makes of it (issue 8).

Every sentence here is invented in the shapes people write to a local paper or type as they speak; none is copied
from the tuning texts."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.framing import frame_message, points_at_story, reasons_frame
from askfoi.sentence_acts import asked_of_body, informal_message, question_clause, sentence_act, why_core

TODAY = date(2026, 11, 30)


def framed(text: str):
    return frame_message(text, today=TODAY)


def codes(f) -> list[str]:
    return [getattr(x, "code", "") for x in f.findings]


@pytest.mark.parametrize("sentence, act", [
    # asks for something a body records
    ("How much did the council spend on the Christmas lights last year?", "records"),
    ("Perhaps the council can provide us with a breakdown of the cost?", "records"),
    ("Is there a plan for the roadworks on Mill Lane?", "records"),
    ("Can I ask what the consultants recommended?", "records"),
    ("The number of parking fines issued in 2024.", "records"),
    # asks why, for a justification or who had the idea
    ("Why was the footbridge not repaired before the winter?", "reasons"),
    ("What possible justification can there be for the new parking charge?", "reasons"),
    ("Which bright spark had the idea to close the swimming pool?", "reasons"),
    ("I would like to know why the skate park was fenced off.", "reasons"),
    # a view
    ("Are the governors happy that pupils are taught in portable cabins?", "view"),
    ("So, which town has the better market?", "view"),
    # asked for effect
    ("Is it not time the council listened to residents?", "rhetorical"),
    ("Do we really need another roundabout on the bypass?", "rhetorical"),
    ("But £40,000?", "rhetorical"),
    ("Could it be that the contract was never put out to tender?", "rhetorical"),
    ("Since when has it been acceptable to ignore the residents' petition?", "rhetorical"),
    ("Why do we even need a mayor at all?", "rhetorical"),
    ("If the permits are always granted, could I apply for one to keep my street clear!!?", "rhetorical"),
    # suggestions and pleas
    ("Maybe they could plant the new trees on the green instead.", "suggestion"),
    ("Let's also dig up the high street at the same time, shall we?", "suggestion"),
    ("Please leave the lights as they are.", "suggestion"),
    ("The council should sell the empty offices.", "suggestion"),
    ("Might I suggest putting the benches by the pond?", "suggestion"),
    # story
    ("I walked past the library on Tuesday and it was shut again.", "story"),
    ("Re your article about the bus station, or not?", "story"),
    ("The old depot has stood empty (does anyone even remember why?) for years.", "story"),
])
def test_sentence_act_reads_what_a_sentence_does(sentence, act):
    assert sentence_act(sentence) == act


def test_a_question_answered_in_the_next_sentence_is_rhetorical():
    assert sentence_act("Was anyone on the estate consulted?", "No, of course not.") == "rhetorical"
    assert sentence_act("Was anyone on the estate consulted?", "The plans were drawn up in May.") == "records"


@pytest.mark.parametrize("text, informal", [
    ("Sir, - I read with dismay that the bowling green is to close. Nobody asked the members. Why was it not put "
     "to a vote?", True),
    ("I see the parking charges went up again. The machines never work. It is a scandal. Why?", True),
    ("Under the Freedom of Information Act, please provide: 1. the number of fines issued in 2024; 2. the income "
     "from them.", False),
    ("1. How many potholes were reported in 2024?\n2. How many were repaired within 28 days?", False),
    ("how many complaints about bins did leeds council get last year", False),
])
def test_informal_message_tells_a_letter_from_a_request(text, informal):
    assert informal_message(text) is informal


def test_why_core_takes_the_why_clause_out_of_the_story():
    core = why_core("This caused traffic chaos, which asks the question why was the road not resurfaced at night GCC?")
    assert core is not None and core.lower().startswith("why was the road not resurfaced at night")
    assert "GCC" not in core and "chaos" not in core
    assert why_core("There are still staff working from home, why?") is None  # the sentence is the question


def test_question_clause_leaves_the_story_before_it():
    clause = question_clause("After all, we had better displays before, and apart from a few bulbs what has the "
                             "£9,000 been spent on?")
    assert clause == "What has the £9,000 been spent on?"
    assert question_clause("For each school, what was the total spent on agency staff?") is None


def test_a_request_put_as_what_the_body_could_do_is_a_request():
    assert asked_of_body("Perhaps the council can provide us with a breakdown of the cost?") == \
        "Please provide a breakdown of the cost."
    assert asked_of_body("Perhaps they should think again.") is None


@pytest.mark.parametrize("question, words", [
    ("Which bright spark had the idea to close the swimming pool?", "decision to close the swimming pool"),
    ("What possible justification can there be for the new parking charge at the surgery?",
     "reasons for the new parking charge at the surgery"),
    ("The library shuts at 4pm on Saturdays - why?", "why the library shuts at 4pm on Saturdays"),
    ("Why did they fell the old beech tree on Station Road?", "decision to fell the old beech tree"),
    ("This caused chaos, which begs the question why was the road not resurfaced at night?",
     "why the road was not resurfaced at night"),
    ("Could one of the councillors please explain why they moved the market to Thursdays?", "moved the market"),
])
def test_reasons_frame_takes_a_noun_phrase_or_clause_of_the_question(question, words):
    frame = reasons_frame(question)
    assert frame is not None and frame.kind == "reasons"
    assert words in frame.text
    assert '"' not in frame.text  # never the question quoted
    assert not re.search(r"(?i)\b(?:reasons for|about)\s+(?:why|wasn't|can't|then)\b", frame.text)


@pytest.mark.parametrize("question", [
    "How can this be allowed?",
    "Why then?",
    "What possible justification can there be for it?",
])
def test_reasons_frame_refuses_a_subject_that_is_only_a_pointer(question):
    assert reasons_frame(question) is None


def test_points_at_story():
    assert points_at_story("A breakdown of the figures.")
    assert points_at_story("The reasons for this charge.")
    assert not points_at_story("The number of parking fines issued in Leeds in 2024.")
    assert not points_at_story("Why it is thought necessary to relight the streets.")


LETTER = ("Sir, - I was amazed to read that the town's Christmas lights cost the council £48,000 this year. "
          "Most of the bulbs were reused from last year. Maybe there is a local firm that would sponsor them? "
          "Do we really need a lights switch-on ceremony at all? "
          "Perhaps the council can provide us with a breakdown of the figures? "
          "Why was the contract not put out to tender?")


def test_a_letter_keeps_only_what_asks_for_records_or_reasons():
    f = framed(LETTER)
    texts = [p.text for p in f.parts]
    assert texts, texts
    for t in texts:  # no story, suggestion or rhetorical question as a part
        assert not re.search(r"(?i)\b(?:maybe|sponsor|really\s+need|amazed)\b", t), t
    assert any("breakdown of the figures" in t for t in texts)
    reasons = [p for p in f.parts if p.kind == "reasons"]
    assert reasons and all('"' not in p.text for p in reasons)
    assert any("the contract was not put out to tender" in p.text for p in reasons)
    assert "not-recorded-information" in codes(f)
    assert "story-reference" in codes(f)  # "the figures": only the story says which
    assert any("sponsor" in r for r in f.remarks)


def test_a_letter_that_asks_no_body_for_records_gets_questions_back():
    f = framed("Sir, - The council leader took home £60,000 in allowances last year. The deputy got £45,000. "
               "And this in a town where the libraries are closing. How can this be justified?")
    assert not f.parts
    # fr11c: the why asks about "this" alone: one question back, which decision the reasons are wanted for
    assert len(f.questions) == 1 and "reasons" in f.questions[0]
    assert "too-vague" in codes(f) and "not-recorded-information" in codes(f)


def test_a_view_asked_in_a_letter_leaves_the_parts_with_its_finding():
    f = framed("Sir, - I paid £3 to park for twenty minutes at the hospital last week. Are the managers content "
               "that patients are charged to be treated? How much did the trust take in parking charges in 2024?")
    assert all("content" not in p.text for p in f.parts)
    assert any("parking" in p.text.lower() for p in f.parts)
    assert "not-recorded-information" in codes(f)


def test_a_formal_request_is_not_read_as_a_letter():
    text = ("Dear Leeds City Council, under the Freedom of Information Act please provide: 1. the number of "
            "potholes reported in 2024; 2. the number repaired within 28 days.")
    f = framed(text)
    assert len(f.parts) == 2
    assert "story-reference" not in codes(f)
