"""fu28: follow-up letters an FOI officer would take seriously (issue 10 items 3-6): no part-level decision the reader is
not sure of, a late review said so under each law, dates that cannot contradict, the reference and review date a review
outcome shows, contractors, no claim in the person's name the reply does not show, past answers by kind of page."""

import re
from datetime import date

import pytest

from askfoi.followup import complaint_letter, contractor_said, review_asked_in, review_letter, reference_in
from askfoi.models import Outcome
from askfoi.part_trust import letter_parts, part_doubts
from askfoi.reader import PartReading, Reading, read_reply
from askfoi.reply_explain import OtherAnswer, best_sources, reply_date, source_kind

TODAY = date(2026, 12, 2)


# 1. part readings a letter may assert ---------------------------------------------------------------------------------

def _reading(outcome, *parts, confidence="high"):
    return Reading(outcome=outcome, confidence=confidence,
                   parts=[PartReading(number=str(i + 1), outcome=o, evidence=[e], implicit=imp)
                          for i, (o, e, imp) in enumerate(parts)])


@pytest.mark.parametrize("question", [
    "1. How many trees have been removed in the borough to support new housing (25/26).",
    "q1 what was spent on agency nurses in 2024?",
    "1) Please provide the number of fines issued",
    "Which contractors were used",
])
def test_a_part_given_only_by_the_question_told_back_is_not_asserted(question):
    reading = _reading(Outcome.part_disclosed, (Outcome.disclosed, question, True),
                       (Outcome.not_held, "We do not hold a record of this.", False))
    assert any("repeats the question" in d for d in part_doubts(reading))
    assert letter_parts(reading).parts == []


def test_parts_that_add_up_and_say_so_are_kept():
    reading = _reading(Outcome.part_disclosed, (Outcome.disclosed, "1. We received 41 complaints.", True),
                       (Outcome.not_held, "2. This information is not held.", False))
    assert part_doubts(reading) == [] and len(letter_parts(reading).parts) == 2


@pytest.mark.parametrize("whole,parts", [
    (Outcome.disclosed, [(Outcome.disclosed, "1. 42.", True), (Outcome.refused, "2. Exempt under section 31.", False)]),
    (Outcome.part_disclosed, [(Outcome.disclosed, "1. 42.", True), (Outcome.disclosed, "2. £1,200.", True)]),
    (Outcome.refused, [(Outcome.disclosed, "1. 42.", True), (Outcome.refused, "2. withheld", False)]),
])
def test_parts_that_contradict_the_whole_reading_are_not_asserted(whole, parts):
    assert part_doubts(_reading(whole, *parts))


@pytest.mark.parametrize("said", ["2. I enclose a copy of the information, with some names redacted.",
                                  "2) please find attached the report; staff names are withheld",
                                  "2. The minutes are attached with personal data removed."])
def test_a_part_released_with_redactions_is_never_called_withheld(said):
    reading = _reading(Outcome.part_disclosed, (Outcome.disclosed, "1. 42.", True), (Outcome.refused, said, False))
    assert any("information was sent" in d for d in part_doubts(reading))


def test_an_unclear_reading_keeps_no_parts_but_a_low_confidence_one_does():
    reading = _reading(Outcome.not_held, (Outcome.not_held, "1. not held", False), (Outcome.not_held, "2. not held", False),
                       confidence="low")
    assert len(letter_parts(reading).parts) == 2
    assert letter_parts(reading.model_copy(update={"unclear": True})).parts == []


WOKINGHAM_LIKE = ("Trees removed to support new housing\n"
                  "1. How many trees have been removed in the borough to support new housing (25/26).\n"
                  "2. How many new trees are being planted to replace them\n"
                  "We do not hold a record of this. The Council does not keep a separate record of these.\n")


def test_a_not_held_reply_restating_the_questions_gets_no_part_called_answered():
    complaint = complaint_letter(WOKINGHAM_LIKE, authority="Wokingham Borough Council", today=TODAY).body
    assert "part 1 information given" not in complaint and "Part by part" not in complaint
    review = review_letter(WOKINGHAM_LIKE, authority="Wokingham Borough Council", today=TODAY).body
    assert "(part 2)" not in review and "Information not held" in review


