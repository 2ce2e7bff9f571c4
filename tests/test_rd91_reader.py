"""rd91 (session 59): classes read wrongly in fresh88 (tuning material from this session), tested in my own words.

1. A numbered answer whose number runs straight into its first word at a line's start ("2.The information you have
   sought is exempt ..."): still an answer's number, so a letter answering 1 to 5 gets five parts (and the outcome
   follows the parts).
2. An exception or exemption said to cover the entirety of the request ("Regulation 12(4)(a) is cited in relation to
   the entirety of the requested information"): a template's "part of your request" above it gives no share.
3. A citation glued to the next table cell's word ("Regulation 12(4)(a)Requested information was not held"): the
   subsection is read whole, never cut back to "12(4)".
Guards (pass on main too) are marked so."""

from __future__ import annotations

import pytest

from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply

_BULLETS = ("Request\n- How many pothole claims were paid in 2024\n- The street of each claim\n- The amount paid for each "
            "claim\n- Your policy on claims\nResponse\n")


@pytest.mark.parametrize("answers, parts", [
    ("1. 37 claims were paid.\n2.The street names are exempt from disclosure under Section 40(2) of the Freedom of "
     "Information Act as they could identify the claimants.\n3.The amounts are exempt under Section 40(2) for the "
     "reasons above.\n4. Our policy is published at https://www.example.gov.uk/claims\n",
     ["disclosed", "refused", "refused", "published"]),
    ("1.We received 12 applications.\n2.This information is not held.\n3. 4 were approved.\n",
     ["disclosed", "not_held", "disclosed"]),
])
def test_a_number_run_into_its_answer_at_a_line_start_is_still_a_part(answers, parts):
    r = explain_reply(_BULLETS + answers).reading
    assert [p.outcome.value for p in r.parts] == parts, r.parts
    if "refused" in parts:
        assert r.outcome.value == "part_disclosed", r.evidence


def test_guard_a_number_glued_inside_a_sentence_starts_no_part():  # guard: passes on main too
    r = read_reply("We paid £1.The rest of the sums are exempt under section 43(2). The figures for 2023 are "
                   "enclosed.")
    assert not r.parts


@pytest.mark.parametrize("text", [
    "We cannot give you all the information you asked for. We have applied an exception to part of your request.\n"
    "Regulation 12(4)(a) is applied to the whole of your request, as no such records existed when you asked.\n"
    "The council holds no recorded information about the scheme.",
    "On this occasion it is not possible to provide all the requested information. We have applied the following "
    "exceptions to part of your request.\nRegulation 12(4)(a) is relied on in respect of the entirety of the requested "
    "information, because the university kept no list of cancelled projects.",
])
def test_an_exception_over_the_entirety_of_the_request_gives_no_share(text):
    r = read_reply(text)
    assert r.outcome.value == "not_held", r.evidence


@pytest.mark.parametrize("text", [
    "Exception/RegulationReason\nRegulation 12(4)(a)Requested information was not held when the request was made\n",
    "ExemptionReason\nSection 40(2)(a)Personal data of staff\nThe names are withheld.",
])
def test_a_citation_glued_to_the_next_cell_is_read_whole(text):
    r = read_reply(text)
    assert any(s.endswith("(a)") for s in r.sections), r.sections


def test_guard_not_all_provided_with_some_given_stays_part_given():  # guard: passes on main too
    r = read_reply("On this occasion it is not possible to provide all the requested information. We have applied the "
                   "following exemption to part of your request.\n1. 214 permits were issued in 2024.\n2. The names of "
                   "permit holders are exempt under section 40(2) as personal data.")
    assert r.outcome.value == "part_disclosed", r.evidence
