"""af99 (nc97 #2, j8): the complaint to the Information Commissioner gives the dates the Commissioner asks for (the
request's, the reply's and the review request's): the day or month the person said in the chat they asked for the
review ("i asked for a review in october") reaches the complaint, the letter never makes a month into a day, and the
days it does not know are asked for on the complaint's view, where "review asked 14/10/2026" typed puts them in. The
messages and outcomes are my own words."""

from __future__ import annotations

from datetime import date

from textual.widgets import Static, TextArea

from askfoi.reply_flow import ReplyFlow, ReplyStep
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import say, settle

TODAY = date(2026, 12, 7)
OUTCOME = ("Dear Mr Okafor,\n\nInternal Review - reference RV/2026/118\n\nI have now completed the internal review of our "
           "response to your request of 2 September 2026 for the number of parking fines cancelled on appeal in each "
           "ward in 2025.\n\nHaving looked at the matter again, I uphold the original decision. Answering would mean "
           "reading every appeal file by hand, which would exceed the appropriate limit under section 12 of the Freedom "
           "of Information Act 2000.\n\nIf you remain dissatisfied you may complain to the Information Commissioner's "
           "Office.\n\nYours sincerely,\n\nParking Services\nDerby City Council\n26 November 2026\n")
STORY = ("can i complain to the ico? derby city council refused my foi about parking fines "
         "on cost grounds, i asked for a review in october and they upheld it on 26 november")


def _complaint(story: str | None, typed: str | None = None):
    flow = ReplyFlow(today=lambda: TODAY, story=story)
    flow.start()
    flow.read(OUTCOME)
    view = flow.write("complain")
    if typed is not None:
        view = flow.dated(typed)
    assert view is not None and view.step == ReplyStep.letter, view and view.message
    return view, " ".join(view.body.split())


def test_the_month_told_in_the_chat_is_in_the_complaint_as_a_month():
    view, body = _complaint(STORY)
    # lt100: the outcome alone was pasted: its decision is the review's, said in the review's sentence (before: ", and
    # the review upheld that decision" after the first reply was given the review's decision)
    assert "I asked for an internal review in October 2026. The review upheld the original decision" in body
    assert "my request for an internal review (sent in October 2026);" in body
    # the day it did not give is asked for, with the month the person said
    assert "the day you asked for the review (you said October 2026)" in view.message
    assert "review asked" in view.message


def test_a_day_told_in_the_chat_is_the_review_requests_day():
    _, body = _complaint("derby council refused my foi, I requested an internal review on 9 oct and they upheld it")
    assert "I asked for an internal review on Friday 9 October 2026" in body
    assert "my request for an internal review of Friday 9 October 2026;" in body


def test_the_days_typed_on_the_complaint_are_put_in_it():
    view, body = _complaint(STORY, "request sent 2 september, replied 30/09/2026 and review asked 12/10/2026")
    assert "I sent my request on Wednesday 2 September 2026" in body
    assert "replied on Wednesday 30 September 2026" in body
    assert "I asked for an internal review on Monday 12 October 2026" in body
    assert "my request for an internal review of Monday 12 October 2026;" in body
    assert "asks for the dates" not in view.message  # nothing left to ask


def test_guard_no_review_time_told_no_month_and_no_day():
    _, body = _complaint("derby city council refused my foi about parking fines and the review upheld it")
    # lt100: the review's own decision, in the review's sentence (was ", and the review upheld that decision")
    assert "I asked for an internal review. The review upheld the original decision" in body and "(sent in" not in body


def test_the_days_not_known_are_asked_for_on_the_complaint():
    view, _ = _complaint("derby city council refused my foi about parking fines and the review upheld it")
    assert "asks for the dates of your request, the reply and your request for a review" in view.message
    assert "the day you asked for the review." in view.message and "you said" not in view.message


def test_guard_a_name_typed_on_the_complaint_is_no_date():
    flow = ReplyFlow(today=lambda: TODAY)
    flow.start()
    flow.read(OUTCOME)
    flow.write("complain")
    assert getattr(flow, "dated", lambda typed: None)("Chidi Okafor") is None
    assert flow.sign("Chidi Okafor") is not None


def test_the_review_time_is_read_in_several_wordings():
    from askfoi.review_told import review_asked_told, typed_dates

    told = review_asked_told
    assert told("i put in for a review of the decision on 12 november", TODAY).day == date(2026, 11, 12)
    assert told("on 2 october we asked for an internal review but they upheld it", TODAY).day == date(2026, 10, 2)
    assert told("I asked them to review it in early march, they said no", TODAY).month == "March 2026"
    # guards: the outcome's own day, a reply's day and a month ahead are no review request's
    assert told("i asked for a review and they upheld it on 20 november", TODAY) is None
    assert told("they replied on 14 august and upheld it in november", TODAY) is None
    assert typed_dates("review asked 14/09/2026, request 14 august", TODAY) == {
        "review_asked": date(2026, 9, 14), "sent": date(2026, 8, 14)}
    assert typed_dates("my review was rubbish", TODAY) == {}


async def test_at_80x24_the_month_typed_in_the_chat_reaches_the_complaint(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, STORY)
        screen = app.screen
        assert screen.query_one("#reply-text", TextArea) is not None
        screen.query_one("#reply-text", TextArea).text = OUTCOME
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert screen.flow.step == ReplyStep.letter
        shown = " ".join(str(screen.query_one("#reply-body", Static).render()).split())
        assert "internal review in October 2026" in shown
        message = " ".join(str(screen.query_one("#reply-message", Static).render()).split())
        assert "you said October 2026" in message
        # the day typed on the complaint (no box focused: typed keys go to the view) puts it in
        await pilot.press(*"review asked 12/10/2026", "enter")
        await settle(pilot)
        shown = " ".join(str(screen.query_one("#reply-body", Static).render()).split())
        assert "internal review on Monday 12 October 2026" in shown
