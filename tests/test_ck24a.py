"""ck24a: the right law (EIR read in every clause, EIR reconsideration of a s12 refusal), the right body, and no false
findings. Invented sentences only."""

from datetime import date

from askfoi.authorities import resolve_authority, suggest_authorities
from askfoi.followup import review_letter
from askfoi.framing import frame_message

TODAY = date(2026, 12, 2)


def _codes(framing):
    return {getattr(f, "code", "") for f in framing.findings}


# --- the law -------------------------------------------------------------------------------------------------------

EIR_REF_S12 = """Dear Mr Patel,

Request for information - ref EIR/2026/4471

You asked for all correspondence between the Highways team and the developer about the new road layout at Oak Farm in 2025.

We estimate that complying with your request would exceed the appropriate limit of £450 under section 12 of the Freedom of Information Act 2000.

Yours sincerely,
Information Governance
Northshire Council
"""

FOI_S12_ENVIRONMENTAL = """Dear Ms Khan,

Freedom of Information request FOI-2026-2201

Thank you for your request. We estimate that complying with it would exceed the appropriate limit of £450 under section 12 of the Freedom of Information Act 2000.

Yours sincerely,
Information Team
Westvale Council
"""

FOI_S12_PLAIN = """Dear Ms Khan,

Freedom of Information request FOI-2026-2202

You asked for the number of agency social workers employed in each month of 2025. We estimate that complying with your request would exceed the appropriate limit of £450 under section 12 of the Freedom of Information Act 2000.

Yours sincerely,
Information Team
Westvale Council
"""


def test_s12_refusal_filed_under_eir_asks_for_eir_reconsideration():
    letter = review_letter(EIR_REF_S12, today=TODAY)
    body = letter.body
    assert "regulation 12(4)(b)" in body and "regulation 11" in body and "Regulation 9" in body
    assert "no cost limit" in body and "public interest" in body
    assert "Section 16" not in body and "section 45 Code" not in body
    assert "40 working days" in body
    assert "reconsideration" in letter.subject and "EIR" in letter.subject


def test_s12_refusal_of_an_environmental_request_names_its_subject():
    request = "Please send me the air quality monitoring data for the diffusion tubes on Station Road for 2024 and 2025."
    body = review_letter(FOI_S12_ENVIRONMENTAL, request=request, today=TODAY).body
    assert "environmental information" in body and "regulation 12(4)(b)" in body
    assert "section 39" in body


def test_s12_refusal_of_a_plain_request_stays_under_the_act():
    body = review_letter(FOI_S12_PLAIN, today=TODAY).body
    assert "Regulations" not in body and "section 12" in body and "Section 16" in body


WHOLE_S12 = """Dear Mr Jones,

Freedom of Information Request - Reference FOI-2026-3301

Thank you for your request received on 2 October 2026 in which you asked for:
1. The number of fixed penalty notices issued for parking outside schools in 2025.
2. All emails between the Head of Parking and the school crossing patrol team in 2025.

We estimate that locating, retrieving and extracting the information for part 2 would exceed the appropriate limit of £450. Because the cost of one part exceeds the limit, we are not obliged to comply with any of your request under section 12 of the Freedom of Information Act 2000.

Yours sincerely,
Information Team
Eastmoor Council
"""

WHOLE_S12_REQUEST = """Dear Eastmoor Council,

Please send me:

1. The number of fixed penalty notices issued for parking outside schools in 2025.
2. All emails between the Head of Parking and the school crossing patrol team in 2025.

Yours faithfully,
A Jones
"""


def test_whole_s12_refusal_keeps_the_part_that_was_not_the_cost():
    body = review_letter(WHOLE_S12, request=WHOLE_S12_REQUEST, today=TODAY).body
    narrower = body.split("narrower request", 1)[1]
    assert "fixed penalty notices" in narrower
    assert "emails" in narrower.lower()


