"""lt102 (issue 10): after the reply. The reply screen, the bot and the letters name a body with the article its name
needs, through one function (askfoi.templates.said); a whole cost refusal's review leads with the narrowed request;
one law per environmental request when the reply names none; FOISA s35(1)'s purposes named; the ICO's power to
refuse a complaint (FOIA s50(2)(a), (b)) said where it applies. Every reply, request and message here is my own
words."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from _pilot import say, settle
from textual.widgets import Static

from askfoi.followup import in_sentence
from askfoi.reply_flow import ReplyFlow
from askfoi.templates import said
from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen

TODAY = date(2026, 12, 7)


def _flat(text: str) -> str:
    return " ".join(str(text).split())


# -- 1. a body's name in running text ----------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, said_as", [
    ("Driver and Vehicle Licensing Agency 14/10/2026", "request to the Driver and Vehicle Licensing Agency:"),
    ("Home Office 2/10/2026", "request to the Home Office:"),
    ("Environment Agency 3/11/2026", "request to the Environment Agency:"),
])
def test_the_tracked_line_gives_the_body_its_article(typed, said_as):
    flow = ReplyFlow(today=lambda: TODAY, tracker=None, clinic=True)
    view = flow.track(typed)
    assert said_as in _flat(view.message), view.message


@pytest.mark.parametrize("typed, said_as", [
    ("Leeds City Council 14/10/2026", "request to Leeds City Council:"),
    ("Kent Police 2/10/2026", "request to Kent Police:"),
])
def test_guard_names_that_take_no_article_are_said_as_they_are(typed, said_as):
    flow = ReplyFlow(today=lambda: TODAY, tracker=None, clinic=True)
    assert said_as in _flat(flow.track(typed).message)


def test_the_review_asked_line_and_the_paste_line_give_the_article():
    flow = ReplyFlow(today=lambda: TODAY, tracker=None, clinic=True)
    said_line = _flat(flow.track("Home Office review asked 01/09/2026").message)
    assert said_line.startswith("You asked the Home Office for an internal review"), said_line
    flow = ReplyFlow(today=lambda: TODAY, authority="Office of Rail and Road", tracker=None)
    assert "Paste the reply from the Office of Rail and Road below" in _flat(flow.start().message)
    flow = ReplyFlow(today=lambda: TODAY, authority="Bristol City Council", tracker=None)
    assert "Paste the reply from Bristol City Council below" in _flat(flow.start().message)


def test_one_function_names_a_body_in_the_letters_and_on_the_screens():
    # the pack's "the ..." aliases were heard only by the letters (followup.in_sentence); the screens now hear them too
    for name in ("British Transport Police", "National Trust", "Home Office", "Kent Police", "Leeds City Council"):
        assert said(name) == in_sentence(name), name
    assert said("British Transport Police") == "the British Transport Police"


async def test_at_80x24_the_reply_screen_tracks_the_home_office_with_its_article(tmp_path):
    message = ("i sent the home office an foi on 2 october asking how much they spent on hotels for asylum seekers in "
               "2025 and they never replied. can you help me chase them")
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await say(pilot, message)  # the chat opens the reply screen for a request that was never answered
        for _ in range(40):
            if isinstance(app.screen, ReplyScreen):
                break
            await asyncio.sleep(0.25)
            await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReplyScreen)
        await settle(pilot)
        screen.query_one("#reply-track").press()
        await settle(pilot)
        shown = _flat(screen.query_one("#reply-message", Static).render())
        assert "the Home Office" in shown and "to Home Office" not in shown, shown


# -- 2. a whole cost refusal: the review leads with the narrower request, made as a new request -----------------------

from askfoi.followup import review_letter  # noqa: E402

POTHOLES_REQUEST = """Dear Northshire County Council,

Please provide the following information for the period 1 January 2020 to 31 December 2024:
1. The number of complaints you received about potholes on B roads.
2. The number of those complaints that led to a repair within 28 days.
3. The total amount paid in compensation claims for vehicle damage caused by potholes.

