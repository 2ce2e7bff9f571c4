"""Build knowledge/town_councils.jsonl: the towns, villages and localities of England and Wales, each with the
council (or councils) whose area it is in, for askfoi/town_councils.py ("potholes in banbury": Banbury is in Cherwell).

Source: the Office for National Statistics' lookups, published on data.gov.uk / the ONS Open Geography portal under
the Open Government Licence v3.0 (Source: Office for National Statistics licensed under the Open Government Licence
v.3.0; Contains OS data (c) Crown copyright and database right), as copied by the jtrim-ons/ons-lookups repository
(csv/NNN.csv, each named with its data.gov.uk page in that repository's datasets.md):

    101.csv  Built-up Area to Local Authority District (December 2011) Lookup in England and Wales
             https://data.gov.uk/dataset/cd8c516a-e72c-4679-9362-9461ee1bf6b8
    174.csv  Built-up Area to Built-up Area Sub Division (March 2011) Lookup in England and Wales
             https://data.gov.uk/dataset/94a0a1f3-631c-4117-98f7-e10521528fc8
    228.csv  Middle Layer Super Output Area (2011) to Built-up Area Sub Division to Built-up Area to Local Authority
             District to Region (December 2011) Lookup in England and Wales
             https://data.gov.uk/dataset/b3b13cfd-e487-4f7a-ac4c-b888eac90d77
    269.csv  Parishes (December 2019) Names and Codes in England and Wales
             https://data.gov.uk/dataset/ca619c00-a8fe-47e3-b390-e060d11e383c

A place's name is a built-up area's ("Banbury BUA"), a built-up area sub-division's ("Keighley BUASD", a town inside
a conurbation) or a civil parish's / Welsh community's (English and Welsh names). Each local authority district of
the lookups is the council askfoi's list names for it (knowledge/authorities.jsonl), and an abolished council is the
one that now answers for it (its note: "send new requests to ..."; Craven -> North Yorkshire Council). A name found in
more than one council's area (Newport, Richmond, Ashford) is kept with all of them (`ambiguous`), and with those
where the name is a town (`towns`: a built-up area holding at least one MSOA, an area of about 7,000 people, so not a
hamlet of the same name): askfoi asks which. Scotland and
Northern Ireland are not in these lookups.

    PYTHONPATH=. .venv/bin/python bench/build_town_councils.py DIR   # DIR holds 101.csv 174.csv 228.csv 269.csv
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "knowledge" / "town_councils.jsonl"

# a district of the lookups whose council's name is not "<district> + a kind of council" (the ONS writes "Bristol,
# City of"); the council's name as knowledge/authorities.jsonl has it
SPECIAL = {
    "Bristol, City of": "Bristol City Council",
    "Kingston upon Hull, City of": "Hull City Council",
    "Herefordshire, County of": "Herefordshire Council",
    "County Durham": "Durham County Council",
    "City of London": "City of London Corporation",
    "Isles of Scilly": "Council of the Isles of Scilly",
    "Shepway": "Folkestone and Hythe District Council",
    # districts abolished in 2019-20 that knowledge/authorities.jsonl does not list: the councils that took them over
    "South Bucks": "Buckinghamshire Council",
    "Waveney": "East Suffolk Council",
    "Weymouth and Portland": "Dorset Council",
}
# a place the ONS's 2011 areas put where people do not: "Sale BUASD" takes in Wythenshawe, so more of its MSOAs are in
# Manchester than in Trafford, where Sale is
PLACE_FIXES = {"sale": ["Trafford Metropolitan Borough Council"]}
KINDS = ("{} District Council", "{} Borough Council", "{} City Council", "{} Council", "{} County Council",
         "{} Metropolitan Borough Council", "London Borough of {}", "Royal Borough of {}", "City of {} Council",
         "{} County Borough Council", "{} City and District Council", "{} Borough Council (Unitary)")


def _successor(index, name: str) -> str:
    """The council that now answers for NAME: its note's "send new requests to X", followed to the end."""
    from askfoi.authorities import normalise

    seen = set()
    while name not in seen:
        seen.add(name)
        auth = index.authorities[index.exact[normalise(name)]]
        m = re.search(r"(?i)\bsend\s+new\s+requests\s+to\s+(?:the\s+)?([^.;,]+?)\s*(?:[.;,]|$)", auth.note or "")
        if not m or re.search(r"(?i)\s(?:or|and\s+the)\s", m.group(1)) or normalise(m.group(1)) not in index.exact:
            return name
        name = index.authorities[index.exact[normalise(m.group(1))]].name
    return name


def council_of(index, district: str) -> str | None:
    from askfoi.authorities import normalise

    names = [SPECIAL[district]] if district in SPECIAL else [k.format(district) for k in KINDS]
    for name in names:
        for probe in (name, name.replace(". ", " "), name.replace("-", " ")):
            key = normalise(probe)
            if key in index.exact:
                auth = index.authorities[index.exact[key]]
                # the curated list only: the publicbodies list keeps councils abolished since (South Bucks) unmarked
                if auth.type.value == "council" and getattr(auth, "listed_by", None) != "publicbodies":
                    return _successor(index, auth.name)
    return None


def _name(raw: str) -> str | None:
    """The place's name as people type it, or None for a name that is a list of places ("Calbourne, Newtown and
    Porchfield") or no place ("Unparished area")."""
    name = re.sub(r"\s+(?:BUA|BUASD)$", "", raw.strip())
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # "Greatham (Hartlepool)": the district is said by the row
    if not name or "," in name or re.search(r"(?i)\b(?:and|with|unparished|parish|area)\b", name):
        return None
    key = " ".join(re.sub(r"[^\w\s]", " ", name.lower().replace("'", "").replace("\u2019", "")).split())
    key = " ".join("st" if w == "saint" else w for w in key.split())  # as askfoi/town_councils.py _key reads it
    return key if len(key) >= 3 else None


