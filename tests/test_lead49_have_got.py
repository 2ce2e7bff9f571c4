"""lead49: British "have got" is "have": "how many schools have got RAAC" counts the schools with RAAC (never "with
got"); "does the force use drones and how many have they got" counts the drones the question before asked about,
as its own part; a count part with a verb's past form after "with" is not well formed."""

from datetime import date

import pytest

from askfoi.framing import Frame, frame_message, part_problems

TODAY = date(2026, 12, 5)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


@pytest.mark.parametrize("text, want", [
    ("how many people have got fines for fly tipping in leeds in 2024", "The number of people with fines for fly tipping"),
    ("how many schools have got raac in kent", "The number of schools with RAAC"),
])
def test_have_got_is_have(text, want):
    parts = _parts(text)
    assert len(parts) == 1 and parts[0].startswith(want), parts


def test_how_many_have_they_got_counts_what_was_asked_before():
    parts = _parts("does durham constabulary use drones and how many have they got")
    assert len(parts) == 2 and parts[1] == "The number of drones.", parts


def test_a_past_verb_after_with_is_broken():
    bad = Frame(kind="count", subject="people", text="The number of people with got fines for fly tipping.")
    assert any("after 'with'" in p for p in part_problems(bad))
    fine = Frame(kind="count", subject="kids", text="The number of kids with SEND excluded.")
    assert not any("after 'with'" in p for p in part_problems(fine))
