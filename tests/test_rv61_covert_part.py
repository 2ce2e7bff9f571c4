"""rv61 (nc61 #15): the covert-use warning names the part it is about - the one that asks about covert use in so many
words when the letter has one - and tells the person to re-scope that part, not "this part" of a letter whose other
parts ask about public deployments. Messages written for this test the way people type several questions at once."""

from __future__ import annotations

import pytest

from askfoi.framing import frame_message

CASES = [
    ("Metropolitan Police Service",
     "i want to ask the met police: 1. how many times did they use live facial recognition at notting hill carnival "
     "2. how many people were flagged 3. how many of those were wrong 4. how many drones did they fly over protests "
     "5. whether they use facial recognition secretly, eg on drone or CCTV footage", 5),
    ("West Midlands Police",
     "1) how many times was facial recognition used at villa park matches last season 2) how many arrests came from it "
     "3) does the force use facial recognition covertly on cctv footage", 3),
    ("Devon and Cornwall Police",
     "how many drones does the force own, how much did they cost, and do officers use drones covertly to watch "
     "protesters", None),
    ("Police Scotland",
     "1. how many times were drones flown at the cop26 protests in glasgow 2. how many protesters were arrested "
     "3. do police scotland use facial recognition secretly on the drone footage", 3),
    ("Greater Manchester Police",
     "can gmp tell me: 1) how many officers were at the manchester pride parade 2) how much overtime was paid 3) did "
     "they use undercover officers in the crowd", 3),
]


@pytest.mark.parametrize("authority,text,part", CASES, ids=["met", "wmp", "devon", "scotland", "gmp"])
def test_the_covert_warning_names_its_part(authority: str, text: str, part: int | None) -> None:
    framing = frame_message(text, authority=authority)
    found = [f for f in framing.findings if f.code == "ncnd-risk"]
    assert found, [f.code for f in framing.findings]
    finding = found[0]
    number = part or finding.part
    assert number is not None and finding.part == number
    # named: the check's own words say "part N", a framed part's warning is headed with its number
    assert f"so part {number} will probably get no information" in finding.message \
        or finding.message.startswith(f"Part {number}: ")
    assert "Re-scope this part" not in finding.suggestion
    if "Re-scope" in finding.suggestion:
        assert finding.suggestion.startswith(f"Re-scope part {number} to overt use")
    covert = (framing.parts[number - 1].source or framing.parts[number - 1].text).lower()
    assert any(w in covert for w in ("covert", "secret", "undercover")), covert
