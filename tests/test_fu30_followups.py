"""fu30 (issue 10, must-be-true 3, 4, 5): after the reply, the letters and explanations follow the route taken.

1. an NCND precedent answers the same kind of question (whether/how a tactic is used, how many, what was spent);
2. the law of the request and the reply (FOIA, FOISA, EIR, EISR) carries through a review's outcome to the complaint;
3. an EIR "already published" reply (reg 6(1)(b)) is argued under the Regulations' own words, never s21's;
4. a reply with no date says so first and asks for it, before any date;
5. each part's ground is argued for that part.
Each behaviour is tested with several wordings."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.models import Outcome
from askfoi.reply_explain import OtherAnswer

TODAY = date(2026, 12, 2)


def _other(title, outcome="disclosed", asked=None, authority="Avon and Somerset Constabulary"):
    return OtherAnswer(authority=authority, title=title, outcome=Outcome(outcome), ncnd=False, sections=[],
                       url="https://www.example-police.uk/foi/" + re.sub(r"\W+", "-", title.lower()),
                       authority_type="police", asked=asked)


NCND = ("\n\nThe force can neither confirm nor deny that it holds any information relevant to your request by virtue of "
        "section 23(5), section 30(3) and section 31(3) of the Freedom of Information Act 2000.\n")

PAYMENTS = [
    _other("Payments to covert human intelligence sources 2011-16"),
    _other("Informants - 910/12", asked="How much your force has paid covert human intelligence sources during the last five years."),
    _other("CHIS payments", asked="The total sum of money paid to informants in each financial year and the number of payments."),
]
USE = [_other("Use of informants in custody", asked="Does the force use informants recruited while in police custody?",
              authority="Gwent Police")]

USE_QUESTIONS = [
    "Does the force use informants (covert human intelligence sources)?",
    "how does the constabulary decide whether to use an informant",
    "i want to know whether the police run informers in my town",
    "Has Kent Police used CHIS to gather intelligence at football matches?",
]


@pytest.mark.parametrize("asked", USE_QUESTIONS)
def test_payment_totals_are_never_cited_for_a_question_about_use(asked):
    from askfoi.reader import read_reply
    from askfoi.reply_explain import answered_differently

    reading = read_reply("You asked: " + asked + NCND)
    kept = answered_differently(reading, PAYMENTS + USE, "Cheshire Constabulary", query=asked)
    assert all(o not in kept for o in PAYMENTS)
    assert [o.authority for o in kept] == ["Gwent Police"]


@pytest.mark.parametrize("asked", [
    "How much did the force pay informants in each of the last three financial years?",
    "total spent on covert human intelligence sources 2020/21 to 2023/24 please",
    "Please give the amount paid to informers each year since 2019.",
])
def test_payment_totals_are_cited_for_a_question_about_payments(asked):
    from askfoi.reader import read_reply
    from askfoi.reply_explain import answered_differently

    reading = read_reply("You asked: " + asked + NCND)
    kept = answered_differently(reading, PAYMENTS + USE, "Cheshire Constabulary", query=asked)
    assert {o.title for o in kept} >= {"Informants - 910/12", "CHIS payments", "Payments to covert human intelligence sources 2011-16"}
    assert "Use of informants in custody" not in {o.title for o in kept}


def test_the_review_letter_claims_no_confirmation_from_payment_answers():
    from askfoi.followup import review_letter

    class Matcher:
        def match(self, query, authority, top=30):
            from types import SimpleNamespace

            return SimpleNamespace(similar=[SimpleNamespace(
                id=None, url=o.url, score=0.9, authority=o.authority, title=o.title, outcome=o.outcome, ncnd=False,
                sections=[], date=None, authority_type="police") for o in (PAYMENTS[0], PAYMENTS[2])])

    reply = "Date: 20 November 2026\nYou asked whether the force uses informants." + NCND
    letter = review_letter(reply, request="1. Does the force use informants?\n2. How does it decide to use one?",
                           authority="Cheshire Constabulary", today=TODAY, matcher=Matcher())
    assert "Other authorities asked the same kind of question" not in letter.body
    assert "other authorities have confirmed or denied" not in letter.body


# 2. the law carries through a review's outcome ---------------------------------------------------------------------

EIR_FIRST = ("Our reference: EIR 4410\nDate: 2 October 2026\n\nDear Mr Patel,\n\nYour request about fly-tipping enforcement "
             "has been considered under the Environmental Information Regulations 2004. Answering it would mean reading "
             "around 900 case files, so we consider it manifestly unreasonable under regulation 12(4)(b).\n")
UPHELD = [
    "Date: 20 November 2026\n\nI have now completed the internal review. I uphold the original decision.",
    "Date: 20 November 2026\n\nFollowing your request for a review, the original decision is upheld. You may now "
    "complain to the Information Commissioner.",
    "Date: 20 November 2026\n\nDear Mr Patel, I have reviewed your request and considered the points you raised. The "
    "cost of answering would be too great and we have decided to uphold the original decision.",
]


@pytest.mark.parametrize("outcome", [
    "Date: 20 November 2026\n\nThe review panel met on 18 November and agreed with the initial response.",
    "Date: 20 November 2026\n\nI find no reason to change the response you were given.",
    "Date: 20 November 2026\n\nDear Mr Reid, the reviewer endorsed the decision made on your request.",
])
def test_a_review_that_only_agrees_keeps_the_first_decision_and_law(outcome):
    from askfoi.followup import complaint_letter

    first = ("Our ref: EIR/2026/3391\nDate: 2 September 2026\n\nYour request about noise monitoring has been handled "
             "under the Environmental Information (Scotland) Regulations 2004. The Council does not hold the results. "
             "This is a notice under regulation 10(4)(a) that the information is not held.\n")
    letter = complaint_letter(first, review=outcome, authority="The Highland Council", today=TODAY, scotland=True)
    assert "Environmental Information (Scotland) Regulations 2004" in letter.body
    assert "Scottish Information Commissioner" in letter.body and "section 50" not in letter.body
    assert "not held" in letter.body or "is held" in letter.body


@pytest.mark.parametrize("outcome", UPHELD)
def test_a_complaint_after_an_eir_reconsideration_stays_under_the_regulations(outcome):
    from askfoi.followup import complaint_letter

    letter = complaint_letter(EIR_FIRST, review=outcome, authority="Leeds City Council", today=TODAY)
    assert letter.regime.value == "EIR"
    assert "made under the Environmental Information Regulations 2004" in letter.body
    assert "made under the Freedom of Information Act 2000" not in letter.body
    assert "manifestly unreasonable" in letter.body and "no final answer" not in letter.body
    assert "refused on cost" not in letter.body


@pytest.mark.parametrize("outcome", UPHELD[:2])
def test_a_scottish_environmental_review_goes_to_the_scottish_commissioner_under_the_eisr(outcome):
    from askfoi.followup import complaint_letter

    letter = complaint_letter(EIR_FIRST.replace("Environmental Information Regulations 2004",
                                                "Environmental Information (Scotland) Regulations 2004"),
                              review=outcome, authority="Moray Council", today=TODAY, scotland=True)
    assert "Scottish Information Commissioner" in letter.body
    assert "Environmental Information (Scotland) Regulations 2004" in letter.body
    assert "Information Commissioner's Office" not in letter.body and "section 50" not in letter.body


def test_a_review_outcome_that_names_its_own_law_is_read_under_it():
    from askfoi.followup import complaint_letter, names_law

    assert not names_law(UPHELD[0]) and names_law("We have applied section 12 of the Freedom of Information Act 2000.")
    outcome = ("Date: 20 November 2026\n\nI have reviewed your request under the Freedom of Information Act 2000 and "
               "uphold the refusal under section 40(2).")
    letter = complaint_letter(EIR_FIRST, review=outcome, authority="Leeds City Council", today=TODAY)
    assert "40(2)" in letter.body


def test_the_chat_complaint_after_a_review_of_an_environmental_request_is_the_eir_one():
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: TODAY, authority="Leeds City Council",
                     request="1. How many fly-tipping incidents were reported in 2025?\n2. How many fixed penalty "
                             "notices for fly-tipping were issued in 2025?")
    flow.start()
    flow.read(UPHELD[0])
    flow.mark_review(True)
    view = flow.write("complain")
    assert "Environmental Information Regulations 2004" in view.body
    assert "made under the Freedom of Information Act 2000" not in view.body


# 3. an EIR "already published" reply ----------------------------------------------------------------------------------

EIR_PUBLISHED = [
    "This information is already publicly available and easily accessible, so we rely on regulation 6(1)(b) of the "
    "Environmental Information Regulations 2004. It is at https://www.example.gov.uk/downloads/aqmr-2024.pdf",
    "Your request was handled under the EIR. The readings are already available to the public (Reg 6(1)(b)): see "
    "https://www.example.gov.uk/downloads/aqmr-2024.pdf",
    "As the information is already publicly available under regulation 6 (1)(b) of the Environmental Information "
    "Regulations, please see https://www.example.gov.uk/downloads/aqmr-2024.pdf",
]


@pytest.mark.parametrize("said", EIR_PUBLISHED)
def test_an_eir_published_reply_is_argued_under_the_regulations(said):
    from askfoi.followup import complaint_letter, review_letter

    reply = "Date: 20 November 2026\n\nDear Ms Khan,\n\nThank you for your request about air quality on Mill Road.\n\n" + said + "\n"
    review = review_letter(reply, authority="Example Council", today=TODAY)
    assert "regulation 11 of the Environmental Information Regulations 2004" in review.body
    assert "section 21" not in review.body and "reasonably accessible" not in review.body
    assert "is not an exception" in review.body and "easily accessible" in review.body
    assert review.caution is None or "reasonably accessible" not in review.caution
    complaint = complaint_letter(reply, authority="Example Council", today=TODAY, review_asked=date(2026, 10, 1))
    assert "easily accessible" in complaint.body and "reasonably accessible" not in complaint.body


def test_a_foia_published_reply_keeps_section_21s_words():
    from askfoi.followup import review_letter

    reply = ("Date: 20 November 2026\n\nThe information is reasonably accessible to you and so is exempt under section 21 "
             "of the Freedom of Information Act 2000. It is at https://www.example.gov.uk/downloads/budget-2025.pdf\n")
    letter = review_letter(reply, authority="Example Council", today=TODAY)
    assert "is not an exception" not in letter.body and "easily accessible" not in letter.body


# 4. a reply with no date -------------------------------------------------------------------------------------------------

UNDATED = [
    "We do not hold the information you asked for.",
    "Dear Sir,\n1. 14 officers.\n2. The names are withheld under section 40(2).",
    "The information you requested is exempt under section 31(1)(a) of the Freedom of Information Act 2000.",
]


@pytest.mark.parametrize("reply", UNDATED)
def test_explain_asks_for_the_reply_date_before_giving_any_date(reply):
    from askfoi.reply_explain import explain_reply, explanation_text

    text = explanation_text(explain_reply(reply, today=TODAY))
    first_date = re.search(r"\w+day \d{1,2} \w+ 20\d\d", text)
    ask = text.find("could not find the date of this reply")
    assert ask != -1 and first_date is not None and ask < first_date.start()
    assert "--received" in text[:first_date.start()]


@pytest.mark.parametrize("reply", UNDATED)
def test_a_dated_reply_is_not_asked_for_its_date(reply):
    from askfoi.reply_explain import explain_reply, explanation_text

    assert "could not find the date" not in explanation_text(explain_reply("Date: 20 November 2026\n" + reply, today=TODAY))
    assert "could not find the date" not in explanation_text(explain_reply(reply, received=date(2026, 11, 20), today=TODAY))


@pytest.mark.parametrize("reply", UNDATED)
def test_the_reply_screen_asks_one_question_for_the_date_first(reply):
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: TODAY)
    flow.start()
    view = flow.read(reply)
    first_date = re.search(r"\w+day \d{1,2} \w+ 20\d\d", view.message)
    assert view.message.startswith("When did this reply come?") and view.message.count("?") == 1
    assert first_date is None or view.message.index("?") < first_date.start()
    assert "--received" not in view.message + view.body
    dated = flow.received_on("20/11/2026")
    assert "When did this reply come?" not in dated.message


# 5. each part's ground ---------------------------------------------------------------------------------------------------

PARTS = [
    "Date: 10 November 2026\nQ1 How much did the council pay per tonne?\nA1 The price per tonne is withheld under "
    "section 43(2), as it would prejudice the contractor's commercial interests.\nQ2 How many missed collections were "
    "there?\nA2 4,312.\nQ3 How many complaints came from each ward?\nA3 Ward figures are withheld under section 40(2) as "
    "some are below five.\n",
    "Date: 10 November 2026\n1. The rate paid per tonne to the contractor is exempt under section 43(2).\n2. There were "
    "4,312 missed collections.\n3. The number of complaints by ward is withheld under section 40(2) because the numbers "
    "are small and people could be identified.\n",
]


@pytest.mark.parametrize("reply", PARTS)
def test_each_ground_is_argued_for_its_own_part(reply):
    from askfoi.followup import review_letter

    body = review_letter(reply, authority="Example Council", today=TODAY).body
    assert re.search(r"Commercial interests \(part 1\)\. If unit prices or rates are sensitive, please release the totals", body)
    assert re.search(r"Personal data \(part 3\)\..*(?:anonymised|aggregate figures)", body)
    assert "part 2" not in body  # a part given needs nothing
