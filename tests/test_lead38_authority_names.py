"""lead38: a typed name is never taken for a listed body whose name swaps one of its words for another ("st marys high
school" is not Queen Mary's High School): the letter would go to a different school, and the person is not told.
Close spellings and short forms still resolve (newcomer trial, fault 1)."""

from __future__ import annotations

import pytest

from askfoi.authorities import resolve_authority


@pytest.mark.parametrize("typed, wrong", [("st marys high school", "Queen Mary"),
                                          ("st marys high school swansea", "Queen Mary")])
def test_a_name_with_a_word_swapped_is_another_body(typed, wrong):
    found = resolve_authority(typed)
    assert found is None or not found.known or wrong not in found.name


@pytest.mark.parametrize("typed, name", [("liverpol city council", "Liverpool City Council"),
                                         ("harris academy peckham", "Harris Academy"),
                                         ("essex pol", "Essex Police"),
                                         ("leeds uni", "University of Leeds"),
                                         ("kent county council", "Kent County Council")])
def test_misspellings_and_short_forms_still_resolve(typed, name):
    found = resolve_authority(typed)
    assert found is not None and found.known and name in found.name
