"""ck25b: the body asked is a role in the sentence, findings follow the sense of the sentence, and follow-up letters
read right. Every text here is invented for the test."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 2)


def _codes(framing) -> set[str]:
    return {f.code for f in framing.findings}


def _authority(framing) -> str | None:
    return framing.authority.name if framing.authority else None


# -- A: who is asked ---------------------------------------------------------------------------------------------------

def test_a_company_named_as_a_product_is_no_addressee():
    text = ("Please tell me how many parking permits your council issued in 2025, by zone.\n\n"
            "I would prefer the figures as a Microsoft Excel spreadsheet or a CSV file, not a PDF.")
    framed = frame_message(text, today=TODAY)
    assert "not-covered-by-foi" not in _codes(framed)
    assert "Microsoft" not in (framed.body_question or "") and _authority(framed) is None


def test_the_plural_of_an_acronym_is_not_the_body_of_that_acronym():
    text = ("Please send me the survey the department sent to LAs in 2024 about school transport, and the "
            "number of LAs that answered it.")
    assert _authority(frame_message(text, today=TODAY)) != "London Ambulance Service NHS Trust"


def test_a_body_named_in_a_licence_noun_phrase_is_not_asked():
    text = ("How many procedures on animals did your university carry out in 2024? Under which Home Office licence "
            "categories were they carried out?")
    assert _authority(frame_message(text, today=TODAY)) != "Home Office"


def test_a_body_cited_as_a_source_is_not_asked():
    text = ("Last week I read a report published by the Audit Commission about how parish councils spend the precept. "
            "It said spending had doubled. How much did our parish council spend on grants in 2024?")
    assert _authority(frame_message(text, today=TODAY)) != "Audit Commission"


def test_a_body_that_said_something_may_be_the_body_asked():
    text = "According to Essex Police there were 300 bike thefts in Colchester last year. How many were solved?"
    assert _authority(frame_message(text, today=TODAY)) == "Essex Police"


@pytest.mark.parametrize("text", [
    "Last May a signal failure at Bank closed the Northern line for a day. What did the closure cost TfL? What steps are "
    "you taking to recover the costs from the contractor?",
    "How many escalator breakdowns were recorded on London Underground in 2025, by station?",
])
def test_transport_for_london_by_its_mixed_case_acronym_and_by_london_underground(text):
    framed = frame_message(text, today=TODAY)
    assert _authority(framed) == "Transport for London"
    assert "no-authority" not in _codes(framed)


def test_a_kind_of_body_after_an_indefinite_word_names_no_body():
    from askfoi.unnamed_bodies import unnamed_body

    assert unnamed_body("whether a local council or another trust paid towards the cost, and if so which") is None
    assert unnamed_body("how much did our local council pay towards it") is not None


def test_a_building_named_after_a_place_is_not_the_place_council():
    text = "How many bottles of wine are kept in the cellar at Lancaster House, and what did the ten dearest cost?"
    assert _authority(frame_message(text, today=TODAY)) != "Lancaster City Council"


# -- A: findings decided on the sense of the sentence ------------------------------------------------------------------

def test_waste_of_public_money_is_not_environmental_information():
    from askfoi.checks import environmental_matches

    assert not environmental_matches("Disclosure would expose any waste or extravagance in the use of public funds.")
    assert environmental_matches("How many tonnes of household waste went to landfill in 2025?")


def test_species_of_laboratory_animals_are_not_biodiversity():
    from askfoi.checks import environmental_matches

    assert not environmental_matches("Which species of animal were used?")
    assert not environmental_matches("How many of each species were bred for research in 2024?")
    assert environmental_matches("How many protected species were recorded on the development site?")


def test_yes_no_questions_over_years_raise_no_cost_warning():
    text = ("1. Has your council used enforcement agents to collect parking debts in the last six years?\n"
            "2. Has your council sold any of its parking debts to a debt purchaser in the last six years?")
    assert "cost-limit-risk" not in _codes(frame_message(text, today=TODAY))


def test_a_count_after_a_leading_phrase_is_a_figure():
    from askfoi.finding_scope import asks_for_a_figure
    from askfoi.framing import Frame

    part = Frame(kind="kept", text="On the January census day in 2025, 2024 and 2020, how many pupils were on roll?")
    assert asks_for_a_figure(part)


def test_a_musing_after_an_ask_is_its_own_sentence():
    from askfoi.questions import _sentences

    text = ("I would like to see the responses to the parking consultation and wonder how people would have "
            "answered a fairer question.")
    pieces = [p.strip() for p in _sentences(text)]
    assert pieces[0] == "I would like to see the responses to the parking consultation."
    assert pieces[1].startswith("I wonder how people")


# -- A: hospitals are their body; the current financial year is today's ------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("how many people waited over four hours in a&e at royal stoke hospital in 2025",
     "University Hospitals of North Midlands NHS Trust"),
    ("how many operations were cancelled at the university hospital of wales in 2025",
     "Cardiff and Vale University Health Board"),
    ("how many nurses work at ninewells hospital dundee", "NHS Tayside"),
    ("how many beds were closed at louth county hospital in 2025", "United Lincolnshire Hospitals NHS Trust"),
])
def test_a_hospital_is_the_body_that_runs_it(text, body):
    assert _authority(frame_message(text, today=TODAY)) == body


def test_a_pre_merger_trust_points_to_the_trust_that_took_it_over():
    from askfoi.place_councils import current_body

    assert current_body("University Hospital of North Staffordshire NHS Trust") == \
        "University Hospitals of North Midlands NHS Trust"
    assert current_body("Cardiff and Vale NHS Trust") == "Cardiff and Vale University Health Board"


def test_the_current_financial_year_is_read_from_today():
    framed = frame_message("how much has leeds city council spent on agency social workers in the current financial "
                           "year", today=date(2027, 6, 15))
    assert framed.period and framed.period.startswith("1 April 2027")


# -- B: follow-up letters ----------------------------------------------------------------------------------------------

REPLY_PARTLY = """Our reference: IG-4471

