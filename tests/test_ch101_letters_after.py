"""ch101 (nc101 #2, #8, #9; issue 10): the letters after a request never cut the person's request in the middle of a
phrase or a bracket, and name a body with the article its name needs; a reply's own date is read in the short forms
replies use ("Date of response: 15/04/15"), and an old reply is told plainly that the time for a review has passed;
a cost refusal's review answers the reason the reply gave for the work. The DVLA message and the s12 reason are the
newcomer's (nc101 r1b, r1); every other topic, reply and sentence is my own words."""

from __future__ import annotations

import asyncio
import re
from datetime import date

import pytest
from textual.widgets import Input

from askfoi.followup import estimate_facts, in_sentence, review_letter
from askfoi.models import Outcome, Regime
from askfoi.next_steps import next_steps
from askfoi.reply_explain import explain_reply, reply_date
from askfoi.reply_flow import ReplyFlow
from askfoi.reply_request import plain_topic
from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen

TODAY = date(2026, 12, 7)
DVLA = "Driver and Vehicle Licensing Agency"
DVLA_TOPIC = ("for the number of people whose licence was taken away for medical reasons (1 January 2025 to "
              "31 December 2025)")
# my own words: long topics whose end is a bracket (a period, a financial year, a qualifier that is no period)
LONG_TOPICS = [
    "for copies of the minutes of every meeting of the planning committee about the Riverside development "
    "(1 April 2023 to 31 March 2024)",
    "how many children were placed in unregistered children's homes outside the county by the council "
    "(1 January 2024 to 31 December 2024)",
    "for the total spent on agency social workers in the children's services department each month "
    "(excluding bank staff and locums)",
]


def _balanced(text: str) -> bool:
    return all(line.count("(") == line.count(")") for line in text.splitlines())


def _flow_letter(topic: str, kind: str, authority: str = DVLA) -> tuple[str, str]:
    flow = ReplyFlow(today=lambda: TODAY, topic=topic, waiting=True, clinic=True)
    flow.track(f"{authority} 15/10/2026")
    if kind == "complain":  # as nc101 did: the chaser first, so the complaint encloses the reminder
        flow.write("chase")
    flow.write(kind)
    return flow.letter.subject, flow.letter.body


# -- r1b: the request is never cut inside a bracket ------------------------------------------------------------------

def test_the_dvla_chaser_says_the_request_whole_and_its_subject_says_the_period_short():
    subject, body = _flow_letter(DVLA_TOPIC, "chase")
    flat = " ".join(body.split())
    assert "It asked for the number of people whose licence was taken away for medical reasons (1 January 2025 to " \
           "31 December 2025)." in flat
    assert subject.endswith(": the number of people whose licence was taken away for medical reasons, 2025"), subject
    assert _balanced(subject) and _balanced(body)


def test_the_dvla_complaint_says_the_request_whole_and_the_body_with_its_article():
    subject, body = _flow_letter(DVLA_TOPIC, "complain")
    flat = " ".join(body.split())
    assert "how the Driver and Vehicle Licensing Agency dealt with my request for the number of people whose licence " \
           "was taken away for medical reasons (1 January 2025 to 31 December 2025), made under" in flat
    assert re.search(r"- my request of Thursday 15 October 2026 for the number of people whose licence was taken away "
                     r"for medical reasons \(1 January 2025 to 31 December 2025\)[;.]", flat)
    assert "my reminder to the Driver and Vehicle Licensing Agency of Monday 7 December 2026." in flat
    assert subject == "Complaint about the Driver and Vehicle Licensing Agency's handling of my FOIA request"
    assert _balanced(body)


@pytest.mark.parametrize("topic", LONG_TOPICS)
@pytest.mark.parametrize("kind", ["chase", "complain"])
def test_long_topics_of_my_own_are_never_cut_inside_a_bracket(topic, kind):
    subject, body = _flow_letter(topic, kind, "Kent County Council")
    assert _balanced(subject) and _balanced(body), (subject, body)
    inner = topic[topic.rindex("(") + 1:-1]
    assert inner in " ".join(body.split())  # the bracket said whole in the letter
    assert not re.search(r"\(\S[^)]*$", subject)


