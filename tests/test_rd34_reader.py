"""rd34 (issue 10): a part named inside a running sentence ("our response for request part 1.", "relevant to your
question 2 as ...") is a part the sentence decides, not an answer heading that starts a new answer. Main cut the reply
at those words, so the NCND said of the second part fell inside the first part's "answer" and an answered police
reply read as wholly NCND. Cases written in my own words."""

from __future__ import annotations

from askfoi.models import Outcome
from askfoi.reader import read_reply


def _parts(reading) -> dict[str, Outcome]:
    return {p.number: p.outcome for p in reading.parts}


def test_ncnd_on_the_second_part_beside_an_attached_answer_to_the_first() -> None:
    r = read_reply("Please find attached our response for request part 1. However, Example Police will neither confirm "
                   "nor deny that information is held relevant to request part 2, as the duty in section 1(1)(a) does "
                   "not apply by virtue of section 24(2) and section 31(3).")
    assert r.outcome == Outcome.part_disclosed
    assert r.ncnd
    assert _parts(r).get("1") != Outcome.ncnd
    assert _parts(r).get("2") == Outcome.ncnd


def test_a_question_named_after_for_or_in_is_not_a_heading() -> None:
    r = read_reply("Please find attached the figures for question 1. The force can neither confirm nor deny that it "
                   "holds the information asked for in question 2, by virtue of sections 23(5) and 24(2) of the Act.")
    assert r.outcome == Outcome.part_disclosed
    assert r.ncnd
    assert set(r.sections) >= {"23(5)", "24(2)"}


def test_headings_on_their_own_lines_are_still_answers() -> None:
    r = read_reply("Part 1. In 2023 the council issued 4,120 parking fines.\nPart 2. The council does not hold this "
                   "information.")
    assert _parts(r) == {"1": Outcome.disclosed, "2": Outcome.not_held}
    assert r.outcome == Outcome.part_disclosed


def test_words_that_introduce_an_answer_keep_the_heading() -> None:
    r = read_reply("In response to your question 1, the trust spent £84,000 on agency staff in 2023.\nIn response to "
                   "your question 2, the trust does not hold this information.")
    assert _parts(r) == {"1": Outcome.disclosed, "2": Outcome.not_held}
    assert r.outcome == Outcome.part_disclosed


# --- parts named in words -------------------------------------------------------------------------------------

def test_parts_named_in_words_are_decided_one_by_one() -> None:
    r = read_reply("In response to part one of your request, locating the emails would exceed the cost limit under "
                   "section 12 of the Act. For part two, the council held 14 meetings with the developer in 2023.")
    assert _parts(r) == {"1": Outcome.cost_limit, "2": Outcome.disclosed}
    assert r.outcome == Outcome.part_disclosed


def test_an_ordinal_names_a_part() -> None:
    r = read_reply("The second part of your request is refused under section 43(2), as the unit prices are "
                   "commercially sensitive. The first part is answered here: the contract was worth £1.2 million.")
    assert _parts(r) == {"1": Outcome.disclosed, "2": Outcome.refused}
    assert r.outcome == Outcome.part_disclosed


def test_number_words_clause_reader() -> None:
    from askfoi.part_decisions import part_labels
    assert part_labels("questions two and three are not held").labels == ("2", "3")
    assert part_labels("the third question").labels == ("3",)
    assert part_labels("one part of the request was answered") is None  # "one" before the noun is no label


# --- a sentence that turns keeps the part it named --------------------------------------------------------------

def test_the_turn_of_a_sentence_stays_with_the_part_it_named() -> None:
    r = read_reply("In response to question one we do not hold the figures by financial year, however we are able "
                   "to provide them by calendar year. 2021 2022 2023 Payments £ 410 0.00 1,250 The figures for 2024 "
                   "and question two are withheld under section 30(2).")
    assert _parts(r)["1"] in (Outcome.part_disclosed, Outcome.disclosed)
    assert _parts(r)["2"] == Outcome.refused
    assert r.outcome == Outcome.part_disclosed


# --- a decision that ends its line (a table's cell, a heading-led answer) ------------------------------------------

def test_not_held_in_a_table_cell_before_the_next_row() -> None:
    r = read_reply("Question | Answer\nHow many times was the helicopter used? | 1,204\nWhat did it cost? | Not held\n"
                   "Who authorised each flight? | Neither confirm nor deny - section 31(3)")
    assert _parts(r) == {"1": Outcome.disclosed, "2": Outcome.not_held, "3": Outcome.ncnd}
    assert r.outcome == Outcome.part_disclosed


def test_there_is_no_information_at_the_end_of_a_line() -> None:
    r = read_reply("Was a report written about the closure? There is no information\nHow many staff were moved? 12")
    assert r.outcome == Outcome.part_disclosed


# --- "some information is held" with what is given -----------------------------------------------------------------

def test_some_information_is_held_in_the_passive_beside_an_attachment() -> None:
    r = read_reply("Some information is held. Please see the attached spreadsheet.")
    assert r.outcome == Outcome.part_disclosed
    assert not r.unclear


def test_see_attachment_gives_what_is_held() -> None:
    r = read_reply("Some information is held. See attachment.")
    assert r.outcome == Outcome.part_disclosed
    assert not r.unclear
