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


def test_copy_keeps_format_fields_and_drops_records_without_an_address_or_outcome(tmp_path):
    src = tmp_path / "x_records.jsonl"
    rows = [
        {**RECORD, "invented": "field", "parts": [{**RECORD["parts"][0], "extra": 1}]},
        {**RECORD, "url": "http://example.police.uk/old"},  # an http page is a real address
        {**RECORD, "url": "example.police.uk/no-scheme"},
        {**RECORD, "url": "https://example.police.uk/2", "outcome_class": "unclear"},
        {**RECORD, "url": "https://example.police.uk/foi/616-25/"},  # same page again
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    counts = harvest_sources.copy(src, tmp_path / "out.jsonl")
    kept = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert counts["kept"] == 2 and len(kept) == 2
    assert "http://example.police.uk/old" in {r["url"] for r in kept}
    assert all("invented" not in r and "extra" not in r["parts"][0] for r in kept)
    assert counts["left out: no web address"] == 1 and counts["left out: no known outcome"] == 1


def test_shipped_pack_topics_are_known_and_status_only_records_are_unknown():
    kb = get_knowledge()
    known = topic_tags()
    assert all(t in known for r in kb.responses for t in r.topics)
    from askfoi.knowledge import load_jsonl, shipped_knowledge_dir
    from askfoi.models import PublishedResponse

    csc = shipped_knowledge_dir() / "responses" / "wdtk_childrens_social_care.jsonl"
    wdtk = [r for r in load_jsonl(csc, PublishedResponse)[0] if r.source_type.value == "whatdotheyknow"]
    assert wdtk and all(r.ncnd is None and not r.sections_known for r in wdtk)  # a status line shows neither
    assert sum(r.ncnd is True for r in kb.responses) > 0


# --- authorities: the publicbodies list -------------------------------------------------------------

def test_every_authority_in_the_harvested_records_resolves_to_itself():
    from askfoi.authorities import resolve_authority

    kb = get_knowledge()
    harvested = {r.authority for r in kb.responses if r.topics or r.parts}
    assert harvested
    from askfoi.authorities import default_index, normalise

    index = default_index()
    for name in harvested:
        found = resolve_authority(name)
        assert found is not None and found.known, name
        # itself, or a name variant of the same body: never a body of another place (tr4: "Liverpool
        # University Hospitals NHS Foundation Trust" used to count as known by resolving to University
        # Hospitals Sussex)
        assert all(p in normalise(found.name).split() for p in index.place_words(normalise(name))), (name, found.name)


def test_publicbodies_rows_become_authorities_with_law_from_tags():
    import publicbodies

    vocab = publicbodies._tags_vocab()

    def row(name, tags, url="https://example.org"):
        return publicbodies.authority_from_row({"name": name, "tags": tags, "url": url, "abbreviation": "XB"}, vocab)

    scot = row("Example Board", "scotland nhs health_board")
    assert (scot.type.value, scot.nation.value, scot.regime.value) == ("nhs", "scotland", "FOISA")
    assert scot.aliases == ["XB"] and scot.listed_by == "publicbodies"
    assert row("Example Water", "watercompanies eir_only").regime.value == "EIR"
    not_foi = row("Example Charity", "foi_no")
    assert not not_foi.covered and not_foi.note
    assert row("Example PCT", "nhs pct").defunct and row("Old Body", "defunct").defunct
    assert row("Belfast Example Trust", "").nation.value == "northern_ireland"


def test_defunct_and_uncovered_bodies_are_never_suggested_before_current_ones():
    from askfoi.authorities import AuthorityIndex
    from askfoi.models import Authority

    bodies = [
        Authority(name="Sample Police Authority", type="police", nation="england", regime="FOIA", defunct=True,
                  listed_by="publicbodies"),
        Authority(name="Sample Police", type="police", nation="england", regime="FOIA"),
        Authority(name="Sample Police Federation", type="police", nation="england", regime="FOIA", covered=False,
                  note="not covered", listed_by="publicbodies"),
    ]
    names = [a.name for a in AuthorityIndex(bodies).suggest("sample pol")]
    assert names[0] == "Sample Police"
    assert "Sample Police Federation" not in names
    assert names.index("Sample Police Authority") > names.index("Sample Police")
    assert AuthorityIndex(bodies).resolve("Sample Pol").name == "Sample Police"


def test_curated_authorities_win_name_clashes():
    from askfoi.authorities import normalise
    from askfoi.knowledge import load_jsonl, shipped_knowledge_dir
    from askfoi.models import Authority

    root = shipped_knowledge_dir()
    curated = {normalise(n) for a in load_jsonl(root / "authorities.jsonl", Authority)[0] for n in (a.name, *a.aliases)}
    generated = load_jsonl(root / "authorities_publicbodies.jsonl", Authority)[0]
    assert len(generated) > 4000
    assert not [a.name for a in generated if normalise(a.name) in curated]


# --- make eval's split and leave-one-out counts ------------------------------------------------------

def test_eval_holds_out_the_records_from_the_fixed_cut_on_and_never_undated_records():
    import eval as bench_eval

    rows = [{**RECORD, "url": f"https://example.police.uk/{i}", "date": f"20{18 + i}-01-01" if i < 10 else None}
            for i in range(12)]
    records = parse_text("\n".join(json.dumps(r) for r in rows), "jsonl").records
    tuning, held = bench_eval.split_by_date(records)
    assert bench_eval.split_by_date is __import__("train_model").split_by_date  # one split for eval and model
    assert {r.date for r in held} == {f"20{y}-01-01" for y in range(24, 28)}
    assert len(tuning) == 8 and all(r.date is None or r.date < "2024" for r in tuning)


def test_eval_leaves_a_record_out_of_the_topic_counts():
    import eval as bench_eval
    from askfoi.ncnd_topics import count_pack

    records = parse_text(json.dumps(RECORD), "jsonl").records
    counted = count_pack(records)
    left = bench_eval.subtract(counted, count_pack(records))
    assert counted["facial_recognition"]["counted"]["all"] == [1, 1]
    assert left["facial_recognition"]["counted"]["all"] == [0, 0]


def test_kb_show_says_what_the_source_did_not_show(capsys):
    from askfoi.cli import main

    wdtk = next(r for r in get_knowledge().responses if r.ncnd is None and not r.sections_known)
    assert main(["kb", "show", wdtk.id]) == 0
    out = capsys.readouterr().out
    assert "not shown" in out


def test_proxy_mirror_hosts_are_left_out_by_shape_with_a_counted_reason(tmp_path):
    # shapes, not today's hosts: none of these hosts is in the harvest
    mirrors = [
        "https://5531902.qwerty-mirror.group/foi/disclosure-log/123",  # numeric label
        "https://88120.k3vd9xq2.asia/foi-responses/parking",  # numeric + random labels
        "https://a8zq4kk2p.example-cdn.net/news/some-story",  # random-looking label
        "https://foi-reader.someone.workers.dev/request/abc",  # a fetch-proxy platform
        "https://gov-copy.vercel.app/x",
        "https://read2.poems.site/government/publications/home-office-foi-release",  # gov.uk's path elsewhere
        "https://copy.example.com/ew/cases/EWHC/Admin/2020/1.html",  # bailii's path elsewhere
    ]
    real = [
        "https://ww2.northumbria.police.uk/foi/1",
        "https://www.nhs24.scot/foi/2",
        "https://1library.net/document/abc",
        "https://www.gov.uk/government/publications/foi-release-1",
        "https://www.bailii.org/ew/cases/EWHC/Admin/2020/1.html",
        "https://www.whatdotheyknow.com/request/parking_fines_12",
        "https://www.essex.police.uk/foi-ai/essex-police/disclosure-log/2024/",
    ]
    assert all(harvest_sources.mirror_host(u) for u in mirrors), [u for u in mirrors if not harvest_sources.mirror_host(u)]
    assert not any(harvest_sources.mirror_host(u) for u in real), [u for u in real if harvest_sources.mirror_host(u)]
    src = tmp_path / "m_records.jsonl"
    src.write_text("\n".join(json.dumps({**RECORD, "url": u}) for u in mirrors + real) + "\n")
    counts = harvest_sources.copy(src, tmp_path / "out.jsonl")
    assert counts["kept"] == len(real)
    assert sum(v for k, v in counts.items() if k.startswith("left out: proxy mirror")) == len(mirrors)
    kept = {json.loads(line)["url"] for line in (tmp_path / "out.jsonl").read_text().splitlines()}
    assert kept == set(real)


def test_each_copied_record_names_its_harvest_and_the_pack_keeps_it(tmp_path):
    src = tmp_path / "ncnd9_records.jsonl"
    src.write_text(json.dumps(RECORD) + "\n")
    harvest_sources.copy(src, tmp_path / "out.jsonl", harvest="ncnd9")
    copied = json.loads((tmp_path / "out.jsonl").read_text())
    assert copied["harvest"] == "ncnd9"
    assert _one(copied).harvest == "ncnd9"
    assert _one(RECORD).harvest is None  # a record that does not say stays unknown


def test_records_from_ncnd_targeted_harvests_are_not_counted_in_the_ncnd_shares():
    from askfoi.ncnd_topics import count_pack, ncnd_targeted

    general = _one({**RECORD, "harvest": "police9"})
    targeted = _one({**RECORD, "url": "https://example.police.uk/foi/2", "harvest": "ncnd12"})
    assert ncnd_targeted(targeted) and not ncnd_targeted(general) and not ncnd_targeted(_one(RECORD))
    both = count_pack([general, targeted])
    assert both["facial_recognition"]["counted"]["all"] == count_pack([general])["facial_recognition"]["counted"]["all"]
    assert count_pack([targeted])["facial_recognition"]["counted"] == {}


def test_the_shipped_pack_knows_which_harvest_each_harvested_record_came_from():
    from askfoi.knowledge import load_jsonl, shipped_knowledge_dir
    from askfoi.models import PublishedResponse
    from askfoi.ncnd_topics import ncnd_targeted

    folder = shipped_knowledge_dir() / "responses"
    targeted = general = 0
    for f in sorted(folder.glob("harvest_*.jsonl")):
        records = load_jsonl(f, PublishedResponse)[0]
        assert all(r.harvest == f.stem[len("harvest_"):] for r in records), f.name
        targeted += sum(map(ncnd_targeted, records))
        general += sum(not ncnd_targeted(r) for r in records)
    assert targeted and general > targeted


def test_session_26_ncnd_harvest_is_declared_as_searched_for_ncnd_and_the_general_one_is_not():
    """kn26ncnd_records.jsonl was found by searching for NCND answers (knowledge/vocab/harvest_sampling.yaml);
    kn26_records.jsonl was a general sampling of bodies short of issue 9's coverage aims."""
    from askfoi.knowledge import load_jsonl, shipped_knowledge_dir
    from askfoi.models import PublishedResponse
    from askfoi.ncnd_topics import ncnd_targeted

    folder = shipped_knowledge_dir() / "responses"
    targeted = load_jsonl(folder / "harvest_kn26ncnd.jsonl", PublishedResponse)[0]
    general = load_jsonl(folder / "harvest_kn26.jsonl", PublishedResponse)[0]
    assert targeted and all(map(ncnd_targeted, targeted))
    assert all(r.ncnd is True for r in targeted)
    assert general and not any(map(ncnd_targeted, general))


def test_retired_held_out_sets_are_declared_as_searched_for_ncnd_and_kept_out_of_the_ncnd_shares():
    """harvest_retired_ncnd holds the retired held-out sets (realreq10/11, fresh18/19, session 28): built by
    searching for NCND answers and a quota of outcomes, so none of its records may count in how often bodies use
    NCND, whatever its own answer was."""
    from askfoi.knowledge import load_jsonl, shipped_knowledge_dir
    from askfoi.models import PublishedResponse
    from askfoi.ncnd_topics import count_pack, ncnd_targeted

    records = load_jsonl(shipped_knowledge_dir() / "responses" / "harvest_retired_ncnd.jsonl", PublishedResponse)[0]
    assert len(records) >= 100
    assert all(map(ncnd_targeted, records))
    assert any(r.ncnd is True for r in records) and any(r.ncnd is False for r in records)
    # a cost refusal under s12(2) ("cannot confirm or deny on cost") is not NCND
    assert all(r.ncnd is False for r in records if r.sections == ["12(2)"])
    counted = count_pack(records)
    assert all(not table[kind] for t in counted.values() for kind in ("counted", "counted_overt") for table in [t])
    untagged = [r.model_copy(update={"harvest": "general"}) for r in records]
    assert any(t["counted"] or t["counted_overt"] for t in count_pack(untagged).values())
