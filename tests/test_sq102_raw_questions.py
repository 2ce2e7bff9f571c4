"""sq102 (issue 8, nc101 and session 64's open list): raw questions and subject lines in framing.

Each class is shown on the words that showed it and on messages of the same shape in my own words, with guards.
- The body typed a second time by another name ("thames valley police took his phone ... how many phones tvp
  downloaded"): that name is the body (framing._mask_same_body, `_counted_doer`; `named` in _framed_message), so the
  count is framed and the subject line never says "phones tvp" (letter._without_addressee: a subject line never
  names the addressee, by name or initials).
- "how much is/are X paying for Y": the -ing of a verb no detail ("paying") loses nothing (framing.lost_details):
  the total spent, or the cost per unit; a rate's subject line names the thing paid for (letter._RATE_UNIT).
- "which firms does bristol council use", "which contractors are leeds council paying", "which company has the
  contract" after a part naming the thing contracted for: contracts and suppliers (askfoi/supplier_asks.py).
- "how many times have they done that" after "does X use Y" is the use part's own count (questions._times_of_yes_no).
- "how much have they given contractors to repair them" after a count: "them" is the things counted
  (amounts._them_counted).
- "entered leeds city council pounds": the name after a verb describes its object, "your pounds"
  (kept_questions.addressed, `_object_slot`).
- "spent on payments to contractors": paid to contractors (framing.render_frame, `_PAYMENTS_TO`).
- "do the council tax bills rise": "council tax bills" is the subject (why_records.body_compound,
  yes_no_asks._compound_after).
- "in peoples park": an owner before one place is a name; before many ("peoples gardens") it is not
  (place_capitals.no_name).
- "did the free expire": an adjective cut from "free or reduced car parking" is never what "it" means
  (framing._cut_adjective).
"""

from datetime import date

import pytest

from askfoi.answers import Answers
from askfoi.framing import frame_message
from askfoi.letter import draft_letter, frame_topic

TODAY = date(2026, 12, 7)


def _framing(text):
    return frame_message(text, today=TODAY)


def _texts(text):
    return [p.text for p in _framing(text).parts]


def _subject(text):
    f = _framing(text)
    parts = [p.text for p in f.parts]
    answers = Answers(authority=f.authority.name, parts=parts, period=f.period, topic=frame_topic(f.parts, parts))
    return draft_letter(answers, today=TODAY).subject


# --- the body typed again by another name ----------------------------------------------------------------------------

NC101_J1 = ("my son was a witness to a stabbing and thames valley police took his phone off him and kept it for four "
            "months. i want to know how many phones tvp downloaded from witnesses and victims in the last 2 years, how "
            "long they keep them on avarage and wat software they use to do it")


def test_nc101_j1_the_initials_are_the_body():
    parts = _framing(NC101_J1).parts
    assert parts[0].kind == "count" and not parts[0].kept_words
    assert parts[0].text == "The number of phones downloaded from witnesses and victims."
    subject = _subject(NC101_J1)
    assert "tvp" not in subject.lower() and "thames valley" not in subject.lower(), subject
    assert subject.startswith("Freedom of Information request: phones"), subject


@pytest.mark.parametrize("text, want", [  # own words
    # (guard: main frames this one already, "leeds council" being masked as the body's own short name)
    ("my car was towed by leeds city council in june. how many cars leeds council towed from residents streets in 2024",
     "The number of cars towed from residents streets."),
    ("greater manchester police stopped my brother twice. how many people gmp stopped and searched in 2024",
     "The number of people stopped and searched."),
    ("i was fined by transport for london. how many fines did tfl issue for bus lanes in 2024",
     "The number of fines issued for bus lanes."),
])
def test_the_body_typed_again_by_another_name(text, want):
    parts = _framing(text).parts
    assert [p.text for p in parts] == [want]
    assert not parts[0].kept_words


@pytest.mark.parametrize("authority, topic", [
    ("Thames Valley Police", "phones tvp downloaded"),
    ("Leeds City Council", "complaints to Leeds City Council"),
])
def test_a_subject_line_never_names_the_addressee(authority, topic):
    subject = draft_letter(Answers(authority=authority, parts=["The number of complaints received."], topic=topic),
                           today=TODAY).subject
    assert "tvp" not in subject.lower() and "leeds city council" not in subject.lower(), subject


def test_guard_a_topic_naming_another_body_stays():
    subject = draft_letter(Answers(authority="Kent County Council", topic="complaints about Kent Police",
                                   parts=["The number of complaints about Kent Police."]), today=TODAY).subject
    assert subject == "Freedom of Information request: complaints about Kent Police"


def test_guard_a_body_named_once_still_framed():
    assert _texts("how many phones tvp downloaded from witnesses and victims in the last 2 years") == [
        "The number of phones downloaded from witnesses and victims."]


