"""nz88 (nc82's and nz85's leftover, issue 10): a reply that says what was asked for is the person's own personal data,
or tells them to make a subject access request, offers the subject access request as a letter on the reply screen.
Invented replies in my own words."""

from __future__ import annotations

from datetime import date

from askfoi.reply_flow import ReplyFlow

TODAY = date(2026, 11, 25)

WHOLE = """Dear Mr Reid,

Thank you for your request of 3 November 2026 for copies of the emails between the head teacher and the governors about your son's exclusion.

The information you have asked for is your personal data. It is exempt under section 40(1) of the Freedom of Information Act.

Yours sincerely,
Information Team"""

POINTER = """Dear Ms Lowe,

Thank you for your request of 4 November 2026 for the records of the calls you made to the repairs line.

We do not deal with requests for a person's own information under FOI. If you would like these records, you can make a subject access request to our Data Protection Officer.

Yours sincerely,
Customer Services"""

PARTS = """Dear Ms Adeyemi,

Thank you for your email of 1 November 2026.

1. Notes of the meeting of 14 October: as they are about you, they are your own personal data and exempt under section 40(1).
2. The policy on medical priority: published on our website at www.example.gov.uk/priority (section 21).

Yours sincerely
Housing Team"""

PLAIN = """Dear Mr Shah,

Thank you for your request of 2 November 2026 for the number of cyclists injured on Mill Road.

The information is exempt under section 21: it is published at www.example.gov.uk/road-casualties.

Yours sincerely
Road Safety Team"""


def _flow(**kw) -> ReplyFlow:
    return ReplyFlow(today=lambda: TODAY, **kw)


def test_a_reply_calling_it_your_own_data_offers_the_subject_access_request():
    flow = _flow(authority="Northshire Council")
    read = flow.read(WHOLE)
    assert "sar" in read.offers and "subject access request does" in read.message  # said before the review
    view = flow.write("sar")
    assert "subject access request" in view.message and "one calendar month" in view.message
    assert "Article 15 of the UK GDPR" in view.body and "Northshire Council" in view.body
    assert "my son's exclusion" in view.body and "your son" not in view.body  # said as the person says it


def test_a_reply_telling_them_to_make_a_subject_access_request_offers_it():
    flow = _flow()
    assert "sar" in flow.read(POINTER).offers
    body = flow.write("sar").body
    assert "The records of the calls I made to the repairs line" in body  # the reply's "you", said as "I"
    assert "[ORGANISATION]" in body  # no body named: a blank, never a guess


def test_only_the_parts_refused_as_own_data_are_asked_for():
    flow = _flow(authority="Northshire Council")
    assert "sar" in flow.read(PARTS).offers
    body = flow.write("sar").body
    assert "Notes of the meeting of 14 October" in body and "medical priority" not in body


def test_a_reply_with_no_pointer_to_subject_access_offers_none():
    # guard (passes on main too: there was no such offer)
    flow = _flow(authority="Northshire Council")
    assert "sar" not in flow.read(PLAIN).offers


async def test_the_reply_screen_shows_the_button_and_writes_the_letter(tmp_path):
    from textual.widgets import Button, TextArea

    from tests.test_reply_tui import make_app, open_reply, settle

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_reply(pilot)
        screen.query_one("#reply-text", TextArea).text = WHOLE
        await pilot.press("ctrl+r")
        await settle(pilot)
        await settle(pilot)
        assert screen.query_one("#reply-letter-sar", Button).display
        await pilot.press("ctrl+g")
        await settle(pilot)
        assert screen.flow.letter_kind == "sar" and "Article 15" in screen.flow.letter_text()


def test_an_environmental_reply_calling_it_your_own_data_offers_it_too():
    # the EIR's own exclusion (reg 5(3)), which the reader names no section for: the sentence saying it is theirs
    text = PLAIN.replace("the number of cyclists injured on Mill Road", "the noise complaints made about my flat").replace(
        "The information is exempt under section 21: it is published at www.example.gov.uk/road-casualties.",
        "This information is your own personal data and is excluded from the Environmental Information Regulations by "
        "regulation 5(3).")
    assert "sar" in _flow(authority="Northshire Council").read(text).offers