SCOT_SPLIT = ("FOI reference: FOI/18/00378\nDate responded: 9 March 2018\n\nResponse\n\n"
              "1. In relation to your first bullet point, we are unable to provide the information you have requested "
              "because an exemption under section 33(2)(b) (financial interests) of FOISA applies to that information.\n\n"
              "2. In relation to your second bullet point, I enclose a copy of all of the information you requested. Some "
              "redaction of personal information has, however, been carried out under section 38(1)(b) of FOISA.\n\n"
              "Reasons for not providing information\n\nAn exemption under section 33(2)(b) of FOISA applies to all of the "
              "information requested. Disclosure would prejudice substantially the financial interests of the Scottish "
              "Government.\n")


def test_a_part_is_argued_only_under_the_provision_its_own_paragraph_cites():
    review = review_letter(SCOT_SPLIT, authority="Scottish Government", today=TODAY).body
    assert "The public interest (parts 1 and 2)" not in review
    complaint = complaint_letter(SCOT_SPLIT, authority="Scottish Government", today=TODAY).body
    if "Part by part" in complaint:
        assert re.search(r"part 2 [a-z ]+\(section 38\(1\)\(b\) of FOISA\)", complaint)


# 2. a late review -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("reply,words,note", [
    ("Date of response: 29/09/2015\nWe estimate that complying would exceed the appropriate limit under section 12 of the "
     "Freedom of Information Act 2000.\n", "section 45 Code of Practice expects", "The Act sets no deadline"),
    ("Dated: 29 Sep 2015\nthe information you asked for is not held by the council under the freedom of information act.\n",
     "The Act itself sets no time limit", "code of practice"),
    ("Responded Tue 25 June 2019\nThe council's decision under the Freedom of Information (Scotland) Act 2002: section 17 "
     "notice, the information is not held.\n", "section 20(5)", "section 20(6)"),
])
def test_a_review_asked_long_after_the_reply_says_so_under_its_law(reply, words, note):
    assert reply_date(reply) is not None
    letter = review_letter(reply, authority="Northshire Council", today=TODAY)
    assert words in letter.body
    assert letter.caution and note in letter.caution


def test_a_review_in_time_says_nothing_of_lateness():
    reply = "Date of response: 20/11/2026\nThe information is not held under the Freedom of Information Act 2000.\n"
    letter = review_letter(reply, authority="Northshire Council", today=TODAY)
    assert "40 working days after your response" not in letter.body
    assert not letter.caution or "deadline" not in letter.caution


# 3. dates that contradict; "listed below" -----------------------------------------------------------------------------

COST = ("Freedom of Information request ref FOI-2026-4471\n\nThank you for your request received on 3 October 2026 for "
        "complaints about pothole claims. We estimate that locating and extracting it would take more than 18 hours, "
        "which exceeds the appropriate limit. We are not obliged to comply under section 12 of the Freedom of Information "
        "Act 2000.\n")


@pytest.mark.parametrize("sent", [date(2026, 10, 12), date(2026, 10, 5)])
def test_a_request_is_never_received_before_it_was_sent(sent):
    letter = review_letter(COST, authority="Sheffield City Council", sent=sent, received=date(2026, 11, 20), today=TODAY)
    assert "received on Saturday 3 October 2026" in letter.body
    assert f"my request of {sent.strftime('%A')}" not in letter.body
    assert letter.caution and "before the day given as sent" in letter.caution
    complaint = complaint_letter(COST, authority="Sheffield City Council", sent=sent, today=TODAY)
    assert complaint.caution and "check which is right" in complaint.caution


def test_dates_in_order_are_both_kept():
    letter = review_letter(COST, authority="Sheffield City Council", sent=date(2026, 10, 1), received=date(2026, 11, 20),
                           today=TODAY)
    assert "my request of Thursday 1 October 2026, which you received on Saturday 3 October 2026" in letter.body


def _review_citing(outcome, monkeypatch):
    """A not-held review whose similar past answer (from the pack) is one of OUTCOME on a council's own site."""
    import askfoi.followup as fu

    other = OtherAnswer(authority="Kent County Council", title="Drone use", outcome=outcome,
                        url="https://www.kent.gov.uk/foi/123")
    monkeypatch.setattr(fu, "answered_differently", lambda *a, **k: [other])
    monkeypatch.setattr(fu, "similar_answers", lambda *a, **k: [])
    return review_letter("Q1 - The council does not hold this information.\n", authority="Hastings Borough Council",
                         today=TODAY).body


