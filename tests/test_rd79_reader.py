"""rd79 (session 55): classes from fresh76's misses (now tuning material), in other words than the letters.

1. A cost refusal that says in its own words it refuses the whole request ("we are not obliged to respond to your
   request"), followed by a pointer at what the body already publishes, is a cost refusal: the pointer is advice beside
   it, no share given (the rd35 ruling - a pointer at where a share is published, beside a refusal of the rest - stands).
2. One exemption refusal taken for the whole request ("to withhold the answers to all the questions", a whole NCND)
   answers each numbered question of the request the same way (a cost or vexatious refusal keeps the request whole).
3. A request's questions numbered "Q1 ...", "Question 2 ..." with no stop after the number are its numbered parts."""

from __future__ import annotations

from askfoi.answer_map import request_items
from askfoi.reply_explain import explain_reply

COST_WHOLE_WITH_POINTER = (
    "The council holds information of the kind you describe.\n\n"
    "To find every letter from a councillor about allowances we would have to open each of 3,200 case files. We "
    "estimate this would take 410 hours, well over the appropriate limit of 18 hours. The council is therefore not "
    "obliged to respond to your request under section 12(1) of the Freedom of Information Act.\n\n"
    "We publish the submissions we receive to our public consultations on our website. These include any letters from "
    "councillors sent in reply to a consultation. You can read them on the consultations page of our website at "
    "https://www.example-council.gov.uk/consultations.")

POINTER_AT_A_SHARE = (
    "The spending figures for the years up to 2023 are published on our website at "
    "https://www.example-trust.nhs.uk/spending. The breakdown by ward that you ask for would exceed the cost limit, so "
    "that part of your request is refused under section 12 of the Act.")

THREE_QUESTIONS = ("1. How many penalty notices did the council issue in 2023?\n"
                   "2. The names of the officers who issued them.\n"
                   "3. The total value of the penalties.")


def _read(reply: str, request: str | None = None):
    return explain_reply(reply, request=request).reading


def test_a_cost_refusal_of_the_whole_request_with_a_pointer_beside_it_is_a_cost_refusal():
    assert _read(COST_WHOLE_WITH_POINTER).outcome.value == "cost_limit"


def test_guard_a_pointer_at_a_share_beside_a_cost_refusal_of_the_rest_still_gives_that_share():
    assert _read(POINTER_AT_A_SHARE).outcome.value == "part_disclosed"


def test_one_refusal_for_all_the_questions_refuses_each_numbered_question():
    reply = ("We can confirm that we hold information relevant to your request, but it is exempt from disclosure under "
             "section 40(2) of the Freedom of Information Act.\n\n"
             "The council relies on this exemption to withhold the answers to all of your questions, because the numbers "
             "are so small that the officers concerned could be identified.")
    reading = _read(reply, THREE_QUESTIONS)
    assert reading.outcome.value == "refused"
    assert [(p.number, p.outcome.value) for p in reading.parts] == [("1", "refused"), ("2", "refused"), ("3", "refused")]


def test_guard_a_cost_refusal_of_a_numbered_request_keeps_the_request_whole():
    # the Act applies the cost limit to the request as a whole; the narrowing advice works on the request itself
    reply = ("We estimate that answering your request would take more than 40 hours, which is over the appropriate limit "
             "of 18 hours. We are therefore refusing your request under section 12(1) of the Act.")
    reading = _read(reply, THREE_QUESTIONS)
    assert reading.outcome.value == "cost_limit" and not reading.parts


def test_a_whole_ncnd_answers_each_question_with_neither_confirm_nor_deny():
    request = ("1. Does the force use covert listening devices in cells?\n"
               "2. How many were bought in 2022?\n")
    reply = ("The force neither confirms nor denies that it holds any information relevant to your request, by virtue of "
             "sections 24(2) and 31(3) of the Freedom of Information Act.")
    reading = _read(reply, request)
    assert reading.outcome.value == "ncnd"
    assert [(p.outcome.value, p.ncnd) for p in reading.parts] == [("ncnd", True), ("ncnd", True)]


def test_guard_a_refusal_that_names_one_question_invents_no_answer_for_the_others():
    reply = "Question 2 is refused under section 40(2) of the Act, as the names of officers are personal information."
    reading = _read(reply, THREE_QUESTIONS)
    assert not [p for p in reading.parts if p.number in ("1", "3") and p.outcome.value == "refused"]


def test_questions_numbered_with_their_letter_and_no_stop_are_the_request_s_parts():
    request = ("Q1 Since April 2022, how many claims were paid without a receipt?\n"
               "Q2 Further to the above, which offices made those claims?\n"
               "Question 3 Please also give the total value of those claims.")
    assert [n for n, _ in request_items(request)] == ["1", "2", "3"]
    assert request_items("2023 figures for the whole county, please.") == []


def test_guard_a_refusal_of_the_request_for_some_of_its_years_beside_a_pointer_still_gives_a_share():
    reply = ("The figures from 2019 onwards are available on the council's website at "
             "https://www.example-council.gov.uk/s106-statements. The council holds the figures for earlier years, but "
             "retrieving them would exceed the appropriate limit of £450, so I must refuse your request for the data "
             "between 2010 and 2018 under section 12(1) of the Act.")
    assert _read(reply).outcome.value == "part_disclosed"
