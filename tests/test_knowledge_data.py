"""The shipped authorities and exemptions: valid, unambiguous, and true to domain.md and the shared data.

These are the facts askfoi tells people (which law applies, the cost limit, what a cited section means),
so a wrong record here is a wrong answer on screen.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from askfoi.authorities import resolve_authority
from askfoi.knowledge import load_jsonl, load_knowledge
from askfoi.models import Authority, AuthorityType, Exemption, Nation, Regime

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"

# The territorial police forces of the UK (43 in England and Wales, Police Scotland, PSNI) and BTP:
# the task's own list of what must be present.
TERRITORIAL_FORCES = (
    "Avon and Somerset Constabulary", "Bedfordshire Police", "Cambridgeshire Constabulary", "Cheshire Constabulary",
    "City of London Police", "Cleveland Police", "Cumbria Constabulary", "Derbyshire Constabulary",
    "Devon and Cornwall Police", "Dorset Police", "Durham Constabulary", "Dyfed-Powys Police", "Essex Police",
    "Gloucestershire Constabulary", "Greater Manchester Police", "Gwent Police",
    "Hampshire and Isle of Wight Constabulary", "Hertfordshire Constabulary", "Humberside Police", "Kent Police",
    "Lancashire Constabulary", "Leicestershire Police", "Lincolnshire Police", "Merseyside Police",
    "Metropolitan Police Service", "Norfolk Constabulary", "North Wales Police", "North Yorkshire Police",
    "Northamptonshire Police", "Northumbria Police", "Nottinghamshire Police", "South Wales Police",
    "South Yorkshire Police", "Staffordshire Police", "Suffolk Constabulary", "Surrey Police", "Sussex Police",
    "Thames Valley Police", "Warwickshire Police", "West Mercia Police", "West Midlands Police",
    "West Yorkshire Police", "Wiltshire Police", "Police Scotland", "Police Service of Northern Ireland",
)
GOVERNMENT = {AuthorityType.central_government, AuthorityType.devolved_government}
# Every fire and rescue service of England (44), and the ambulance services of the four nations.
ENGLISH_FIRE_SERVICES = (
    "Avon Fire and Rescue Service", "Bedfordshire Fire and Rescue Service", "Buckinghamshire Fire and Rescue Service",
    "Cambridgeshire Fire and Rescue Service", "Cheshire Fire and Rescue Service", "Cleveland Fire Brigade",
    "Cornwall Fire and Rescue Service", "County Durham and Darlington Fire and Rescue Service",
    "Cumbria Fire and Rescue Service", "Derbyshire Fire and Rescue Service", "Devon and Somerset Fire and Rescue Service",
    "Dorset and Wiltshire Fire and Rescue Service", "East Sussex Fire and Rescue Service",
    "Essex County Fire & Rescue Service", "Gloucestershire Fire and Rescue Service",
    "Greater Manchester Fire and Rescue Service", "Hampshire and Isle of Wight Fire and Rescue Service",
    "Hereford and Worcester Fire and Rescue Service", "Hertfordshire Fire and Rescue Service",
    "Humberside Fire and Rescue Service", "Isles of Scilly Fire and Rescue Service", "Kent Fire and Rescue Service",
    "Lancashire Fire and Rescue Service", "Leicestershire Fire and Rescue Service", "Lincolnshire Fire and Rescue",
    "London Fire Brigade", "Merseyside Fire and Rescue Service", "Norfolk Fire and Rescue Service",
    "North Yorkshire Fire and Rescue Service", "Northamptonshire Fire and Rescue Service",
    "Northumberland Fire and Rescue Service", "Nottinghamshire Fire and Rescue Service",
    "Oxfordshire Fire and Rescue Service", "Royal Berkshire Fire and Rescue Service",
    "Shropshire Fire and Rescue Service", "South Yorkshire Fire and Rescue", "Staffordshire Fire and Rescue Service",
    "Suffolk Fire and Rescue Service", "Surrey Fire and Rescue Service", "Tyne and Wear Fire and Rescue Service",
    "Warwickshire Fire and Rescue Service", "West Midlands Fire Service", "West Sussex Fire and Rescue Service",
    "West Yorkshire Fire and Rescue Service",
)
AMBULANCE_SERVICES = {
    "East Midlands Ambulance Service NHS Trust": Nation.england,
    "East of England Ambulance Service NHS Trust": Nation.england,
    "London Ambulance Service NHS Trust": Nation.england,
    "North East Ambulance Service NHS Foundation Trust": Nation.england,
    "North West Ambulance Service NHS Trust": Nation.england,
    "South Central Ambulance Service NHS Foundation Trust": Nation.england,
    "South East Coast Ambulance Service NHS Foundation Trust": Nation.england,
    "South Western Ambulance Service NHS Foundation Trust": Nation.england,
    "West Midlands Ambulance Service University NHS Foundation Trust": Nation.england,
    "Yorkshire Ambulance Service NHS Trust": Nation.england,
    "Welsh Ambulance Services University NHS Trust": Nation.wales,
    "Scottish Ambulance Service": Nation.scotland,
    "Northern Ireland Ambulance Service": Nation.northern_ireland,
}


@pytest.fixture(scope="module")
def authorities() -> list[Authority]:
    records, problems = load_jsonl(KNOWLEDGE / "authorities.jsonl", Authority)
    assert not problems, [str(p) for p in problems]
    return records


@pytest.fixture(scope="module")
def exemptions() -> list[Exemption]:
    records, problems = load_jsonl(KNOWLEDGE / "exemptions.jsonl", Exemption)
    assert not problems, [str(p) for p in problems]
    return records


@pytest.fixture(scope="module")
def lookup(authorities) -> dict[str, Authority]:
    """Exact name-or-alias lookup, case-insensitive, the way an importer matches a name."""
    table: dict[str, Authority] = {}
    for auth in authorities:
        for key in [auth.name, *auth.aliases]:
            table.setdefault(key.casefold(), auth)
    return table


def _shared_authority_names(shared: Path) -> set[str]:
    data = shared / "data"
    with (data / "wdtk_childrens_social_care_requests.csv").open(encoding="utf-8", newline="") as fh:
        names = {row["Authority Name"].strip() for row in csv.DictReader(fh)}
    with (data / "published_responses.jsonl").open(encoding="utf-8") as fh:
        names |= {json.loads(line)["authority"] for line in fh if line.strip()}
    return names


def test_every_line_of_both_files_validates():
    for name, model in (("authorities.jsonl", Authority), ("exemptions.jsonl", Exemption)):
        path = KNOWLEDGE / name
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        records, problems = load_jsonl(path, model)
        assert not problems, [str(p) for p in problems]
        assert len(records) == len(lines) > 0


def test_the_knowledge_loader_finds_them_without_problems():
    kb = load_knowledge([KNOWLEDGE])
    mine = [p for p in kb.problems if p.path.name in ("authorities.jsonl", "exemptions.jsonl")]
    assert not mine, [str(p) for p in mine]
    assert kb.authorities and kb.exemptions


def test_no_name_or_alias_points_to_two_authorities(authorities):
    owner: dict[str, str] = {}
    clashes = []
    for auth in authorities:
        own_keys = {k.casefold() for k in [auth.name, *auth.aliases]}
        for key in own_keys:
            if key in owner and owner[key] != auth.name:
                clashes.append((key, owner[key], auth.name))
            owner.setdefault(key, auth.name)
    assert not clashes


def test_every_authority_in_the_shared_data_resolves_to_exactly_one_record(shared_dir, authorities):
    keys: dict[str, set[str]] = {}
    for auth in authorities:
        for key in [auth.name, *auth.aliases]:
            keys.setdefault(key.casefold(), set()).add(auth.name)
    missing = []
    for name in sorted(_shared_authority_names(shared_dir)):
        found = keys.get(name.casefold(), set())
        if len(found) != 1:
            missing.append((name, sorted(found)))
    assert not missing


def test_names_people_type_reach_the_right_body(lookup):
    expected = {
        "Met": "Metropolitan Police Service",
        "the Met Police": "Metropolitan Police Service",
        "MPS": "Metropolitan Police Service",
        "met police": "Metropolitan Police Service",
        "Essex Constabulary": "Essex Police",
        "Edinburgh council": "City of Edinburgh Council",
        "PSNI": "Police Service of Northern Ireland",
        "BTP": "British Transport Police",
        "London Borough of Lambeth": "Lambeth Borough Council",
        "Thurrock Borough Council": "Thurrock Council",
    }
    assert {typed: getattr(lookup.get(typed.casefold()), "name", None) for typed in expected} == expected


def test_all_territorial_forces_and_btp_are_police_records(lookup):
    for name in (*TERRITORIAL_FORCES, "British Transport Police"):
        auth = lookup.get(name.casefold())
        assert auth is not None and auth.name == name, name
        assert auth.type == AuthorityType.police
    assert lookup["police scotland"].regime == Regime.FOISA
    assert lookup["police service of northern ireland"].nation == Nation.northern_ireland



def test_every_english_fire_service_is_one_fire_record(authorities, lookup):
    for name in ENGLISH_FIRE_SERVICES:
        auth = lookup.get(name.casefold())
        assert auth is not None and auth.name == name, name
        assert (auth.type, auth.nation, auth.regime) == (AuthorityType.fire, Nation.england, Regime.FOIA), name
    english_fire = {a.name for a in authorities if a.type == AuthorityType.fire and a.nation == Nation.england}
    assert english_fire == set(ENGLISH_FIRE_SERVICES)


def test_the_ambulance_services_of_every_nation_are_nhs_records(lookup):
    for name, nation in AMBULANCE_SERVICES.items():
        auth = lookup.get(name.casefold())
        assert auth is not None and auth.name == name, name
        assert (auth.type, auth.nation) == (AuthorityType.nhs, nation), name
        assert auth.regime == (Regime.FOISA if nation == Nation.scotland else Regime.FOIA), name


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("hampshire fire service", "Hampshire and Isle of Wight Fire and Rescue Service"),
        ("Isle of Wight Fire and Rescue Service", "Hampshire and Isle of Wight Fire and Rescue Service"),
        ("kent fire brigade", "Kent Fire and Rescue Service"),
        ("wiltshire fire service", "Dorset and Wiltshire Fire and Rescue Service"),
        ("essex fire service", "Essex County Fire & Rescue Service"),
        ("essex police", "Essex Police"),
        ("essex council", "Essex County Council"),
        ("Met", "Metropolitan Police Service"),
        ("london ambulance service", "London Ambulance Service NHS Trust"),
        ("Welsh Ambulance Service", "Welsh Ambulance Services University NHS Trust"),
    ],
)
def test_fire_and_ambulance_names_people_type_resolve_without_stealing_others(typed, expected):
    found = resolve_authority(typed)
    assert found is not None and found.known and found.name == expected


def test_the_nca_is_never_listed_as_an_foi_authority(authorities):
    for auth in authorities:
        names = {k.casefold() for k in [auth.name, *auth.aliases]}
        if names & {"national crime agency", "nca"}:
            assert not auth.covered, auth.name
        if not auth.covered:
            assert auth.cost_limit is None and auth.note


@pytest.mark.parametrize("rule", ["FOISA", "FOIA", "EIR"])
def test_regimes_and_cost_limits_follow_the_law(authorities, rule):
    checked = 0
    for auth in authorities:
        if auth.regime.value != rule or not auth.covered:
            continue
        checked += 1
        if auth.regime == Regime.FOISA:
            assert (auth.nation, auth.cost_limit, auth.hourly_rate) == (Nation.scotland, 600, 15), auth.name
        elif auth.regime == Regime.EIR:
            assert auth.type == AuthorityType.water, auth.name
            assert (auth.cost_limit, auth.hourly_rate) == (None, None), auth.name
            assert "Environmental Information Regulations" in (auth.note or ""), auth.name
        else:
            assert auth.nation != Nation.scotland, auth.name
            # any other body with the central government limit (Parliament, a police force inside a
            # department) must say so in its note
            central = auth.type in GOVERNMENT or "£600" in (auth.note or "")
            assert (auth.cost_limit, auth.hourly_rate) == ((600 if central else 450), 25), auth.name
    assert checked


def test_scottish_public_bodies_use_foisa_and_others_do_not(authorities):
    for auth in authorities:
        if auth.nation == Nation.scotland:
            assert auth.regime == Regime.FOISA, auth.name
        elif auth.regime == Regime.FOISA:
            pytest.fail(f"{auth.name} is not Scottish but is under FOISA")


def test_councils_of_every_nation_are_present(authorities):
    councils = {a.nation for a in authorities if a.type == AuthorityType.council}
    assert {Nation.england, Nation.wales, Nation.scotland, Nation.northern_ireland} <= councils


# ---------------------------------------------------------------- exemptions


def _domain_table(shared: Path) -> dict[str, set[str]]:
    """FOIA section -> its NCND subsections, from the table in domain.md."""
    table: dict[str, set[str]] = {}
    text = (shared / "domain.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"\d+", cells[0]):
            table[cells[0]] = set() if cells[2] == "none" else {c.strip() for c in cells[2].split(",")}
    return table


def _ncnd_set(value: str | None) -> set[str]:
    """'40(5A)/(5B)' -> {'40(5A)', '40(5B)'}; '23(5)' -> {'23(5)'}."""
    if not value:
        return set()
    first, *rest = value.split("/")
    base = first[: first.index("(")] if "(" in first else first
    return {first, *(base + part for part in rest)}


def test_every_foia_exemption_in_domain_md_is_present_with_its_ncnd_subsection(shared_dir, exemptions):
    table = _domain_table(shared_dir)
    assert len(table) >= 15
    by_key = {e.key: e for e in exemptions}
    for section, ncnd in table.items():
        assert section in by_key, section
        assert _ncnd_set(by_key[section].ncnd_subsection) == ncnd, section
        for sub in ncnd:
            assert sub in by_key, f"NCND subsection {sub} has no entry of its own"


def test_absolute_and_qualified_follow_domain_md(shared_dir, exemptions):
    text = (shared_dir / "domain.md").read_text(encoding="utf-8")
    line = next(l for l in text.splitlines() if l.startswith("Absolute (no public interest test)"))
    listed = line.split(":", 1)[1].split(". ")[0]
    plain = set(re.findall(r"s(\d+)(?!\d)(?! \()", listed))
    by_key = {e.key: e for e in exemptions}
    for section in plain:
        assert by_key[section].test == "absolute", section
    # s36 is absolute only for the Houses of Parliament: qualified elsewhere, and the note says so
    assert by_key["36"].test == "qualified" and "House" in (by_key["36"].note or "")
    for section in _domain_table(shared_dir):
        if section not in plain and section not in ("36", "40"):
            assert by_key[section].test == "qualified", section


def test_procedural_sections_are_not_called_exemptions(exemptions):
    by_key = {e.key: e for e in exemptions}
    for key in ("1(1)(a)", "12", "12(1)", "14(1)", "14(2)", "16", "17", "FOISA 12", "FOISA 14", "FOISA 17",
                "FOISA 18", "EIR 12(4)(a)"):
        assert by_key[key].test == "procedural", key
    # a manifestly unreasonable request is an exception with a public interest test (regulation 12(1)(b)),
    # unlike the FOIA cost limit
    assert by_key["EIR 12(4)(b)"].test == "qualified"


def test_foisa_ncnd_only_where_section_18_allows_it(exemptions):
    allowed = {str(n) for n in range(28, 36)} | {"39(1)", "41"}
    for e in exemptions:
        if e.regime == Regime.FOISA and e.ncnd_subsection and e.section != e.ncnd_subsection:
            base = e.section if e.section in allowed else e.section.split("(")[0]
            assert base in allowed, e.section


def test_exemption_keys_are_unique_and_meanings_short(exemptions):
    keys = [e.key for e in exemptions]
    assert len(keys) == len(set(keys))
    for e in exemptions:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", e.meaning.strip()) if s]
        assert 1 <= len(sentences) <= 3, e.key
        assert not e.section.startswith(("FOISA", "EIR", "s")), e.key


def test_every_section_cited_in_the_shared_data_is_explained(shared_dir):
    kb = load_knowledge([KNOWLEDGE])
    with (shared_dir / "data" / "published_responses.jsonl").open(encoding="utf-8") as fh:
        cited = {s for line in fh if line.strip() for s in json.loads(line)["sections"]}
    assert cited
    assert [s for s in sorted(cited) if kb.exemption(s) is None] == []


def test_lookup_falls_back_from_subsection_to_section():
    kb = load_knowledge([KNOWLEDGE])
    assert kb.exemption("31(1)(a)").section == "31(1)(a)"
    assert kb.exemption("43(2)(z)").section == "43(2)"
    assert kb.exemption("EIR 12(5)(e)").title == "Commercial confidentiality"
    assert kb.exemption("FOISA 17").regime == Regime.FOISA


# ---------------------------------------------------------------- credits


def test_the_mit_notice_ships_with_the_data(shared_dir):
    shipped = KNOWLEDGE / "LICENSE-foi-csc-scrape-tool.txt"
    assert shipped.read_text(encoding="utf-8") == (
        shared_dir / "data" / "LICENSE-foi-csc-scrape-tool.txt"
    ).read_text(encoding="utf-8")


def test_the_readme_credits_every_source():
    readme = (KNOWLEDGE / "README.md").read_text(encoding="utf-8")
    for credit in ("foi-csc-scrape-tool", "MIT", "LICENSE-foi-csc-scrape-tool.txt", "Open Government Licence v3.0",
                   "WhatDoTheyKnow", "Essex Police", "published_responses.jsonl"):
        assert credit in readme, credit


def test_ncnd_provisions_come_from_the_exemptions_alone():
    """One list of "neither confirm nor deny" provisions, read from exemptions.jsonl, for every module."""
    from askfoi.knowledge import ncnd_provisions
    from askfoi.match_text import text_vocab

    provisions = ncnd_provisions()
    assert {"23(5)", "24(2)", "30(3)", "31(3)", "40(5A)", "40(5B)", "FOISA 18", "EIR 12(6)"} <= provisions
    assert not any("/" in p for p in provisions)  # "40(5A)/(5B)" is split into its parts
    assert text_vocab().ncnd_sections == provisions
