"""ck35 (issue 8, items 2, 4, 5): the findings an experienced FOI officer would give on a forum post, the organisation
the post points at and the law that applies.

One person's pay or settlement is their personal data even unnamed; council business in a private email account is
still covered; a coming inspection's date is withheld or not held; a question about the law or about what a body
ought to be allowed is no part of the letter and its finding offers the records that show it; street lighting, speed
limits, cycle lanes and planning are environmental information; a town, a scheme or a local paper names its council,
and askfoi says it took the body from it; a safety camera is the police's. Short texts written for these tests, in
the forms people write on forums.
"""
import pytest

from askfoi.framing import frame_message


def _codes(framing):
    return [f.code for f in framing.findings]


def _finding(framing, code):
    return next((f for f in framing.findings if f.code == code), None)


# --- one person's pay or settlement ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "our town clerk has had a massive pay rise. what does the clerk get paid now?",
    "can I find out exactly how much the chief executive is paid?",
    "I want to know the head teacher's salary at our school",
])
def test_one_post_holders_pay_is_their_personal_data(text):
    framing = frame_message(text)
    found = _finding(framing, "third-party-personal-data")
    assert found is not None and found.variant == "one_person_pay"
    assert "band" in found.suggestion and "40(2)" in found.message


def test_a_settlement_told_in_the_story_stays_warned_when_the_part_asks_how_much():
    text = ("The Gazette says the council paid a settlement to the former head of planning, Peter Hughes, when he "
            "left. How much did he get?")
    framing = frame_message(text)
    found = _finding(framing, "third-party-personal-data")
    assert found is not None and found.variant == "one_person_pay"
    assert "settlement" in found.suggestion


@pytest.mark.parametrize("text", [
    "what is the pay scale for the clerk of the parish council?",
    "how much are council staff paid on average in 2024?",
])
def test_pay_bands_and_averages_single_no_one_out(text):
    framing = frame_message(text)
    assert not any(f.code == "third-party-personal-data" and f.variant == "one_person_pay" for f in framing.findings)


# --- council business in a private email account -----------------------------------------------------------------

def test_council_business_in_a_private_account_is_still_covered():
    text = ("One of the councillors does all his council stuff on his personal gmail so none of it can be FOI'd. "
            "I want the emails with the developer about the old quarry site in 2025.")
    framing = frame_message(text)
    found = _finding(framing, "private-account-emails")
    assert found is not None
    assert "Information Commissioner" in found.message and "3(2)" in found.message
    assert "private email accounts" in found.suggestion


def test_the_writers_own_email_account_is_no_such_worry():
    framing = frame_message("I emailed the council from my personal gmail in March. How many complaints about "
                            "potholes did Leeds City Council receive in 2024?")
    assert "private-account-emails" not in _codes(framing)


# --- the date of a coming inspection --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "When are Ofsted next coming to inspect St Anne's primary? The head keeps dropping hints.",
    "can you tell me the date of the next CQC inspection at the care home on Mill Lane",
])
def test_a_coming_inspections_date_is_withheld_or_not_held(text):
    framing = frame_message(text)
    found = _finding(framing, "future-inspection-date")
    assert found is not None
    assert "section 31" in found.message and "not held" not in found.message.lower() or "nothing is held" in found.message
    assert "last inspection" in found.suggestion


def test_the_last_inspection_is_on_record():
    framing = frame_message("When was St Anne's primary last inspected by Ofsted?")
    assert "future-inspection-date" not in _codes(framing)


# --- questions about the law or what a body ought to be allowed ---------------------------------------------------

def test_a_legal_question_is_no_part_and_its_fix_offers_the_records():
    text = ("Leeds City Council is putting bollards across our road. Is it even legal to do this without asking "
            "residents? How much is it costing?")
    framing = frame_message(text)
    found = _finding(framing, "legal-question")
    assert found is not None and "decision" in found.suggestion and "legal basis" in found.suggestion
    assert framing.parts and not any("legal" in p.text.lower() for p in framing.parts)
    # no finding quotes the legal question as if the letter still asked it, and it is said once
    assert not any(f.code == "story-reference" and "legal" in f.message for f in framing.findings)
    assert not any(f.code == "not-recorded-information" and "legal" in (f.evidence or "") for f in framing.findings)
    assert not any("legal" in q for q in framing.questions)  # nor asked back as a part to add


