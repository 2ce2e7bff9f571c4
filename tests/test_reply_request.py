"""rp12: the request a reply answers (askfoi/reply_request.py) and the letters that name it (askfoi/followup.py).
Every reply here is invented; each states its request in one of the ways real replies do."""

from __future__ import annotations

import json
from datetime import date

import pytest

from askfoi.cli import main
from askfoi.followup import NotLateYet, asked_phrase, chase_letter, complaint_letter, request_named, review_letter
from askfoi.reply_request import MAX_TOPIC_CHARS, plain_topic, request_in_reply

TODAY = date(2026, 11, 30)
REFUSAL = "The information is exempt under section 43(2) of the Freedom of Information Act 2000."
NOT_HELD = "We do not hold this information."


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- each way a reply states its request ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, made, received, topic", [
    ("Thank you for your request for information received on 3 October 2026 regarding the cost of agency staff.",
     None, date(2026, 10, 3), "the cost of agency staff"),
    ("I refer to your email of 03/10/2026 about speed cameras on the A38, which we received on 5 October 2026.",
     date(2026, 10, 3), date(2026, 10, 5), "speed cameras on the A38"),
    ("On 3 October 2026 we received your request for information about parking fines in Dover.",
     None, date(2026, 10, 3), "parking fines in Dover"),
    ("Your request dated 1st October 2026, received by the Council on 6 October 2026, has now been considered.",
     date(2026, 10, 1), date(2026, 10, 6), None),
    ("Thank you for your email received by Transport for London (TfL) on 2026-10-03 asking for information about "
     "lift outages at Bank station.", None, date(2026, 10, 3), "lift outages at Bank station"),
    ("Thank you for your FOI request dated October 3, 2026 concerning school transport contracts.",
     date(2026, 10, 3), None, "school transport contracts"),
    ("In reply to your Freedom of Information request relating to fixed penalty notices for littering, I can "
     "confirm that we have issued none.", None, None, "fixed penalty notices for littering"),
    ("Thank you for your request for information received on Tue 6 Oct 2026, which was considered under the Act.",
     None, date(2026, 10, 6), None),
    ("We have now completed our search for the information you requested on 5th October, 2026.",
     date(2026, 10, 5), None, None),
    ("Thank you for your request to the Highways Agency of 2 October 2026 about gritting routes, the Agency's "
     "reply is below.", date(2026, 10, 2), None, "gritting routes"),
])
def test_the_acknowledging_sentence_gives_the_date_by_the_word_that_governs_it(text, made, received, topic):
    found = request_in_reply(f"Dear Ms Jones\n\n{text}\n\n{NOT_HELD}")
    assert (found.made, found.received, found.topic) == (made, received, topic)
    assert found.source == ("acknowledgement" if topic else None)


def test_a_heading_quotes_the_request_and_counts_its_items():
    reply = ("Freedom of Information Request Reference No: 2026/1187\n\nYou asked:\n1. How many officers were assaulted "
             "on duty in 2025? 2. How many of those were taken to hospital?\n3. What did it cost?\n\nResponse:\n"
             "1. 42\n2. 7\n3. Not held.")
    found = request_in_reply(reply)
    assert found.question == "How many officers were assaulted on duty in 2025?"
    assert found.questions == 3 and found.reference == "2026/1187" and found.source == "heading"


def test_an_inline_request_heading_in_a_pasted_paragraph():
    found = request_in_reply("Request: Please provide the number of potholes repaired in Dover in 2025. "
                             "Response: 1,204 potholes were repaired.")
    assert found.question == "Please provide the number of potholes repaired in Dover in 2025"
    assert found.questions == 1


@pytest.mark.parametrize("reply, question, count", [
    ("You requested the following information and our response is below: 1. How many potholes were repaired in "
     "Dover in 2025? 2. What did it cost? Response: 1. 1,204 2. Not held.", "How many potholes were repaired in Dover in 2025?", 2),
    ("Q1. How many CT scanners does the Trust have? \u2013 4. Q2. How many MRI scanners does the Trust have? \u2013 2.",
     "How many CT scanners does the Trust have?", 2),
    ("I would like to request the number of street works permits granted in 2025. During 2025 there were 2,915.",
     "I would like to request the number of street works permits granted in 2025", 1),
])
def test_the_requesters_own_words_restated_without_a_heading(reply, question, count):
    found = request_in_reply(reply)
    assert (found.question, found.questions) == (question, count)


