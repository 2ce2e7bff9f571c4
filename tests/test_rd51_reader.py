"""rd51 (session 45): the reply reader on the classes found in fresh50 (now tuning) and the testers' replies (nc49, nc50).

1. Part labels are a small grammar (askfoi/part_decisions.py, words in knowledge/vocab/part_decisions.yaml): numbers,
   numbers in brackets, sub-parts folded into their question ("2(a)" is part 2), letters, roman numerals ("(ii)" is
   part 2); nouns ("part", "question", "request"; "paragraph" only with a bracketed label); bracketed labels with no
   noun after a lead ("In relation to (i), ..."); ordinals listed before a noun ("the first and third requests", "the
   first three questions"); a number word between ("request number 1").
2. A value stated as the answer ("The names are: A, B, C.", "The number ... in 2025 was 7.") is information given, and a
   request quoted whole after its header ('You asked for: "..."') ends with its quotation.
3. A hold-back paragraph after the numbered answers that names no part belongs to the part whose subject it names.
4. A pointer that says it answers this part, beside "not held" for the rest, gives that share.
"""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.part_decisions import part_labels, stated_value
from askfoi.reader import read_reply


def _parts(r) -> dict[str, Outcome]:
    return {p.number: p.outcome for p in r.parts}


# --- 1. the grammar of part labels -----------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, labels", [
    ("In relation to (i), the department said the information was exempt", ("1",)),
    ("It refused the information within the scope of (ii) under section 40(2)", ("2",)),
    ("In response to paragraph (1) of the request, the council refused", ("1",)),
    ("parts 1, 2, 3, 5 and 6 were answered", ("1", "2", "3", "5", "6")),
    ("question 2(a) is withheld", ("2",)),
    ("request iii) is not held", ("3",)),
    ("requests 1 and 3 are not held", ("1", "3")),
    ("parts (i) to (iii) are refused", ("1", "2", "3")),
    ("it held the reports named in the first and third requests", ("1", "3")),
    ("it answered the first three questions", ("1", "2", "3")),
    ("the information sought in request number 4 is exempt", ("4",)),
    ("the second request, for the accounts, was published", ("2",)),
])
def test_part_labels_read_as_a_grammar(clause, labels):
    refs = part_labels(clause)
    assert refs is not None and refs.labels == labels


@pytest.mark.parametrize("clause", [
    "section 40(2)(a)(i) applies",            # a provision's own brackets
    "section 36(2)(b)(i) and (ii) apply",
    "see paragraph 27 of the judgment",       # "paragraph" only with a bracketed label
    "Part 1 of the Act sets out the duty",
    "I am writing about your request 12345",  # a reference, not a part
    "the number 2 bus route",
])
def test_guard_what_is_not_a_part_label(clause):
    assert part_labels(clause) is None


def test_roman_parts_told_in_a_decision_account_are_read_one_by_one():
    r = read_reply("The department responded on 20 November 2017. In relation to (i), it explained that it held "
                   "information within scope but considered it exempt under regulations 12(5)(b) and 12(5)(e). In "
                   "relation to (ii), it explained that it did not hold any information within scope.")
    assert _parts(r) == {"1": Outcome.refused, "2": Outcome.not_held}


def test_paragraph_labels_in_brackets_are_parts():
    r = read_reply("In response to paragraph (1) of the request, the Council refused to provide the information, relying "
                   "on regulation 12(5)(e). In response to paragraph (2) of the request, the Council said that the "
                   "information was not held.")
    assert _parts(r) == {"1": Outcome.refused, "2": Outcome.not_held}


def test_a_negated_confirm_or_deny_names_parts_as_ncnd():
    r = read_reply("In relation to the first two questions: the Trust does not confirm or deny that it holds the "
                   "information you have requested, under section 38(2).")
    assert r.outcome == Outcome.ncnd and r.ncnd
    assert set(_parts(r).values()) <= {Outcome.ncnd}


# --- 2. a stated value is information given ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, stated", [
    ("The names are: Hays, Sanctuary Personnel, Liquid Personnel.", True),
    ("The number of reported incidents at the farms in 2025 was 7.", True),
    ("The total was £4,317,902.", True),
    ("The completion date was 30 March 2018.", True),
    ("The names are withheld under section 40(2).", False),
    ("The amounts are exempt.", False),
    ("The number is not held.", False),
    ("The cost is estimated at £500.", False),
    ("The number of requests is set out below.", False),
])
def test_a_value_stated_as_the_answer(sentence, stated):
    assert stated_value(sentence) is stated


def test_a_count_given_beside_withheld_reports_is_partly_given():
    # nc50 #5: the request quoted whole after "You asked for:", then the count, then the reports withheld
    r = read_reply('Dear Ms Ross,\n\nYou asked for: "The number of incidents at the sites reported to us in 2025, and the '
                   'inspection reports for each site."\n\nThe number of reported incidents at the sites in 2025 was 7.\n\n'
                   "We are withholding the inspection reports under regulation 10(5)(b) of the EISRs, as enforcement "
                   "action is ongoing.\n\nYours sincerely,\nAccess to Information")
    assert r.outcome == Outcome.part_disclosed


