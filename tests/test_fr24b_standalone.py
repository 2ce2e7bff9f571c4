"""fr24b (issue 8): parts of a formal request that stand on their own: a lead-in's subject carried into each item,
pointers written out, follow-ups kept with the part they depend on. Invented letters only."""

from datetime import date

from askfoi.framing import frame_message
from askfoi.questions import read_message

TODAY = date(2026, 12, 1)


def parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_open_yes_no_lead_in_with_colon_reaches_each_item():
    text = ("Does Midshire Fire Service:\n"
            "1a. Own thermal imaging cameras? If so, how many, and what make?\n"
            "1b. Hire thermal imaging cameras from a private company? If so, which company?\n"
            "2. How many times were thermal imaging cameras used in 2024?")
    asked = read_message(text).questions
    assert asked[0] == "Does Midshire Fire Service own thermal imaging cameras? If so, how many, and what make?"
    assert asked[1] == "Does Midshire Fire Service hire thermal imaging cameras from a private company? If so, which company?"
    got = parts(text)
    assert not any(p.startswith(("Own ", "Hire ", "What make", "If so")) for p in got)
    assert any("how many" in p for p in got)
