"""The reply reader on mixed answers (some parts given, others refused, not held, NCND or too costly) and on
the ways authorities say "not held", in replies written in the styles of NHS trusts, councils, PSNI and
government departments (written for these tests, not taken from the labelled set)."""

from __future__ import annotations

import pytest

from askfoi.reader import read_reply

NOT_HELD = [
    "The Council has carried out a search and there are no records matching your description.",
    "We have not been able to locate any information relevant to your request.",
    "Thank you for your request. Unfortunately no such policy exists within the Trust.",
    "The Council has not received any such complaints, so there is no information to provide.",
    "PSNI can confirm that no information is held in relation to your request.",
    "The Department has no information within the scope of your request.",
    "Having checked with the relevant department, the Trust does not have any records of such payments.",
]

MIXED = [
    "1. How many staff? 214. 2. Names of the staff? This information is exempt under section 40(2) as it is personal data.",
    "The Council can provide the total spend, which was £45,200. However, the breakdown by supplier is exempt under section 43(2) as commercially sensitive.",
    "PSNI can confirm the number of tasers is 312. In relation to the deployment locations, this is exempt under section 31(1)(a) and 24(1).",
    "We have provided the figures for 2022 below: 45 incidents. To provide figures for earlier years would exceed the appropriate limit of 18 hours, and this part of your request is therefore refused under section 12.",
    "Part 1: 12. Part 2: the Trust neither confirms nor denies whether it holds this information under section 40(5).",
    "The Department holds some of the information you requested. The number of meetings was 6. The minutes of the meetings are withheld under section 35(1)(a).",
    "Your request has been refused in part under section 12 of the FOIA.\n1. The number of CCTV cameras owned by the Council is 86.\n2. To identify the locations of each camera would require a manual search of records exceeding 18 hours.",
    "In relation to your first question, the Council spent £12,450 on consultants in 2023/24. In relation to your second question, the Council does not hold this information as the contracts are managed by the county council.",
    "The Home Office holds information within the scope of your request. We can confirm that 1,432 applications were received. However, we are unable to provide a breakdown by nationality as this would exceed the cost limit.",
    "Please find below our response.\n1. Yes.\n2. No information held.\n3. 2019.",
    # a refusal, then a fact told "however": the fact is given, so the whole is part disclosed
    "Unfortunately the Trust is unable to provide the requested information as it is exempt under section 43(2). We can however tell you that the contract was awarded in 2021 for a period of five years.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_not_held_phrasings(text):
    reading = read_reply(text)
    assert reading.outcome.value == "not_held"
    assert not reading.unclear


@pytest.mark.parametrize("text", MIXED)
def test_mixed_answers_are_part_disclosed(text):
    assert read_reply(text).outcome.value == "part_disclosed"


@pytest.mark.parametrize(
    "text",
    [
        # a refusal whose own words say it covers one part of the request: the rest was answered
        "Some of the information you requested is exempt from disclosure under section 40(2) of the Act.",
        "Part of the information you have requested is withheld under section 43(2).",
        "We are withholding some of the information under section 31(1)(a) and section 40(2).",
        "The Council is refusing part of your request under section 12 of the FOIA because it would exceed the cost limit.",
        "Question 3 of your request is refused under section 31(1)(a).",
        "The information requested at part 2 of your request is exempt under section 38(1)(a).",
    ],
)
def test_refusal_of_one_part_is_part_disclosed(text):
    assert read_reply(text).outcome.value == "part_disclosed"


# (text, outcome), by what each group shows
CASES = [
    # cues that stay in their place
        # "can advise/tell you that" followed by a decision is the decision, not an answer
        ("We can advise you that the information is exempt under section 31(1)(a).", "refused"),
        ("I can advise that the Council does not hold this information.", "not_held"),
        ("We can inform you that the total cost was £4,500.", "disclosed"),
        # a search that could not find records because the search itself is too costly stays a cost refusal
        ("We are unable to locate any records without a manual search of 4,000 files, which would exceed the cost limit under section 12.", "cost_limit"),
    # a refusal of the whole request stays a refusal
        ("Questions 1 to 4 of your request are refused under section 31(1)(a).", "refused"),
        ("The Council has decided to refuse your request under section 43(2).", "refused"),
        # the whole request is refused in so many words; the later sentence only explains one question's cost
        ("I can confirm that the information you have requested is held by the Trust, however it cannot be disclosed "
         "for the following reasons. The information requested at question 2 is not held in a format that allows its "
         "extraction within the 18 hour limit. To respond would require a review of over 900 patient records.",
         "cost_limit"),
    # cost refusals: figures of the search, and answers
        # where the records are kept is the size of the search, not an answer
        ("The Trust is unable to provide this information as it would exceed the cost limit of 18 hours. The Trust "
         "has 7 hospital sites and the information is held in paper records at each site. You may wish to refine "
         "your request to a single site or year.", "cost_limit"),
        ("PSNI estimates that the cost of complying would exceed the appropriate limit. There were 12,418 incidents "
         "recorded in 2023 and each would need to be reviewed. Section 12(1) applies.", "cost_limit"),
        # a total given, then the details for each refused on cost: part disclosed
        ("We can tell you that 46 staff were dismissed in 2023. However, to provide the reasons for each dismissal "
         "would require a manual review of each personnel file, which would exceed the cost limit under section 12.",
         "part_disclosed"),
        ("Q1 - 312\nQ2 - £14,200\nQ3 - To answer this question would exceed the cost limit set out in section 12, as "
         "it would require reviewing approximately 2,000 invoices.", "part_disclosed"),
    # held-back parts said tersely or in everyday words
        # the part held back said tersely, or in everyday words
        ("1. 42\n2. £12,000\n3. Not recorded", "part_disclosed"),
        ("In 2023 there were 312 referrals. Data for 2022 is unavailable due to a change in our recording system.",
         "part_disclosed"),
        ("1. 5 2. The Trust is unable to provide this as it is commercially sensitive. 3. Yes", "part_disclosed"),
        ("The Department can disclose that 18 contracts were awarded. We cannot provide the contract values as they "
         "are commercially sensitive.", "part_disclosed"),
        ("We are unable to provide this information as it is not held.", "not_held"),
        ("Not recorded.", "not_held"),
    # a cost refusal of "the remainder of the information": the rest was given; s12 aggregation ("the remaining
    # questions") refuses the whole
    ("To provide the remainder of the information would exceed the cost limit under section 12.", "part_disclosed"),
    ("Providing the remaining information would exceed the appropriate limit of 18 hours, so section 12 applies to "
     "that part.", "part_disclosed"),
    ("As answering question 1 alone would exceed the cost limit, we have not gone on to consider the remaining "
     "questions, which would also exceed the appropriate limit under section 12.", "cost_limit"),
    # withheld only where a condition holds, or small numbers suppressed: the rest was given
    ("Information has been withheld under section 40(2) where it would identify individuals.", "part_disclosed"),
    ("Where numbers are fewer than five, these have been suppressed under section 40(2) to protect patient "
     "confidentiality.", "part_disclosed"),
    ("The information is exempt under section 40(2) as it would identify individuals.", "refused"),
    ("The information is withheld under section 31(1)(a). Where disclosure would prejudice law enforcement, the "
     "public interest favours withholding.", "refused"),
    # nothing of the kind, so nothing held
        # nothing of the kind exists, so nothing is held
        ("The Council has not carried out any such assessments.", "not_held"),
        ("The Department has not commissioned any research on this topic.", "not_held"),
        ("Having made enquiries, no such correspondence could be found.", "not_held"),
        ("The Council has no contract with this company.", "not_held"),
        ("The Trust has searched its records and has found nothing relevant to your request.", "not_held"),
        # a decision not yet made is a holding reply, not a thing that does not exist
        ("The Council has not made any decision on this yet and will write to you within 20 working days.", "pending"),
]


@pytest.mark.parametrize("text, outcome", CASES)
def test_outcome(text, outcome):
    assert read_reply(text).outcome.value == outcome