# --- "how much is/are X paying" -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("how much are leeds city council paying for agency social workers",
     "The total amount spent on agency social workers."),
    ("how much is kent county council paying for agency social workers",  # own words
     "The total amount spent on agency social workers."),
    ("how much are essex police paying for the new helicopter", "The total amount spent on the new helicopter."),
    ("how much is surrey county council paying per hour for agency carers", "The cost per hour for agency carers."),
])
def test_paying_is_the_total_spent(text, want):
    parts = _framing(text).parts
    assert [p.text for p in parts] == [want]
    assert parts[0].kind == "total_spend"


def test_guard_pay_and_spending_unchanged():
    assert _texts("how much does leeds city council pay for agency social workers") == [
        "The total amount spent on agency social workers."]
    assert _texts("how much is bristol city council spending on consultants") == [
        "The total amount spent on consultants."]


def test_a_rate_subject_line_names_the_thing_paid_for():
    assert _subject("how much is surrey county council paying per hour for agency carers") == \
        "Freedom of Information request: agency carers"


# --- "which supplier" questions -----------------------------------------------------------------------------------------

NC101_J5 = ("The Home Office has put about 400 asylum seekers in the Riverside Hotel in our town. How much is the Home "
            "Office paying per night for the hotel, which company has the contract, and how many complaints have they "
            "received about conditions there since it opened in 2023?")


def test_nc101_j5_no_raw_question():
    parts = _framing(NC101_J5).parts
    assert not any(p.kept_words for p in parts), [p.text for p in parts]
    assert parts[0].text == "The cost per night for Riverside Hotel."
    assert parts[1].kind == "contracts"
    assert parts[1].text == ("Any contract in force for Riverside Hotel, with the name of each supplier and the "
                             "contract's value.")


@pytest.mark.parametrize("text, want", [
    ("which firms does bristol council use",
     "A list of the firms you use, with what each one supplies and the value of its contracts."),
    ("which contractors are leeds council paying",
     "A list of the contractors you pay, with what each one supplies and the value of its contracts."),
    ("which agencies did kent county council use in 2024",  # own words
     "A list of the agencies you used, with what each one supplies and the value of its contracts."),
    ("what consultants has the cabinet office hired since 2022",
     "A list of the consultants you have hired, with what each one supplies and the value of its contracts."),
    ("which firms do schools in leeds use",
     "A list of the firms used by schools in Leeds, with what each one supplies and the value of its contracts."),
    ("which firm won the contract to run the leisure centres in bristol",
     "Any contract in force for running the leisure centres in Bristol, with the name of each supplier and the "
     "contract's value."),
    ("how much is sheffield city council paying for the new tram line and which company has the contract",
     "Any contract in force for the new tram line, with the name of each supplier and the contract's value."),
])
def test_which_supplier_is_contracts_and_suppliers(text, want):
    parts = _framing(text).parts
    assert parts[-1].text == want
    assert parts[-1].kind == "contracts" and not any(p.kept_words for p in parts)
    for name in ("Bristol", "Leeds Council", "Kent County", "Cabinet Office", "Sheffield"):
        if name.lower() in text and name not in ("Bristol", "Leeds"):
            assert name not in parts[-1].text


def test_which_agencies_after_a_spend_are_its_suppliers():
    # m516 / i007 (labelled total_spend + contracts): the agencies of the spend before, never "A list of agencies used"
    texts = _texts("how much did kent county council spend on agency social workers in 2023/24 and which agencies did "
                   "they use")
    assert texts[-1] == ("Any contract in force for agency social workers, with the name of each supplier and the "
                         "contract's value."), texts


def test_guard_a_place_after_its_preposition_is_no_doer():
    # m088 / i082 (main's framing kept): "how many homes in | hull | flooded": Hull is where, never who
    assert _texts("how many homes in hull flooded in 2024") == ["The number of homes in Hull that flooded."]
    subject = draft_letter(Answers(authority="Fife Council", topic="children in care in Fife",
                                   parts=["The number of children in care in Fife."]), today=TODAY).subject
    assert "in Fife" in subject, subject


@pytest.mark.parametrize("text, want", [  # guards: a "which supplier" question that says what for, as before
    ("which companies does leeds city council use for road repairs",
     "Any contract in force for road repairs, with the name of each supplier and the contract's value."),
    ("which company runs the bin collections for bristol council",
     "Any contract in force for the bin collections, with the name of each supplier and the contract's value."),
    ("which bailiff firms does bristol council use", "A list of bailiff firms used."),
])
def test_guard_supplier_questions_that_say_what_for(text, want):
    assert _texts(text) == [want]


def test_guard_the_contract_with_nothing_before_stays_a_question():
    parts = _framing("The council has closed the tip on Mill Road. which company has the contract?").parts
    assert parts and parts[-1].kept_words  # nothing before says which contract: never guessed


