"""Faults a newcomer (nu19) found on the session-18 start code, fixed by the lead: each test is the behaviour a
careful tool has, written in the way replies and people really put it."""

import pytest

from askfoi.authorities import resolve_authority
from askfoi.checks import check_request
from askfoi.framing import frame_message
from askfoi.reader import read_reply
from askfoi.models import Outcome
from askfoi.reply_flow import reads_as_review_outcome

RIGHTS = ("If you are not content with the outcome of the internal review, you have the right to apply directly "
          "to the Information Commissioner for a decision.")


def test_a_first_replys_rights_notice_is_no_review_outcome():
    first = ("Dear Mr Patel\n\nBristol City Council does not hold the names you asked for; the rest is exempt under "
             "section 40(2). You may ask for an internal review within 40 working days. " + RIGHTS)
    assert not reads_as_review_outcome(first)


def test_a_review_outcome_still_reads_as_one_beside_the_same_notice():
    outcome = ("Dear Mr Patel\n\nI have now completed the internal review of the council's response. I have upheld "
               "the original decision. " + RIGHTS)
    assert reads_as_review_outcome(outcome)


def test_a_police_balancing_test_heading_does_not_turn_a_whole_ncnd_into_partly_given():
    reply = ("Kent Police can neither confirm nor deny that it holds the information you requested, by virtue of "
             "section 23(5), section 24(2) and section 31(3).\n\n"
             "Public interest considerations favouring confirmation or denial: accountability for public money.\n\n"
             "Balancing test: the public interest is not in favour of confirming or denying that information is held.\n\n"
             "Yours sincerely\nFreedom of Information Unit")
    assert read_reply(reply).outcome == Outcome.ncnd


def test_a_council_abolished_for_one_successor_is_proposed_as_that_successor():
    for typed in ("bournemouth council", "poole council"):
        framing = frame_message(f"how many parking fines did {typed} issue last year")
        assert framing.authority is not None
        assert framing.authority.name == "Bournemouth, Christchurch and Poole Council"


def test_a_council_abolished_for_several_successors_is_named_with_a_finding():
    found = resolve_authority("cumbria county council")
    assert found is not None and found.known
    result = check_request("how many potholes did cumbria county council fix in 2022", "Cumbria County Council")
    finding = next(f for f in result.findings if f.code == "abolished-authority")
    assert "Cumberland Council" in finding.message and "Westmorland and Furness Council" in finding.message
    assert finding.severity == "high"
    assert not any(f.code == "abolished-authority" for f in check_request(
        "how many potholes did cumberland council fix in 2024", "Cumberland Council").findings)


# --- holding replies: what they wait on decides what the person does next (askfoi/holding_kinds.py) ----------------

from datetime import date  # noqa: E402

from askfoi.holding_kinds import holding_kind  # noqa: E402
from askfoi.reply_explain import explain_reply  # noqa: E402
from askfoi.reply_flow import ReplyFlow  # noqa: E402

CLARIFY = ("Dear Ms Lee\n\nThank you for your request about the traffic, received on 2 November 2026. Before we can "
           "respond, could you please clarify which roads you mean? Under section 1(3) of the Act we are not obliged to "
           "respond until you do.\n\nYours sincerely\nFOI Team")
EXTENSION = ("Dear Mr Ray\n\nYour request received on 2 October 2026 concerns information which we believe is exempt under "
             "section 31. We are considering the public interest test and need more time. Under section 10(3) we are "
             "extending the time to respond, and aim to reply by 28 December 2026.\n\nIf you are unhappy you may ask "
             "for an internal review.")
FEE = ("Dear Ms Moss\n\nThe cost of copying and posting the plans is £12.50. This letter is a fees notice under section 9 "
       "of the Act. We will send the information on receipt of the payment.\n\nYours sincerely")
TRANSFER = ("Dear Sir\n\nThe council does not deal with hospital parking. We have transferred your request to the NHS "
            "trust, who will respond to you directly.")
DAY = date(2026, 12, 1)


