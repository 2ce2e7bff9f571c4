"""nz79 (nc79 #13, #9, #2, #3): the reply side of the chat. A reply dated after today gets one message in the chat's
own words (no command-line option, no "could not find its date" beside it); the rest of this file is added below."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

TODAY = date(2026, 12, 6)

# replies in my own words, each dated after TODAY in a different way
AHEAD = [
    "Date: 18 December 2026\n\nDear Ms Byrne\n\nThank you for your request. We hold the figures and they are "
    "attached. We neither confirm nor deny whether we hold any other information, under section 23(5).",
    "Our reference: FOI 2026/114\n18/12/2026\n\nYour request for information has been answered in full. The "
    "figures are in the table below.\n\nYours sincerely\nInformation Access Team",
    "Date of response: 4 January 2027\n\nDear requester,\nWe have decided to refuse it under "
    "section 12 of the Freedom of Information Act 2000 because it would cost more than the appropriate limit.",
]

CLI_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]+")


def _flow():
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: TODAY, authority="Merseyside Police",
                     request="1. The number of stop and searches of people aged under 18 in 2025.")
    flow.start()
    return flow


@pytest.mark.parametrize("reply", AHEAD)
def test_a_reply_dated_ahead_gets_one_message_in_the_chats_words(reply):
    view = _flow().read(reply)
    said = " ".join(f"{view.message} {view.body}".split())
    assert "which has not come yet" in said
    assert "could not find its date" not in said and "date was not found" not in said
    assert not CLI_OPTION.search(said), CLI_OPTION.search(said)
    assert view.ask_date


@pytest.mark.parametrize("reply", [AHEAD[0].replace("18 December 2026", "18 November 2026"),
                                   AHEAD[1].replace("18/12/2026\n", "")])
def test_guard_no_command_line_option_in_the_chats_reply_panel(reply):
    """guard (passes on main too): a dated or undated reply's panel names no command-line option"""
    view = _flow().read(reply)
    assert not CLI_OPTION.search(f"{view.message} {view.body}")


def test_guard_the_cli_still_names_its_option_for_a_reply_dated_ahead():
    """guard: `explain` (no chat) keeps its one line with --received"""
    from askfoi.reply_explain import explain_reply, explanation_text

    text = explanation_text(explain_reply(AHEAD[0], today=TODAY))
    assert "which is in the future" in text and "--received" in text


def test_a_holding_reply_with_no_sent_day_asks_for_it_in_the_chats_words():
    """the same class: the step that needs the day the request was sent names no command-line option in the chat"""
    view = _flow().read("Date: 1 December 2026\n\nWe acknowledge your request for information. We will respond "
                        "within 20 working days.")
    said = " ".join(f"{view.message} {view.body}".split())
    assert "Tell askfoi in the chat the day you sent it" in said
    assert not CLI_OPTION.search(said), CLI_OPTION.search(said)


# --- #9: "can I complain to the ICO?" after a reply was read ----------------------------------------------------------
def _sent_letter(tmp_path, first, body, sent="8 october"):
    from askfoi.conversation import Conversation, Step
    from askfoi.tracking import TrackStore

    conv = Conversation()
    conv.today = lambda: TODAY
    conv.tracker = TrackStore(tmp_path / "tracked.json")
    for answer in (first, body, "ok", "ok", "ok", "ok", "skip", "Pat Quinn", "skip", "skip"):
        if conv.session.step == Step.done:
            break
        conv.reply(answer)
    assert conv.session.step == Step.done
    conv.reply(f"sent {sent}")
    return conv


def _read_on_the_reply_screen(conv, reply, after_review=False):
    """what the TUI does when the reply screen closes (askfoi/tui/app.py _tell_reply_seen)"""
    from askfoi.reply_flow import ReplyFlow
    from askfoi.tui.app import _tell_reply_seen

    flow = ReplyFlow(today=lambda: TODAY, authority=conv.session.authority, request=conv.letter_text(),
                     sent=conv.session.sent_on)
    flow.start()
    flow.read(reply)
    if after_review:
        flow.mark_review(True)
    _tell_reply_seen(conv, flow)


def _said(turn):
    return " ".join(" ".join(m.text for m in turn.messages).split())


NCND_REPLY = ("Date: 2 December 2026\n\nDear Pat Quinn\n\nWe have answered your questions about stop and search below. "
              "The figures are attached. In respect of covert phone monitoring equipment, Merseyside Police neither "
              "confirms nor denies that it holds any information, by virtue of sections 23(5), 24(2), 30(3) and 31(3) "
              "of the Freedom of Information Act 2000.")


@pytest.mark.parametrize("asked", [
    "can i just complain to the ico about the phone tracking bit instead, i dont trust them to review it themselves",
    "can i go straight to the information commissioner about this?",
    "is it time to complain to the ico now?",
])
def test_asking_to_complain_after_a_reply_was_read_goes_to_review_first(tmp_path, asked):
    conv = _sent_letter(tmp_path, "how many stop and searches of under 18s did you do in 2025, and do you use imsi "
                                  "catchers", "Merseyside Police")
    _read_on_the_reply_screen(conv, NCND_REPLY)
    said = _said(conv.reply(asked))
    assert said.startswith("Not yet") and "internal review" in said
    assert "has not come" not in said and "as you did" not in said and "no reply at all" not in said
    assert "neither confirm nor deny" in said


def test_after_a_review_outcome_the_ico_is_next(tmp_path):
    conv = _sent_letter(tmp_path, "how many fixed penalty notices for littering did you issue in 2025",
                        "Derby City Council")
    _read_on_the_reply_screen(conv, "Date: 1 December 2026\n\nInternal review outcome. I have reviewed the handling "
                              "of your request and uphold the decision to refuse it under section 12 of the Freedom "
                              "of Information Act 2000.", after_review=True)
    said = _said(conv.reply("can i complain to the ico now?"))
    assert said.startswith("Yes") and "six weeks" in said and "has not come" not in said


def test_a_scottish_reply_read_goes_to_a_review_of_the_reply(tmp_path):
    conv = _sent_letter(tmp_path, "how many fixed penalty notices for littering did you issue in 2025",
                        "Dundee City Council")
    _read_on_the_reply_screen(conv, "Date: 1 December 2026\n\nWe refuse your request under section 12 of the Freedom "
                              "of Information (Scotland) Act 2002 as the cost of complying would exceed £600.")
    said = _said(conv.reply("can i complain to the commissioner now?"))
    assert "has replied" in said and ("section 20" in said or "regulation 16" in said) and "failure to reply" not in said


def test_no_chaser_is_said_to_have_been_sent_when_none_was(tmp_path):
    conv = _sent_letter(tmp_path, "how many fixed penalty notices for littering did you issue in 2025",
                        "Derby City Council")
    said = _said(conv.reply("can i complain to the ico now?"))
    assert said.startswith("Yes") and "as you did" not in said
