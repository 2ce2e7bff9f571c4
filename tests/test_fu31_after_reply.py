"""fu31 (issue 10, nu33 #7, #8, #9 and the due-date split): after the reply, letters argue what the reply decided,
part by part; precedents answer the same kind of question; a reply's answers are mapped to the person's parts by
the reply's own labels ("unclear" rather than swapped); explain and review count the time for the reply by one rule.

The replies are written for these tests in the layouts public bodies use (per-part headings, "Question 1 / Response",
numbered questions restated with "Response:", FOISA, dated and undated); none is copied from a real reply."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from types import SimpleNamespace

import pytest

from askfoi.followup import complaint_letter, review_letter
from askfoi.models import Outcome
from askfoi.reply_explain import OtherAnswer, answered_differently, explain_reply
from askfoi.reader import read_reply

TODAY = date(2026, 12, 3)

# -- #9: answers mapped by the reply's own labels -------------------------------------------------------------------

# Scottish reply, answers in another order than the questions ("Response to part 2" first)
SCOT_REVERSED = """Police Scotland
Information Management

Date: 19 November 2026

Freedom of Information (Scotland) Act 2002

Your request, received on 22 October 2026:
1. The number of times CS spray was drawn in 2025.
2. Any guidance on the use of CS spray in schools.

Response to part 2
Police Scotland does not hold any guidance specific to schools. In terms of section 17 of the Act, this is a formal
notice that the information is not held. Our Use of Force Standard Operating Procedure is published on our website.

Response to part 1
I can confirm that this information is held, however it is published on our website in the quarterly Use of Force
statistics. Section 25(1) of the Act therefore applies, as the information is otherwise accessible to you.

Your right to request a review
If you are dissatisfied you may request a review within 40 working days.
"""

# "Question N / Response" blocks, each quoting the question (a council under FOISA)
SCOT_QUESTION_BLOCKS = """Fife Council
Reference: FOI-8812

Dear Mr Ross

Thank you for your request under the Freedom of Information (Scotland) Act 2002, received on 2 November 2026.

Question 1
How many fixed penalty notices for fly-tipping were issued in 2025?
Response
The Council issued 212 fixed penalty notices for fly-tipping in 2025.

Question 2
Please provide the names of the officers who issued them.
Response
The names of officers are personal data and are exempt under section 38(1)(b) of the Act.

Question 3
How much did the Council spend clearing fly-tipping in 2025?
Response
The Council does not record the cost of clearing fly-tipping separately from its general street cleansing budget.
In terms of section 17 of the Act, this is a notice that the information is not held.

Yours sincerely
Information Officer
"""

SCOT_QUESTION_REQUEST = """1. How many fixed penalty notices for fly-tipping were issued in 2025?
2. The names of the officers who issued them.
3. How much did the Council spend clearing fly-tipping in 2025?
"""

# The reply's numbers disagree with the questions it quotes: "Question 1" quotes the person's part 2
MISNUMBERED = """Highland Council
Date: 20 November 2026

Question 1: Please provide the names of the contractors who cleared the snow in 2025?
Response: The names of the contractors are exempt under section 33(1)(b) of the Act.

Question 2: How many tonnes of grit were spread on the A9 in 2025?
Response: 1,240 tonnes of grit were spread.

