"""rd33 (issue 10): the reply reader decides part by part from which parts each clause names, and the whole
outcome follows from the parts. Cases written for this round in my own words; most fail on main (1ca4db46)."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.followup import review_letter
from askfoi.models import Outcome
from askfoi.part_decisions import clauses, cue_kinds, part_labels
from askfoi.reader import read_reply


def _parts(reading) -> dict[str, Outcome]:
    return {p.number: p.outcome for p in reading.parts}


# --- one sentence deciding several parts ----------------------------------------------------------------------

def test_one_sentence_withholds_two_parts_and_another_gives_the_first() -> None:
    r = read_reply("Dear Ms Okafor. Part 1 is disclosed below. The information requested at parts 2 and 3 is exempt "
                   "under section 43(2) of the Act, as it would prejudice the commercial interests of our suppliers.\n"
                   "Total spend on agency nurses in 2023: £412,000.")
    assert _parts(r) == {"1": Outcome.disclosed, "2": Outcome.refused, "3": Outcome.refused}
    assert r.outcome == Outcome.part_disclosed
    assert all("43(2)" in p.sections for p in r.parts if p.number in ("2", "3"))


def test_headed_pairs_of_parts_not_held_and_one_pointed_to_an_attachment() -> None:
    r = read_reply("Questions 1 and 3: not held. Question 2: see the attached spreadsheet.")
    assert _parts(r) == {"1": Outcome.not_held, "2": Outcome.disclosed, "3": Outcome.not_held}
    assert r.outcome == Outcome.part_disclosed


def test_a_range_of_parts_refused_on_cost_beside_an_answer_to_the_first() -> None:
    r = read_reply("Thank you for your request. Parts 2-4 are refused under section 12, as the cost of compliance "
                   "would exceed the appropriate limit. In answer to part 1, the council employs 14 enforcement officers.")
    assert _parts(r) == {"1": Outcome.disclosed, "2": Outcome.cost_limit, "3": Outcome.cost_limit, "4": Outcome.cost_limit}
    assert r.outcome == Outcome.part_disclosed


def test_lettered_parts_named_together() -> None:
    r = read_reply("Parts (a) and (b) are answered in the attached table. The information at part (c) is withheld "
                   "under section 40(2) because it is the personal data of the staff concerned.")
    assert _parts(r) == {"a": Outcome.disclosed, "b": Outcome.disclosed, "c": Outcome.refused}


def test_a_decision_with_its_harm_in_one_sentence_still_decides_the_part() -> None:
    # the reader calls "... as disclosure would be likely to prejudice ..." hypothetical; its first words decide
    r = read_reply("Parts 1 and 2 are answered in the attached spreadsheet. Part 3 is exempt under section 31(1)(a), "
                   "as disclosure would be likely to prejudice the prevention of crime.")
    assert _parts(r)["3"] == Outcome.refused
    assert r.outcome == Outcome.part_disclosed


# --- the whole follows from the parts -------------------------------------------------------------------------

def test_every_part_held_back_gives_the_reason_not_partly_given() -> None:
    r = read_reply("To answer questions 2 and 3 would mean searching approximately 6,500 records by hand, which would "
                   "exceed the appropriate limit under section 12. Question 1: the force does not hold this information.")
    assert _parts(r) == {"1": Outcome.not_held, "2": Outcome.cost_limit, "3": Outcome.cost_limit}
    assert r.outcome == Outcome.cost_limit  # none given: the main reason (cost before not held)


def test_parts_not_held_and_refused_in_one_letter_are_refused_as_a_whole() -> None:
    r = read_reply("In response to questions 1 and 2, the Council does not hold this information. "
                   "Question 3 is refused under section 43(2).")
    assert _parts(r) == {"1": Outcome.not_held, "2": Outcome.not_held, "3": Outcome.refused}
    assert r.outcome == Outcome.refused


def test_advice_to_narrow_one_part_gives_that_part_nothing() -> None:
    r = read_reply("Questions 1 and 2 would exceed the cost limit under section 12: the 2,300 case files would each need "
                   "to be read. Question 3 is not held, as the Council does not record the outcome of appeals. If you "
                   "narrowed question 1 to 2023 alone, we could look at the 340 files held for that year.")
    assert r.outcome == Outcome.cost_limit
    assert r.parts and not any(p.outcome in (Outcome.disclosed, Outcome.part_disclosed) for p in r.parts)


def test_a_part_told_two_different_refusals_is_unclear() -> None:
    r = read_reply("Questions 1 and 2: not held. Question 1: the information is exempt under section 43(2).")
    assert r.unclear


# --- a decision said of another part --------------------------------------------------------------------------

_MET = ("Question 1: The force holds 14 drones.\n"
        "Question 2: The drones were bought from DJI at a total cost of £84,000.\n"
        "Question 3: The locations where the drones are stored are exempt under section 31(1)(a). The information "
        "requested at question 2 about the individual unit prices is also withheld under section 43(2).\n")


def test_a_hold_back_said_of_another_part_reaches_that_part() -> None:
    r = read_reply(_MET)
    parts = {p.number: p for p in r.parts}
    assert parts["2"].outcome == Outcome.part_disclosed and "43(2)" in parts["2"].sections
    assert parts["1"].outcome == Outcome.disclosed
    assert not any(s.startswith("43") for s in parts["3"].sections)  # part 2's exemption is not part 3's


def test_the_review_asks_for_every_part_held_back() -> None:
    request = "1. How many drones does the force hold?\n2. Who supplied them and at what unit cost?\n3. Where are they kept?\n"
    letter = review_letter(_MET, request=request, authority="Metropolitan Police Service",
                           received=date(2026, 11, 20), today=date(2026, 12, 3))
    owed = letter.body.split("Parts still owed", 1)[1].split("\n", 1)[0]
    assert "part 2" in owed and "part 3" in owed
    assert "part 1" not in owed


# --- something given for every part, a detail withheld --------------------------------------------------------

def test_an_answer_list_after_our_answer_lead_is_the_reply_not_the_request() -> None:
    r = read_reply("Our answer to your request: 1. In 2023 the Council received 12 complaints about noise from the depot. "
                   "2. 9 of these were resolved informally. 3. Fewer than five went to a formal hearing; the exact number "
                   "and the names of those involved are withheld under section 40(2), as they could identify them.")
    assert r.outcome == Outcome.part_disclosed
    assert _parts(r) == {"1": Outcome.disclosed, "2": Outcome.disclosed, "3": Outcome.part_disclosed}


def test_a_banded_count_with_the_exact_number_withheld_is_partly_given() -> None:
    r = read_reply("The number of officers disciplined for misuse of police systems in 2023 was fewer than five. The "
                   "exact number is withheld under section 40(2), as so small a figure could identify the officers.")
    assert r.outcome == Outcome.part_disclosed


def test_a_whole_refusal_that_names_no_detail_stays_refused() -> None:
    r = read_reply("The report you asked for is withheld in full under section 36(2)(b)(ii), as disclosure would be "
                   "likely to inhibit the free and frank exchange of views. The report runs to 48 pages.")
    assert r.outcome != Outcome.part_disclosed or not any(p.outcome == Outcome.disclosed for p in r.parts)


# --- the clause reader itself ---------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, labels", [
    ("The information requested at parts 2 and 3 is exempt", ("2", "3")),
    ("Parts 2-4 are refused", ("2", "3", "4")),
    ("questions 1, 3 and 5 are not held", ("1", "3", "5")),
    ("Q1 and Q3 are answered below", ("1", "3")),
    ("parts (a) to (c) are withheld", ("a", "b", "c")),
])
def test_part_labels_are_read_with_ranges_and_letters(clause: str, labels: tuple[str, ...]) -> None:
    refs = part_labels(clause)
    assert refs is not None and refs.labels == labels and refs.decides


@pytest.mark.parametrize("clause", ["Part 1 of the Act sets out the right of access", "question 1234 of the log"])
def test_things_that_are_not_parts_of_the_request(clause: str) -> None:
    assert part_labels(clause) is None


@pytest.mark.parametrize("clause", ["As with question 2, this information is exempt",
                                    "All questions other than question 3 are answered below"])
def test_a_named_part_pointed_back_to_or_left_out_is_not_decided(clause: str) -> None:
    refs = part_labels(clause)
    assert refs is not None and not refs.decides


def test_one_sentence_turning_from_one_decision_to_another_is_two_clauses() -> None:
    text = "Part 1 is disclosed below; parts 2 and 3 are exempt, but question 4 is not held."
    got = [text[a:b] for a, b in clauses(text)]
    assert len(got) == 3
    assert cue_kinds(got[0]) == {"information"} and "withheld" in cue_kinds(got[1]) and "not_held" in cue_kinds(got[2])


def test_a_negated_give_is_no_information() -> None:
    assert "information" not in cue_kinds("part 2 is not provided below")


def test_a_refusal_of_the_whole_request_is_every_named_parts_reason() -> None:
    # the not-held of a central log explains the search; the unnamed refusal decides, for the parts too
    r = read_reply("The Trust does not keep a central log of the figures requested at questions 1 and 2. Finding them "
                   "would mean reading 4,000 patient files, which is beyond the appropriate limit under section 12, so "
                   "we are refusing your request.")
    assert r.outcome == Outcome.cost_limit
    assert all(p.outcome == Outcome.cost_limit for p in r.parts)
