"""nx82 (session 56): the newcomer faults left open by sessions 54-55 (nc79, nc76), as classes, in my own words."""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 6)


def _parts(text):
    return [p.text for p in frame_message(text, today=TODAY).parts]


# --- nc79: everyday words and half-made verbs in a count's subject -------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("i want to know how many kids they stop and search", "The number of children stopped and searched."),
    ("how many kids did west yorkshire police arrest and charge in 2024",
     "The number of children arrested and charged."),
    ("how many lads have been stopped and searched by merseyside police in 2025",
     "The number of young men stopped and searched."),
    ("how many blokes were fined for fly tipping by leeds council in 2024", "The number of men fined for fly tipping."),
])
def test_a_count_is_written_in_standard_words(text, want):
    assert want in _parts(text)


def test_joined_verbs_after_a_participle_are_participles():
    from askfoi.count_words import joined_participles

    assert joined_participles("stopped and search") == "stopped and searched"
    assert joined_participles("arrested or charge in 2024") == "arrested or charged in 2024"


def test_guard_a_noun_after_and_is_left():  # guard: passes on main too (no such rewrite there)
    assert "The number of stop and search powers used." in _parts(
        "how many stop and search powers were used by kent police in 2024")


def test_guard_a_count_in_standard_words_is_unchanged():  # guard: passes on main too
    parts = _parts("how many people were stopped and searched by kent police in 2025")
    assert parts == ["The number of people stopped and searched."]


# --- nc79: "are they mostly given to young men": a guess at a pattern is the count broken down ----------------------
@pytest.mark.parametrize("text, by", [
    ("how many penalty notices did essex police give out last year, are they mostly given to young men", "age and sex"),
    ("how many fixed penalty notices for fly tipping did leeds council issue in 2024? is it mainly young men who get them?",
     "age and sex"),
    ("how many parking fines did camden council issue in 2024? are the fines mostly handed out to women?", "sex"),
    ("how many kids did merseyside police stop and search in 2025? are they mostly given to young men?", "age and sex"),
])
def test_a_guess_at_who_gets_them_is_the_count_broken_down(text, by):
    parts = _parts(text)
    assert len(parts) == 1, parts
    assert parts[0].endswith(f"broken down by {by}."), parts
    assert "mostly" not in parts[0].lower() and "young men" not in parts[0]


def test_guard_a_plain_yes_no_about_a_group_is_no_guess():  # guard: passes on main too
    from askfoi.disparity_asks import mostly_guess

    assert not mostly_guess("are they given to young men?")
    assert not mostly_guess("are they mostly issued to drivers in leeds?")  # no field named


# --- nc79 #7: "how much X has been cut" and "what the minister said in emails about it" -----------------------------
@pytest.mark.parametrize("text, want", [
    ("how much has the bus subsidy been cut since 2022", "The amount of the bus subsidy, broken down by year."),
    ("how much has Kent County Council cut the youth service budget by since 2020",
     "The amount of the youth service budget, broken down by year."),
    ("how much has funding for libraries gone down in sheffield since 2019?",
     "The amount of funding for libraries, broken down by year."),
])
def test_how_much_was_cut_asks_the_amount_year_by_year(text, want):
    assert want in _parts(text)


@pytest.mark.parametrize("text, want", [
    ("what did the council leader say in emails about the library closures",
     "Any emails sent or received by the council leader about the library closures."),
    ("how many potholes did leeds council fix in 2024 and what did the cabinet member say in emails about them",
     "Any emails sent or received by the cabinet member about the potholes."),
    ("how much has funding for libraries gone down in sheffield since 2019? and what did the cabinet member say in "
     "emails about it", "Any emails sent or received by the cabinet member about funding for libraries."),
])
def test_what_someone_said_in_emails_asks_for_the_emails(text, want):
    assert want in _parts(text)


def test_the_teachers_letter_is_one_an_officer_can_act_on():
    framing = frame_message("i teach at a primary school in cardiff and our budget keeps shrinking. can you ask the "
                            "welsh government how much school funding has been cut since 2021 and what the education "
                            "minister said in emails about it", today=TODAY)
    parts = [p.text for p in framing.parts]
    assert parts == ["The amount of school funding, broken down by year.",
                     "Any emails sent or received by the education minister about school funding."], parts
    note = next(f for f in framing.findings if f.code == "school-budget-holder")
    assert "Cardiff Council" in note.message and "Local Government Settlement" in note.message


def test_a_school_budget_asked_of_the_department_for_education_names_the_council():
    framing = frame_message("how much funding did schools in leeds get from the department for education in 2024/25",
                            today=TODAY)
    notes = [f.message for f in framing.findings if f.code == "school-budget-holder"]
    assert notes and "Dedicated Schools Grant" in notes[0]


def test_guard_a_council_asked_about_school_budgets_gets_no_note():  # guard: passes on main too
    framing = frame_message("how much did leeds city council give each primary school in its budget for 2024/25",
                            today=TODAY)
    assert not [f for f in framing.findings if f.code == "school-budget-holder"]


def test_guard_emails_between_named_sides_are_unchanged():  # guard: passes on main too
    parts = _parts("please provide the emails between the minister and officials about school funding in 2025")
    assert parts == ["Any correspondence between the minister and officials about school funding."]


# --- nc79 #4: "same as the other one" as a first message: askfoi cannot see it, so it asks back ---------------------
def _first_turn(text):
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: TODAY)
    conv.start()
    return conv, "\n".join(m.text for m in conv.reply(text).messages)


@pytest.mark.parametrize("text, body", [
    ("same as the other one please but for wiltshire police", "Wiltshire Police"),
    ("can you do the same as before for essex police", "Essex Police"),
    ("same questions as last time", ""),
    ("like my last request please", ""),
])
def test_a_first_message_pointing_at_an_unseen_request_is_asked_back(text, body):
    conv, said = _first_turn(text)
    assert "can't see your other request" in said
    assert "What records would answer" not in said
    assert not conv.session.parts and not conv.session.about
    if body:
        assert body in said and conv.session.authority == body


def test_guard_a_question_with_same_in_it_is_framed():  # guard: passes on main too
    _, said = _first_turn("is the same amount spent on roads in leeds as last year")
    assert "can't see your other request" not in said


# --- nc76 #16: "how much does the council pay them": the one paid is the firm the story names ----------------------
@pytest.mark.parametrize("text, want", [
    ("the council hired a contractor to cut the verges. how much do they pay them each year?", "the contractor"),
    ("the council uses a contractor to spray weedkiller on the allotments. how much does the council pay them each "
     "year", "the contractor"),
])
def test_them_after_pay_is_the_firm_the_story_names(text, want):
    parts = _parts(text)
    assert any(want in p for p in parts), parts
    assert not any("verges" in p or " them" in p for p in parts), parts
