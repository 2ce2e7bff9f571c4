"""fu27: follow-up letters an FOI officer would take seriously (issue 10 items 3-4): faults seen on real replies
(fresh18, short excerpts) and by a newcomer (nu29), each tested in more than one wording."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.followup import (
    AlreadyReviewed,
    complaint_letter,
    contractor_said,
    reference_in,
    review_letter,
)
from askfoi.models import Outcome

TODAY = date(2026, 12, 1)


def _flat(text: str) -> str:
    return " ".join(text.split())


# ---- 1. a reply that is itself the review's outcome: the Commissioner is next, never a second review ----

REVIEWED = [
    # Network Rail's wording (fresh18 fr18-17, an excerpt)
    ("I refer to your email of 20 April 2018 which requested an internal review of the handling of your request for "
     "information made on 19 March 2018. As a result of this review, I am now disclosing some of the information. "
     "The rest is withheld under regulation 12(5)(g) of the Environmental Information Regulations 2004.", "EIR"),
    ("Dear Mr Khan,\n\nI have now completed the internal review of our response to your request. I uphold the original "
     "decision to withhold the report under section 43(2) of the Freedom of Information Act 2000.\n", "FOIA"),
    ("thank you for your letter dated 3 november 2026, in which you asked for a review of our decision. in this review i "
     "have considered whether section 31(1)(a) was correctly applied. the information remains withheld under section "
     "31(1)(a) of the freedom of information act 2000.", "FOIA"),
]


@pytest.mark.parametrize("text,law", REVIEWED)
def test_no_second_review_of_a_review_outcome(text, law):
    with pytest.raises(AlreadyReviewed) as caught:
        review_letter(text, authority="Network Rail" if law == "EIR" else "Kent Police", today=TODAY)
    said = str(caught.value)
    assert "Information Commissioner" in said and "section 50" in said
    assert ("regulation 18" in said) == (law == "EIR")


def test_a_scottish_review_outcome_goes_to_the_scottish_commissioner():
    text = ("Dear Ms Reid,\n\nI have now completed the review you asked for. I uphold the decision to withhold the "
            "information under section 35(1)(a) of the Freedom of Information (Scotland) Act 2002.\n")
    with pytest.raises(AlreadyReviewed) as caught:
        review_letter(text, authority="Glasgow City Council", today=TODAY)
    assert "Scottish Information Commissioner" in str(caught.value) and "six months" in str(caught.value)


def test_the_person_who_says_it_is_a_first_reply_gets_the_review():
    # the chat passes the person's answer: a reply they say is the first one is reviewed whatever its words
    body = review_letter(REVIEWED[1][0], authority="Kent Police", today=TODAY, after_review=False).body
    assert "internal review" in body and "43(2)" in body


def test_explain_of_a_review_outcome_points_to_the_commissioner():
    from askfoi.reply_explain import explain_reply

    steps = explain_reply(REVIEWED[0][0], authority="Network Rail", today=TODAY,
                          received=date(2026, 11, 20)).next_steps
    assert steps and all(s.kind == "commissioner" for s in steps)


# ---- 2. the request's dates are never the period asked about or a record's date; the reference is never lost ----

@pytest.mark.parametrize("text", [
    # TfL's wording (fresh18 fr18-24, an excerpt)
    "Thank you for your Freedom of Information request received on 28th January 2019 asking for information about TfL "
    "transactions of over £500 in the period from April 2018 to 11th November 2018 (three months prior to today's date).",
    "thanks for your request received on 28 January 2019 about fly-tipping fines issued from 1 April 2018 to 11 November "
    "2018.",
    "Thank you for your request received on 28/01/2019 regarding a letter dated 11 November 2018 from the chief executive.",
])
def test_the_request_date_is_never_a_date_inside_what_was_asked(text):
    from askfoi.reply_request import request_in_reply

    stated = request_in_reply(text)
    assert stated.received == date(2019, 1, 28)
    assert stated.made is None


def test_a_date_the_requester_gave_after_the_topic_is_still_read():
    from askfoi.reply_request import request_in_reply

    stated = request_in_reply("Thank you for your request about parking fines, which you sent on 3 October 2026.")
    assert stated.made == date(2026, 10, 3)


def test_a_reply_is_never_dated_before_the_request():
    from askfoi.reply_explain import reply_date

    # TfL (fresh18 fr18-35, an excerpt): the letter asked for was dated 2014, the request received in 2023
    text = ("You asked\n\nThe letter was dated 30 September 2014 could you kindly provide a copy to me.\n\nWe answered\n\n"
            "Thank you for your request received by Transport for London (TfL) on 7 March 2023 asking for information "
            "about a letter dated 30 September 2014.\n\nUnfortunately we do not hold the information you have requested.")
    assert reply_date(text) is None
    body = review_letter(text, authority="Transport for London", today=TODAY).body
    assert "2014" not in body.split("\n\n")[1] or "response of" not in body
    assert "response of Tuesday 30 September 2014" not in body


@pytest.mark.parametrize("text,ref", [
    ("FOI/25/154\nRead more about this page below\nReference | FOI/25/154 |\n---|---|", "FOI/25/154"),
    ("Reference | HR-2024-77 |\nDescription | Agency spend |", "HR-2024-77"),
    ("Appendix 1\nExemption Schedule Environmental Information Regulations Request IR-2019-118\nThe exception", "IR-2019-118"),
    ("Crime Statistics - 1198/20\n\nDate Responded 06 August 2020", "1198/20"),
    ("Dear Sir\nOur Ref: FOI 19 1413\nThank you for your request", "FOI 19 1413"),
    ("our ref: ABC 26 0412.", "ABC 26 0412"),
])
def test_the_reference_a_reply_shows_is_found(text, ref):
    assert reference_in(text) == ref


@pytest.mark.parametrize("text", [
    "Hello\nThe figures for 2019 - 2020/21\n",  # a financial year is no reference
    "I refer to our answer to Freedom of Information request FOI/18/02245 last year.",
])
def test_no_reference_is_made_up(text):
    assert reference_in(text) is None


# ---- 3. held by a contractor: held on the authority's behalf (s3(2)(b)) ----

WOKINGHAM = ("1. Whether the council has a written policy on the maintenance of refuse collection vehicles. If the service "
             "is out sourced, please provide the relevant contact details for the provider.\nVeolia undertake this as "
             "it is outsourced:\nCommunications Department\nVeolia UK\n2. Please complete the attached table for each of "
             "the refuse collection vehicles.\nThis would be held with Veolia\n")


@pytest.mark.parametrize("text,who", [
    (WOKINGHAM, "Veolia"),
    ("We do not hold this information. The data is held by our contractor, Veolia.", "Veolia"),
    ("the grounds maintenance service is outsourced to Idverde Ltd and the council does not hold the schedules.",
     "Idverde Ltd"),
    ("Parking enforcement is carried out on our behalf by our contractor, NSL. We do not hold the records.", "NSL"),
    ("This information is not held by the Council. Please contact our service provider directly.", None),
])
def test_a_contractor_holding_it_is_read(text, who):
    said = contractor_said(text)
    assert said is not None
    assert (who in said[0]) if who else said[0] == "your contractor"


@pytest.mark.parametrize("text", [
    "This information is held by NHS England; please contact them.",
    "The information is held by the police.",
    "We do not hold this information.",
])
def test_another_public_body_or_no_holder_is_no_contractor(text):
    assert contractor_said(text) is None


def test_review_and_complaint_argue_held_on_behalf():
    body = _flat(review_letter(WOKINGHAM, authority="Wokingham Borough Council", today=TODAY).body)
    assert "Held on your behalf" in body and "section 3(2)(b) of the Freedom of Information Act 2000" in body
    assert "ask your contractor, Veolia, for it" in body
    body = _flat(complaint_letter(WOKINGHAM, authority="Wokingham Borough Council", review_asked=date(2026, 10, 1),
                                  today=TODAY).body)
    assert "with its contractor, Veolia, but information a contractor holds on its behalf is held by it" in body


def test_a_scottish_contractor_is_argued_under_foisa_3_2_b():
    text = ("Dear Mr Bell,\n\nThe council does not hold this information. It is held by our contractor, Amey, which "
            "maintains the street lights.\n\nGlasgow City Council")
    body = _flat(review_letter(text, authority="Glasgow City Council", today=TODAY).body)
    assert "section 3(2)(b) of the Freedom of Information (Scotland) Act 2002" in body and "Amey" in body


def test_a_lead_in_is_never_quoted_as_what_was_asked():
    body = review_letter(WOKINGHAM, authority="Wokingham Borough Council", today=TODAY).body
    assert "Would you please provide the following" not in body


# ---- 4. letters name the sections the reply cited ----

ONS = ("earnings information for individual organisations is not published as it is considered confidential "
       "information under Section 39 of the Statistics and Registration Service Act. This section states that personal "
       "information (including a body corporate) held by ONS must not be disclosed. The exemption highlighted in Section "
       "44 (Prohibitions on disclosure) of the Freedom of Information Act applies.")


def test_a_section_the_reply_never_cited_is_not_named_or_argued():
    from askfoi.followup import cited_only
    from askfoi.reader import read_reply

    reading = cited_only(read_reply(ONS), ONS)
    assert "44" in reading.sections and "40(2)" not in reading.sections
    review = _flat(review_letter(ONS, authority="Office for National Statistics", today=TODAY).body)
    assert "40(2)" not in review and "anonymised" not in review and "section 44" in review
    complaint = _flat(complaint_letter(ONS, authority="Office for National Statistics", review=ONS, today=TODAY).body)
    assert "citing section 44" in complaint and "40(2)" not in complaint and "personal data" not in complaint


def test_a_personal_data_refusal_naming_no_section_still_gets_its_ground():
    text = ("Dear Ms Lowe,\n\nWe cannot release the names of the officers as this would disclose their personal data.\n\n"
            "Yours sincerely,\nFOI Unit")
    from askfoi.followup import cited_only
    from askfoi.reader import read_reply

    reading = read_reply(text)
    assert cited_only(reading, text).sections == reading.sections  # nothing cited: the reader's name stands


# ---- 5. each part by its own sentence: a not-held part is never argued under another part's exemption ----

MANCHESTER = """Manchester City Council

