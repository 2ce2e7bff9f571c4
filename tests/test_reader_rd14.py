"""rd14: a cost refusal reads as a cost refusal however the reply restates the request (a numbered list before, inside
or after the refusal sentence, a one-line paste), and a reply that answers some parts and refuses one on cost is partly
answered (docs/notes/rd14.md). Short invented excerpts, each read as written and pasted as one line."""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply

C, P = Outcome.cost_limit, Outcome.part_disclosed

CASES = [
    # the list inside the refusal sentence: what it refuses, not answers
    ("Your request for 1. the number of fixed penalty notices issued in each ward and 2. the number cancelled on "
     "appeal for each year since 2015 would exceed the appropriate limit under section 12 of the Act. We estimate that "
     "it would take 40 hours to review the 12,000 notices.", C),
    ("Your request for 1) the number of hip replacements, 2) the number of revisions and 3) the surgeon for each case "
     "would exceed the cost limit, as the data is held on paper. We estimate that there are around 3,000 records.", C),
    ("In response to your request for (a) all correspondence with the developer, (b) all meeting notes and (c) all "
     "internal emails, the Council has concluded that complying would exceed the appropriate limit under section 12. "
     "A search returned over 4,000 documents.", C),
    # the list after a lead that restates the request, the refusal after it (the last item runs on in a paste)
    ("Dear Applicant\nYour request:\n1. All emails between the Chief Executive and the Leader about the stadium\n"
     "2. All minutes of meetings about the stadium\n3. Any legal advice.\nOur response: We are refusing your request "
     "under section 12 because the cost of complying would exceed the appropriate limit. A search returned 2,347 "
     "emails.", C),
    ("Thank you for your request for information, which was as follows: 1. All complaints made about Councillor X "
     "2. The outcome of each complaint. Unfortunately the Council estimates that it would take more than 18 hours to "
     "locate and retrieve this information, and so is refusing your request under section 12.", C),
    ("In relation to your questions 1. How many taser discharges were there in 2023? 2. How many involved a person in "
     "mental health crisis? we estimate that it would take over 18 hours to extract this information, as each of the "
     "1,100 discharge reports would need to be read. Section 12(1) therefore applies.", C),
    # lists after the refusal: the estimate step by step, the advice on narrowing, "as above"
    ("We are refusing your request under section 12 as the cost of compliance would exceed the appropriate limit. "
     "Our estimate is as follows: 1. Identifying the relevant files: 10 hours 2. Locating and retrieving 600 files: "
     "25 hours 3. Extracting the information: 50 hours.", C),
    ("Section 12 applies to your request, as providing the information would exceed the appropriate limit of £450. "
     "Under section 16 we can suggest the following ways you could narrow your request: 1. limit it to a single "
     "financial year; 2. ask for the total number only; 3. remove the request for copies of correspondence.", C),
    ("The Council estimates that complying with your request would exceed the appropriate limit under section 12, for "
     "the reasons explained below. 1. Please see the explanation above. 2. As above. 3. As above.", C),
    # some parts answered, one refused on cost: partly answered, with the parts marked
    ("Request: 1. Total spend on agency social workers 2022/23 2. Spend per agency Response: 1. The total spend was "
     "£3,421,000. 2. Spend per agency is not held centrally and to compile it would exceed the appropriate limit "
     "under section 12 of the Act.", P),
    ("Your request: 1. How many parking fines were issued in 2023? 2. How many were cancelled, and why? Response: "
     "1. 48,230 penalty charge notices were issued in 2023. 2. The number cancelled was 3,114. To provide the reason "
     "for each cancellation would exceed the appropriate limit under section 12.", P),
    ("You asked: 1. the number of library staff employed in 2023 and 2. the cost of each library refurbishment since "
     "2015. The Council employed 143 library staff in 2023. Providing the cost of each refurbishment would exceed the "
     "appropriate limit under section 12.", P),
]


@pytest.mark.parametrize("layout", ["as written", "one line"])
@pytest.mark.parametrize("text, expected", CASES)
def test_cost_refusal_however_the_request_is_restated(text: str, expected: Outcome, layout: str) -> None:
    if layout == "one line":
        text = " ".join(text.split())
    assert read_reply(text).outcome == expected


def test_parts_marked_when_one_part_is_over_the_limit() -> None:
    reading = read_reply("1. How many CCTV cameras does the council operate?\nThe council operates 148 cameras.\n"
                         "2. How many incidents were captured in each year?\nTo provide this would exceed the cost limit "
                         "under section 12, as footage logs would need to be reviewed by hand.")
    assert reading.outcome == P
    assert [(p.number, p.outcome) for p in reading.parts] == [("1", Outcome.disclosed), ("2", C)]


def test_a_list_of_answers_before_a_refusal_stays_answers() -> None:
    # figures in the items: answers, not what the sentence refuses
    reading = read_reply("Thank you for your request. 1. 42 officers 2. 17 vehicles 3. This would exceed the cost "
                         "limit under section 12.")
    assert reading.outcome == P


def test_named_questions_in_a_hold_back_sentence_are_parts() -> None:
    # "your second question" names the question answered; only bare list markers are read as what is refused
    reading = read_reply("In answer to your first question, the Council spent £12,000 in 2023. With regard to your "
                         "second question, we do not hold this information.")
    assert reading.outcome == P


def test_advice_to_narrow_is_not_the_request_restated() -> None:
    # "narrow your request:" does not open a restated request; the list is advice and answers nothing
    reading = read_reply("Providing the information would exceed the appropriate limit under section 12. You could "
                         "narrow your request: 1. to one year 2. to the total only.")
    assert reading.outcome == C
