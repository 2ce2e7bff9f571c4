"""fc29 (issue 9): answers gathered by searching for NCND are no evidence that NCND is likely; a person whose view the
writer quotes is no subject; NCND topics for a body investigating a named company, a named operator's licence, an
investigation the body says it is conducting, investigations of holders of high public office."""

from __future__ import annotations

import pytest

from askfoi.knowledge import load_knowledge, shipped_knowledge_dir
from askfoi.match_index import row_from_response
from askfoi.matching import _Doc, _kind_vote, _ncnd_support, matcher_for
from askfoi.models import PublishedResponse
from askfoi.ncnd_topics import topics_in


def _record(harvest):
    return PublishedResponse(
        id="lancashire-constabulary-1", authority="Lancashire Constabulary", authority_type="police",
        title="Action taken against a bus driver reported by a cyclist", asked="What was done about a driver.",
        outcome="ncnd", ncnd=True, sections=["40(5)"], source_url="https://example.org/x", source_type="third_party",
        harvest=harvest)


@pytest.mark.parametrize("harvest, targeted", [("retired_ncnd", True), ("ncnd5", True), ("kn26ncnd", True),
                                                 ("police", False), ("council8", False), (None, False)])
def test_the_index_keeps_whether_a_record_was_gathered_for_its_ncnd(harvest, targeted):
    assert row_from_response(_record(harvest)).targeted is targeted


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    kb = load_knowledge([shipped_knowledge_dir()])
    if not kb.responses:
        pytest.skip("the knowledge pack has not been imported")
    return matcher_for(kb.responses, kb.files, tmp_path_factory.mktemp("fc29-cache"))


def _doc(matcher, targeted, atype="police", ncnd=True, title="action taken against a bus driver reported by a cyclist"):
    return _Doc(rowid=1, id="x", authority="Lancashire Constabulary", atype=atype, title=title, outcome="ncnd",
                ncnd=ncnd, sections=["40(5)"], url="https://example.org/x", date="2023", framing=0,
                tterms=set(matcher.vocab.terms(title)), bterms=set(), norm=1.0, targeted=targeted, score=0.5)


def test_an_answer_gathered_for_its_ncnd_never_supports_a_warning(matcher):
    query = matcher._query("how much has the council spent on cyclists and cycle lanes", "Enfield Council", [])
    sampled, gathered = _doc(matcher, False), _doc(matcher, True)
    assert matcher._subject_support(query, [sampled]) is sampled
    assert matcher._subject_support(query, [gathered]) is None  # fails with the fc29 gate removed
    assert matcher._subject_support(query, [gathered, sampled]) is sampled


def test_answers_gathered_for_their_ncnd_do_not_choose_the_kind_of_body(matcher):
    council = _doc(matcher, False, atype="council", ncnd=False)
    police = [_doc(matcher, True), _doc(matcher, True)]
    assert _kind_vote(police + [council]) == "council"
    assert _kind_vote(police) == "police"  # nothing else near: they are all there is


def test_an_answer_gathered_for_its_ncnd_is_shown_as_an_example_only(matcher):
    lines = _ncnd_support([], [_doc(matcher, True)])
    assert lines and lines[0].startswith("an example of NCND on a similar question, from answers gathered")
    lines = _ncnd_support([], [_doc(matcher, True), _doc(matcher, False)])
    assert lines[0].startswith("a similar past answer used NCND")


@pytest.mark.parametrize("text", [
    "I agree with Mr Mandel that segregated cycle lanes will add to congestion.",
    "As Cllr Hughes said at the meeting, the bins are not collected on time.",
    "i totally agree with Dr Okafor that the waiting list is too long",
    "Mrs Khan has argued that the library should stay open.",
    "Like Councillor Brown pointed out, the car park is always empty.",
])
def test_a_person_whose_view_is_quoted_is_no_subject(text):
    assert "named_person" not in topics_in(text)


