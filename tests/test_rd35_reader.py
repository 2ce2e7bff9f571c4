"""rd35 (issue 10, items 1-2): the reply reader on four classes of real replies, in texts written for these tests.

1. Tables (tab- or bar-separated, or one labelled figure per line) whose cells say "Not held", "0", "nil" or "-":
   figures given with some cells not held are a disclosure (in full or in part), never "pending" or "not held".
2. A cost refusal of one named share after figures ("so that part is refused under section 12"): partly given.
3. The lead's ruling: a pointer at where a part is published (section 21 / FOISA 25, saying where) GIVES that part:
   beside answers the whole is given, beside a hold-back it is partly given; "published" is only a reply that is
   nothing but such pointers.
4. A hypothetical ("if we held it, it would be exempt") refuses nothing held, and is no NCND without the words of
   neither confirming nor denying.
"""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply

GIVEN = (Outcome.disclosed, Outcome.part_disclosed)


@pytest.mark.parametrize("text", [
    "Ward\tComplaints\nAbbey\t4\nCastle\t0\nDocks\tNot held\n",
    "Category\tNumber\nNoise\t213\nOdour\t47\nLight\t-\nOther\tnil\n",
    "Response\n\nQ1\t2022/23\t2023/24\nStaff\t14\t16\nAgency\tNot held\tNot held\n",
    "Hospital site\tBeds\tClosures\nGeneral\t412\t0\nCommunity\t88\t-\n",
    "January: 3\nFebruary: Nil\nMarch: 0\nApril: -\n",
    "Financial year\tSpend\n2021/22\t£12,400\n2022/23\tNot held - new system from April 2023\n2023/24\t£15,100\n",
])
def test_a_table_with_not_held_or_nil_cells_is_a_disclosure(text):
    reading = read_reply(text)
    assert reading.outcome in GIVEN and not reading.unclear, (reading.outcome, reading.unclear)


@pytest.mark.parametrize("text", [
    "In answer to question 1, the number of incidents was: 2022 - 41; 2023 - 37. Question 2 would require a review of"
    " every incident log by hand, which would exceed the cost limit, so that part is refused under section 12.",
    "The total spent was £48,200 in 2022/23. However, to identify which of these payments related to agency staff"
    " would require a manual check of each invoice and would exceed the cost limit. We are therefore refusing this"
    " element of your request under section 12.",
])
def test_a_cost_refusal_of_one_share_after_figures_is_partly_given(text):
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed, reading.outcome
    assert "12" in reading.sections


def test_a_cost_refusal_of_the_whole_request_stays_a_cost_refusal():
    reading = read_reply("To find this we would have to read every file for the last ten years, which would exceed"
                         " the 18 hours allowed. Your request is therefore refused under section 12.")
    assert reading.outcome == Outcome.cost_limit


def test_a_link_beside_answers_gives_the_whole():
    reading = read_reply("1. 57 officers.\n2. Yes.\n3. Our policy is published on our website here:"
                         " https://www.example.gov.uk/policy so under section 21 we have not attached it.")
    assert reading.outcome == Outcome.disclosed


def test_a_link_beside_an_exemption_is_partly_given():
    reading = read_reply("1. The budget figures are published on our website at https://www.example.gov.uk/budget and"
                         " so are exempt under section 21.\n2. The unit prices are withheld under section 43(2) as their"
                         " release would prejudice the supplier's commercial interests.")
    assert reading.outcome == Outcome.part_disclosed
    assert {"21", "43(2)"} <= set(reading.sections)


def test_a_link_beside_an_ncnd_is_partly_given():
    reading = read_reply("Question 1: the guidance we follow is published at https://www.example.gov.uk/guidance and is"
                         " exempt under section 21.\nQuestion 2: we neither confirm nor deny that we hold this"
                         " information, by virtue of section 24(2) and section 31(3).")
    assert reading.outcome == Outcome.part_disclosed
    assert reading.ncnd


@pytest.mark.parametrize("text", [
    "The information you asked for is already published on our website, here: https://www.example.gov.uk/stats. It is"
    " therefore exempt under section 21 of the Freedom of Information Act.",
    "Questions 1 and 2: the answers can be found in the annual report at https://www.example.gov.uk/report.\n"
    "Question 3: our policy is at https://www.example.gov.uk/policy.",
])
def test_a_reply_that_is_only_pointers_is_published(text):
    assert read_reply(text).outcome == Outcome.published


@pytest.mark.parametrize("text", [
    "We do not hold this information. Even if we did hold it, it would be exempt under section 40(2) as it would"
    " identify individuals.",
    "We do not hold any records of this kind. If we did hold such records, they would be exempt under sections 23(5)"
    " and 24(2).",
    "No information is held. Were any information held, section 31(3) would be likely to apply.",
])
def test_a_hypothetical_exemption_refuses_nothing_and_is_no_ncnd(text):
    reading = read_reply(text)
    assert reading.outcome == Outcome.not_held, reading.outcome
    assert not reading.ncnd


def test_an_ncnd_in_its_own_words_is_still_an_ncnd():
    reading = read_reply("The Force can neither confirm nor deny that it holds the information, as the duty in section"
                         " 1(1)(a) does not apply by virtue of sections 23(5) and 24(2).")
    assert reading.outcome == Outcome.ncnd and reading.ncnd


def test_the_harm_and_public_interest_text_decide_nothing():
    reading = read_reply("The figures you asked for are below: 2022 - 31; 2023 - 29.\nPublic interest test: factors"
                         " favouring disclosure include transparency; factors favouring withholding include the"
                         " prevention of crime. Having weighed these, we have decided to release the figures.")
    assert reading.outcome == Outcome.disclosed


def test_a_row_label_names_the_share_not_held_beside_figures():
    # "This information not retained" has no verb of holding; the label before the colon names what is not held
    reading = read_reply("Removal costs: this information not retained.\nSites cleaned: 14.")
    assert reading.outcome == Outcome.part_disclosed


def test_a_response_heading_is_no_share_label():
    reading = read_reply("Response provided: the council neither confirms nor denies that it holds the information.")
    assert reading.outcome == Outcome.ncnd