def test_a_reply_asking_for_proof_of_identity_is_not_the_request():
    assert request_in_reply("Please provide us with proof of your identity before we can continue.").question is None


def test_a_subject_line_without_its_law_words_and_reference():
    found = request_in_reply("Subject: RE: FOI request 2026/1187 - Speed cameras on the A38\n\nDear Sir\n\n" + NOT_HELD)
    assert found.topic == "Speed cameras on the A38" and found.source == "subject"
    assert request_in_reply("Subject: Your FOI request 2026/1187 - response\n\n" + NOT_HELD).topic is None


@pytest.mark.parametrize("text", [
    "Thank you for your request received on 9 October.",  # no year: never guessed
    "We will respond to your request by 30 October 2026.",  # a date on something else
    "Thank you for your request for an internal review dated 3 November 2026.",  # another request
    "Thank you for your request regarding the above.",  # a topic that names nothing
    "I have considered your request in relation to the Freedom of Information Act 2000.",  # the law, not a topic
    "With regard to the second part of your request concerning the amount paid, it is exempt.",  # a part, not the request
    "This letter was sent on 3 October 2026 regarding our decision.",  # the reply's own letter
    "Thank you for your email which we received on 3 November 2026 appealing against the decision.",  # the appeal's
    "The information you have requested for 1 April 2026 onwards is intended for future publication.",  # a period
    "The information you have requested relating to bus lanes is exempt.",  # the part a decision is about
])
def test_nothing_is_guessed(text):
    found = request_in_reply(f"{text}\n\n{NOT_HELD}")
    assert found.made is None and found.received is None and found.topic is None


def test_a_title_in_the_text_and_the_request_s_reference_not_the_review_s():
    found = request_in_reply("Response 01-09-2026 Following your request for a review (our ref: 1001) of your "
                             "Freedom of Information (FOI) Request \u2013 Senior Staff Restructure (our ref: 1000) \u2013 a "
                             "review meeting was held.")
    assert found.topic == "Senior Staff Restructure" and found.reference == "1000" and found.source == "subject"


def test_no_text_no_request():
    assert not request_in_reply("").found and not request_in_reply(None).found  # type: ignore[arg-type]


# -- hostile text and long topics ----------------------------------------------------------------------------------

HOSTILE = ("Thank you for your request received on 3 October 2026 regarding [bold red]bus[/] {{ 7*7 }} {% if x %}"
           "\x1b[31mlanes\x1b[0m <b>in</b> Leeds.")


def _clean(text: str) -> bool:
    return not any(bad in text for bad in ("[bold", "[/", "{{", "{%", "\x1b", "<b>", "</b", "49", "]8;"))


def test_markup_template_code_and_escapes_never_reach_the_topic_or_the_letters():
    found = request_in_reply(HOSTILE + "\n\n" + REFUSAL)
    assert found.topic and "bus" in found.topic and "Leeds" in found.topic and _clean(found.topic)
    review = review_letter(HOSTILE + "\n\n" + REFUSAL, today=TODAY, authority="Leeds City Council")
    assert "bus" in review.body and _clean(review.body) and _clean(review.subject)
    complaint = complaint_letter(HOSTILE + "\n\n" + REFUSAL, authority="Leeds City Council", today=TODAY)
    assert "bus" in complaint.body and _clean(complaint.body)
    chase = chase_letter(date(2026, 10, 1), authority="Leeds City Council", today=TODAY,
                         topic="for [b]bus[/b] {{ 7*7 }} lanes \x1b]8;;http://x\x1b\\ in Leeds")
    assert "for bus lanes in Leeds" in _flat(chase.body) and _clean(chase.body)


