"""rd22: the reply reader on real replies' structures (docs/notes/rd22.md). Short invented excerpts: PROBES were written
before their first run against the branch (one, p12, read wrong on the first run and changed a rule); the rest are
each rule's own excerpts, with the layouts each rule must leave alone."""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply, read_sentences
from askfoi.reply_regions import reply_only, request_spans

PROBES = [
    # a disclosure log's "You asked" / "We said": the request's own example figures are not the reply's
    ("You asked\n\nPlease tell me how many staff were dismissed in 2023. For example: 2022 - 14 staff, 2021 - 9 staff.\n\n"
     "We said\n\nThank you for your request.\n\nThe number of staff dismissed in 2023 is small and could identify "
     "individuals. This information is therefore exempt under Section 40(2) of the Freedom of Information Act 2000.",
     Outcome.refused),
    # "Yours faithfully," with the requester's name left off the page, then the acknowledgement
    ("Bus lane cameras\nDear Eastshire Council,\nPlease provide the number of bus lane camera fines issued in 2024 on each "
     "of your 12 bus lanes.\nYours faithfully,\nDear Requester\nThank you for your request, which was received on 3rd March "
     "2025. Your request has been logged under reference FOI-2231 and will now be considered under the Freedom of "
     "Information Act 2000. We will aim to provide a response within 20 working days.\nYours sincerely\nInformation Governance",
     Outcome.pending),
    ("Fly-tipping\nDear Westmoor District Council,\nCould you please tell me how many fly-tipping incidents were recorded in "
     "2023?\nYours faithfully,\nIn 2023 the council recorded 1,482 fly-tipping incidents, of which 312 were on public "
     "highways. Kind regards, Waste Services", Outcome.disclosed),
    ("Thank you for contacting us. This is an automated email to confirm that we have safely received your email. There may "
     "be a delay in responding to you due to high demand.", Outcome.pending),
    ("Thank you for your request. The total costs of agency staff for each year are as follows:\n2022: £12,400\n2023: £13,100",
     Outcome.disclosed),
    ("The information you requested is exempt under section 43(2) of the Freedom of Information Act. The reasons are as "
     "follows: disclosure would prejudice the commercial interests of our supplier, and would harm our position in future "
     "tenders.", Outcome.refused),
    ("We do not hold a central record of the information asked for in questions 1 or 2. To find it, each of the 3,000 case "
     "files would need to be read, which would exceed the appropriate limit under section 12 of the Act. We are therefore "
     "refusing your request.", Outcome.cost_limit),
    ("We are withholding the minutes under section 36 of the Act.\nSection 36(2) states:\n(a) would, or would be likely to, "
     "prejudice the maintenance of collective responsibility,\n(b) would, or would be likely to, inhibit the free and frank "
     "provision of advice.\nWe have considered the public interest and concluded that it favours withholding the minutes.",
     Outcome.refused),
    ("1. We hold 45 records of this kind.\n2. The cost was £1,200 in 2023.", Outcome.disclosed),
    ("You asked for:\n1. The invoices for the mayor's car\n2. The mileage logs for the mayor's car\nWe regard your request as "
     "vexatious and, under section 14(1) of the Act, we are not obliged to comply with it.", Outcome.vexatious),
    # p12: answered parts beside a part called vexatious stay answered
    ("1. 42\n2. £3,000\n3. We consider this part of your request vexatious under section 14(1).", Outcome.part_disclosed),
    ("We are considering whether section 12 (cost of compliance exceeds appropriate limit) applies to your request. We are "
     "taking additional time to consider this and you will receive a response once a decision has been made.", Outcome.pending),
    ("Further to our letter extending the time for our response, we have now completed our searches. The cost of complying "
     "would exceed the appropriate limit under section 12, so we are refusing your request.", Outcome.cost_limit),
    ("Please find the figures you requested attached. The ICO guidance on how we handle requests is available on its website.",
     Outcome.disclosed),
    ("Having reviewed the handling of your request, I find that section 43(2) was applied incorrectly. I am now releasing the "
     "information to you in full.", Outcome.disclosed),
    ("Having reviewed the handling of your request, I find that section 43(2) was correctly applied and I uphold the decision "
     "to withhold the information.", Outcome.refused),
    ("Your email to the FOI mailbox is acknowledged. Any request for information will be answered within 20 working days.",
     Outcome.pending),
    ("Dear Mr Hale,\nThe cost of complying with your request would exceed the appropriate limit under section 12. Your request "
     "may be subject to other exemptions, but we have not considered them.\nYours sincerely,\nFOI Team", Outcome.cost_limit),
]


@pytest.mark.parametrize("text,want", PROBES)
def test_probes(text: str, want: Outcome) -> None:
    r = read_reply(text)
    assert r.outcome == want
    assert not r.unclear


def test_you_asked_we_said_sets_the_request_aside() -> None:
    text = "You asked\n\nPlease give the figures, e.g. 2022 - 300 people.\n\nWe said\n\nWe do not hold this information."
    spans = request_spans(text)
    assert spans and text[spans[0][0]:spans[0][1]].startswith("You asked")
    assert "300" not in reply_only(text)
    assert read_reply(text).outcome == Outcome.not_held


def test_one_we_said_heading_needs_a_request_heading_above() -> None:
    text = "We said\n\nThe council holds 14 records, attached."
    assert request_spans(text) == []


