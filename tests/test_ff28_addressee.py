"""ff28 (issue 8): the body a message names is proposed (by the kind of its name, from data), and a body it only
mentions (an acronym it spells out as something else, a recipient of money) is not taken for the addressee."""

import pytest

from askfoi.framing import frame_message
from askfoi.institution_names import institution_names
from askfoi.name_roles import defined_otherwise


def _framing(text):
    return frame_message(text)


def _body(text):
    found = frame_message(text).authority
    return found.name if found else None


@pytest.mark.parametrize("text", [
    "Dear University of Reading,\n\nUnder the Freedom of Information Act, please could you provide the number of "
    "students who used the counselling service in each of the last three academic years.",
    "dear university of reading,\nUnder the FOI act can you tell me how many students were disciplined in 2023?",
    "To the University of Reading:\n\nPlease send the number of complaints received in 2024.",
])
def test_a_university_greeted_by_name_is_the_body(text):
    assert _body(text) == "University of Reading"


def test_a_name_never_runs_over_a_comma_or_a_paragraph():
    names = institution_names("Dear University of Reading,\n\nUnder the Freedom of Information Act")
    assert [n.typed for n in names] == ["University of Reading"]


@pytest.mark.parametrize("text, name", [
    ("2G 3G 4G 5G telecommunications mast on Saint Mary's Primary School's roof. Glen Road Belfast. I have contacted "
     "the school numerous times to request planning permission details but have had no reply.",
     "Saint Mary's Primary School"),
    ("there's a phone mast on Hillside Primary School's roof in leeds, i emailed the school twice. was a risk "
     "assessment done before it went up?", "Hillside Primary School"),
    ("I am writing to Oakfield Primary School in Leeds. Please send me the number of exclusions in 2023/24.",
     "Oakfield Primary School"),
    ("Dear Great Snoring Parish Council, please send me the minutes of the meeting of 3 March 2025.",
     "Great Snoring Parish Council"),
    ("Could hampsthwaite parish council tell me how much it spent on the village hall in 2024?",
     "Hampsthwaite Parish Council"),
])
def test_a_school_or_parish_council_named_is_proposed_by_its_name(text, name):
    framing = _framing(text)
    assert framing.authority is not None and framing.authority.name == name
    assert "in its own right" in (framing.authority_note or "") and "check" in framing.authority_note
    assert not any(f.code == "no-authority" for f in framing.findings)


def test_a_named_school_that_may_be_independent_is_asked_about_by_its_name():
    text = ("2G 3G 4G 5G telecommunications mast on Saint Mary's School's roof. Glen Road Belfast. I have contacted the "
            "school numerous times to request planning permission details but have had no reply.")
    framing = _framing(text)
    assert framing.authority is None and framing.body_kind == "school"
    assert "Saint Mary's School" in framing.body_question  # not "the school"


@pytest.mark.parametrize("text", [
    "how many pupils at st marys primary were excluded in 2024?",  # a saint's name many schools share, no town
    "how many students at brighton college in brighton were given detentions last year",  # may be independent
    "Hi, how many pupils at Saint Columba's School in Glasgow were excluded in 2024?",  # Scotland: the council answers
    "the school's uniform costs too much, how much did the school spend on uniforms last year?",
])
def test_no_school_is_guessed_when_the_name_does_not_fix_one(text):
    assert _body(text) is None


def test_a_kind_in_the_possessive_names_no_institution():
    assert institution_names("the school's uniform costs") == []
    assert [n.name for n in institution_names("the head of Royal Derby Hospital's A&E")] == ["Royal Derby Hospital"]


@pytest.mark.parametrize("text, acronym, body, meant", [
    ("Please confirm whether the ICB is setting Indicative Activity Plans (IAP) for ADHD providers.", "IAP",
     "Independent Advisory Panel on Deaths in Custody", "Indicative Activity Plans"),
    ("how many IAPs (indicative activity plans) were set in 2025?", "IAPs",
     "Independent Advisory Panel on Deaths in Custody", "indicative activity plans"),
])
def test_an_acronym_spelt_out_as_something_else(text, acronym, body, meant):
    assert defined_otherwise(text, acronym, body) == meant


def test_an_acronym_spelt_out_as_the_body_itself_stays():
    assert defined_otherwise("the Independent Office for Police Conduct (IOPC) report", "IOPC",
                             "Independent Office for Police Conduct") is None
    assert defined_otherwise("the IOPC report", "IOPC", "Independent Office for Police Conduct") is None


def test_an_acronym_for_something_else_is_not_the_addressee():
    text = ("Please confirm the ICB holds the following data.\n1. Please confirm whether the ICB is setting Indicative "
            "Activity Plans (IAP) for Autism and/or ADHD providers for 2025/26?\n2. Please provide copies of any "
            "Quality Impact Assessment of the IAPs.")
    framing = _framing(text)
    assert framing.authority is None and framing.body_kind == "integrated care board"


@pytest.mark.parametrize("text", [
    "Can you advise why and what grants are being gifted to Edinburgh (Lothian Buses and their subsidiaries) in "
    "preference to other Scottish bus operators for the purchase of clean buses?",
    "what funding was awarded to Glasgow (First Bus) for new buses in 2023, and why?",
])
def test_who_money_is_given_to_is_not_the_addressee(text):
    assert _body(text) not in ("Lothian Buses PLC", "City of Edinburgh Council", "Glasgow City Council", "First Bus")


def test_a_body_money_is_paid_by_stays():
    assert _body("How much has Leeds City Council paid to Serco since 2020?") == "Leeds City Council"


@pytest.mark.parametrize("text", [
    "Could you supply all documentation held by Transport Scotland about the decision to pause the bus partnership "
    "fund between December 2023 and March 2024?",
    "how much did transport scotland spend on the fair fares review in 2024?",
])
def test_transport_scotland_is_itself_not_its_parent(text):
    framing = _framing(text)
    assert framing.authority.name == "Transport Scotland" and framing.regime == "FOISA"


@pytest.mark.parametrize("text, kind", [
    ("I would be grateful if you could provide the following regarding the implementation of the Welsh Government's "
     "20mph default speed limit policy in your local authority area: 1. What was the total cost incurred by your "
     "authority? 2. Was any of this cost reimbursed by the Welsh Government?", "council"),
    ("Since then welsh government commenced a review of 20mph limits. I am requesting the total number of statutory "
     "notices placed as part of your local review in 2025.", "council"),
    ("Please let me know what the budget was for the new bus lane. It is important that I know you are spending my "
     "council tax wisely. How much is being paid by TfL?", "council"),
    ("how many officers in your force were trained under the home office guidance on tasers in 2024?", "police force"),
])
def test_a_body_of_another_kind_than_the_reader_is_not_the_addressee(text, kind):
    framing = _framing(text)
    assert framing.authority is None and framing.body_kind == kind


def test_a_council_named_beside_the_reader_kind_stays():
    assert _body("Dear Pembrokeshire County Council, how many 20mph notices did your authority place in 2025?") == \
        "Pembrokeshire County Council"
    assert _body("Leeds City Council: how much did your council spend on the Welsh Government's scheme?") == \
        "Leeds City Council"