def build(folder: Path) -> list[dict]:
    from askfoi.authorities import default_index

    index = default_index()
    places: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    towns: dict[str, set[str]] = defaultdict(set)  # councils where the name is a town: a built-up area with an MSOA
    unknown: set[str] = set()

    def add(raw: str, district: str, source: str, town: bool = False) -> None:
        key = _name(raw)
        council = council_of(index, district) if key else None
        if key and council:
            places[key].add(council)
            sources[key].add(source)
            if town:
                towns[key].add(council)
        elif key:
            unknown.add(district)

    def rows(name: str):
        with open(folder / name, encoding="utf-8-sig", newline="") as f:
            yield from csv.DictReader(f)

    # a built-up area split between districts ("Reading BUA": Reading, Wokingham, West Berkshire ...) is the district
    # where most of its people live, when one has two thirds of its MSOAs (areas of about 7,000 people each)
    msoas: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    sd_msoas: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows("228.csv"):
        msoas[r["BUA11CD"]][r["LAD11NM"]] += 1
        if r["BUASD11CD"]:
            sd_msoas[r["BUASD11CD"]][r["LAD11NM"]] += 1

    def main_lads(counts: dict[str, int], lads: set[str]) -> set[str]:
        total = sum(counts.values())
        top = [lad for lad, n in counts.items() if n * 2 > total]
        return set(top) if top else lads

    parish_lads: dict[str, set[str]] = defaultdict(set)
    for r in rows("269.csv"):
        for raw in (r["PAR19NM"], r.get("PAR19NMW") or ""):
            if _name(raw):
                parish_lads[_name(raw)].add(r["LAD19NM"])

    def split_lads(raw: str, counts: dict[str, int], lads: set[str]) -> set[str]:
        """The district(s) of a built-up area split between districts: the parish of that name's district when there
        is one among them ("Rayleigh": Rochford, though more of the built-up area is in Castle Point), the district
        named after it ("Ewell": Epsom and Ewell), else the one with most of its MSOAs."""
        key = _name(raw) or ""
        own = {lad for lad in lads if key and re.search(rf"\b{re.escape(key)}\b", _name(lad) or lad.lower())}
        return (parish_lads.get(key, set()) & lads) or own or main_lads(counts, lads)

    bua_lads: dict[str, set[str]] = defaultdict(set)
    bua_names: dict[str, str] = {}
    for r in rows("101.csv"):
        bua_lads[r["BUA11CD"]].add(r["LAD11NM"])
        bua_names[r["BUA11CD"]] = r["BUA11NM"]
    for code, lads in bua_lads.items():
        main = split_lads(bua_names[code], msoas.get(code, {}), lads) if len(lads) > 1 else lads
        if len(main) > 1:
            # "Reading BUA" spreads over five districts with none holding most of it: the town itself is "Reading
            # BUASD"; a conurbation ("West Midlands BUA", "Greater London BUA") is a region, no town of one council
            continue
        for lad in main:
            add(bua_names[code], lad, "bua", town=msoas.get(code, {}).get(lad, 0) > 0)
    for r in rows("174.csv"):
        if not r["BUASD11CD"]:
            continue
        whole = bua_lads[r["BUA11CD"]]
        lads = split_lads(r["BUASD11NM"], sd_msoas[r["BUASD11CD"]], set(sd_msoas[r["BUASD11CD"]])) if r["BUASD11CD"] in sd_msoas \
            else (whole if len(whole) == 1 else set())
        for lad in lads:
            add(r["BUASD11NM"], lad, "buasd", town=sd_msoas.get(r["BUASD11CD"], {}).get(lad, 0) > 0)
    for r in rows("269.csv"):
        add(r["PAR19NM"], r["LAD19NM"], "parish")
        if r.get("PAR19NMW"):
            add(r["PAR19NMW"], r["LAD19NM"], "parish")
    if unknown:
        print("districts with no council in knowledge/authorities.jsonl:", sorted(unknown), file=sys.stderr)
    # a place named like a current council's own place ("richmond": Richmond upon Thames) is that council's too
    own: dict[str, set[str]] = defaultdict(set)
    kinds = re.compile(r"(?i)\b(?:london borough of|royal borough of|city of|metropolitan|borough|district|city|county|"
                       r"council|corporation|and district)\b")
    for auth in index.authorities:
        if auth.type.value == "council" and not auth.defunct and not re.search(r"(?i)\b(?:town|parish|community)\s+council$", auth.name) and not auth.note and auth.nation in ("england", "wales"):
            place = " ".join(kinds.sub(" ", auth.name.lower()).split())
            head = re.split(r"\s+(?:upon|on|under)\s+", place)[0]
            if head != place and head in places:
                own[head].add(auth.name)
    for key, councils in own.items():
        places[key] |= councils
        towns[key] |= councils
    for key, councils in PLACE_FIXES.items():
        places[key], towns[key] = set(councils), set(councils)
    out = []
    for key in sorted(places):
        councils = sorted(places[key])
        rec = {"place": key, "councils": councils}
        if len(councils) > 1:
            rec["ambiguous"] = True
            rec["towns"] = sorted(towns.get(key, set()))
        out.append(rec)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    records = build(Path(argv[1]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// bench/build_town_councils.py from ONS lookups (Open Government Licence v3.0): place -> councils\n")
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    amb = sum(1 for r in records if r.get("ambiguous"))
    print(f"{len(records)} places ({amb} in more than one council's area) -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
