"""`askfoi kb import|stats|validate|show` as a person at a terminal sees them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from askfoi import knowledge
from askfoi.cli import main
from askfoi.models import Outcome

SEED_000 = "seeds/000_6400aced550ccce0.txt"
SEED_002 = "seeds/002_d32977970b450db8.txt"


@pytest.fixture(autouse=True)
def fresh_pack():
    """Each test loads the pack itself (a test may add a file to the user's knowledge folder)."""
    knowledge.get_knowledge.cache_clear()
    knowledge._warned = False
    yield
    knowledge.get_knowledge.cache_clear()


def user_responses_dir() -> Path:
    d = Path(os.environ["ASKFOI_DATA_DIR"]) / "knowledge" / "responses"
    d.mkdir(parents=True, exist_ok=True)
    return d


def test_import_into_file_prints_counts(shared_dir, tmp_path, capsys):
    target = tmp_path / "mine.jsonl"
    assert main(["kb", "import", str(shared_dir / SEED_000), str(shared_dir / SEED_002), "--into", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Imported 2 past responses" in out and "0 already there, 0 rejected" in out
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert main(["kb", "import", str(shared_dir / SEED_000), "--into", str(target), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["imported"], report["duplicates"], report["rejected"]) == (0, 1, 0)


def test_import_source_url_and_authority_options(shared_dir, tmp_path, capsys):
    target = tmp_path / "mine.jsonl"
    url = "https://www.essex.police.uk/foi-ai/essex-police/other-information/previous-foi-requests/advanced-cctv---products-and-contracts/"
    code = main(["kb", "import", str(shared_dir / SEED_002), "--into", str(target), "--source-url", url])
    assert code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["source_url"] == url


def test_source_url_for_several_files_is_refused(shared_dir, tmp_path, capsys):
    code = main(
        ["kb", "import", str(shared_dir / SEED_000), str(shared_dir / SEED_002), "--into", str(tmp_path / "x.jsonl"),
         "--source-url", "https://example.org/page"]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "one file" in err


def test_unreadable_file_gives_one_line_exit_2_and_the_others_still_import(shared_dir, tmp_path, capsys):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 4)
    target = tmp_path / "mine.jsonl"
    code = main(["kb", "import", str(junk), str(shared_dir / SEED_002), str(tmp_path / "nope.csv"), "--into", str(target)])
    assert code == 2
    out, err = capsys.readouterr()
    assert "Imported 1 past response " in out
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert str(junk) in lines[0] and "binary" in lines[0]
    assert "nope.csv" in lines[1] and "no such file" in lines[1]
    assert "Traceback" not in err


def test_rejected_rows_are_shown_with_their_lines(tmp_path, capsys):
    src = tmp_path / "rows.jsonl"
    src.write_text('{"authority": "Kent Police", "outcome_class": "refused", "url": "https://example.org/a", "title": "A", "source_type": "disclosure_log"}\n'
                   '{"authority": "Kent Police", "outcome_class": "refused"}\n', encoding="utf-8")
    assert main(["kb", "import", str(src), "--into", str(tmp_path / "out.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "Imported 1 past response " in out and "1 rejected" in out
    assert f"{src}:2:" in out


def test_import_into_a_binary_file_is_refused(shared_dir, tmp_path, capsys):
    target = tmp_path / "pack.jsonl"
    target.write_bytes(b"\x00\x01\x02")
    assert main(["kb", "import", str(shared_dir / SEED_000), "--into", str(target)]) == 2
    assert "binary" in capsys.readouterr().err
    assert target.read_bytes() == b"\x00\x01\x02"


def test_stats_json_on_the_real_pack(capsys):
    assert main(["kb", "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["total"] >= 4700  # grows as harvests are added
    assert set(stats["by_outcome"]) <= {o.value for o in Outcome}
    assert sum(stats["by_outcome"].values()) == stats["total"]
    assert sum(stats["by_authority_type"].values()) == stats["total"]
    assert stats["by_source_type"]["whatdotheyknow"] > 4000
    assert stats["by_source_type"]["disclosure_log"] >= 41 + 2
    assert set(stats["by_regime"]) >= {"FOIA", "FOISA"}


def test_stats_plain_text_is_a_readable_table(capsys):
    assert main(["kb", "stats"]) == 0
    out = capsys.readouterr().out
    assert "past responses" in out and "information not held" in out and "council" in out


def test_import_into_the_users_folder_skips_what_the_shipped_pack_has(shared_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    main(["kb", "stats", "--json"])
    before = json.loads(capsys.readouterr().out)["total"]
    user_file = Path(os.environ["ASKFOI_DATA_DIR"]) / "knowledge" / "responses" / "imported.jsonl"
    assert not user_file.parent.exists()  # a first import, as from an installed copy
    extra = tmp_path / "more.csv"
    extra.write_text(
        "Status,Request Date,Authority Name,Request Title,Request URL\n"
        "Refused,30/09/2009,Barnsley Metropolitan Borough Council,Looked after children,"
        "https://www.whatdotheyknow.com/request/looked_after_children_under_cata_19\n"
        "Successful,01/02/2020,Kent County Council,A request not in the pack,"
        "https://www.whatdotheyknow.com/request/not_in_the_pack_for_this_test\n",
        encoding="utf-8",
    )
    code = main(["kb", "import", str(shared_dir / "data/published_responses.jsonl"), str(extra),
                 "--into", str(user_file), "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["imported"], report["duplicates"]) == (1, 59)
    knowledge.get_knowledge.cache_clear()
    main(["kb", "stats", "--json"])
    assert json.loads(capsys.readouterr().out)["total"] == before + 1


def test_validate_finds_a_broken_line(capsys):
    bad = user_responses_dir() / "broken.jsonl"
    good = knowledge.shipped_knowledge_dir() / "responses" / "essex_disclosure_log.jsonl"
    first = good.read_text(encoding="utf-8").splitlines()[0]
    record = json.loads(first)
    record["id"] = "my-own-1"
    record["source_url"] = "https://example.org/1"
    broken = dict(record, id="my-own-2", outcome="maybe")
    bad.write_text(json.dumps(record) + "\n" + json.dumps(broken) + "\n{oops\n", encoding="utf-8")
    assert main(["kb", "validate"]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:2: outcome" in out
    assert f"{bad}:3: not valid JSON" in out
    assert f"{bad}:1:" not in out


def test_show_a_record_with_its_source(capsys):
    assert main(["kb", "show", "essex-pub-1310"]) == 0
    out = capsys.readouterr().out
    assert "Advanced CCTV - Products & Contracts" in out
    assert "Essex Police" in out and "partly given" in out and "23(5)" in out
    assert "advanced-cctv---products-and-contracts" in out


def test_show_json(capsys):
    assert main(["kb", "show", "wdtk-adoption_services_3", "--json"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["source_url"] == "https://www.whatdotheyknow.com/request/adoption_services_3"


def test_show_unknown_id_suggests_close_ones(capsys):
    assert main(["kb", "show", "essex-pub-131"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "essex-pub-1310" in err
