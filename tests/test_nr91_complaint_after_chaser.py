"""nr91 (nc91 #11): the complaint about a reply that never came, written after the chaser was written in the chat,
says the authority was reminded (dated) and lists the reminder to enclose; the chat suggests giving the chaser a few
working days first. With no chaser written, no reminder is claimed."""
from datetime import date

from askfoi.reply_flow import ReplyFlow

TODAY = date(2026, 12, 7)


def _late():
    return ReplyFlow(today=lambda: TODAY, authority="Norfolk and Norwich University Hospitals NHS Foundation Trust",
                     sent=date(2026, 10, 20), topic="hip replacement waiting times")


def test_the_complaint_after_the_chaser_names_and_encloses_it():
    flow = _late()
    assert "chase" in flow.start().offers
    flow.write("chase")
    view = flow.write("complain")
    assert "reminded it on Monday 7 December 2026" in view.body and "my reminder to" in view.body
    assert "chaser on Monday 7 December 2026" in view.message and "few working days" in view.message


def test_no_chaser_no_reminder_claimed():  # guard: passes on main too
    view = _late().write("complain")
    assert "reminded it" not in view.body and "few working days" not in view.message