def test_listed_below_always_has_a_list(monkeypatch):
    body = _review_citing(Outcome.disclosed, monkeypatch)
    assert "(listed below)" in body and "to do so.\n\nSimilar requests to other authorities" in body  # nr94: s16 said as the duty it is
    assert "- Kent County Council (\"Drone use\") released it (its own published answer): https://www.kent.gov.uk/foi/123" in body


def test_others_that_released_nothing_are_never_called_released(monkeypatch):
    body = _review_citing(Outcome.refused, monkeypatch)
    assert "listed below" not in body and "have released similar information" not in body


# 4. the review outcome's reference and date ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,ref,asked", [
    ("Internal Review - FOI-2026-4471\n\nDear Mr Khan\nI have now completed the internal review you requested on 5 "
     "November 2026 of our response. I uphold the original decision to apply section 12 of the Freedom of Information "
     "Act.\n", "FOI-2026-4471", date(2026, 11, 5)),
    ("review of request: IR/2026/0113\n\ndear ms jones, thank you for your request for an internal review dated 5/11/2026. "
     "having reviewed the handling of your request i uphold the decision under section 12 of the freedom of information "
     "act.\n", "IR/2026/0113", date(2026, 11, 5)),
])
def test_a_complaint_keeps_the_reference_and_review_date_the_outcome_shows(text, ref, asked):
    assert reference_in(text) == ref and review_asked_in(text) == asked
    body = complaint_letter(text, review=text, authority="Sheffield City Council", today=TODAY).body
    assert ref in body
    assert f"I asked for an internal review on {asked.strftime('%A')} {asked.day} November 2026" in body


# 5. a contractor ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("said,who", [
    ("(3) The noise monitoring was carried out for us by Acoustix Ltd, our contractor, and the council does not hold the "
     "readings.", "Acoustix Ltd"),
    ("The readings were collected on our behalf by Ringo Parking Ltd and we do not hold them.", "Ringo Parking Ltd"),
    ("2. Acoustix Ltd, our contractor, holds the readings.", "Acoustix Ltd"),
])
def test_a_named_contractor_is_found_in_other_wordings(said, who):
    found = contractor_said(said)
    assert found and who in found[0]


def test_an_eir_reply_putting_a_part_with_a_contractor_is_argued_as_held_on_its_behalf():
    reply = ("Your request: 12 October 2026, reference EIR 26/0923\n\n(1) We received 41 noise complaints in 2025.\n"
             "(2) Copies of abatement notices are withheld under section 40(2).\n(3) The noise monitoring was carried "
             "out for us by Acoustix Ltd, our contractor, and the council does not hold the readings.\n")
    body = review_letter(reply, authority="Cardiff Council", today=TODAY).body
    # rd67: "(1) ... (2) ... (3)" is now read part by part (as "1. ... 2. ... 3." always was): the on-behalf argument is
    # then made for part 3 inside its not-held paragraph rather than under its own heading
    assert "Information that another person holds on your behalf is held by you (regulation 3(2)(b)" in body


def test_a_body_that_says_it_holds_the_information_is_not_sent_to_itself():
    reply = ("Date of response: 29/09/15\nI can confirm that the information you have requested is held by Northumbria "
             "Police however cannot be disclosed. The information is not held in an easily retrievable format.\n")
    letter = review_letter(reply, authority="Northumbria Police", today=TODAY)  # no NothingToChallenge
    assert "send your request to Northumbria Police" not in letter.body


# nu30 sections 9 and 14 -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("reply", [COST, COST.lower(), "Dear Sir\n" + COST.replace("We estimate", "Our estimate is")])
def test_a_complaint_never_vouches_that_no_advice_was_given(reply):
    body = complaint_letter(reply, authority="Sheffield City Council", today=TODAY).body
    assert "did not give me the advice and assistance" not in body
    if "advice and assistance" in body:
        assert "as far as its response shows" in body


@pytest.mark.parametrize("url,kind", [("https://www.timeslocalnews.co.uk/kent-police-paid", "other"),
                                      ("https://www.whatdotheyknow.com/request/123", "request"),
                                      ("https://foi.west-midlands.police.uk/chis-payments", "own"),
                                      ("https://ico.org.uk/decision/ic-1234", "decision")])
