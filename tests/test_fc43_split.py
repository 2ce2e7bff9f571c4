"""fc43: the held-out split is a fixed date (bench/train_model.py HELD_OUT_FROM), not the newest share, so a record
harvested later never moves another record across, and the ids held out when the cut was fixed stay held out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from askfoi.importers import parse_text
from askfoi.knowledge import load_jsonl, load_knowledge, shipped_knowledge_dir
from askfoi.models import PublishedResponse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import train_model  # noqa: E402

FROZEN = json.loads((ROOT / "tests" / "data" / "fc43_held_out_ids.json").read_text())


def _records(rows):
    base = {"authority_type": "police", "title": "Stop and search", "asked": "How many stop and searches.",
            "outcome_class": "disclosed", "ncnd": False, "sections": [], "source_type": "disclosure_log"}
    result = parse_text("\n".join(json.dumps({**base, **row}) for row in rows), "jsonl")
    assert not result.rejected, result.rejected
    return result.records


def test_the_fixed_cut_holds_out_exactly_the_records_held_out_when_it_was_fixed():
    """Of the records in the harvest files there then, the held-out ids are those of the share-based split on main
    4d0a20fa, no more and no fewer (a record in a harvest file added since is free to fall either side)."""
    kb = load_knowledge([shipped_knowledge_dir()])
    tuning, held = train_model.split_by_date(train_model.harvested(kb))
    then = set()
    for name in FROZEN["harvest_files"]:
        then.update(r.id for r in load_jsonl(shipped_knowledge_dir() / "responses" / name, PublishedResponse)[0])
    frozen = set(FROZEN["held_out"])
    assert len(frozen) == 727
    assert {r.id for r in held if r.id in then} == frozen
    assert not {r.id for r in tuning} & frozen


def test_records_dated_on_or_after_the_cut_are_held_out_older_and_undated_tuned():
    rows = [{"authority": "Kent Police", "url": f"https://example.police.uk/a{i}", "date": d}
            for i, d in enumerate(["2011-03-01", "2023-12-31", None, "2024-01", "2024-06-30", "2026", "2023"])]
    tuning, held = train_model.split_by_date(_records(rows))
    assert [r.date for r in held] == ["2024-01", "2024-06-30", "2026"]
    assert sorted(r.date or "" for r in tuning) == ["", "2011-03-01", "2023", "2023-12-31"]


def test_adding_older_dated_records_moves_no_record_across():
    """What broke fc42's harvest: six old dated records moved the 20% boundary and one tuned-on record became held
    out. With a fixed cut the sides of the records already there do not depend on what else is in the pack."""
    base = [{"authority": "Kent Police", "url": f"https://example.police.uk/b{i}", "date": f"20{14 + i}-05-01"}
            for i in range(11)]  # 2014 .. 2024
    old = [{"authority": "Kent Police", "url": f"https://example.police.uk/old{i}", "date": f"2009-0{i + 1}-01"}
           for i in range(6)]
    _, held_before = train_model.split_by_date(_records(base))
    tuning_after, held_after = train_model.split_by_date(_records(base + old))
    assert {r.source_url for r in held_before} == {r.source_url for r in held_after} == {"https://example.police.uk/b10"}
    assert all(r.source_url.split("/")[-1].startswith("old") or r.date < "2024" for r in tuning_after)


def test_a_record_dated_just_the_cut_year_falls_by_its_id_as_the_old_order_put_it():
    """The 74 records dated just "2024" were split by id in the old (date, id) order; the fixed cut keeps that."""
    early, late = _records([{"authority": "Avon and Somerset Constabulary", "url": "https://example.police.uk/c1",
                             "date": train_model.HELD_OUT_FROM},
                            {"authority": "West Midlands Police", "url": "https://example.police.uk/c2",
                             "date": train_model.HELD_OUT_FROM}])
    assert early.id < train_model.HELD_OUT_FROM_ID < late.id
    assert not train_model.held_out(early) and train_model.held_out(late)


def test_eval_and_model_print_the_held_out_share():
    tuning, held = train_model.split_by_date(_records(
        [{"authority": "Kent Police", "url": f"https://example.police.uk/d{i}", "date": d}
         for i, d in enumerate(["2020-01-01", "2025-01-01", None, "2021-01-01"])]))
    line = train_model.held_share(tuning, held)
    assert "held out 1 of 4 records (25.0%" in line and "33.3% of the 3 dated" in line
    assert "held_share(tuning, held)" in (ROOT / "bench" / "eval.py").read_text()