Yours faithfully,
Ann Hale"""
POTHOLES_REFUSAL = """Our ref: FOI 4471
Date: 3 November 2026

Dear Ms Hale,

Thank you for your request of 6 October 2026.

We estimate that the cost of complying with your request would exceed the appropriate limit of £450. Complaints are
logged by location, not by road class, so each of around 9,000 complaint records would need to be read to find those
about B roads. At two minutes a record this would take 300 hours. We are therefore refusing your request under section 12
of the Freedom of Information Act 2000.

Yours sincerely,
Information Governance Team"""
GRANTS_REFUSAL = """Our ref: IR 118

Dear Mr Mensah,

You asked:
1. How many small business grants did the council award in each year from 2019 to 2025?
2. What was the total value of the grants awarded to businesses in the town centre?

Grant files are held on paper in the business team's archive and are not indexed by location, so each of some 4,000
files would have to be taken out and read. We estimate this at well over 18 hours, so section 12 of the Freedom of
Information Act 2000 applies and we are unable to answer your request.

Yours sincerely,
Business Support Team"""


def _paragraphs(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


def test_a_whole_cost_refusal_leads_with_the_narrower_request_in_the_requests_words():
    body = review_letter(POTHOLES_REFUSAL, request=POTHOLES_REQUEST, authority="Northshire County Council",
                         today=TODAY, received=date(2026, 11, 3), sent=date(2026, 10, 6)).body
    paras = _paragraphs(body)
    assert paras[2].startswith("A narrower request first."), paras[:4]
    assert "new request" in paras[2] and "section 12" in paras[2]
    items = paras[3].splitlines()
    assert len(items) == 3 and "potholes on B roads" in items[0] and "repair within 28 days" in items[1], items
    assert "compensation claims" in items[2]
    after = paras[4]
    assert "own 20 working days" in after and "section 16" in after, after
    assert body.index("A narrower request first.") < body.index("The cost estimate.")
    assert "If the estimate stands, please treat this" not in body  # the narrower request is said once


def test_a_whole_cost_refusal_with_no_request_narrows_the_questions_the_reply_quotes():
    body = review_letter(GRANTS_REFUSAL, today=TODAY, received=date(2026, 11, 20)).body
    lead = body.split("A narrower request first.", 1)
    assert len(lead) == 2, body
    block = lead[1].split("\n\n")[1].splitlines()
    assert len(block) == 2 and "small business grants" in block[0] and "town centre" in block[1], block
    assert "in between" not in block[0] and "between 1 January 2025 and 31 December 2025" in block[0], block


def test_guard_a_cost_refusal_of_one_part_keeps_the_estimate_first():
    reply = """Dear Ms Hale,

1. We received 412 complaints about potholes on B roads.
2. 301 of those complaints led to a repair within 28 days.
3. Compensation claims are held in individual insurance files, and finding those about potholes would mean reading
some 9,000 files, which would exceed the appropriate limit. We are therefore refusing this part under section 12.

Yours sincerely,
Information Governance Team"""
    body = review_letter(reply, request=POTHOLES_REQUEST, authority="Northshire County Council", today=TODAY,
                         received=date(2026, 11, 3)).body
    assert "A narrower request first." not in body, body


# -- 3. one law per request: an environmental request's reply that names no law ---------------------------------------

AIR_REQUEST = """Dear Eastvale District Council,

Under the Environmental Information Regulations 2004, please provide:
1. The nitrogen dioxide readings from every diffusion tube on Station Road for each month of 2025.
2. Any report on air quality near Station Road Primary School written since 1 January 2024.

Yours faithfully,
Ruth Adey"""
AIR_REPLY = """Dear Ms Adey,

Thank you for your request of 5 October 2026.

1. The monthly readings for the Station Road tubes are attached.
2. We do not hold any report on air quality near Station Road Primary School.

