"""fx55 (issue 8.1): a part that points at something the story tells by a clause, not by a noun phrase of its own.

A letter tells "former Prime Ministers can claim an allowance ..." or "you state that '...'" and then asks for records
"in respect of this allowance" or "the evidence that this statement is based on". The story never names the thing in a
phrase the pointer can take, so the part was kept with its pointer and the person was asked to name it. The thing is
named by the clause that tells it: "the allowance former Prime Ministers can claim"; the act or the words by the noun
the verb is said as (knowledge/vocab/part_pointers.yaml `said_nouns`): "the statement '...'", "the review of ...".
Sentences below are my own wording (the shapes come from tribunal-quoted requests in the tuning set).
"""

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _frame(text):
    return frame_message(text, today=TODAY)


def _pointer_asks(frame):
    return [q for q in frame.questions if "do you mean by" in q]


@pytest.mark.parametrize("text, pointer, named", [
    # the thing a clause tells is named by that clause
    ("Retired judges can claim an allowance when they sit on a tribunal. Please send me the total paid in respect of "
     "this allowance in 2024.", "this allowance", ["allowance retired judges can claim"]),
    # the words a body stated are the statement a later part points at
    ("In your annual report for 2024 you state that 'most bins are emptied on the day'. Please send me a copy of the "
     "evidence that this statement is based on.", "this statement",
     ["most bins are emptied on the day", "annual report for 2024"]),
    # an act told by its verb is the review a later part points at
    ("Dover District Council told residents it is reviewing the opening hours of Deal library. Please send me the "
     "final report of this review.", "this review", ["review of the opening hours of Deal library"]),
])
def test_a_pointer_at_what_the_story_tells_by_a_clause_is_named_not_asked(text, pointer, named):
    frame = _frame(text)
    assert not _pointer_asks(frame), frame.questions
    said = " ".join(p.text for p in frame.parts)
    assert pointer not in said
    assert all(words in said for words in named), said


def test_two_acts_of_the_same_kind_are_asked_about_not_guessed():
    frame = _frame("The council reviewed the parking charges in March and reviewed the bus lanes in May. "
                   "Please send me the final report of this review.")
    text = " ".join(p.text for p in frame.parts)
    assert "review of the parking charges" not in text and "review of the bus lanes" not in text


def test_a_noun_phrase_the_story_names_in_full_is_still_read_as_before():
    frame = _frame("Kent Police installed ANPR cameras on the A2 at Dover last year. Who supplied these cameras?")
    text = " ".join(p.text for p in frame.parts)
    assert "cameras kent police installed" not in text.lower()


def test_a_decision_told_by_its_verb_and_what_was_decided_is_the_decision_pointed_at():
    frame = _frame("The council decided to close Deal library in March. Who approved this decision?")
    text = " ".join(p.text for p in frame.parts)
    assert "this decision" not in text
    assert "decision to close Deal library" in text


def test_other_options_looked_at_after_a_closure_are_the_records_of_options_for_that_closure():
    frame = _frame("the council shut our day centre in june. were there any other options looked at")
    assert len(frame.parts) == 1
    part = frame.parts[0]
    assert not part.kept_words, part.text
    assert "options" in part.text and "closure of the day centre" in part.text


def test_alternatives_considered_after_a_closure_are_about_that_closure():
    frame = _frame("Oxfordshire County Council closed Bampton library last year. Were any alternatives considered?")
    assert [p.text for p in frame.parts if "alternatives" in p.text and "closure of Bampton library" in p.text]


def test_a_yes_no_question_with_no_act_told_is_not_given_one():
    frame = _frame("were any other sites looked at for the new school in Deal?")
    assert frame.parts and all("relating to" not in p.text for p in frame.parts)
