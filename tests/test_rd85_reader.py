"""rd85 (session 57): classes read wrongly in fresh82 (tuning material from this session), tested in my own words.

1. The refusal's reasons announced with what they are the reasons for ("The rationale for the application of each
   exemption is given below", "The reasons for withholding these records are set out below"): a pointer at the
   reasons, never information given - the letter stays a refusal.
2. A list of sections whose bracketed titles are long or broken over a line ("30(b) (free and frank\\nprovision of
   advice and views), 35(1)(g) (...)"): every section of the list is read, not only the first.
3. A clause number of a code or rulebook ("regulations 10.1.18.1 and 10.1.18.2 of the Student Code") is no section of
   an Act: no EIR regulation 10 is read from it.
Guards (pass on main too) are marked so."""

from __future__ import annotations

import pytest

from askfoi.reader import read_reply


def _nums(reading) -> set[str]:
    return {s.removeprefix("FOISA ").removeprefix("EIR ").split("(")[0] for s in reading.sections}


@pytest.mark.parametrize("text", [
    "Thank you for your request about the locations of our trackside cameras. I can confirm that we hold the information. "
    "However, it is exempt from disclosure under sections 31 (law enforcement) and 38 (health and safety) of the Act. "
    "The rationale for the application of each exemption is given below. Section 31 applies because disclosure would "
    "be likely to prejudice the prevention of crime.",
    "We hold the inspection reports you asked for, but they are exempt under section 43(2) of the Freedom of Information "
    "Act. The rationale for applying the exemption is given below. Disclosure would be likely to harm the commercial "
    "interests of our contractors.",
    "Your request for the tender scores has been considered. The Council holds this information but it is exempt under "
    "section 43(2). The reasons for the use of section 43 are shown below. The scores would reveal pricing.",
])
def test_reasons_announced_with_their_object_are_no_information_given(text):
    r = read_reply(text)
    assert r.outcome.value == "refused", r.evidence


def test_guard_figures_given_below_are_still_given():  # guard: passes on main too
    r = read_reply("Thank you for your request. The figures for each month are given below. January: 4, February: 7.")
    assert r.outcome.value == "disclosed"


@pytest.mark.parametrize("text, wanted", [
    ("While our aim is to provide information whenever possible, we are unable to provide most of it because "
     "exemptions under sections 30(b) (free and frank\nprovision of advice and views), 35(1)(g) (law enforcement) and "
     "38(1)(b) (personal information) of FOISA apply to that information.", {"30", "35", "38"}),
    ("The Department is withholding the submissions under sections 35(1)(a) (formulation or development of government "
     "policy), 36(2)(b) (prejudice to the effective conduct of public affairs) and 40(2) (personal information).",
     {"35", "36", "40"}),
])
def test_every_section_of_a_list_with_long_bracketed_titles_is_read(text, wanted):
    assert wanted <= _nums(read_reply(text))


@pytest.mark.parametrize("text", [
    "Question 1. How many complaints were made? Our response: 12.\nQuestion 2. How many were upheld? Our response: 4.\n"
    "Please note that students are investigated for whether they breached the Student Code - specifically regulations "
    "10.1.18.1 and 10.1.18.2.",
    "We recorded 31 cases last year. Staff are disciplined under regulation 12.4.2 of the Staff Handbook.",
])
def test_a_rulebook_clause_number_is_no_section(text):
    r = read_reply(text)
    assert not r.sections and r.outcome.value == "disclosed", (r.sections, r.outcome)


def test_guard_an_eir_regulation_is_still_read():  # guard: passes on main too
    r = read_reply("The information is environmental. It is withheld under regulation 12(5)(a) of the Environmental "
                   "Information Regulations 2004 because disclosure would harm public safety.")
    assert "EIR 12(5)(a)" in r.sections
