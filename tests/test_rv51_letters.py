"""rv51 (nc50 #7, #8): the review and the complaint quote the parts under dispute (never only the request's first
question, which may be the part answered) and state the decision part by part; a review that upheld the decision on
some parts keeps the first reply's decision on the others; a cost or manifestly-unreasonable refusal that gave no
advice is said to have missed the advice-and-assistance duty; material withheld as unfinished (EIR 12(4)(d)) gets its
own grounds. The replies below are written for these tests."""
from datetime import date

import pytest

from askfoi.followup import complaint_letter, review_letter

NCND_TWO_OF_FOUR = """Freedom of Information Request Reference: FOI/26/0815
Date: 12 November 2026

Dear Mr Okafor,

Thank you for your request received by Avon and Somerset Constabulary on 15 October 2026.

You asked:
1. How many tasers did the force hold on 1 September 2026?
2. How many times did the force deploy covert listening devices in 2025?
3. What did the force pay for covert listening equipment in 2024/25?
4. How many officers were dismissed in 2025?

Response:
Question 1: The force held 1,204 tasers on 1 September 2026.

Questions 2 and 3: The force can neither confirm nor deny that it holds any information relevant to these questions by virtue of the following exemptions:
Section 23(5) Information relating to the Security Bodies
Section 31(3) Law Enforcement

Section 23 is an absolute exemption. Section 31 is a qualified exemption and the public interest test has been carried out. The balance of the public interest favours neither confirming nor denying.

Question 4: 17 officers were dismissed in 2025.

If you are dissatisfied you may ask for an internal review within 40 working days.

Yours sincerely,
Information Rights Unit
"""

WITHHELD_ONE_AND_THREE = """Our ref: FOI-2026-3310
Date: 18 November 2026

Dear Ms Lewis,

Your request:
1. The contract value of the school meals contract awarded in 2025.
2. The number of schools covered by the contract.
3. The bids received from the unsuccessful tenderers.

Our response:
1. The contract value is withheld under section 43(2) of the Freedom of Information Act as its release would prejudice the commercial interests of the contractor. We have considered the public interest and it favours withholding.
2. The contract covers 41 schools.
3. The bids are withheld under section 43(2) of the Act. The public interest favours withholding this information.

If you are unhappy you may request an internal review.

Yours sincerely,
FOI Team
"""

REVIEW_OF_TWO_AND_THREE = """Internal Review - FOI/26/0815
Date: 30 November 2026

Dear Mr Okafor,

I have completed the internal review of your request FOI/26/0815, which you asked for on 16 November 2026.

I have reviewed the handling of questions 2 and 3. I am satisfied that the force was correct to neither confirm nor deny whether information is held under sections 23(5) and 31(3), and I uphold the original decision.

If you remain dissatisfied you may complain to the Information Commissioner.

Yours sincerely,
Head of Information Management
"""

TODAY = date(2026, 12, 4)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("reply, disputed, answered", [
    (NCND_TWO_OF_FOUR, {"2": "How many times did the force deploy covert listening devices in 2025?",
                        "3": "What did the force pay for covert listening equipment in 2024/25?"}, "parts 1 and 4"),
    (WITHHELD_ONE_AND_THREE, {"1": "The contract value of the school meals contract awarded in 2025.",
                              "3": "The bids received from the unsuccessful tenderers."}, "part 2"),
], ids=["ncnd-2-3-of-4", "s43-1-and-3"])
def test_the_review_quotes_the_parts_under_review_not_the_first_question(reply, disputed, answered):
    body = _flat(review_letter(reply, today=TODAY, name="A Person").body)
    for number, words in disputed.items():
        assert f'part {number} ("{words}")' in body, body
    assert "Its first question was" not in body
    assert f"you answered {answered}." in body


def test_the_review_states_the_decision_on_the_parts_together():
    body = _flat(review_letter(NCND_TWO_OF_FOUR, today=TODAY, name="A Person").body)
    # rd67 (nc61): parts answered with NCND are argued together under the NCND ground, never listed as still owed
    assert ("Neither confirm nor deny (parts 2 and 3). You would neither confirm nor deny whether the information is held "
            "(section 23(5) and section 31(3))") in body, body
    assert "Parts still owed" not in body


def test_every_part_disputed_keeps_the_first_question():
    reply = NCND_TWO_OF_FOUR.replace("Question 1: The force held 1,204 tasers on 1 September 2026.",
                                     "Question 1: This information is not held.").replace(
        "Question 4: 17 officers were dismissed in 2025.", "Question 4: This information is not held.")
    body = _flat(review_letter(reply, today=TODAY, name="A Person").body)
    assert "The parts under review" not in body


def test_the_complaint_after_a_review_of_some_parts_keeps_the_decision_on_the_others():
    letter = complaint_letter(NCND_TWO_OF_FOUR, authority="Avon and Somerset Constabulary", review=REVIEW_OF_TWO_AND_THREE,
                              today=TODAY, name="A Person")
    body = _flat(letter.body)
    assert "Its decision: neither confirm nor deny" not in body, body
    assert "Its decision: partly given" in body
    assert ("Part by part: parts 1 and 4 information given; parts 2 and 3 neither confirmed nor denied "
            "(section 23(5), section 31(3)).") in body
    assert 'My complaint is about part 2 ("How many times did the force deploy covert listening devices in 2025?")' in body
    assert "it answered parts 1 and 4." in body
    # what was held back was neither confirmed nor denied: the public interest in saying whether it is held
    assert "public interest in saying whether the information is held" in body
    assert "maintaining the exemption" not in body