Yours sincerely
"""
MISNUMBERED_REQUEST = """1. How many tonnes of grit were spread on the A9 in 2025?
2. The names of the contractors who cleared the snow in 2025.
"""


def _by_number(parts):
    return {p.number: p for p in parts}


def map_answers(*args, **kwargs):
    from askfoi.answer_map import map_answers as mapped  # (new in fu31: on main this module does not exist)

    return mapped(*args, **kwargs)


def test_answers_in_another_order_follow_the_replys_own_part_labels():
    parts = _by_number(map_answers(SCOT_REVERSED, law="FOISA"))
    assert parts["1"].outcome == Outcome.published and parts["2"].outcome == Outcome.not_held


@pytest.mark.parametrize("request_text", [None, SCOT_QUESTION_REQUEST])
def test_question_and_response_blocks_are_read_part_by_part(request_text):
    parts = _by_number(map_answers(SCOT_QUESTION_BLOCKS, request_text, law="FOISA"))
    assert parts["1"].outcome == Outcome.disclosed
    assert parts["2"].outcome in (Outcome.refused, Outcome.part_disclosed) and any("38" in s for s in parts["2"].sections)
    assert parts["3"].outcome == Outcome.not_held


def test_a_number_that_disagrees_with_the_quoted_question_is_unclear_not_swapped():
    parts = _by_number(map_answers(MISNUMBERED, MISNUMBERED_REQUEST, law="FOISA"))
    assert parts["1"].status == "unclear" and parts["2"].status == "unclear"
    assert parts["1"].outcome is None and parts["2"].outcome is None  # neither answer is pinned on a part


def test_explain_lists_each_part_as_the_reply_labels_it():
    explained = explain_reply(SCOT_REVERSED, authority="Police Scotland", today=TODAY)
    got = {p.number: p.outcome for p in explained.reading.parts}
    assert got == {"1": Outcome.published, "2": Outcome.not_held}
    assert explained.part_doubts == []


def test_explain_says_unclear_for_a_part_it_cannot_pair():
    explained = explain_reply(MISNUMBERED, request=MISNUMBERED_REQUEST, authority="Highland Council", today=TODAY)
    assert {u["number"] for u in explained.unclear_parts} == {"1", "2"}
    assert not explained.reading.parts


def test_the_scottish_review_argues_each_part_from_its_own_answer():
    body = review_letter(SCOT_REVERSED, authority="Police Scotland", today=TODAY, name="Iain Ross").body
    assert re.search(r"Already published \(part 1\)", body)
    assert re.search(r"Information not held \(part 2\)", body)
    assert "Use of Force Standard Operating Procedure" in body  # the related document the answer named
    assert "gave me only part of the information" not in body
    assert not re.search(r"(?:published|Published)[^.]*\(part 2\)", body)


def test_the_review_asks_which_answer_is_for_a_part_it_cannot_pair():
    body = review_letter(MISNUMBERED, request=MISNUMBERED_REQUEST, authority="Highland Council", today=TODAY).body
    assert re.search(r"Which answer is for which part \(parts 1 and 2\)", body)
    assert "Commercial interests (part 1)" not in body and "Commercial interests (part 2)" not in body


# -- #7: every ground names the part it contests and follows from that part's answer ---------------------------------

PART_ANSWER = """Leeds City Council
Information Governance
Reference: FOI-77120
Date: 16 November 2026

Dear Ms Khan

Thank you for your request received on 12 October 2026.

1. The total spent on agency social workers in 2025/26.
Response: The Council spent £2,310,400 on agency social workers in 2025/26.

2. The amount paid to each agency.
Response: This information is held but is exempt under section 43(2) of the Freedom of Information Act 2000, as
releasing the amount paid to each agency would be likely to prejudice their commercial interests ahead of a new
tender. We consider the public interest favours withholding it. Payments over £500 are also published in our
transparency data, so section 21 applies as well.

3. Any report that sets out why agency staff were used.
Response: The Council does not hold this in a central record. Finding it would require officers to manually search
each team's case files, so we consider it not held.

If you are not satisfied you may ask for an internal review within 40 working days.
"""

PART_REQUEST = """1. The total spent on agency social workers in 2025/26.
2. The amount paid to each agency.
3. Any report that sets out why agency staff were used.
"""

FOISA_PART_ANSWER = """NHS Lothian
Date: 17 November 2026

Freedom of Information (Scotland) Act 2002 - request received 20 October 2026

Part 1 - The number of locum consultants engaged in 2025.
Response: 48 locum consultants were engaged in 2025.

Part 2 - The rate paid to each locum agency.
Response: The rates are commercially sensitive and exempt under section 33(1)(b) of the Act. They are also
published in the national framework price list, so section 25(1) applies.

Part 3 - Minutes of meetings about the use of locums.
Response: The Board does not hold minutes in one place. Locating them would require a manual search of every
directorate's files, so we consider this information not held.
"""


@pytest.mark.parametrize("reply, request_text", [(PART_ANSWER, PART_REQUEST), (PART_ANSWER, None),
                                                 (FOISA_PART_ANSWER, None)])
def test_each_contested_part_gets_its_own_ground_and_a_given_part_none(reply, request_text):
    body = review_letter(reply, request=request_text, today=TODAY, name="Sara Khan").body
    grounds = [p for p in body.split("\n\n") if re.match(r"[A-Z][^.]*\(parts? [\d ,and]+\)\.", p)]
    assert grounds, body
    assert all("part 1" not in p.split(".")[0] for p in grounds)  # part 1 was answered in full: not contested
    # published and exempt for the same part: both cannot be right
    assert re.search(r"Published and exempt at once \(part 2\)\..*Both cannot be right", body)
    # not held for want of a search: held, and the cost limit with an estimate and advice is the route
    part3 = next(p for p in grounds if p.startswith("Information not held (part 3)"))
    assert re.search(r"held by you", part3) and "estimate" in part3 and re.search(r"section 1[25]", part3)
    assert "Parts still owed. Your response did not give me all the information for part 2" in body


REVIEW_UPHELD = """Leeds City Council
Internal Review - FOI-77120
Date: 1 December 2026

