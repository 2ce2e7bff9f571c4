"""ff29 (issue 8): no false findings on what an FOI officer would accept as asked, the addressee a company listed as a
public body, asbestos under the environmental regulations. Each test names the sentence that used to trigger the
finding; the counter-tests keep the true findings."""

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message
from askfoi.part_checks import needs_period
from askfoi.view_acts import clause_act
from askfoi.why_records import unanswerable_kind


def _codes(text):
    return [f.code for f in frame_message(text).findings]


# --- not-recorded-information ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2. All internal reports, financial assessments, or briefing papers used to justify the proposed 9% council tax "
    "increase.",
    "please send the business case that was prepared to justify closing the library in 2024",
    "copies of any analysis relied on to justify the new parking charges",
])
def test_records_used_to_justify_are_records(text):
    assert "not-recorded-information" not in [f.code for f in check_request(text).findings]


def test_a_bare_justify_is_still_a_view():
    assert "not-recorded-information" in [f.code for f in check_request("can you justify the 9% increase?").findings]


@pytest.mark.parametrize("text", [
    "Could I receive stats on the total number of children under 18, as a whole, in the last 5 years who have been "
    "tasered?",
    "can i get statistics on knife crime in leeds",
    "could we see the emails between the council and the developer",
    "cud i have the totals for 2023 please",
])
def test_asking_to_receive_records_is_no_advice(text):
    assert clause_act(text) is None


@pytest.mark.parametrize("text", ["could i receive a refund for the parking fine?", "can i appeal the fine?",
                                  "could i be fined for this?"])
def test_the_writers_own_case_is_still_advice(text):
    act = clause_act(text)
    assert act is not None and act.act == "advice"


@pytest.mark.parametrize("text", [
    "How much is it going to cost the council tax payer to install CCTV?",
    "and how many staff are going to lose their jobs?",
])
def test_a_planned_figure_is_no_guess_at_the_future(text):
    assert unanswerable_kind(text) is None


def test_what_someone_is_going_to_do_is_still_future():
    assert unanswerable_kind("when is the council going to fix the road?") == "future"


def test_a_retort_before_a_cost_question_is_flagged_alone():
    text = ("I REFER to your article about fly tipping in Orford Lane.\n\nIsn't it about time Warrington Borough Council "
            "started to be proactive on this matter?\n\nHow much is it going to cost the council tax payer to install "
            "CCTV?")
    found = [f for f in frame_message(text).findings if f.code == "not-recorded-information"]
    assert found and all("CCTV" not in f.evidence for f in found)


# --- third-party-personal-data --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Please note that a complaint identified in Q.1 may give rise to being a complaint about one, two or all three "
    "items in Q.2 and should be recorded separately in each category.",
    "item 3 should give rise to a separate count",
    "the answer to question 2 will rise each year",
])
def test_a_question_number_is_no_house(text):
    assert "third-party-personal-data" not in [f.code for f in check_request(text).findings]


@pytest.mark.parametrize("text", ["how many times have the police been called to 12 elm rise in 2024",
                                  "the man at 4 Orchard Rise keeps parking on the pavement, how many complaints"])
def test_a_house_is_still_a_private_household(text):
    assert "third-party-personal-data" in [f.code for f in check_request(text).findings]


# --- no-time-period ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Is there a maximum amount of days that you have to stick to between the reporting date and the fixing date?",
    "4. is there a target time for answering a complaint",
    "do you have to repair every street light out reported?",
])
def test_the_rule_in_force_needs_no_period(text):
    assert not needs_period(text)


def test_a_count_over_years_still_needs_a_period():
    assert needs_period("Is there a policy on it, and how many complaints were there")
    assert "no-time-period" in _codes("how many responses did leeds city council get to its consultations")


@pytest.mark.parametrize("text", [
    "I would like some information regarding the consultation for the play parks.\n\n1 How was the consultation "
    "propagated to the public?\n2 How many responses were received and, if possible, can these be broken down into "
    "wards?",
    "how many responses were received to the consultation on the new bus lane, leeds city council",
    "Leeds City Council: how many objections were made to the planning application for the Kirkstall incinerator?",
])
def test_a_count_of_one_events_responses_needs_no_period(text):
    assert "no-time-period" not in _codes(text)


# --- too-vague ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "As far as I can understand from last Tuesday's county council meeting, the decision has already been made to "
    "close all the libraries on their Tier 4 list with no further consultation.\n\nThis is further evidence that "
    "county council Tories don't actually know what goes on in local libraries.",
    "THE disclosure that six council employees receive salaries over £100,000 may not tell the whole story.\n\nIt "
    "would be interesting to establish how many receive other benefits, such as leased cars.",
    "This doesn't make sense because the council assured residents that the previous level of charges covered the "
    "cost of the schemes.",
    "one consultant is said to be paid almost £1,000 a day. outrageous",
])
def test_a_discernible_subject_is_not_too_vague(text):
    assert "too-vague" not in _codes(text)


