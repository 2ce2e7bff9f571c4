"""rd21: the reply reader on pasted pages and on real replies' sentences (docs/notes/rd21.md). Only the authority's
sentences decide: a WhatDoTheyKnow thread's request letters and follow-ups, a disclosure log's request block, questions
opening a page, WhatDoTheyKnow's link list and an e-mail quoted under the reply are set aside by the page's structure
(askfoi/reply_regions.py); wrapped lines are joined into sentences; a general warning of what may be refused decides
nothing; a share given in the s16 goodwill sentence is given outside the Act. Short invented excerpts. PAGES were
written before the rules they check (w1 and h1 read wrong at the branch start, k1 was traced once after its first run);
the rest are each rule's own excerpts."""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply, read_sentences
from askfoi.reply_regions import footer_spans, quoted_spans, reply_only, request_spans

PAGES = [
    # w1
    ('Parking fines on Elm Road\nDear Northshire County Council,\nUnder the Freedom of Information Act, please provide:\n1. The number of penalty charge notices issued on Elm Road in 2023.\n2. The income from those notices.\nIf answering would exceed the cost limit under section 12, please advise under section 16 how I could narrow it.\nYours faithfully,\nPriya Shah\nDear Ms Shah,\nThank you for your request. In 2023 we issued 412 penalty charge notices on Elm Road. The income from those notices was £14,820.\nYours sincerely,\nInformation Governance Team\nNorthshire County Council',
     Outcome.disclosed),
    # w2
    ('Dear Southvale Police,\nI would like to know how many reports of dog attacks you received in each year from 2015 to 2024, and the breed of dog in each case.\nYours faithfully,\nTom Reid\nDear Mr Reid,\nYour request has been considered under the Freedom of Information Act 2000. To establish the breed of dog we would need to manually read each of the 6,300 incident logs, which at 3 minutes each would take 315 hours. This exceeds the appropriate limit of 18 hours, and section 12 therefore applies to your whole request.\nYours sincerely,\nFreedom of Information Officer',
     Outcome.cost_limit),
    # w3
    ('Request\nPlease tell me how much the council spent on consultants for the bypass scheme, and provide the contracts. I understand some of this may be exempt under section 43, in which case please give me the totals.\nResponse\nThe council does not hold any information about consultants for the bypass scheme, as the scheme was run by the county council.',
     Outcome.not_held),
    # w4
    ('Dear Westbury Borough Council,\nPlease provide copies of all complaints about noise from the recycling centre since 2022.\nYours faithfully,\nAnn Cole\nDear Ms Cole,\nWe need more time to consider the public interest test in relation to your request. Under section 10(3) of the Freedom of Information Act we are extending the time for our response, and we aim to reply by 14 March 2025.\nKind regards\nInformation Team',
     Outcome.pending),
    # w5
    ('Dear Fenwick NHS Trust,\nHow many agency nurses did the Trust use in 2024, and what was the total cost?\nYours faithfully,\nDev Patel\nDear Mr Patel,\nBefore we can deal with your request we need you to clarify which wards or services you mean, as the Trust runs three hospitals. Please could you confirm the scope of your request. We will then deal with your request.\nRegards,\nFOI Office',
     Outcome.pending),
    # w6
    ('Dear Marlow Town Council,\nPlease provide the number of fixed penalty notices for littering issued in 2024.\nYours faithfully,\nJo Grant\nDear Jo Grant,\nThe Town Council does not hold this information. Littering enforcement is carried out by Buckinghamshire Council, and you may wish to contact them at foi@buckinghamshire.gov.uk.\nYours sincerely,\nTown Clerk',
     Outcome.not_held),
    # s1
    ('Having considered your request in terms of the above Act, I regret to inform you that I am unable to provide you with the information you have requested, as it would prove too costly to do so within the context of the fee regulations.\nAs you may be aware the current cost threshold is £600 and I estimate that it would cost well in excess of this amount to process your request.\nAs such, and in terms of Section 16(4) of the Freedom of Information (Scotland) Act 2002 where Section 12(1) of the Act (Excessive Cost of Compliance) has been applied, this represents a refusal notice for the information sought.\nBy way of explanation, our crime recording system does not allow us to search for the type of weapon used, and each of the crime reports would have to be read.\nTo be of assistance, you may wish to narrow your request to a single month.',
     Outcome.cost_limit),
    # s2
    ('Your request has been considered and I am refusing it under section 12 of the Act, because the cost of complying would exceed the appropriate limit of £450. This refusal applies to the whole of your request.\nHowever, under section 16 we can tell you that the force recorded 1,204 thefts of catalytic converters in 2023; this figure is published in our annual report. If you narrow your request to one year we may be able to help further.',
     Outcome.cost_limit),
    # d1
    ('1. How many staff are employed in the planning department?\nThere are 42 full-time equivalent staff.\n2. Please provide the names and salaries of the planning officers.\nThe names of staff below senior level are withheld under section 40(2) as personal data. Salary bands are published in our pay policy statement on our website.\n3. How many planning appeals were lost in 2024?\nWe do not hold this information in a reportable form.',
     Outcome.part_disclosed),
    # d2
    ('Question 1: The minutes of the board meetings are published on our website at www.example-trust.nhs.uk/board and are therefore exempt under section 21 as reasonably accessible to you.\nQuestion 2: The Trust does not hold notes of informal discussions.',
     Outcome.part_disclosed),  # rd35 (the lead's ruling): the link gives question 1, question 2 is not held
    # d3
    ('Request\nYou asked under section 12 of the Act whether we would answer question 1 alone. 1. How many buses were fitted with CCTV? 2. Please send the footage policy.\nResponse\n1. 214 buses are fitted with CCTV.\n2. The policy is withheld under section 31(1)(a) as its release would prejudice the prevention of crime.',
     Outcome.part_disclosed),
    # h1
    ('Thank you for your email which has been logged under reference FOI-2025-118. We will respond within 20 working days. Please note that if your request would exceed the cost limit we may refuse it under section 12, and requests which are manifestly unreasonable may be refused under section 14.',
     Outcome.pending),
    # k1
    ('Dear Mr Hughes,\nThank you for your request for information about school transport. The council spent £2.4 million on home to school transport in 2023/24, and 1,310 pupils were eligible for free travel.\nIf you are unhappy with this response you may ask for an internal review.\nYours sincerely,\nKaren Lloyd\nInformation Governance Officer\nDear Karen Lloyd,\nThank you for this. Could you please also provide the figures for 2022/23? If this exceeds the cost limit under section 12, please just give me the total.\nYours faithfully,\nOwen Hughes',
     Outcome.disclosed),
    # k2
    ('Good afternoon,\nPlease find below our response to your request. The Trust employed 312 healthcare assistants on 31 March 2024, of whom 48 were on fixed-term contracts.\nKind regards\nFOI Team\n-----Original Message-----\nFrom: Lee Byrne\nSent: 02 April 2024 10:14\nTo: FOI Team\nSubject: Freedom of Information request\nPlease tell me how many healthcare assistants you employ. If some of this is exempt under section 40, please redact names and send the rest. I understand section 12 may apply.',
     Outcome.disclosed),
    # k3
    ('Information requested\nCopies of any risk assessments for the use of drones at public events, and the number of drone flights in 2023. If the number is exempt under section 31 please say so.\nDecision\nThe Council has not used drones at any public event and therefore holds no risk assessments or flight records.',
     Outcome.not_held),
    # k4
    ('Street lighting faults\nDear Eastmoor City Council,\nPlease provide every fault report for street lights in the Riverside ward since 2015, with the date reported and the date repaired.\nKind regards,\nMaya Okafor\nDear Maya Okafor,\nWe estimate that it would take over 40 hours to extract the fault reports you have asked for, as each report would need to be checked by hand against the repair log. Under section 12 of the Freedom of Information Act we are therefore not obliged to comply with your request. You may wish to narrow your request to a single year.\nYours sincerely,\nAccess to Information Team',
     Outcome.cost_limit),
    # k5
    ('Thank you for your request dated 3 February 2025.\nI can confirm that the information you have requested is not held by Police Scotland.\nIn terms of section 17 of the Freedom of Information (Scotland) Act 2002, this represents a notice that the information is not held.',
     Outcome.not_held),
    # k6
    ('Dear Ms Evans,\nThank you for your request. I can confirm that the Department holds information within scope.\n1. The number of complaints received in 2024 was 87.\n2. The names of the complainants are withheld under section 40(2) of the Act, as they are personal data.\nYours sincerely,\nFOI Team\nDear FOI Team,\nThank you. Can you please tell me when the review of the complaints process will finish?\nYours faithfully,\nRhian Evans',
     Outcome.part_disclosed),
]



