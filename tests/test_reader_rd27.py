"""rd27: the reply reader on kinds of text it had not seen (docs/notes/rd27.md): cost refusals told without
section 12 or with only context figures and advice, an acknowledgement that points at the publication scheme, a
restated request mixing questions and statements answered part by part, "not held in the format requested" (s11),
the fees regulations' own numbers, and "unclear" where the reply's decisions conflict. Short invented excerpts in
varied wording (lower case, typos, a story first)."""

from __future__ import annotations

import pytest

from askfoi.followup import grounds_for, review_letter
from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply, explanation_text

C, P, D, PEND, PUB, V, R = (Outcome.cost_limit, Outcome.part_disclosed, Outcome.disclosed, Outcome.pending,
                            Outcome.published, Outcome.vexatious, Outcome.refused)

# a cost refusal whose text stops before any section number: the estimate and "not obliged to comply" decide it
NO_SECTION = [
    ("longer than", "Thank you for your request dated 4 January 2024 for the number of domestic abuse incidents in "
     "each month, broken down by ward.\nOur response\nWe have estimated that it would take longer than 18 hours to "
     "locate, retrieve and extract the information you have asked for. This is because incidents are not recorded by "
     "ward and each of the 9,400 incident logs would need to be read. We are therefore not obliged to comply with your "
     "request"),
    ("lower case", "we have looked at your request about parking fines. to answer it we would need to read each of "
                   "the 12,000 penalty notice files by hand. we are therefore not obliged to comply with your request."),
    ("story first", "Your request concerns the closure of the leisure centre in 2019 and the decisions that led to "
                    "it. Finding every email about the closure would mean going through the mailboxes of 40 officers "
                    "for five years. It would take more than 24 hours to search and review them, so the department is "
                    "not required to comply with your request"),
    ("hours to", "I'm afraid it would take well over 18 hours to identify the cases you describe, as they are not "
                 "flagged on our case management system"),
]


@pytest.mark.parametrize("text,outcome", [
    # section 14 says the same words: read as vexatious, never as cost
    ("We consider this request to be vexatious. We are therefore not obliged to comply with your request.", V),
    ("Having reviewed our records, we consider that your request is repeated and we are not obliged to comply with it.", V),
    # a ground of its own in the sentence: not the cost limit
    ("The information is exempt under section 22. We are not obliged to comply with this part of the request.", R),
    # a request for clarification (s1(3)) is no refusal
    ("Please tell us which incidents you mean. Under section 1(3) of the Act we are not obliged to comply with your "
     "request until we receive this further information.", PEND),
], ids=["vexatious", "repeated", "exemption", "clarification"])
def test_not_obliged_to_comply_is_cost_only_without_another_ground(text, outcome):
    assert read_reply(text).outcome == outcome


# figures that only set the scale of the search, or advice on narrowing, give nothing
CONTEXT = [
    ("estimate counts them", "Request: Please provide the number of assaults on officers in each year 2018-2023 "
     "where the officer was injured.\nResponse: Whether the officer was injured is held only in the free text of each "
     "crime report. In 2023 alone there were 1,146 assaults on emergency workers recorded. Reading each report would "
     "take approximately 5 minutes, so 1,146 reports would take over 95 hours for a single year, which exceeds the "
     "appropriate limit.\nAdvice and assistance: If you were to limit your request to the number of assaults recorded "
     "each year, without the injury detail, we would be able to provide this."),
    ("by way of background", "We estimate that the cost of complying with your request would exceed the appropriate "
     "limit of £450. By way of background, the council currently manages 18,400 homes and 2,300 garages, and repair "
     "records are held on a system which cannot be searched by the type of repair. We suggest you narrow your request "
     "to a single estate."),
    ("typos", "unfortunatly we cant answer your questions within the cost limit. to give you an idea of the scale, our "
              "fleet has 612 vehicles and each has its own maintenance log. you might want to pick a smaller number "
              "of vehicles"),
    ("section 16", "Your request has been refused under Section 12 as the cost of compliance would exceed the "
                   "appropriate limit. For context, there were 2,451 crimes recorded as fraud last year. Under section "
                   "16 we suggest that if you reduce the time period to three months we may be able to assist you."),
]


def test_a_total_before_a_refused_breakdown_is_still_given():
    # the figure answers; only the finer breakdown is refused (the estimate names "break it down")
    reading = read_reply("The number of complaints received in 2023 was 1,240. To break it down by type we would "
                         "need to review each of the 1,240 complaints, which would take over 18 hours and exceed the "
                         "appropriate limit.")
    assert reading.outcome == P