def test_guard_a_quoted_request_then_a_refusal_stays_refused():
    r = read_reply('You asked for: "The inspection reports for each site."\n\nWe are withholding the inspection reports '
                   "under regulation 10(5)(b) of the EISRs, as enforcement action is ongoing.")
    assert r.outcome == Outcome.refused


_ASKED = ("Thank you for your request dated 29 October 2026 for the following information:\n"
          "1. The total paid to agency social workers in 2025/26.\n"
          "2. The names of the agencies and the amount paid to each.\n"
          "3. The contract with the main agency.\n\n")
_POINTER = ("3. The framework contract is published on Public Contracts Scotland and we are therefore applying section 25 "
            "of FOISA (information otherwise accessible): https://www.publiccontractsscotland.gov.uk/\n")


def test_names_given_and_amounts_withheld_in_one_part_is_partly_given():
    # nc50 #4: the request told back after "your request dated ... for the following information:", then the answers
    r = read_reply(_ASKED + "1. The council paid £4,317,902 to agencies for social workers in 2025/26.\n"
                   "2. We are withholding the amounts paid to each agency under section 33(1)(b) of FOISA (commercial "
                   "interests). The names are: Hays, Sanctuary Personnel, Liquid Personnel.\n" + _POINTER)
    got = _parts(r)
    assert got == {"1": Outcome.disclosed, "2": Outcome.part_disclosed, "3": Outcome.published}
    assert [p.sections for p in r.parts if p.number == "2"] == [["FOISA 33(1)(b)"]]


# --- 3. a hold-back paragraph attached by its subject -----------------------------------------------------------------

def test_a_withholding_paragraph_after_the_answers_goes_to_the_part_it_is_about():
    r = read_reply(_ASKED + "1. The council paid £4,317,902 to agencies for social workers in 2025/26.\n"
                   "2. The agencies are Hays, Sanctuary Personnel and Liquid Personnel.\n" + _POINTER + "\n"
                   "We are withholding the amounts paid to each agency under section 33(1)(b) of FOISA (commercial "
                   "interests). The public interest favours withholding them.\n")
    got = _parts(r)
    assert got == {"1": Outcome.disclosed, "2": Outcome.part_disclosed, "3": Outcome.published}
    assert [p.sections for p in r.parts if p.number == "3"] == [["FOISA 25"]]


def test_guard_a_paragraph_about_no_part_in_particular_stays_where_it_is():
    r = read_reply(_ASKED + "1. The council paid £4,317,902 to agencies for social workers in 2025/26.\n"
                   "2. The agencies are Hays, Sanctuary Personnel and Liquid Personnel.\n" + _POINTER + "\n"
                   "Some further information is withheld under section 30 of FOISA.\n")
    assert _parts(r)["2"] == Outcome.disclosed


# --- 4. a pointer that answers this part, the rest not held -----------------------------------------------------------

def test_a_pointer_that_answers_this_part_beside_not_held_is_partly_given():
    # nc49 #8: part 1 points at the published annual returns and says they answer it; the hourly data is not held
    r = read_reply("Part 1: Annual returns for each overflow are published on our website at https://www.example-water.uk/"
                   "overflows and we consider this part answered by that publication. Hour-by-hour data is not held in a "
                   "form we can readily extract.\nPart 2: In 2025 we reported 37 pollution incidents.\n")
    assert _parts(r)["1"] == Outcome.part_disclosed


def test_guard_a_pointer_beside_none_held_is_not_held():
    r = read_reply("1. None are held. The Corporation publishes its board papers on its website at "
                   "https://www.example.gov.uk/papers.\n2. In 2025 we received 37 complaints.\n")
    assert _parts(r)["1"] == Outcome.not_held


# --- 5. the reply told back in the third person -----------------------------------------------------------------------

def test_a_reply_told_back_that_provided_reports_and_withheld_notes_is_partly_given():
    r = read_reply("The Council responded on 22 July 2014. It confirmed that it held notes of the telephone call, which it "
                   "would not disclose, relying on section 41. It provided the officers' reports for each visit.")
    assert r.outcome == Outcome.part_disclosed


def test_a_reply_told_back_as_disclosing_what_was_asked_is_disclosed():
    r = read_reply("The Council responded on 17 July 2015, disclosing what it regarded as the requested information.")
    assert r.outcome == Outcome.disclosed


def test_a_reply_told_back_as_a_third_ordinal_list_of_requests():
    r = read_reply("The Council responded on 21 January 2015. It advised him that the second request, for the accounts, "
                   "was for information available from Companies House. It confirmed that it held the reports mentioned "
                   "in the first and third requests and refused to disclose them under section 43(2).")
    assert _parts(r) == {"1": Outcome.refused, "2": Outcome.published, "3": Outcome.refused}
    assert r.outcome == Outcome.part_disclosed


@pytest.mark.parametrize("text", [
    "We believe that releasing the names of the companies could invite fraud, so they are exempt under section 31(1)(a).",
    "The Council is of the opinion that disclosing the cost of security guards would harm security; section 38 applies.",
    "It provided its reasons for refusing the request under section 43(2).",
])
def test_guard_a_gerund_or_the_letters_own_furniture_gives_nothing(text):
    assert read_reply(text).outcome == Outcome.refused
