"""rd48 (issue 10): reader classes found recurring in the tuning splits' misses, fixed by structure or by the class of
word, never one reply's phrase. Texts written for these tests (the real replies stay outside the repository)."""

from __future__ import annotations

from askfoi.reader import read_reply


def _read(text: str):
    r = read_reply(text)
    return r.outcome.value + ("?" if r.unclear else "")


# --- a refusal on the work involved, told with no limit named -------------------------------------------------------

def test_an_inability_whose_reason_is_the_time_to_collate_is_a_cost_refusal():
    text = ("Thank you for narrowing your request to one year. Even so, it would not be possible to answer it because "
            "of the amount of time it would take to retrieve and check each case file by hand.")
    assert _read(text) == "cost_limit"


def test_time_said_without_an_inability_is_no_refusal():
    # guard: the time a task took, with the answer given, refuses nothing
    text = ("The figures below were extracted from our case system; the time required to collate them was about two "
            "hours. In 2024 there were 312 cases.")
    assert _read(text) != "cost_limit"


# --- the enclosure's adjectives are one class ------------------------------------------------------------------------

def test_an_accompanying_document_gives_the_answer():
    text = "Our response: please see the accompanying document, which lists the parking charges at each hospital site."
    assert _read(text) == "disclosed"


def test_the_attached_information_gives_the_answer_but_not_a_leaflet_about_rights():
    assert _read("The figures come from the annual estates collection, which is the source of the attached "
                 "information.") == "disclosed"
    # guard: an information sheet about the requester's rights is no answer
    assert _read("We do not hold any records of this kind. Please see the attached information sheet about your "
                 "rights.") == "not_held"


# --- which law a request is handled under is not a delay -------------------------------------------------------------

def test_the_law_a_request_is_considered_under_is_not_a_holding_reply():
    # said alone, it decides nothing: unclear, never a confident "pending"
    assert _read("Dear Ms Khan, your request is being considered under the Freedom of Information Act 2000.") == "pending?"


def test_a_request_still_being_dealt_with_is_pending():
    # guard: the holding letter still reads pending
    assert _read("Your request is now being processed and you will receive a response within 20 working days.") == "pending"


# --- "disclosed" with nothing to stand on, beside a reason to withhold -------------------------------------------------

def test_disclosed_with_no_sentence_behind_it_beside_personal_data_is_unclear():
    text = ("Thank you for your email requesting information about the College. Please find below your original "
            "request and our response. The College considers that disclosing the requested information amounts to "
            "disclosure of personal data. Staff have a reasonable expectation that their pay is private.")
    r = read_reply(text)
    assert r.unclear and r.confidence == "low"


# --- "none of it is answered" beside a refusal: what else is told is background, not a share --------------------------

def test_a_cost_refusal_that_says_no_part_is_answered_gives_no_share():
    text = ("I can confirm that the Agency collects reports of suspected adverse reactions to medicines via its "
            "reporting scheme. Section 12 of the FOI Act specifies that a public authority may refuse requests where the "
            "cost of dealing with them would exceed the appropriate limit, which for central government is set at £600. "
            "We consider that extracting the information that you have requested will take longer than 24 working hours "
            "to complete. As your request has been refused under Section 12 of the FOI Act, we cannot answer any part of "
            "it however we will be happy to provide a response to any refined request.")
    assert _read(text) == "cost_limit"


def test_a_share_not_answered_is_not_the_whole():
    # guard: "any of the information about named people" is a share: the rest given stands
    text = ("1. In 2020 there were 45 complaints and in 2021 there were 52. 2. The names of the complainants: we cannot "
            "provide any of the information about named people, as it is exempt under section 40(2).")
    assert _read(text) == "part_disclosed"


# --- "unable to confirm or deny" whose only ground is the cost of finding out is s12(2), not an NCND exemption ---------

def test_not_confirming_because_finding_out_would_cost_too_much_is_no_ncnd():
    text = ("Under section 12 of the Freedom of Information Act we are not obliged to comply with a request when it is "
            "estimated the cost of complying would exceed the appropriate limit. The time in determining whether any "
            "relevant information is held within our paper files is estimated to exceed 18 hours. We are therefore "
            "unable to confirm or deny if we hold the information you have requested.")
    r = read_reply(text)
    assert r.outcome.value == "cost_limit" and not r.ncnd


def test_an_ncnd_exemption_beside_a_cost_refusal_stays_ncnd():
    # guard: an NCND provision cited keeps the NCND
    text = ("Questions 1 and 2 would exceed the cost limit under section 12. For question 3, the force neither confirms "
            "nor denies that it holds any information, by virtue of section 31(3) of the Act.")
    assert read_reply(text).ncnd