ACKS = [
    ("scheme link", "Thank you for your request for information which we received on 12 May 2024. Your request is "
     "being dealt with under the terms of the Freedom of Information Act 2000 and we will respond within 20 working "
     "days. You may find the information you need is already available in our publication scheme at "
     "https://www.examplepolice.uk/foi-ai/publication-scheme/ or in our disclosure log."),
    ("automated", "This is an automated reply. We have received your request and will respond within 20 working days "
                  "in line with the Act. Many answers are already published on our website - please check our "
                  "disclosure log https://www.force.police.uk/disclosure-log before contacting us again."),
    ("lower case", "thank you for your email which we have received. we aim to respond within 20 working days. you "
                   "might find what you are looking for already published on our website https://www.council.gov.uk/foi"),
    ("meantime", "Your request has been received and logged with reference 1234/24. You should receive a response "
                 "within 20 working days. Much of the information we hold is already available on our website at "
                 "www.force.police.uk/publication-scheme and you may wish to check there in the meantime."),
]


# what each table is read as: a cost refusal (with section 12 implied), or an acknowledgement still to be answered
READ_AS = [(f"no section: {n}", t, C) for n, t in NO_SECTION] + [(f"context: {n}", t, C) for n, t in CONTEXT] + [
    (f"acknowledgement: {n}", t, PEND) for n, t in ACKS]


@pytest.mark.parametrize("name,text,outcome", READ_AS, ids=[r[0] for r in READ_AS])
def test_read_as_a_whole(name, text, outcome):
    reading = read_reply(text)
    assert reading.outcome == outcome and not reading.unclear
    assert ("12" in reading.sections) == (outcome == C)


@pytest.mark.parametrize("text", [
    "The information you requested is already published on our website at https://www.x.gov.uk/stats. You may find it "
    "under 'Crime data'.",
    "Thank you for your request, which we received on 2 May. The information you asked for is published on our "
    "website at https://www.x.gov.uk/stats and is therefore exempt under section 21.",
], ids=["pointer", "section 21"])
def test_an_answer_that_is_published_stays_published(text):
    assert read_reply(text).outcome == PUB


# a restated request whose items are questions and statements by turns: each item its own part
PARTS = [
    ("statement item", "Thank you for your request. Our answers are below.\n1. How many CCTV cameras does the council "
     "operate? The council operates 212 cameras.\n2. How much did the council spend on CCTV in 2023? £184,000.\n3. "
     "Your request for a map of the camera locations. This information is not held in the format requested.\n4. The "
     "names of the contractors. This information is exempt under section 43(2) as it is commercially sensitive.",
     ["1", "2", "3", "4"]),
    ("answers on their own lines", "1. How many patients waited more than 52 weeks in 2023?\nIn 2023, 4,128 patients "
     "waited.\n2. How many of these were children?\nOf these, 312 were aged under 18.\n3. Your regional breakdown for "
     "2024.\nThis information is intended for future publication and is therefore exempt under section 22.\n4. "
     "Private providers.\nWe do not hold this information.", ["1", "2", "3", "4"]),
]


@pytest.mark.parametrize("name,text,numbers", PARTS, ids=[p[0] for p in PARTS])
def test_each_restated_item_is_its_own_part(name, text, numbers):
    reading = read_reply(text)
    assert [p.number for p in reading.parts] == numbers
    assert reading.outcome == P


def test_four_parts_explained_as_four():
    text = PARTS[1][1]
    out = explanation_text(explain_reply(text))
    assert "- Part 4: " in out and "- Part 3: " in out
    reading = read_reply(text)
    assert reading.parts[2].outcome == R and "22" in reading.parts[2].sections


FORMAT = [
    ("given another way", "1. How many penalty notices were issued? 1,203.\n2. Please send the list as a "
     "spreadsheet.\nThe information is not held in the format requested. A PDF copy of the list is attached.", D),
    ("you asked for", "the data isnt held in the format you asked for (a map), but we have enclosed a list of the "
                      "locations.", D),
    ("preferred format", "We do not hold the information in your preferred format. We have provided the data we hold "
                         "in the attached table.", D),
]


@pytest.mark.parametrize("name,text,outcome", FORMAT, ids=[f[0] for f in FORMAT])
def test_not_held_in_the_format_requested_is_not_not_held(name, text, outcome):
    reading = read_reply(text)
    assert reading.outcome == outcome
    assert all(p.outcome != Outcome.not_held for p in reading.parts)


