"""nr88 (nc88, issue 10): the newcomer's reply-side faults (own words, in the shape of the newcomer's replies)."""

from datetime import date

# nc88 #7: a police reply with no numbered parts that refuses the requester's own data under s40(1)
POLICE_OWN = """Reference: 2026/5511

Dear Ms Patel,

I write about your request received by Northshire Constabulary on 2 November 2026.

Number of speed cameras: the force operates 48 fixed cameras.

Camera sites: this information is exempt under section 31(1)(a) of the Freedom of Information Act 2000. Having considered the public interest, the balance favours maintaining the exemption.

Whether your car was photographed: requests for your own personal data are not handled under the Freedom of Information Act. Section 40(1) applies. You may make a subject access request.

If you are not satisfied you may request an internal review. You may then apply to the Information Commissioner.

Yours sincerely,
Information Compliance Unit
Northshire Constabulary
20 November 2026
"""


def _explained(text, authority="Northshire Constabulary"):
    from askfoi.reply_explain import explain_reply

    return explain_reply(text, authority=authority, received=date(2026, 11, 20), today=date(2026, 11, 20))


def test_a_police_s40_1_refusal_without_parts_is_never_names_taken_out():
    said = _explained(POLICE_OWN).reading.explanation
    assert "names and the like" not in said
    assert "your own personal data" in said


def test_a_police_s40_1_meaning_names_section_45_for_law_enforcement_records():
    [note] = [n for n in _explained(POLICE_OWN).sections if n.section == "40(1)"]
    assert "section 45 of the Data Protection Act 2018" in note.meaning


def test_a_police_s40_1_refusal_without_parts_puts_the_subject_access_step_first_under_section_45():
    explained = _explained(POLICE_OWN)
    first = explained.next_steps[0]
    assert first.kind == "own_data"
    assert "section 45" in first.explanation
    # the s31 refusal is still arguable: the review stays
    assert "review" in [s.kind for s in explained.next_steps]


def test_guard_a_council_s40_1_meaning_keeps_article_15():
    """guard: a body that is no police force: UK GDPR Article 15 (passes on main too)."""
    text = POLICE_OWN.replace("Northshire Constabulary", "Northshire Council").replace("the force", "the council")
    [note] = [n for n in _explained(text, "Northshire Council").sections if n.section == "40(1)"]
    assert "Article 15" in note.meaning and "section 45" not in note.meaning


def test_guard_a_reply_citing_other_peoples_data_still_says_names():
    """guard: s40(2) beside s40(1) is other people's data too: no own-data summary for the whole (passes on main too)."""
    text = POLICE_OWN.replace("Section 40(1) applies.", "Section 40(1) applies. Officers' names are withheld under section 40(2).")
    assert "holds back your own personal data" not in _explained(text).reading.explanation


def _review(text, authority):
    from askfoi.followup import review_letter
    from askfoi.reader import read_reply

    return review_letter(read_reply(text), authority=authority, received=date(2026, 11, 20), today=date(2026, 11, 20),
                         reply_text=text).body


def test_the_review_letter_asks_a_police_force_for_the_persons_own_data_under_section_45():
    body = _review(POLICE_OWN, "Northshire Constabulary")
    assert "section 45 of the Data Protection Act 2018" in body


def test_guard_the_review_letter_asks_a_council_for_the_persons_own_data_under_article_15():
    """guard (passes on main too)."""
    text = POLICE_OWN.replace("Northshire Constabulary", "Northshire Council").replace("the force", "the council")
    body = _review(text, "Northshire Council")
    assert "Article 15 of the UK GDPR" in body and "section 45 of the Data Protection Act" not in body


# nc88 #8: the Insight panel forecast "refused; NCND (s40(5B))" for a person's own subject access letter


def test_a_subject_access_letter_gets_no_foi_forecast():
    from askfoi.conversation import Conversation
    from askfoi.matching import get_matcher
    from askfoi.models import Regime

    conv = Conversation(today=lambda: date(2026, 12, 1), matcher=get_matcher())
    for said in ("i want a copy of all the personal data hampshire police hold about me", "ok"):
        conv.reply(said)
    insight = conv.insight()
    assert insight.regime == Regime.SAR
    assert insight.forecast is None and not insight.similar


def test_the_forecast_panel_of_a_subject_access_letter_says_what_it_gets_instead():
    from askfoi.conversation import Insight
    from askfoi.models import Regime
    from askfoi.tui.side import InsightPane

    shown = InsightPane._forecast_text(Insight(regime=Regime.SAR, matching_ready=True))
    assert "not FOI" in shown and "one calendar month" in shown
    assert "neither confirm nor deny" not in shown


# nc88 #10: the review's narrower request left out a part the reply never called costly (own words)
COST_REPLY = """Dear Mr Lee,

Our reference: 5120

Thank you for your request dated 2 October 2026.

I regret that the Council cannot provide the information. Section 12(1) of the Freedom of Information (Scotland) Act 2002 allows us to refuse a request where the cost of complying would exceed £600. Finding every record would need a manual search of about 2,400 files at 20 minutes each.

You may wish to narrow your request, for example to a shorter period.

If you are unhappy with this response you may ask the Council to review it within 40 working days. You can then apply to the Scottish Information Commissioner.

Yours sincerely,
Information Rights Team
Northshire Council
20 November 2026
"""

COST_REQUEST = """Dear Northshire Council,

Please provide the following information for the period 1 January 2022 to 30 September 2026:

1. The number of complaints about noise from building sites in Harbour Street.
2. The number of stop notices the council served on building sites in Harbour Street.
3. The total amount the council spent on enforcement against building sites.

Yours faithfully,
Sam Lee
"""


def test_the_narrower_request_in_a_review_keeps_every_part():
    body = _review_with(COST_REPLY, COST_REQUEST, "Northshire Council")
    narrowed = body.split("narrower request", 1)[1]
    assert "noise from building sites" in narrowed
    assert "stop notices" in narrowed
    assert "spent on enforcement" in narrowed


def _review_with(text, request, authority):
    from askfoi.followup import review_letter
    from askfoi.reader import read_reply

    return review_letter(read_reply(text), request=request, authority=authority, received=date(2026, 11, 20),
                         today=date(2026, 11, 20), reply_text=text).body
