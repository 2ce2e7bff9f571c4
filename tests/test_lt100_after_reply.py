"""lt100 (issue 10, session 62's open items): after the reply.

- The ICO complaint written from a review's outcome alone (the person pressed "This was the review", or pasted a text
  that reads as a review's outcome) says what it decided as the REVIEW's decision, in the review's sentence, never as
  "X replied. Its decision: ..." (the first reply's decision is not known from it); it asks for the first reply's day,
  and the day typed ("replied 11/11/2026") goes into the opening.
- The reply screen never calls a request "written here" while it is still being written (F9 at the organisation step)
  when a reply from another body is pasted.
- "they said no, can i ask for the list of schools instead?" asks for a new, narrower request: framed from what they
  would ask for, never from the story, and never read as a wish for a review; a refusal told bare ("they refused, what
  now") opens the reply path.
- Cheshire 2615's shape (hard-wrapped lines, the Act's s17(1) quoted as "(1) ... (a) ... (c)", "S1 (1\\n)(a)"): the
  reader finds its two parts.
Every reply, outcome and message here is written for these tests in my own words (the quoted statute is the Act's).
"""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, Static, TextArea

from askfoi.conversation import Conversation
from askfoi.followup import complaint_letter
from askfoi.pasted_reply import had_reply
from askfoi.reader import read_reply
from askfoi.reply_flow import ReplyFlow, ReplyStep
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 7)

# a review's outcome that does not say it upheld anything (the person says it was the review)
NCND_OUTCOME = ("Dear Ms Grant,\n\nRe: your request about automatic number plate recognition cameras\n\n"
                "Question 1: the force will neither confirm nor deny that it holds the information you asked for, "
                "relying on section 31(3) of the Freedom of Information Act 2000.\n\n"
                "Question 2: we hold the yearly totals you asked for, but they are withheld under section 31(1)(a) as "
                "releasing them would prejudice the prevention of crime.\n\n"
                "Yours sincerely,\n\nInformation Rights Unit\nWessex Police\n1 December 2026\n")
UPHELD_OUTCOME = ("Dear Mr Hale,\n\nInternal review IR-5512\n\nI have looked again at the handling of your request for "
                  "every email about the closure of Marsh Lane library. I have decided to uphold the original "
                  "decision: reading every mailbox would exceed the appropriate limit under section 12 of the Freedom "
                  "of Information Act 2000.\n\nYours sincerely,\n\nReview Officer\nNorthshire County Council\n"
                  "30 November 2026\n")


def _complaint(text: str, *, mark: bool, typed: str | None = None):
    flow = ReplyFlow(today=lambda: TODAY)
    flow.start()
    flow.read(text)
    if mark:
        flow.mark_review()
    view = flow.write("complain")
    if typed is not None:
        view = flow.dated(typed)
    assert view.step == ReplyStep.letter, view.message
    return view, " ".join(view.body.split())


def _opening(body: str) -> str:
    return body.split("I believe")[0]


def test_a_review_outcome_alone_is_said_as_the_reviews_decision_never_the_first_replys():
    view, body = _complaint(NCND_OUTCOME, mark=True)
    head = _opening(body)
    assert "Its decision" not in head
    assert "replied. I asked for an internal review. The review's outcome on Tuesday 1 December 2026: " in head
    assert "neither confirm" in head.split("The review's outcome")[1]
    # the first reply's day is asked for (it is not the outcome's)
    assert "the day their reply came" in view.message


def test_an_outcome_that_says_it_upheld_the_decision_says_so():
    _, body = _complaint(UPHELD_OUTCOME, mark=False)
    head = _opening(body)
    assert "Its decision" not in head
    assert "The review upheld the original decision on Monday 30 November 2026: refused on cost" in head


def test_the_first_replys_day_typed_goes_in_the_opening_without_the_reviews_decision():
    _, body = _complaint(NCND_OUTCOME, mark=True, typed="replied 11/11/2026")
    head = _opening(body)
    assert "replied on Wednesday 11 November 2026. I asked for an internal review." in head
    assert "Its decision" not in head


def test_guard_a_first_reply_and_its_review_given_apart_keep_the_replys_decision():
    first = NCND_OUTCOME.replace("1 December 2026", "2 October 2026")
    review = ("Dear Ms Grant,\n\nI have completed the internal review you asked for on 5 October 2026 and I uphold the "
              "original decision.\n\nWessex Police\n")
    body = " ".join(complaint_letter(first, authority="Wessex Police", review=review, review_received=date(2026, 12, 1),
                                     today=TODAY).body.split())
    assert "Its decision: " in body
    assert "and the review upheld that decision on Tuesday 1 December 2026" in body


async def test_at_80x24_the_complaint_after_this_was_the_review_says_the_reviews_decision(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f9")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#reply-text", TextArea).text = NCND_OUTCOME
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("ctrl+t")  # "This was the review"
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert screen.flow.step == ReplyStep.letter
        shown = " ".join(str(screen.query_one("#reply-body", Static).render()).split())
        assert "Its decision" not in shown
        assert "The review's outcome on Tuesday 1 December 2026" in shown
        message = " ".join(str(screen.query_one("#reply-message", Static).render()).split())
        assert "the day their reply came" in message


