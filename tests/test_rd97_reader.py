"""rd97: the reply reader's classes found on fresh94 (tuning), shown on replies in my own words.

- what is given named in a relative clause in the present progressive ("the information that is being released to
  you"), the letter's own "I have set out below the information", and "Above is all the information we can release"
  before a refusal of the rest (Lincolnshire County Council's and Cleveland Police's openings);
- one answer headed by a bare range of the items it answers ("1-4. A new flag was bought ...") or by "Response 1 - 3";
- "Regulation 24" as a kind of foster placement in a table of costs is no environmental-regulations exception;
- an answer pointed to in a published plan or policy by "I would direct you to review the ... Plan";
- a review's outcome that says only that the first decision stands is the refusal standing (issue 10, item 4): the
  Commissioner is next.
"""

from __future__ import annotations

from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply


def _parts(reading):
    return [(p.number, p.outcome) for p in reading.parts]


def test_the_information_that_is_being_released_is_given():
    reply = ("I can confirm that the information requested is held by the Borough Council. I have set out below the "
             "information that is being released to you.\n\nCar park\n\nSpaces\n\nStation Road\n\n212\n\nMarket Hill\n\n"
             "96\n\nInformation correct as at 1 March 2026")
    assert read_reply(reply).outcome == Outcome.disclosed


def test_the_letters_own_pointer_to_what_it_sets_out_is_a_giving():
    reply = ("I can confirm that the council holds this information. I have set out below the information for each "
             "site.\n\nNorth Lane\n\n41\n\nPark End\n\n17")
    assert read_reply(reply).outcome == Outcome.disclosed


def test_above_is_all_we_can_release_then_a_refusal_of_the_rest_is_a_share_given():
    reply = ("Above is all the information we will release and for anything else we would rely on the following:\n"
             "Section 1 of the Freedom of Information Act 2000 places two duties on public authorities.\nThe force can "
             "neither confirm nor deny that it holds the information relevant to your request, by virtue of section 24(2) "
             "and section 31(3).")
    reading = read_reply(reply)
    assert reading.outcome == Outcome.part_disclosed and reading.ncnd


def test_a_bare_range_heading_answers_each_item_in_it():
    request = ("1. How many study rooms did the library open in 2024?\n2. What did they cost?\n3. Who supplied the "
               "furniture?\n4. How many bookings were made?")
    reply = ("I can confirm that the information requested is held.\n1-3. The library opened 12 new study rooms in 2024 "
             "at a cost of £4,000; the furniture came from Oak & Co.\n4. 1,950 bookings were made.")
    reading = explain_reply(reply, request=request).reading
    assert _parts(reading) == [("1", Outcome.disclosed), ("2", Outcome.disclosed), ("3", Outcome.disclosed),
                               ("4", Outcome.disclosed)]


def test_a_response_range_heading_answers_each_item_in_it():
    reply = ("Response 1 - 2:\nThe Council does not hold this information, as the depot is run by a contractor.\n"
             "Response 3:\nThe contract is attached.")
    assert _parts(read_reply(reply)) == [("1", Outcome.not_held), ("2", Outcome.not_held), ("3", Outcome.disclosed)]


def test_a_year_range_opening_a_line_is_no_range_heading():
    reply = "We hold the figures.\n2023-24. £41,200\n2024-25. £44,900"
    assert not [p for p in read_reply(reply).parts if p.number in ("23", "24")]


def test_a_placement_type_called_regulation_24_is_no_exception():
    reply = ("Please find below the placement costs for 2024-25.\n\nIn-house fostering £5,377,948\nRegulation 24 "
             "placements £1,121,476\nResidential homes £8,905,006")
    reading = read_reply(reply)
    assert reading.outcome == Outcome.disclosed and not reading.sections


def test_a_kinship_carers_count_under_regulation_24_in_a_sentence_is_no_exception():
    reading = read_reply("At 31 March 2025 the council had 37 connected persons carers approved under Regulation 24 and "
                         "212 mainstream foster carers.")
    assert reading.outcome == Outcome.disclosed and not reading.sections


