"""rv99 (nc99 #6): the letters and steps after a reply: the law and the dates right.

- A cost refusal under the Act of a request for environmental information: the review asks for it under the
  Regulations, so the steps give the Regulations' time for the answer (EIR reg 11(4): 40 working days; EISR reg 16(4):
  20), never the Act's "20 working days (40 at most)".
- The request restated in the requester's own words at the top of a disclosure-log reply ("please provide ...") is
  what was asked: an environmental subject there makes the cost refusal an EIR point with no chat first.
The replies here are written for these tests (their shape from Devon's disclosure log, reference 13379).
"""

from datetime import date

import pytest

from askfoi.followup import _environmental_request
from askfoi.reply_explain import explain_reply

TODAY = date(2026, 12, 7)

COST = ("Compliance with this request would exceed the appropriate cost limit under Section 12 of the Freedom of "
        "Information Act 2000 which is £450 or 18 hours of officer time. There are 400 emails to check at 5 minutes "
        "each.")


def _steps(reply: str, request: str | None = None, **kw):
    return explain_reply(reply, request=request, today=TODAY, **kw).next_steps


@pytest.mark.parametrize("request_text", [
    "all emails between highways officers and the cabinet member about the school street scheme on Elm Road",
    "copies of the noise complaints about the quarry and the council's replies",
])
def test_environmental_cost_refusal_gives_the_regulations_review_time(request_text):
    steps = _steps(COST, request_text)
    text = " ".join(f"{s.title} {s.explanation}" for s in steps)
    assert "dealt with under the Environmental Information Regulations" in text
    review = next(s for s in steps if s.kind == "review" and "by" in s.title)
    assert "regulation 11" in review.explanation and "40 working days" in review.explanation
    assert "20 working days" not in text and "40 at most" not in text


def test_scottish_environmental_cost_refusal_gives_the_eisr_review_time():
    reply = COST.replace("Freedom of Information Act 2000 which is £450 or 18 hours",
                         "Freedom of Information (Scotland) Act 2002 which is £600")
    steps = _steps(reply, "every report on the flooding of the burn behind the new houses since 2020")
    review = next(s for s in steps if s.kind == "review" and "by" in s.title)
    assert "regulation 16" in review.explanation and "20 working days" in review.explanation
    assert any("Scottish Information Commissioner" in s.title for s in steps)


def test_guard_a_cost_refusal_of_other_information_keeps_the_act():
    steps = _steps(COST, "the number of agency social workers the council paid for in each year since 2021")
    review = next(s for s in steps if s.kind == "review")
    assert "20 working days (40 at most)" in review.explanation
    assert not any("Environmental Information" in s.title for s in steps)


@pytest.mark.parametrize("restated", [
    "Bus gate on Fore Street\n\nIn relation to the Fore Street bus gate, please provide all correspondence between the "
    "highways team and the ward councillors.\n\n",
    "Could you please provide the air quality monitoring results for the school street on Elm Road for 2025?\n\n",
    "I would like a copy of every report on the felling of the street trees in Victoria Park.\n\n",
])
def test_the_request_restated_in_the_reply_makes_the_refusal_environmental(restated):
    steps = _steps(restated + COST)
    assert any("dealt with under the Environmental Information Regulations" in s.title for s in steps)
    assert not any("40 at most" in s.explanation for s in steps)


@pytest.mark.parametrize("reply", [
    "Please provide your full name and address so that we can deal with your request. " + COST,
    "Staff overtime\n\nPlease provide the overtime paid to each department in 2025.\n\n" + COST,
    "You asked for the number of officers. Please provide a timeframe for the request. " + COST,
])
def test_guard_an_ask_of_no_environmental_subject_keeps_the_act(reply):
    assert _environmental_request(None, reply) is None
    steps = _steps(reply)
    assert not any("Environmental Information" in s.title for s in steps)


# -- the provision a "neither confirm nor deny" answer stands on (nc99 j7) --------------------------------------------

from askfoi.followup import complaint_letter, review_letter  # noqa: E402
from askfoi.ncnd_basis import held_unnamed, ncnd_basis, ncnd_provision_of  # noqa: E402
from askfoi.reader import read_reply  # noqa: E402

# written for these tests, in the shape of a police disclosure-log refusal: an NCND for question 1 "by virtue of" the
# exemption on the information, and question 2 confirmed held and refused with no exemption named for it
NCND_BY_VIRTUE = ("In relation to my first duty under the Act, which is to confirm whether the information is held, I "
                  "can confirm that we hold information relating to question 2 of your request. I am not obliged to "
                  "release the information to you. For question 1, the force can neither confirm nor deny that it "
                  "holds the information you requested, by virtue of the following exemption: Section {s} "
                  "{title}.\n\nThis is a qualified exemption and I have carried out a public interest test.\n")
WHOLE_NCND = ("The force can neither confirm nor deny that it holds any information relevant to your request, by virtue "
              "of Section {s} {title}. This is a qualified exemption and the public interest test has been carried "
              "out.\n")