@pytest.mark.parametrize("text,want", PAGES)
def test_a_pasted_page_is_read_by_the_authoritys_sentences(text, want):
    assert read_reply(text).outcome == want
    assert not read_reply(text).unclear


REQUEST_FIRST = (
    "Bus lane cameras\n\nI would like to know how many penalty notices were issued by the bus lane camera on Queen "
    "Street in 2024. If this would exceed the cost limit under section 12 please just give the total for December.\n\n"
    "Yours faithfully,\nHannah Cole\n\nDear Ms Cole,\n\nThank you for your request. 2,914 penalty notices were issued "
    "by the Queen Street bus lane camera in 2024.\n\nRegards,\nParking Services")


def test_a_request_pasted_without_its_salutation_is_set_aside():
    spans = request_spans(REQUEST_FIRST)
    assert spans and spans[0][0] == 0 and REQUEST_FIRST.index("Hannah Cole") < spans[0][1] <= REQUEST_FIRST.index("Dear Ms")
    assert read_reply(REQUEST_FIRST).outcome == Outcome.disclosed
    assert read_reply(REQUEST_FIRST).sections == []


def test_reply_only_keeps_every_position():
    blanked = reply_only(REQUEST_FIRST)
    assert len(blanked) == len(REQUEST_FIRST)
    assert blanked.count("\n") == REQUEST_FIRST.count("\n")
    assert "section 12" not in blanked and "2,914 penalty notices" in blanked


