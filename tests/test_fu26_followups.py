"""fu26: follow-up letters with real grounds (issue 10 items 3-4), from a newcomer's defects on the integrated code."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.followup import complaint_letter, review_letter

TODAY = date(2026, 12, 1)
_SLOT = re.compile(r"\[[A-Z][A-Z ]{2,}\]")


def _slots(body: str) -> list[str]:
    return [s for s in _SLOT.findall(body) if s != "[YOUR NAME]"]


# ---- 1. a letter never carries a placeholder askfoi could fill or leave out ----

@pytest.mark.parametrize("authority,sent", [("Kent Police", date(2026, 9, 1)), ("kent police", None),
                                            ("Glasgow City Council", date(2026, 9, 1)), ("Leeds City Council", None)])
def test_a_late_complaint_has_no_date_placeholder_and_no_if_any(authority, sent):
    body = complaint_letter("", authority=authority, sent=sent, late=True, today=TODAY).body
    assert _slots(body) == [] and "(if any)" not in body
    assert "reminded" not in body and "reminder" not in body  # no reminder was said to have been sent
    assert "response within the 20 working days" in body


def test_a_late_complaint_names_the_reminder_only_when_its_day_is_given():
    body = complaint_letter("", authority="Kent Police", sent=date(2026, 9, 1), chased=date(2026, 10, 5), late=True,
                            today=TODAY).body
    assert "although I reminded it on Monday 5 October 2026" in body
    assert "- my reminder to Kent Police of Monday 5 October 2026." in body


def test_a_complaint_about_a_reply_with_no_dates_known_words_them_out():
    reply = ("Dear Sir,\n\nWe are withholding the report under section 43(2) of the Freedom of Information Act 2000, as "
             "disclosure would prejudice the commercial interests of the supplier.\n\nYours faithfully,\nFOI Team")
    body = complaint_letter(reply, authority="Essex County Council", today=TODAY).body
    assert _slots(body) == []
    assert "replied." in body and "I asked for an internal review and have not received its outcome" in body


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    from askfoi.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_complain_late_on_the_command_line_says_what_to_give_instead_of_a_placeholder(capsys):
    code, out, err = _cli(capsys, "complain", "--late", "--authority", "Kent Police", "--sent", "2026-09-01")
    assert code == 0, err
    assert _slots(out) == [] and "--chased" in err
    code, out, err = _cli(capsys, "complain", "--late", "--authority", "Glasgow City Council")
    assert _slots(out) == [] and "(if any)" not in out and "--review-asked" in err


# ---- 2. an exact address to the information is a proper s21 answer; only a general pointer is grounds ----

EXACT = [
    "The information you requested is already published and is therefore exempt under section 21 of the Freedom of "
    "Information Act 2000. You can find the figures at https://www.examplecouncil.gov.uk/parking/annual-report-2025.pdf "
    "(table 3, page 12).",
    "this info is reasonably accessible to you by other means so s21 applies - please see "
    "www.kent.police.uk/foi-ai/kent-police/disclosure-2024/march/taser-use-2023/",
    "Section 21 of the Act applies. The data is available on our website at the following link:\n"
    "https://www.gov.uk/government/statistics/police-use-of-force-statistics-april-2024-to-march-2025",
]
GENERAL = [
    "The information you have asked for is published on our website and section 21 of the Freedom of Information Act "
    "applies. Please see www.examplecouncil.gov.uk.",
    "This information is already in the public domain and is exempt under section 21. It can be found on our website.",
    "We consider section 21 applies as the information is reasonably accessible: see https://www.kent.police.uk/ "
    "and our disclosure log at https://www.kent.police.uk/foi-ai/disclosure-log/",
]


def _paragraph(body: str, start: str) -> str:
    return next(x for x in body.split("\n\n") if x.startswith(start))


@pytest.mark.parametrize("reply", EXACT)
def test_an_exact_address_is_not_called_a_general_pointer(reply):
    letter = review_letter(reply, authority="Kent Police", today=TODAY)
    para = _paragraph(letter.body, "Already published")
    assert "general pointer" not in para and "not where exactly" not in para
    assert "exact address answers my request" in para
    # fu29 (nu31 s19): never "a proper answer": the person checks the page holds the information itself
    assert letter.caution and "proper answer" not in letter.caution and "reasonably accessible" in letter.caution


@pytest.mark.parametrize("reply", GENERAL)
def test_a_general_pointer_is_argued_as_one(reply):
    letter = review_letter(reply, authority="Kent Police", today=TODAY)
    para = _paragraph(letter.body, "Already published")
    assert "general pointer" in para and "exact address of each part" in para
    assert "[" not in para and not (letter.caution or "").startswith("The reply gives the exact address")


# ---- 3. an s12 review uses what the reply stated, and never asks for what was given ----

S12 = [
    ("We estimate that there are approximately 38,000 stop and search records for 2024. Age is not a searchable field, "
     "so each record would need to be opened and read. At a conservative estimate of 2 minutes per record, this would "
     "take over 1,266 hours, far exceeding the 18 hours (£450) appropriate limit. Section 12 of the Freedom of "
     "Information Act 2000 therefore applies.", "38,000 stop and search records", "2 minutes"),
    ("to locate the info officers would have to manually review around 4,500 case files, each taking 10 minutes, which "
     "totals 750 hours. this exceeds the cost limit so s12 applies", "4,500 case files", "10 minutes"),
    ("Thank you for your request. We hold 12000 incident logs for the period and each would need to be read; at 3 "
     "minutes per log that would take 600 hours, well over the 18 hour limit set by section 12.", "12000 incident logs",
     "3 minutes"),
]


@pytest.mark.parametrize("reply,count,per", S12)
def test_a_cost_review_challenges_the_estimate_with_the_replys_own_figures(reply, count, per):
    body = review_letter(reply, authority="Kent Police", today=TODAY).body
    para = _paragraph(body, "The cost estimate")
    assert count in para and f"how the time of {per} for each was measured" in para
    assert "how many there are" not in para and "how many records" not in para
    assert f"whether all {count} would need to be read" in para


def test_a_cost_review_with_no_figures_still_asks_for_them():
    reply = "Dear Sir,\n\nTo comply with your request would exceed the appropriate limit of £450, so section 12 applies."
    para = _paragraph(review_letter(reply, today=TODAY).body, "The cost estimate")
    assert "how many there are" in para and "for each was measured" not in para


# ---- 6. "not held in the format requested" is reviewed as a question of format (s11) and of the form held ----

FORMAT = [
    ("You asked for a spreadsheet of every pothole repair in 2025. The information is not held in the format requested. "
     "Repairs are recorded on individual job sheets. We are therefore unable to provide the information.", "FOIA"),
    ("unfortunately the council does not hold this information in the format you have requested and so it is not "
     "held for the purposes of the Act.", "FOIA"),
    ("We do not hold a spreadsheet of noise complaints by street. The information is therefore not held under "
     "regulation 12(4)(a) of the Environmental Information Regulations 2004.", "EIR"),
]


@pytest.mark.parametrize("reply,law", FORMAT)
def test_not_held_in_the_format_asked_for_is_a_format_question(reply, law):
    body = review_letter(reply, authority="Devon County Council", today=TODAY).body
    para = _paragraph(body, "The form")
    # rd45: the duty on form (s11 / reg 6(1)) is argued only where the reply shows a form asked for (a spreadsheet);
    # "not held in the format you have requested" alone claims no preference for the person
    shown = "spreadsheet" in reply
    assert (("section 11" if law == "FOIA" else "regulation 6(1)") in para) == shown
    assert ("in the form I asked for" in para) == shown
    assert "in the form in which you hold it" in para
    assert "what searches were made" not in body and "Information not held" not in body
    complaint = complaint_letter(reply, authority="Devon County Council", today=TODAY).body
    assert ("is a question of" in complaint) == shown and "adequate searches" not in complaint
    assert shown or "compiling it, not creating new information" in " ".join(complaint.split())


def test_not_held_at_all_is_still_argued_as_not_held():
    reply = "We have searched our records and the council does not hold any information about this."
    body = review_letter(reply, authority="Devon County Council", today=TODAY).body
    assert "Information not held" in body and "The form" not in body


# ---- 5. names asked for and refused: the person's own request is argued (s40(2) test), figures only an alternative ----

FOUR_PARTS = """Dear Ms Khan,

