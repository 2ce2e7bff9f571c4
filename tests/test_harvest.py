"""Harvested records: the harvest layout imports with unknown kept unknown, parts and topics; the copy
step keeps only the format's fields and real addresses; the shipped pack says what it does not know."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from askfoi.importers import parse_text
from askfoi.knowledge import get_knowledge, topic_tags
from askfoi.models import Outcome

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import harvest_sources  # noqa: E402

RECORD = {
    "authority": "Cleveland Police", "authority_type": "police", "title": "Facial recognition",
    "reference": "616-25", "asked": "Whether the force uses facial recognition and who supplies it.",
    "date": "2025-07-29", "outcome_class": "not_held", "ncnd": True, "sections": ["24(2)", "31(3)"],
    "parts": [
        {"asked": "overt use", "outcome": "not_held", "ncnd": False, "sections": []},
        {"asked": "covert use", "outcome": "ncnd", "ncnd": True, "sections": ["24(2)", "31(3)"]},
    ],
    "topics": ["facial_recognition", "no_such_topic"], "url": "https://example.police.uk/foi/616-25",
    "source_type": "disclosure_log", "note": "overt not held; covert NCND",
}


def _one(item: dict):
    result = parse_text(json.dumps(item), "jsonl")
    assert not result.rejected, result.rejected
    return result.records[0]


def test_harvest_record_keeps_parts_topics_and_reference():
    rec = _one(RECORD)
    assert rec.ncnd is True and rec.sections_known
    assert rec.reference == "616-25"
    assert [p.outcome for p in rec.parts] == [Outcome.not_held, Outcome.ncnd]
    assert rec.parts[1].ncnd is True and rec.parts[0].ncnd is False
    assert rec.topics == ["facial_recognition"]  # an unknown tag is dropped, not guessed


def test_unknown_ncnd_and_sections_stay_unknown():
    rec = _one({**RECORD, "ncnd": None, "sections": None, "parts": [], "outcome_class": "part_disclosed",
                "source_type": "whatdotheyknow", "url": "https://www.whatdotheyknow.com/request/x_1"})
    assert rec.ncnd is None
    assert rec.sections == [] and rec.sections_known is False


def test_ncnd_is_read_from_sections_even_when_the_flag_says_no():
    rec = _one({**RECORD, "ncnd": False, "parts": [], "sections": ["23(5)"]})
    assert rec.ncnd is True


def test_old_collection_meaning_is_kept():
    old = {k: v for k, v in RECORD.items() if k not in ("ncnd", "parts", "topics")}
    assert _one({**old, "sections": ["40(2)"], "outcome_class": "refused"}).ncnd is False
    wdtk = _one({**old, "sections": [], "source_type": "whatdotheyknow",
                 "url": "https://www.whatdotheyknow.com/request/y_2"})
    assert wdtk.ncnd is None and wdtk.sections_known is False


def test_copy_keeps_format_fields_and_drops_records_without_https_or_outcome(tmp_path):
    src = tmp_path / "x_records.jsonl"
    rows = [
        {**RECORD, "invented": "field", "parts": [{**RECORD["parts"][0], "extra": 1}]},
        {**RECORD, "url": "http://example.police.uk/old"},
        {**RECORD, "url": "https://example.police.uk/2", "outcome_class": "unclear"},
        {**RECORD, "url": "https://example.police.uk/foi/616-25/"},  # same page again
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    counts = harvest_sources.copy(src, tmp_path / "out.jsonl")
    kept = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert counts["kept"] == 1 and len(kept) == 1
    assert "invented" not in kept[0] and "extra" not in kept[0]["parts"][0]
    assert counts["left out: no https address"] == 1 and counts["left out: no known outcome"] == 1


def test_shipped_pack_topics_are_known_and_status_only_records_are_unknown():
    kb = get_knowledge()
    known = topic_tags()
    assert all(t in known for r in kb.responses for t in r.topics)
    wdtk = [r for r in kb.responses if r.id.startswith("wdtk-") and not r.sections]
    assert wdtk and all(r.ncnd is None for r in wdtk)
    assert sum(r.ncnd is True for r in kb.responses) > 0
