"""fr13c (issue 8): a question the person asked is never lost: not set aside as a remark, not glued away, not cut."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.questions import bare_elliptical, drops_elliptical, join_elliptical, wh_question, why_of_count

TODAY = date(2026, 12, 1)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


@pytest.mark.parametrize("text", [
    "who decided it, and how many buses were cut",
    "when was it agreed? how many staff work at the depot in 2024",
    "why did they stop, how many libraries closed in 2023",
])
def test_a_question_word_and_its_verb_is_asked_not_set_aside(text):
    framing = frame_message(text, today=TODAY)
    first = re.split(r"[,?]", text)[0]
    assert not any(first in r for r in framing.remarks)
    assert any(first.split()[1] in p.text.lower() for p in framing.parts)


def test_a_present_tense_rhetorical_question_is_no_wh_question():
    assert wh_question("who decided it") and wh_question("when was it agreed")
    assert not wh_question("who knows") and not wh_question("the council decided it")


@pytest.mark.parametrize("text,asked", [
    ("how many parking fines did sheffield council issue in 2024 and how much", {"much", "total", "amount", "value", "income"}),
    ("how many potholes were repaired in 2024. and when", {"when", "date", "dates"}),
])
def test_an_elliptical_question_is_kept_with_the_clause_it_continues(text, asked):
    framing = frame_message(text, today=TODAY)
    assert not framing.remarks
    assert any(asked & set(re.findall(r"[a-z]+", p.lower())) for p in _parts(text))


def test_a_bare_how_many_is_never_a_part_of_its_own():
    parts = _parts("did the police use drones at the march, how many, were any used covertly")
    assert parts and not any(re.fullmatch(r"(?i)\W*(?:and\s+)?how\s+many\W*", p) for p in parts)
    assert any("number" in p.lower() or "how many" in p.lower() for p in parts)


def test_join_elliptical_joins_only_bare_questions():
    units = [("how many fines were issued", 1), ("and how much", 1), ("how many were appealed", 2)]
    joined = join_elliptical(units)
    assert len(joined) == 2 and "how much" in joined[0][0] and joined[1][0] == "how many were appealed"
    assert join_elliptical([("how much", 1)]) == [("how much", 1)]  # nothing before it: left as it is
    assert bare_elliptical("And when?") and not bare_elliptical("and when did it start")


def test_a_part_that_drops_the_elliptical_question_is_caught():
    assert drops_elliptical("how many fines were issued, and how much", "The number of fines issued.")
    assert not drops_elliptical("how many fines were issued, and how much", "The number and total value of fines issued.")
    assert not drops_elliptical("how many fines were issued", "The number of fines issued.")


@pytest.mark.parametrize("text", [
    "who decided it, did they consult patients, and how many patients will have to move. and why",
    "how many families will have to leave the estate and why",
])
def test_why_after_a_count_of_people_asks_for_the_reasons_not_one_per_person(text):
    parts = _parts(text)
    assert any("reason" in p.lower() for p in parts)
    assert not any("for each" in p.lower() for p in parts)


def test_why_of_count_reads_the_clause_or_gives_nothing():
    assert why_of_count("How many patients will have to move?") == "why patients will have to move"
    assert why_of_count("How many fines did the council issue?") == ""
    assert why_of_count("Please send the policy.") == ""