def test_the_set_aside_request_shows_as_request_sentences():
    roles = {s.text: s.role for s in read_sentences(REQUEST_FIRST)}
    asked = next(t for t in roles if t.startswith("I would like to know"))
    assert roles[asked] == "request"
    assert roles[next(t for t in roles if t.startswith("2,914"))] != "request"


@pytest.mark.parametrize("text", [
    # a reply alone, signed off, that asks something of the requester
    "Dear Mr Jones,\nWe hold the information. Please provide a postal address so that we can send the plans.\n"
    "Yours faithfully,\nPlanning Team",
    # one letter, nothing after it
    "Dear Sir or Madam,\nI would like a copy of the tree survey.\nYours faithfully,\nAmy Price",
    # a disclosure log answered question by question
    "Request\n1. How many? \nResponse\n12\n2. How much?\nResponse\n£400",
    # a sentence of the reply about the request is no request heading
    "Your request has been refused under section 12 of the Act.\nWe estimate that it would take 60 hours.\nDecision\n"
    "The refusal is upheld.",
])
def test_no_request_is_set_aside_without_the_structure(text):
    assert request_spans(text) == []


def test_two_letters_that_both_ask_are_not_both_set_aside():
    text = ("Dear Council,\nPlease provide the figures.\nYours faithfully,\nAmy Price\n"
            "Dear Council,\nPlease can you update me on my request?\nYours faithfully,\nAmy Price")
    assert request_spans(text) == []


