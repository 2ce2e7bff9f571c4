"""ny70 (nc70 #11): how late an FOI reply is is said in one unit, working days (the unit its deadline is counted in),
and said so; a subject access request's calendar month is not touched."""
from datetime import date

from askfoi.reply_explain import explain_reply, explanation_text

LATE = ("Bristol City Council\nOur ref: FOI/26/5120\nDate: 10 November 2026\n\nDear Mr Khan,\n\nThank you for your "
        "request received on 1 September 2026. We apologise for the delay.\n\nThe council spent £412,300 on "
        "agency social workers in 2025/26.\n\nYours sincerely,\nFOI Team\nBristol City Council\n")


def test_a_late_reply_is_late_by_working_days_and_says_so():
    # due Tuesday 29 September 2026 (20 working days); answered Tuesday 10 November: 30 working days later, 42 days
    text = explanation_text(explain_reply(LATE, today=date(2026, 12, 6), sent=date(2026, 9, 1)))
    assert "30 working days after that deadline" in text and "42 days" not in text


def test_an_unanswered_request_is_chased_in_working_days():
    # sent Monday 2 November 2026: due Tuesday 1 December; on Friday 11 December it is 8 working days late (10 days)
    from askfoi.next_steps import next_steps
    from askfoi.models import Outcome, Regime

    steps = next_steps(Outcome.pending, Regime.FOIA, sent=date(2026, 11, 2), today=date(2026, 12, 11))
    chase = next(s for s in steps if s.kind == "chase")
    assert "8 working days late" in chase.explanation and "10 days" not in chase.explanation
