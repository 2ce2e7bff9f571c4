"""lead49 (nc61 #11, nc58 #15): a part asking for figures the body asked already publishes as a matter of routine
(official statistics; data every body of a kind must publish) gets a low finding saying where, with the section that
lets the body point there (FOIA s21, FOISA s25); a part asking for something else, or a body of another kind, gets
none."""

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _published(text: str):
    return [f for f in frame_message(text, today=TODAY).findings if f.code == "already-published"]


@pytest.mark.parametrize("text, where, section", [
    ("how many times have essex police used spit hoods on children in 2024", "Police use of force statistics", "section 21"),
    ("how many stop and searches of children did police scotland do last year", "Police Scotland publishes", "section 25"),
    ("can lewisham council tell me how many families with children they have in b&b longer than 6 weeks in 2025",
     "Statutory homelessness in England", "section 21"),
    ("how many pip decisions did the dwp overturn at mandatory reconsideration last year", "Stat-Xplore", "section 21"),
    ("how many fines did leeds city council issue for fly tipping in 2024", "Fly-tipping statistics", "regulation 6(1)(b)"),
    ("how much do councillors at leeds city council get in allowances", "Members' Allowances", "section 21"),
])
def test_routinely_published_figures_are_pointed_at(text, where, section):
    found = _published(text)
    assert len(found) == 1, found
    assert found[0].severity == "low" and where in found[0].message and section in found[0].suggestion


@pytest.mark.parametrize("text", [
    "what is leeds city council's policy on fly tipping",
    "how many complaints did leeds city council get about potholes in 2024",
    "how many times did the met use drones over protests in 2024",
])
def test_other_asks_are_not_pointed_anywhere(text):
    assert _published(text) == []
