"""env17: the EIR decided from what each part asks for (its records and who is asked), not from a word anywhere."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from askfoi.environmental import letter_law, part_law
from askfoi.framing import frame_message

TODAY = date(2026, 12, 1)
ROWS = [json.loads(line) for line in (Path(__file__).parent / "data" / "env17_messages.jsonl").open(encoding="utf-8")]
# misses measured and left (docs/notes/env17.md): money a zone raised in fines; a police force's patrol cars
KNOWN_MISSES = {"clean air zone raise in fines", "patrol cars are electric"}


@pytest.mark.parametrize("row", [r for r in ROWS if not any(m in r["text"] for m in KNOWN_MISSES)],
                         ids=lambda r: r["text"][:40])
def test_own_messages(row):
    framing = frame_message(row["text"], today=TODAY)
    codes = {getattr(f, "code", "") for f in framing.findings}
    assert framing.regime == row["regime"]
    assert ("environmental-parts" in codes) == row["environmental_parts"]
    if framing.regime in ("FOIA", "FOISA"):
        assert "environmental-information" not in codes


@pytest.mark.parametrize("text, kind, environmental, focus", [
    ("How many wildlife crimes were recorded in 2023?", "police", False, "policing"),
    ("What are your policing priorities regarding wildlife?", "police", False, "policing_by_police"),
    ("How many fixed penalty notices were issued for littering in 2023?", "council", True, None),  # ck26: a measure on waste
    ("How many fixed penalty notices for littering did officers issue in 2023?", "police", False, "enforcement"),
    ("How much did the council spend on litter enforcement officers in 2023?", "council", False, "staffing"),
    ("How many claims were received for compensation for pothole damage?", "central_government", False, "claims"),
    ("How many fly-tipping incidents did the council clear in 2023?", "council", True, None),
    ("How many fly-tipping incidents were reported to the force in 2023?", "police", False, "policing_by_police"),
    ("What was the budget for resurfacing roads in 2023?", "council", True, None),
    ("A briefing on whether this is a waste of money, fuel and wages.", "council", False, None),
    ("How many calls were about drones, i.e. how many were reports of noise nuisance?", "police", False, "policing_by_police"),
    ("Who decided it?", "council", False, None),
])
def test_part_law(text, kind, environmental, focus):
    law = part_law(text, kind)
    assert law.environmental is environmental
    assert law.focus == focus


def test_letter_law_from_its_parts():
    env, crime, plain = part_law("How many trees were felled?"), part_law("How many arrests?"), part_law("Who decided?")
    assert letter_law([env, plain]) == "EIR"
    assert letter_law([env, crime]) == "mixed"
    assert letter_law([crime, plain]) == "FOIA"


def test_a_mixed_letter_names_its_environmental_parts_and_says_the_act():
    framing = frame_message("Dear Surrey County Council, 1. How many staff worked in the fly-tipping enforcement team "
                            "in 2023? 2. How many tonnes of fly-tipped waste did you clear in 2023?", today=TODAY)
    assert framing.regime == "FOIA"
    found = next(f for f in framing.findings if f.code == "environmental-parts")
    assert found.message.startswith("Part 2 asks for environmental information")
    assert "Environmental Information Regulations 2004" in found.message
    assert "manifestly unreasonable" not in " ".join(f.message for f in framing.findings)


def test_a_scottish_mixed_letter_says_eisr_and_foisa():
    framing = frame_message("Dear Fife Council, 1. How many compensation claims for flood damage did you pay in 2023? "
                            "2. How many tonnes of household waste went to landfill in 2023?", today=TODAY)
    assert framing.regime == "FOISA"
    found = next(f for f in framing.findings if f.code == "environmental-parts")
    assert "(EISR)" in found.message and "FOISA" in found.message


@pytest.mark.parametrize("text", [
    "Please provide information about the police raid on a house in Forest Gate in 2006.",
    "Details of meetings between the department and hedge funds in 2023.",
    "The movement order for a nuclear warhead convoy in January 2007.",
])
def test_a_name_or_a_weapon_is_no_environmental_subject(text):
    assert not part_law(text).environmental
