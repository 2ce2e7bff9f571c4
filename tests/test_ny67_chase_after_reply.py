"""ny67 (nc67 #4): a chaser after a reply came is about what is still owed, or is not offered at all.

A reply that answered every part (in time or late) leaves nothing to chase: `askfoi chase --reply` says so in one line
(and, for a late reply, that the lateness can be raised in a review and with the Commissioner), never "I have not yet
received a reply". A reply that left parts unanswered ("we will write to you separately", no answer at all for a part
the request asked) gets a chaser for those parts only. The chat's reply panel and a question typed after the letter
("can i chase them first?") say the same."""
import datetime as dt
import subprocess
import sys

import pytest

from askfoi.followup import NothingToChase, chase_letter
from askfoi.models import Regime

FULL_LATE = """Dear Ms Davies

Freedom of Information request - our reference FOI 26-0412

Thank you for your request received on 1 September 2026. I apologise for the delay in responding.

1. The number of patients cared for in corridors between December 2025 and February 2026 was 1,214.

2. The Health Board spent £2.3 million on agency nurses and doctors in that period.

3. The serious incident report is exempt from disclosure under section 41 of the Act, as it was provided in confidence,
and under section 40(2).

If you are unhappy with this response you may ask for an internal review within 40 working days.

Yours sincerely

Information Governance
3 November 2026
"""

ON_TIME = """Dear Mr Hughes

Your request for information, received 5 October 2026

Question 1: We received 46 complaints about potholes in 2025.
Question 2: We spent £412,000 on pothole repairs in 2025.
Question 3: Our highway inspection manual is published on our website at www.example.gov.uk/highways.

If you are dissatisfied with the handling of your request you may ask for an internal review.

Yours sincerely
Freedom of Information Officer
23 October 2026
"""

REQUEST = """1. How many complaints about potholes did you receive in 2025?
2. How much did you spend on pothole repairs in 2025?
3. A copy of your highway inspection manual.
"""

_PARTIAL_HEAD = """Dear Mr Hughes

Your request for information, received 5 October 2026

Question 1: We received 46 complaints about potholes in 2025.
Question 2: We spent £412,000 on pothole repairs in 2025.
"""
_PARTIAL_TAIL = """
If you are dissatisfied with the handling of your request you may ask for an internal review.

Yours sincerely
Freedom of Information Officer
30 October 2026
"""
STILL_TO_COME = [
    "Question 3: We are still collating this information and will write to you separately.",
    "Question 3: This information is still being gathered. We will provide it as soon as possible.",
    "Question 3: We are still checking the manual for any information that may be exempt and will reply separately.",
    "Question 3: The manual is being prepared for release and we will send it to you in due course.",
]
NO_ANSWER = ""  # the reply answers questions 1 and 2 and says nothing of question 3

SCOTTISH_LATE = """Dear Mr Fraser

Your request for information, received 2 September 2026

1. The Council issued 212 parking fines on Castle Street in 2025.
2. The Council received £6,360 from those fines.

If you are dissatisfied with this response you may ask the Council to review its decision within 40 working days.

Yours sincerely
Information Management Team
Highland Council
10 November 2026
"""


def _chase(reply, sent, today, **kw):
    return chase_letter(sent, authority=kw.pop("authority", "Anytown Council"), today=today, name="A Person",
                        reply_text=reply, **kw)


def test_a_late_reply_that_answered_every_part_is_not_chased():
    with pytest.raises(NothingToChase) as exc:
        _chase(FULL_LATE, dt.date(2026, 9, 1), dt.date(2026, 12, 6),
               authority="Cardiff and Vale University Health Board")
    said = str(exc.value)
    assert "3 November 2026" in said and "nothing to chase" in said
    assert "late" in said and "Information Commissioner" in said and "review" in said


def test_a_reply_in_time_that_answered_every_part_is_not_chased():
    with pytest.raises(NothingToChase) as exc:
        _chase(ON_TIME, dt.date(2026, 10, 5), dt.date(2026, 12, 6), request=REQUEST)
    said = str(exc.value)
    assert "nothing to chase" in said and "review" in said and "late" not in said


def test_a_late_scottish_reply_points_to_the_review_and_the_scottish_commissioner():
    with pytest.raises(NothingToChase) as exc:
        _chase(SCOTTISH_LATE, dt.date(2026, 9, 2), dt.date(2026, 12, 6), authority="Highland Council")
    said = str(exc.value)
    assert "Scottish Information Commissioner" in said and "section 20" in said


@pytest.mark.parametrize("answer", STILL_TO_COME + [NO_ANSWER])
def test_a_partial_reply_is_chased_for_the_parts_still_owed(answer):
    reply = _PARTIAL_HEAD + answer + "\n" + _PARTIAL_TAIL
    letter = _chase(reply, dt.date(2026, 10, 5), dt.date(2026, 12, 6), request=REQUEST)
    body = letter.body
    assert "I have not yet received a reply" not in body
    assert "30 October 2026" in body
    assert "I have not yet received your response to part 3" in body, body
    assert "parts 1 and 2" in body


def test_the_cli_refuses_to_chase_an_answered_request_in_one_line(tmp_path):
    f = tmp_path / "reply.txt"
    f.write_text(FULL_LATE)
    out = subprocess.run([sys.executable, "-m", "askfoi.cli", "chase", "--sent", "2026-09-01", "--authority",
                          "Cardiff and Vale University Health Board", "--reply", str(f), "--name", "Sian Davies"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "I have not yet received a reply" not in out.stdout + out.stderr
    assert "nothing to chase" in out.stderr and "askfoi review" in out.stderr


def test_the_reply_panel_says_there_is_nothing_to_chase():
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: dt.date(2026, 12, 6), authority="Cardiff and Vale University Health Board",
                     sent=dt.date(2026, 9, 1), name="Sian Davies")
    view = flow.read(FULL_LATE)
    assert "chase" not in view.offers
    view = flow.write("chase")
    assert flow.letter is None or "I have not yet received a reply" not in flow.letter.body
    assert "nothing to chase" in view.message


@pytest.mark.parametrize("text", [
    "can i chase them first before the review?",
    "should I chase them? the reply came really late",
    "how do i chase them up, they only answered half of it",
    "can I send a chaser now they've replied?",
])
def test_a_question_about_chasing_after_the_letter_is_answered(text):
    from askfoi.conversation import reply_question

    assert reply_question(text) == "chase"