def test_the_subject_says_a_financial_year_short_and_drops_a_bracket_that_is_no_period():
    from askfoi.followup import short_title

    assert short_title("the number of children placed in homes outside the county (1 April 2023 to 31 March 2024)"
                       ) == "the number of children placed in homes outside the county (1 April 2023 to 31 March 2024)"
    said = short_title(LONG_TOPICS[0][4:])
    assert said == "copies of the minutes of every meeting of the planning committee, 2023/24", said
    said = short_title(LONG_TOPICS[2][4:])
    assert said == "the total spent on agency social workers in the children's services department each month"


def test_a_cut_that_would_fall_inside_a_bracket_is_made_before_it():
    text = ("the number of complaints about noise (from pubs, clubs, building sites and late-night takeaways in the "
            "town centre and the harbour area) and how each was resolved by the environmental health team")
    said = plain_topic(text)
    assert said.count("(") == said.count(")"), said
    assert len(said) <= 93


def test_guard_a_short_topic_and_a_story_clause_are_unchanged():
    assert plain_topic("for the number of parking fines given out (1 January 2024 to 31 December 2024)") == \
        "for the number of parking fines given out (1 January 2024 to 31 December 2024)"
    cut = plain_topic("for the number of operations cancelled in 2025 because no bed was available, and then the "
                      "surgeon left and nobody told us anything at all about it")
    assert cut == "for the number of operations cancelled in 2025 because no bed was available", cut


def test_guard_names_that_take_no_article_keep_none():
    assert in_sentence("Kent Police") == "Kent Police"
    assert in_sentence("Leeds City Council") == "Leeds City Council"
    assert in_sentence(DVLA) == "the Driver and Vehicle Licensing Agency"
    assert in_sentence("Environment Agency") == "the Environment Agency"
    _, body = _flow_letter("for the number of potholes repaired in 2025", "complain", "Leeds City Council")
    assert "how Leeds City Council dealt with" in " ".join(body.split())


async def test_at_80x24_the_dvla_chaser_from_a_story_is_whole(tmp_path):
    message = ("my brother emailed the DVLA on 15 october asking how many people had their licence taken away for "
               "medical reasons in 2025 and they never replied. can you help me chase them")
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.query_one("#prompt", Input).value = message
        await pilot.press("enter")
        for _ in range(40):
            await pilot.pause()
            await app.workers.wait_for_complete()
            if isinstance(app.screen, ReplyScreen):
                break
            await asyncio.sleep(0.25)
        screen = app.screen
        assert isinstance(screen, ReplyScreen)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "15/10/2026" in screen.query_one("#reply-sent", Input).value
        screen.query_one("#reply-track").press()
        await pilot.pause()
        await pilot.press("ctrl+e")
        await pilot.pause()
        await app.workers.wait_for_complete()
        letter = screen.flow.letter
        assert letter is not None and "Overdue" in letter.subject
        assert _balanced(letter.subject) and _balanced(letter.body), (letter.subject, letter.body)
        assert "(1 January 2025." not in letter.body and "to 3\n" not in letter.subject + "\n"


# -- r2: the reply's own date, and an old reply -----------------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("Ref 118/15\nDate of response: 15/04/15\nDear Mr Shah,\nThe information is attached.", date(2015, 4, 15)),
    ("Date: 3/11/26\n\nDear Ms Rowe,\nPlease find our answer below.", date(2026, 11, 3)),
    ("Our ref: FOI 2207\nDate: 15th April 2015\nDear Sir,\nWe do not hold it.", date(2015, 4, 15)),
])
def test_the_reply_date_is_read_in_the_short_forms_replies_use(text, day):
    assert reply_date(text) == day


def test_guard_a_paragraph_number_is_no_date():
    assert reply_date("Dear Sir,\nAs paragraph 3.1.12 of our policy says, we do not hold it.") is None


OLD_REPLY = ("Freedom of Information request 204/15\nDate of request: 02/03/15\nDate of response: 27/03/15\n"
             "Dear Ms Okafor,\nThank you for your email dated 2 March 2015 about speed cameras.\n"
             "1. There are 14 fixed cameras.\n2. The locations are withheld under section 31(1)(a) of the Act, as "
             "disclosing them would help offenders avoid detection.\nYours sincerely,\nDisclosure Unit")