@pytest.mark.parametrize("signature", ["Yours faithfully,\n", "Yours faithfully,\nLeonard of the Harpin family\n"])
def test_unnamed_or_loosely_named_requester(signature: str) -> None:
    text = ("Dear Northtown Council,\nPlease provide the number of parking permits issued in 2024.\n" + signature +
            "Dear Requester,\nYour request is being considered under the Freedom of Information Act 2000. We aim to answer "
            "your request within 20 working days.\nRegards,\nFOI Team")
    assert request_spans(text)
    assert "parking permits" not in reply_only(text)
    assert read_reply(text).outcome == Outcome.pending


def test_a_reply_signed_faithfully_alone_is_not_set_aside() -> None:
    text = "Dear Mr Cole,\nPlease find the figures attached: 14 permits were issued.\nYours faithfully,\n"
    assert request_spans(text) == []
    assert read_reply(text).outcome == Outcome.disclosed


@pytest.mark.parametrize("text,want", [
    ("Provisional figures have been redacted under Section 22A of the Freedom of Information Act 2000 (FOIA), as the "
     "research they come from is continuing with a view to publication.", ["22A"]),
    ("The report is withheld under sections 22A(1) and 43(2).", ["22A(1)", "43(2)"]),
])
def test_lettered_section(text: str, want: list[str]) -> None:
    assert sorted(read_reply(text).sections) == sorted(want)


def test_lower_case_letter_after_a_section_is_not_read_as_one() -> None:
    assert "22a" not in " ".join(read_reply("The figures are withheld under section 22a.").sections).lower()


def test_quoted_law_lines_are_law_and_number_no_parts() -> None:
    text = ("Unfortunately, we require further time to respond to your request. Therefore section 22(1) of the FOIA is "
            "engaged.\nSection 22(1) states:\ns.22 (1) Information is exempt information if-\n(a) the information is held "
            "with a view to its publication,\n(b) the information was already held with a view to such publication,\n(c) it "
            "is reasonable that the information should be withheld.\nWe will respond by 4 June.")
    r = read_reply(text)
    assert r.outcome == Outcome.pending and r.parts == []
    roles = {s.text[:3]: s.role for s in read_sentences(text)}
    assert roles["(a)"] == "law"


# one sentence kind each, and where it matters the same words alone: (text, outcome)
SENTENCE_KINDS = [
    pytest.param("We do not have a database that records what is asked in questions 2 or 3. Researching each case would "
                 "exceed the appropriate limit (s.12(1)), so the cost of compliance with your request is above the limit.",
                 Outcome.cost_limit, id="question-numbers-joined-by-or"),
    pytest.param("You asked\n\nHow many staff attended 40% of days each month? For example: October - 300 staff.\n\nWe "
                 "said\n\nWe anticipate that the cost limit would be met. The data then needs to be disaggregated into "
                 "percentages to show the 40% attendance. We have estimated this to take at least 27 hours, and the cost "
                 "limit is 24 hours. Therefore, Section 12 of the Freedom of Information Act 2000 applies.",
                 Outcome.cost_limit, id="estimate-in-the-mood-of-necessity"),
    pytest.param("The supplier was appointed following a procurement exercise in accordance with the Public Contract "
                 "Regulations (2015). However, the cost and number of leaflets are commercially sensitive and exempt under "
                 "section 43 of the Freedom of Information Act.", Outcome.refused, id="procurement-talk-beside-a-refusal"),
    pytest.param("We can confirm that we hold the information, however the cost of complying with your request would exceed "
                 "the appropriate limit under Section 12(1). This guidance is available on the ICO website at the following "
                 "link:\nico.org.uk/foi/cost-limits", Outcome.cost_limit, id="guidance-on-a-website"),
    pytest.param("Please let me know if this is not an accurate description of the information you have requested. As your "
                 "request stands, it will be very time consuming to deal with. If I estimate it will take more than 24 "
                 "working hours to locate, retrieve and extract the information, the Appropriate Limit and Fees Regulations "
                 "2004 allow me to refuse to deal with it.", Outcome.pending, id="interim-letter-warns-of-the-cost-limit"),
    pytest.param("We estimate it will take more than 24 working hours to locate the information. Section 12 allows us to "
                 "refuse your request, and we are doing so.", Outcome.cost_limit, id="section-12-applied"),
    pytest.param("1. 572\n2. 4,779\n3. We do not hold financial data in calendar years - the information below shows "
                 "financial years.\n2020/21: £41,200", Outcome.disclosed, id="not-held-in-one-form-given-in-another"),
    pytest.param("1. 42\n2. We do not hold a breakdown by month.", Outcome.part_disclosed, id="not-held-alone-in-a-part"),
    pytest.param("1. See attached spreadsheet.\n2. See attached spreadsheet. Please be aware that the Force does not record "
                 "the outcome of hearings using the terms employed in your question.", Outcome.disclosed,
                 id="caveat-on-the-terms-of-the-question"),
    pytest.param("We do not record hearing outcomes using the terms employed in your question.", Outcome.not_held,
                 id="the-caveat-alone-is-not-held"),
    pytest.param("I have concluded that the exception at 10(4)(d) (incomplete data) of the EIRs was applied incorrectly. "
                 "The information requested does not constitute incomplete data in terms of the exception at 10(4)(d). "
                 "Therefore, I am now releasing the information requested.", Outcome.disclosed,
                 id="review-overturns-an-exception"),
]


@pytest.mark.parametrize("text,want", SENTENCE_KINDS)
def test_sentence_kinds(text: str, want: Outcome) -> None:
    assert read_reply(text).outcome == want
