"""fx44 (issue 8): framing faults found on the fx41 and fx43 sets of real first messages (all tuning material now),
fixed by structure. The messages here are my own wordings of the shapes seen, never the pages' text."""
from datetime import date

from askfoi.framing import frame_message
from askfoi.questions import lead_in

def _frame(text: str):
    return frame_message(text, today=date(2026, 12, 4))


def _texts(text: str) -> list[str]:
    return [p.text for p in _frame(text).parts]


def test_a_lead_in_that_asks_the_list_to_be_answered_keeps_only_its_period():
    assert lead_in("For each of the last three financial years, please answer the following questions:") \
        == "for each of the last three financial years"
    assert lead_in("For every month of 2024, could you answer these questions:") == "for every month of 2024"


def test_a_clear_numbered_list_under_such_a_lead_in_is_framed_not_asked_back():
    f = _frame("For each of these school years - 2021, 2022, 2023 - please answer the following questions:\n"
               "1. How many pupils were given a fixed penalty for term-time holidays?\n"
               "2. How many of the fines were paid within 28 days?\n"
               "3. How much did the council collect in fines?")
    assert len(f.parts) == 3, f
    assert not any(getattr(x, "code", "") == "too-vague" for x in f.findings), f.findings
    assert not f.questions, f.questions
    assert f.period and "2021" in f.period, f.period
    assert not any("these school years" in p.text or "each pupil" in p.text for p in f.parts), [p.text for p in f.parts]


def test_a_request_in_bold_or_opened_by_kindly_inside_a_story_is_a_request():
    bold = _texts("There is a broken street light outside 12 Mill Lane. **Please supply the fault reports for the "
                  "street lights on Mill Lane received in 2024.** Thanks.")
    kindly = _texts("The pavement on Mill Lane has been cracked for months and my neighbour tripped on it. I reported "
                    "it but nothing happened. Kindly supply a list of all the reports of defects on the Mill Lane "
                    "pavement received in 2023 and 2024, whether by phone or online. I am keen to see what was done.")
    assert bold and not any("*" in t for t in bold), bold  # marks of bold are no words
    assert any("defects on the Mill Lane pavement" in t for t in kindly), kindly
    assert not any(t.lower().startswith(("whether", "please confirm whether by")) for t in kindly), kindly  # either way


def test_a_contact_sentence_is_no_request_for_own_data():
    f = _frame("Under the Freedom of Information Act please tell me how much the council spent on consultants in "
               "2024. Please do not hesitate to contact me via my email address if there are any queries.")
    assert f.route == "foi", f.route
    assert not any(getattr(x, "code", "") == "own-personal-data" for x in f.findings), f.findings
    assert any("consultants" in p.text for p in f.parts), [p.text for p in f.parts]
    assert not any(p.kind == "personal_data" for p in f.parts), [p.text for p in f.parts]


def test_own_email_records_are_still_own_data():
    f = _frame("Please send me copies of my emails to the housing officer and my complaint file.")
    assert any(getattr(x, "code", "") == "own-personal-data" for x in f.findings), f.findings


def test_a_kind_of_operation_is_no_gp_surgery():
    f = _frame("How many patients waited more than a year for cataract surgery in 2024?")
    assert f.authority is None or "surgery" not in f.authority.name.lower(), f.authority
    f = _frame("Is unscheduled Trauma and Orthopaedic surgery across health boards covered by the waiting time "
               "guarantee?")
    assert f.authority is None or "surgery" not in f.authority.name.lower(), f.authority


def test_a_named_gp_surgery_is_still_read():
    f = _frame("How many patients are registered at the Oaks Surgery in Leeds?")
    assert any("Oaks Surgery" in p.text for p in f.parts), [p.text for p in f.parts]


def test_a_title_case_heading_over_sub_items_is_no_part():
    texts = _texts("I would like the following information about the council's new waste contract:\n"
                   "1. Contract Costs\n"
                   "o The total value of the waste collection contract awarded in 2024.\n"
                   "o The annual payments made to the contractor in 2024/25.\n"
                   "2. Service Performance\n"
                   "o The number of missed bin collections reported in 2024/25.")
    assert len(texts) == 3, texts
    assert not any(t.startswith(("Contract Costs", "Service Performance")) for t in texts), texts


def test_if_no_with_a_clause_of_its_own_is_a_part_of_its_own():
    texts = _texts("Please provide the following about the review of the library service:\n"
                   "1. Outside Help\n"
                   "o The names of any consultants hired to review the library service.\n"
                   "o The length and term of each consultant's contract.\n"
                   "2. Own Work\n"
                   "o If no consultants were hired, please provide any internal reports reviewing the library service.")
    assert texts and texts[-1].startswith("If no consultants"), texts
    assert not any("contract. If no" in t for t in texts), texts


def test_only_a_bare_if_no_joins_the_part_before():
    from askfoi.framing import Frame, Framing
    from askfoi.part_pointers import join_conditionals

    def joined(second: str) -> int:
        f = Framing(route="foi", regime="FOIA", parts=[
            Frame(kind="kept", text="Has the council hired consultants for the review?", kept_words=True),
            Frame(kind="kept", text=second, kept_words=True)])
        return join_conditionals(f)

    assert joined("If not, please say who carried out the review.") == 1
    assert joined("If no consultants were hired, please provide any internal reports on the review.") == 0


def test_a_lead_in_ending_on_a_full_stop_still_gives_its_breakdown_to_every_item():
    texts = _texts("Please could you provide the following information by calendar month for the period from April 2022 "
                   "until and including March 2024.\n"
                   "• How many parking fines were issued on Station Road?\n"
                   "• How many of the fines were cancelled on appeal?")
    assert len(texts) == 2, texts
    assert all("month" in t for t in texts), texts  # the breakdown reaches every item


def test_this_location_is_the_one_place_named_before_it():
    texts = _texts("1) When was the speed camera put up on Mill Lane?\n"
                   "2) How many fines have been issued at this location?\n"
                   "3) What is the total income from fines at this location?")
    assert texts and not any("this location" in t for t in texts), texts
    assert sum("Mill Lane" in t for t in texts) == 3, texts


def test_this_location_stays_asked_when_two_places_are_named():
    f = _frame("1) When were the speed cameras put up on Mill Lane and on Church Road?\n"
               "2) How many fines have been issued at this location?")
    assert not any("Mill Lane" in p.text and "Church Road" not in p.text and "fines" in p.text for p in f.parts), \
        [p.text for p in f.parts]  # never one of two places guessed


def test_a_count_for_each_of_the_years_named_is_broken_down_by_year():
    texts = _texts("How many claims did the council receive from drivers in each of the years 2019, 2020 and 2021?")
    assert texts and "by year" in texts[0] and "each of the years" not in texts[0], texts