# --- "how many times have they done that" after "use" -----------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("does essex police use drones at football matches, how many times have they done that since 2023",
     "The number of times drones were used at football matches."),
    ("do kent police use spit hoods, and how many times did they do it last year",  # own words
     "The number of times spit hoods were used."),
])
def test_times_done_after_use_is_the_use_count(text, want):
    texts = _texts(text)  # one part (a period the clock, not TODAY, dates may follow its words: part of main's reading)
    assert len(texts) == 1 and texts[0].startswith(want.rstrip(".")), texts


def test_guard_times_after_use_with_a_period_only():
    assert _texts("does leeds council use bailiffs, how many times last year") == [
        "The number of times bailiffs were used."]


# --- "to repair them" ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("how many bridges in devon have weight limits, and how much have they given contractors to repair them",
     "The total amount given to contractors to repair the bridges in Devon."),
    ("how many playgrounds in hull are closed, and how much has hull city council given contractors to fix them",
     "The total amount given to contractors to fix the playgrounds in Hull."),  # own words
])
def test_them_after_a_count_is_the_things_counted(text, want):
    parts = _framing(text).parts
    assert parts[-1].text == want and not parts[-1].kept_words


def test_guard_given_with_the_thing_named():
    assert _texts("how many bridges in devon have weight limits, and how much have they given contractors to repair "
                  "the bridges")[-1] == "The total amount given to contractors to repair the bridges."


# --- "entered you pound" ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("how many dogs entered leeds city council pounds in 2024", "entered your pounds"),
    ("how many people visited bristol city council libraries last year", "visited your libraries"),  # own words
])
def test_the_name_after_a_verb_describes_its_object(text, want):
    texts = " ".join(_texts(text))
    assert want in texts and "you pound" not in texts and "you librar" not in texts, texts


def test_guard_the_name_as_a_doer_is_you():
    from askfoi.kept_questions import addressed

    assert addressed("How much has Leeds City Council paid?", ["Leeds City Council"]) == "How much have you paid?"
    assert addressed("The rent Leeds City Council charges.", ["Leeds City Council"]) == "The rent you charge."


# --- payments to contractors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("how much was spent on payments to contractors by camden council", "The total amount paid to contractors."),
    ("how much did kent county council spend on payments made to the agencies in 2024",  # own words
     "The total amount paid to the agencies."),
])
def test_payments_to_a_firm_are_paid_to_it(text, want):
    assert _texts(text) == [want]


def test_guard_spent_on_a_firm_unchanged():
    assert _texts("how much was spent on the repairs contractor by camden council") == [
        "The total amount paid to the repairs contractor."]


# --- "the council taxes bills" ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("do the council tax bills rise every year in leeds",
     "Any recorded information showing whether the council tax bills rise every year in Leeds."),
    ("do the council housing rents go up every april in bristol",  # own words (a guard: main reads it so already)
     "Any recorded information showing whether the council housing rents go up every April in Bristol."),
    ("does the council tax rise every year in leeds",
     "Any recorded information showing whether the council tax rises every year in Leeds."),
])
def test_council_tax_is_a_thing_not_a_doer(text, want):
    assert _texts(text) == [want]


def test_guard_the_council_as_doer_of_house():
    from askfoi.why_records import body_compound

    assert not body_compound("the council house homeless families in hotels".split(), 2)
    assert body_compound("the council tax bills rise".split(), 2)


# --- "peoples park" -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("what are the rules on filming in peoples park in hackney",
     "Any policy, procedure or guidance on filming in Peoples Park in Hackney."),
    ("how many dogs were found in peoples park in 2024", "The number of dogs found in Peoples Park."),  # own words
])
def test_an_owner_before_one_place_is_a_name(text, want):
    assert _texts(text) == [want]


@pytest.mark.parametrize("text, want", [  # guards (nx101): an owner before many places keeps the person's case
    ("rules on filming peoples gardens in leeds", "Any policy, procedure or guidance on filming peoples gardens in Leeds."),
    ("how many times were drones flown over residents gardens in 2024 by kent police",
     "The number of times drones were flown over residents gardens."),
])
def test_guard_an_owner_before_many_places(text, want):
    assert _texts(text) == [want]


# --- "did the free expire" ----------------------------------------------------------------------------------------------

def test_fx101_barnet_the_free_never_expires():
    texts = _texts("Did the council introduce free or reduced car parking during the pandemic? For each scheme, what "
                   "date did the reduced parking fees scheme come into effect and on what date did it expire?")
    assert not any("the free" in t for t in texts), texts


def test_cut_adjective():
    from askfoi.framing import _cut_adjective

    assert _cut_adjective("free", "did the council bring in free or reduced parking")
    assert _cut_adjective("new", "do they sell new and used cars")  # own words
    assert not _cut_adjective("parking", "did the council bring in free or reduced parking")  # guard
    assert not _cut_adjective("free", "was the parking free")  # guard: no "or" after it