def test_what_a_holding_reply_waits_on_is_read():
    assert holding_kind(CLARIFY).kind == "clarify"
    assert holding_kind(EXTENSION) .kind == "extension" and holding_kind(EXTENSION).until == date(2026, 12, 28)
    assert holding_kind(FEE).kind == "fee"
    assert holding_kind(TRANSFER).kind == "transfer"
    assert holding_kind("Dear Sir\n\nWe do not hold the information you asked for.") is None


def test_a_clarification_asks_for_the_answer_and_offers_no_chaser():
    steps = explain_reply(CLARIFY, today=DAY).next_steps
    assert [s.kind for s in steps] == ["wait"]
    assert "start again" in steps[0].explanation and "1(3)" in steps[0].explanation
    assert not any(s.letter for s in steps)
    view = ReplyFlow(today=lambda: DAY).read(CLARIFY)
    assert view.offers == [] and "Choose a letter" not in view.message


def test_a_public_interest_extension_waits_until_the_day_it_gave_and_is_not_late():
    steps = explain_reply(EXTENSION, today=DAY).next_steps
    assert steps[0].kind == "wait" and steps[0].by == date(2026, 12, 28)
    assert "10(3)" in steps[0].explanation
    assert not any(s.kind in ("chase", "commissioner") for s in steps)
    later = explain_reply(EXTENSION, today=date(2027, 1, 5)).next_steps
    assert later[0].kind == "chase" and later[0].by == date(2026, 12, 28)


def test_an_extension_under_the_scottish_act_is_said_to_give_no_extra_time():
    steps = explain_reply(EXTENSION.replace("the Act", "the Freedom of Information (Scotland) Act 2002"),
                          today=DAY, scotland=True).next_steps
    assert "no extension" in steps[0].explanation


def test_a_fees_notice_gives_three_months_to_pay_and_a_transfer_points_elsewhere():
    fee = explain_reply(FEE, today=DAY, received=DAY).next_steps
    assert fee[0].by == date(2027, 3, 1) and "section 9" in fee[0].explanation
    transfer = explain_reply(TRANSFER, today=DAY).next_steps
    assert transfer[0].kind == "none" and "new request" in transfer[0].explanation


def test_a_one_year_requests_narrower_request_leaves_out_the_part_the_estimate_names():
    from askfoi.followup import review_letter

    request = ("Please provide the following information for the period 1 January 2025 to 31 December 2025:\n\n"
               "1. The number of homeless applications refused.\n"
               "2. How many of those homeless applications were from women fleeing domestic abuse?\n"
               "3. How long do people wait in temporary accommodation on average?\n")
    reply = ("Dear Ms McBride\n\nTo provide the information you have requested would exceed the upper cost limit of £600. "
             "To identify which applications involved women fleeing domestic abuse would require a manual review of each "
             "of the approximately 6,800 case files, at 10 minutes per file.\n\nAccordingly, in terms of section 12(1) "
             "of FOISA, the Council is not obliged to comply with your request.\n")
    body = review_letter(reply, request=request, authority="Glasgow City Council", today=DAY).body
    narrower = body.split("narrower request:", 1)[1].split("\n\n")[1]
    assert "homeless applications refused" in narrower and "temporary accommodation" in narrower
    assert "domestic abuse" not in narrower and "1 April" not in narrower


def test_the_covert_warning_for_a_scottish_force_cites_foisa_not_the_uk_acts_sections():
    framing = frame_message("does police scotland use drones to watch protesters in glasgow")  # ck27: people watched
    warning = next(f for f in framing.findings if f.code == "ncnd-risk")
    assert "18(1) of FOISA" in warning.message and "23(5)" not in warning.message


def test_what_they_wrote_about_a_child_is_the_childs_record_not_the_writers():
    framing = frame_message("my daughter was stopped and searched by the met last month, she is 15. "
                            "i want to see what they wrote about her")
    assert framing.route == "sar"
    texts = " ".join(p.text for p in framing.parts)
    assert " me." not in texts and "I am 15" not in texts and "I was stopped" not in texts