Yours sincerely,
Environmental Health"""


def _air_flow() -> ReplyFlow:
    return ReplyFlow(today=lambda: TODAY, authority="Eastvale District Council", request=AIR_REQUEST,
                     sent=date(2026, 10, 5), tracker=None)


def test_a_reply_naming_no_law_is_explained_under_the_law_the_request_was_made_under():
    flow = _air_flow()
    view = flow.read(AIR_REPLY)
    assert flow.explained.law == "EIR"
    screen = _flat(view.message) + " " + _flat(view.body or "")
    assert "reconsideration" in screen and "section 10 of the Freedom of Information Act" not in screen, screen
    flow.write("review")
    assert "regulation 11 of the Environmental Information Regulations 2004" in flow.letter.body


def test_guard_a_reply_that_names_the_act_keeps_the_act_and_a_non_environmental_request_stays_foia():
    flow = _air_flow()
    flow.read(AIR_REPLY.replace("Thank you for your request of 5 October 2026.",
                                "Thank you for your request of 5 October 2026, which we have dealt with under the "
                                "Freedom of Information Act 2000."))
    assert flow.explained.law == "FOIA"
    flow = ReplyFlow(today=lambda: TODAY, authority="Eastvale District Council", tracker=None, sent=date(2026, 10, 5),
                     request="Dear Eastvale District Council,\n\nPlease provide:\n1. The number of staff employed in "
                             "the council's payroll team in 2025.\n2. The cost of the payroll software contract in "
                             "2025.\n\nYours faithfully,\nRuth Adey")
    flow.read("Dear Ms Adey,\n\n1. Nine staff.\n2. We do not hold this information.\n\nYours sincerely,\nHR")
    assert flow.explained.law == "FOIA"


# -- 4. the purposes of FOISA s35(1) (and FOIA s31(1)'s other six) named as s31(1)(a)-(c)'s are -----------------------

from askfoi.reply_explain import explain_reply, explanation_text, section_note  # noqa: E402

FOISA_REPLY = """Our ref: IM-FOI-2026-1188
Date: 2 December 2026

Dear Mr Baird,

You asked how many speed cameras operate on the A9 and where each is sited.

The number of cameras is 11. The locations of the cameras are withheld under section 35(1) of the Freedom of
Information (Scotland) Act 2002, as disclosure would allow offenders to avoid them. The public interest in withholding
the locations outweighs that in disclosure.

Yours sincerely,
Information Management"""


@pytest.mark.parametrize("section, title", [
    ("FOISA 35(1)(a)", "prevention or detection of crime"),
    ("FOISA 35(1)(c)", "administration of justice"),
    ("FOISA 35(1)(f)", "security and good order in prisons"),
    ("FOISA 35(1)(g)", "regulatory and investigatory functions"),
    ("31(1)(e)", "immigration controls"),
    ("31(1)(g)", "regulatory and investigatory functions"),
])
def test_each_law_enforcement_purpose_has_its_own_meaning(section, title):
    note = section_note(section)
    assert note.title == title and note.test == "qualified", note


def test_a_foisa_reply_citing_a_purpose_is_explained_by_that_purpose():
    text = FOISA_REPLY.replace("section 35(1) of", "section 35(1)(f) of").replace("speed cameras operate on the A9",
                                                                                  "cells hold more than two prisoners")
    shown = _flat(explanation_text(explain_reply(text, authority="Scottish Prison Service", today=TODAY)))
    assert "security and good order in prisons" in shown and "substantially" in shown, shown
    assert "section 35(1)(f) of FOISA: law enforcement" not in shown


def test_a_bare_foisa_35_1_review_asks_which_purpose_and_a_substantial_harm():
    body = _flat(review_letter(FOISA_REPLY, authority="Police Service of Scotland", today=TODAY).body)
    assert "paragraphs (a) to (h)" in body and "prejudice it substantially" in body, body


def test_guard_a_bare_foia_31_1_still_lists_nine_purposes_and_no_substantial_test():
    reply = FOISA_REPLY.replace("section 35(1) of the Freedom of\nInformation (Scotland) Act 2002",
                                "section 31(1) of the Freedom of\nInformation Act 2000")
    body = _flat(review_letter(reply, authority="Kent Police", today=TODAY).body)
    assert "paragraphs (a) to (i)" in body and "prejudice it substantially" not in body, body


# -- 5. the ICO may refuse a complaint with no review (s50(2)(a)) or after undue delay (s50(2)(b)) ---------------------

from askfoi.followup import complaint_letter  # noqa: E402
from askfoi.models import Outcome, Regime  # noqa: E402
from askfoi.next_steps import next_steps  # noqa: E402

CCTV_REPLY = """Dear Mr Cole,

