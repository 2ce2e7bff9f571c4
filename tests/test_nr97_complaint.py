"""nr97 (nc97 #2): the complaint to the Information Commissioner takes the day the review was asked for only from what
says so (the person, or the outcome's "your request for an internal review dated ..."); "our response to your request of
3 September" is the request's own day, never the review's. And a personal-data refusal of a senior post-holder's pay or
expenses is argued on the legitimate interests test, never "anonymised or aggregate figures could be released" (which
cannot answer a question about one named post). The outcomes are written for these tests."""

from __future__ import annotations

from datetime import date

from textual.widgets import Static

from askfoi.followup import senior_pay_withheld
from askfoi.reply_flow import ReplyFlow, ReplyStep
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import read_reply, settle

TODAY = date(2026, 12, 7)
UPHELD = ("Dear Ms Rahman,\n\nInternal Review - our ref IR-2026-0442\n\nI have now completed the internal review of our "
          "response to your request of 3 September 2026 for the Chief Executive's salary, bonus and expense claims for "
          "2025/26.\n\nHaving looked at the matter again, I have decided to uphold the original decision. The information "
          "is the personal data of an identifiable individual and is exempt under section 40(2) of the Freedom of "
          "Information Act 2000.\n\nIf you remain dissatisfied you may complain to the Information Commissioner's Office."
          "\n\nYours sincerely,\n\nInformation Governance Manager\nBarnsley Metropolitan Borough Council\n25 November 2026\n")
REVIEW_DATED = UPHELD.replace("I have now completed the internal review of our response to your request of 3 September "
                              "2026", "Thank you for your request for an internal review dated 2 October 2026. I have now "
                              "completed the review of our response to your request of 3 September 2026")
STAFF_COUNTS = ("Dear Mr Lee,\n\nInternal Review - our ref IR-2026-0518\n\nI have completed the internal review of our "
                "response to your request of 1 September 2026 for the number of staff dismissed for misconduct in each "
                "team in 2025.\n\nI have decided to uphold the original decision. The numbers in some teams are so small "
                "that individuals could be identified, so the information is exempt under section 40(2) of the Freedom of "
                "Information Act 2000.\n\nYours sincerely,\n\nHR Information Officer\nBarnsley Metropolitan Borough Council\n"
                "26 November 2026\n")


def _complaint(text: str) -> str:
    flow = ReplyFlow(today=lambda: TODAY)
    flow.start()
    flow.read(text)
    view = flow.write("complain")
    assert view.step == ReplyStep.letter, view.message
    return " ".join(view.body.split())


def test_the_requests_day_is_never_given_as_the_day_the_review_was_asked_for():
    body = _complaint(UPHELD)
    assert "3 September 2026" not in body.split("I believe")[0].split("replied")[-1]
    assert "internal review on Thursday 3 September" not in body and "internal review of Thursday 3 September" not in body
    # lt100: the outcome (which says it upholds the decision) is the review's, said in the review's sentence
    assert "I asked for an internal review. The review upheld the original decision on Wednesday 25 November 2026" in body


def test_guard_the_day_the_outcome_gives_for_the_review_request_is_kept():
    body = _complaint(REVIEW_DATED)
    assert "I asked for an internal review on Friday 2 October 2026" in body


def test_a_senior_post_holders_pay_is_argued_on_legitimate_interests():
    body = _complaint(UPHELD)
    assert "anonymised or aggregate figures" not in body
    assert "senior, public-facing post" in body and "legitimate interests test in Article 6(1)(f)" in body


def test_guard_small_numbers_of_staff_keep_the_aggregate_figures_ground():
    body = _complaint(STAFF_COUNTS)
    assert "anonymised or aggregate figures could be released" in body and "senior, public-facing" not in body


def test_senior_pay_is_read_in_ones_own_words():
    assert senior_pay_withheld("how much is the vice chancellor paid and what expenses did she claim")
    assert senior_pay_withheld(None, "the headteacher's salary band for 2025")
    assert not senior_pay_withheld("the number of directors' meetings held in 2025", "the pay of cleaning staff by grade")


async def test_at_80x24_the_complaint_after_an_upheld_review_has_no_request_day_as_review_day(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await read_reply(pilot, UPHELD)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert screen.flow.step == ReplyStep.letter
        shown = " ".join(str(screen.query_one("#reply-body", Static).render()).split())
        assert "Complaint about" in shown and "legitimate interests test" in shown
        assert "internal review on Thursday 3 September" not in shown


REFUSED = ("Dear Ms Rahman,\n\nThank you for your request of 3 November 2026 for the Chief Executive's salary, bonus and "
           "expense claims for 2025/26.\n\nThe information is the personal data of an identifiable individual and is "
           "exempt under section 40(2) of the Freedom of Information Act 2000.\n\nIf you are unhappy with this response "
           "you may ask for an internal review.\n\nYours sincerely,\n\nInformation Governance\n20 November 2026\n")
REFUSED_COUNTS = REFUSED.replace("the Chief Executive's salary, bonus and expense claims for 2025/26",
                                 "the number of staff dismissed for misconduct in each team in 2025")


def _review(text: str) -> str:
    flow = ReplyFlow(today=lambda: TODAY)
    flow.start()
    flow.read(text)
    return " ".join(flow.write("review").body.split())


def test_the_review_of_a_senior_pay_refusal_argues_the_test_and_keeps_the_request():
    body = _review(REFUSED)
    assert "I do not want anyone's personal information" not in body and "anonymised" not in body
    assert "senior, public-facing post" in body and "Article 6(1)(f)" in body


def test_guard_the_review_of_a_staff_counts_refusal_still_offers_aggregate_figures():
    body = _review(REFUSED_COUNTS)
    assert "senior, public-facing" not in body and "aggregate figures" in body