Thank you for your request received on 5 October 2026. You asked for:
1. The number of ambulance handovers over one hour at the Riverside site in 2025.
2. The number of those handovers where the patient was over 75.
3. Any board papers on handover delays in 2025.

Response
1. 3,118 handovers took longer than one hour.
2. This data is not recorded in a reportable format.
3. This information is exempt under section 36(2)(b)(i) of the Freedom of Information Act, as disclosure would
inhibit the free and frank provision of advice. The public interest favours withholding it.

Information Governance Team
"""


def test_review_of_not_reportable_and_section_36():
    from askfoi.followup import review_letter

    body = review_letter(REPLY_PARTLY, name="Sam Ortiz", today=TODAY).body
    assert "not recorded in a reportable format" in body
    assert "not creating new information" in body and "form in which you hold it" in body
    assert "what searches were made" not in body
    assert "qualified person" in body and "section 36(5)" in body


def test_review_under_foisa_asks_no_qualified_person():
    from askfoi.followup import _qualified_person

    assert _qualified_person(["36(2)(c)"], "FOIA") == "section 36(2)(c)"
    assert _qualified_person(["30(b)(i)"], "FOISA") is None


REPLY_EA_COST = """Our ref: ENV-2026-0412

You asked for the water quality sampling results for the River Avon at Bathampton since March 2023.

We estimate that complying with your request would exceed the appropriate limit of £450 under section 12 of the
Freedom of Information Act 2000, and we are therefore refusing it.

Customers and Engagement
"""


def test_explain_of_a_cost_refusal_of_environmental_information_says_eir():
    from askfoi.reply_explain import explain_reply, explanation_text

    explained = explain_reply(REPLY_EA_COST, today=TODAY)
    text = " ".join(explanation_text(explained).split())
    assert "12(4)(b)" in text and "regulation 9" in text and "Environmental Information Regulations" in text
    assert "Ask it how to narrow" not in text


def test_chase_quotes_the_parts_not_the_letter_framing(tmp_path):
    from askfoi.followup import chase_letter

    request = ("Dear Exeter City Council,\n\nUnder the Freedom of Information Act 2000, please send me the number of "
               "bins reported missed in Pinhoe between 1 March 2026 and 31 August 2026.\n\nYours faithfully,\nAl Reed\n")
    body = chase_letter(date(2026, 9, 14), authority="Exeter City Council", request=request, name="Al Reed",
                        today=TODAY).body
    assert "1. The number of bins reported missed in Pinhoe" in body
    assert "Under the Freedom of Information Act 2000, please send me" not in body


def test_late_complaint_gives_its_reasons_and_no_placeholder():
    from askfoi.followup import complaint_letter

    body = complaint_letter("", authority="Exeter City Council", sent=date(2026, 9, 14), late=True, name="Al Reed",
                            today=TODAY).body
    assert "[ADD YOUR OWN" not in body
    assert "section 10" in body and "12 October 2026" in body


def test_a_topic_cut_short_never_ends_on_a_function_word():
    from askfoi.followup import review_letter
    from askfoi.reply_request import no_dangling, plain_topic

    assert no_dangling("the use of cameras by the") == "the use of cameras"
    cut = plain_topic("the use of automatic number plate recognition cameras and covert recording devices by the "
                      "force in the Wigan district", 90)
    assert not re.search(r"\b(?:by|the|of|and)\.\.\.$", cut)
    reply = ("Dear Ms Ward,\n\nReference: 2026/5521\n\nI write about your request received by Northshire Police on 9 "
             "October 2026 about the use of automatic number plate recognition cameras and covert recording devices "
             "by the force in the Wigan district.\n\nThe force can confirm that 12 fixed cameras are in use. For the "
             "covert devices the force can neither confirm nor deny that it holds information, by virtue of section "
             "23(5) and 31(3).\n")
    body = review_letter(reply, name="Kim Ward", today=TODAY).body
    assert not re.search(r"\b(?:the|a|an|of|by|to|in|on|for|and|or)\s*[,.;]", body.split("\n\n", 2)[1])


def test_check_a_foisa_letter_reports_foisa(capsys):
    from askfoi.cli import main

    letter = ("Dear University of Edinburgh,\n\nI am requesting the following under the Freedom of Information "
              "(Scotland) Act 2002:\n\n1. The number of fire alarms in student halls in 2025.\n\nYours faithfully,\n"
              "Rory Bain\n")
    assert main(["check", letter]) == 0
    out = capsys.readouterr().out
    assert "FOISA" in out.splitlines()[0]
