"""ny94: the letters after the newcomer's trial (nc91 #10 and others). Messages and replies in my own words."""
from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.reply_flow import ReplyFlow

TODAY = date(2026, 12, 7)
EMAIL = "sam.okafor@example.org"


def _request(message, fmt="skip", name="Sam Okafor", email="skip"):
    """The request written the way a person goes through it: "ok" to each step up to the format question, then FMT,
    NAME and EMAIL as typed."""
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply(message)
    for _ in range(12):
        if conv.session.step == Step.format:
            break
        conv.reply("ok")
    assert conv.session.step == Step.format
    for text in (fmt, name, email):
        conv.reply(text)
    assert conv.session.step == Step.done
    return conv


# --- nc91 #10: the email address the person typed is on every letter, under their name ---------------------------------
@pytest.mark.parametrize("message", ["how much did leeds city council spend on agency staff in 2025",
                                     "how many potholes did bristol city council fix last year"])
def test_the_typed_email_is_under_the_name_on_the_request(message):
    conv = _request(message, email=EMAIL)
    for fmt in ("text", "markdown"):
        text = conv.letter_text(fmt)
        assert text.rstrip().endswith(EMAIL), text
        assert "Sam Okafor" in text


def test_guard_no_email_given_no_address_on_the_request():
    conv = _request("how much did leeds city council spend on agency staff in 2025")
    assert conv.letter_text().rstrip().endswith("Sam Okafor")


REFUSED = ("Dear Mr Okafor\n\nFreedom of Information request reference FOI-2026-1182\n\nYou asked for the amount spent on "
           "agency staff in 2025. We hold this information but it is exempt under section 43(2) of the Freedom of "
           "Information Act, as disclosure would prejudice the commercial interests of the council and its suppliers. "
           "We have considered the public interest and concluded that it favours withholding the information.\n\n"
           "If you are unhappy with this response you may ask for an internal review within 40 working days. "
           "You may then complain to the Information Commissioner.\n\nYours sincerely\nInformation Governance")


def _flow(email):
    return ReplyFlow(today=lambda: TODAY, authority="Leeds City Council", sent=date(2026, 10, 1),
                     topic="agency staff spending", name="Sam Okafor", email=email)


@pytest.mark.parametrize("kind", ["review", "chase", "complain"])
def test_the_typed_email_is_under_the_name_on_the_letters_after_the_reply(kind):
    flow = _flow(EMAIL)
    if kind == "review":
        flow.read(REFUSED)
    view = flow.write(kind)
    lines = view.body.rstrip().splitlines()
    assert lines[-1] == EMAIL and lines[-2] == "Sam Okafor", view.body[-300:]


def test_guard_no_email_no_address_after_the_reply():
    flow = _flow(None)
    view = flow.write("chase")
    assert view.body.rstrip().endswith("Sam Okafor") and "@" not in view.body


# --- nc88 #13: "email is fine" at the format question is the means, never the letter's words ---------------------------
@pytest.mark.parametrize("said", ["email is fine", "by email please", "just email it to me", "an email is fine thanks"])
def test_email_is_fine_at_the_format_question_asks_for_it_by_email(said):
    conv = _request("how much did leeds city council spend on agency staff in 2025", fmt=said)
    text = conv.letter_text()
    assert "I would like to receive the information by email." in text, text
    assert said not in text


@pytest.mark.parametrize("said, phrase", [("a spreadsheet by email", "in a spreadsheet (CSV or Excel)"),
                                          ("plain text in the body of the email", "as plain text in the body of an email"),
                                          ("pdfs of the emails please", "as electronic copies of the documents (PDF)")])
def test_guard_a_format_named_beside_email_is_that_format(said, phrase):
    from askfoi.letter import _format_phrase

    assert _format_phrase(said) == (phrase, None)


# --- nc91 #8: one post-holder's expenses withheld as personal data: argued on seniority, never "anonymised figures" ------
def _s40_reply(what):
    return ("Dear Mr Okafor\n\nReference FOI 5521\n\nYou asked for " + what + ". We hold this information. However it is "
            "exempt under section 40(2) of the Freedom of Information Act 2000 because it is the personal data of an "
            "individual and disclosure would breach the data protection principles.\n\nIf you are unhappy you may ask "
            "for an internal review within 40 working days.\n\nYours sincerely\nInformation Governance")


def _review(request, reply, authority="Leeds City Council"):
    flow = ReplyFlow(today=lambda: TODAY, authority=authority, request=request, sent=date(2026, 10, 20),
                     name="Sam Okafor")
    flow.read(reply)
    return flow.write("review").body


@pytest.mark.parametrize("request_, what, authority", [
    ("1. The expenses claimed by the Chief Executive of Leeds City Council in 2025, broken down by month.",
     "the Chief Executive's expenses", "Leeds City Council"),
    ("1. The travel and hotel expenses claimed by the Chief Constable in the financial year 2024/25.",
     "the Chief Constable's travel and hotel expenses", "Kent Police"),
    ("1. Expenses claimed by the leader of the council since May 2024.", "the leader's expenses", "Leeds City Council"),
])
def test_one_post_holders_expenses_are_argued_on_the_seniority_of_the_post(request_, what, authority):
    body = _review(request_, _s40_reply(what), authority)
    assert "anonymised" not in body and "aggregate figures" not in body, body
    assert "holder of one post" in body and "expenses they claim from public money" in body
    assert "how they are paid" not in body