def test_link_list_and_quoted_mail_are_set_aside():
    wdtk = ("Dear Mr Bell,\nThe Council issued 57 notices in 2024.\nRegards\nFOI Officer\n[1] a freedom of information "
            "request\nPlease note: Section 12 of the Act allows a public authority to refuse a request.")
    assert footer_spans(wdtk) and footer_spans(wdtk)[0][0] == wdtk.index("[1]")
    assert read_reply(wdtk).outcome == Outcome.disclosed
    mail = ("Good morning,\nThe Trust employed 312 porters on 31 March 2024, of whom 48 were agency staff, as the "
            "workforce report shows.\nKind regards\nFOI Team\n-----Original Message-----\nFrom: Lee\nSent: 2 April\n"
            "Please tell me how many porters you employ; if section 40 applies please redact names.")
    assert quoted_spans(mail) and quoted_spans(mail)[0][0] == mail.index("-----Original")
    assert read_reply(mail).outcome == Outcome.disclosed


@pytest.mark.parametrize("text,want", [
    # wrapped at a fixed width: the warning's "if" is on the next line; an acknowledgement's general warnings
    ("Thank you for your enquiry which has been logged under the above reference.\n"
     "Under the Act we are required to reply within 20 working days. The Act does\n"
     "not limit the number of requests a public authority may receive. However,\n"
     "there are exemptions in the Act that can apply and these include where the\n"
     "cost of complying with the request would exceed the cost limit. Requests that\n"
     "ask a great many questions may make it necessary for the Force to refuse the\n"
     "requests wholly or in part. The exemption at s14 may be engaged if the burden\n"
     "on the authority is increased through multiple requests on differing subjects", Outcome.pending),
    ("Thank you for your email which has been logged under reference FOI-2025-118. We will respond within 20 working "
     "days. Please note that if your request would exceed the cost limit we may refuse it under section 12, and "
     "requests which are manifestly unreasonable may be refused under section 14.", Outcome.pending),
])
def test_a_warning_of_what_may_be_refused_decides_nothing(text, want):
    assert read_reply(text).outcome == want


@pytest.mark.parametrize("text,want", [
    # a share given in the s16 goodwill sentence itself, beside a cost refusal of the whole
    ("The cost of locating and retrieving the information exceeds the appropriate limit. If one part of a request "
     "exceeds the fees limit then section 12 applies to the whole request. However, in accordance with Section 16 of "
     "the Act I have a duty to provide advice and assistance and can provide some information, please see attached.",
     Outcome.cost_limit),
    # a published source that provides some of it; the size of the register is the search's
    ("I can confirm that we hold the information. However, to provide it would exceed the appropriate limit of £450 "
     "under section 12. The Trust has over 900 contracts on our contracts register, which can be found online. While "
     "the register provides some of the information you have requested, to provide the remainder would require us to "
     "review the details of each individual contract.", Outcome.cost_limit),
    # a refusal for want of a third party's consent, and "do not know", beside figures given
    ("The Council is unable to give details of individual graves without the permission of the grave owners. We do "
     "not know the costs of the repairs. We can provide the number of stones found unsafe: 2023 - 14, 2024 - 9.",
     Outcome.part_disclosed),
    # never recorded
    ("The Trust has never recorded the number of walking aids returned, as there is no system to support it.",
     Outcome.not_held),
])
def test_sentences_of_real_replies(text, want):
    assert read_reply(text).outcome == want


@pytest.mark.parametrize("text,want", [
    ("However, exemptions under section 33(1)b and 38(1)b of FOISA apply to some sections of the document.",
     ["FOISA 33(1)(b)", "FOISA 38(1)(b)"]),
    ("The figures are withheld under section 31(1)a of the Act.", ["31(1)(a)"]),
])
def test_a_paragraph_letter_without_brackets_is_read(text, want):
    assert all(s in read_reply(text).sections for s in want)