def test_a_part_not_given_in_the_format_asked_is_a_form_question():
    text = "1. Number of trees felled in 2023: 312\n2. Map of the locations in GIS format: this is not held in the format requested."
    reading = read_reply(text)
    assert [(p.number, p.outcome, p.sections) for p in reading.parts] == [("1", D, []), ("2", R, ["11"])]
    assert "format" in grounds_for(reading) and "not_held" not in grounds_for(reading)
    assert "unnamed" not in grounds_for(reading)  # no exemption to name: the form is the question
    letter = review_letter(text).body
    assert "section 11 of the Freedom of Information Act 2000" in letter and "(part 2)" in letter
    assert "not given in the format you asked for" in " ".join(explanation_text(explain_reply(text)).split())
    # a part that is plainly not held stays not held
    plain = read_reply("1. Number of trees felled in 2023: 312\n2. Map of the locations: not held.")
    assert plain.parts[1].outcome == Outcome.not_held


def test_the_fees_regulations_numbers_are_not_eir_sections():
    text = ("The Police Federation relies on section 12 of FOIA. The Appropriate Limit is set at £450 by the Freedom of "
            "Information and Data Protection (Appropriate Limit and Fees) Regulations 2004 (see Reg. 3(3)). The cost is "
            "calculated at £25 per person per hour (Reg. 4(3)). Finding the actual cost of the meals would take more "
            "than 18 hours.")
    reading = read_reply(text)
    assert reading.outcome == C
    assert reading.sections == ["12"]
    # the EIR's own regulations are still read
    assert read_reply("The information is exempt under regulation 12(5)(b) of the Environmental Information "
                      "Regulations 2004.").sections == ["EIR 12(5)(b)"]


def test_conflicting_decisions_the_model_doubts_read_unclear(monkeypatch):
    from askfoi import reader

    text = ("We do not hold the information you asked for. The information is published on our website at "
            "https://www.x.gov.uk/data.")
    # the learnt outcome finds the rule order's pick unlikely: unclear, not a guess
    monkeypatch.setattr(reader, "_learnt_outcome", lambda ev, found, outcome, confidence, spans, parts, unclear:
                        (outcome, unclear, confidence, 0.1, "rules"))
    assert read_reply(text).unclear
    # ... and where it agrees, the reading stands
    monkeypatch.setattr(reader, "_learnt_outcome", lambda ev, found, outcome, confidence, spans, parts, unclear:
                        (outcome, unclear, confidence, 0.8, "rules"))
    assert not read_reply(text).unclear


@pytest.mark.parametrize("text", [
    # a disclosure log page stored only up to the response: the restated items name a decision, nothing was decided
    "You asked:\n1. Total number of FOI requests received by year.\n2. Total number which received a neither confirm "
    "nor deny response by year.\n3. The same, by virtue of Section 23(5).\nIn Response:\nWe have now had the "
    "opportunity to fully consider your request and I prov",
    "you asked:\n1) how many requests were refused as too costly\n2) how many of those were not held\nIn response:\n"
    "We have now considered your request and",
], ids=["ncnd named in the request", "lower case"])
def test_a_restated_item_naming_a_decision_stays_the_request(text):
    reading = read_reply(text)
    assert reading.outcome not in (D, P, Outcome.ncnd, C, Outcome.not_held)
    assert not reading.parts


@pytest.mark.parametrize("text", [
    "NHS England holds information relevant to your request. The number of practices that closed in 2023 was 43.\n"
    "The number of practices expected to close in 2024 will be published in the annual GP workforce report in June "
    "2025. Section 22 of the FOI Act provides that information is exempt from disclosure if it is held with a view to "
    "its publication at a future date.",
    "Part 1: 43 practices closed in 2023.\nPart 2: This information is due to be published by NHS England in June 2025. "
    "Section 22 of the Freedom of Information Act exempts information that is intended for future publication.",
    "Thank you for your email about waiting times. The trust intends to publish the 2024 figures in its annual report. "
    "Section 22 applies. The figures for 2023 are: 1,204 patients waited over 18 weeks.",
], ids=["law quoted after", "part by part", "story first"])
def test_one_share_held_for_future_publication_beside_an_answer_is_partly_given(text):
    reading = read_reply(text)
    assert reading.outcome == P and "22" in reading.sections


def test_future_publication_without_section_22_is_no_withholding():
    # no section 22 anywhere: telling the requester more will be published later withholds nothing
    reading = read_reply("There were 43 closures in 2023. Figures for 2024 will be published in the annual report.")
    assert reading.outcome == D


@pytest.mark.parametrize("text,outcome", [
    ("the council intends to publish the full report in the spring, so under section 22 we are not releasing it now. "
     "the summary figures are: 1,200 visits, 340 complaints.", P),
    ("thanks for your email. we do not hold the names of the contractors. the total spent was £45,000 in 2023.", P),
    ("we hold no information about this. we searched the planning system and the complaints log.", Outcome.not_held),
], ids=["s22 then figures", "not held then a total", "not held then the search"])
def test_text_written_in_lower_case_is_read_sentence_by_sentence(text, outcome):
    assert read_reply(text).outcome == outcome