def test_one_post_holders_pay_still_speaks_of_pay():
    body = _review("1. The salary and bonus paid to the Chief Executive of Leeds City Council in 2025.",
                   _s40_reply("the Chief Executive's salary"))
    assert "how they are paid" in body and "expenses they claim" not in body and "anonymised" not in body


def test_guard_figures_about_no_one_in_particular_still_ask_for_them_anonymised():
    body = _review("1. The number of complaints made about housing officers in 2025, by outcome.",
                   _s40_reply("complaints about housing officers"))
    assert "anonymised" in body and "holder of one post" not in body


# --- nc91 #12: staff names redacted from what was supplied are not challenged unless the person asked for names ---------
NAMES_REDACTED = [
    ("1. Copies of the minutes of the housing repairs board meetings held in 2025.",
     "Please find attached the minutes of the housing repairs board meetings held in 2025. The names of junior members "
     "of staff have been redacted under section 40(2) of the Freedom of Information Act 2000 as this is their personal "
     "data."),
    ("1. A copy of the risk assessment for the closure of Hyde Park Road to traffic.",
     "The risk assessment is attached. Staff names have been removed from it, as they are exempt under section 40(2) "
     "of the Act."),
]


@pytest.mark.parametrize("request_, given", NAMES_REDACTED)
def test_staff_names_redacted_are_not_challenged_when_never_asked_for(request_, given):
    flow = ReplyFlow(today=lambda: TODAY, authority="Leeds City Council", request=request_, sent=date(2026, 10, 20),
                     name="Sam Okafor")
    flow.read("Dear Mr Okafor\n\nReference FOI 7781\n\n" + given + "\n\nYours sincerely\nInformation Governance")
    view = flow.write("review")
    assert "acting in their official roles" not in view.body and "reconsider each name" not in view.body
    assert "I do not ask for the names of junior staff" in view.body
    assert "Parts still owed" not in view.body
    assert "If the names matter to you" in view.message


def test_guard_names_asked_for_are_still_argued():
    request_ = ("1. The number of parking fines issued in 2025.\n2. The names of the civil enforcement officers who "
                "issued the most fines.")
    reply = ("Dear Mr Okafor\n\n1. The number of parking fines issued in 2025.\nThe council issued 412.\n2. The names of "
             "the civil enforcement officers who issued the most fines.\nThe names of staff are exempt under section 40(2) "
             "as they are personal data.\n\nYours sincerely")
    flow = ReplyFlow(today=lambda: TODAY, authority="Leeds City Council", request=request_, sent=date(2026, 10, 20),
                     name="Sam Okafor")
    flow.read(reply)
    view = flow.write("review")
    assert "acting in their official roles" in view.body and "I do not ask for the names" not in view.body


# --- nc91 #7: the application to the Scottish Information Commissioner after a review written here -------------------
SCOT_REQUEST = ("1. The amount the University of Edinburgh spent on management consultants in each of the last 3 years.\n"
                "2. The number of staff made redundant in each of those years.")
SCOT_REPLY = ("Dear Ms Campbell\n\nOur reference: FOI-2026-0412\n\n1. We hold this information, but it is exempt under "
              "section 33(1)(b) of the Freedom of Information (Scotland) Act 2002 as its disclosure would prejudice "
              "substantially the commercial interests of the University. We have considered the public interest and it "
              "favours withholding the information.\n2. 2023/24: 41; 2024/25: 57; 2025/26: 12.\n\nIf you are "
              "dissatisfied you may request a review within 40 working days.\n\nYours sincerely\nFOI Officer")
SCOT_REVIEW = ("Dear Ms Campbell\n\nI have now reviewed the University's response to your request. I have concluded that "
               "the exemption in section 33(1)(b) was correctly applied, and the information about consultancy spending "
               "remains withheld. The original decision is upheld.\n\nIf you remain dissatisfied, you may apply to the "
               "Scottish Information Commissioner for a decision within six months.\n\nYours sincerely\nReview Officer")


def test_the_application_after_a_review_written_here_carries_its_grounds_and_reference():
    flow = ReplyFlow(today=lambda: TODAY, authority="University of Edinburgh", request=SCOT_REQUEST,
                     sent=date(2026, 10, 2), name="Mairi Campbell")
    flow.read(SCOT_REPLY)
    flow.set_received(date(2026, 10, 28))
    flow.write("review")
    flow.read(SCOT_REVIEW)
    flow.mark_review()
    flow.set_received(date(2026, 12, 1))
    body = flow.write("complain").body
    assert "Scottish Information Commissioner" in body
    assert "FOI-2026-0412" in body.split("\n")[0] and "(its reference FOI-2026-0412)" in body
    assert "part 1 refused (section 33(1)(b) of FOISA); part 2 information given" in body
    assert "on parts 1 and 2" not in body  # part 2 was answered: only part 1 is argued
    assert "the review upheld that decision on Tuesday 1 December 2026" in body


def test_guard_an_application_with_no_review_written_here_still_reads_the_outcome():
    flow = ReplyFlow(today=lambda: TODAY, authority="University of Edinburgh", request=SCOT_REQUEST,
                     sent=date(2026, 10, 2), name="Mairi Campbell")
    flow.read(SCOT_REVIEW)
    flow.mark_review()
    body = flow.write("complain").body
    assert "Scottish Information Commissioner" in body and "section 33(1)(b)" in body
