"""nr97 (nc97 #4): the review letter never states as a fact what the reader could not work out ("the answers are not
labelled to match them" was false of a reply numbered exactly like its request): it asks the authority to say which
answer is for which part. And when the reply's date is read from the reply itself (a disclosure log's publication date),
the screen says which date the review's time was counted from and that the box takes the day it really came. The reply
is written for these tests, laid out as a published response (no page's text)."""

from __future__ import annotations

from datetime import date

from askfoi.reply_flow import ReplyFlow, ReplyStep
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import read_reply, settle

TODAY = date(2026, 12, 7)
LOGGED = ("Freedom of information response\n\nBus shelter repairs\n\nPublication date: Tuesday 4 November 2026\nRequest:\n\n"
          "Please could you provide the following for the last three years:\n"
          "1.  The council's spending on bus shelter repairs, split by in-house and contractor work\n"
          "2.  Please list the contractors used to repair bus shelters\n"
          "3.  The amount paid to each contractor\n"
          "4.  The number of shelters repaired each year by contractor\n\n"
          "Response:\n\n1.\nYear / Spending (£)\n[2023-24] £41,300\n[2024-25] £44,950\n[2025-26] £39,120\n\n"
          "2. Details of contracts awarded are published in our Contracts Register on the council's website.\n\n"
          "3. This information is commercially sensitive because it relates to individual contractors.\n\n"
          "4. Our system does not keep historic repair records by contractor.\n\nSection 43 - Commercial Interests\n")
SIGNED = ("Dear Ms Patel\n\nThank you for your request of 6 October 2026. I can confirm the council holds the information. "
          "The council spent £12,400 on the festive lights in 2025/26. The amount paid to each supplier is withheld under "
          "section 43(2) (commercial interests).\n\nYours sincerely\nInformation Governance\n"
          "3 November 2026\n")


def _flow(text: str) -> tuple[ReplyFlow, str]:
    flow = ReplyFlow(today=lambda: TODAY)
    flow.start()
    return flow, flow.read(text).message


def test_the_review_letter_asks_which_answer_is_for_which_part_and_states_nothing_false():
    flow, _ = _flow(LOGGED)
    body = flow.write("review").body
    assert "not labelled" not in body and "I cannot tell from your response" not in body
    if "Which answer is for which part" in body:  # what the reader could not match is asked
        assert "Please confirm, for " in body and "which of your answers deals with it" in body


def test_a_publication_date_read_from_the_reply_is_said_with_the_box_to_correct_it():
    _, said = _flow(LOGGED)
    assert "counted from Wednesday 4 November 2026, the publication date in the reply" in said
    assert "type that day in the box below" in said


def test_a_signed_date_read_from_the_reply_is_said_as_its_date():
    _, said = _flow(SIGNED)
    assert "counted from Tuesday 3 November 2026, the date in the reply" in said
    assert "publication date" not in said


def test_guard_a_day_the_person_typed_is_not_said_as_read_from_the_reply():
    flow, _ = _flow(LOGGED)
    said = flow.set_received(date(2026, 11, 10)).message
    assert "in the reply: if it reached you" not in said and "publication date" not in said
    assert "Tuesday 10 November 2026" in said


async def test_at_80x24_the_reply_screen_says_which_date_it_counted_from(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await read_reply(pilot, LOGGED)
        await settle(pilot)
        assert screen.flow.step == ReplyStep.result
        shown = " ".join(str(screen.query_one("#reply-message").render()).split())
        assert "the publication date in the reply" in shown and "type that day in the box below" in shown
