"""fu29: follow-up letters and explanations an FOI officer would take seriously (issue 10 items 3-6), from the faults
seen on the fresh18-20 replies and by newcomer nu31."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.followup import AlreadyReviewed, complaint_letter, reference_in, review_letter
from askfoi.reply_explain import explain_reply, explanation_text, use_scope

TODAY = date(2026, 12, 2)


# --- 1. a reply that is itself a review's outcome: the Commissioner next, with its date -------------------------------

REVIEW_OUTCOMES = [
    "Dear Mr Jones\n\nFollowing your request for a review of our response to the FOI you submitted, a review meeting "
    "was held at the council offices. The original decision to withhold under section 33(1)(b) of the Freedom of "
    "Information (Scotland) Act 2002 stands.\n\n"
    "Moray Council\n4 November 2026",
    "Dear Ms Hill,\n\nThank you for your request for an internal review following our disclosure to you. I have "
    "considered the matter afresh and the refusal under section 12 is maintained.\n\nWelsh Government\n5 November 2026",
    "dear sir, i have conducted a review on the basis of the decision to not release the nature of the case under "
    "section 40(2). welsh government, 6 November 2026",
    "Dear Dr Patel\n\nI have reviewed your request and considered the points you raised in your emails of 18 and 20 "
    "March. The figures remain exempt under section 43(2).\n\nThe Open University\n10 November 2026",
    "Dear requester, having looked again at the handling of your request we have decided to uphold the original "
    "decision: the information is exempt under section 31(1)(a). Kent Police, 12 November 2026",
    "We have now considered your complaint about our response. The original refusal has been upheld, as section 43(2) "
    "applies.\n\nNorthshire County Council\n12 November 2026",
]


@pytest.mark.parametrize("text", REVIEW_OUTCOMES)
def test_a_review_outcome_gets_no_second_review_but_the_commissioner_by_a_date(text):
    with pytest.raises(AlreadyReviewed) as raised:
        review_letter(text, today=TODAY)
    said = str(raised.value)
    assert "no second" in said
    assert "so by " in said  # the day the Commissioner's time ends, counted from the outcome's own date


def test_the_commissioners_time_is_six_months_in_scotland_and_six_weeks_elsewhere():
    scot = REVIEW_OUTCOMES[0]  # Moray Council, FOISA
    with pytest.raises(AlreadyReviewed) as raised:
        review_letter(scot, today=TODAY, scotland=True)
    assert "Scottish Information Commissioner" in str(raised.value) and "Tuesday 4 May 2027" in str(raised.value)
    with pytest.raises(AlreadyReviewed) as raised:
        review_letter(REVIEW_OUTCOMES[4], today=TODAY)
    assert "Information Commissioner" in str(raised.value) and "Thursday 24 December 2026" in str(raised.value)


@pytest.mark.parametrize("text", [
    "Dear Sir, we do not hold this information. If you are unhappy you may ask for an internal review within 40 "
    "working days. Kent Police, 3 November 2026",
    "Thank you for your request. I have reviewed our records and can confirm that 42 officers were trained. If you are "
    "not content with the outcome of the internal review, you may apply to the Commissioner.",
])
def test_a_first_reply_is_not_read_as_a_review_outcome(text):
    from askfoi.reply_flow import reads_as_review_outcome

    assert not reads_as_review_outcome(text)


# --- 2. the reply's reference and its question, never its heading -------------------------------------------------------

@pytest.mark.parametrize("text,ref", [
    ("Your request: FOI 5521 - drone use by Essex Police", "FOI 5521"),
    ("your request foi 5521 has been considered", None),  # (a lower-case prefix is no reference)
    ("Your request FOI/2026/0091 has been considered.", "FOI/2026/0091"),
    ("Our request: EIR-26-117 - bins", "EIR-26-117"),
])
def test_a_request_named_by_a_lettered_number_is_its_reference(text, ref):
    assert reference_in(text) == ref


PART = ("Dear Mr Okafor,\n\nYour request: FOI 5521 - drone use by Essex Police\n\nYou asked:\n1. How many drone flights "
        "did Essex Police make in 2025?\n2. How much did the drone unit cost in 2025?\n3. Where were the drones deployed "
        "(locations)?\n\nIn Response:\n1. Essex Police made 1,842 drone flights in 2025.\n2. The drone unit cost £412,000 "
        "in 2025.\n3. This information is exempt under section 31(1)(a) and (b) of the Act (law enforcement). Disclosing "
        "deployment locations would allow offenders to identify areas of police activity.\n\nPart Disclosure with "
        "Section 31 Exemption.\n\nEssex Police FOI Unit\n2 November 2026")


def test_the_review_quotes_the_first_question_not_the_heading_and_takes_the_reference():
    letter = review_letter(PART, authority="Essex Police", name="Ade Okafor", today=TODAY)
    assert "FOI 5521 - drone use" not in letter.body
    # rv51 (nc50 #7): parts 1 and 2 were answered: the part under review is quoted, never the first question
    assert 'The part under review is part 3 ("Where were the drones deployed (locations)?"); you answered parts 1 and 2.' \
        in " ".join(letter.body.split())
    assert "your reference FOI 5521" in letter.body and "FOI 5521" in letter.subject


def test_a_story_before_the_question_is_not_quoted_as_the_question():
    reply = ("Information requested\n\nI recently contacted the cabinet office about honours. They told me the "
             "process is run in Edinburgh.\n\nTherefore, can you please provide the guidance the Scottish Government "
             "uses to decide honours nominations?\n\nResponse\n\nThe guidance is exempt under section 30(c) of FOISA.\n\n"
             "Scottish Government\n3 November 2026")
    body = review_letter(reply, today=TODAY).body
    assert "I recently contacted" not in body
    assert 'It asked: "Can you please provide the guidance' in body


# --- 3. a part refused in full beside a "Part Disclosure" line ---------------------------------------------------------

@pytest.mark.parametrize("label", ["Part Disclosure with Section 31 Exemption.", "PART DISCLOSURE - SECTION 31",
                                   "Partial disclosure, section 31 applied."])
def test_a_part_withheld_in_full_reads_withheld_whatever_the_outcome_line(label):
    text = PART.replace("Part Disclosure with Section 31 Exemption.", label)
    explained = explanation_text(explain_reply(text, today=TODAY))
    assert "Part 3: refused - 31(1)(a), 31(1)(b)" in explained and "Part 3: partly given" not in explained
    body = review_letter(text, authority="Essex Police", today=TODAY).body
    assert "part 3 (withheld under section 31(1)(a) and section 31(1)(b))" in body
    assert "(partly given)" not in body


def test_a_part_that_gives_some_of_it_beside_the_outcome_line_stays_partly_given():
    text = PART.replace("3. This information is exempt", "3. Deployments were in 12 districts; the exact locations are "
                                                          "exempt")
    explained = explanation_text(explain_reply(text, today=TODAY))
    assert "Part 3: refused" not in explained


# --- 4. "less sure" only when askfoi is not sure; long addresses never broken ------------------------------------------

COST = ("Dear Ms Jones,\n\nThank you for your request received on 2 October 2026.\n\nTo answer it we would need to review "
        "each of approximately 9,000 case records manually, which we estimate would take in excess of 40 hours. The "
        "cost of complying would therefore exceed the appropriate limit of £450 and section 12 of the Freedom of "
        "Information Act 2000 applies.\n\nBolton Council\n28 October 2026")


@pytest.mark.parametrize("text", [COST, PART, COST.lower()])
def test_a_plain_reply_is_not_called_less_sure(text):
    assert "less sure" not in explanation_text(explain_reply(text, today=TODAY))


def test_explain_never_breaks_a_long_address():
    from askfoi.commands.explain import render_explanation

    url = "https://www.publichealthscotland.scot/publications/nhs-waiting-times-stage-of-treatment-quarter-ending-2023/"
    reply = (f"Dear Requester,\n\nThis information is already published and is available at {url} . Under section 25 of "
             "the Freedom of Information (Scotland) Act 2002 we are not required to provide it.\n\nNHS Greater Glasgow "
             "and Clyde\n20 November 2026")
    shown = render_explanation(explain_reply(reply, today=TODAY))
    assert url.rstrip("/") in shown.replace("\n  ", " ")  # the address whole on one line
    assert any(url.rstrip("/") in line for line in shown.splitlines())


# --- 5. NCND on a covert question: only covert precedents, and the overt re-ask --------------------------------------

COVERT_NCND = ("Freedom of information request reference no: 01.FOI.26.045512\n\nI note you seek access to information "
               "on the Metropolitan Police Service's use of covert facial recognition technology in 2025.\n\nThe MPS can "
               "neither confirm nor deny whether it holds the information you requested, by virtue of sections 23(5), "
               "24(2), 30(3) and 31(3) of the Freedom of Information Act 2000.\n\nMetropolitan Police Service\n"
               "14 November 2026")


@pytest.mark.parametrize("text,scope", [
    ("whether the met uses covert live facial recognition from unmarked vehicles", "covert"),
    ("do they secretly scan faces with facial recognition", "covert"),
    ("Whether the force used live overt facial recognition in 2022-2023", "overt"),
    ("The force's use of facial recognition technologies.", "general"),
    ("Does the force use facial recognition, overtly or covertly?", "general"),
    ("payments to covert human intelligence sources each year", "general"),  # a tactic's name, no limit
])
def test_use_scope(text, scope):
    assert use_scope(text) == scope


def test_a_covert_question_cites_no_overt_or_general_answer():
    from askfoi.models import Outcome
    from askfoi.reader import read_reply
    from askfoi.reply_explain import OtherAnswer, answered_differently

    def other(title, asked):
        return OtherAnswer(authority="Gwent Police", title=title, outcome=Outcome.not_held, ncnd=False, asked=asked,
                           url="https://www.gwent.police.uk/" + title.lower().replace(" ", "-"), authority_type="police")

    others = [other("Facial Recognition (330A/23)", "Whether the force used live overt facial recognition in 2023."),
              other("Facial Recognition", "The force's use of facial recognition technologies."),
              other("Covert facial recognition", "Whether the force uses facial recognition covertly.")]
    query = "Any recorded information on whether the force uses covert live facial recognition from unmarked vehicles."
    kept = answered_differently(read_reply(COVERT_NCND), others, "Metropolitan Police Service", query=query)
    assert [o.title for o in kept] == ["Covert facial recognition"]


def test_a_covert_ncnd_is_told_to_ask_again_about_overt_use():
    explained = explain_reply(COVERT_NCND, today=TODAY)
    steps = [s for s in explained.next_steps if s.kind == "overt"]
    assert steps and "overt deployments of facial recognition" in steps[0].explanation
    assert "total amount spent" in steps[0].explanation
    letter = review_letter(COVERT_NCND, today=TODAY)
    assert letter.caution and "overt use" in letter.caution


def test_an_overt_ncnd_or_an_informant_ncnd_gets_no_overt_re_ask():
    overt = COVERT_NCND.replace("covert facial recognition", "overt facial recognition")
    assert not [s for s in explain_reply(overt, today=TODAY).next_steps if s.kind == "overt"]
    informants = COVERT_NCND.replace("use of covert facial recognition technology", "use of covert human intelligence "
                                                                                   "sources")
    assert not [s for s in explain_reply(informants, today=TODAY).next_steps if s.kind == "overt"]


# --- 6. "published already": every address named, never "a proper answer"; a site's section is no exact address --------

HONOURS = ("Some further information can be found at https://honours.cabinetoffice.gov.uk/about/. More on the committees "
           "can be found at https://www.gov.uk/guidance/honours-committees. Under section 25(1) of FOISA we are not "
           "required to provide information which is otherwise accessible to you.\n\nScottish Government\n3 November 2026")


def test_every_address_the_reply_gives_is_named():
    body = review_letter(HONOURS, today=TODAY).body
    assert "https://honours.cabinetoffice.gov.uk/about/" in body and "https://www.gov.uk/guidance/honours-committees" in body


@pytest.mark.parametrize("address", ["https://www.hastings.gov.uk/planning/", "www.examplecouncil.gov.uk/parking",
                                     "https://honours.cabinetoffice.gov.uk/about/"])
def test_one_word_under_the_home_page_is_a_section_not_the_information(address):
    from askfoi.followup import published_pointer

    reply = f"The information is already published on our website: {address} . Section 21 applies."
    assert published_pointer(reply)[0] == "general"


@pytest.mark.parametrize("address", [
    "https://www.publichealthscotland.scot/publications/nhs-waiting-times-stage-of-treatment/",
    "https://www.examplecouncil.gov.uk/parking/annual-report-2025.pdf",
    "https://www.examplecouncil.gov.uk/fly-tipping-statistics"])
def test_an_address_to_a_page_is_checked_by_the_person_never_called_a_proper_answer(address):
    reply = (f"Dear requester, this information is already published and is available at {address} . Section 21 of the "
             "Freedom of Information Act 2000 applies.\n\nExample Council\n5 November 2026")
    letter = review_letter(reply, today=TODAY)
    assert "proper answer" not in (letter.caution or "")
    assert "reasonably accessible" in letter.caution and "holds the information itself" in letter.caution


# --- 7. a complaint after an EIR-based review keeps the EIR point ------------------------------------------------------

FLY_TIPPING_COST = ("Dear Ms Jones,\n\nFreedom of Information Request Reference: FOI-2026-1142\n\nThank you for your request "
                    "received on 2 October 2026 in which you asked for the number of complaints about fly-tipping "
                    "received by the council in each year 2020-2025, and the cost of clearing each incident.\n\nTo answer "
                    "it we would need to review approximately 9,000 case records, which would take over 40 hours. The "
                    "cost of complying would exceed the appropriate limit of £450 and section 12 of the Freedom of "
                    "Information Act 2000 applies.\n\nBolton Council\n28 October 2026")


@pytest.mark.parametrize("text", [FLY_TIPPING_COST, FLY_TIPPING_COST.replace("fly-tipping", "noise from the waste site"),
                                  FLY_TIPPING_COST.replace("fly-tipping", "air pollution monitoring")])
def test_a_complaint_about_a_cost_refusal_of_environmental_information_argues_the_eir(text):
    letter = complaint_letter(text, authority="Bolton Council", name="Jo Jones", review_asked=date(2026, 10, 29),
                              today=date(2027, 2, 1))
    assert "environmental information" in letter.body and "regulation 12(4)(b)" in letter.body
    assert "no cost limit" in letter.body and "section 39" in letter.body
    assert "its estimate of the cost of answering is not reasonable" not in letter.body
    assert "regulation 18" in letter.body  # the ICO's power under the EIR


def test_a_complaint_about_a_cost_refusal_of_other_information_stays_under_the_act():
    text = FLY_TIPPING_COST.replace("fly-tipping", "agency staff").replace("clearing each incident", "each agency")
    letter = complaint_letter(text, authority="Bolton Council", name="Jo Jones", review_asked=date(2026, 10, 29),
                              today=date(2027, 2, 1))
    assert "environmental information" not in letter.body and "cost of answering is not reasonable" in letter.body


# --- 8. a subject access letter for someone who does not use email; footage kept -----------------------------------------

NEIGHBOUR = ("hello, i am writing on behalf of my neighbour mr john obi (he doesnt use email), he lives at 5 kings rd "
             "croydon. also he wants his own police record")


@pytest.mark.parametrize("text", [NEIGHBOUR, NEIGHBOUR.replace("he doesnt use email", "he has no email"),
                                  NEIGHBOUR.replace("(he doesnt use email)", "- he does not have an e-mail -"),
                                  "my nan cant use email or a computer. she wants her social care file from the council"])
def test_not_using_email_is_never_an_item(text):
    from askfoi.sar_items import no_email, sar_items

    items = sar_items(text)
    assert items and not any("mail" in i.lower() or "computer" in i.lower() for i in items)
    assert no_email(text)


def test_an_email_record_is_still_an_item():
    from askfoi.sar_items import no_email, sar_items

    text = "i want the emails the council sent about my housing repairs in 2025"
    assert any("emails" in i.lower() for i in sar_items(text)) and not no_email(text)


def _sar(parts, **kw):
    from askfoi.answers import Answers
    from askfoi.letter import draft_letter

    answers = Answers(authority="West Yorkshire Police", requester_name="John Obi", parts=parts, regime="SAR",
                      dpa_part3=True, **kw)
    return draft_letter(answers, today=TODAY).body


def test_no_email_gives_a_postal_reply_line_and_an_email_gives_none():
    assert "by post to: [MY POSTAL ADDRESS]" in _sar(["My own police record."], by_post=True)
    assert "by post" not in _sar(["My own police record."], by_post=True, email="john@example.com")
    assert "by post" not in _sar(["My own police record."])


@pytest.mark.parametrize("part", ["The CCTV of me in custody at Leeds Bridewell on 3 June 2024.",
                                  "body worn video from my arrest last march", "The recording of my 999 call"])
def test_footage_asked_for_is_asked_to_be_kept(part):
    body = _sar(["My custody record.", part])
    assert "Please keep any footage or recordings of me now" in body and "retention policy" in body


def test_no_footage_no_keep_line():
    assert "Please keep any footage" not in _sar(["My custody record.", "My interview notes."])


def test_the_chat_letter_for_a_neighbour_without_email():
    from test_ck26_bodies import chat

    c, _ = chat(NEIGHBOUR + ". its the met police", "ok", "ok", "ok", "skip", "John Obi", "skip")
    text = c.letter_text() or ""
    assert "Doesnt use email" not in text and "by post to" in text


@pytest.mark.parametrize("text,ref", [
    ("Request 101003838548\n\nDear Sir,", "101003838548"),
    ("FOI request (FOIR-122591607)\nRequested Tue 04 June 2019", "FOIR-122591607"),
    ("Freedom of Information Act 2000 – Information Request ICM 10174.", "ICM 10174"),
    ("Complaint in respect of ATISN 16280", "ATISN 16280"),
    ("Our refs: FOI-2210-1617, FOI-2211-1617 & FOI-2215-1617", "FOI-2210-1617"),
    ("Annex A - FOI-22-4587", "FOI-22-4587"),
    ("Request 2024", None),
    ("under the FOI 2000 rules, and the FOI 2021/22 figures", None),
])
def test_references_in_more_layouts(text, ref):
    assert reference_in(text) == ref


@pytest.mark.parametrize("first", ["I would please appreciate if i could be sent a list of empty homes and their area codes.",
                                   "I am looking for a list of long term empty property within the councils area."])
def test_a_first_person_ask_is_the_question_not_a_story(first):
    from askfoi.reply_request import request_in_reply

    reply = (f"Information requested\n\n{first} Would you be able to supply me with these under the Act?\n\nResponse\n\n"
             "The information is exempt under section 31.")
    assert request_in_reply(reply).question.startswith(first[:20])


def test_a_quoted_question_in_curly_quotes_gets_no_second_stop():
    reply = ("Information requested\n\n\u201cAll briefings sent to ministers about Ferguson Marine in Q1 2026.\u201d\n\n"
             "Response\n\nThe information is exempt under section 30(b) of FOISA.\n\nScottish Government\n3 November 2026")
    body = review_letter(reply, today=TODAY).body
    # lead44 (nc49 #7): the reply's own quotation marks are dropped, so the letter quotes it once ("...2026."), never
    # with a second stop or nested marks
    assert "2026.\u201d" not in body and 'It asked: "All briefings sent to ministers about Ferguson Marine in Q1 2026."' in body


# --- 9. the chatbot's reply path: a review outcome pasted offers the Commissioner, never a second review -----------------

@pytest.mark.parametrize("text", REVIEW_OUTCOMES[:3])
def test_the_reply_screen_offers_the_complaint_for_a_review_outcome(text):
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: TODAY)
    view = flow.read(text)
    assert flow.after_review and "review" not in view.offers and "complain" in view.offers
    written = flow.write("complain")
    assert "upheld" in written.body or "review" in written.body


@pytest.mark.parametrize("greeting,name", [("Dear Ade Okafor,", "Ade Okafor"), ("Dear Mr Ade Okafor", "Ade Okafor"),
                                           ("Dear Mr Okafor,", None), ("Dear Sir/Madam,", None), ("Dear Requester,", None),
                                           ("Dear Tendring District Council,", None), ("Dear Professor Aceti,", None)])
def test_the_letter_is_signed_with_the_name_the_reply_greets_only_when_it_is_a_full_name(greeting, name):
    reply = f"{greeting}\n\nWe do not hold the information you asked for about potholes.\n\nKent County Council\n3 November 2026"
    body = review_letter(reply, today=TODAY).body
    assert body.rstrip().endswith(name or "[YOUR NAME]")


def test_the_reply_screen_shows_the_overt_re_ask_for_a_covert_ncnd():
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: TODAY)
    view = flow.read(COVERT_NCND.lower().replace("metropolitan police service\n", "Metropolitan Police Service\n"))
    assert "Ask again about overt use" in (view.body or "") + (view.message or "")
    assert "review" in view.offers
