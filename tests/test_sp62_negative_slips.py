"""sp62 (nc99 #3): a negative contraction typed without its apostrophe and one slip away is offered as that
contraction, never as a positive word one letter away: "people who wernt on a watchlist" became "people who went on a
watchlist" once the person said yes, the question turned round."""

from __future__ import annotations

import pytest

from askfoi.spelling import apply, suggest


@pytest.mark.parametrize("typed, meant", [
    ("wernt", "weren't"),    # the trial's word: "went" is one letter away
    ("havnt", "haven't"),    # "haunt" is one letter away, and "hasn't" one letter wrong
    ("coudnt", "couldn't"),
    ("dosent", "doesn't"),   # two letters swapped
    ("didint", "didn't"),
])
def test_a_mistyped_negative_is_offered_as_the_negative(typed, meant):
    text = f"how many people {typed} on the list when they were stopped"
    offer = dict(suggest(text))
    assert offer.get(typed) == meant
    assert meant in apply(text, [(typed, meant)])


def test_a_negative_is_never_offered_as_a_positive_word():
    # a guard over the slips people make: whatever is offered for a word ending "nt" keeps the "not"
    for typed in ("hasent", "wernt", "wasint", "shoudnt", "isint", "arnt", "dint"):
        offer = dict(suggest(f"the council {typed} replied about the bins"))
        assert typed not in offer or offer[typed].endswith("n't"), (typed, offer)


@pytest.mark.parametrize("typed, meant", [("frunt", "front"), ("amunt", "amount"), ("didnt", "didn't"),
                                          ("wasnt", "wasn't")])
def test_other_words_ending_nt_are_offered_as_before(typed, meant):
    assert dict(suggest(f"the {typed} of the station")).get(typed) == meant


def test_words_that_are_words_are_left_alone():
    assert suggest("the parents went to the tribunal and weren't told") == []
