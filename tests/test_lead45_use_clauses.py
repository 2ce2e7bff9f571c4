"""Session 45 (lead): whether a force uses a surveillance technology is read in its own clause, so a cost asked
beside it does not limit it to overt use (the lead's decision, issues 8.3 and 9.3); and the verb of "does the
force use X" is never left in a part's subject ("The total amount spent on use IMSI catchers")."""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _codes(framing):
    return [f.code for f in framing.findings]


@pytest.mark.parametrize("message", [
    "does greater manchester police use drones with thermal cameras and how much did they cost",
    "does essex police use facial recognition, and if so how much has it cost",
])
def test_the_use_clause_is_warned_though_a_cost_is_asked_beside_it(message):
    framing = frame_message(message, today=TODAY)
    assert "ncnd-risk" in _codes(framing), [p.text for p in framing.parts]


@pytest.mark.parametrize("message", [
    "how many times did gmp use drones in 2025 and what did they cost",
    "how much did greater manchester police spend on drones in 2025",
])
def test_counts_and_spend_alone_stay_unwarned(message):
    assert "ncnd-risk" not in _codes(frame_message(message, today=TODAY))


@pytest.mark.parametrize("message", [
    "Does the Metropolitan Police use IMSI catchers? If so, who supplies them and how much have they cost?",
    "does essex police use facial recognition? if so which company supplies it",
    "does kent county council use drones and if so how much did they cost",
])
def test_the_verb_of_use_is_never_left_before_its_object(message):
    texts = [p.text for p in frame_message(message, today=TODAY).parts]
    assert texts
    assert not any(" on use " in t or " for use " in t for t in texts), texts
