"""rd38 (issue 10): what a sentence asserts about an exemption, and "we do not record X" as a part not held, in
texts written for these tests.

1. An exemption only entertained decides nothing: the verb group says "may / could / would be exempt" (not "is
   exempt"), and the clause is conceded ("Although section 38 could be engaged, ..."), set aside ("..., but we have
   decided to release it", "... may be exempt. However, ..."), or hung on a condition the reply does not meet ("Were
   the information held, section 40(2) would apply", "... if requested", "Should you ask for the names, ...").
   The explanation says the section was only mentioned, and no boundary (personal data taken out) is invented.
   An exemption that is applied ("is exempt", "would be exempt and is withheld") still refuses.
2. "We do not record how many X" / "there is no central record of X" is a part not held, also when the sentence or
   the reply goes on to give other figures ("but we can tell you that ..."); "not recorded centrally, however a
   manual search found 14" stays answered.
"""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply

ENTERTAINED_THEN_RELEASED = (
    "Dear Ms Patel\n\nPlease find the figures you asked for below. Some of this information may be exempt under "
    "section 43 of the Act, but we have decided to release it on this occasion.\n\nContract value 2023/24: £1.2m\n"
    "Contract value 2024/25: £1.4m\n"
)
CONCEDED = (
    "Thank you for your request about the fire risk assessment for Elm Court. Although section 38 could be engaged, we "
    "are satisfied that disclosure is in the public interest and the assessment is attached."
)
NEXT_SENTENCE_SETS_ASIDE = (
    "Information of this kind is usually exempt under section 31. However, in this case we can provide the figures "
    "below.\n2022: 14\n2023: 19"
)
WERE_IT_HELD = (
    "Thank you for your request. Were the information held, section 40(2) would apply. However, the council does not "
    "hold any record of the matter."
)
IF_REQUESTED = (
    "We confirm that 17 cameras are in use in the town centre. Details of their locations might be exempt under "
    "section 31 if requested, as disclosure could assist criminals."
)
SHOULD_YOU_ASK = (
    "The number of arrests at the match was 54. Should you request the names of those arrested, that information "
    "would be exempt under section 40(2)."
)
PART_HYPOTHETICAL_NOT_HELD = (
    "Question 1: 312 complaints were received in 2023.\n"
    "Question 2: The names of the officers may be exempt under section 40(2), however as no officer was named in any "
    "complaint, no information is held."
)


@pytest.mark.parametrize("text, section", [
    (ENTERTAINED_THEN_RELEASED, "43"),
    (CONCEDED, "38"),
    (NEXT_SENTENCE_SETS_ASIDE, "31"),
    (IF_REQUESTED, "31"),
    (SHOULD_YOU_ASK, "40(2)"),
])
def test_an_entertained_exemption_beside_a_release_is_no_refusal(text: str, section: str) -> None:
    reading = read_reply(text)
    assert reading.outcome == Outcome.disclosed
    assert section in reading.entertained
    assert "only as something that could apply" in reading.explanation
    assert reading.boundary is None  # nothing was taken out as personal data or held back under an exemption


def test_were_it_held_beside_not_held_is_not_held() -> None:
    reading = read_reply(WERE_IT_HELD)
    assert reading.outcome == Outcome.not_held
    assert reading.entertained == ["40(2)"]
    assert "does not hold" in reading.explanation


def test_a_part_that_entertains_an_exemption_and_holds_nothing_is_not_held() -> None:
    reading = read_reply(PART_HYPOTHETICAL_NOT_HELD)
    assert reading.outcome == Outcome.part_disclosed
    assert [(p.number, p.outcome) for p in reading.parts] == [("1", Outcome.disclosed), ("2", Outcome.not_held)]


@pytest.mark.parametrize("text", [
    "The information you asked for is exempt under section 31(1)(a), as disclosure would prejudice the prevention of "
    "crime.",
    "We hold the information. It would be exempt under section 40(2) and is therefore withheld.",
    "Some of the information may be exempt under section 43. We have withheld the unit prices and the rest is attached.",
])
def test_an_applied_exemption_still_holds_back(text: str) -> None:
    reading = read_reply(text)
    assert reading.outcome in (Outcome.refused, Outcome.part_disclosed)
    assert not reading.entertained


@pytest.mark.parametrize("text", [
    "We do not record how many calls were abandoned, but we can tell you that we received 52,300 calls in 2023.",
    "There is no central record of the number of fly-tipping prosecutions. However, 31 fixed penalty notices for "
    "fly-tipping were issued in 2023.",
    "We do not keep a central record of exclusions appealed. 54 pupils were permanently excluded in 2023.",
])
def test_not_recorded_beside_other_figures_is_a_share_not_held(text: str) -> None:
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed
    assert reading.boundary == "not_held_and_given"
    assert "does not hold the rest" in reading.explanation


def test_not_recorded_as_a_numbered_answer_is_that_part_not_held() -> None:
    reading = read_reply("1. The number of fixed penalty notices issued in 2023 was 1,204.\n"
                         "2. We do not record how many of these were appealed.\n3. The total income was £98,400.")
    assert reading.outcome == Outcome.part_disclosed
    assert [(p.number, p.outcome) for p in reading.parts] == [
        ("1", Outcome.disclosed), ("2", Outcome.not_held), ("3", Outcome.disclosed)]


@pytest.mark.parametrize("text", [
    "There is no central record of requests for dropped kerbs.",
    "The council does not record how many potholes are reported each year.",
])
def test_not_recorded_alone_is_not_held(text: str) -> None:
    assert read_reply(text).outcome == Outcome.not_held


def test_not_recorded_centrally_but_found_by_a_search_is_answered() -> None:
    reading = read_reply("This information is not recorded centrally, however a manual search of our files found 14 "
                         "cases in 2023.")
    assert reading.outcome == Outcome.disclosed


def test_sub_parts_under_their_question_number_are_the_answers_not_the_restated_list() -> None:
    # the question's own list (A) ... D)) is restated before the answers, which carry the question's number
    text = ("2) Of these complaints, how many were dealt with by:\nA) The Ombudsman\nB) The police\nC) The courts\n"
            "D) The council itself\n\n2a) Ombudsman complaints: 654\n2b) We do not hold this information.\n"
            "2c) We do not record how many went to court.\n2d) To answer this would need a manual review of each of "
            "12,501 cases, well over the 18 hours allowed under section 12 of the Act.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed
    assert [(p.number, p.outcome) for p in reading.parts] == [
        ("2a", Outcome.disclosed), ("2b", Outcome.not_held), ("2c", Outcome.not_held), ("2d", Outcome.cost_limit)]


def test_a_count_under_its_question_is_answered_though_a_cost_estimate_for_the_next_counts_it() -> None:
    # the first question's answer sits under it; the cost refusal of the second question then counts the same figure
    text = ("Requests received and section 21\n\n\"Please tell me:\n\nHow many FOI requests did the council receive in "
            "2019, and;\n\n1,418 requests between 1 January and 31 December 2019.\n\nHow many times did you rely on "
            "section 21 in the same period?\"\n\nOur case system does not record the exemptions cited in a form we can "
            "extract. To count them we would need to open each of the 1,418 requests, at about one minute each, which "
            "would take over 23 hours. The cost limit is £450 (18 hours), so section 12 of the Act applies to this "
            "question.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed
