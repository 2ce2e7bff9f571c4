"""ny70 (nc70 #6, #11): review grounds conditional on what the reply says: s21 and s43 on different information is no
contradiction; a link to a page of its own, or a portal with the document's reference, is no "general pointer"; the
public-money sentence only where money was asked about; "one named person" only when a person was named; a not-held
answer that says the decision was delegated or not minuted gets the decision record asked for; EISR reg 10(2) / EIR
reg 12(2) is the presumption in favour of disclosure, not an exception."""
from datetime import date

from askfoi.followup import review_letter
from askfoi.formats import render_letter
from askfoi.reply_explain import explain_reply, explanation_text

TODAY = date(2026, 12, 6)


def _review(reply, request):
    return render_letter(review_letter(reply, request=request, today=TODAY, name="Sam Lee"), "text")


def _para(letter, start):
    return next((p for p in letter.split("\n\n") if p.startswith(start)), "")


# replies written for these tests, in the ways councils, trusts and police forces write them
SPLIT = ("Norfolk County Council\nRef: FOI 26-0914\n20 November 2026\n\nDear Mr Lee,\n\nYou asked for:\n1. The number "
         "of school transport contracts.\n2. A copy of the contract with Anglian Coaches.\n\nOur response:\n\n1. The "
         "council holds 412 home to school transport contracts.\n\n2. The Dynamic Purchasing System terms are "
         "published at www.norfolk.gov.uk/schooltransportdps and are exempt under section 21. The pricing schedule "
         "agreed with the operator is withheld under section 43(2), as its release would prejudice the operator's "
         "commercial interests. We consider the public interest favours withholding it.\n\nYours sincerely,\nFOI "
         "Team\nNorfolk County Council\n")
SAME = SPLIT.replace("The pricing schedule agreed with the operator is withheld under section 43(2)",
                     "It is also withheld under section 43(2)")
PORTAL = ("Dorset Council\nRef: EIR 2026/1187\n24 November 2026\n\nDear Ms Lee,\n\nWe have dealt with your request under "
          "the Environmental Information Regulations 2004.\n\n1. The flood risk assessment for the housing site at "
          "Bere Regis.\nThe Flood Risk Assessment (Appendix 7.2) forms part of planning application P/OUT/2025/04411 "
          "and is published on our planning portal at https://planning.dorsetcouncil.gov.uk/ under that reference. "
          "Regulation 6(1)(b) applies.\n\n2. The correspondence between the developer and the case officer.\nThis "
          "information is withheld under regulation 12(5)(e) (confidentiality of commercial information) and "
          "regulation 12(5)(f). While recognising the presumption in favour of disclosure in regulation 12(2), we "
          "consider that the public interest in maintaining the exceptions outweighs that in disclosure.\n\nYours "
          "sincerely,\nPlanning Information Team\nDorset Council\n")
PORTAL_ASKED = ("1. The flood risk assessment for the housing site at Bere Regis.\n2. The correspondence between the "
                "developer and the case officer.")
PAY = ("Oak Hill Academies Trust\nRef: OHAT/FOI/77\n1 December 2026\n\nDear Mr Lee,\n\nPart 1 - chief executive's "
       "salary\nThe chief executive's salary for 2025/26 was in the band £140,001 - £145,000. The exact salary is "
       "personal data and is exempt under section 40(2).\n\nPart 2 - minutes of the decision to close the nursery\n"
       "The Trust does not hold this information. The decision was made by the Chief Operating Officer using "
       "delegated powers, and no separate minutes were taken.\n\nYours sincerely,\nCompliance Officer\nOak Hill "
       "Academies Trust\n")
PAY_ASKED = "1. The salary of the chief executive in 2025/26.\n2. The minutes of the meeting that decided to close the nursery."
NAMED_ASKED = "1. The salary of Dr Helen Marsh, chief executive, in 2025/26.\n2. The minutes of the meeting that decided to close the nursery."
PRICES = ("Leeds City Council\nRef: 2026/3321\n2 December 2026\n\nDear Mr Lee,\n\nThe hourly rates the council pays to "
          "each home care provider are withheld under section 43(2) of the Freedom of Information Act 2000, as their "
          "release would prejudice the providers' commercial interests. We have considered the public interest and "
          "consider that it favours withholding the rates.\n\nYours sincerely,\nInformation Governance\nLeeds City "
          "Council\n")