def test_reading_a_final_reply_marks_the_tracked_request_to_that_body_replied(tmp_path):
    from askfoi.tracking import TrackStore

    tracker = TrackStore(tmp_path / "tracked.json")
    asked = tracker.add("Glasgow City Council", date(2026, 10, 1), title="homeless applications")
    other = tracker.add("Leeds City Council", date(2026, 10, 1), title="potholes")
    flow = ReplyFlow(today=lambda: DAY, tracker=tracker)
    flow.read("Dear Ms McBride\n\nGlasgow City Council does not hold the information you asked for.\n\n"
              "Yours sincerely\nGlasgow City Council")
    rows = {r.id: r for r in tracker.load()}
    assert rows[asked.id].status == "replied" and rows[other.id].status == "waiting"
    ReplyFlow(today=lambda: DAY, tracker=tracker).read(CLARIFY.replace("FOI Team", "Leeds City Council"))
    assert {r.id: r for r in tracker.load()}[other.id].status == "waiting"  # a holding reply: still waiting


def test_a_request_pasted_as_a_whole_letter_is_quoted_by_its_question_not_its_subject_line():
    from askfoi.followup import review_letter

    request = ("Subject: Freedom of Information request: bus lanes\n\nDear Leeds City Council,\n\n"
               "Please provide the number of bus lane fines issued in 2025.\n\nYours faithfully,\nJo Bloggs")
    reply = "Dear Jo\n\nThe information is exempt under section 31(1)(a).\n\nLeeds City Council"
    body = review_letter(reply, request=request, today=DAY).body
    assert "Subject:" not in body and "Dear Leeds City Council," not in body.split("\n", 1)[1]


SCOT_OUTCOME = ("Police Scotland\nFreedom of Information - Review Response\nDate: 20 November 2026\n\nDear Ms Grant\n\n"
                "I refer to your email of 2 October 2026 in which you requested that Police Scotland review its response "
                "to your request for information.\n\nI have now completed the review and upheld the original decision.\n\n"
                "Police Scotland can neither confirm nor deny that it holds the information. Section 18(1) of the Act "
                "applies, with section 35(1)(a) and section 31(1).\n\nIf you remain dissatisfied, you may apply to the "
                "Scottish Information Commissioner within six months.\n\nYours sincerely\nInformation Management")


def test_a_scottish_review_outcome_counts_six_months_from_its_own_date_and_asks_for_no_review():
    steps = explain_reply(SCOT_OUTCOME, today=DAY).next_steps
    assert [s.kind for s in steps] == ["commissioner"]
    assert steps[0].by == date(2027, 5, 20)
    flow = ReplyFlow(today=lambda: DAY)
    view = flow.read(SCOT_OUTCOME)
    assert "20 May 2027" in view.body and "1 June 2027" not in view.body


def test_the_sic_application_dates_the_review_not_the_request_from_the_outcome():
    flow = ReplyFlow(today=lambda: DAY)
    flow.read(SCOT_OUTCOME)
    body = flow.write("complain").body
    assert "Dear Scottish Information Commissioner" in body
    assert "I sent my request on Friday 2 October 2026" not in body
    assert "I asked for a review on Friday 2 October 2026" in body and "20 November 2026" in body


def test_the_eir_form_and_public_interest_provisions_have_notes_under_both_regulations():
    from askfoi.reader import section_meaning

    for cited in ("EIR 6(1)(b)", "EISR 6(1)(b)", "EIR 12(1)(b)", "EISR 10(1)(b)"):
        title, meaning = section_meaning(cited)
        assert meaning and "no notes" not in title


def test_an_eir_refusal_for_the_work_is_called_manifestly_unreasonable_not_refused_on_cost():
    reply = ("Dear Mr Khan\n\nWe have handled your request under the Environmental Information Regulations 2004. We "
             "consider the request manifestly unreasonable under regulation 12(4)(b), because of the time it would take "
             "to locate the traffic counts.\n\nHackney Council\n")
    from askfoi.reply_explain import explanation_text

    # fu30: an undated reply first asks for its date; the outcome line follows
    lines = explanation_text(explain_reply(reply, today=DAY)).splitlines()
    assert "manifestly unreasonable" in next(line for line in lines if line.startswith("Outcome:"))


