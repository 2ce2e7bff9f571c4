"""rv61 (nc61 #5): a review of a school's or an academy's reply says its lateness by the school rule the reader and the
chaser use (20 school days, and the 60th working day at the latest: the Freedom of Information (Time for Compliance
with Request) Regulations 2004 as amended), never "20 working days"; and it goes to the body the reply says handles
the request and its review (an academy's trust). Replies written for this test in the layouts schools use."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.followup import review_letter

TRUST_HANDLES = """From: foi@oaklearningtrust.org.uk
Date: 30 November 2026

Dear Mr Patel,

Request reference OLT-FOI-118

Thank you for your request for information received on 12 October 2026 by Brookfield Academy. Requests made to our
academies are handled centrally by Oak Learning Trust, the academy trust, which is the public authority for the
purposes of the Act.

You asked:
1. The number of detentions given in 2025/26.
2. The number of staff who left in 2025/26, with their job titles.

Response
1. 1,204 detentions were given in 2025/26.
2. 14 members of staff left. Their job titles are withheld under section 40(2) of the Act, as with so few staff in
some roles they would identify individuals.

If you are unhappy with this response you may ask for an internal review by writing to foi@oaklearningtrust.org.uk
within 40 working days.

Yours sincerely,
Governance Team
Oak Learning Trust
"""

MAINTAINED = """Dear Ms Hughes,

Freedom of Information request

Thank you for your request for information received on 2 September 2026.

You asked for the minutes of the governing body meetings in 2025/26. The minutes are withheld under section 36(2)(b)
of the Act, as releasing them would inhibit the free and frank exchange of views. We have considered the public
interest and concluded that it favours withholding the minutes.

You may ask for an internal review by writing to the Clerk to the Governors.

Yours sincerely,
Headteacher
St Anne's Church of England Primary School
"""

MULTI = """Dear Dr Evans,

Your request FOI 55/26

Thank you for your request of 5 October 2026 to Riverside Primary Academy, received on 5 October 2026. The school is
part of the Northern Star Academies Trust, a multi-academy trust, which is the public authority for the school and
handles all requests and reviews on its behalf.

1. Our pupil premium spending in 2025/26 was £212,400.
2. The breakdown by activity is exempt under section 43(2), as it includes the rates paid to private tutoring companies.

You may ask for an internal review within 40 working days.

Yours sincerely,
Data Protection Officer
Northern Star Academies Trust
"""


def _body(text: str, **kw) -> str:
    return " ".join(review_letter(text, **kw).body.split())


@pytest.mark.parametrize("text,authority,received,latest", [
    # 34 working days after 12 October (half term not known): late perhaps, never "required it by 9 November"
    (TRUST_HANDLES, "Brookfield Academy", date(2026, 11, 30), "Monday 11 January 2027"),
    (MULTI, "Riverside Primary Academy", date(2026, 11, 20), "Thursday 31 December 2026"),
])
def test_a_schools_reply_after_the_20th_working_day_may_be_late(text, authority, received, latest) -> None:
    body = _body(text, authority=authority, received=received, today=date(2026, 12, 5))
    assert "20 working days after" not in body
    assert "20 school days" in body and latest in body
    assert "unless the school was closed" in body


def test_a_schools_reply_after_the_60th_working_day_is_late() -> None:
    body = _body(MAINTAINED, authority="St Anne's Church of England Primary School", received=date(2026, 12, 3),
                 today=date(2026, 12, 5))
    assert "20 working days after" not in body
    assert "20 school days" in body and "Wednesday 25 November 2026" in body
    assert "unless the school was closed" not in body
    # a maintained school answers for itself: the review goes to it
    assert body.startswith("Dear St Anne's Church of England Primary School")


@pytest.mark.parametrize("text,authority,trust", [
    (TRUST_HANDLES, "Brookfield Academy", "Oak Learning Trust"),
    (MULTI, "Riverside Primary Academy", "Northern Star Academies Trust"),
])
def test_the_review_goes_to_the_trust_that_handles_it(text, authority, trust) -> None:
    letter = review_letter(text, authority=authority, received=date(2026, 11, 30), today=date(2026, 12, 5))
    first = letter.body.strip().splitlines()[0]
    assert first.startswith(f"Dear {trust}"), first