Dear Ms Ashworth,

Thank you for your request received on 22 October 2026. Our response to each question is below.

1. How many households did the council evict from temporary accommodation in 2025?
The council evicted 214 households from temporary accommodation in 2025.

2. How many of those households included children?
This information is not held. Our housing system does not record this in a reportable format.

3. Please provide a copy of the briefing to the executive member on evictions.
This information is exempt under section 36(2)(c) of the Freedom of Information Act 2000. In the reasonable opinion
of the qualified person, disclosure would prejudice the effective conduct of public affairs.

Information Governance
"""


@pytest.mark.parametrize("misread", [True, False])
def test_a_not_held_part_gets_the_extraction_ground_and_no_exemption(misread):
    from askfoi.reader import read_reply

    reading = read_reply(MANCHESTER)
    if misread:  # the reader's label as nu29 saw it: part 2 "refused" with no section of its own
        reading = reading.model_copy(update={"parts": [p.model_copy(update={"outcome": Outcome.refused})
                                                       if p.number == "2" else p for p in reading.parts]})
    body = _flat(review_letter(reading, reply_text=MANCHESTER, authority="Manchester City Council", today=TODAY).body)
    assert "Information not held (part 2)" in body and "not creating new information" in body
    assert "The qualified person's opinion (part 3)" in body and "The public interest (part 3)" in body
    assert "(parts 2 and 3)" not in body


def test_a_part_that_names_its_exemption_keeps_it():
    from askfoi.followup import parts_as_said
    from askfoi.reader import read_reply

    reading = parts_as_said(read_reply(MANCHESTER))
    assert {p.number: p.outcome for p in reading.parts}["3"] == Outcome.refused


# ---- 6. a cost complaint uses the cheap parts and s16; "within six weeks" only when the dates show it ----

DFE = """Our ref: 2026-0098812

