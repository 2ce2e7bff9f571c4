"""rd101 (session 64): classes from fresh100's misses (tuning material since session 64), each tested on replies written
for the test in other words than the letters, with guards for what must not change.

1. Questions told back one after another under their own headings, joined by "And;" or with nothing between them, then
   one answer: that answer is each one's (fr100-02: TfL's "Question 3 ... And; Question 4 ... And; Question 5 ...
   Answer: ... section 12"; main gave the cost refusal to question 5 alone).
2. The request told back under "Request 1 / Request 2 / ..." headings, then "Answers" (the plural heading) over a
   refusal: the told-back requests are questions, not answers (fr100-12, PSNI: main read each as information given);
   an answer that refuses with no provision of its own, under a reply whose only decision is a cost refusal, refuses on
   cost.
3. An answer that sends the reader to data published in a named publication, its address in the same sentence, points
   at published information (fr100-05: "Please refer to the escalator availability data ... published in our ...
   Almanac ...: https://..."; main could not read it and kept "given").
4. One pointer at published answers for the whole request (links and section 21) under two or more numbered questions
   points each question there, as rd79's whole refusal or NCND does (fr100-01: main listed no parts)."""

from __future__ import annotations

from askfoi.answer_map import _read_answer
from askfoi.reply_explain import explain_reply


def _parts(reply: str, request: str | None = None) -> list[tuple[str, str]]:
    reading = explain_reply(reply, request=request).reading
    return [(p.number, p.outcome.value) for p in reading.parts]


JOINED = ("Thank you for your request about residents' parking permits. Your questions are answered in turn below.\n"
          "Question 1: How many residents' parking permits did the council issue in 2023?\n"
          "Answer: The council issued 3,410 residents' parking permits in 2023.\n"
          "Question 2: How many applications for a permit were refused in each month?\n"
          "And;\n"
          "Question 3: What were the reasons given for each refusal?\n"
          "Answer: The council does not record refusals in a way that can be searched. To find them we would have to "
          "read each of the 5,200 application files, which would take well over 18 hours, so this part of your request "
          "is refused under section 12 of the Freedom of Information Act.\n")


def test_questions_joined_by_and_share_the_one_answer_below_them():
    assert _parts(JOINED) == [("1", "disclosed"), ("2", "cost_limit"), ("3", "cost_limit")]


def test_questions_told_back_in_a_row_with_nothing_between_share_the_answer():
    reply = ("Question 1: How many swimming lessons did the leisure centre run last year?\n"
             "Question 2: How many children attended them?\n"
             "Answer: We do not hold this information. The lessons are run by a separate trust, which keeps its own records.\n"
             "Question 3: What did the council pay the trust?\n"
             "Answer: The council paid the trust £48,000 in 2023/24.\n")
    assert _parts(reply) == [("1", "not_held"), ("2", "not_held"), ("3", "disclosed")]


def test_guard_a_question_answered_on_its_own_line_keeps_its_own_answer():
    # the first heading's own line answers it (a figure stated): the run of shared questions stops there
    reply = ("Question 1: How many potholes were reported on Mill Lane in 2023?\n"
             "Forty-one potholes were reported on Mill Lane in 2023, and 37 were repaired within 28 days.\n"
             "Question 2: How much did the repairs cost?\n"
             "Answer: We do not hold the cost of repairs by street.\n"
             "Question 3: Who carried out the repairs?\n"
             "Answer: The repairs were carried out by our highways contractor, Roadfix Ltd.\n")
    parts = dict(_parts(reply))
    assert parts.get("2") == "not_held" and parts.get("1") != "not_held"


TOLD_BACK = ("Request Number: F-2024-0931\n"
             "Your request below has been considered. We can confirm that the Service holds the information, but we "
             "estimate that the cost of complying with your request would exceed the appropriate limit under section "
             "12(1) of the Freedom of Information Act 2000.\n"
             "Request 1\n"
             "The number of chimney fires attended in each of the last five years, broken down by\n"
             "a) station area and\n"
             "b) month.\n"
             "Request 2\n"
             "The number of those fires in thatched properties, broken down by\n"
             "a) year and\n"
             "b) cause.\n"
             "Answers\n"
             "We are unable to provide this information.\n")


