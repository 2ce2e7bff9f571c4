"""rd25: holding letters (acknowledgements with a due date, extensions, requests for clarification or proof of name)
read as pending, sentence by sentence: a reply whose decision-bearing sentences all promise, ask for or explain a step
still to come is pending whatever words like "information", "provide" or a restated numbered request it contains
(docs/notes/rd25.md). Short invented excerpts, written before their first run against the branch."""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply

HOLDING = [
    ('h01', 'Dear Mr Price,\nThank you for your request :-\nI would like to know how many parking fines were issued in 2022.\n'
            'Your request was received on 4/3/23 and I am dealing with it under the terms of the Freedom of Information '
            'Act 2000. Therefore you can expect a reply by 3/4/23 unless I need to come back to you to clarify your request '
            'or the balance of the public interest test needs to be considered.\nYours sincerely\nFOI Team'),
    ('h02', 'Dear Ms Hale\nWe write to acknowledge receipt of your request for information dated 2 May 2022.\n'
            'Your request is as follows:\n"1. All emails about the audit report.\n2. Minutes of the board meeting of 4 '
            'April.\n3. Arrangements for publication of the report."\nWe can confirm that your request is now being '
            'processed. The Commission will respond to you as soon as possible, and in any event within 20 working days.'),
    ('h03', 'Good morning,\nSection 8(1)(b) of the Act requires that a request gives the real name of the applicant. In '
            'order to validate your request we will require proof of your name. Should you wish to proceed with this '
            'request please provide formal proof of your name by email. After receiving your reply, your request will '
            'then be considered and you will receive the information requested within 20 working days.'),
    ('h04', 'Dear Dr Moss,\nWe hold information within the scope of your request. We are considering whether section 43 '
            'applies and the public interest test is still being applied. We have extended the deadline for our response '
            'to 14 June 2024 and will write to you again by that date.'),
    ('h05', 'Thank you for your email. Before we can deal with your request we need you to clarify which years you mean. '
            'Please confirm whether you would like the figures for the financial or the calendar year.'),
    ('h06', 'Dear Mr Ellis,\nI can confirm that the Department holds information within the scope of your request, but '
            'it may be exempt under section 35 of the Act. Section 10(3) allows us more time to consider the public '
            'interest. We now aim to send you a full response by 21 March 2025.'),
    ('h07', 'Further to our email of 2 October, unfortunately we are not able to provide you with a response by 30 October. '
            'We expect to be able to respond by 13 November and apologise for the delay.'),
    ('h08', 'Our ref: FOI 2024/0917\nDirect line: 0161 496 0000\nThank you for your request. Sections 31(1) and 40(2) '
            'are engaged, and we require further time to consider the public interest. We will write to you again by '
            '4 April.'),
]

KEPT = [
    # a made decision beside a future step keeps its reading
    ('k01', 'Please find attached the figures for 2021 and 2022. We will send the figures for 2023 by 4 May once they '
            'have been checked.', (Outcome.disclosed, Outcome.part_disclosed)),
    ('k02', 'The information you requested is exempt under section 43(2) of the Act and is withheld. You can expect a '
            'reply to your separate request by 3 June.', (Outcome.refused,)),
    ('k03', 'Your request was received on 2 March. The Council does not hold the information you requested.',
     (Outcome.not_held,)),
    ('k04', '1. 42\n2. £12,300\n3. 17\nIf you have any further questions, we will respond within 20 working days.',
     (Outcome.disclosed, Outcome.part_disclosed)),  # main reads it part_disclosed too; the point is: not pending
    ('k05', 'For your first question: the centre was set up in 2006 as a partnership between the university and the '
            'city. I am not able to send the agreement, as we are currently waiting for confirmation from our partner.',
     (Outcome.part_disclosed, Outcome.disclosed, Outcome.refused)),
]


@pytest.mark.parametrize("pid,text", HOLDING, ids=[p[0] for p in HOLDING])
def test_holding_letter_is_pending(pid, text):
    r = read_reply(text)
    assert r.outcome == Outcome.pending, (pid, r.outcome)
    assert not r.unclear
    assert not r.parts


@pytest.mark.parametrize("pid,text,outcomes", KEPT, ids=[p[0] for p in KEPT])
def test_made_decision_beside_a_future_step_stands(pid, text, outcomes):
    r = read_reply(text)
    assert r.outcome in outcomes, (pid, r.outcome)
