"""rd98 (issue 10 item 1, nc97's Thurrock reply): a reply whose answers are numbered exactly like the questions it quotes.

- the request told back as a numbered list under "Request:", then "Response:" and answers under the same numbers, the
  first answer's number alone on its line above a table ("1.\nLibrary / Weekly hours ..."): each answer is its part's,
  and no answer's own numbered line is taken for the request restated (main read all four parts "unclear": the
  reply's numbers and the questions it quotes do not match);
- an exemption named by its heading alone after the last answer ("Section 43 - Commercial Interests") is the letter's,
  not the last part's;
- a part answered "This information is commercially sensitive" is withheld; a record "published online within the
  Contracts Register" with "Please see link to the external website: https://..." is published;
- guards: "Q1 ... A1 ..." pairs and questions restated before each answer keep their mapping; a number alone on its
  line in a request with no answers is no answer; what is not said commercially sensitive is not withheld.
"""

from __future__ import annotations

from askfoi.answer_map import map_answers
from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply

LIBRARIES = """Freedom of information response

Library opening hours and cleaning

Publication date: Tuesday 3 March 2026
Request:

Please provide the following for each library in the borough for the last two years:
1.  The number of hours each library in the borough was open to the public per week for the last two years
2.  Please list all the contractors used to clean the libraries in the borough for the last two years
3.  The total amount paid to each cleaning contractor for the libraries in the borough for the last two years by contractor
4.  Please provide the number of volunteers working in each library in the borough for the last two years by library
Please use the attached table for your answers.

Response:

1.
Library / Weekly opening hours
[Central] 52
[Northfield] 36
[Oakwood] 28

2. Details of cleaning contracts awarded for the libraries are published online within the Contracts Register. Please see link to the external website: https://www.example.gov.uk/contracts

3. This information is commercially sensitive as the amounts paid for the libraries relate to individual contractors.

4. The libraries do not keep records of volunteers by library for the last two years.

Section 43 - Commercial Interests
"""

PARKS = """Your request FOI/26/118

Request:

1. How many playgrounds does the council maintain?
2. Who supplies the playground equipment?
3. What did the council pay that supplier in 2025?

Response:

1.
Playgrounds maintained: 47

2. The equipment suppliers are listed in our contracts register.

3. The amounts paid to the supplier are considered commercially confidential and are withheld under section 43(2).

Yours sincerely
Parks Team
"""


def _mapped(text, request=None):
    return [(p.number, p.status, p.outcome) for p in map_answers(text, request) or []]


def test_answers_numbered_like_the_quoted_questions_are_each_their_parts():
    got = _mapped(LIBRARIES)
    assert [n for n, _, _ in got] == ["1", "2", "3", "4"]
    assert all(status == "mapped" for _, status, _ in got), got
    assert dict((n, o) for n, _, o in got) == {"1": Outcome.disclosed, "2": Outcome.published,
                                              "3": Outcome.refused, "4": Outcome.not_held}


def test_the_explanation_reads_each_part_and_no_part_is_unclear():
    explained = explain_reply(LIBRARIES)
    parts = {p.number: p.outcome for p in explained.reading.parts}
    assert parts == {"1": Outcome.disclosed, "2": Outcome.published, "3": Outcome.refused, "4": Outcome.not_held}
    assert explained.unclear_parts == []
    assert explained.reading.outcome == Outcome.part_disclosed


def test_the_exemption_heading_after_the_last_answer_is_not_the_last_parts():
    parts = {p.number: p for p in map_answers(LIBRARIES) or []}
    assert parts["4"].sections == [] and "Section 43" not in parts["4"].answer
    assert parts["3"].sections == ["43"]


def test_a_number_alone_above_its_answer_in_another_reply():
    got = _mapped(PARKS)
    outcomes = {n: o for n, _, o in got}
    assert (outcomes["1"], outcomes["3"]) == (Outcome.disclosed, Outcome.refused)
    assert all(status != "unclear" for _, status, _ in got)


def test_commercially_sensitive_information_is_withheld():
    assert read_reply("This information is commercially sensitive as it relates to individual suppliers.").outcome == Outcome.refused
    assert read_reply("The tender prices are considered commercially confidential and are not released.").outcome == Outcome.refused


def test_published_online_within_a_named_register_is_published():
    reply = ("Details of grants awarded are published online within the Grants Register. Please see link to the "
             "external website: https://www.example.gov.uk/grants")
    assert read_reply(reply).outcome == Outcome.published


# guards: what must not change


def test_guard_what_is_not_commercially_sensitive_is_not_withheld():
    assert read_reply("We do not consider that the information is commercially sensitive, and it is attached.").outcome == Outcome.disclosed


def test_guard_a_link_to_the_complaints_procedure_is_no_published_answer():
    assert read_reply("Please see link to our complaints procedure.").outcome != Outcome.published


def test_guard_q_and_a_pairs_keep_their_parts():
    reply = ("Dear Ms Okafor\n\nQ1. How many school crossing patrol posts did the council fund in 2025?\nA1. The council "
             "funded 61 posts in 2025.\n\nQ2. How many posts were vacant on 1 September 2025?\nA2. The council does not "
             "hold this information.\n\nQ3. Please provide the names of the patrol officers.\nA3. Names of staff are "
             "personal data and are withheld under section 40(2) of the Freedom of Information Act.\n\nYours sincerely\n")
    assert [(n, o) for n, _, o in _mapped(reply)] == [("1", Outcome.disclosed), ("2", Outcome.not_held),
                                                      ("3", Outcome.refused)]


