"""What is said about the law is what the law of the route says (an independent audit found these said for the wrong
regime): the EISR review, a subject access reply read from the command line, police law-enforcement subject access,
too many parts under FOISA and the EIR, and when the ICO takes a complaint about a review that never came."""

from __future__ import annotations

from datetime import date

from askfoi.checks import check_request
from askfoi.deadlines import deadline
from askfoi.next_steps import next_steps
from askfoi.models import Outcome, Regime
from askfoi.reply_explain import explain_reply, explanation_text, section_note


def test_the_eisr_review_is_twenty_working_days_then_the_scottish_commissioner():
    note = section_note("EISR 16")
    assert "20 working days" in note.meaning and "Scottish Information Commissioner" in note.meaning
    assert "40 working days; after" not in note.meaning


def test_a_subject_access_reply_gets_no_foi_steps():
    reply = ("Dear Ms Brown\n\nSubject Access Request - reference SAR/2026/114\n\nThank you for your request for your "
             "personal data under Article 15 of the UK GDPR, received on 3 June 2026. Please find enclosed copies of "
             "the records we hold about you.\n\nYours sincerely\nData Protection Team\n")
    explained = explain_reply(reply, today=date(2026, 11, 30))
    text = explanation_text(explained)
    assert explained.sar and not explained.next_steps
    assert "section 50" not in text and "internal review by" not in text.lower()
    assert "subject access request" in text


def test_an_foi_reply_that_mentions_subject_access_is_still_foi():
    reply = ("Dear Mr Reed\n\nFreedom of Information request FOI/123\n\nWe hold no information. If you want your own "
             "personal data, make a subject access request.\n")
    assert not explain_reply(reply, today=date(2026, 11, 30)).sar


def test_police_law_enforcement_subject_access_cannot_be_extended():
    part3 = deadline(date(2026, 11, 30), Regime.SAR, dpa_part3=True).explanation
    gdpr = deadline(date(2026, 11, 30), Regime.SAR).explanation
    assert "two further months" not in part3 and "section 54" in part3
    assert "two further months" in gdpr


def test_too_many_parts_names_the_right_duty_to_advise():
    parts = "\n".join(f"{i}. How many {w} were there in 2024?" for i, w in
                      enumerate(["staff", "agency staff", "vacancies", "leavers", "sick days", "complaints", "appeals"], 1))
    scottish = check_request(parts, "Glasgow City Council").findings
    assert any(f.code == "too-many-questions" and "section 15" in f.suggestion for f in scottish)
    river = "\n".join(f"{i}. How many {w} were recorded on the River Wye in 2024?" for i, w in enumerate(
        ["sewage spills", "pollution incidents", "fish kills", "algal blooms", "water samples", "odour complaints",
         "permit breaches"], 1))
    environmental = check_request(river, "Environment Agency")
    assert environmental.regime == Regime.EIR
    found = [f for f in environmental.findings if f.code == "too-many-questions"]
    assert found and "regulation 9" in found[0].suggestion and "section 16" not in found[0].suggestion
    assert "manifestly unreasonable" in found[0].message


def test_the_ico_takes_a_complaint_about_a_missing_review_after_forty_working_days():
    steps = next_steps(Outcome.refused, Regime.FOIA, sections=["43(2)"], received=date(2026, 11, 2),
                       today=date(2026, 11, 30))
    review = next(s for s in steps if s.kind == "review")
    commissioner = next(s for s in steps if s.kind == "commissioner")
    from askfoi.deadlines import add_working_days

    assert add_working_days(review.by, 40).strftime("%-d %B %Y") in commissioner.explanation