Freedom of Information Request FOI-2026-4471

You asked:

1. How many licensed HMOs are there in the borough?
2. How many HMO licence applications were refused in 2025?
3. The names of the landlords whose HMO licences were revoked in 2025.
4. The addresses of the properties whose licences were revoked.

Response:

1. There are 1,412 licensed HMOs in the borough.
2. 37 applications were refused in 2025.
3. We are withholding the names of the landlords under section 40(2) of the Freedom of Information Act 2000, as this is personal data and disclosure would breach the data protection principles.
4. The addresses are also withheld under section 40(2), as the landlords could be identified from them.

Yours sincerely,
Information Governance
"""

NAMES = [
    (FOUR_PARTS, None, "the names of the landlords"),
    ("Thank you for your request. the identity of the complainant is exempt under s40(2) FOIA as it is personal data "
     "of a third party.", None, "the identity of the complainant"),
    ("We hold this information. It is withheld under section 40(2) of the Freedom of Information Act 2000.",
     "my neighbour keeps dumping rubbish. Please tell me the names of the people fined for fly-tipping in my street in "
     "2025.", "the names of the people fined"),
]


@pytest.mark.parametrize("reply,asked,what", NAMES)
def test_names_refused_are_argued_not_traded_for_figures(reply, asked, what):
    review = review_letter(reply, request=asked, authority="Leeds City Council", today=TODAY).body
    para = _paragraph(review, "Personal data")
    assert f"I asked for {what}" in para and "Article 6(1)(f)" in para
    assert "I do not want anyone's personal information" not in para
    assert para.index("legitimate interest") < para.index("figures that identify no one")  # figures: an alternative only
    complaint = complaint_letter(reply, request=asked, authority="Leeds City Council", today=TODAY).body
    assert f"it withheld {what}, which I asked for" in complaint
    assert "anonymised or aggregate figures could be released" not in complaint


def test_a_personal_data_refusal_of_figures_still_offers_anonymised_figures():
    reply = "The number of pupils excluded at the school is exempt under section 40(2), as it is personal data."
    para = _paragraph(review_letter(reply, today=TODAY).body, "Personal data")
    assert "I asked for" not in para and ("anonymised" in para or "exact figure" in para)


# ---- 7. a Scottish authority that cites the UK Act: said, and argued under FOISA with FOISA numbers ----

WRONG_ACT = [
    ("We are withholding the minutes under section 36(2)(b)(ii) and 36(2)(c) of the Freedom of Information Act 2000, "
     "as disclosure would inhibit the free and frank exchange of views and prejudice the effective conduct of public "
     "affairs. We have considered the public interest and it favours withholding.", "NHS Lothian",
     {"section 30(b)(ii) of FOISA", "section 30(c) of FOISA"}, "section 36"),
    ("the names of staff are exempt under s40(2) of the freedom of information act 2000 and the contract prices under "
     "section 43(2) FOIA 2000 as they would prejudice commercial interests.", "City of Edinburgh Council",
     {"section 38(1)(b) of FOISA", "section 33(1)(b) of FOISA"}, "section 43"),
    ("This information is exempt under section 31(1)(a) of the Freedom of Information Act 2000 (law enforcement). The "
     "public interest favours withholding.", "Police Scotland", {"section 35(1)(a) of FOISA"}, "section 31"),
]


@pytest.mark.parametrize("reply,authority,foisa,uk", WRONG_ACT)
def test_a_scottish_authority_citing_the_uk_act_is_reviewed_under_foisa(reply, authority, foisa, uk):
    letter = review_letter(reply, authority=authority, today=TODAY)
    body = letter.body
    assert letter.law == "the Freedom of Information (Scotland) Act 2002"
    wrong = _paragraph(body, "The wrong Act")
    assert all(f in wrong for f in foisa)
    rest = body.replace(wrong, "")
    assert uk not in rest  # FOISA numbers throughout once the wrong Act is said
    assert all(f in rest for f in foisa if "38" not in f and "33" not in f) or "Personal data" in rest
    assert "qualified person" not in rest
    complaint = complaint_letter(reply, authority=authority, today=TODAY).body
    assert "it refused under the Freedom of Information Act 2000, which does not govern" in complaint


def test_a_scottish_authority_citing_foisa_gets_no_wrong_act_paragraph():
    reply = ("We are withholding the minutes under section 30(b)(ii) of the Freedom of Information (Scotland) Act 2002. "
             "The public interest favours withholding.")
    body = review_letter(reply, authority="NHS Lothian", today=TODAY).body
    assert "The wrong Act" not in body and "section 30(b)(ii)" in body


def test_an_english_authority_citing_the_uk_act_gets_no_wrong_act_paragraph():
    body = review_letter(WRONG_ACT[0][0], authority="Kent County Council", today=TODAY).body
    assert "The wrong Act" not in body and "section 36(2)(b)(ii)" in body and "qualified person" in body


# ---- 8. a late subject access reply is called late; DPA 2018 exemptions are explained, not quoted ----

SAR_REPLY = """Dear Ms Green,