@pytest.mark.parametrize("text", ["tell me about the bins", "everything you have on the police",
                                  "i want info on the parks"])
def test_a_message_that_names_no_subject_is_still_too_vague(text):
    assert "too-vague" in _codes(text)


def test_information_relating_to_a_subject_told_in_full_is_asked():
    text = ("Information relating to the use by CalMac Ferries Ltd of offshore crewing or payroll arrangements, "
            "including Caledonian MacBrayne Crewing (Guernsey), between the dates of 1 February 2024 and 31 July 2025.")
    framing = frame_message(text)
    assert "too-vague" not in [f.code for f in framing.findings]
    assert "not-covered-by-foi" not in [f.code for f in framing.findings]
    assert framing.authority is not None and framing.authority.name == "Caledonian MacBrayne Limited"
    assert framing.regime == "FOISA"


# --- addressee: a company listed as a public body --------------------------------------------------------------------

@pytest.mark.parametrize("text,body", [
    ("how much did calmac ferries ltd spend on agency crew in 2024", "Caledonian MacBrayne Limited"),
    ("Dear David MacBrayne Ltd, please send the board minutes for 2023", "David MacBrayne Limited"),
])
def test_a_publicly_owned_company_is_its_own_body(text, body):
    framing = frame_message(text)
    assert framing.authority is not None and framing.authority.name == body
    assert "not-covered-by-foi" not in [f.code for f in framing.findings]


def test_a_private_company_is_still_not_covered():
    assert "not-covered-by-foi" in _codes("how many complaints did tesco plc get about its car park in leeds in 2024")


# --- the environmental route: asbestos -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Please provide the asbestos register and asbestos surveys for Hillside Primary School for 2020 to 2024.",
    "how much did leeds city council spend removing asbestos from council houses in 2023",
    "All references relate to Belvidere Hospital from 1995 to 1996:\n1. Detailed reports of any remediation work that "
    "involved removing, covering or coating any asbestos products;",
])
def test_asbestos_is_environmental_information(text):
    framing = frame_message(text)
    assert framing.regime in ("EIR", "EISR") or "environmental-information" in [f.code for f in framing.findings] \
        or "environmental-parts" in [f.code for f in framing.findings]


# --- addressee: the body a question is put to; a body things are passed to ------------------------------------------

@pytest.mark.parametrize("text", [
    "1. Oversight of Enforcement Infrastructure\n- Does SPA maintain any internal governance documents or operational "
    "protocols relating to Police Scotland's use of biometric systems?",
    "Does the Scottish Police Authority hold any minutes about Police Scotland's body worn cameras from 2024?",
])
def test_the_body_a_question_is_put_to_is_asked(text):
    framing = frame_message(text)
    assert framing.authority is not None and framing.authority.name == "Scottish Police Authority"


@pytest.mark.parametrize("text", [
    "For all of these requests I am asking for information from the last 3 years.\n\n1. How many students details have "
    "you passed on to the police.\n\nA) In how many of these cases has the University required a court order?",
    "how many pupils records have you shared with the police since 2022? has the school asked for a warrant each time?",
])
def test_the_body_details_are_passed_to_is_not_the_reader(text):
    framing = frame_message(text)
    assert "police" not in (framing.body_question or "").lower()


def test_the_police_alone_are_still_asked_which_force():
    framing = frame_message("how many crimes were reported to the police in 2024 about e-scooters")
    assert framing.authority is None and "police" in (framing.body_question or "").lower()


def test_a_pointer_to_the_figure_asked_just_before_in_the_part_is_no_story_reference():
    from askfoi.framing import points_at_story

    assert not points_at_story("Could I receive stats on the total number of children under 18 in the last 5 years "
                               "who have been tasered? The race/ethnicity stats for those groups too.")
    assert not points_at_story("how many people were fined in 2024. and the ages of those people")
    assert points_at_story("The race/ethnicity stats for those groups too.")
    assert points_at_story("I reported potholes. How many of these were fixed?")


def test_a_record_the_writer_asked_for_is_named():
    text = ("My son did not get into his local school. I wrang the admissions office and asked for the adresses of the "
            "children who were given places so I could verify my hunch. They will not give me that information.")
    assert "too-vague" not in _codes(text)


def test_everything_on_a_thing_named_in_three_words_is_still_vague():
    assert "too-vague" in _codes("i want to know everything you have on the new housing estate")


def test_the_taser_statistics_with_those_groups_get_no_story_reference():
    text = ("Could I receive stats on the total number of children under 18, as a whole, in the last 5 years who have "
            "been tasered? Would you also be able to provide the race/ethnicity stats for those groups too?")
    assert "story-reference" not in _codes(text)


@pytest.mark.parametrize("text", ["anything about the trees being cut down in the park",
                                  "everything you have about the plans for the old hospital site"])
def test_anything_about_a_thing_with_no_name_or_year_is_still_vague(text):
    assert {"too-vague", "vague-scope"} & set(_codes(text))