Dear Mr Patel,

Thank you for your request received on 2 November 2026.

We estimate that complying with your request would exceed the appropriate limit of £600 under section 12 of the
Freedom of Information Act 2000. To answer question 3 we would need to search the mailboxes of the minister's office,
around 40,000 emails, at one minute for each email, which would take over 650 hours.

FOI Team
"""
DFE_REQUEST = """1. The total paid to McKinsey in 2024/25.
2. The number of contracts the department held with McKinsey in 2024/25.
3. All emails between the minister and McKinsey from 1 January 2020 to date.
"""


def test_a_cost_complaint_names_the_cheap_parts_and_the_advice_owed():
    body = _flat(complaint_letter(DFE, authority="Department for Education", review=DFE, review_asked=date(2026, 11, 20),
                                  request=DFE_REQUEST, today=TODAY).body)
    assert "parts 1 and 2 of my request are not the work its estimate describes, which is for part 3" in body
    assert "section 16" in body
    assert "six weeks" not in body  # the review outcome's date is not known


def test_a_cost_review_keeps_the_cheap_parts_and_narrows_the_costly_one():
    body = review_letter(DFE, authority="Department for Education", request=DFE_REQUEST, today=TODAY).body
    narrower = body.split("narrower request:", 1)[1]
    assert "1. The total paid to McKinsey in 2024/25" in narrower
    assert "2. The number of contracts the department held with McKinsey in 2024/25" in narrower
    assert "3. All emails between the minister and McKinsey between 1 January 2025 and 31 December 2025" in narrower


def test_a_cost_estimate_wrapped_over_lines_still_names_its_part():
    from askfoi.followup import _named_in_estimate

    parts = ["the number of fines in 2025", "the number of appeals in 2025", "every letter sent to a motorist in 2025"]
    reply = ("to answer part 3 we would have to read\neach of the 52,000 letters, which would take\nover 800 hours.")
    assert _named_in_estimate(reply, parts) == [3]


def test_within_six_weeks_only_with_the_outcome_date():
    outcome = ("Internal review outcome\n\nDate: 20 November 2026\n\nI have now completed the internal review. I uphold "
               "the decision to withhold the report under section 43(2) of the Freedom of Information Act 2000.\n")
    body = _flat(complaint_letter(outcome, authority="Kent Police", review=outcome, today=TODAY).body)
    assert "within six weeks of the final response of Friday 20 November 2026" in body
    undated = outcome.replace("Date: 20 November 2026\n\n", "")
    body = _flat(complaint_letter(undated, authority="Kent Police", review=undated, today=TODAY).body)
    assert "six weeks" not in body


# ---- 7. FOIA -> EIR: the Regulations' exception nearest each section cited ----

@pytest.mark.parametrize("section,eir,eisr", [
    ("21", "regulation 6(1)(b) of the EIR", "regulation 6(1)(b) of the EISR"),
    ("43(2)", "regulation 12(5)(e) of the EIR", "regulation 10(5)(e) of the EISR"),
    ("12", "regulation 12(4)(b) of the EIR", "regulation 10(4)(b) of the EISR"),
    ("40(2)", "regulation 13 of the EIR", "regulation 11 of the EISR"),
    ("41", "regulation 12(5)(f) of the EIR", "regulation 10(5)(f) of the EISR"),
    ("31(1)(a)", "regulation 12(5)(b) of the EIR", "regulation 10(5)(b) of the EISR"),
    ("36(2)(b)(ii)", "regulation 12(4)(e) of the EIR", "regulation 10(4)(e) of the EISR"),
    ("22", "regulation 12(4)(d) of the EIR", "regulation 10(4)(d) of the EISR"),
    ("31(3)", "regulation 12(6) of the EIR", "regulation 10(8) of the EISR"),
])
def test_eir_equivalents(section, eir, eisr):
    from askfoi.followup import eir_equivalent

    assert eir_equivalent(section)["eir"] == eir
    assert eir_equivalent(section, scotland=True)["eir"] == eisr


def test_a_statutory_bar_has_no_eir_equivalent():
    from askfoi.followup import eir_equivalent

    found = eir_equivalent("44")
    assert found["eir"] == "" and "5(6)" in found["note"]
    assert eir_equivalent("EIR 12(4)(b)") is None


WATER = ("Thank you for your request about storm overflows at Henley. The spill data is published at "
         "https://www.example.org/overflows and is exempt under section 21 of the Freedom of Information Act 2000. The "
         "modelling reports are withheld under section 43(2) as commercially sensitive.")


def test_a_water_company_review_and_complaint_name_the_eir_exceptions():
    review = _flat(review_letter(WATER, authority="Thames Water", today=TODAY).body)
    assert "For section 21, the nearest provision of the Regulations is regulation 6(1)(b) of the EIR" in review
    assert "For section 43(2), the nearest provision of the Regulations is regulation 12(5)(e) of the EIR" in review
    complaint = _flat(complaint_letter(WATER, authority="thames water", review=WATER, today=TODAY).body)
    assert "(for section 21, regulation 6(1)(b) of the EIR; for section 43(2), regulation 12(5)(e) of the EIR)" in complaint


def test_an_environmental_request_refused_under_the_act_gets_the_eir_exception():
    reply = ("Dear Ms Grant,\n\nThank you for your request about sewage overflows into the River Wye near Hereford.\n\n"
             "The monitoring reports are withheld under section 43(2) of the Freedom of Information Act 2000, as releasing "
             "them would prejudice the commercial interests of our contractor.\n\nHerefordshire Council")
    body = _flat(review_letter(reply, authority="Herefordshire Council", today=TODAY).body)
    assert "Environmental information." in body and "section 39" in body
    assert "regulation 12(5)(e) of the EIR" in body


def test_a_request_that_is_not_environmental_gets_no_eir_paragraph():
    reply = ("Dear Mr Cole,\n\nThank you for your request about agency staff spending in 2025. The rates are withheld "
             "under section 43(2) of the Freedom of Information Act 2000.\n\nLeeds City Council")
    body = review_letter(reply, authority="Leeds City Council", today=TODAY).body
    assert "Environmental information." not in body and "regulation 12(5)(e)" not in body


# ---- 8. the insight panel never asks to mention the EIR beside a letter that cites them ----

@pytest.mark.parametrize("about,authority,part,law", [
    ("how many times did thames water dump sewage into the thames", "Thames Water",
     "The number of sewage discharges into the River Thames at Oxford in 2025", "EIR"),
    ("air pollution near schools", "Leeds City Council",
     "The air pollution monitoring results for sites within 500 metres of a school in 2025", "EIR"),
    ("fly tipping in glasgow", "Glasgow City Council", "The number of fly-tipping incidents reported in 2025", "EISR"),
])
def test_the_eir_finding_says_the_letter_already_cites_them(about, authority, part, law):
    from askfoi.request import resolve_request

    resolved = resolve_request(about, authority, "2025", [part], [])
    assert resolved.law == law
    found = [f for f in resolved.findings if f.code == "environmental-information"]
    assert found and all("Mention the EI" not in f.suggestion and "already written under" in f.suggestion for f in found)


@pytest.mark.parametrize("text,section,cited", [
    ("your request is refused under sections 40 and 41 of the Freedom of Information Act", "41", True),
    ("Sections 24(1), 31(1)(a) and 43(2) apply", "43(2)", True),
    ("exempt under s.40(2)", "40(2)", True),
    ("regulations 12(4)(b) and 13 apply", "EIR 13", True),
    ("The exemption in Section 44 (Prohibitions on disclosure) applies", "40(2)", False),
    ("personal information held by ONS must not be disclosed", "40(2)", False),
])
def test_a_section_is_cited_in_a_list_too(text, section, cited):
    from askfoi.followup import cited_in

    assert cited_in(text, section) is cited


def test_a_contractor_name_ends_at_its_line():
    said = contractor_said("This is held by our contractor, Kier\nQ3. How many repairs were made?")
    assert said is not None and said[0] == "your contractor, Kier,"


# ---- a statutory bar whose law the reply names: the review takes up that law, never asks for its name ----

@pytest.mark.parametrize("text,bar", [
    (ONS, "section 39 of the Statistics and Registration Service Act"),
    ("Dear Mr Hill,\n\nThe information is exempt under section 44(1)(a) of the Freedom of Information Act 2000, as its "
     "disclosure is prohibited by Section 237 of the Enterprise Act 2002.\n", "section 237 of the Enterprise Act 2002"),
])
def test_a_named_statutory_bar_is_taken_up(text, bar):
    body = _flat(review_letter(text, authority="Office for National Statistics", today=TODAY).body)
    assert f"You named {bar} as the law that prohibits disclosure" in body
    assert "Please name the law that prohibits disclosure" not in body


def test_an_unnamed_statutory_bar_is_asked_for():
    text = "Dear Ms Cho,\n\nThe information is exempt under section 44 of the Freedom of Information Act 2000.\n"
    body = _flat(review_letter(text, authority="Home Office", today=TODAY).body)
    assert "Please name the law that prohibits disclosure" in body


def test_a_complaint_names_each_parts_decision_and_its_own_sections():
    body = _flat(complaint_letter(MANCHESTER, authority="Manchester City Council", review=MANCHESTER, today=TODAY).body)
    assert ("Part by part: part 1 information given; part 2 said not to be held; part 3 refused (section 36(2)(c))."
            in body)
    one_way = complaint_letter(ONS, authority="Office for National Statistics", review=ONS, today=TODAY).body
    assert "Part by part" not in one_way  # no parts, or all decided alike: the whole reply's decision says it


def test_the_part_put_with_a_contractor_is_said_so_part_by_part():
    text = ("1. Your policy on vehicle maintenance.\nThe policy is attached.\n\n2. A table of each refuse vehicle and its "
            "age.\nThis would be held with Veolia.\n")
    from askfoi.followup import _by_part
    from askfoi.reader import read_reply

    parts = _by_part(read_reply(text), "FOIA", contractor_said(text)[1])
    assert {"numbers": ["2"], "outcome": "said to be with its contractor", "sections": []} in parts  # rv51: grouped