def test_a_topic_too_long_is_cut_at_a_word():
    long = "the minutes of every meeting " + " ".join(f"between officer{i} and supplier{i}" for i in range(20))
    cut = plain_topic(long)
    assert cut.endswith("...") and len(cut) <= MAX_TOPIC_CHARS + 3
    assert long.startswith(cut[:-3]) and long[len(cut) - 3] == " "  # ends where a word ends
    found = request_in_reply(f"Thank you for your request received on 3 October 2026 regarding {long}.")
    assert found.topic and len(found.topic) <= MAX_TOPIC_CHARS + 3


# -- the letters name the request ------------------------------------------------------------------------------------

ACK_REPLY = ("Dear Ms Jones\n\nOur ref: FOI-2026-0412\n\nThank you for your request for information received on "
             "3 October 2026 regarding the cost of agency staff at Ward 5.\n\n" + REFUSAL + "\n\nDate: 28 October 2026")


def test_the_review_names_the_request_from_the_reply():
    body = _flat(review_letter(ACK_REPLY, today=TODAY, authority="Kent County Council").body)
    first = body.split(". ", 1)[0]
    assert "the cost of agency staff at Ward 5" in first and "3 October 2026" in first and "FOI-2026-0412" in first
    assert "received on" in first  # the day it was received, not said to be the day it was sent


def test_what_askfoi_has_of_the_request_comes_before_what_the_reply_says():
    body = _flat(review_letter(ACK_REPLY, today=TODAY, sent=date(2026, 10, 2),
                               topic="for the number of agency nurses").body)
    first = body.split(". ", 1)[0]
    assert "2 October 2026 for the number of agency nurses" in first
    assert "which you received on Saturday 3 October 2026" in first  # the reply's day of receipt is kept, apart
    named = request_named(reply=ACK_REPLY, request="1. How many agency nurses were used at Ward 5 in 2025?\n"
                                                   "2. What did they cost?")
    assert named["about"] and "nurses" in named["about"]


def test_a_request_date_after_today_is_a_misread_and_left_out():
    named = request_named(reply=ACK_REPLY.replace("3 October 2026", "3 October 2027"), today=TODAY)
    assert named["received"] is None and named["about"] == "about the cost of agency staff at Ward 5"


def test_nothing_known_means_no_placeholder_in_its_place():
    body = review_letter(REFUSAL, today=TODAY).body
    assert "to my request, under" in _flat(body) and "[" not in body.split("\n\n", 2)[1]


def test_the_quoted_question_is_given_when_no_topic_is_known():
    reply = "You asked:\nHow many speed cameras are there in Kent?\n\nResponse:\n" + REFUSAL
    assert 'It asked: "How many speed cameras are there in Kent?"' in _flat(review_letter(reply, today=TODAY).body)


def test_the_complaint_lists_what_the_commissioner_asks_for_with_the_dates():
    review = ("I have now completed the internal review. I uphold the decision to withhold the information under "
              "section 43(2) of the Act.\n\nDate: 20 November 2026")
    body = complaint_letter(ACK_REPLY, authority="Kent County Council", review=review, review_asked=date(2026, 11, 2),
                            today=TODAY).body
    enclosed = body.split("I enclose, as the ICO asks:", 1)[1].split("Yours", 1)[0]
    items = [line for line in enclosed.splitlines() if line.startswith("- ")]
    assert len(items) == 4
    assert "the cost of agency staff" in items[0] and "3 October 2026" in items[0] and "its reference" in items[0]
    assert "28 October 2026" in items[1] and "2 November 2026" in items[2] and "20 November 2026" in items[3]
    assert "Kent County Council received my request on Saturday 3 October 2026" in _flat(body)


def test_a_scottish_application_lists_the_same_with_the_review_not_yet_answered():
    reply = ACK_REPLY.replace("Freedom of Information Act 2000", "Freedom of Information (Scotland) Act 2002").replace(
        "section 43(2)", "section 33(1)(b)")
    # lead 28: asked on 20 October, the review (20 Scottish working days) is overdue by 30 November
    body = complaint_letter(reply, authority="Police Scotland", review_asked=date(2026, 10, 20), today=TODAY).body
    assert "I enclose, as the Commissioner asks:" in body
    enclosed = body.split("as the Commissioner asks:", 1)[1]
    assert "the cost of agency staff" in enclosed and "20 October 2026" in enclosed and "none has come" in enclosed
    # asked on 2 November, it is not overdue on 30 November (St Andrew's Day): no application yet, the day it can go
    with pytest.raises(NotLateYet, match="1 December 2026"):
        complaint_letter(reply, authority="Police Scotland", review_asked=date(2026, 11, 2), today=TODAY)


