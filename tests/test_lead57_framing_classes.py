"""lead57: framing classes found by typing messages as people write them (issue 8): a part is rendered from its frame,
never kept whole or garbled, when

- a firm is named by what it does, typed in lower case after "the" ("who is the catering company ... how many
  complaints did they get"): the count is about "the catering company", never about a firm called "Catering company";
- money goes to a firm named by what it does ("spent on the repairs contractor"): it is paid to it;
- "the number of times" counts occasions, whatever the clause after it holds ("stop and search was used");
- the doer comes before its verb, as people say it ("how many times kent police have used ...");
- "it" after a count of things with a condition is the condition ("how many flats have damp and mould and how many
  complaints about it were made")."""

from __future__ import annotations

import pytest

from askfoi.framing import frame_message


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message).parts]


@pytest.mark.parametrize("message, part, wrong", [
    ("who is the catering company for the schools and how many complaints about food did they get",
     "relating to the catering company", "Catering company"),
    ("the cleaning firm at our school is useless, how many complaints have they had in 2024",
     "relating to the cleaning firm", "Cleaning firm"),
])
def test_a_firm_described_by_its_work_is_not_a_name(message, part, wrong):
    texts = _texts(message)
    assert any(part in t for t in texts), texts
    assert not any(wrong in t for t in texts), texts


def test_a_place_typed_as_a_name_keeps_its_capitals():  # guard: ck28's rule
    assert any("Oak Lodge care home" in t for t in _texts("my nan is in oak lodge care home in leeds. how many complaints have they had"))


@pytest.mark.parametrize("message, said", [
    ("how much has the council spent on the repairs contractor in the last 3 years", "paid to the repairs contractor"),
    ("how much did the trust spend on nursing agencies in 2024", "paid to nursing agencies"),
])
def test_money_to_a_firm_is_paid_to_it(message, said):
    texts = _texts(message)
    assert any(said in t for t in texts), texts
    assert not any("spent on" in t for t in texts), texts


def test_money_spent_on_people_or_things_is_still_spent_on_them():  # guard
    assert _texts("how much was spent on agency staff in 2025") == ["The total amount spent on agency staff."]


@pytest.mark.parametrize("message, said", [
    ("how many times have kent police used stop and search on under 18s in canterbury in 2025",
     "The number of times stop and search was used"),
    ("how many times kent police have used stop and search in 2025", "The number of times stop and search was used"),
    ("can you tell me how many times they have used spit hoods on children in 2025", "The number of times spit hoods were used on children"),
    ("how many times the council has sent bailiffs to people on universal credit since 2023", "The number of times bailiffs were sent to people on universal credit"),
])
def test_a_count_of_times_is_framed_whatever_its_thing_or_word_order(message, said):
    texts = _texts(message)
    assert any(t.startswith(said) for t in texts), texts


@pytest.mark.parametrize("message, said", [
    ("how many flats have damp and mould and how many complaints about it were made in the last 2 years",
     "complaints about damp and mould"),
    ("how many children in care have autism and what support is there for it in 2025", "for autism"),
])
def test_it_after_a_count_of_things_with_a_condition_is_the_condition(message, said):
    texts = _texts(message)
    assert any(said in t for t in texts), texts


@pytest.mark.parametrize("message, said", [
    ("how much did it cost to evict travellers from parks last summer", "The total amount spent on evicting travellers from parks."),
    ("how much did it cost the council to repair the bridge in 2025", "The total amount spent on repairing the bridge."),
    ("how much did it cost us taxpayers to put up the christmas lights in the town centre in 2025",
     "The total amount spent on putting up the Christmas lights in the town centre."),
    ("what did it cost to clean up the fly tipping in 2025", "The total amount spent on cleaning up the fly tipping."),
])
def test_what_it_cost_to_do_something_is_the_total_spent_on_doing_it(message, said):
    assert _texts(message) == [said]


def test_them_after_an_act_is_what_the_act_is_done_to():
    texts = _texts("whats the councils policy on removing travellers from parks and how much did it cost to evict them last summer")
    assert not any("the removing" in t for t in texts), texts
    assert any("travellers" in t for t in texts[1:]), texts


@pytest.mark.parametrize("message, said", [
    ("what did the consultation on closing the library say", "outcome of the consultation on closing the library"),
    ("can you tell me what the consultation said about the library closure", "outcome of the consultation about the library closure"),
    ("what did the review of the bus lanes say about cyclists", "outcome of the review of the bus lanes about cyclists"),
])
def test_what_an_inquiry_said_is_its_findings(message, said):
    texts = _texts(message)
    assert len(texts) == 1 and said in texts[0] and "correspondence" not in texts[0].lower(), texts


def test_what_a_body_said_is_still_its_correspondence():  # guard: fx57's rule
    assert "correspondence" in _texts("what did historic england say about the plans for the mill")[0].lower()


@pytest.mark.parametrize("message, said", [
    ("how long is the bin contract for", "Any contract in force for bin services, with the name of each supplier, the "
                                         "contract's value and its start and end dates."),
    ("when does the contract with veolia end", "its start and end dates"),
])
def test_a_contracts_term_is_asked_with_the_contract(message, said):
    texts = _texts(message)
    assert len(texts) == 1 and said in texts[0], texts


def test_it_never_means_the_writers_relative():
    from askfoi.story_antecedents import mentions

    dad = [m for m in mentions("my dad was in hospital for 3 weeks and caught an infection") if m.head.lower() == "dad"]
    assert dad and all(m.people for m in dad)


def test_a_part_whose_verb_lost_its_pointer_is_not_rendered():
    from askfoi.framing import Frame, part_problems, render_frame

    frame = Frame(kind="count", subject="patients", clause="who caught", source="how many patients caught it there this year")
    frame.text = render_frame(frame)
    assert any("without its object" in p for p in part_problems(frame))


@pytest.mark.parametrize("message, said", [
    ("how many foster carers have quit in the last two years", "The number of foster carers who quit."),
    ("how many staff have quit since 2024", "The number of staff who quit."),
])
def test_people_who_quit_did_it_themselves(message, said):
    assert _texts(message) == [said]


def test_right_now_is_said_by_the_date_of_the_request():
    assert _texts("how many people are sleeping rough in york right now") == \
        ["The number of people sleeping rough in York on the date of this request."]


def test_more_than_a_number_is_a_threshold_not_a_comparison():
    from askfoi.amounts import _tail

    assert _tail("more than 12 hours in a&e".split()) == "more than 12 hours in a&e".split()
    assert _tail("this year compared to last year".split()) is None  # guard: a comparison is still no tail


@pytest.mark.parametrize("message, said", [
    ("how many of your officers were disciplined in 2024", "The number of officers disciplined."),
    ("how many of their staff are on zero hours contracts", "The number of staff on zero hours contracts."),
])
def test_a_count_of_the_bodys_own_is_framed(message, said):
    assert _texts(message) == [said]
