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
    from askfoi.letter import letter_format

    assert letter_format(said) == phrase


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