def test_the_late_complaint_and_the_chaser_say_what_was_asked():
    body = _flat(complaint_letter("", authority="Kent Police", late=True, sent=date(2026, 9, 1), today=TODAY,
                                  topic="how many speed cameras are in Kent").body)
    assert "my request of Tuesday 1 September 2026 asking how many speed cameras are in Kent" in body
    chase = _flat(chase_letter(date(2026, 9, 1), authority="Kent Police", today=TODAY,
                               topic="Freedom of Information request: speed cameras, 2025").body)
    assert "It asked about speed cameras, 2025." in chase


@pytest.mark.parametrize("said, phrase", [
    ("for the number of burglaries", "for the number of burglaries"),
    ("how many fines were paid", "asking how many fines were paid"),
    ("parking fines", "about parking fines"),
    ("regarding bins", "about bins"),
    ("{{ }}", None),
])
def test_what_the_person_said_is_worded_to_follow_my_request(said, phrase):
    assert asked_phrase(said) == phrase


# -- askfoi explain --json --------------------------------------------------------------------------------------------

def test_explain_json_gains_the_request_found(tmp_path, capsys):
    path = tmp_path / "reply.txt"
    path.write_text(ACK_REPLY, encoding="utf-8")
    assert main(["explain", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["request"]["received"] == "2026-10-03" and data["request"]["made"] is None
    assert data["request"]["topic"] == "the cost of agency staff at Ward 5"
    assert "outcome" in data  # the reading's fields stay at the top level


def test_review_and_complain_take_the_day_sent_and_the_request(tmp_path, capsys):
    reply, request = tmp_path / "reply.txt", tmp_path / "request.txt"
    reply.write_text(ACK_REPLY, encoding="utf-8")
    request.write_text("How many agency nurses worked at Ward 5 in 2025?", encoding="utf-8")
    assert main(["review", str(reply), "--sent", "2026-10-02"]) == 0
    assert "my request of Friday 2 October 2026" in _flat(capsys.readouterr().out)
    # (lead40: a review is asked after the reply it challenges, so the complaint's case is an earlier round of letters)
    reply.write_text(ACK_REPLY.replace("3 October 2026", "3 June 2026").replace("28 October 2026", "1 July 2026"),
                     encoding="utf-8")
    assert main(["complain", str(reply), "--authority", "Kent County Council", "--request", str(request),
                 "--review-asked", "2026-07-10"]) == 0
    assert "nurses" in _flat(capsys.readouterr().out).split("I enclose", 1)[1]


# -- the chatbot's reply screen at 80x24 ------------------------------------------------------------------------------

async def test_the_reply_screen_shows_the_review_naming_the_request(tmp_path):
    from textual.widgets import Static, TextArea

    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.reply import ReplyScreen

    from tests._pilot import settle

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f9")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReplyScreen)
        screen.query_one("#reply-text", TextArea).text = ACK_REPLY.replace(
            "regarding the cost of agency staff at Ward 5", HOSTILE.split(" 2026 ", 1)[1].rstrip("."))
        await pilot.click("#reply-read")
        await settle(pilot)
        screen.query_one("#reply-letter-review").press()
        await settle(pilot)
        shown = _flat(str(screen.query_one("#reply-body", Static).render()))
        assert "internal review" in shown
        first = shown.split("internal review of your response", 1)[1].split(". ", 1)[0]
        assert "bus lanes in Leeds" in first and "3 October 2026" in first and "FOI-2026-0412" in first
        assert _clean(shown)


def test_the_reply_s_own_acknowledgement_before_dear_is_not_the_day_it_came():
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: TODAY)
    flow.read("Thank you for your request received on 3 October 2026 regarding bins.\n\n" + ACK_REPLY)
    assert flow.received is None
    flow = ReplyFlow(today=lambda: TODAY)
    flow.read("it came on 16 november. " + ACK_REPLY)
    assert flow.received == date(2026, 11, 16)
