"""rd102 (issue 10): the reply reader on the tuning sets' misses, fixed as classes (session 65).

1. A whole cost or vexatious refusal still says which questions the request asked (fr100-03/07, fr101-02/03): each
   part carries the whole refusal (sections 12 and 14 apply to a request as a whole), marked `whole`, so the narrowing
   letter still reads which part the estimate names.
2. A sub-question labelled with its question's number ("(2a)") after that question's own answer is a part of its own
   (fr99-06).
3. A numbered answer that opens with its figure ("2. £3,120 was paid ...") is an answer, so a part the reply never
   mentions is still found (lt101's left item).
4. "The exemption has been applied because disclosure of the information you have requested ..." explains the
   exemption already named; it is no refusal of the whole request (fr100-11).
5. The summary never names a provision the Act does not have as if it were one ("section 31(a)", lt101's left item).

Every request and reply here is written for these tests in my own words.
"""

from __future__ import annotations

from datetime import date

from askfoi.answer_map import map_answers
from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply

DAY = date(2026, 12, 7)


def _parts(reply: str, request: str | None = None) -> list[tuple[str, str]]:
    return [(p.number, p.outcome.value) for p in explain_reply(reply, request=request, today=DAY).reading.parts]


# -- 1. a whole cost or vexatious refusal lists the questions asked ---------------------------------------------------

LIBRARY_REQUEST = ("Please tell me, for each of the last three financial years:\n"
                   "1. How many library books were reported lost by borrowers.\n"
                   "2. How much the council charged borrowers for lost books.\n"
                   "3. How many borrowers were banned for not paying those charges.\n")
COST_REPLY = ("Dear Ms Okafor\n\nThank you for your request about library books. I can confirm that the council holds "
              "the information. However, to provide it would exceed the appropriate limit of £450 set by the Freedom of "
              "Information and Data Protection (Appropriate Limit and Fees) Regulations 2004, because loss records are "
              "kept on paper in each of our 14 branches and would each have to be read. Under section 12 of the Act the "
              "council is therefore not obliged to comply with your request.\n\nYours sincerely\nInformation Team\n")


def test_a_whole_cost_refusal_refuses_each_numbered_question_on_cost():
    reading = explain_reply(COST_REPLY, request=LIBRARY_REQUEST, today=DAY).reading
    assert reading.outcome == Outcome.cost_limit
    assert [(p.number, p.outcome) for p in reading.parts] == [("1", Outcome.cost_limit), ("2", Outcome.cost_limit),
                                                              ("3", Outcome.cost_limit)]
    assert all(p.whole and p.sections == ["12"] for p in reading.parts)


def test_a_bulleted_request_refused_on_cost_has_a_part_for_each_bullet():
    request = ("Dear Leeds City Council,\n\nFor 2024 please send me:\n"
               "\u2022 the number of noise complaints about pubs\n"
               "\u2022 the number of noise abatement notices served on pubs\n"
               "- the names of the pubs served with those notices\n\nYours faithfully,\nAmir\n")
    assert _parts(COST_REPLY, request) == [("1", "cost_limit"), ("2", "cost_limit"), ("3", "cost_limit")]


def test_a_request_of_questions_in_prose_refused_on_cost_has_a_part_for_each_question():
    request = ("Dear Council, how many complaints about bin collections did you receive in 2024? Can you also send me "
               "the number of missed collections recorded in each ward in that year? Kind regards, Jo")
    assert _parts(COST_REPLY, request) == [("1", "cost_limit"), ("2", "cost_limit")]


def test_a_whole_vexatious_refusal_refuses_each_question_as_vexatious():
    reply = ("Dear Mr Grey\n\nThe council considers this request vexatious under section 14(1) of the Freedom of "
             "Information Act 2000, given the 40 requests you have made about the same car park this year. We will "
             "not be responding to it.\n\nYours sincerely\nInformation Governance\n")
    request = ("1. All emails about the Station Road car park in 2025.\n"
               "2. The car park's cleaning rota.\n")
    reading = explain_reply(reply, request=request, today=DAY).reading
    assert reading.outcome == Outcome.vexatious
    assert [(p.number, p.outcome, p.whole) for p in reading.parts] == [("1", Outcome.vexatious, True),
                                                                       ("2", Outcome.vexatious, True)]


def test_guard_a_one_question_request_refused_on_cost_gets_no_parts_made_up():
    assert _parts(COST_REPLY, "How many library books were reported lost in 2024?") == []


def test_guard_an_answer_given_beside_the_cost_refusal_keeps_the_readers_own_parts():
    reply = ("1. 312 library books were reported lost in 2024.\n"
             "2. To find the charges we would have to read every borrower's paper record in 14 branches, which would "
             "exceed the appropriate limit under section 12 of the Act.\n")
    parts = _parts(reply, "1. How many library books were reported lost in 2024.\n2. How much borrowers were charged.\n")
    assert parts == [("1", "disclosed"), ("2", "cost_limit")]


def test_guard_the_narrower_request_after_a_whole_cost_refusal_still_asks_every_part():
    from askfoi.followup import review_letter

    request = ("Please provide the following for 1 April 2022 to 31 March 2025:\n\n"
               "1. The number of library books reported lost.\n"
               "2. The total charged to borrowers for lost books.\n"
               "3. The number of borrowers banned for unpaid charges.\n")
    body = review_letter(COST_REPLY, request=request, authority="Bristol City Council", today=DAY).body
    narrower = body.split("narrower request:", 1)[1]
    assert "reported lost" in narrower and "charged to borrowers" in narrower and "banned" in narrower