def test_a_legal_duties_question_kept_as_a_lost_ask_is_still_no_part():
    text = ("Should the council be allowed to fell healthy trees just because someone complained? They cut down two "
            "oaks on Mill Road. What are their legal duties before they can do this?")
    framing = frame_message(text)
    assert framing.parts and not any("legal duties" in p.text.lower() for p in framing.parts)


def test_what_their_legal_duties_are_is_a_legal_question_and_no_part():
    text = ("Should the council be allowed to close the library just because a few people complained? They shut it "
            "last month. What are their legal duties before they can do this?")
    framing = frame_message(text)
    assert "legal-question" in _codes(framing)
    assert not any("legal duties" in p.text.lower() for p in framing.parts)


@pytest.mark.parametrize("text", [
    "What are the council's legal obligations when it sells a park?",
    "Should the school be allowed to keep children in at lunch as a punishment?",
])
def test_shapes_of_asking_the_law(text):
    from askfoi.checks import check_request

    assert "legal-question" in [f.code for f in check_request(text).findings]


# --- environmental information --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "How much does Leeds City Council spend on running the street lights every year?",
    "How many collisions were there on roads in Leeds before and after the 20mph limit came in?",
    "How much did Leeds City Council spend on the new cycle lane on Otley Road in 2024?",
    "How many planning applications did Leeds City Council approve on green belt in 2024?",
])
def test_environmental_subjects_take_the_eir(text):
    framing = frame_message(text)
    assert framing.regime == "EIR"


# --- the body a post points at -----------------------------------------------------------------------------------

def test_a_town_names_its_council_and_askfoi_says_it_took_it_from_there():
    framing = frame_message("how many empty homes are there in Huddersfield and what is the council doing about them?")
    assert framing.authority is not None and framing.authority.name == "Kirklees Borough Council"
    found = _finding(framing, "body-inferred")
    assert found is not None and "Huddersfield" in found.message and "Kirklees" in found.message


def test_a_local_paper_names_its_council():
    framing = frame_message("The Argus says the council spent a fortune on the new Valley Gardens scheme. How much "
                            "did the council spend on it in 2024?")
    assert framing.authority is not None and framing.authority.name == "Brighton and Hove City Council"
    assert "body-inferred" in _codes(framing)


@pytest.mark.parametrize("text", [
    "how much did leeds city council spend on potholes in 2024",
    "how many schools did Ofsted inspect in 2024?",
    "how many officers does Kent Police have?",
])
def test_a_body_named_is_not_said_to_be_inferred(text):
    assert "body-inferred" not in _codes(frame_message(text))


def test_a_safety_camera_by_a_school_is_the_polices_not_the_schools():
    framing = frame_message("There is a speed camera near the school gates on London Road. How many drivers were "
                            "caught there in 2024?")
    assert framing.authority is None
    assert framing.body_kind == "police force"
    assert "speed camera" in framing.body_question and "school" not in framing.body_question.split(":")[-1]


def test_a_safety_camera_in_a_town_goes_to_the_force():
    framing = frame_message("the safety camera van parks on the main road in Redditch every week. how many fines "
                            "has it issued in 2025?")
    assert framing.authority is not None and framing.authority.name == "West Mercia Police"


def test_a_legal_question_in_a_story_is_not_asked_back_as_a_part_to_add():
    text = ("Read in the local rag that Leeds City Council is ripping out the verges on Otley Road for a bus lane. "
            "Nobody round here was asked. Is it even legal to do this without a consultation? I'd like to know how "
            "much the whole thing is costing and who signed it off.")
    framing = frame_message(text)
    assert "legal-question" in _codes(framing)
    assert not any("legal" in q for q in framing.questions)
    assert not any("legal" in p.text.lower() for p in framing.parts)


@pytest.mark.parametrize("text", [
    "Has the council published their accounts for 2024?",
    "How much did the council pay from its own accounts to consultants in 2024?",
])
def test_a_bodys_own_accounts_are_no_private_channel(text):
    from askfoi.checks import check_request

    assert "private-account-emails" not in [f.code for f in check_request(text).findings]


def test_drivers_caught_over_the_speed_limit_are_policing_not_environmental():
    framing = frame_message("how many drivers were caught breaking the speed limit on the A38 by West Mercia Police "
                            "in 2024")
    assert framing.regime == "FOIA"


def test_a_two_word_town_typed_in_lower_case_is_named_whole_in_every_part():
    framing = frame_message("is the council planning a new library in west bromwich? when will they build it")
    assert framing.authority is not None and framing.authority.name == "Sandwell Metropolitan Borough Council"
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2 and all("West Bromwich" in t for t in texts)