def test_guard_questions_restated_before_each_answer_keep_their_parts():
    reply = ("You asked:\n\n1. How many fixed penalty notices for fly-tipping were issued in 2025?\n2. How much was "
             "collected from those notices?\n\nOur response:\n\n1. How many fixed penalty notices for fly-tipping were "
             "issued in 2025?\nThe council issued 212 fixed penalty notices for fly-tipping in 2025.\n\n2. How much was "
             "collected from those notices?\nThe council does not hold the amount collected in a form that separates "
             "fly-tipping notices.\n")
    assert [(n, o) for n, _, o in _mapped(reply)] == [("1", Outcome.disclosed), ("2", Outcome.not_held)]


def test_guard_a_request_with_numbers_alone_and_no_answers_maps_nothing():
    request = ("Dear council,\n\nPlease provide:\n\n1.\nThe number of potholes repaired in 2025\n\n2.\nThe cost of "
               "those repairs\n\nYours faithfully,\nSam Reid\n")
    assert map_answers(request) is None


# rd97's "left open": a review that upholds the complaint only in part and gives more


def test_a_review_that_partially_upholds_the_complaint_and_attaches_more_gives_a_share():
    reply = ("Dear Ms Carter\n\nInternal review - reference IR 2026/044\n\nI have now completed the internal review you "
             "asked for on 2 November 2026.\n\nHaving considered your request afresh, I have partially upheld your "
             "complaint. I have attached the breakdown of incidents by ward, which should have been provided with the "
             "original response.\n\nYours sincerely\nInformation Governance Manager\n")
    explained = explain_reply(reply)
    assert explained.reading.outcome == Outcome.part_disclosed
    assert "commissioner" in [s.kind for s in explained.next_steps]
    assert any("partially upheld your complaint" in e for e in explained.reading.evidence)


def test_a_complaint_upheld_in_part_with_a_table_sent_is_a_share():
    reply = ("Outcome of your request for review\n\nYour complaint has been upheld in part. The number of complaints "
             "received by the leisure centre in 2025 was 14, and this should have been given to you.\n")
    assert read_reply(reply).outcome == Outcome.part_disclosed


def test_guard_counted_complaints_upheld_in_part_are_an_answer():
    reply = "In 2025 the council received 112 complaints about bin collections. Of these, 31 were upheld in part."
    assert read_reply(reply).outcome == Outcome.disclosed


def test_guard_a_complaint_upheld_in_full_with_the_information_is_given():
    reply = ("I have now completed the internal review. Your complaint is upheld. I attach the list of grants awarded "
             "in 2025, which should have been released to you.")
    assert read_reply(reply).outcome == Outcome.disclosed


# the same class in other layouts: questions restated in bold, a heading with the request's own words, numbers alone

PERMITS_BOLD = ("**1. How many parking permits were issued in 2025?**\n3,410 permits were issued.\n\n**2. How many were "
                "refused?**\nThe council does not hold this information.\n\n**3. Please list the staff who approved "
                "them.**\nStaff names are withheld under section 40(2).\n")


def test_questions_restated_in_bold_each_head_their_answer():
    assert [(n, o) for n, _, o in _mapped(PERMITS_BOLD)] == [("1", Outcome.disclosed), ("2", Outcome.not_held),
                                                             ("3", Outcome.refused)]


def test_a_heading_with_the_request_restated_without_a_question_mark():
    reply = ("Question 1 - How many parking permits were issued in 2025?\n3,410 permits were issued.\n\nQuestion 2 - "
             "Please list the wardens who issued them.\nThe names of wardens are withheld under section 40(2).\n")
    assert [(n, o) for n, _, o in _mapped(reply)] == [("1", Outcome.disclosed), ("2", Outcome.refused)]


def test_numbers_alone_under_a_response_heading_each_open_an_answer():
    reply = ("Response:\n\n1.\n3,410 permits were issued.\n\n2.\nThe council does not hold this information.\n\n3.\n"
             "Staff names are withheld under section 40(2).\n")
    assert [(n, o) for n, _, o in _mapped(reply)] == [("1", Outcome.disclosed), ("2", Outcome.not_held),
                                                      ("3", Outcome.refused)]


def test_guard_plain_questions_with_answers_on_the_next_line_keep_the_readers_parts():
    reply = ("Request and response\n1. What software does the council use to log complaints?\nNaming the software is "
             "exempt under section 31(1)(a) of the Act.\n\n2. If a contract is in place, when did it start and what is "
             "its value?\nThere are two contracts for this work.\n\nContract A began in 2019 for three years.\n\nThe "
             "exact start dates are exempt under section 31(1)(a) of the Act.\n\n3. Is there an extension clause in "
             "the contract?\nThere is no extension clause in either contract.\n\n4. Who manages the complaints "
             "process?\nThe process is managed by:\n\nJo Bright\nHead of Customer Services\n")
    assert [p.number for p in explain_reply(reply).reading.parts] == ["1", "2", "3", "4"]