# -- 2. a sub-question after its question's own answer is a part of its own ------------------------------------------

CARE_REQUEST = ("1. How many foster carers did the council approve in 2024?\n"
                "2. How many foster carers left the council's register in 2024?\n"
                "(2a) Of those, how many gave a reason for leaving?\n"
                "3. How many children were placed with foster carers outside the county in 2024?\n")
CARE_REPLY = ("1. How many foster carers did the council approve in 2024?\n\n41\n\n"
              "2. How many foster carers left the council's register in 2024?\n\n29\n\n"
              "(2a) Of those, how many gave a reason for leaving?\n\n"
              "The council does not hold this information.\n\n"
              "3. How many children were placed with foster carers outside the county in 2024?\n\n63\n")


def test_a_sub_question_after_its_questions_answer_is_read_as_its_own_part():
    assert _parts(CARE_REPLY, CARE_REQUEST) == [("1", "disclosed"), ("2", "disclosed"), ("2a", "not_held"),
                                                ("3", "disclosed")]


def test_guard_a_question_answered_only_by_its_sub_questions_keeps_them_inside_it():
    reply = ("1. How many parking permits were issued in 2024?\n"
             "1a) Residents: 4,210\n1b) Visitors: We do not hold this information.\n"
             "2. How many permits were cancelled in 2024?\n\n380\n")
    mapped = map_answers(reply, "1. How many parking permits were issued in 2024?\n2. How many were cancelled?\n")
    assert mapped is None or all(not m.number[-1:].isalpha() for m in mapped)


# -- 3. an answer that opens with its figure -------------------------------------------------------------------------

GRIT_REQUEST = ("1. The number of grit bins the council maintains.\n"
                "2. The amount spent refilling grit bins in winter 2024/25.\n"
                "3. A copy of the gritting route map.\n")


def test_an_answer_opening_with_its_figure_is_an_answer_and_the_part_never_mentioned_is_found():
    reply = ("Dear Mr Shaw\n\n1. The council maintains 1,140 grit bins.\n2. £3,120 was spent refilling them in winter "
             "2024/25.\n\nYours sincerely\nHighways\n")
    mapped = map_answers(reply, GRIT_REQUEST)
    assert [(m.number, m.status) for m in mapped] == [("1", "mapped"), ("2", "mapped"), ("3", "missing")]
    counted = "2. 94 bins were refilled twice in winter 2024/25."
    assert [m.status for m in map_answers(reply.replace(reply.split("\n")[3], counted), GRIT_REQUEST)][2] == "missing"


def test_guard_the_request_told_back_with_no_answer_is_not_an_answer():
    reply = ("You asked:\n1. The number of grit bins the council maintains.\n2. The amount spent refilling grit bins in "
             "winter 2024/25.\n\nThe council does not hold this information.\n")
    mapped = map_answers(reply, GRIT_REQUEST)
    assert mapped is None or not any(m.status == "mapped" and m.outcome == Outcome.disclosed for m in mapped)


# -- 4. why the exemption applies is no refusal of the whole ---------------------------------------------------------

def test_the_reason_an_exemption_applies_does_not_turn_a_share_withheld_into_a_whole_refusal():
    reply = ("Thank you for your request. I can confirm we do hold the information you require. You asked:\n"
             "1.         The installation date and invoices for the bin store, i.e., the cost of the store and of the "
             "fitting\nThe bin store was installed on 3 March 2016. A new store was put in after a fire on 2 June 2021.\n"
             "In accordance with the FOI Act, we are not obliged to supply some of the information around the costs as it "
             "is subject to a statutory exemption under section 43(2) \u2013 prejudice to commercial interests.\n"
             "In this instance the exemption has been applied as disclosure of the information you have requested is "
             "commercially sensitive.")
    assert read_reply(reply).outcome == Outcome.part_disclosed


def test_guard_a_whole_withholding_with_its_reason_stays_refused():
    reply = ("Dear Ms Reid\n\nThe information you have requested is exempt under section 43(2) of the Freedom of "
             "Information Act 2000. The exemption has been applied because disclosure of the information you have "
             "requested would harm the contractor's commercial interests.\n\nYours sincerely\nProcurement\n")
    assert read_reply(reply).outcome == Outcome.refused


# -- 5. a provision the Act does not have ----------------------------------------------------------------------------

def test_the_summary_says_a_cited_provision_does_not_exist_and_what_it_most_likely_means():
    reply = ("Dear Mr Nolan\n\nThe locations of the cameras are exempt under Section 31(a) of the Freedom of Information "
             "Act 2000, as disclosure would be likely to prejudice the prevention of crime.\n\nYours sincerely\n")
    explanation = " ".join(read_reply(reply).explanation.split())
    assert "It cited section 31(a)" in explanation
    assert "the Act has no such provision; it most likely means section 31(1)(a)" in explanation


def test_guard_a_real_provision_is_named_without_a_note():
    reply = ("Dear Mr Nolan\n\nThe locations of the cameras are exempt under section 31(1)(a) of the Freedom of "
             "Information Act 2000, as disclosure would be likely to prejudice the prevention of crime.\n\nYours "
             "sincerely\n")
    assert "no such provision" not in read_reply(reply).explanation