def test_a_request_told_back_under_request_headings_then_answers_is_refused_on_cost_part_by_part():
    reading = explain_reply(TOLD_BACK).reading
    assert reading.outcome.value == "cost_limit"
    assert [(p.number, p.outcome.value) for p in reading.parts] == [("1", "cost_limit"), ("2", "cost_limit")]


def test_guard_a_bare_refusal_under_a_reply_refused_on_an_exemption_stays_a_refusal():
    reply = TOLD_BACK.replace(
        "but we estimate that the cost of complying with your request would exceed the appropriate limit under section "
        "12(1) of the Freedom of Information Act 2000.",
        "but it is exempt under section 40(2) of the Freedom of Information Act 2000 because the figures are so small "
        "that the householders could be identified.")
    reading = explain_reply(reply).reading
    assert reading.outcome.value == "refused"
    assert all(p.outcome.value != "cost_limit" for p in reading.parts)


def test_guard_answers_to_your_questions_are_below_is_not_an_answer_heading():
    reply = ("Request 1\nThe number of chimney fires attended in each of the last five years.\n"
             "Request 2\nThe number of those fires in thatched properties.\n"
             "Answers to your questions are below.\n")
    # a sentence that starts with "Answers" opens no answer: neither told-back request is read as answered
    assert all(p.outcome.value != "cost_limit" for p in explain_reply(reply).reading.parts)


def test_data_published_in_a_named_publication_with_its_address_is_published():
    answer = ("Please refer to the lift reliability data based on monthly averages for each depot published in our Fleet "
              "Performance Review below for more detail, and also our answer to part 4: "
              "https://www.example-transport.gov.uk/fleet-review")
    assert _read_answer(answer, "FOIA", "2")[0].value == "published"


def test_the_same_said_with_look_at_and_within_is_published():
    answer = ("Please look at the waiting list figures published within the Housing Register Annual Summary, which we "
              "update each April: https://www.example-council.gov.uk/housing-summary")
    assert _read_answer(answer, "FOIA", "1")[0].value == "published"
    assert _read_answer(answer, "FOIA", "3")[0].value == "published"


def test_guard_an_attachment_given_beside_a_mention_of_a_report_stays_given():
    answer = "Please see the attached spreadsheet. Figures for earlier years are published in our annual report."
    assert _read_answer(answer, "FOIA", "2")[0].value == "disclosed"


THREE_ASKED = ("1. How many trees did the council plant in the borough in 2023?\n"
               "2. Which species were planted?\n"
               "3. What did the planting cost?\n")


def test_one_pointer_at_published_answers_points_each_numbered_question_there():
    # class 4 (fr100-01, TfL: three questions told back, then links to earlier published responses and section 21)
    reply = ("Thank you for your request about tree planting. We have answered several requests on this subject and "
             "our published responses can be found at the following links. We trust they answer your questions.\n"
             "https://www.example-council.gov.uk/foi/responses/FOI-1201\n"
             "https://www.example-council.gov.uk/foi/responses/FOI-1388\n"
             "Under section 21 of the Freedom of Information Act we are not obliged to supply this information as it is "
             "already reasonably accessible to you.")
    reading = explain_reply(reply, request=THREE_ASKED).reading
    assert reading.outcome.value == "published"
    assert [(p.number, p.outcome.value) for p in reading.parts] == [("1", "published"), ("2", "published"),
                                                                     ("3", "published")]


def test_guard_a_pointer_that_names_one_question_leaves_the_others_alone():
    reply = ("The answer to question 2 is published on our website at https://www.example-council.gov.uk/trees, so "
             "under section 21 of the Act we are not obliged to supply it.")
    reading = explain_reply(reply, request=THREE_ASKED).reading
    assert not [p for p in reading.parts if p.number in ("1", "3") and p.outcome.value == "published"]


def test_guard_a_pointer_under_a_request_of_one_question_has_no_parts_made_up():
    reply = ("The information you asked for is published on our website at https://www.example-council.gov.uk/trees. "
             "Under section 21 of the Act we are not obliged to supply it to you.")
    reading = explain_reply(reply, request="How many trees did the council plant in 2023?").reading
    assert reading.outcome.value == "published" and not reading.parts
