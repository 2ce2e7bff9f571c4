"""The covert case the product exists for: "does essex police use facial recognition covertly?" is about facial
recognition, asked covertly; the warning, the one-key fix (overt frames) and the part itself all say so in English."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("text, subject", [
    ("does essex police use facial recognition covertly? which companies supply it?", "facial recognition"),
    ("does the met use live facial recognition secretly", "live facial recognition"),
])
def test_a_covert_adverb_is_not_part_of_the_subject(text, subject):
    framing = frame_message(text, today=date(2026, 11, 30))
    flagged = [p for p in framing.parts if p.warning]
    assert flagged, "the covert part is flagged"
    part = flagged[0]
    assert part.subject.lower() == subject
    assert "covert use of" in part.text.lower() or "used covertly" in part.text.lower()  # ck33: no policy asked, the count of covert uses
    assert not any(w in r.text.lower() for r in part.replacements for w in ("covertly", "secretly"))
    assert any("overt" in r.text.lower() for r in part.replacements), "overt use is offered instead"
    assert "no overt use" not in (part.warning or "").lower()


@pytest.mark.parametrize("text", [
    "does kent police use facial recognition on body worn cameras, including covertly",
    "does kent police use facial recognition overtly or covertly",
])
def test_use_asked_both_ways_asks_for_the_use_as_a_whole(text):
    """"including covertly" asks about all use, overt and covert: the part asks for the use, not only the covert
    use, and still carries the NCND warning with the overt frames offered."""
    framing = frame_message(text, today=date(2026, 11, 30))
    part = next(p for p in framing.parts if p.warning)
    # ck33: no policy asked, so the part counts the uses ("... were used"), covert ones not singled out
    assert "covertly" not in part.subject.lower() and ("use of" in part.text.lower() or " used" in part.text.lower())
    assert "covert use of" not in part.text.lower() and "used covertly" not in part.text.lower()
    assert any("overt" in r.text.lower() for r in part.replacements)


def test_the_tactic_itself_keeps_its_covert_word():
    """"undercover officers" is the tactic: the word is not stripped, and there is no overt form to offer."""
    framing = frame_message("does the met use undercover officers at protests", today=date(2026, 11, 30))
    part = framing.parts[0]
    assert "undercover officers" in part.subject
    assert part.warning


@pytest.mark.parametrize("text, ncnd", [
    ("how many times has kent police secretly used facial recognition", True),
    ("do the police use drones in secret to watch protests", True),
    ("how many secret santa gifts did the council buy", False),
])
def test_secret_use_is_covert_use(text, ncnd):
    framing = frame_message(text, today=date(2026, 11, 30))
    assert any(f.code == "ncnd-risk" for f in framing.findings) == ncnd


@pytest.mark.parametrize("text, ncnd", [
    ("do the met use those fake phone masts to track peoples phones at protests", True),
    ("does the police listen to peoples phone calls", True),
    ("is kent police monitoring protesters' whatsapps", True),
    ("how many phones were stolen in kent last year", False),
    ("how many calls did essex police get about anti social behaviour", False),
])
def test_surveillance_of_communications_is_covert_whatever_the_device_is_called(text, ncnd):
    framing = frame_message(text, today=date(2026, 11, 30))
    assert any(f.code == "ncnd-risk" for f in framing.findings) == ncnd


def test_a_force_asked_about_one_person_is_said_to_neither_confirm_nor_deny():
    framing = frame_message("has essex police investigated my neighbour for fraud", today=date(2026, 11, 30))
    found = [f for f in framing.findings if f.code == "third-party-personal-data"]
    assert found and "40(5B)" in found[0].message
    council = frame_message("how many complaints has leeds council had about my neighbour", today=date(2026, 11, 30))
    assert not any("40(5B)" in f.message for f in council.findings)
    scottish = frame_message("has police scotland investigated my neighbour for fraud", today=date(2026, 11, 30))
    assert not any("40(5B)" in f.message for f in scottish.findings)  # FOISA words, not the UK Act's


def test_a_fake_phone_mast_is_surveillance_not_environmental_information():
    framing = frame_message("do the met use those fake phone mast things to track protesters phones",
                            today=date(2026, 11, 30))
    assert framing.regime == "FOIA"
    assert not any(f.code == "environmental-information" for f in framing.findings)
    planning = frame_message("how many phone masts were approved by leeds council in 2024", today=date(2026, 11, 30))
    assert planning.regime == "EIR"


def test_a_question_that_points_back_at_an_environmental_story_is_about_it():
    framing = frame_message("theres a horrible smell from the sewage works near our village every summer. how many "
                            "complaints has the environment agency had about it", today=date(2026, 11, 30))
    assert framing.regime == "EIR"
