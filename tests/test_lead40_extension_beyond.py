"""lead40 (nc43 #8): a public-interest extension to a day later than the 20 extra working days the Information
Commissioner expects is said to be so, with the last of those days (FOIA s10(6) working days: St Andrew's Day, a
bank holiday in part of the UK, does not count anywhere), and that the person may chase and complain after it."""

from datetime import date

from askfoi.reply_explain import explain_reply

HOLDING = """Dear Mr Evans

FOI 2026/7781 - Live facial recognition

We are writing in respect of your request received on 2 November 2026. We are considering the application of
section 31 and section 24 and need more time to consider the public interest. Under section 10(3) we aim to respond
by 28 January 2027.

Kind regards
Information Management
30 November 2026
"""


def test_a_day_beyond_twenty_extra_working_days_is_called_out():
    steps = explain_reply(HOLDING, today=date(2026, 12, 4)).next_steps
    wait = next(s for s in steps if s.kind == "wait")
    assert "28 January 2027" in wait.title
    assert "31 December 2026" in wait.explanation and "later than that" in wait.explanation


def test_a_day_within_them_is_not():
    text = HOLDING.replace("28 January 2027", "18 December 2026")
    wait = next(s for s in explain_reply(text, today=date(2026, 12, 4)).next_steps if s.kind == "wait")
    assert "later than that" not in wait.explanation
