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


# --- #2: the policy exemption argued on its own terms; a subject word adds only where it bears on the exemption -----
POLICY_REPLIES = [
    # a Welsh Government style reply: 35(1)(a) and (b)
    ("Date: 1 December 2026\n\nWe hold emails between the Cabinet Secretary and officials about the schools budget. "
     "They are withheld under section 35(1)(a) and section 35(1)(b) of the Freedom of Information Act 2000. We have "
     "considered the public interest and concluded that it favours withholding them.",
     "1. Emails sent or received by the Cabinet Secretary for Education about school funding in 2025.", True),
    # a department: 35(1)(b) alone, about pupils' exam grading
    ("Date: 30 November 2026\n\nThe letters between the Secretary of State and the Chancellor about the grading of "
     "pupils' exams are exempt under section 35(1)(b) (Ministerial communications). The public interest in "
     "maintaining the exemption outweighs that in disclosure.",
     "1. Letters between ministers about exam grading for pupils in 2025.", True),
    # 35(1)(a) alone, about a children's nursery funding formula
    ("Date: 27 November 2026\n\nThe advice to ministers on the nursery funding formula is withheld under section "
     "35(1)(a) of the Act. The public interest favours maintaining the exemption.",
     "1. The advice given to ministers on the funding formula for nursery places for children.", False),
]


@pytest.mark.parametrize("reply,request_text,ministerial", POLICY_REPLIES)
def test_a_policy_refusal_is_argued_on_the_policys_stage_never_on_a_topic_word(reply, request_text, ministerial):
    from askfoi.followup import review_letter

    body = " ".join(review_letter(reply, request=request_text, authority="Welsh Government", today=TODAY).body.split())
    assert "children are kept safe" not in body and "privacy is protected" not in body
    assert "safe space" in body and "section 35(2)" in body and "section 35(4)" in body
    assert ("(Ministerial communications) does not make" in body) == ministerial


def test_a_foisa_policy_refusal_cites_the_scottish_provisions():
    from askfoi.followup import review_letter

    reply = ("Date: 1 December 2026\n\nThe briefing to the Cabinet Secretary on school meal funding is withheld under "
             "section 29(1)(a) and section 29(1)(b) of the Freedom of Information (Scotland) Act 2002. The public "
             "interest favours withholding it.")
    body = " ".join(review_letter(reply, authority="Scottish Government", today=TODAY).body.split())
    assert "section 29(2)" in body and "section 29(3)" in body and "section 35(2)" not in body
    assert "children are kept safe" not in body


@pytest.mark.parametrize("section,title", [("35(1)(b)", "ministerial communications"),
                                           ("35(1)(c)", "law officers' advice"),
                                           ("35(1)(d)", "operation of a ministerial private office"),
                                           ("FOISA 29(1)(b)", "ministerial communications")])
def test_each_policy_subsection_is_named_as_the_act_names_it(section, title):
    from askfoi.reply_explain import section_note

    assert section_note(section).title.lower() == title


def test_guard_cctv_in_a_school_still_argues_privacy_under_law_enforcement():
    """guard (passes on main too): a subject that bears on the exemption cited still adds its interest"""
    from askfoi.followup import public_interests

    got = public_interests(["31(1)(a)"], "where are the cctv cameras in the pupil toilets")
    assert any("watched" in g for g in got)


# --- #3: an EIR / EISR refusal of information on emissions under 12(5)(d)-(g) / 10(5)(d)-(g) ---------------------------
EMISSIONS = [
    ("Date: 2 December 2026\n\nThe start and end times of each overflow event are withheld under regulation 12(5)(e) "
     "of the Environmental Information Regulations 2004, as they are commercially confidential. The public interest "
     "favours withholding them.", "1. The times and durations of sewage discharges from the Faversham overflow in 2025.",
     False, "regulation 12(9)"),
    ("Date: 2 December 2026\n\nThe monitoring data on releases of ammonia from the plant are confidential and are "
     "withheld under regulation 12(5)(f) of the EIR.", "1. Stack emissions monitoring results for the incinerator, 2024-25.",
     False, "regulation 12(9)"),
    ("Date: 2 December 2026\n\nWe withhold the spill records under regulation 10(5)(e) of the Environmental Information "
     "(Scotland) Regulations 2004. The public interest favours withholding them.",
     "1. Records of each spill from the Seafield works into the Firth of Forth in 2025.", True, "regulation 10(6)"),
]


@pytest.mark.parametrize("reply,request_text,scotland,rule", EMISSIONS)
def test_withholding_information_on_emissions_is_met_with_the_emissions_rule(reply, request_text, scotland, rule):
    from askfoi.followup import review_letter

    body = " ".join(review_letter(reply, request=request_text, authority="A Water Company", today=TODAY,
                                  scotland=scotland).body.split())
    assert f"Information on emissions. My request is about releases into the environment. To the extent that" in body
    assert rule in body


def test_the_commercial_confidentiality_exception_is_tested_as_the_eir_frame_it():
    from askfoi.followup import review_letter

    body = " ".join(review_letter(EMISSIONS[0][0], request=EMISSIONS[0][1], today=TODAY).body.split())
    assert "confidentiality is provided by law" in body and "legitimate economic interest" in body


def test_guard_no_emissions_rule_for_a_request_about_no_releases():
    """guard: a commercial refusal of a contract's rates under the EIR says nothing of emissions"""
    from askfoi.followup import review_letter

    reply = ("Date: 2 December 2026\n\nThe unit rates in the grounds maintenance contract are withheld under "
             "regulation 12(5)(e) of the Environmental Information Regulations 2004.")
    body = review_letter(reply, request="1. The rates in the contract for grass cutting in parks.", today=TODAY).body
    assert "Information on emissions" not in body and "12(9)" not in body