@pytest.mark.parametrize("text", [
    "Please send the complaints made against Dr Okafor.",
    "What action was taken against Mr Smith after he said he would appeal?",
    "Dr Jones said to the police that he had been attacked; what did officers do?",
])
def test_a_person_asked_about_is_still_a_subject(text):
    assert "named_person" in topics_in(text)


def test_an_ordinary_council_letter_quoting_a_view_is_not_warned(matcher):
    letter = ("What is the justification for spending nearly £40 million on cycling when few journeys in the borough "
              "are made by bike? I agree with Mr Mandel that segregated lanes will add to congestion on narrow roads. "
              "Against this background, should the council be spending so much on cycle lanes?")
    assert not matcher.match(letter).forecast.ncnd_likely
    assert not matcher.match("To Enfield Council: " + letter).forecast.ncnd_likely


@pytest.mark.parametrize("text, topic", [
    ("Is the Serious Fraud Office investigating, or has it investigated, Acme Trading Limited?", "named_organisation"),
    ("Has the SFO been investigating Northern Widgets Ltd over its accounts?", "named_organisation"),
    ("Please provide details of the licence held by the gambling brand 1xBet, its suspension and any ban.",
     "named_organisation"),
    ("pls tell me about the licence of the operator Spinbet and why it was revoked", "named_organisation"),
    ('The regulator has said it is conducting a "criminal investigation into" insider betting. How many people?',
     "ongoing_investigation"),
    ("The force is currently carrying out an investigation into the fire at the mill; what has it found?",
     "ongoing_investigation"),
    ("How many investigations has the Commission carried out over the past five years into people holding high "
     "public office for betting offences?", "named_person_case"),
    ("how many investigations did you open into sitting MPs last year", "named_person_case"),
    # proscribed groups, notices to communications providers, people known by their vehicle or home
    ("Please send a copy of the notice under the Data Retention Regulations 2014 issued to BT.", "communications_data"),
    ("how many retention notices has the home office served on phone companies", "communications_data"),
    ("Has a technical capability notice been given to any messaging app?", "communications_data"),
    ("What does the Home Office hold linking the IRA to the shooting of a named informer?", "counter_terrorism"),
    ("info on loyalist paramilitaries in the area and the UVF", "counter_terrorism"),
    ("Please send the information about the action actually taken over this offence against the driver of the bus, "
     "then registered as [VRM].", "named_person_case"),
    ("what action was taken against the owner of the car parked on my drive", "named_person_case"),
    ("Were any complaints made about the tenants at number 4 investigated?", "named_person_case"),
])
def test_the_request_wordings_of_these_classes_are_ncnd_topics(text, topic):
    assert topic in topics_in(text)


@pytest.mark.parametrize("text", [
    "How many investigations into fly-tipping did the council open in 2023?",
    "Please provide the licence conditions for the taxi firm licensing policy.",
    "How many complaints has the council received about potholes?",
    "What is the council's data retention policy for CCTV footage?",
    "How many fixed penalty notices were given to drivers for idling outside schools?",
    "How many complaints about bus drivers did the council receive last year?",
    "Is the Ira Aldridge theatre project funded by the council?",
])
def test_ordinary_counts_are_not_read_as_such_cases(text):
    assert not {"named_organisation", "named_person_case", "ongoing_investigation", "communications_data",
                "counter_terrorism"} & set(topics_in(text))


def test_a_regulator_asked_whether_it_investigates_a_named_company_is_warned(matcher):
    text = "Is the Serious Fraud Office investigating, or has it been involved in investigating, Acme Trading Limited?"
    assert matcher.match(text).forecast.ncnd_likely


@pytest.mark.parametrize("text", [
    "I was knocked off my bike by a taxi last March. What action was taken against the driver of the taxi, "
    "registration [VRM]?",
    "what action did you take against the owner of the car that hit my fence last week",
    "Please send everything the Home Office holds linking the IRA to the bombing that injured my uncle in 1993.",
])
def test_a_person_known_by_their_vehicle_and_a_proscribed_group_are_warned(matcher, text):
    assert matcher.match(text).forecast.ncnd_likely
