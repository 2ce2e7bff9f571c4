"""Lead fixes of session 20 made on main after the merges (nu22)."""

from __future__ import annotations

from askfoi.checks import check_request
from askfoi.framing import frame_message


def test_what_a_technology_cost_is_no_covert_question_and_the_warning_stays_on_the_use():
    """nu22: "Does hampshire police use drones over protests? How many drones do they have and what did they cost?"
    put the NCND warning on "What did the drones cost?", and its fix replaced the cost question."""
    framing = frame_message("Does hampshire police use drones over protests? How many drones do they have and what "
                            "did they cost?")
    ncnd = [f for f in framing.findings if f.code == "ncnd-risk"]
    assert ncnd and all(f.part == 1 for f in ncnd)
    assert not any(p.warning for p in framing.parts[1:])
    for text in ("What did the drones cost?", "how much was spent on body worn cameras with facial recognition",
                 "how much did the force pay for its drones in 2024"):
        assert "ncnd-risk" not in [f.code for f in check_request(text, "Kent Police").findings], text
    # a tactic with no overt form stays covert whatever is asked of it
    assert "ncnd-risk" in [f.code for f in check_request("how much has the met spent on imsi catchers",
                                                         "Metropolitan Police Service").findings]