def test_comma_spliced_ask_after_a_story_is_read():
    comma = frame_message("our local stream is full of green slime, what data does the environment agency have on "
                          "nitrate levels in the stream near millford since 2021", today=TODAY)
    stop = frame_message("Our local stream is full of green slime. What data does the environment agency have on "
                         "nitrate levels in the stream near millford since 2021", today=TODAY)
    assert comma.regime == stop.regime == "EIR"


def test_rhetorical_question_with_an_environmental_word_asks_for_nothing():
    text = ("How much has the county council paid out in compensation claims for damage to cars from potholes in 2025?\n\n"
            "The water lies on the road for weeks. So, can we blame the council for never clearing the drains and gullies?")
    assert frame_message(text, today=TODAY).regime == "FOIA"


def test_environmental_word_only_in_a_list_of_grumbles_makes_no_eir():
    text = ("What is the council actually doing with our council tax?\n\n"
            "  1. Picking up the litter in the park. NO\n  2. Fixing the street lights. NO\n  3. Building a new office. YES")
    framing = frame_message(text, today=TODAY)
    assert framing.regime == "FOIA" and "environmental-information" not in _codes(framing)


# --- the body --------------------------------------------------------------------------------------------------------

def test_the_body_whose_acts_are_asked_over_a_place():
    framing = frame_message("how many times has the home office used hotels for asylum seekers in stoke on trent "
                            "and what did it pay", today=TODAY)
    assert framing.authority is not None and framing.authority.name == "Home Office"


def test_a_standards_source_is_not_the_addressee():
    framing = frame_message("does the council follow the NICE guidelines on diabetes checks for care leavers", today=TODAY)
    assert framing.authority is None or "NICE" not in framing.authority.name
    assert "Excellence" not in (framing.authority.name if framing.authority else "")


def test_an_old_name_of_a_curated_council_is_its_alias():
    assert resolve_authority("Wirral Borough Council").name == "Wirral Metropolitan Borough Council"
    names = [a.name for a in suggest_authorities("wirral")]
    assert "Wirral Borough Council" not in names
    assert resolve_authority("Chichester City Council").name == "Chichester City Council"  # a parish-level city council


def test_manchester_university_nhs_foundation_trust_is_known():
    found = resolve_authority("manchester university nhs foundation trust")
    assert found.known and found.name == "Manchester University NHS Foundation Trust"


def test_private_care_home_is_said():
    framing = frame_message("how many falls were there at the care home my dad lives in near southport in 2025",
                            today=TODAY)
    assert "private-care-home" in _codes(framing)
    finding = next(f for f in framing.findings if f.code == "private-care-home")
    assert "Care Quality Commission" in finding.suggestion and "council" in finding.suggestion
    assert "private-care-home" not in _codes(frame_message("how many care homes did the council inspect in 2025",
                                                           today=TODAY))


# --- no false findings -----------------------------------------------------------------------------------------------

def test_delivery_to_me_is_not_own_data():
    framing = frame_message("I would like copies of all the documents, photographs and audio recordings held about the "
                            "old quarry site on Mill Lane to be sent to me by email.", today=TODAY)
    assert framing.route == "foi" and "own-personal-data" not in _codes(framing)


def test_a_rule_about_every_school_is_no_search():
    framing = frame_message("does every school get extra funding for a pupil with an EHC plan in Norfolk?", today=TODAY)
    assert "cost-limit-risk" not in _codes(framing)


def test_do_you_accept_a_thing_is_a_practice():
    framing = frame_message("Does the trust accept private autism diagnoses?", today=TODAY)
    assert "not-recorded-information" not in _codes(framing)
    assert all(p.kind != "reasons" for p in framing.parts)


def test_a_reported_background_date_is_not_the_period():
    framing = frame_message("1) How many community wardens did you employ each year from 2019 to 2024?\n"
                            "2) It was reported that in 2012 the warden service cost over £3 million and is the cost "
                            "of this service something you monitor?", today=TODAY)
    assert framing.period is not None and "2012" not in framing.period
    assert "periods-apart" not in _codes(framing)