def test_an_overdue_subject_access_request_is_tracked_and_chased_under_the_uk_gdpr(tmp_path):
    from askfoi.models import Regime
    from askfoi.tracking import TrackStore

    tracker = TrackStore(tmp_path / "tracked.json")
    flow = ReplyFlow(today=lambda: DAY, tracker=tracker, topic="my social care file")
    view = flow.track("leeds city council 2/9/2026")
    assert tracker.load()[0].regime == Regime.SAR
    assert "2 October 2026" in view.message and view.offers == ["chase"]
    letter = flow.write("chase").body
    assert "Article 12(3)" in letter and "Data Protection Officer" in letter
    assert "Freedom of Information" not in letter and "section 10" not in letter


def test_a_late_parents_records_typed_without_an_apostrophe_get_the_deceased_records_finding():
    framing = frame_message("i need my late fathers care home records from fife council, he died in june")
    assert any(f.code == "deceased-records" for f in framing.findings)


def test_a_housing_association_named_in_lower_case_is_warned_about_once():
    framing = frame_message("clarion keeps ignoring my repair requests, how many disrepair complaints did clarion "
                            "housing get last year")
    codes = [f.code for f in framing.findings]
    assert "housing-association" in codes and "no-authority" not in codes
    council = frame_message("how many homes did leeds city council sell to peabody in 2024")
    assert "housing-association" not in [f.code for f in council.findings]


def test_asking_a_part_kept_in_the_persons_words_as_another_kind_says_how_to_change_it():
    from askfoi.conversation import Conversation, Step

    conv = Conversation(today=lambda: DAY)
    conv.start()
    for reply in ("How long do people wait in temporary accommodation in Bristol on average? And how many people "
                  "were evicted by Bristol City Council in 2024?", "ok", "2"):
        conv.reply(reply)
    assert conv.session.step == Step.parts
    kept = [i for i, p in enumerate(conv.session.parts, 1)
            if p not in {f.text for f in conv._frames() if f.subject}]
    assert kept, conv.session.parts
    said = " ".join(m.text for m in conv.reply(f"{kept[0]} policy").messages)
    assert "There's no part" not in said and f"edit {kept[0]}" in said


def test_the_reply_date_box_takes_the_days_people_say():
    from askfoi.pasted_reply import sent_day

    tuesday = date(2026, 12, 1)
    assert sent_day("last friday", tuesday, weekdays=True) == date(2026, 11, 27)
    assert sent_day("yesterday", tuesday, weekdays=True) == date(2026, 11, 30)
    assert sent_day("last tuesday", tuesday, weekdays=True) == date(2026, 11, 24)
    assert sent_day("they still havent replied today", tuesday) is None  # free text: no day read from "today"
    flow = ReplyFlow(today=lambda: tuesday)
    flow.read(EXTENSION)
    assert "Friday 27 November 2026" in flow.received_on("last friday").message  # nu24: said as a letter says it


def test_someone_waiting_in_their_own_words_gets_the_tracking_box_and_a_sar_is_tracked_as_one():
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: DAY)
    conv.start()
    turn = conv.reply("i asked hampshire county council about speed cameras on the a31 back in september and heard "
                      "absolutely nothing, what do i do")
    assert "reply" in turn.actions and not conv.session.parts
    conv = Conversation(today=lambda: DAY)
    conv.start()
    turn = conv.reply("i made a subject access request to kent police on 2 september and heard nothing")
    assert "reply" in turn.actions and turn.track_topic
    flow = ReplyFlow(today=lambda: DAY, topic=turn.track_topic)
    assert flow._own_records()


def test_a_day_ahead_is_never_read_as_the_day_a_reply_came():
    from askfoi.pasted_reply import sent_day

    assert sent_day("next tuesday", date(2026, 12, 1), weekdays=True) is None
    assert sent_day("this coming friday", date(2026, 12, 1), weekdays=True) is None


def test_sent_weeks_ago_says_the_reply_is_already_late(tmp_path):
    from askfoi.tracking import TrackStore
    from tests.test_tr5 import _finished, conversation

    conv = _finished(conversation())
    conv.tracker = TrackStore(tmp_path / "tracked.json")
    said = " ".join(m.text for m in conv.reply("sent 01/10/2026").messages)
    assert "already" in said and "late" in said and "When you start askfoi again" not in said