def test_environmental_exceptions_are_still_read():
    # guards: a regulation of the EIR, named as such or given with its paragraph, is still an exception
    assert read_reply("We withhold the survey under regulation 12(5)(e) of the Environmental Information Regulations "
                      "2004.").sections == ["EIR 12(5)(e)"]
    reading = read_reply("The names of the residents are withheld under Regulation 13 of the EIR.")
    assert reading.outcome == Outcome.refused and reading.sections == ["EIR 13"]


def test_an_answer_pointed_to_in_a_published_plan_is_published():
    reply = ("1. The council does not hold a map of the culverts in the town centre.\n2. Sites for new housing are "
             "assessed against the policies in the adopted Local Plan, and I would direct you to review the Local Plan "
             "policies on housing density.")
    assert _parts(read_reply(reply)) == [("1", Outcome.not_held), ("2", Outcome.published)]


def test_a_pointer_to_the_complaints_policy_is_no_published_answer():
    reply = ("The council spent £18,400 on gritting in January 2026.\n\nIf you are unhappy with this response, I would "
             "refer you to our complaints policy.")
    assert read_reply(reply).outcome == Outcome.disclosed


def _steps(explained):
    return [s.kind for s in explained.next_steps]


def test_a_review_that_only_upholds_the_first_decision_is_the_refusal_standing():
    for outcome_sentence in ("I have concluded that the original decision is upheld.",
                             "The original response is upheld without modification.",
                             "Having looked again at the request, I have decided to uphold the original decision."):
        reply = (f"Internal review: FOI 2026/0412\n\nI have now completed the internal review you asked for. "
                 f"{outcome_sentence}\n\nIf you remain dissatisfied you may complain to the Information Commissioner.")
        explained = explain_reply(reply)
        assert explained.reading.outcome == Outcome.refused, outcome_sentence
        assert "commissioner" in _steps(explained), outcome_sentence
        # said as what it is, not as a refusal whose exemption askfoi failed to find
        assert explained.reading.explanation.startswith("The review kept the first decision"), outcome_sentence


def test_a_review_that_overturns_or_modifies_the_decision_is_not_a_refusal():
    # guards: a review that changed the decision gave something
    for outcome_sentence in ("I have decided to overturn the original decision, and the report is attached.",
                             "The original decision is confirmed, with modifications: a revised copy of the emails is "
                             "attached."):
        reply = f"I have now completed the internal review you asked for. {outcome_sentence}"
        assert explain_reply(reply).reading.outcome != Outcome.refused, outcome_sentence


def test_a_complaint_upheld_is_no_refusal():
    # guard: "upheld" said of complaints counted in an answer is a figure, not a decision standing
    reading = read_reply("In 2025 the council received 48 complaints about missed bins; 31 were upheld.")
    assert reading.outcome == Outcome.disclosed


def test_a_review_that_upholds_an_ncnd_keeps_the_ncnd():
    # guard: the upheld decision is read only when the letter decides nothing else
    reply = ("I have completed the internal review. I can confirm that the original decision is upheld for the "
             "following reasons. The force issued a notice under section 18(1) of FOISA, neither confirming nor denying "
             "whether it holds the information, and section 35(1)(a) would apply if it did.")
    reading = read_reply(reply)
    assert reading.outcome == Outcome.ncnd and reading.ncnd


def test_a_dated_response_heading_is_no_range():
    # guard: "Response 04-08-2025" dates the answer; the items that follow are read as before
    reply = ("Response 04-08-2025\n1. -3. We would have to read each of 600 tenancy files, which would cost more than "
             "£600, so section 12 of FOISA applies to this part of your request.\n4. Damp complaints: 2023 41, 2024 34.")
    assert read_reply(reply).outcome == Outcome.part_disclosed


def test_a_pointer_to_the_commissioners_guidance_is_no_published_answer():
    # guard: the ICO's guidance on an exemption explains the refusal; it answers nothing asked
    reply = ("The names of the officers are withheld under section 40(2). I would refer you to the ICO guidance on "
             "personal information for how this exemption works.")
    assert read_reply(reply).outcome == Outcome.refused
