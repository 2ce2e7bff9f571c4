"""lead46 (nc53 #11): a word alone in brackets after a word for a place ("our village (kelty)", "my area (ormeau)")
is that place's name: the spelling step never offers "kelly" for it; a slip elsewhere is still offered."""

from __future__ import annotations

import pytest

from askfoi.spelling import suggest


@pytest.mark.parametrize("text", [
    "the quarry near our village (kelty) blasts every day",
    "how many bins were missed in my area (ormeau) in 2025",
])
def test_a_place_named_in_brackets_is_not_a_slip(text):
    assert suggest(text) == []


def test_a_slip_beside_it_is_still_offered():
    assert ("evry", "every") in suggest("the quarry near our village (kelty) blasts evry day")