def test_a_dead_parents_records_asked_beside_a_count_still_get_the_deceased_records_finding():
    text = ("my late dad was in a care home run by the council in cardiff before he died in april, i want his care "
            "records and to know how many falls were recorded at the home in 2025")
    assert "deceased-records" in [f.code for f in check_request(text, "Cardiff Council").findings]
    counted = "my mum died last year. how many of her care records were lost by the council?"
    assert "deceased-records" not in [f.code for f in check_request(counted, "Cardiff Council").findings]


SAR_REPLY = ("Dear Ms Doyle\n\nSubject Access Request - our ref DP/2026/311\n\nThank you for your subject access request "
             "under Article 15 of the UK GDPR. We enclose copies of your housing file. Some information has been "
             "redacted because it relates to third parties (Schedule 2, Part 3, paragraph 16 of the Data Protection Act "
             "2018).\n\nYours sincerely\nData Protection Team\nLeeds City Council")


def test_a_subject_access_reply_is_explained_without_foi_sections_and_gets_no_foi_review(capsys, tmp_path):
    from askfoi.cli import main
    from askfoi.reply_explain import explanation_text

    text = explanation_text(explain_reply(SAR_REPLY, today=DAY))
    assert "Data Protection Act 2018" in text and "section 40(2)" not in text and "to the world" not in text.split(
        "These are not")[0]
    reply = tmp_path / "reply.txt"
    reply.write_text(SAR_REPLY, encoding="utf-8")
    code = main(["review", str(reply)])
    assert code != 0 and "subject access" in capsys.readouterr().err


def test_ok_with_no_organisation_proposed_says_what_to_type():
    from askfoi.conversation import Conversation, Step

    conv = Conversation(today=lambda: DAY)
    conv.start()
    conv.reply("how many potholes were reported in 2024")
    assert conv.session.step == Step.authority and not conv.session.authority
    said = " ".join(m.text for m in conv.reply("ok").messages)
    assert "type" in said.lower() and ("name" in said.lower() or "number" in said.lower())


def test_a_not_held_review_follows_the_reply_that_names_the_body_holding_it():
    from askfoi.followup import review_letter

    reply = ("Dear Mr Hay\n\nThank you for your request. NHS Lothian does not hold this information. Ambulance "
             "turnaround times are recorded by the Scottish Ambulance Service, which you may wish to contact.\n\n"
             "Under section 17 of FOISA we are giving you notice that the information is not held.\n\nNHS Lothian\n")
    # ck20 (the brief's item 5): the next step is a request to the body that holds it, not a review on "not held"
    # grounds; this test asserted that review letter before
    from askfoi.followup import NothingToChallenge

    with pytest.raises(NothingToChallenge) as said:
        review_letter(reply, today=DAY)
    assert "held by the Scottish Ambulance Service" in str(said.value)
    assert "send your request to the Scottish Ambulance Service" in str(said.value)


def test_complain_given_only_the_review_outcome_reads_it_as_the_outcome(tmp_path, capsys):
    from askfoi.cli import main

    outcome = tmp_path / "outcome.txt"
    outcome.write_text(SCOT_OUTCOME, encoding="utf-8")
    assert main(["complain", str(outcome), "--authority", "Police Scotland"]) == 0
    out = capsys.readouterr()
    assert "none has come" not in out.out and "20 November 2026" in out.out
    assert "review first" not in out.err.lower()


async def test_an_answer_typed_ahead_and_given_back_is_replaced_by_the_next_key(tmp_path):
    from textual.widgets import Input

    from tests.test_reply_tui import make_app, settle

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app._held = ["birmingham city council"]
        app._give_back_held()
        await pilot.pause()
        await pilot.pause()
        await pilot.press("o", "k")
        await pilot.pause()
        assert app.query_one("#prompt", Input).value == "ok"


def test_an_eir_review_argues_the_environmental_public_interest_not_public_money():
    from askfoi.followup import review_letter

    reply = ("Dear Mr Khan\n\nWe have handled your request under the Environmental Information Regulations 2004. The "
             "sewage discharge figures are withheld under regulation 12(5)(a) (public safety). We have considered the "
             "public interest.\n\nThames Water\n")
    body = review_letter(reply, today=DAY).body
    assert "environmental information being available" in body and "public money" not in body