Your request asked for the locations of the council's mobile CCTV cameras. This information is withheld under section
31(1)(a) of the Freedom of Information Act 2000, as disclosure would help offenders avoid the cameras.

Yours sincerely,
Information Governance"""
CCTV_REVIEW = """Date: 1 September 2026

Dear Mr Cole,

Internal review outcome. I have reviewed the council's response to your request about mobile CCTV cameras. I uphold the
decision to withhold the locations under section 31(1)(a).

Yours sincerely,
Head of Legal"""


def _said(steps) -> str:
    return " ".join(f"{s.title} {s.explanation}" for s in steps)


def test_after_the_review_the_ico_six_weeks_passed_says_undue_delay():
    said = _said(next_steps(Outcome.refused, Regime.FOIA, received=date(2026, 9, 1), today=TODAY, after_review=True))
    assert "undue delay" in said and "section 50(2)(b)" in said, said
    said = _said(next_steps(Outcome.refused, Regime.EIR, received=date(2026, 9, 1), today=TODAY, after_review=True))
    assert "section 50(2)(b)" in said and "regulation 18" in said, said


def test_guard_after_the_review_in_time_or_in_scotland_no_undue_delay():
    said = _said(next_steps(Outcome.refused, Regime.FOIA, received=date(2026, 11, 30), today=TODAY, after_review=True))
    assert "undue delay" not in said, said
    said = _said(next_steps(Outcome.refused, Regime.FOISA, received=date(2026, 9, 1), today=TODAY, after_review=True,
                            scotland=True))
    assert "50(2)" not in said, said


def test_a_review_time_run_out_names_both_grounds_the_ico_may_refuse_on():
    said = _said(next_steps(Outcome.refused, Regime.FOIA, received=date(2026, 6, 1), today=TODAY))
    assert "section 50(2)(a)" in said and "section 50(2)(b)" in said, said


def test_the_reply_screen_says_a_complaint_without_a_review_may_be_refused():
    flow = ReplyFlow(today=lambda: TODAY, authority="Northshire County Council", tracker=None)
    view = flow.read(CCTV_REPLY)
    assert "section 50(2)(a)" in _flat(view.message), view.message


def test_a_complaint_after_the_six_weeks_is_cautioned_and_one_in_time_is_not():
    late = complaint_letter(CCTV_REPLY, review=CCTV_REVIEW, authority="Northshire County Council", today=TODAY,
                            sent=date(2026, 7, 1), received=date(2026, 7, 20))
    assert late.caution and "section 50(2)(b)" in late.caution and "[SAY WHY]" in late.body, late.caution
    in_time = complaint_letter(CCTV_REPLY, review=CCTV_REVIEW.replace("1 September 2026", "30 November 2026"),
                               authority="Northshire County Council", today=TODAY, sent=date(2026, 7, 1),
                               received=date(2026, 7, 20))
    assert not in_time.caution, in_time.caution


def test_a_whole_cost_refusal_with_nothing_to_narrow_leads_with_the_advice_asked_once():
    # no request given and no question quoted: no narrower request can be set out, so the advice comes first, once
    body = review_letter(POTHOLES_REFUSAL, authority="Northshire County Council", today=TODAY,
                         received=date(2026, 11, 3)).body
    paras = _paragraphs(body)
    assert paras[2].startswith("What I can ask for instead."), paras[:4]
    assert "Section 16 of the Freedom of Information Act 2000" in paras[2] and "within the limit" in paras[2]
    assert body.index("What I can ask for instead.") < body.index("The cost estimate.")
    assert body.count("advice and assistance") + body.count("Advice and assistance") == 1, body
