"""rd53 (session 46): the reply reader on the classes found in fresh51 (now tuning) - a share given told in the third
person, the cost told as the ground of a refusal, a pointer said with "is on its website", an exempt item - and
rv51's notes (a subject access request's date; an extension told with "extending"). Texts are written for the tests
(the shapes of the tuning accounts, never their words)."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.holding_kinds import holding_kind
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply, request_date
from askfoi.reply_request import request_in_reply


def _outcome(text: str, request: str | None = None) -> str:
    return explain_reply(text, request=request).reading.outcome.value


def _parts(text: str, request: str | None = None) -> list[str]:
    return [p.outcome.value for p in explain_reply(text, request=request).reading.parts]


# -- a share given, told in the third person -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # an acronym as the subject, after the date; the refused share in the next sentence
    "On 4 May 2019, NCC provided information in response to the first two questions. NCC stated that it did not hold "
    "the information asked for by the third question.",
    # the give joined by "and" after a number
    "On 2 March the Council replied that it did not hold the reports asked for in questions 1 and 3 and provided the "
    "title of the policy for question 2.",
    # "did" + the verb's plain form
    "The Trust said that its meetings with the contractor are not minuted. It did enclose slides from a briefing given "
    "to staff in June.",
    # "and provided information", after a quotation
    "The Department confirmed that it holds some but not all of the information requested 'as it is not held centrally' "
    "and provided information which was held.",
    # the reply's own verb, then the participle with no comma
    "The Council responded on 3 June 2016 disclosing some of the information and stating that the rest was already "
    "publicly available, and so exempt under section 21 FOIA.",
    # the participle followed by a comma
    "On 1 July the Council responded to the request providing, the bank balances and a list of its assets. It said that "
    "the clerk's salary is an exempt item.",
])
def test_a_share_given_told_in_the_third_person_beside_a_share_held_back(text):
    assert _outcome(text) == "part_disclosed"


def test_the_parts_of_a_third_person_account_are_read_one_by_one():
    text = ("On 4 May 2019, NCC provided information in response to the first three questions. NCC stated that it did "
            "not hold the information requested by the fourth question.")
    assert _parts(text) == ["disclosed", "disclosed", "disclosed", "not_held"]


@pytest.mark.parametrize("text", [
    # the letter's furniture and the requester's own giving are no answer
    "It provided information about how to ask for an internal review. The information is not held.",
    "You provided information about the location. We do not hold the information requested.",
])
def test_what_is_not_a_share_given(text):
    assert _outcome(text) == "not_held"


# -- the cost as the ground of a refusal ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The parish council replied within 20 days refusing the request on the ground of cost.",
    "On 3 May the Council refused the request under regulation 12(4)(b) EIR because of the burden on the Council of "
    "searching every mailbox.",
])
def test_a_refusal_on_the_ground_of_cost_is_a_cost_refusal(text):
    assert _outcome(text) == "cost_limit"


def test_a_burden_on_the_people_named_is_no_cost_refusal():
    assert _outcome("We refused the request because of the burden on the data subjects, under section 40(2).") == "refused"


# -- where it is published, with the verb "to be" -------------------------------------------------------------------

def test_information_said_to_be_on_the_website_is_published():
    assert _outcome("The Council replied that the requested information was on its website.") == "published"


# -- rv51's notes -------------------------------------------------------------------------------------------------------

SAR = ("Dear Mr Brown,\n\nThank you for your subject access request for a copy of your care records, received on "
       "5 November 2026.\n\nDue to the number of requests we are extending the time to respond by two further months. "
       "We will respond by 5 March 2027.\n\nYours sincerely\nPractice Manager\n")


def test_a_subject_access_request_s_date_is_read():
    assert request_in_reply(SAR).received == date(2026, 11, 5)
    assert request_date(SAR) == date(2026, 11, 5)


def test_a_topic_before_the_date_needs_the_verb_that_governs_it():
    # "the minutes of 3 May" is the minutes' date, never the request's
    assert request_date("Thank you for your request for the minutes of 3 May 2025.") is None
    assert request_date("Thank you for your request about parking fines, which we received on 5 June 2026.") == date(2026, 6, 5)


def test_extending_the_time_is_an_extension():
    held = holding_kind(SAR)
    assert held is not None and held.kind == "extension" and held.until == date(2027, 3, 5)
    assert holding_kind("We are extending the time limit to consider the public interest.").kind == "extension"


# -- parts: a second verb joined by "and"; "the other questions" ----------------------------------------------------

def test_a_second_verb_joined_by_and_is_its_own_clause():
    text = ("On 2 March the Council replied that it did not hold the reports asked for in questions 1 and 3 and "
            "provided the title of the policy for question 2.")
    assert _parts(text) == ["not_held", "disclosed", "not_held"]


def test_the_other_questions_are_the_parts_not_named_before():
    text = ("On 3 May 2008 the Department responded to each question in turn. It answered questions 1, 3 and 4 but in "
            "relation to the other questions it said that it held the information, but withheld it under section 40(2) "
            "of FOIA.")
    assert _parts(text) == ["disclosed", "refused", "disclosed", "disclosed"]


def test_the_other_questions_need_parts_named_before():
    # nothing named before: "the other questions" names no part
    text = "It withheld the other questions under section 40(2). Question 2 is answered below."
    assert "1" not in [p.number for p in explain_reply(text).reading.parts]


# -- a share given joined by "and" after a website ------------------------------------------------------------------

def test_a_give_joined_by_and_after_a_website_is_the_reply_s():
    text = ("The Council responded on 2 June 2014. It said that some of the material was accessible on its website and "
            "provided other information as an attachment. It held further information, which it withheld under "
            "regulation 12(5)(b) EIR.")
    assert _outcome(text) == "part_disclosed"


# -- section 14 said of the requests still to come -----------------------------------------------------------------

def test_section_14_for_future_requests_leaves_this_request_s_decision():
    text = ("The Trust does not hold information from before it was set up in 2013; NHS England holds it. We have "
            "answered this many times and will no longer respond to any requests about the former trust under "
            "section 14(1) of the Freedom of Information Act 2000.")
    assert _outcome(text) == "not_held"


@pytest.mark.parametrize("text", [
    "Your request is vexatious under section 14(1). We will no longer respond to any requests on this subject.",
    "We do not hold this information. We consider your request vexatious under section 14(1) and will no longer "
    "respond to any requests on this subject.",
])
def test_this_request_called_vexatious_stays_vexatious(text):
    assert _outcome(text) == "vexatious"


# -- an NCND told after a refusal's general words ------------------------------------------------------------------

def test_a_refusal_in_general_words_before_a_whole_ncnd_is_an_ncnd():
    text = ("Your request has now been considered and I am not obliged to supply the information you have requested. "
            "This letter represents a Refusal Notice. The Force can neither confirm nor deny that it holds the "
            "information, by virtue of the following exemptions: S30(3) Investigations; S40(5) Personal Information.")
    reading = read_reply(text)
    assert reading.outcome.value == "ncnd" and reading.ncnd


def test_an_exemption_beside_an_ncnd_of_another_share_stays_a_refusal():
    text = ("The information is exempt under section 31(1). We can neither confirm nor deny whether we hold other "
            "information, under section 31(3).")
    assert read_reply(text).outcome.value == "refused"


# -- two shares held back on two grounds make the whole ------------------------------------------------------------

def test_some_on_one_ground_and_some_on_another_is_the_whole_refused():
    text = ("The Ombudsman responded on 5 March 2011. It explained that some of the information was exempt on the basis "
            "of s.44 of the FOIA and some on the basis of regulation 12(5)(d) of the EIR.")
    assert _outcome(text) == "refused"


def test_some_withheld_alone_is_still_a_share():
    text = "Some of the information is exempt under section 40(2). The rest is attached."
    assert _outcome(text) == "part_disclosed"


# -- a subsection disowned disowns only itself ----------------------------------------------------------------------

def test_a_wrong_subsection_named_later_leaves_the_one_relied_on():
    text = ("The Ministry responded on 1 March 2017. It confirmed that it held the information, but withheld it in "
            "reliance on s.37(1)(b) FOIA. The response mistakenly referred to s.37(b) FOIA.")
    reading = read_reply(text)
    assert reading.outcome.value == "refused" and "37(1)(b)" in reading.sections


def test_a_bare_section_disowned_disowns_its_subsections():
    reading = read_reply("We are not relying on section 14. Section 14(1) was named in our earlier letter. "
                         "We do not hold the information.")
    assert reading.outcome.value == "not_held" and not any(s.startswith("14") for s in reading.sections)


def test_what_was_said_called_the_answer_to_a_part_answers_it():
    text = ("The Department responded on 3 June 2011. It provided some information for part 1 of the request. It "
            "confirmed that no loans had been made to the company, which provided a response to part 3 of the request. "
            "It refused to provide any information for parts 2 and 4, relying on section 43(2) FOIA.")
    assert _parts(text) == ["disclosed", "refused", "disclosed", "refused"]


def test_responding_to_the_request_is_no_part_answered():
    # "responded to the request" is the reply itself, not a part named as answered
    text = ("The Council responded to the request on 2 May 2012. Parts 1 and 2 are refused under section 40(2). "
            "Part 3 is not held.")
    assert _parts(text) == ["refused", "refused", "not_held"]
