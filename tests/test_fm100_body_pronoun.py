"""fm100 (issue 9): a pronoun that means the body asked ("How much did the force spend on fuel for its fleet?", "What
did they spend on agency staff?") points at nothing said before it, so the part is read on its own words, not with the
part before it (askfoi/forecast_parts.py `refers_back`). fm99 found a fuel-spend part warned of NCND on the IMSI-catcher
part's evidence. A pronoun that means a thing asked about before ("how much did they cost", "who supplies them", "its
budget") still reads the part before it."""

import pytest

from askfoi.forecast_parts import forecast_parts, refers_back
from askfoi.matching import get_matcher

FM99_T1 = ("Dear Kent Police,\n\nPlease could you tell me:\n1. How many officers were assigned to the roads policing unit "
           "in 2023?\n2. Does the force use IMSI catchers to collect data from mobile phones?\n3. How much did the force "
           "spend on fuel for its fleet in 2023?\n\nThank you.")


def _context_of(text: str, words: str) -> str:
    part = next(p for p in forecast_parts(text) if words in p.text)
    return part.context


@pytest.mark.parametrize("text, words, earlier", [
    (FM99_T1, "fuel", "IMSI"),
    # in my own words: the owner after the body named in the same sentence, and the body as the doer of the verb
    ("Does the council use covert surveillance cameras? How much did the council spend on its vehicle fleet in 2023?",
     "fleet", "covert"),
    ("Does the force use facial recognition cameras? What did they spend on overtime for response officers last year?",
     "overtime", "facial"),
    ("Has the force used informants in drug investigations? How much did the police spend on their helicopter in 2022?",
     "helicopter", "informants"),
])
def test_a_pronoun_meaning_the_body_does_not_read_the_part_before(text, words, earlier):
    assert earlier not in _context_of(text, words)


@pytest.mark.parametrize("text, words, earlier", [
    # guards: a pronoun meaning the thing asked about before still reads that part
    ("Does the force use IMSI catchers? How much did they cost?", "cost", "IMSI"),
    ("Does the force use drones? Who supplies them?", "supplies", "drones"),
    ("Does the force use facial recognition software? What is its annual budget?", "budget", "facial"),
    ("Does the force use drones? How many of their officers are trained to fly them?", "trained", "drones"),
])
def test_guard_a_pronoun_meaning_the_thing_still_reads_the_part_before(text, words, earlier):
    assert earlier in _context_of(text, words)


@pytest.mark.parametrize("piece, expected", [
    ("How much did the force spend on fuel for its fleet in 2023?", False),
    ("What did they spend on fuel in 2023?", False),
    ("How much did the council spend on their staff training?", False),
    ("How much did they cost?", True),
    ("Who supplies it?", True),
    ("What is its budget?", True),
    ("How much did the force spend on the above?", True),
])
def test_refers_back_reads_who_the_pronoun_means(piece, expected):
    assert refers_back(piece) is expected


def test_the_fuel_part_is_not_warned_on_the_imsi_evidence():
    parts = get_matcher().match(FM99_T1, "Kent Police").forecast.parts
    fuel = next(p for p in parts if "fuel" in p.text)
    imsi = next(p for p in parts if "IMSI" in p.text)
    assert not fuel.ncnd_likely, fuel.evidence
    assert not any("IMSI" in e for e in fuel.evidence)
    assert imsi.ncnd_likely  # guard: the IMSI part itself is still warned