EIR_NO_ADVICE = """Environmental Information Regulations 2004 - Request EIR/26/0441
Date of response: 20 November 2026

Dear Mr Price,

You requested:
1. The noise complaints about the waste transfer station on Mill Lane received in 2025.
2. All emails between the planning team and the site operator since 2020.
3. The draft noise management plan for the site.

Our response:
1. We received 23 noise complaints about the site in 2025.
2. We consider this part of the request manifestly unreasonable under Regulation 12(4)(b). Searching the mailboxes of nine officers over six years would take an estimated 80 hours.
3. The draft plan is material still in the course of completion and is excepted under Regulation 12(4)(d). The final plan is expected to be published in June 2027.

We have considered the public interest and it favours maintaining the exceptions.

If you are unhappy with this response you may ask us to reconsider within 40 working days of this letter.

Yours sincerely,
Environmental Health
"""


def test_a_manifestly_unreasonable_refusal_without_advice_is_said_to_miss_the_duty():
    body = _flat(review_letter(EIR_NO_ADVICE, today=TODAY, name="A Person").body)
    assert "Your response gave me no advice on what I could ask for instead" in body, body
    assert "Regulation 9 of the Environmental Information Regulations 2004 requires you to give advice and assistance" in body
    assert "Your response suggested" not in body  # the rights notice is no advice
    assert "did not give me all the information for part 2" in body and "part 3" in body.split("Parts still owed")[1][:300]


def test_a_cost_refusal_with_advice_is_never_said_to_have_given_none():
    reply = EIR_NO_ADVICE.replace("would take an estimated 80 hours.",
                                  "would take an estimated 80 hours. We would be happy to consider a refined request, for "
                                  "example limited to emails between the planning team and the operator in 2025.")
    body = _flat(review_letter(reply, today=TODAY, name="A Person").body)
    assert "gave me no advice" not in body
    assert 'Your response suggested: "We would be happy to consider a refined request' in body


def test_unfinished_material_gets_its_own_grounds():
    body = _flat(review_letter(EIR_NO_ADVICE, today=TODAY, name="A Person").body)
    para = body.split("Unfinished material (part 3).", 1)[1].split("I look forward", 1)[0]
    assert "regulation 12(4)(d)" in para
    assert "Please say whether any of the information I asked for is complete, and release that." in para
    assert 'Your response said: "The final plan is expected to be published in June 2027."' in para
    # no date given: asked for, never invented
    undated = EIR_NO_ADVICE.replace(" The final plan is expected to be published in June 2027.", "")
    para = _flat(review_letter(undated, today=TODAY, name="A Person").body).split("Unfinished material", 1)[1]
    assert "Please tell me when you expect the work to be finished" in para and "June 2027" not in para


def test_a_disclosure_log_sentence_is_no_finish_date():
    reply = EIR_NO_ADVICE.replace(" The final plan is expected to be published in June 2027.", "").replace(
        "Yours sincerely", "Your request and our response will be published in our disclosure log.\n\nYours sincerely")
    para = _flat(review_letter(reply, today=TODAY, name="A Person").body).split("Unfinished material", 1)[1]
    assert "disclosure log" not in para


FOIA_S12_NO_ADVICE = """Dear Mr Hale,

Freedom of Information request FOI 8812

You asked for the number of council tax reminder letters sent to residents of each ward in 2024 and 2025.

We estimate that the cost of complying with your request would exceed the appropriate limit of \u00a3450. Section 12 of the Freedom of Information Act therefore applies.

If you are unhappy with the way your request has been handled you can request an internal review within 40 working days.

Yours sincerely,
Information Governance
"""


def test_a_cost_refusal_under_the_act_without_advice_names_section_16():
    body = _flat(review_letter(FOIA_S12_NO_ADVICE, today=TODAY, name="A Person").body)
    assert "Your response gave me no advice on what I could ask for instead. Section 16 of the Freedom of Information Act 2000" in body, body


def test_the_complaint_argues_unfinished_material_on_its_part():
    body = _flat(complaint_letter(EIR_NO_ADVICE, authority="Westshire Council", review=EIR_NO_ADVICE,
                                  today=date(2026, 12, 10), name="A Person").body)
    assert ("on part 3, regulation 12(4)(d) of the EIR covers only material that is itself still in the course of "
            "completion") in body, body


@pytest.mark.parametrize("help_given, quoted", [
    ("Within the cost limit we could search the HR system and provide a response to questions 1 and 2",
     'Your response suggested: "Within the cost limit we could search the HR system and provide a response to questions 1 '
     'and 2".'),
    ("However, in order to assist you, we have searched our incident log for the last month and found 14 reports", None),
], ids=["within-the-limit-we-could", "assisted-with-a-search"])
def test_help_given_is_never_called_no_advice(help_given, quoted):
    reply = FOIA_S12_NO_ADVICE.replace("Section 12 of the Freedom of Information Act therefore applies.",
                                       f"Section 12 of the Freedom of Information Act therefore applies.\n\n{help_given}")
    body = _flat(review_letter(reply, today=TODAY, name="A Person").body)
    assert "gave me no advice" not in body, body
    if quoted:
        assert quoted in body, body


def test_a_restated_item_keeps_its_wrapped_line_but_not_the_next_sentence():
    from askfoi.disputed_parts import reply_items

    reply = ("Request:\n1. The number of fixed penalty notices issued for littering in 2025, broken down\nby ward\n"
             "2. The total income from those notices in 2025\nPlease find attached a table to fill in.\n\nResponse:\n1. 412.\n")
    items = reply_items(reply)
    assert items["1"] == "The number of fixed penalty notices issued for littering in 2025, broken down by ward"
    assert items["2"] == "The total income from those notices in 2025"