def test_published_and_withheld_for_different_information_is_no_contradiction():
    asked = "1. The number of school transport contracts.\n2. A copy of the contract with Anglian Coaches."
    assert "Published and exempt at once" not in _review(SPLIT, asked)
    assert "Published and exempt at once" in _review(SAME, asked)  # guard: the same information, both ways


def test_a_page_of_its_own_or_a_portal_with_the_documents_reference_is_no_general_pointer():
    asked = "1. The number of school transport contracts.\n2. A copy of the contract with Anglian Coaches."
    assert "general pointer" not in _review(SPLIT, asked)
    assert "general pointer" not in _review(PORTAL, PORTAL_ASKED)


def test_the_public_money_sentence_only_where_money_was_asked_about():
    assert "public money is committed" not in _review(PORTAL, PORTAL_ASKED)
    assert "public money is committed" in _review(
        PRICES, "1. The hourly rates paid to each home care provider in 2025/26.") or "release the totals" in _review(
        PRICES, "1. The hourly rates paid to each home care provider in 2025/26.")  # guard: prices asked about


def test_one_named_person_only_when_a_person_was_named():
    letter = _review(PAY, PAY_ASKED)
    personal = _para(letter, "Personal data")
    assert "one named person" not in personal and "the holder of one post" in personal
    assert "department or service as a whole" not in personal
    assert "one named person" in _para(_review(PAY, NAMED_ASKED), "Personal data")  # guard: a name is given


def test_a_delegated_unminuted_decision_gets_its_record_asked_for():
    held = _para(_review(PAY, PAY_ASKED), "Information not held")
    assert "record of the decision" in held and "delegated authority" in held


def test_the_presumption_in_favour_of_disclosure_is_no_exception():
    letter = _review(PORTAL, PORTAL_ASKED)
    assert "12(2)" not in _para(letter, "Parts still owed")
    scot = (PORTAL.replace("Environmental Information Regulations 2004", "Environmental Information (Scotland) "
                           "Regulations 2004").replace("Dorset Council", "Fife Council")
            .replace("12(5)", "10(5)").replace("regulation 12(2)", "regulation 10(2)"))
    text = explanation_text(explain_reply(scot, request=PORTAL_ASKED, today=TODAY))
    line = next((x for x in text.split("\n- ") if x.startswith("regulation 10(2)")), "")
    # listed or not among the cited provisions, it is never told as an exception
    assert "qualified exception" not in line and "10(2) of the EISR: exceptions" not in text
    assert not line or "presumption in favour of disclosure" in line
    assert "12(2)" not in _para(_review(scot, PORTAL_ASKED), "Parts still owed")
    assert "10(2)" not in _para(_review(scot, PORTAL_ASKED), "Parts still owed")


PASSED = [
    ("Surrey County Council\nRef: FOI-26-7781\n2 December 2026\n\nDear Ms Lee,\n\nYou asked for:\n1. The number of "
     "care assessments completed in 2025/26.\n2. My father's care assessment.\n\nOur response:\n\n1. The council "
     "completed 9,412 care assessments in 2025/26.\n\n2. This is your father's personal data and is exempt under "
     "section 40(2). We have referred this part of your request to our Information Governance team, who will deal "
     "with it as a subject access request on your father's behalf.\n\nYours sincerely,\nFOI Team\nSurrey County "
     "Council\n"),
    ("Royal Devon University Healthcare NHS Foundation Trust\nRef: FOI 4471\n2 December 2026\n\nDear Ms Lee,\n\nYou "
     "asked for:\n1. The number of falls on Otter ward in 2025.\n2. A copy of my mother's falls risk assessment.\n\n"
     "Our response:\n\n1. There were 23 falls on Otter ward in 2025.\n\n2. This information is exempt under section "
     "40(2). Your request for this information has been forwarded to our Subject Access Team, who will contact you "
     "separately.\n\nYours sincerely,\nInformation Governance\nRoyal Devon University Healthcare NHS Foundation "
     "Trust\n"),
]


def test_a_part_passed_to_the_data_protection_team_is_said_so_and_not_argued():
    for reply in PASSED:
        text = explanation_text(explain_reply(reply, today=TODAY))
        line = next(x for x in text.split("\n- ") if x.startswith("Part 2"))
        assert "subject access request" in line and "within one calendar month" in line
        letter = _review(reply, None)
        assert "anonymised" not in letter and "aggregate figures" not in letter
        assert "Part 2. You said you would deal with this part as a subject access request" in letter
