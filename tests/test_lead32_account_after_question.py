"""Lead fix, session 32: a question followed at a comma by the writer's own account ("..., we've been on the list 5
yrs") asks only the question; the account is story, never a part's words."""

import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("message, account", [
    ("whats the average wait for a council house in birmingham for a family of 4, we've been on the list 5 yrs",
     "list"),
    ("how many potholes were fixed in derby in 2024, my car got damaged by one on the a61", "damaged"),
    ("how many noise complaints did bristol council get last year, ive complained about my neighbour 6 times",
     "neighbour"),
])
def test_account_is_not_in_the_parts(message, account):
    framing = frame_message(message)
    assert framing.parts
    assert not any(account in p.text.lower() for p in framing.parts)


@pytest.mark.parametrize("sentence", [
    "how many fines were issued in leeds in 2024, i want it by ward",
    "how many fines were issued in leeds in 2024, we would like the figures split by month",
    "how many fines were issued, and how many were cancelled",
])
def test_a_clause_still_asking_stays(sentence):
    from askfoi.story_antecedents import asked_then_told

    assert asked_then_told(sentence) is None
