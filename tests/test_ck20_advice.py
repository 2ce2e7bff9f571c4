"""ck20: findings and letters a careful adviser would give (issues 8 and 10), each in several wordings people use:
third parties' households, Clare's Law, councillors' public-role records, event-dated periods, the review's narrower
request following the reply's own advice, a transfer or another holder, and questions about the state of a place."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message

TODAY = date(2026, 12, 1)


def codes(text: str, authority: str | None = None) -> list[str]:
    return [f.code for f in check_request(text, authority).findings]


def framed(text: str):
    return frame_message(text, today=TODAY)


# --- 1. one private household or person: a personal-data finding with area-level figures as the fix ----------------

@pytest.mark.parametrize("text", [
    "how many times have the police been called to 14 acacia avenue",
    "has my neighbour at no 12 been reported",
    "what did the council decide about the man next door's planning breach",
    "How many times have police been out to number 7 since march?",
    "we have had enough. the family across the road are a nightmare, how many complaints has the council had about them",
    "can you tell me if my next door neighbour has been reported for noise",
    "how many call outs to 3 mill rd have west yorkshire police had in 2024",
    "has my nieghbour been visited by the council about his dog",
])
def test_one_household_gets_the_personal_data_finding_with_the_area_level_fix(text):
    found = [f for f in check_request(text, None).findings if f.code == "third-party-personal-data"]
    assert found, text
    assert "one private person or household" in found[0].message
    assert "40(2)" in found[0].message
    assert "area" in found[0].suggestion and "postcode district" in found[0].suggestion


@pytest.mark.parametrize("text", [
    "how many times have the police been called to anti-social behaviour in the LS6 postcode district in 2024",
    "how many noise complaints did leeds city council receive in 2024, by ward",
    "how many crimes were reported on the high street in 2024",
    "how many times were police called to the pub at 14 high street in 2024",  # licensed premises, not a household
    "how many of the 3 high street banks in bradford have closed since 2020",
    "how many complaints did the council get about the number 12 bus in 2024",
])
def test_area_figures_and_premises_get_no_household_finding(text):
    assert "third-party-personal-data" not in codes(text), text


# --- 2. a partner's record: Clare's Law, not FOI -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "does my ex have a criminal record",
    "has my new partner got a history of violence",
    "im worried about my daughters boyfriend, has he been violent before?",
    "i met a guy online and want to know if my new bf has a criminal recrod",
    "Can West Yorkshire Police tell me whether my boyfriend has any convictions for domestic abuse?",
    "my sister is scared of her husband, does he have a police record",
])
def test_a_partners_record_is_a_clares_law_question(text):
    result = check_request(text, None)
    found = [f for f in result.findings if f.code == "clares-law"]
    assert found, text
    assert "Domestic Violence Disclosure Scheme" in found[0].message and "wrong route" in found[0].message
    assert "101" in found[0].suggestion and "Scotland" in found[0].suggestion


def test_a_clares_law_question_makes_no_letter_and_asks_nothing_back():
    f = framed("does my ex have a criminal record")
    assert not f.parts and not f.questions
    assert "clares-law" in [x.code for x in f.findings if x.severity == "high"]
    assert "too-vague" not in [x.code for x in f.findings]


def test_a_clares_law_question_beside_a_real_request_keeps_the_request():
    f = framed("i want to know if my new bf has a criminal record. also how many domestic abuse reports did "
               "west yorkshire police get in 2024")
    assert len(f.parts) == 1 and "domestic abuse reports" in f.parts[0].text
    assert "clares-law" in [x.code for x in f.findings]


def test_the_chatbot_says_the_route_instead_of_asking_for_more():
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: TODAY)
    conv.start()
    said = "\n".join(m.text for m in conv.reply("has my new partner got a history of violence").messages)
    assert "Clare's Law" in said and "101" in said
    assert "can't yet turn that" not in said


@pytest.mark.parametrize("text", [
    "how many clare's law applications did kent police get in 2024",
    "how many domestic abuse reports did kent police get in 2024",
    "my ex has convictions for violence and the police did nothing. how many domestic abuse reports did kent police get in 2024?",
])
def test_figures_about_the_scheme_or_abuse_are_no_clares_law_question(text):
    assert "clares-law" not in codes(text), text


# --- 3. elected members' and senior officers' public-role records ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "how many of the councillors on swansea council have declared interests in property companies and what are their names",
    "what gifts and hospitality have the councillors received and what are their names",
    "which cabinet members claimed the most in allowances in 2024/25, with their names",
    "the names of the councillors who declared an interest in the planning application",
    "what hospitality has the chief executive accepted and list their names",
])
def test_public_role_records_get_no_personal_data_finding(text):
    assert "third-party-personal-data" not in codes(text), text


@pytest.mark.parametrize("text", [
    "how many councillors have had complaints made against them and what are their names",
    "the home addresses of the councillors and their declared interests",
    "which officers received gifts and what are their names",  # not a public role: officers at any grade
])
def test_personal_data_beside_or_outside_a_public_role_still_counts(text):
    assert "third-party-personal-data" in codes(text), text


# --- 4. a period dated by an event ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,start", [
    ("how many complaints has leeds city council received about noise since grenfell", "14 June 2017"),
    ("how many cladding inspections has manchester city council done since the grenfell fire?", "14 June 2017"),
    ("how many fixed penalty notices have west yorkshire police given out since covid", "23 March 2020"),
    ("how many people has essex police arrested ever since lockdown", "23 March 2020"),
    ("how much has the royal household spent since the queen died", "8 September 2022"),
    ("how many ulez fines has tfl issued since the ulez expansion", "29 August 2023"),
])
def test_a_well_known_event_dates_the_period(text, start):
    f = framed(text)
    assert f.period == f"{start} to 1 December 2026", (text, f.period)
    assert "no-time-period" not in [x.code for x in f.findings]


@pytest.mark.parametrize("text", [
    "how many arrests have south wales police made since the new chief constable started",
    "how many complaints has leeds city council had since the merger",
    "how many staff have left since the new manager took over at bristol city council",
])
def test_an_event_askfoi_cannot_date_is_asked_since_when(text):
    f = framed(text)
    assert f.period is None
    found = [x for x in f.findings if x.code == "no-time-period"]
    assert found and "gives no date" in found[0].message and "since when" in found[0].suggestion.lower(), text


@pytest.mark.parametrize("text", [
    "How many penalty notices have been issued since the scheme was introduced?",
    "how many people have used it since it opened",
])
def test_the_start_of_the_thing_asked_about_is_no_undated_event(text):
    from askfoi.periods import undated_since

    assert undated_since(text) is None


def test_a_draft_dated_by_an_event_gets_no_period_finding():
    assert "no-time-period" not in codes("How many noise complaints has Leeds City Council received since Grenfell?")


# --- 5. the review follows the reply's own advice; a transfer or another holder -------------------------------------

REQUEST = ("Please provide the number of stop and searches carried out at each police station in Kent from January 2019 "
           "to December 2024, broken down by the ethnicity of the person searched.")


def _review(reply: str) -> str:
    from askfoi.followup import review_letter

    return review_letter(reply, request=REQUEST, received=date(2026, 11, 20), today=TODAY).body


@pytest.mark.parametrize("advice,expect", [
    ("In accordance with section 16, if you were to reduce the period of your request to 12 months and limit it to one "
     "police station, we may be able to answer it.", ["one police station ([NAME THE POLICE STATION])",
                                                     "1 January 2024 and 31 December 2024"]),
    ("Under our duty to advise and assist, you may wish to narrow your request to a single financial year, for example "
     "2023/24, which we may be able to answer within the limit.", ["1 April 2023 and 31 March 2024"]),
    ("If you reduce the period to 6 months we may be able to provide the information.",
     ["1 July 2024 and 31 December 2024"]),
    ("you might want to refine your request to a specific police station, as we may be able to answer that",
     ["one police station ([NAME THE POLICE STATION])"]),
])
def test_the_narrower_request_follows_the_replys_own_advice(advice, expect):
    reply = ("Dear Applicant,\nReference: FOI 2026/01234\nKent Police estimates that the cost of complying with your "
             "request would exceed the appropriate limit of £450 (section 12 of the Freedom of Information Act 2000). "
             "Stop and search records would need to be manually reviewed, which would take more than 18 hours.\n"
             + advice + "\nYours sincerely,\nFreedom of Information Unit\n")
    body = _review(reply)
    assert "narrowed as your response suggested" in body
    for words in expect:
        assert words in body, (words, body)


def test_a_cost_refusal_without_advice_keeps_the_usual_narrower_request():
    body = _review("Dear Applicant,\nYour request would exceed the cost limit under section 12 of the Freedom of "
                   "Information Act, as it would take over 18 hours.\nRegards\n")
    assert "narrower request:" in body and "as your response suggested" not in body


@pytest.mark.parametrize("reply", [
    "Your request has been transferred to NHS England, who hold the information you have asked for. They will respond "
    "to you directly.",
    "We have transferred your request to NHS England, who will respond to you.",
])
def test_a_transfer_gives_the_next_step_not_a_review(reply):
    from askfoi.followup import NothingToChallenge, review_letter

    with pytest.raises(NothingToChallenge) as said:
        review_letter("Dear Requester,\n" + reply + "\nFOI Team\n", today=TODAY)
    assert "NHS England" in str(said.value) and "20 working days" in str(said.value)


def test_a_reply_naming_the_body_that_holds_it_points_there_not_to_a_review():
    from askfoi.followup import NothingToChallenge, review_letter

    reply = ("Dear Requester,\nLeeds City Council does not hold this information. The information you have requested "
             "is held by the Environment Agency, and you may wish to contact them directly.\nInformation Governance\n")
    with pytest.raises(NothingToChallenge) as said:
        review_letter(reply, today=TODAY)
    assert "send your request to the Environment Agency" in str(said.value)


def test_a_contractor_holding_it_still_gets_the_held_on_behalf_review():
    from askfoi.followup import review_letter

    reply = ("Dear Requester,\nThe council does not hold this information. The data is held by our contractor, Veolia.\n"
             "Waste Services\n")
    body = review_letter(reply, today=TODAY).body
    assert "on your behalf" in body


# --- 6. a question about the state of the environment at a place ----------------------------------------------------

@pytest.mark.parametrize("text,subject,place", [
    ("what is the air quality like near heathrow", "air quality", "near Heathrow"),
    ("is the water safe in camelford", "water quality", "in Camelford"),
    ("Is the tap water safe to drink in Leeds?", "drinking water quality", "in Leeds"),
    ("whats the air pollution like on the a38 in derby", "air quality", "on the A38 in Derby"),
    ("how polluted is the river wye in hereford", "water quality", "the River Wye in Hereford"),
    ("is it safe to swim at saltburn beach in 2025", "bathing water quality", "at Saltburn"),
    ("hi, i live nearby. what is the air quality like now in sheffield city centre?", "air quality", "in Sheffield"),
])
def test_a_question_about_the_state_of_a_place_asks_for_the_monitoring_records(text, subject, place):
    f = framed(text)
    assert f.regime in ("EIR", "EISR")
    texts = [p.text for p in f.parts]
    assert any(t.startswith(f"The monitoring results and reports for {subject}") and place in t for t in texts), texts
    assert "story-reference" not in [x.code for x in f.findings]


@pytest.mark.parametrize("text", [
    "how many air quality monitors are there in leeds",
    "is the council safe to leave my car in",
    "what is the air quality like near them",
])
def test_other_questions_are_no_state_question(text):
    from askfoi.state_asks import monitoring_frame

    assert monitoring_frame(text) is None


def test_covid_as_a_cause_is_no_period():
    from askfoi.periods import event_periods

    assert not event_periods("Total deaths From Covid-19 ONLY, not deaths with it")
    assert not event_periods("how many people had side effects after covid vaccination")


def test_common_words_of_a_place_stay_as_typed():
    from askfoi.framing import render_frame
    from askfoi.state_asks import monitoring_frame

    assert "near schools in Edinburgh" in render_frame(monitoring_frame("What is the air quality like near schools in Edinburgh?"))


def test_the_household_finding_is_said_as_the_body_asked_answers_it():
    police = [f for f in check_request("how many times have the police been called to 14 acacia avenue", None).findings
              if f.code == "third-party-personal-data"][0]
    assert "40(5B)" in police.message
    council = [f for f in check_request("how many complaints about my neighbour has leeds city council had",
                                        "Leeds City Council").findings if f.code == "third-party-personal-data"][0]
    assert "40(5B)" not in council.message and "40(2)" in council.message
    scottish = [f for f in check_request("has police scotland been called to 3 mill rd about my neighbour",
                                         "Police Scotland").findings if f.code == "third-party-personal-data"][0]
    assert "section 38" in scottish.message and "40(5B)" not in scottish.message