def test_a_past_answer_says_what_kind_of_page_it_is(url, kind):
    assert source_kind(url) == kind


def test_a_press_report_is_dropped_when_an_own_answer_is_there():
    news = OtherAnswer(authority="Kent Police", title="CHIS", outcome=Outcome.disclosed, url="https://www.timeslocalnews.co.uk/x")
    own = OtherAnswer(authority="Avon and Somerset", title="CHIS", outcome=Outcome.disclosed, url="https://www.avonandsomerset.police.uk/x")
    assert [o.authority for o in best_sources([news, own])] == ["Avon and Somerset"]
    assert [o.authority for o in best_sources([news])] == ["Kent Police"]


# 6. the reply screen says first, in plain words, what was decided and by when ---------------------------------------

@pytest.mark.parametrize("reply,words", [
    ("Dear Ms Evans\n(1) We received 41 noise complaints in 2025.\n(2) Copies of the notices are withheld under section "
     "40(2).\n", "gave you some of what you asked for"),
    ("Police Scotland neither confirms nor denies that it holds the information you have requested, in terms of section "
     "18 of the Freedom of Information (Scotland) Act 2002.\n", "will not even say whether it has the information"),
    ("we estimate that complying with your request would exceed the appropriate limit of £450 under section 12 of the "
     "freedom of information act 2000.\n", "cost more than the law's limit"),
])
def test_the_reply_screen_starts_with_what_was_decided_and_by_when(reply, words):
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: date(2026, 12, 2))
    flow.start()
    view = flow.read(reply)
    # fu30: a reply with no date of its own asks for it first (one question), then says what was decided
    short = view.message.split(" Until you do, the dates below count from today. ", 1)[-1]
    assert view.message.startswith("When did this reply come?") or view.message.startswith("In short")
    assert short.startswith("In short: the authority ") and words in view.message
    assert re.search(r"(?:look again \(a review\)|complain to [^.]+) by \w+day \d{1,2} \w+ 20\d\d\.", view.message)
    assert "Here is what the reply decided" not in view.message  # said once, not twice


def test_a_review_time_long_gone_is_never_offered_as_a_deadline_to_meet():
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: date(2026, 12, 2))
    flow.start()
    view = flow.read("Date of response: 9 March 2018\nThe information is not held by the council under the Freedom of "
                     "Information Act 2000.\n")
    assert "ended on" in view.message and "you can still ask, but it need not agree" in view.message


@pytest.mark.parametrize("cited,regulation", [("section 40(2)", "regulation 13 of the EIR"),
                                             ("Section 43(2)", "regulation 12(5)(e) of the EIR")])
def test_an_eir_review_argues_each_ground_under_the_regulation_not_the_act(cited, regulation):
    reply = (f"Your request: reference EIR 26/0923. We have dealt with it under the Environmental Information Regulations "
             f"2004.\n\n(1) We received 41 noise complaints in 2025.\n(2) The rest is withheld under {cited} of the "
             f"Freedom of Information Act 2000.\n")
    body = review_letter(reply, authority="Cardiff Council", today=TODAY).body
    # (rd67: headed with the part it concerns, "Personal data (part 2).", now that "(1) ... (2)" is read part by part)
    ground = [p for p in body.split("\n\n") if p.startswith(("Personal data", "Commercial interests"))]
    said = " ".join(ground)
    assert ground and cited.lower() not in said.lower()
    assert regulation in said or not re.search(r"(?i)\b(?:section|regulation) \d", said)  # a provision named is the Regulations'
    if cited == "section 40(2)":
        assert regulation in said


@pytest.mark.parametrize("asked", [
    "I would like to know the following:\nThe number of tablet computers reported stolen in each of the last five financial "
    "years (i.e. 2010-11 to 2014-15 inclusive).",
    "please provide the following information: The number of bikes reported stolen in each year (e.g. 2019, 2020) and "
    "their makes.",
])
def test_a_quoted_question_is_neither_cut_at_ie_nor_led_by_its_lead_in(asked):
    from askfoi.reply_request import request_in_reply

    stated = request_in_reply(f"Thank you for your email.\n\nYou asked:\n\n{asked}\n\nIn response:\n\nThe information is held.")
    assert stated.question and stated.question.startswith("The number of") and stated.question.rstrip(".").endswith(
        ("inclusive)", "makes"))
