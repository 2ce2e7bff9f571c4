"""tr4: defects seen trying the product (docs/notes/tr4.md): subject access inside FOI wording, overt facial
recognition, two organisations in one message, a place inside another body's name, the reply's date inside a
pasted paragraph."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.reply_explain import explain_reply, reply_date


# --- 6. the reply's date, wherever the pasted text gives it ---------------------------------------------------

@pytest.mark.parametrize("text,day", [
    ("Dear Ms Shah, thank you for your request dated 1 February 2025. Our response dated 14 March 2025 is below. "
     "Essex Police holds the information.", date(2025, 3, 14)),
    ("Re: FOI 123 Date: 14/03/2025 Dear Sir, thank you for your request of 2 March 2025.", date(2025, 3, 14)),
    ("From: FOI Team Sent: Friday, 14 March 2025 10:02 To: me Subject: your request", date(2025, 3, 14)),
    ("Please find below the council's reply of 14th March 2025. We do not hold the information.", date(2025, 3, 14)),
    ("This letter, dated March 14, 2025, sets out our decision.", date(2025, 3, 14)),
    ("Date of response: 20 November 2025\nI can confirm the force holds it.", date(2025, 11, 20)),
])
def test_the_reply_date_is_found_inside_a_pasted_paragraph(text, day):
    assert reply_date(text) == day


@pytest.mark.parametrize("text", [
    "Your request dated 2 March 2025 asked for the figures. We do not hold them.",  # the request's date
    "Date of birth: 01/01/1990. The records were destroyed on 4 May 2024.",  # not the reply's
    "Last update: 14 March 2025. The policy was reviewed in 2024.",
    "In 2024 there were 14 incidents; on 3 March 2025 the policy changed.",  # a bare date
])
def test_dates_that_are_not_the_replys_own_are_not_taken(text):
    assert reply_date(text) is None


def test_a_reply_date_mid_paragraph_sets_the_review_deadline():
    text = ("I am forwarding what Essex Police sent me. Our response dated 14 March 2025 is below. The information "
            "is exempt under section 31(1)(a) of the Freedom of Information Act.")
    explained = explain_reply(text, today=date(2025, 4, 1))
    assert explained.received == date(2025, 3, 14)
    later = explain_reply(text, today=date(2025, 4, 1), received=date(2025, 3, 20))
    review = [s for s in explained.next_steps if s.kind == "review"]
    assert review and review[0].by < [s for s in later.next_steps if s.kind == "review"][0].by


# --- 2. overt deployments are not NCND-prone; a fix never re-triggers the covert check ------------------------

from askfoi.checks import check_request  # noqa: E402
from askfoi.framing import frame_message, replace_covert, review_parts  # noqa: E402


@pytest.mark.parametrize("message", [
    "how many times did the met deploy live facial recognition vans in 2024, and how many arrests",
    "how many times has kent police used live facial recognition vans in 2024 and where were they deployed",
    "how much has essex police spent on facial recognition cameras since 2022",
    "how many retrospective facial recognition searches did south wales police run in 2024",
])
def test_overt_facial_recognition_is_not_flagged_as_ncnd(message):
    framing = frame_message(message)
    assert framing.parts
    assert not any(p.warning for p in framing.parts)
    assert "ncnd-risk" not in {f.code for f in framing.findings}


@pytest.mark.parametrize("message", [
    "does kent police use covert facial recognition",
    "has essex police secretly used facial recognition on protesters",
])
def test_covert_facial_recognition_still_is(message):
    framing = frame_message(message)
    assert "ncnd-risk" in {f.code for f in framing.findings}


@pytest.mark.parametrize("message", [
    "how many times did essex police use imsi catchers in 2024",
    "how many covert human intelligence sources did kent police pay in 2023 and how much did they cost",
    "how many times has the met used stingrays since 2020",
    "does kent police use covert facial recognition",
    "how many undercover officers does the met have",
])
def test_the_covert_fix_never_offers_a_part_the_checks_flag_again(message):
    framing = frame_message(message)
    flagged = [p for p in framing.parts if p.warning]
    assert flagged
    fixed = replace_covert(framing)
    kept = {p.text for p in framing.parts if not p.warning}
    texts = [p.text for p in fixed.parts if p.text not in kept]  # what the fix put in
    for text in texts:  # each replacement, on its own and as a whole request
        assert "ncnd-risk" not in {f.code for f in check_request(text).findings}, text
    if texts:
        assert "ncnd-risk" not in {f.code for f in check_request("\n".join(texts), "Kent Police").findings}
        assert "ncnd-risk" not in {f.code for f in review_parts(texts, [p for p in fixed.parts if p.text in texts], "2024")}
    assert not any("overt" in t.lower() and "imsi" in t.lower() for t in texts)  # no "overt IMSI catcher use"


def test_a_tactic_with_no_overt_form_says_so_instead_of_offering_overt_records():
    framing = frame_message("how many times did essex police use imsi catchers in 2024")
    part = next(p for p in framing.parts if p.warning)
    assert part.replacements == []
    finding = next(f for f in framing.findings if f.code == "ncnd-risk")
    assert "overt deployments" not in finding.suggestion.lower()
