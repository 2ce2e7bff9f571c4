"""lead46 (nc53 #3): in a long message the ncnd-risk check names one tactic ("undercover"); a kept part asking about
another ("do they track peoples phones at protests?") is judged on its own, so it carries its own warning and offers.
The warning names only what is offered in its place (phone tracking has no overt deployments to count)."""

from __future__ import annotations

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)

MESSAGE = ("my friend is in a climate group and theres rumours one of the members is an undercover cop. does "
           "merseyside police have undercover officers in protest groups in liverpool? do they track peoples phones at "
           "protests? and how many arrests were made at protests in 2025")


def test_each_covert_part_is_warned_on_its_own():
    f = frame_message(MESSAGE, today=TODAY)
    phones = [p for p in f.parts if "phones" in p.text.lower()]
    assert phones and phones[0].warning, [p.text for p in f.parts]
    assert "neither confirm nor deny" in phones[0].warning
    arrests = [p for p in f.parts if "arrests" in p.text.lower()]
    assert arrests and not arrests[0].warning


def test_a_tactic_with_no_overt_deployments_is_not_told_to_ask_about_them():
    f = frame_message("does merseyside police track peoples phones at protests?", today=TODAY)
    warning = f.parts[0].warning
    assert warning and "deployments" not in warning
    assert "DPIA" in warning
    drones = frame_message("does merseyside police use drones at protests?", today=TODAY).parts[0].warning
    assert drones and "deployments" in drones
