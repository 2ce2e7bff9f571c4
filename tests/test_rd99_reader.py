"""rd99 (issue 10): the reply reader on classes from fresh97's misses (tuning since session 62) and the open list: a
section list written with spaces only; figures offered as advice beside a cost refusal; a review that only upholds the
first decision said without doubt; a part whose data is no longer stored and of which nothing is given; "Q1 / ... A1 /
..." on one line, with the rights notice printed between two answers. Every reply here is written in my own words."""

from __future__ import annotations

from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply, explanation_text


# --- a list of sections written with spaces only, after a comma-separated start -------------------------------------

def test_a_section_list_with_spaces_only_keeps_every_section():
    reply = ("I enclose most of the ferry timetable papers. We are unable to provide some of the information because "
             "exemptions under sections 27(1), 30(b)(i) 33(1)(b) 38(1)(b) of FOISA apply to that information.")
    sections = read_reply(reply).sections
    for s in ("FOISA 27(1)", "FOISA 30(b)(i)", "FOISA 33(1)(b)", "FOISA 38(1)(b)"):
        assert s in sections, sections


def test_a_number_after_a_section_with_no_subsection_is_no_section():
    # guards: hours, years and counts after a cited section are no sections of a list
    for reply in ("Section 12(1) 18 hours of work would be needed to read the files, so we cannot answer.",
                  "The names are withheld under section 40(2) 2019 was the last year recorded.",
                  "Section 43(2) 45 contracts are commercially sensitive and are withheld."):
        sections = read_reply(reply).sections
        assert not any(s.startswith(("18", "2019", "45")) for s in sections), (reply, sections)


# --- figures offered as advice beside a cost refusal ----------------------------------------------------------------

_POTHOLES = ("1. How many potholes were repaired in 2024?\n\n4,120 potholes were repaired in 2024.\n\n"
             "2. How much was spent on pothole repairs in each ward?\n\nCompliance with this part would exceed the "
             "appropriate cost limit under Section 12 of the Freedom of Information Act 2000 which is £450 or 18 hours of "
             "officer time. Spending is not coded by ward, so we would have to review about 9,000 invoices at 3 minutes "
             "each.\n\nIn the interests of providing advice and assistance, the council can provide the following "
             "information on the total spent across the county:\n\n2024/25 2025/26\n\nResurfacing £2,310,000 Actual\n\n"
             "Patching £1,190,000 Actual\n\nResurfacing £2,650,000 Projected.\n\nPatching £1,240,000 Projected\n\n"
             "3. Which contractor did the repairs?\n\nThe repairs were done by Ridgeway Highways Ltd.\n")


def test_figures_offered_as_advice_beside_a_cost_refusal_leave_the_part_refused():
    parts = explain_reply(_POTHOLES).reading.parts
    assert [p.outcome for p in parts] == [Outcome.disclosed, Outcome.cost_limit, Outcome.disclosed]


def test_figures_for_a_share_before_the_advice_still_give_that_share():
    # guard: the part's own figures for the year it could answer, then the refusal and advice: partly given
    reply = _POTHOLES.replace("Spending is not coded by ward, so",
                              "In 2024/25 we spent £212,000 in Ashby ward and £198,000 in Brook ward. For the other years")
    parts = explain_reply(reply).reading.parts
    assert parts[1].outcome == Outcome.part_disclosed


# --- a review that only upholds the first decision ------------------------------------------------------------------

def test_a_review_that_upholds_the_first_decision_is_said_without_doubt():
    for sentence in ("Having looked at the papers again, I have concluded that the original decision is upheld.",
                     "I have decided to uphold the original decision."):
        reply = (f"Internal review of request 2026-118 (library opening hours)\n\nI have now completed the review you "
                 f"asked for. {sentence}\n\nIf you remain unhappy you may complain to the Information Commissioner.")
        explained = explain_reply(reply)
        assert explained.reading.outcome == Outcome.refused
        assert explained.reading.confidence != "low", sentence
        assert "not sure of this reading" not in explanation_text(explained), sentence


def test_a_review_that_changes_the_decision_is_still_no_refusal():
    # guard: "with modifications" and a copy attached: something more was given
    reply = ("I have now completed the review. The original decision is confirmed, with modifications: a copy of the "
             "cleaning rota with the staff names removed is attached.")
    assert explain_reply(reply).reading.outcome != Outcome.refused


# --- data no longer stored, and only an offer of other data ----------------------------------------------------------

def test_data_not_stored_and_only_an_offer_is_not_held():
    for reply in ("The booking system does not store historic data on cancelled swimming lessons before 2024, the "
                  "only information we can provide is based on this term's bookings.",
                  "We do not keep historical records of graffiti removal requests. The only information we can "
                  "provide relates to requests logged since the new system started."):
        assert read_reply(reply).outcome == Outcome.not_held, reply


def test_an_offer_with_its_figures_is_a_share_given():
    # guards: the figures offered are given in the letter, or attached: partly given
    for reply in ("The booking system does not store historic data on cancelled swimming lessons before 2024; the "
                  "only information we can provide is for 2024, when 312 lessons were cancelled.",
                  "We do not keep historical records of graffiti removal requests. The only information we can "
                  "provide is attached: the requests logged since March 2025."):
        assert read_reply(reply).outcome == Outcome.part_disclosed, reply


def test_the_part_of_a_numbered_reply_that_gives_nothing_is_not_held():
    reply = ("1. How many school crossing patrols were there in each of the last three years?\nResponse:\n\n"
             "1.\n2025 42\n2024 44\n2023 47\n\n"
             "2. The transport system does not store historic data on crossing patrol sites for the last three years, "
             "the only information we can provide in relation to sites is based on the current list as at today's "
             "date.\n\n3. The patrol staff's pay rates are commercially sensitive and are withheld under section 43.")
    parts = explain_reply(reply).reading.parts
    assert [p.outcome for p in parts][:2] == [Outcome.disclosed, Outcome.not_held]


# --- "Q1 / ... A1 / ..." on one line; the rights notice printed between two answers ---------------------------------

_GROUNDS = ("Information requested:\nQ1 / Please send the current grounds maintenance contract.A1 / The contract is "
            "attached with the prices for each site.\n"
            "If you are unhappy with this response you may ask for an internal review by writing to the FOI team.\n"
            "Yours sincerely\nInformation Governance Officer\n"
            "Q2 / Please send the tender evaluation scores.\n"
            "A2 / The scores are exempt under section 43(2) of the Freedom of Information Act as their release would "
            "harm the bidders' commercial interests.\n")


def test_question_and_answer_on_one_line_and_answers_after_the_sign_off_are_read_by_part():
    parts = explain_reply(_GROUNDS).reading.parts
    assert [p.number for p in parts] == ["1", "2"]
    assert [p.outcome for p in parts] == [Outcome.disclosed, Outcome.refused]


def test_numbered_lines_after_the_sign_off_are_no_parts():
    # guard: a numbered list in the rights notice is how to complain, never a part's answer
    reply = ("Q1 / How many allotment plots are vacant?\nA1 / 14 plots are vacant.\n"
             "Q2 / How long is the waiting list?\nA2 / There are 96 people on the list.\n"
             "If you are unhappy with this response you may:\n1. ask for an internal review within 40 working days;\n"
             "2. then complain to the Information Commissioner.\n")
    parts = explain_reply(reply).reading.parts
    assert [p.number for p in parts] == ["1", "2"]
    assert all(p.outcome == Outcome.disclosed for p in parts)
