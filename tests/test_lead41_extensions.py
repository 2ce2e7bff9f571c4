"""lead41 (nc44 #1): a reply that says it extended the time in time (FOIA s10(3) to weigh the public interest, EIR
regulation 7(1) for a complex and voluminous request) is not called late when it came inside the extension; one that
came after even the extended day says so; an extension told after the first deadline, or under FOISA (which has
none), moves nothing."""

from datetime import date

from askfoi.extensions import extended_due
from askfoi.followup import review_letter
from askfoi.reply_explain import explain_reply

FOIA_EXTENDED = """Freedom of Information Request Reference: FOI/2026/04512

Dear Ms Khan,

Thank you for your request for information received on 2 September 2026. On 30 September 2026 we wrote to tell you we were extending the deadline under section 10(3) of the Act to 28 October 2026 to consider the public interest.

The unit price per property is withheld under section 43(2) (commercial interests). We consider that the public interest in maintaining the exemption outweighs the public interest in disclosure.

Yours sincerely,
Information Governance Team
Date: {replied}
"""

EIR_EXTENDED = """Environmental Information Regulations 2004 - Request EIR-2026-0311

Dear Mr Evans,

Your request was received on 1 September 2026. On {told} we wrote to tell you that, because the request is complex and voluminous, we were extending the time for response to 40 working days under regulation 7(1).

The exact locations of monitoring sites are withheld under regulation 12(5)(a) (public safety). The public interest in maintaining the exception outweighs the public interest in disclosure.

Cardiff Council
27 October 2026
"""


def _late_steps(text: str, today: date = date(2026, 11, 30)):
    explained = explain_reply(text, today=today)
    return [s for s in explained.next_steps if s.title == "The reply came late"]


def test_a_reply_inside_a_public_interest_extension_is_not_late():
    text = FOIA_EXTENDED.format(replied="27 October 2026")
    assert extended_due(text, date(2026, 9, 2), "FOIA") == date(2026, 10, 28)
    assert not _late_steps(text)
    letter = review_letter(text, name="Aisha Khan", today=date(2026, 11, 30))
    assert "came late" not in letter.body


def test_a_reply_after_the_extended_day_is_late_by_that_day():
    text = FOIA_EXTENDED.format(replied="12 November 2026")
    steps = _late_steps(text)
    assert steps and "28 October 2026" in steps[0].explanation and "extra time" in steps[0].explanation
    letter = review_letter(text, name="Aisha Khan", today=date(2026, 11, 30))
    assert "even with the extra time you told me you were taking, it was due by Wednesday 28 October 2026" in letter.body


def test_an_eir_reply_inside_forty_working_days_is_not_late():
    text = EIR_EXTENDED.format(told="25 September 2026")
    assert extended_due(text, date(2026, 9, 1), "EIR") == date(2026, 10, 27)
    assert not _late_steps(text)


def test_an_extension_told_after_the_first_deadline_moves_nothing():
    text = EIR_EXTENDED.format(told="14 October 2026")  # the 20 working days ended on 29 September
    assert extended_due(text, date(2026, 9, 1), "EIR") is None
    assert _late_steps(text)


def test_foisa_has_no_extension():
    assert extended_due(FOIA_EXTENDED.format(replied="27 October 2026"), date(2026, 9, 2), "FOISA") is None