Dear Ms Khan

I have reviewed the Council's use of section 43(2) and I am satisfied it was applied correctly. I therefore uphold
the original decision.
"""


def test_a_complaint_after_an_upheld_review_keeps_the_part_disclosure_and_names_parts():
    body = complaint_letter(PART_ANSWER, review=REVIEW_UPHELD, request=PART_REQUEST, authority="Leeds City Council",
                            sent=date(2026, 10, 12), received=date(2026, 11, 16), review_asked=date(2026, 11, 18),
                            today=TODAY, name="Sara Khan").body
    assert "Its decision: partly given" in body and "Its decision: refused" not in body
    assert "totals could be released" not in body  # the total was released
    assert re.search(r"- on part 2, .*already published", body)
    assert re.search(r"- on part 3, it said the information is not held because finding it", body)


# -- #8: a precedent only when it answers the same kind of question --------------------------------------------------


def _other(title: str, asked: str, outcome: Outcome = Outcome.disclosed, authority: str = "Northumbria Police"):
    return OtherAnswer(authority=authority, title=title, outcome=outcome, ncnd=False, sections=[],
                       url="https://example.org/" + re.sub(r"\W+", "-", title.lower()), asked=asked,
                       authority_type="police")


ESSEX = read_reply("We are refusing your request under section 31(1)(a) and section 24(1).")


@pytest.mark.parametrize("request_text, other, cited", [
    # a count of cameras is no precedent for where they are
    ("1. Where are the ANPR cameras located in Essex?", _other("ANPR - 580/13", "Number of fixed ANPR cameras."), False),
    ("Please list the locations of all ANPR cameras.", _other("ANPR cameras", "How many ANPR cameras does the force have?"), False),
    # the same topic and kind of record is
    ("1. How many ANPR cameras does Essex Police operate?", _other("ANPR - 580/13", "Number of fixed ANPR cameras."), True),
    # another topic with the same kind of record is not
    ("1. How many police officers are posted at each station?", _other("ANPR - 580/13", "Number of fixed ANPR cameras."), False),
    # released in part: which kind was released cannot be told
    ("1. Where are the ANPR cameras?", _other("ANPR numbers and locations", "Number and locations of ANPR cameras.",
                                                Outcome.part_disclosed), False),
])
def test_precedents_for_exemptions_must_answer_the_same_kind_of_question(request_text, other, cited):
    got = answered_differently(ESSEX, [other], "Essex Police", query=request_text)
    assert bool(got) is cited


class _Matcher:
    """A stand-in for the pack's matcher: returns one past answer about cost-limit refusals."""

    def match(self, query, authority=None, top=30):
        row = SimpleNamespace(url="https://www.gov.scot/publications/foi-cost-limit/", score=0.9, authority="Scottish Government",
                              title="FOI requests rejected due to exceeding the cost limit", outcome=Outcome.disclosed,
                              ncnd=False, sections=[], date="2024-01-01", authority_type=None, id=None)
        return SimpleNamespace(similar=[row])


@pytest.mark.parametrize("reply", [
    "We refuse this request under section 12 as it would exceed the cost limit.",
    "Dear requester, complying would exceed the appropriate limit of £450, so section 12(1) applies.",
])
def test_a_reply_that_restates_no_question_gets_no_precedent(reply):
    explained = explain_reply(reply, matcher=_Matcher(), today=TODAY)
    assert explained.answered_differently == []
    assert all(not n.answered_differently for n in explained.sections)


# -- one rule for the day the time counts from -----------------------------------------------------------------------

DATED_RECEIPT = [
    ("Thank you for your request received on 9 October 2026. We refuse it under section 43(2).\n", date(2026, 10, 9)),
    ("Date: 20 November 2026\nYour request for information, which we received on 13 October 2026, has been "
     "considered. The information is exempt under section 40(2).\n", date(2026, 10, 13)),
]


