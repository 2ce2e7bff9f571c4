"""Once the index is built, kb stats, match and the chatbot's warm-up never load the past responses."""

from __future__ import annotations

import json

import pytest

from askfoi import knowledge, matching
from askfoi.cli import main
from askfoi.knowledge import Problem, iter_responses


def _refuse(*args, **kwargs):
    raise AssertionError("the past responses were loaded")


@pytest.fixture
def built(capsys):
    knowledge.get_knowledge.cache_clear()
    matching.get_matcher.cache_clear()
    assert main(["kb", "stats", "--json"]) == 0  # builds the index if it is not there yet
    first = json.loads(capsys.readouterr().out)
    matching.get_matcher.cache_clear()
    knowledge.get_knowledge.cache_clear()
    yield first
    matching.get_matcher.cache_clear()
    knowledge.get_knowledge.cache_clear()


def test_kb_stats_match_and_warm_up_read_the_index_only(built, monkeypatch, capsys):
    monkeypatch.setattr(knowledge, "iter_responses", _refuse)
    monkeypatch.setattr(knowledge, "load_knowledge", _refuse)
    assert main(["kb", "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats == built
    assert stats["total"] == sum(stats["by_outcome"].values()) == sum(stats["by_authority_type"].values())
    assert stats["ncnd"] > 0 and stats["ncnd_unknown"] > 0
    assert main(["match", "Does the force use IMSI catchers?", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["forecast"]["parts"]
    matcher = matching.warm_up()
    assert matcher.n_docs == stats["total"]


def test_records_are_streamed_and_duplicates_reported(tmp_path):
    folder = tmp_path / "responses"
    folder.mkdir()
    line = {"id": "same-id", "authority": "Kent Police", "authority_type": "police", "title": "T",
            "outcome": "disclosed", "source_url": "https://example.org/1", "source_type": "disclosure_log"}
    (folder / "a.jsonl").write_text(json.dumps(line) + "\n{broken\n", encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    problems: list[Problem] = []
    stream = iter_responses([tmp_path], problems)
    assert next(stream).id == "same-id"
    assert list(stream) == []
    assert len(problems) == 2 and any("duplicate id" in p.message for p in problems)
