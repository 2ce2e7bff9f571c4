"""fm85: what an NCND covered (PublishedResponse.ncnd_scope), set for tuning records fm82 left unknown where the page,
read again, shows it (the NCND met a numbered part of the request, or only "any other / additional information" beside
full answers), with unknown kept unknown where the page does not show it or the record's NCND is itself in doubt; and
bench/ncnd_why.py `--question-bars`: per kind, NCND recall for the question asked at other bars, replayed from a trace.
The trace rows below are made up."""

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))


def _pack_scope(title: str):
    from askfoi.knowledge import load_knowledge

    found = {r.ncnd_scope for r in load_knowledge([REPO / "knowledge"]).responses if (r.title or "") == title}
    assert len(found) == 1, (title, found)
    return found.pop()


def test_a_page_that_neither_confirms_nor_denies_a_numbered_part_is_ncnd_for_the_question():
    assert _pack_scope("CHIS (FOI-740-2023)") == "the question"  # Q2-Q3 of what was asked
    assert _pack_scope("Firearms (203/12)") == "the question"  # part 3 (licences held by MPs) was asked


def test_a_page_that_answers_every_part_and_adds_any_other_information_is_a_standing_paragraph():
    assert _pack_scope("ICT - 1266/18") == "other information"  # six answers, then covert capabilities not asked
    assert _pack_scope("BNP UKIP membership - 084/13") == "other information"


def test_guard_a_record_whose_ncnd_is_in_doubt_keeps_its_scope_unknown():
    """Guard (passes on main too): a withholding that cites an NCND subsection, and a cost refusal, stay unknown."""
    assert _pack_scope("Stingers (12547/17)") is None
    assert _pack_scope("Brothels - 596/13") is None


def _row(rid, kind, ncnd, scope, p, bar=0.1, scale=1.0):
    part = {"would": {"support": True, "routine": True, "open": True, "overt": True, "ranked": True}, "p": p,
            "bar": bar, "scale": scale, "ruled": False, "case": False}
    return {"id": rid, "kind": kind, "ncnd": ncnd, "scope": scope, "warned": p >= bar * scale, "parts": [part]}


def test_question_bars_replay_each_kind_at_other_bars_with_standing_paragraphs_as_false():
    from ncnd_why import question_bar_lines

    rows = [_row("a", "council", True, "the question", 0.08), _row("b", "council", True, "the question", 0.2),
            _row("c", "council", True, "other information", 0.09), _row("d", "council", False, None, 0.01),
            _row("e", "council", True, None, 0.07), _row("f", "fire", False, None, 0.5)]
    text = "\n".join(question_bar_lines(rows, tries=(0.05,)))
    assert "council (bars as traced: 0.1): the question 1/2, false alarms 0/2 = 0.000, scope not shown 0/1" in text
    assert "    bar 0.05: the question 2/2, false alarms 1/2 = 0.500, scope not shown 1/1" in text
    assert "fire" not in text  # no NCND answer of that kind to recall


def test_question_bars_hold_a_bar_as_the_bar_times_its_groups_factor():
    from ncnd_why import question_bar_lines

    # traced at 0.2 x 0.5 = 0.1: p 0.15 was warned; at an absolute bar of 0.2 it is not
    rows = [_row("a", "police", True, "the question", 0.15, bar=0.2, scale=0.5)]
    text = "\n".join(question_bar_lines(rows, tries=(0.2,)))
    assert "police (bars as traced: 0.1): the question 1/1" in text
    assert "    bar 0.2: the question 0/1" in text