@pytest.mark.parametrize("section, provision", [("30(2)", "30(3)"), ("31(1)(a)", "31(3)"), ("24(1)", "24(2)"),
                                                ("40(2)", "40(5B)"), ("EIR 12(5)(a)", "EIR 12(6)")])
def test_ncnd_provision_of_an_exemption(section, provision):
    assert ncnd_provision_of(section) == provision


@pytest.mark.parametrize("section", ["30(3)", "31(3)", "12", "21", "FOISA 35(1)(a)"])
def test_guard_no_ncnd_provision_of_itself_or_of_what_has_none(section):
    assert ncnd_provision_of(section) is None


@pytest.mark.parametrize("s, title, provision, why", [
    ("30(2)", "Investigations", "30(3)", "section 2(1)(b)"),
    ("31(1)(a)", "Law Enforcement", "31(3)", "section 2(1)(b)"),
])
def test_whole_ncnd_by_virtue_of_an_exemption_is_weighed_as_confirming(s, title, provision, why):
    text = WHOLE_NCND.format(s=s, title=title)
    body = review_letter(text, authority="Avon and Somerset Constabulary", received=date(2026, 12, 1), today=TODAY).body
    assert f"section {provision}" in body
    assert why in body and "section 2(2)(b)" not in body
    explained = explain_reply(text, today=TODAY)
    assert (f'rests on section {provision}, the "neither confirm nor deny" provision that goes with section {s}'
            in explained.reading.explanation)
    assert "not whether to release it" in explained.reading.explanation


def test_a_part_confirmed_held_and_refused_with_no_exemption_of_its_own_is_asked_for_one():
    text = NCND_BY_VIRTUE.format(s="30(2)", title="Criminal Investigations")
    reading = ncnd_basis(read_reply(text), text)
    assert reading.sections == ["30(3)"]
    assert held_unnamed(reading, text) == "question 2"
    body = review_letter(text, authority="Cheshire Constabulary", received=date(2026, 12, 1), today=TODAY).body
    assert "section 2(2)(b)" not in body and "section 2(1)(b)" in body
    assert "you hold information for question 2 of my request" in body
    assert "section 17(1)" in body
    explained = explain_reply(text, today=TODAY)
    assert "not whether to release it" not in explained.reading.explanation  # part 2 was refused, not NCND


def test_guard_an_ncnd_provision_cited_is_read_as_it_is():
    text = WHOLE_NCND.format(s="31(3)", title="Law Enforcement")
    reading = read_reply(text)
    assert ncnd_basis(reading, text) == reading
    assert "rests on" not in explain_reply(text, today=TODAY).reading.explanation


def test_guard_an_exemption_named_again_for_the_information_is_kept():
    text = (NCND_BY_VIRTUE.format(s="30(2)", title="Criminal Investigations")
            + "The information held for question 2 is also exempt under section 30(2).\n")
    reading = ncnd_basis(read_reply(text), text)
    assert "30(2)" in reading.sections and "30(3)" in reading.sections
    assert held_unnamed(reading, text) is None


def test_guard_a_refusal_with_no_ncnd_keeps_the_release_test():
    text = ("I can confirm that we hold the information. It is exempt under section 30(2) (Criminal Investigations). "
            "This is a qualified exemption and the public interest favours withholding it.\n")
    body = review_letter(text, authority="Cheshire Constabulary", received=date(2026, 12, 1), today=TODAY).body
    assert "section 2(2)(b)" in body and "section 2(1)(b)" not in body


# -- the complaint after "This was the review" (nc99 j7) ----------------------------------------------------------------

def test_a_reply_marked_as_the_review_is_the_outcome_in_the_complaint_and_enclosed_once():
    text = NCND_BY_VIRTUE.format(s="30(2)", title="Criminal Investigations")
    reading = read_reply(text)
    body = complaint_letter(reading, authority="Cheshire Constabulary", review=reading, reply_text=text,
                            received=date(2026, 12, 1), review_asked=date(2026, 11, 2), today=TODAY).body
    assert "replied on Tuesday 1 December 2026" not in body
    assert "Cheshire Constabulary's response of Tuesday 1 December 2026" not in body
    assert "the review outcome of Tuesday 1 December 2026" in body
    assert "I asked for an internal review on Monday 2 November 2026" in body
    assert body.count("1 December 2026") == 3  # the outcome's day, the six weeks from it, the enclosure


def test_guard_a_first_reply_with_its_review_given_apart_keeps_both_days():
    text = NCND_BY_VIRTUE.format(s="30(2)", title="Criminal Investigations")
    outcome = ("Thank you for your email of 2 November 2026 asking for an internal review. I have completed the "
               "review and I uphold the original decision.\n")
    body = complaint_letter(text, authority="Cheshire Constabulary", review=outcome, received=date(2026, 10, 20),
                            review_received=date(2026, 12, 1), today=TODAY).body
    assert "response of Tuesday 20 October 2026" in body
    assert "the review outcome of Tuesday 1 December 2026" in body


