"""sp65 (nc101 j6 and the same class found around it): a covert warning names the tactic, never the part's whole
subject ("uses training for undercover officers", "uses women in compensation over ...", "uses complaints", "cameras
kent police"); compensation, damages and settlements paid over a covert matter ask about the claims, not the tactic
(the pack's police answers on compensation: none neither confirmed nor denied), so they are not warned; a "covert" the
person said is never dropped from a part whose template does not say it again, nor said twice."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 7)


def _framing(text: str, authority: str | None = None):
    return frame_message(text, authority, today=TODAY)


def _said(framing) -> str:
    parts = " ".join(" ".join(filter(None, (p.text, p.warning, " ".join(r.text for r in p.replacements or []))))
                     for p in framing.parts)
    found = " ".join(f"{f.message} {f.suggestion or ''}" for f in framing.findings)
    return " ".join(f"{parts} {found}".split())


@pytest.mark.parametrize("text, authority", [
    # nc101 j6, as the newcomer edited the part, and as typed
    ("The total compensation you have paid to women who were deceived into relationships by undercover officers.",
     "Metropolitan Police Service"),
    ("how much has the Met paid out to women in compensation over undercover officers relationships",
     "Metropolitan Police Service"),
    # my own words
    ("what is the total the met has paid in settlements to people spied on by undercover officers since 2015",
     "Metropolitan Police Service"),
    ("how much compensation has kent police paid over complaints about covert surveillance in the last 3 years",
     "Kent Police"),
])
def test_compensation_paid_over_a_covert_matter_is_not_warned_as_the_tactic(text, authority):
    framing = _framing(text, authority)
    assert framing.parts, text
    assert not any(p.warning for p in framing.parts), [p.warning for p in framing.parts]
    assert not any(f.code == "ncnd-risk" for f in framing.findings), [f.message for f in framing.findings]


@pytest.mark.parametrize("text, authority, warned_part", [
    # guards: the tactic asked beside the compensation is still warned; money spent on the tactic is still warned
    ("how many undercover officers have been put into protest groups since 2020, and how much compensation has the "
     "met paid", "Metropolitan Police Service", 0),
    ("how much did kent police spend on undercover officers last year", "Kent Police", 0),
])
def test_the_tactic_itself_is_still_warned(text, authority, warned_part):
    framing = _framing(text, authority)
    assert framing.parts[warned_part].warning or any(f.code == "ncnd-risk" for f in framing.findings), _said(framing)


@pytest.mark.parametrize("text, authority, tactic, never", [
    ("how much did kent police spend on training for undercover officers", "Kent Police", "undercover officers",
     "uses training"),
    ("how many complaints were made about covert surveillance by the met", "Metropolitan Police Service",
     "covert surveillance", "uses complaints"),
    ("how many covert deployments of drones did kent police make in 2024", "Kent Police", "drones",
     "uses covert deployments"),
    ("how much has the met spent on equipment for covert surveillance of protesters", "Metropolitan Police Service",
     "surveillance", "uses equipment"),
])
def test_the_warning_names_the_tactic_not_the_subject(text, authority, tactic, never):
    framing = _framing(text, authority)
    warned = [p.warning for p in framing.parts if p.warning] or [f.message for f in framing.findings
                                                                 if f.code == "ncnd-risk"]
    assert warned, _said(framing)
    assert tactic in warned[0], warned[0]
    assert never not in _said(framing)


@pytest.mark.parametrize("text, authority, body_words", [
    ("list of the covert cameras kent police have in maidstone", "Kent Police", "cameras kent"),
    ("a list of the covert cameras that essex police have in colchester", "Essex Police", "cameras that essex"),
])
def test_a_kept_part_names_the_tactic_without_the_words_after_it(text, authority, body_words):
    framing = _framing(text, authority)
    assert any(p.warning for p in framing.parts), _said(framing)
    said = " ".join([framing.parts[0].warning] + [r.text for r in framing.parts[0].replacements or []]).lower()
    assert body_words not in said, said
    assert "covert cameras" in framing.parts[0].warning


def test_a_subject_that_is_the_tactic_keeps_its_qualifier():
    # guard: "facial recognition on body-worn cameras" is the tactic with where it is used, named whole
    framing = _framing("does essex police use facial recognition on body worn cameras, including covertly", "Essex Police")
    warned = [p for p in framing.parts if p.warning]
    assert warned and "facial recognition on body-worn cameras" in warned[0].warning.lower().replace("body worn", "body-worn")


def test_covert_said_once():
    framing = _framing("how many complaints were made about covert surveillance by the met", "Metropolitan Police Service")
    assert framing.parts[0].text.lower().count("covert") == 1, framing.parts[0].text
    framing = _framing("how much has the met spent on equipment for covert surveillance of protesters",
                       "Metropolitan Police Service")
    assert "covert surveillance" in framing.parts[0].text, framing.parts[0].text
    # guard: a count whose head the person called covert still says so
    framing = _framing("how many covert deployments of drones did kent police make in 2024", "Kent Police")
    assert "covert deployments" in framing.parts[0].text, framing.parts[0].text


def test_compensation_to_a_named_person_stays_their_matter():
    # guard: the claims span never blanks one person's case (employment tribunal, a named officer); the one decision
    # the check and the forecast read is asked_text
    from askfoi.ncnd_topics import asked_text, topics_in

    person = "How much compensation was paid to the former chief executive after her employment tribunal claim?"
    assert "named_person" in topics_in(asked_text(person))
    tactic = "How much compensation has the force paid to women deceived by undercover officers?"
    assert "undercover_officers" in topics_in(tactic)
    assert "undercover_officers" not in topics_in(asked_text(tactic))
