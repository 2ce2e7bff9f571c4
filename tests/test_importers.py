"""The importers: real published responses in every format come in with every field right."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askfoi import importers
from askfoi.importers import FORMATS, detect_format, import_paths, normalise_url, parse_file, parse_text
from askfoi.models import Outcome, Regime, SourceType

DATA = Path(__file__).parent / "data"
SEED_000 = "seeds/000_6400aced550ccce0.txt"
SEED_002 = "seeds/002_d32977970b450db8.txt"
CSV = "data/wdtk_childrens_social_care_requests.csv"
PUBLISHED = "data/published_responses.jsonl"
PUB_1234_URL = (
    "https://www.essex.police.uk/foi-ai/essex-police/other-information/previous-foi-requests/"
    "body-worn-video-bwv-cameras-with-facial-recognition-technology/"
)


@pytest.fixture(scope="module")
def wdtk(tmp_path_factory):
    shared = Path(__file__).resolve().parent.parent.parent / "shared"
    if not (shared / CSV).is_file():
        pytest.skip("../shared is not beside this checkout")
    return parse_file(shared / CSV)


def only(result):
    assert result.error is None, result.error
    assert not result.rejected, [str(p) for p in result.rejected]
    assert len(result.records) == 1
    return result.records[0]


# --- disclosure-log pages -------------------------------------------------------------------


def test_seed_000_imports_with_every_field(shared_dir):
    rec = only(parse_file(shared_dir / SEED_000, source_url=PUB_1234_URL))
    assert rec.id == "essex-pub-1234"
    assert rec.reference == "PUB 1234 / 15901"
    assert rec.title == "BWV - Facial Recognition Technology"
    assert rec.request_text.startswith("Please confirm whether your force in the last 12 months")
    assert rec.request_text.endswith("a copy of the resulting evaluation report or assessment.")
    assert rec.request_text.count("\n") == 2  # three request lines, nothing of the banner or the response
    assert rec.outcome_label == "Full Refusal Section 17 with Partial NCND"
    assert (rec.request_date, rec.response_date) == ("2021-07-19", "2021-08-10")
    assert rec.related_links == [
        "https://www.gov.uk/government/publications/home-office-biometrics-strategy",
        "https://homeofficemedia.blog.gov.uk/tag/facial-recognition-software/",
    ]
    assert rec.outcome == Outcome.not_held  # not held for overt use ...
    assert rec.ncnd is True  # ... neither confirm nor deny for covert use
    assert (rec.authority, rec.authority_type.value, rec.regime) == ("Essex Police", "police", Regime.FOIA)
    assert rec.source_url == PUB_1234_URL and rec.source_type == SourceType.disclosure_log
    assert rec.keywords[:4] == ["Body", "Worn", "Video", "BWV"] and "" not in rec.keywords
    assert rec.note is None


def test_seed_002_imports_with_every_field(shared_dir):
    rec = only(parse_file(shared_dir / SEED_002))
    assert rec.id == "essex-pub-1310"
    assert rec.reference == "PUB 1310 / 16076"
    assert rec.title == "Advanced CCTV - Products & Contracts"
    assert rec.request_text.splitlines()[0] == "A list of all Hikvision products your force owns or operates"
    assert len(rec.request_text.splitlines()) == 4
    assert rec.outcome_label == "Part Disclosure with Section 24, Section 31 and Section 23 Exemptions"
    assert (rec.request_date, rec.response_date) == ("2021-09-06", "2021-10-19")
    assert rec.related_links[-1] == "https://www.essex.police.uk/foi-ai/af/accessing-information/published-items/?q=facial"
    assert len(rec.related_links) == 3
    assert rec.outcome == Outcome.part_disclosed
    assert rec.ncnd is True
    assert rec.sections == ["23(5)", "24(2)", "31(3)"]
    assert rec.keywords[-1] == "Redacted"


def test_disclosure_log_without_source_url_points_at_the_log_search_and_says_so(shared_dir):
    rec = only(parse_file(shared_dir / SEED_002))
    assert rec.source_url.startswith("https://www.essex.police.uk/foi-ai/af/accessing-information/published-items/")
    assert rec.source_url.endswith("?q=PUB%201310")
    assert "search" in rec.note and "PUB 1310" in rec.note


def test_disclosure_log_authority_can_be_given(shared_dir):
    rec = only(parse_file(shared_dir / SEED_000, authority="Kent Police"))
    assert rec.authority == "Kent Police" and rec.authority_type.value == "police"


def test_disclosure_log_page_cut_short_is_rejected_not_raised(shared_dir, tmp_path):
    text = (shared_dir / SEED_000).read_text(encoding="utf-8")
    cut = tmp_path / "cut.txt"
    cut.write_text(text.split("Full Refusal")[0], encoding="utf-8")
    result = parse_file(cut)
    assert result.format == "disclosure-log" and not result.records
    assert "dates" in result.rejected[0].message and result.rejected[0].line == 9


# --- WhatDoTheyKnow CSV ------------------------------------------------------------------------


def test_wdtk_csv_every_row_imports(wdtk):
    assert wdtk.error is None and wdtk.format == "wdtk-csv"
    assert len(wdtk.records) == 4690 and not wdtk.rejected
    assert len({r.id for r in wdtk.records}) == 4690


def test_wdtk_csv_row_fields(wdtk):
    rec = next(r for r in wdtk.records if r.id == "wdtk-adoption_services_3")
    assert rec.title == "Adoption services"
    assert rec.authority == "Aberdeen City Council" and rec.authority_type.value == "council"
    assert rec.regime == Regime.FOISA  # a Scottish council
    assert rec.request_date == "2012-10-30"
    assert rec.outcome == Outcome.disclosed and rec.outcome_label == "Successful"
    assert rec.keywords == ["adoption"]
    assert rec.source_url == "https://www.whatdotheyknow.com/request/adoption_services_3"
    assert rec.source_type == SourceType.whatdotheyknow


def test_wdtk_csv_statuses_map_to_outcomes(wdtk):
    by_label: dict[str, set[Outcome]] = {}
    for r in wdtk.records:
        by_label.setdefault(r.outcome_label, set()).add(r.outcome)
    assert all(len(v) == 1 for v in by_label.values())
    assert by_label["Partially successful"] == {Outcome.part_disclosed}
    assert by_label["Information not held"] == {Outcome.not_held}
    assert by_label["Refused"] == {Outcome.refused}
    assert by_label["Withdrawn by the requester"] == {Outcome.withdrawn}
    for open_label in ("Awaiting classification", "Long overdue", "Waiting clarification", "Awaiting response"):
        assert not next(iter(by_label[open_label])).is_final, open_label


def test_wdtk_csv_hastings_rows_come_from_its_disclosure_log(wdtk):
    hastings = [r for r in wdtk.records if "hastings.gov.uk" in r.source_url]
    assert len(hastings) == 41
    assert {r.source_type for r in hastings} == {SourceType.disclosure_log}
    assert all(r.id.startswith("hastings-borough-council-") for r in hastings)


def test_wdtk_csv_fragment_is_dropped_from_the_address(wdtk):
    rec = next(r for r in wdtk.records if r.id == "wdtk-commissioning_of_services_for_ch")
    assert "#" not in rec.source_url


def test_wdtk_csv_bad_row_is_rejected_with_its_line(tmp_path):
    header = "FOIR,Status,Request Date,CSC FOIs on this LA,Authority Name,Request Title,LAs with same Request,Request URL,Source,Search Term,SSD-FOIR\n"
    good = ",Refused,30/09/2009,1,Barnsley Metropolitan Borough Council,Looked after children,1,https://www.whatdotheyknow.com/request/looked_after_children_under_cata_19,WhatDoTheyKnow,looked after children,\n"
    bad = ",Refused,30/09/2009,1,Barnsley Metropolitan Borough Council,Looked after children,1,not a link,WhatDoTheyKnow,x,\n"
    path = tmp_path / "export.csv"
    path.write_text(header + good + bad + good.replace("_19", "_20"), encoding="utf-8")
    result = parse_file(path)
    assert [r.id for r in result.records] == ["wdtk-looked_after_children_under_cata_19", "wdtk-looked_after_children_under_cata_20"]
    assert [(p.line, "Request URL" in p.message) for p in result.rejected] == [(3, True)]


# --- JSON lines ---------------------------------------------------------------------------------


def test_published_responses_jsonl(shared_dir):
    result = parse_file(shared_dir / PUBLISHED)
    assert result.format == "jsonl" and not result.rejected and len(result.records) == 58
    assert all(r.source_url.startswith("http") for r in result.records)
    personal = [r for r in result.records if r.outcome_label == "personal_data"]
    assert len(personal) == 2
    assert all(r.outcome == Outcome.refused and any(s.startswith("40") for s in r.sections) for r in personal)
    assert {r.source_type for r in result.records} == set(SourceType)
    drones = next(r for r in result.records if "PUB 1056" in r.title)
    assert drones.outcome == Outcome.ncnd and drones.ncnd and drones.response_date == "2020-09-18"
    assert any(r.regime == Regime.EIR for r in result.records)  # the 'EIR 12(5)(e)' case


def test_published_responses_date_is_the_request_date_when_the_note_says_so(shared_dir):
    result = parse_file(shared_dir / PUBLISHED)
    rec = next(r for r in result.records if "Police Officer headcount" in r.title)
    assert (rec.request_date, rec.response_date) == ("2022-01-11", None)


def test_own_pack_lines_round_trip(shared_dir, tmp_path):
    first = tmp_path / "pack.jsonl"
    import_paths([shared_dir / PUBLISHED], into=first)
    again = parse_file(first)
    original = parse_file(shared_dir / PUBLISHED)
    assert again.format == "jsonl" and not again.rejected
    assert sorted(r.model_dump_json() for r in again.records) == sorted(r.model_dump_json() for r in original.records)


def test_jsonl_bad_line_is_rejected_with_its_line_number(shared_dir, tmp_path):
    lines = (shared_dir / PUBLISHED).read_text(encoding="utf-8").splitlines()[:3]
    lines.insert(1, '{"authority": "Essex Police", "outcome_class": "maybe", "url": "https://example.org/x"}')
    lines.insert(2, "{not json")
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = parse_file(path)
    assert len(result.records) == 3
    assert [p.line for p in result.rejected] == [2, 3]


# --- Alaveteli JSON -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, count", [("alaveteli_one.json", 1), ("alaveteli_list.json", 3), ("alaveteli_lines.jsonl", 2)]
)
def test_alaveteli_json_shapes(name, count):
    result = parse_file(DATA / name)
    assert result.format == "alaveteli-json" and not result.rejected
    assert len(result.records) == count
    for rec in result.records:
        assert rec.id == "wdtk-" + rec.source_url.rsplit("/", 1)[1]
        assert rec.source_url.startswith("https://www.whatdotheyknow.com/request/")
        assert rec.source_type == SourceType.whatdotheyknow


def test_alaveteli_json_fields():
    by_id = {r.id: r for r in parse_file(DATA / "alaveteli_list.json").records}
    refused = by_id["wdtk-looked_after_children_under_cata_19"]
    assert refused.outcome == Outcome.refused and refused.request_date == "2009-09-30"
    assert refused.authority_type.value == "council" and refused.regime == Regime.FOIA
    assert by_id["wdtk-looked_after_children_2027"].outcome == Outcome.not_held
    assert by_id["wdtk-protecting_human_rights_in_care_115"].regime == Regime.FOISA  # Aberdeenshire
    withdrawn = parse_file(DATA / "alaveteli_lines.jsonl").records
    assert [r.outcome for r in withdrawn] == [Outcome.withdrawn, Outcome.pending]


def test_alaveteli_eir_and_response_date_from_events():
    text = json.dumps(
        {
            "url_title": "shape_check",
            "title": "Shape check",
            "created_at": "2020-01-02T10:00:00Z",
            "described_state": "successful",
            "law_used": "eir",
            "public_body": {"name": "Somewhere District Council"},
            "info_request_events": [
                {"event_type": "sent", "created_at": "2020-01-02T10:00:00Z"},
                {"event_type": "response", "created_at": "2020-01-20T09:00:00Z"},
                {"event_type": "response", "created_at": "2020-01-28T09:00:00Z"},
            ],
        }
    )
    rec = only(parse_text(text))
    assert rec.regime == Regime.EIR
    assert (rec.request_date, rec.response_date) == ("2020-01-02", "2020-01-28")


# --- detection --------------------------------------------------------------------------------------


def test_format_detection(shared_dir):
    expected = {
        shared_dir / SEED_000: "disclosure-log",
        shared_dir / CSV: "wdtk-csv",
        shared_dir / PUBLISHED: "jsonl",
        DATA / "alaveteli_one.json": "alaveteli-json",
        DATA / "alaveteli_list.json": "alaveteli-json",
        DATA / "alaveteli_lines.jsonl": "alaveteli-json",
        shared_dir / "data/SOURCE.md": None,
        shared_dir / "domain.md": None,
    }
    for path, fmt in expected.items():
        assert detect_format(path, path.read_text(encoding="utf-8")) == fmt, path


# --- importing: dedupe, --into, broken files, atomic writes -----------------------------------------


def test_reimport_adds_nothing(shared_dir, tmp_path):
    target = tmp_path / "out.jsonl"
    paths = [shared_dir / SEED_000, shared_dir / SEED_002, shared_dir / PUBLISHED]
    first = import_paths(paths, into=target)
    assert (first.imported, first.duplicates, first.rejected, first.errors) == (60, 0, 0, [])
    before = target.read_bytes()
    second = import_paths(paths, into=target)
    assert (second.imported, second.duplicates) == (0, 60)
    assert target.read_bytes() == before


def test_same_page_at_a_differently_written_address_is_a_duplicate(shared_dir, tmp_path):
    target = tmp_path / "out.jsonl"
    import_paths([shared_dir / SEED_000], into=target, source_url=PUB_1234_URL)
    variant = PUB_1234_URL.replace("https://www.essex", "http://WWW.Essex").rstrip("/") + "#top"
    report = import_paths([shared_dir / SEED_000], into=target, source_url=variant)
    assert (report.imported, report.duplicates) == (0, 1)


def test_normalise_url():
    assert normalise_url("http://WhatDoTheyKnow.com/request/x/#incoming-1") == normalise_url(
        "https://whatdotheyknow.com/request/x"
    )
    assert normalise_url("https://a.org/x?id=1") != normalise_url("https://a.org/x?id=2")


def test_import_goes_to_the_default_target_and_skips_what_the_pack_has(shared_dir, tmp_path, monkeypatch):
    target = tmp_path / "knowledge" / "responses" / "imported.jsonl"
    monkeypatch.setattr(importers, "default_import_target", lambda: target)
    new = tmp_path / "new.csv"
    new.write_text(
        "Status,Request Date,Authority Name,Request Title,Request URL\n"
        "Successful,01/02/2020,Kent County Council,Not in the pack,https://www.whatdotheyknow.com/request/not_in_pack_x\n",
        encoding="utf-8",
    )
    report = import_paths([shared_dir / SEED_002, new])
    assert report.target == target and (report.imported, report.duplicates) == (1, 1)
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "wdtk-not_in_pack_x"


def test_broken_files_are_reported_and_the_rest_still_import(shared_dir, tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 10)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    prose = tmp_path / "notes.txt"
    prose.write_text("Some notes about FOI that are no export at all.\n")
    missing = tmp_path / "missing.csv"
    target = tmp_path / "out.jsonl"
    report = import_paths([binary, shared_dir / SEED_000, empty, prose, missing], into=target)
    assert report.imported == 1
    assert [e.split(":")[0] for e in report.errors] == [str(binary), str(empty), str(prose), str(missing)]
    assert "binary" in report.errors[0] and "empty" in report.errors[1]
    assert "not a format" in report.errors[2] and "no such file" in report.errors[3]


def test_a_failed_write_leaves_the_pack_as_it_was(shared_dir, tmp_path, monkeypatch):
    target = tmp_path / "out.jsonl"
    import_paths([shared_dir / SEED_000], into=target)
    before = target.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(importers.os, "replace", broken_replace)
    with pytest.raises(OSError):
        import_paths([shared_dir / SEED_002], into=target)
    assert target.read_bytes() == before
    assert os.listdir(tmp_path) == ["out.jsonl"]  # no temporary file left behind


def test_new_records_are_written_sorted_by_id(tmp_path):
    target = tmp_path / "out.jsonl"
    import_paths([DATA / "alaveteli_list.json"], into=target)
    ids = [json.loads(line)["id"] for line in target.read_text(encoding="utf-8").splitlines()]
    assert ids == sorted(ids) and len(ids) == 3


# --- no input makes a parser raise ------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), fmt=st.sampled_from(("auto",) + FORMATS))
def test_parsers_never_raise_on_any_text(text, fmt):
    result = parse_text(text, fmt)
    assert result.error is None or result.error.startswith("<text>:")
    for problem in result.rejected:
        assert problem.message


_LINES = st.sampled_from(
    [
        "PUB 12",
        "PUB 999999",
        "15901",
        "N/A",
        "19 July 2021",
        "31 February 2021",
        "https://example.org/a",
        "Part Disclosure with Section 24 Exemptions",
        "Full Refusal Section 17 with Partial NCND",
        "Section 23(5) Information",
        "a, b, c,",
        "",
    ]
)


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(st.one_of(_LINES, st.text(max_size=30)), max_size=25))
def test_disclosure_log_parser_never_raises_on_page_like_text(lines):
    result = parse_text("\n".join(lines), "disclosure-log")
    assert result.error is None
    assert len(result.records) + len(result.rejected) == 1


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=600))
def test_any_bytes_in_a_file_give_records_or_a_reason(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "input"
    path.write_bytes(data)
    result = parse_file(path)
    assert result.error is not None or result.format in FORMATS


def test_forcing_the_wrong_format_rejects_instead_of_guessing(shared_dir):
    as_csv = parse_file(shared_dir / SEED_000, "wdtk-csv")
    assert not as_csv.records and "missing columns" in as_csv.rejected[0].message
    as_log = parse_file(shared_dir / CSV, "disclosure-log")
    assert not as_log.records and "PUB" in as_log.rejected[0].message


def test_variants_of_one_body_name_are_merged_and_legacy_bodies_kept_apart():
    """Records are counted per body: a clear variant of a listed name is that body; a legacy body
    with its own entry stays itself; a name the resolver is unsure of is never merged into a neighbour."""
    from askfoi.importers import authority_facts

    assert authority_facts("Police Service of Scotland").name == authority_facts("Police Scotland").name
    assert authority_facts("Ministry of Defence (Army Secretariat)").name == authority_facts("Ministry of Defence").name
    assert authority_facts("Strathclyde Police").name == "Strathclyde Police"
    assert authority_facts("Strathclyde Police").name != authority_facts("Police Scotland").name
    assert authority_facts("Essex Fire Authority").name == "Essex Fire Authority"  # not East Sussex's service
    assert authority_facts("Bogwater Town Council").name == "Bogwater Town Council"
