"""rv51 (nc50 #6): a letter extending the time to answer a subject access request is checked against UK GDPR Article
12(3): told after the first month (too late to extend: the answer is overdue), promising an answer after the furthest
lawful date (one month and two further months, the day `askfoi deadline --regime SAR` gives), a reason that is the
organisation's own workload. A lawful extension is accepted without complaint. The letters are written for these tests."""
from datetime import date

from askfoi.deadlines import deadline, long_date
from askfoi.models import Regime
from askfoi.reply_explain import explain_reply, explanation_text

LATE_AND_LONG = """Dear Ms Ahmed,

Your subject access request - reference DSAR-0912

We write about your request for your housing file, which we received on 7 September 2026.

Owing to the high volume of subject access requests the team is handling, we are extending the time to respond by two further months under Article 12(3) of the UK GDPR. We will respond by 15 January 2027.

Yours sincerely
Data Protection Officer
Northfield Homes
"""

IN_TIME = """Dear Ms Ahmed,

Your subject access request - reference DSAR-0912

Your request covers records held in four separate case management systems and paper archives going back to 2009, so it is complex. We are therefore extending the time to respond by two further months, as Article 12(3) of the UK GDPR allows. We will respond by 7 December 2026.

Yours sincerely
Data Protection Officer
Northfield Homes
"""

SENT = date(2026, 9, 7)


def _explain(text, received, today):
    explained = explain_reply(text, sent=SENT, received=received, today=today)
    return explained, " ".join(explanation_text(explained).split())


def test_an_extension_told_after_the_month_and_past_the_limit_is_said_to_be_both():
    furthest = deadline(SENT, Regime.SAR).extended_due  # the day `askfoi deadline --regime SAR` gives
    explained, text = _explain(LATE_AND_LONG, date(2026, 10, 20), date(2026, 10, 21))
    assert explained.sar and explained.sar_extension["told_late"] and explained.sar_extension["beyond"]
    assert "It came too late to do that" in text, text
    assert "the answer was due by Wednesday 7 October 2026 and is now overdue" in text
    assert f"even an extension made in time ends on {long_date(furthest)}" in text
    assert "not Friday 15 January 2027" in text
    # the workload reason said plainly, with the law's own ground, and the steps that follow
    assert '("the high volume of subject access requests")' in text and "about its own workload" in text
    assert "askfoi chase --regime SAR" in text and "(ICO)" in text
    assert "That is late unless" not in text  # never the generic "late unless they told you" for an extension letter


def test_an_extension_in_time_within_the_limit_for_a_complex_request_is_accepted():
    explained, text = _explain(IN_TIME, date(2026, 9, 25), date(2026, 9, 28))
    x = explained.sar_extension
    assert x is not None and not x["told_late"] and not x["beyond"] and x["workload"] is None
    assert "too late" not in text and "later than the law allows" not in text and "workload" not in text
    assert "calls your request complex without saying" not in text


def test_an_extension_in_time_that_runs_past_the_limit_gives_the_real_last_day():
    long_one = IN_TIME.replace("We will respond by 7 December 2026.", "We will respond by 1 February 2027.")
    explained, text = _explain(long_one, date(2026, 9, 25), date(2026, 9, 28))
    furthest = long_date(deadline(SENT, Regime.SAR).extended_due)
    assert not explained.sar_extension["told_late"] and explained.sar_extension["beyond"]
    assert f"The last day for the answer is {furthest}." in text, text
    assert "too late" not in text


def test_requests_from_the_person_are_no_workload_reason():
    from askfoi.sar_extension import sar_extension

    own = IN_TIME.replace("Your request covers records held in four separate case management systems and paper archives "
                          "going back to 2009, so it is complex. We are therefore",
                          "Because of the number of requests you have made to us this year, we are")
    x = sar_extension(own, sent=SENT, received=date(2026, 9, 25), today=date(2026, 9, 28))
    assert x is not None and x["workload"] is None
    later = own.replace("the number of requests you have made to us this year", "the number of requests we have received "
                        "from you this year")
    x = sar_extension(later, sent=SENT, received=date(2026, 9, 25), today=date(2026, 9, 28))
    assert x is not None and x["workload"] is None


def test_a_sar_answer_is_no_extension():
    from askfoi.sar_extension import sar_extension

    answer = ("Dear Ms Ahmed,\n\nPlease find enclosed a copy of your housing file, in response to your subject access "
              "request received on 7 September 2026.\n\nYours sincerely\nData Protection Officer\n")
    assert sar_extension(answer, sent=SENT, received=date(2026, 10, 1)) is None