Subject Access Request - our reference SAR/2026/118

Thank you for your subject access request under Article 15 of the UK GDPR.

Please find enclosed copies of your personal data held in your housing file. Some information has been withheld under {cite} of the Data Protection Act 2018, as it consists of legal advice given to the Council. Some third party information has been redacted.

Yours sincerely,
Data Protection Officer
Date: 12 November 2026
"""


@pytest.mark.parametrize("cite", ["Schedule 2, Part 4, paragraph 19", "Sch 2 para 19",
                                  "schedule 2 paragraph 19 (legal professional privilege)"])
def test_legal_privilege_in_a_subject_access_reply_is_explained_in_plain_english(cite):
    from askfoi.reply_explain import explain_reply, explanation_text

    explained = explain_reply(SAR_REPLY.format(cite=cite), today=TODAY)
    text = explanation_text(explained)
    assert explained.sar
    assert "communications with its lawyers" in text and "not the facts in your own records" in text
    assert "other people's information" in text  # the third-party redaction, explained too


@pytest.mark.parametrize("sent,late,beyond", [(date(2026, 8, 1), True, True), (date(2026, 9, 1), True, False),
                                              (date(2026, 10, 20), False, False)])
def test_a_subject_access_reply_after_its_month_is_called_late(sent, late, beyond):
    from askfoi.reply_explain import explain_reply, explanation_text

    explained = explain_reply(SAR_REPLY.format(cite="Schedule 2, paragraph 19"), sent=sent, today=TODAY)
    text = explanation_text(explained)
    assert ("This reply came late" in text) == late
    assert ("late whatever the reason" in text) == beyond
    if late and not beyond:
        assert "unless, within that month, they told you they needed up to two further months" in text


def test_explain_sent_on_the_command_line_says_a_subject_access_reply_is_late(tmp_path, capsys):
    reply = tmp_path / "reply.txt"
    reply.write_text(SAR_REPLY.format(cite="Sch 2 para 19"))
    code, out, _ = _cli(capsys, "explain", str(reply), "--sent", "2026-08-01")
    assert code == 0 and "This reply came late" in " ".join(out.split())
    assert "legal advice, or made for legal proceedings" in " ".join(out.split())


# ---- 4. NCND evidence must be about the same kind of question: totals never prove specific operations public ----

INFILTRATION = [
    "You asked: Has the Metropolitan Police deployed undercover officers or covert human intelligence sources to "
    "infiltrate Extinction Rebellion or Just Stop Oil since 2022? If so, how many?",
    "you asked whether any informants have been tasked against named protest groups in Bristol, for example Palestine "
    "Action, since 2020.",
    "Request: i want to know if the police spied on the anti-incinerator campaign group in my town using covert human "
    "intelligence sources",
]
NCND_TAIL = ("\n\nThe force can neither confirm nor deny that it holds the information you requested, by virtue of "
             "sections 23(5), 24(2), 30(3) and 31(3) of the Freedom of Information Act 2000.\n\nYours faithfully,\n"
             "Information Rights Unit")


def _other(title: str, outcome: str = "disclosed"):
    from askfoi.models import Outcome
    from askfoi.reply_explain import OtherAnswer

    return OtherAnswer(authority="Kent Police", title=title, outcome=Outcome(outcome), ncnd=False,
                       url="https://example.police.uk/" + title.lower().replace(" ", "-"), authority_type="police")


@pytest.mark.parametrize("asked", INFILTRATION)
def test_payment_totals_are_no_evidence_that_targeted_operations_are_public(asked):
    from askfoi.reader import read_reply
    from askfoi.reply_explain import answered_differently

    reading = read_reply(asked + NCND_TAIL)
    others = [_other("Payments to covert human intelligence sources 2011-16"),
              _other("Number of CHIS authorisations each year", "part_disclosed"),
              _other("Covert human intelligence sources deployed against Extinction Rebellion", "not_held")]
    kept = answered_differently(reading, others, "Avon and Somerset Constabulary", query=asked)
    assert [o.title for o in kept] == ["Covert human intelligence sources deployed against Extinction Rebellion"]


@pytest.mark.parametrize("asked", INFILTRATION)
def test_an_infiltration_review_cites_no_informant_payment_totals(asked):
    body = review_letter(asked + NCND_TAIL, authority="Metropolitan Police Service", today=TODAY).body
    assert "payment" not in body.lower() and "Neither confirm nor deny" in body


def test_an_aggregate_ncnd_question_still_cites_aggregate_answers_with_what_they_show():
    from askfoi.reader import read_reply
    from askfoi.reply_explain import answered_differently

    asked = "You asked: How much has the force paid to informants in each of the last five years?"
    reading = read_reply(asked + NCND_TAIL)
    kept = answered_differently(reading, [_other("Payments to covert human intelligence sources 2011-16")],
                                "Essex Police", query=asked)
    assert len(kept) == 1
    body = review_letter(asked + NCND_TAIL, authority="Essex Police", today=TODAY).body
    if "Other authorities" in body:  # the pack's answers about informant payments, each saying what it did
        assert re.search(r"\) released (?:it|some of it) \([^)]*\): http", body)  # fu28: with the kind of page


# ---- every letter changed here keeps a blank line between its paragraphs ----

@pytest.mark.parametrize("reply,authority", [(EXACT[0], "Bristol City Council"), (GENERAL[0], "Bristol City Council"),
                                             (S12[0][0], "Kent Police"), (FORMAT[0][0], "Devon County Council"),
                                             (FOUR_PARTS, "Leeds City Council"), (WRONG_ACT[1][0], "City of Edinburgh Council"),
                                             (INFILTRATION[0] + NCND_TAIL, "Metropolitan Police Service")])
def test_paragraphs_stay_apart(reply, authority):
    for body in (review_letter(reply, authority=authority, today=TODAY).body,
                 complaint_letter(reply, authority=authority, today=TODAY).body):
        lines = body.split("\n")
        for line, nxt in zip(lines, lines[1:]):
            if line.strip() and nxt.strip() and not re.match(r"(?:- |\d+\. )", nxt) and not line.startswith("Dear"):
                assert line.endswith(":"), f"{line[:60]!r} runs into {nxt[:60]!r}"


@pytest.mark.parametrize("reply", [
    "North Yorkshire Police have recently responded to a similar request, a copy of which is published on our website "
    "and available using the below link: FOI 1025-2024/25 UFO Sightings. As such section 21 applies.",
    "Under section 21 of the Act we are not required to provide information that is reasonably accessible to you. The "
    "information you requested is available from our website (below).",
    "s21 applies, the figures are published - click here to view them.",
])
def test_a_link_the_pasted_text_lost_is_not_called_a_general_pointer(reply):
    letter = review_letter(reply, authority="North Yorkshire Police", today=TODAY)
    para = _paragraph(letter.body, "Already published")
    assert "at the link your response gave" in para and "general pointer" not in para


def test_only_the_estimate_s_own_count_is_its_base_never_a_figure_given_for_another_part():
    from askfoi.followup import estimate_facts

    reply = ("1. Compliance with this request would exceed the appropriate limit under section 12, which is 18 hours of "
             "officer time. We estimate we would need to check 1000 complaints and this would take 5 minutes for each "
             "complaint, which is 83 hours. 2. 1st June 2023 to 31st May 2024 - 1,750 claims, 275 accepted, £48,745 paid.")
    assert estimate_facts(reply)["count"] == "1000 complaints"
    answered = ("1. We received 62 complaints in 2024. 2. To answer this part would require a manual review of each "
                "file, which exceeds the cost limit under section 12.")
    assert "count" not in estimate_facts(answered)
