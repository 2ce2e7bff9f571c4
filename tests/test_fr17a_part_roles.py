"""fr17a (issue 8): a sentence that tells, leads in or remarks is never (in) a part; advice, the law in general and
explanations are read by grammar (askfoi.part_roles, askfoi.view_acts). Invented sentences only."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.part_roles import asking_sentences, main_clause, sentence_role
from askfoi.view_acts import clause_act

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("sentence, role", [
    ("In 2019 Durham Constabulary took part in a documentary which showed officers on patrol.", "story"),
    ("It also shows a man who clearly did not want to be filmed.", "story"),
    ("I have been told by a neighbour that the depot is being sold.", "story"),
    ("You cannot expect residents to put up with this for ever.", "story"),
    ("(We believe the figure is now over two hundred.)", "story"),
    ("This is a disgrace.", "story"),
    ("This request concerns the use of automatic number plate recognition on the A1.", "lead-in"),
    ("The information I am seeking is set out below.", "lead-in"),
    ("Please note the inspection reports listed below.", "remark"),
    ("Could you also confirm receipt of this letter?", "remark"),
    ("Many thanks for your help.", "remark"),
    # what asks stays an ask, whatever its verbs
    ("The number of people who were cautioned in 2024.", "ask"),
    ("The average time that patients spent waiting in each year.", "ask"),
    ("Officers involved in each incident in the six months before it.", "ask"),
    ("Any emails in which the closure was discussed.", "ask"),
    ("If held, please give the figures for each ward.", "ask"),
    ("My request relates to the number of dog fouling fines in 2024.", "ask"),
    ("I would be grateful if you could send me the audit report.", "ask"),
    ("why did they stop the service", "ask"),
    ("To know, for the past five years: the number of trees felled.", "ask"),
    ("Please note that I would like the figures by month.", "ask"),
])
def test_a_sentence_role_is_read_from_its_grammar(sentence, role):
    assert sentence_role(sentence) == role


def test_a_noun_phrase_has_no_main_clause_and_a_statement_has_one():
    assert not main_clause("The total cost of the contracts that were awarded without tender.")
    assert main_clause("In 2016 Hampshire Police cooperated with a film crew.")
    assert main_clause("We think it is now seven.")


def test_a_bracketed_aside_after_a_question_is_a_sentence_of_its_own():
    said = asking_sentences("How many bus shelters were removed in 2024? (We think it was at least ten.)")
    assert [r for _, r in said] == ["ask", "story"]


def test_a_story_sentence_in_a_formal_list_is_no_part():
    f = frame_message("Dear Hampshire Constabulary,\nThis request concerns drones.\n1. The number of drone flights made "
                      "by the force in 2024.\n2. In 2023 the force took part in a television programme which showed a drone "
                      "at a protest.\n3. Any policy on the use of drones at protests.\nYours faithfully", today=TODAY)
    texts = " ".join(p.text for p in f.parts)
    assert "television programme" not in texts and "This request concerns" not in texts
    assert any("drone flights" in p.text for p in f.parts) and any("protests" in p.text for p in f.parts)
    assert any("television programme" in r for r in f.remarks)


def test_a_remark_after_a_question_kept_whole_leaves_the_part():
    f = frame_message("To Cornwall Council. How many second homes were registered for the council tax premium in "
                      "2024/25? (We believe it is now over 13,000.) How much extra council tax did the premium raise in "
                      "2024/25?", today=TODAY)
    assert f.parts and not any("13,000" in p.text for p in f.parts)
    assert any("second homes" in p.text for p in f.parts)


def test_a_sentence_a_part_points_back_at_stays_with_it():
    f = frame_message("Dear Leeds City Council. 1. The council has a policy on grass cutting. Please provide it. "
                      "2. How many complaints about grass cutting were received in 2024?", today=TODAY)
    assert any("grass cutting" in p.text and "complaints" not in p.text for p in f.parts)


def test_a_lead_in_naming_what_is_asked_stays_a_part_when_alone():
    f = frame_message("My request relates to the number of taser discharges by West Midlands Police in 2024. Please "
                      "break the figures down by month.", today=TODAY)
    assert f.parts and any("taser" in p.text.lower() for p in f.parts)  # lf58: "Taser", as it is named


@pytest.mark.parametrize("question, act", [
    ("How do I apply for a blue badge?", "advice"),
    ("How on earth can we get that?", "advice"),
    ("Can anyone point me to where I can complain about a social worker?", "advice"),
    ("Is there any point in appealing?", "advice"),
    ("Can a landlord keep a deposit without protecting it?", "law"),
    ("Is an employer allowed to read staff emails?", "law"),
    ("Is it legal for a landlord to keep a deposit without protecting it?", "law"),
    ("Could someone advise me of the grounds on which a school can exclude a pupil?", "law"),
    ("How was the decision to close the Woking recycling centre reached?", "explain"),
    ("Please can you explain how the new parking charges were set.", "explain"),
])
def test_advice_the_law_and_explanations_are_read_by_grammar(question, act):
    said = clause_act(question)
    assert said is not None and said.act == act


@pytest.mark.parametrize("question", [
    "How can I get a copy of the minutes?",
    "Can a copy of the report be sent to me?",
    "Can the council charge for garden waste?",
    "Could you advise me of the number of staff employed?",
    "How many schools excluded a pupil in 2023?",
])
def test_records_questions_are_not_advice_or_law(question):
    said = clause_act(question)
    assert said is None or said.act not in ("advice", "law", "explain")


def test_a_question_about_the_law_in_general_leaves_the_parts_with_a_note():
    f = frame_message("Dear Sheffield City Council, is it legal for a landlord to keep a deposit without protecting it? "
                      "How many landlords did the council prosecute for failing to protect deposits in 2024?", today=TODAY)
    assert len(f.parts) == 1 and "prosecuted" in f.parts[0].text
    notes = [x.message for x in f.findings if x.code in ("not-recorded-information", "legal-question")]
    assert notes and any("law" in n for n in notes)


def test_an_explanation_becomes_the_records_that_set_it_out():
    f = frame_message("Dear Camden Council, please can you explain how the new parking charges for electric vehicles "
                      "were decided? Please also provide the number of parking permits issued to electric vehicles in "
                      "2024.", today=TODAY)
    assert any(p.text.startswith("Any recorded information") and "parking charges for electric vehicles were decided"
               in p.text for p in f.parts)
    assert any("permits" in p.text for p in f.parts)