# -- "the request written here went to ..." only when a letter was finished here (nc99 #1, j6) ------------------------

from textual.widgets import Input, Static  # noqa: E402

from askfoi.reply_flow import ReplyFlow  # noqa: E402
from askfoi.tui.app import AskFOIApp  # noqa: E402


def test_the_opening_names_the_body_of_a_letter_written_here_only():
    kw = dict(today=lambda: TODAY, authority="Leeds City Council", request="1. The bus lane camera income.", clinic=True)
    assert "for this client went to Leeds City Council" in ReplyFlow(**kw).start().message  # guard: a letter written
    assert "went to" not in ReplyFlow(written=False, **kw).start().message


async def test_f9_after_a_story_of_a_refusal_says_no_request_was_written_here_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        app.query_one("#prompt", Input).value = ("i asked leeds city council for the emails about the kirkstall road "
                                                 "bus lane cameras and they said no because it costs too much. can i "
                                                 "challenge that?")
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("f9")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "Paste the reply" in said
        assert "written here" not in said and "went to" not in said


# -- "how do i complain to the ico" before any request is written here (nc99 #1, j7) --------------------------------

from askfoi.conversation import Conversation, Step  # noqa: E402


def _chat(said: str):
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    turn = conv.reply(said)
    return conv, " ".join(str(getattr(m, "text", m)) for m in turn.messages), turn


@pytest.mark.parametrize("said, expect", [
    ("how do i complain to the ico", "Information Commissioner (ICO)"),
    ("can i complain to the information commissioner about it?", "Information Commissioner (ICO)"),
    ("i asked leeds council for the emails about the bus lane cameras and they said no because of the cost. how can i "
     "challenge that?", "so this is not a new request"),  # ap99's told-refusal answer (merged with rv99's)
    ("i want to appeal against the decision they sent me", "The review is written on the reply"),
])
def test_a_question_about_complaining_is_answered_not_framed(said, expect):
    conv, text, _ = _chat(said)
    assert expect in text
    assert "I can't yet turn that into a request" not in text
    assert conv.session.authority in (None, "") and not conv.session.parts
    assert conv.session.step == Step.about


def test_the_review_answer_said_opens_the_reply_screen_for_the_complaint():
    conv, text, turn = _chat("actually that was their review answer, i asked for a review on 2 november. how do i "
                             "complain to the ico")
    assert "the Information Commissioner (ICO) is next" in text and "This was the review" in text
    assert "reply" in turn.actions
    assert conv.session.authority != "Information Commissioner's Office"


@pytest.mark.parametrize("said", [
    "how many complaints did the ico get about leeds city council in 2024",
    "how can i complain about potholes on my road to the council, and how many pothole complaints did they get in 2024",
    "can i appeal my parking fine? how many parking fine appeals did bristol city council uphold in 2025",
])
def test_guard_a_request_about_complaints_or_appeals_is_still_framed(said):
    _, text, turn = _chat(said)
    assert "The review is written on the reply" not in text and "takes a complaint about a request" not in text
    assert "reply" not in turn.actions


async def test_complaint_question_at_80x24_leaves_the_ico_out_of_the_request(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        app.query_one("#prompt", Input).value = ("actually that was their review answer, i asked for a review on 2 "
                                                 "november. how do i complain to the ico")
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.conversation.session.authority != "Information Commissioner's Office"
        said = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "went to Information Commissioner" not in said
        assert "Paste the reply" in said  # the reply screen is open


# -- the day the reply came survives going back to the chat (nc99 j7) -------------------------------------------------

from textual.widgets import TextArea  # noqa: E402

from askfoi.reply_flow import ReplyStep  # noqa: E402


async def _settle(app, pilot):
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_the_reply_date_set_is_kept_when_f9_opens_the_reply_again_at_80x24(tmp_path):
    text = NCND_BY_VIRTUE.format(s="30(2)", title="Criminal Investigations")
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(app, pilot)
        await pilot.press("f9")
        await _settle(app, pilot)
        app.screen.query_one("#reply-text", TextArea).text = text
        await pilot.press("ctrl+r")
        await _settle(app, pilot)
        assert app.screen.flow.step == ReplyStep.result
        box = app.screen.query_one("#reply-received", Input)
        box.value = "01/12/2026"
        box.focus()
        await pilot.press("enter")
        await _settle(app, pilot)
        assert app.screen.flow.received == date(2026, 12, 1)
        await pilot.press("escape")
        await _settle(app, pilot)
        await pilot.press("f9")
        await _settle(app, pilot)
        assert app.screen.query_one("#reply-text", TextArea).text == text
        await pilot.press("ctrl+r")
        await _settle(app, pilot)
        assert app.screen.flow.received == date(2026, 12, 1)
        said = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "1 December 2026" in said