@pytest.mark.parametrize("reply, received_on", DATED_RECEIPT)
def test_explain_and_review_give_one_due_date_counted_from_the_stated_receipt(reply, received_on):
    from askfoi.deadlines import due_date, long_date
    from askfoi.models import Regime

    sent = received_on.replace(day=received_on.day - 1)  # the person says they sent it the day before
    got = date(2026, 11, 25)
    explained = explain_reply(reply, sent=sent, received=got, today=TODAY)
    late = next(s for s in explained.next_steps if s.title.startswith("The reply came late"))
    due = due_date(received_on, Regime.FOIA)
    assert late.by == due and "the day the reply says your request was received" in late.explanation
    body = review_letter(reply, sent=sent, received=got, today=TODAY).body
    assert f"required it by {long_date(due)}" in body and "the day you received my request" in body


def test_without_a_stated_receipt_both_count_from_the_day_sent():
    from askfoi.deadlines import due_date, long_date
    from askfoi.models import Regime

    reply = "Date: 25 November 2026\nThe information is exempt under section 43(2).\n"
    sent = date(2026, 10, 1)
    explained = explain_reply(reply, sent=sent, received=date(2026, 11, 25), today=TODAY)
    late = next(s for s in explained.next_steps if s.title.startswith("The reply came late"))
    assert late.by == due_date(sent, Regime.FOIA) and "the day you sent your request" in late.explanation
    body = review_letter(reply, sent=sent, received=date(2026, 11, 25), today=TODAY).body
    assert f"required it by {long_date(due_date(sent, Regime.FOIA))}" in body


def test_the_cli_explain_and_review_agree(tmp_path):
    path = tmp_path / "reply.txt"
    path.write_text(DATED_RECEIPT[0][0])
    run = lambda *a: subprocess.run([sys.executable, "-m", "askfoi.cli", *a], capture_output=True, text=True, timeout=120)  # noqa: E731
    explained = json.loads(run("explain", str(path), "--sent", "2026-10-08", "--received", "2026-11-12", "--json").stdout)
    late = next(s for s in explained["next_steps"] if s["title"].startswith("The reply came late"))
    review = run("review", str(path), "--sent", "2026-10-08", "--received", "2026-11-12").stdout
    assert late["by"] == "2026-11-06" and "Friday 6 November 2026" in review


# -- the chatbot's reply path at 80x24 -------------------------------------------------------------------------------


async def _read_on_reply_screen(pilot, app, text: str):
    """Open "I've had a reply" (F9), paste TEXT and read it; the reply screen."""
    from textual.widgets import TextArea

    from askfoi.tui.reply import ReplyScreen
    from tests._pilot import settle

    await settle(pilot)
    await pilot.press("f9")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, ReplyScreen)
    screen.query_one("#reply-text", TextArea).text = text
    await pilot.click("#reply-read")
    await settle(pilot)
    return screen


async def test_the_reply_screen_maps_a_reordered_scottish_reply_and_writes_its_review_at_80x24(tmp_path):
    from textual.widgets import Static

    from askfoi.tui.app import AskFOIApp
    from tests._pilot import settle

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _read_on_reply_screen(pilot, app, SCOT_REVERSED)
        shown = str(screen.query_one("#reply-body", Static).render()) + str(screen.query_one("#reply-message", Static).render())
        flat = " ".join(shown.split())
        assert re.search(r"Part 1: already published", flat) and re.search(r"Part 2: information not held", flat)
        assert screen.query_one("#reply-letter-review").display
        await pilot.click("#reply-letter-review")
        await settle(pilot)
        letter = " ".join(str(screen.query_one("#reply-body", Static).render()).split()) + " " + " ".join(
            str(screen.query_one("#reply-message", Static).render()).split())
        assert "Already published (part 1)" in letter and "Information not held (part 2)" in letter


async def test_the_reply_screen_counts_lateness_from_the_stated_receipt_at_80x24(tmp_path):
    from textual.widgets import Static

    from askfoi.tui.app import AskFOIApp

    reply = ("Date: 20 November 2026\nThank you for your request received on 9 October 2026.\n"
             "The information you asked for is exempt under section 43(2) of the Freedom of Information Act 2000.\n")
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _read_on_reply_screen(pilot, app, reply)
        flat = " ".join(str(screen.query_one("#reply-body", Static).render()).split())
        assert "Friday 6 November 2026" in flat and "the day the reply says your request was received" in flat