# -- the reply screen while the request is still being written -----------------------------------------------------

OTHER_BODY = ("Dear Sir or Madam,\n\nThank you for your request. Kent Police can neither confirm nor deny that it holds "
              "the information you asked for, by virtue of section 31(3) of the Freedom of Information Act 2000.\n\n"
              "Yours faithfully,\n\nFreedom of Information Unit\nKent Police\n1 December 2026\n")


def test_a_reply_from_another_body_never_calls_an_unfinished_request_written_here():
    kw = dict(today=lambda: TODAY, authority="Leeds City Council", clinic=True)
    flow = ReplyFlow(written=False, **kw)
    flow.start()
    said = flow.read(OTHER_BODY).message
    assert "This reply comes from Kent Police" in said
    assert "written here" not in said.replace("being written here", "")
    # guard: a letter finished here is still named so
    done = ReplyFlow(request="1. The number of potholes repaired in 2025.", **kw)
    done.start()
    assert "(the request written here for this client)" in done.read(OTHER_BODY).message


async def test_at_80x24_f9_at_the_organisation_step_then_another_bodys_reply(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many potholes did leeds city council repair in 2025 and how much did it cost")
        await pilot.press("f9")
        await settle(pilot)
        app.screen.query_one("#reply-text", TextArea).text = OTHER_BODY
        await pilot.press("ctrl+r")
        await settle(pilot)
        said = " ".join(" ".join(str(w.render()).split()) for w in app.screen.query(Static))
        assert "This reply comes from Kent Police" in said
        assert "the request written here" not in said


# -- a narrower request after a refusal; a refusal told bare -------------------------------------------------------

def _first(said: str):
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    turn = conv.reply(said)
    return conv, " ".join(str(getattr(m, "text", m)) for m in turn.messages), turn


def test_asking_for_something_narrower_instead_is_a_new_request_framed_from_it():
    conv, text, turn = _first("they said no, can i ask for the list of schools instead?")
    assert "asking for something narrower is a new request" in text
    assert conv.session.parts == ["A list of schools."]
    assert "reply" not in turn.actions
    conv, text, _ = _first("i asked kent police for their drone flight logs and they refused. could i just ask for the "
                           "number of flights instead?")
    assert conv.session.parts == ["The number of flights."] and conv.session.authority == "Kent Police"
    assert "Kent Police has 20 working days" in text


def narrower_ask(text: str):
    from askfoi.pasted_reply import narrower_ask as read

    return read(text)


def test_the_narrower_ask_in_other_words():
    # nx101: a measure of nothing ("the total cost", "the summary") now says what it measures, the thing the refused
    # request asked for (lt100's own left-out: "The total cost." alone did not say of what)
    assert narrower_ask("essex police turned down my request for the contract so can i ask for just the total cost?") \
        == "the total cost of the contract"
    assert narrower_ask("they said no because of cost. what if i just ask for the total spent each year?") \
        == "the total spent each year"
    assert narrower_ask("they refused my request for the report, should i try to ask for just the summary instead?") \
        == "the summary of the report"


def test_guard_a_review_asked_for_is_no_narrower_request_and_a_plain_request_is_untouched():
    assert narrower_ask("i asked for the minutes and they said no, can i ask for a review") is None
    assert had_reply("i asked for the minutes and they said no, can i ask for a review")
    assert narrower_ask("can i ask for the list of schools in leeds?") is None  # no refusal told: a request


def test_a_refusal_told_bare_opens_the_reply_path():
    for said in ("they refused, what now", "the council said no. what can i do?", "got refused again, what next"):
        _, text, turn = _first(said)
        assert "reply" in turn.actions, said
        assert "this is not a new request" in text, said


def test_guard_a_refusal_of_something_else_is_not_a_reply_had():
    assert not had_reply("the council refused planning permission for my extension, what now")


async def test_at_80x24_a_narrower_request_after_a_refusal(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "they said no, can i ask for the list of schools instead?")
        said = bot_text(app)
        assert "asking for something narrower is a new request" in said
        assert "can I ask" not in said and "They said no" not in said
        assert app.screen is app.screen_stack[0]  # the chat, not the reply screen


# -- Cheshire 2615's shape: the parts found in a hard-wrapped reply --------------------------------------------------

WRAPPED = """I have considered your request for information under the provisions of the
Freedom of Information Act 2000.
As to my first duty under the Act, which is to confirm whether the information
is held, I can confirm that some information is held relating to
question 2 of your request
As to my second duty under the Act, which is to provide the information to
you, I have considered your request and I am not obliged to release it.
This letter is a Refusal Notice under Section 17 of the Freedom of Information
Act 2000 (the Act).
Section 17(1) of the Act provides:
(1) A public authority which, in relation to any request for
information, is to any extent relying on a claim that any provision
in part II relating to the duty to confirm or deny is relevant to
the request or on a claim that information is exempt information
must, within the time for complying with section 1(1), give the
applicant a notice which-
(a) states that fact,
(b) specifies the exemption in question, and
(c) states (if that would not otherwise be apparent) why the
exemption applies.
As the Act requires, this letter is a Refusal Notice for the whole of
your request. For question
1, the force can neither confirm nor deny that it holds the information
you asked for, as the duty in S1 (1
)(a) of the Act does not apply, by
virtue of the following exemption:
Section 30(2) Criminal Investigations
This is a qualified exemption and I have carried out a public interest test.
"""


def test_a_hard_wrapped_reply_with_the_act_quoted_is_read_part_by_part():
    reading = read_reply(WRAPPED)
    assert {p.number: p.outcome.value for p in reading.parts} == {"1": "ncnd", "2": "refused"}
    assert reading.ncnd


def test_guard_the_same_reply_on_unwrapped_lines_reads_the_same():
    reading = read_reply(" ".join(WRAPPED.split()))
    assert {p.number: p.outcome.value for p in reading.parts} == {"1": "ncnd", "2": "refused"}


def test_the_acts_subsection_quoted_after_a_lead_without_a_colon_is_no_part():
    text = WRAPPED.replace("Section 30(2) Criminal Investigations\n", (
        "Section 30(2) Criminal Investigations\nSection 30 of the Act states\n(3) The duty to confirm or deny does not "
        "arise in relation to\ninformation which is (or if it were held by the public authority\nwould be) exempt "
        "information by virtue of subsection (1) or\n(2).\n"))
    reading = read_reply(text)
    assert {p.number: p.outcome.value for p in reading.parts} == {"1": "ncnd", "2": "refused"}


# -- the letters as an FOI officer reads them ------------------------------------------------------------------------

FPN_REQUEST = ("1. The number of fixed penalty notices for dog fouling issued in 2025.\n"
               "2. The total income from those notices in 2025.\n"
               "3. A copy of the contract with the enforcement company.")
FPN_REPLY = ("Dear Mr Patel\n\nThank you for your request of 2 November 2026.\n\n1. In 2025 the council issued 812 fixed "
             "penalty notices for dog fouling.\n2. The income from these notices was £41,400.\n\nYours sincerely\n"
             "Information Governance\nNorthshire District Council\n30 November 2026\n")


def _fpn_flow():
    flow = ReplyFlow(today=lambda: TODAY, request=FPN_REQUEST, sent=date(2026, 11, 2),
                     authority="Northshire District Council", name="Ravi Patel")
    flow.start()
    return flow, flow.read(FPN_REPLY)


def test_a_part_the_reply_says_nothing_about_is_owed_and_the_chaser_is_offered():
    flow, view = _fpn_flow()
    assert "says nothing about part 3" in view.message and "everything you asked for" not in view.message
    assert view.offers == ["chase"]
    assert "Nothing more is needed" not in view.body
    body = " ".join(flow.write("chase").body.split())
    assert "part 3" in body and "dealt with parts 1 and 2" in body


def test_guard_a_reply_that_answers_every_part_still_needs_nothing():
    flow = ReplyFlow(today=lambda: TODAY, request=FPN_REQUEST, sent=date(2026, 11, 2),
                     authority="Northshire District Council")
    flow.start()
    view = flow.read(FPN_REPLY.replace("\n\nYours", "\n3. The contract is attached.\n\nYours"))
    assert "says nothing about" not in view.message and view.offers == []


async def test_at_80x24_the_part_not_answered_is_said_first(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f9")
        await settle(pilot)
        screen = app.screen
        screen.flow.request, screen.flow.sent = FPN_REQUEST, date(2026, 11, 2)
        screen.query_one("#reply-text", TextArea).text = FPN_REPLY
        await pilot.press("ctrl+r")
        await settle(pilot)
        message = " ".join(str(screen.query_one("#reply-message", Static).render()).split())
        assert message.startswith("In short: the authority answered everything else, but its reply says nothing "
                                  "about part 3")


def test_the_personal_data_ground_claims_only_that_unidentifiable_figures_are_not_personal_data():
    from askfoi.followup import review_letter

    reply = ("Dear Ms Owen\n\n1. There were 14 misconduct hearings in 2025.\n2. The outcome of each hearing is withheld "
             "under section 40(2) of the Freedom of Information Act 2000, as releasing it would identify the officers "
             "concerned.\n\nYours sincerely\nNorthshire Police\n1 December 2026\n")
    body = " ".join(review_letter(reply, authority="Northshire Police", today=TODAY).body.split())
    assert "Please release the information anonymised, or as aggregate figures" in body
    # figures are outside section 40(2) only when no one can be identified from them (UK GDPR Art 4(1), recital 26)
    assert "figures from which no one can be identified are not personal data" in body
    assert "which are not personal data and so" not in body