def test_an_old_dated_reply_says_the_review_time_ran_out_and_the_ico_may_refuse_delay():
    steps = explain_reply(OLD_REPLY, today=TODAY).next_steps
    said = " ".join(f"{s.title} {s.explanation}" for s in steps)
    assert "ran out on" in said and "2015" in said
    assert "2027" not in said
    assert "undue delay" in said and "section 50(2)(b)" in said


def test_an_undated_old_reply_says_the_time_has_probably_passed_not_thousands_of_days():
    undated = OLD_REPLY.replace("Date of response: 27/03/15\n", "")
    said = " ".join(f"{s.title} {s.explanation}" for s in explain_reply(undated, today=TODAY).next_steps)
    assert "has probably passed" in said, said
    assert "if it came today, that is" not in said
    assert "If the reply came only recently" in said


def test_guard_an_undated_recent_reply_counts_to_today_and_offers_the_review():
    steps = next_steps(Outcome.refused, Regime.FOIA, sent=date(2026, 10, 15), today=TODAY)
    said = " ".join(f"{s.title} {s.explanation}" for s in steps)
    assert "if it came today, that is" in said and "probably passed" not in said
    assert "Ask for an internal review by" in said and "undue delay" not in said


def test_guard_a_dated_reply_in_time_offers_the_review_by_its_day():
    steps = next_steps(Outcome.refused, Regime.FOIA, sent=date(2026, 10, 1), received=date(2026, 10, 28), today=TODAY)
    said = " ".join(f"{s.title} {s.explanation}" for s in steps)
    assert "Ask for an internal review by" in said and "undue delay" not in said and "probably" not in said


# -- r1: the s12 review answers the reply's own reason ---------------------------------------------------------------

HBBC_REASON = ("I can confirm that the information is held by the council, but is not held on a database with the "
               "possibility of extracting the data. To retrieve the information, our officers would have to manually "
               "search through twelve months of separate invoices to locate information in relation to the items "
               "mentioned in your request.")
MY_S12 = ("Dear Mr Adeyemi,\nWe estimate that answering your request would exceed the appropriate limit of 18 hours "
          "under section 12 of the Freedom of Information Act. Exclusions are not recorded centrally, and each "
          "pupil's file would have to be read by hand to find the reason given. We are therefore not obliged to "
          "answer your request.\nYours sincerely,\nInformation Governance")


def test_the_reason_the_reply_gives_for_the_work_is_read():
    assert estimate_facts(HBBC_REASON)["by_hand"].startswith("To retrieve the information, our officers would have to")
    assert "read by hand" in estimate_facts(MY_S12)["by_hand"]


@pytest.mark.parametrize("reply", [
    "Dear A R Shaw,\nUnfortunately, on this occasion I find the request to be exempt by virtue of Section 12 of the "
    "FOIA; the cost of compliance exceeds the appropriate limit.\n" + HBBC_REASON + "\nYours sincerely,\nFOI Officer",
    MY_S12,
])
def test_the_s12_review_answers_that_reason_and_asks_for_a_narrower_request(reply):
    body = " ".join(review_letter(reply, today=TODAY, received=date(2026, 11, 20)).body.split())
    assert "system that can be searched or reported on" not in body
    assert "Your response explained: \"" in body
    assert "how many records that search would cover" in body
    assert "shorter period" in body


def test_guard_a_bare_s12_refusal_keeps_the_general_question():
    reply = ("Dear Ms Lee,\nWe estimate that it would exceed the appropriate limit under section 12 of the Freedom of "
             "Information Act to answer your request, so we are not obliged to comply with it.\nYours sincerely,\nFOI Team")
    body = " ".join(review_letter(reply, today=TODAY, received=date(2026, 11, 20)).body.split())
    assert "system that can be searched or reported on" in body
    assert "Your response explained" not in body


def test_the_reply_screen_says_an_undated_old_reply_is_probably_past_its_review_time():
    flow = ReplyFlow(today=lambda: TODAY, clinic=True)
    message = flow.read(OLD_REPLY.replace("Date of response: 27/03/15\n", "")).message
    assert "If it reached you when it was due, the usual time to ask it to look again (a review) ended on" in message
    assert "If it came only now, you can ask by Thursday 4 February 2027" in message
    dated = ReplyFlow(today=lambda: TODAY, clinic=True).read(OLD_REPLY).message  # guard: a dated reply as before
    assert "The usual time to ask it to look again (a review) ended on" in dated and "If it came only now" not in dated
