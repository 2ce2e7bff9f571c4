"""fm82: what an NCND covered is a fact of each record (PublishedResponse.ncnd_scope): "the question" (what was asked,
in whole or in part) or "other information" (what was asked was dealt with and the body added that it neither confirms
nor denies holding any other information: a force's standing paragraph); None where the page does not show it (unknown
stays unknown). bench/harvest_sources.py writes it into knowledge/sources from each record's own answer
(askfoi/ncnd_topics.py `scope_shown`), `make knowledge` carries it into the pack, and bench/eval.py reports NCND recall
for the question asked beside the old figure (any NCND paragraph). The records here are made up."""

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from pydantic import ValidationError

from askfoi.importers import _jsonl_record
from askfoi.models import PublishedResponse

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))


def source(**kw):
    item = {"authority": "Example Police", "authority_type": "police", "title": "Example request", "asked": "Example.",
            "date": "2022-03", "outcome_class": "part_disclosed", "ncnd": True, "sections": ["23(5)"], "parts": [],
            "topics": [], "url": "https://example.org/foi/1", "source_type": "disclosure_log", "note": ""}
    item.update(kw)
    return item


def test_the_importer_keeps_the_scope_a_source_record_states():
    assert _jsonl_record(source(ncnd_scope="other information")).ncnd_scope == "other information"
    assert _jsonl_record(source(ncnd_scope="the question")).ncnd_scope == "the question"
    assert _jsonl_record(source()).ncnd_scope is None  # not stated: unknown


def test_the_importer_refuses_a_scope_it_does_not_know():
    with pytest.raises(ValueError):
        _jsonl_record(source(ncnd_scope="everything"))


def test_a_cost_refusal_read_as_not_ncnd_keeps_no_scope():
    rec = _jsonl_record(source(outcome_class="cost_limit", sections=["12(2)"], ncnd_scope="the question"))
    assert rec.ncnd is False and rec.ncnd_scope is None


def test_a_record_without_ncnd_cannot_carry_a_scope():
    """A guard (passes on main too: the field did not exist there)."""
    with pytest.raises(ValidationError):
        PublishedResponse(id="fm82-1", authority="Example Police", authority_type="police", title="x",
                          outcome="disclosed", ncnd=False, ncnd_scope="the question",
                          source_url="https://example.org/x", source_type="disclosure_log")


@pytest.mark.parametrize("kw, scope", [
    ({"outcome_class": "ncnd", "note": "whole request neither confirmed nor denied"}, "the question"),
    ({"note": "totals given for each year; would neither confirm nor deny any further information"},
     "other information"),
    ({"outcome_class": "not_held", "note": "none held; NCND on any other info (s23(5), s24(2))"}, "other information"),
    ({"parts": [{"asked": "overt use of the cameras", "outcome": "not_held", "ncnd": False},
                {"asked": "covert use of the cameras", "outcome": "ncnd", "ncnd": True}]}, "the question"),
    ({"parts": [{"asked": "yearly counts", "outcome": "disclosed", "ncnd": False},
                {"asked": "any other relevant information", "outcome": "ncnd", "ncnd": True}]}, "other information"),
    ({"note": "some figures given; NCND on the rest, sections not visible"}, None),
    ({"outcome_class": "disclosed", "ncnd": False, "sections": []}, None),
])
def test_the_scope_is_read_from_the_records_own_answer_or_left_unknown(kw, scope):
    from harvest_sources import with_scope

    assert with_scope(source(**kw)).get("ncnd_scope") == scope


def test_the_scope_is_written_after_ncnd_and_a_harvesters_own_wins():
    from harvest_sources import with_scope

    out = with_scope(source(outcome_class="ncnd"))
    keys = list(out)
    assert keys.index("ncnd_scope") == keys.index("ncnd") + 1
    assert with_scope(source(outcome_class="ncnd", ncnd_scope="other information"))["ncnd_scope"] == "other information"


def test_copying_a_harvest_writes_the_scope(tmp_path):
    from harvest_sources import copy

    src = tmp_path / "x_records.jsonl"
    src.write_text(json.dumps(source(note="answered in full; NCND on any other information held")) + "\n")
    dest = tmp_path / "harvest_x.jsonl"
    copy(src, dest, harvest="x")
    assert json.loads(dest.read_text())["ncnd_scope"] == "other information"


def test_recall_for_the_question_counts_standing_paragraphs_apart_and_unknown_apart():
    from eval import question_rates

    rs = [SimpleNamespace(ncnd=True, ncnd_scope="the question", w=True),
          SimpleNamespace(ncnd=True, ncnd_scope="the question", w=False),
          SimpleNamespace(ncnd=True, ncnd_scope="other information", w=True),
          SimpleNamespace(ncnd=True, ncnd_scope=None, w=False),
          SimpleNamespace(ncnd=False, ncnd_scope=None, w=True),
          SimpleNamespace(ncnd=None, ncnd_scope=None, w=True)]
    c = question_rates(rs, lambda r: r.w)
    assert c == {"the question": (1, 2), "other information": (1, 1), "not shown": (0, 1), "no NCND": (1, 1)}


def test_the_shipped_pack_carries_the_scope_of_its_sources():
    """The pack was rebuilt from the sources (`make knowledge`): a whole NCND answer is NCND for the question, no record
    without NCND has a scope, and a record's scope in the pack is the one its source file states."""
    from askfoi.knowledge import load_knowledge

    pack = [r for r in load_knowledge([REPO / "knowledge"]).responses if r.harvest]
    assert all(r.ncnd_scope == "the question" for r in pack if r.ncnd is True and r.outcome.value == "ncnd")
    assert not [r.id for r in pack if r.ncnd is not True and r.ncnd_scope]
    stated = {}
    for path in (REPO / "knowledge" / "sources").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            stated.setdefault(item.get("url") or item.get("source_url"), item.get("ncnd_scope"))
    scoped = [r for r in pack if r.ncnd_scope]
    assert len(scoped) > 300
    assert all(stated.get(r.source_url) == r.ncnd_scope for r in scoped)
    assert sum(r.ncnd_scope == "other information" for r in scoped) >= 40


def test_the_tuning_trace_reports_recall_for_the_question_per_kind():
    from ncnd_why import scope_lines

    rows = [{"id": "a", "kind": "police", "ncnd": True, "scope": "the question", "warned": True},
            {"id": "b", "kind": "police", "ncnd": True, "scope": "the question", "warned": False},
            {"id": "c", "kind": "police", "ncnd": True, "scope": "other information", "warned": True},
            {"id": "d", "kind": "council", "ncnd": False, "scope": None, "warned": False}]
    text = "\n".join(scope_lines(rows))
    assert "police               the question 0.50 (1/2)" in text
    assert "false alarms with standing paragraphs as false 1.00 (1/1" in text
    assert "    police               2/3; 0/0" in text  # any NCND paragraph, as before
