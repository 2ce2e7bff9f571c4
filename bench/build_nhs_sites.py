"""Build knowledge/vocab/nhs_hospital_sites.yaml: every NHS hospital site in a list of organisations (name, town,
the trust or health board that runs it) for askfoi/site_bodies.py hospital_site.

Source: the RCPCH list of organisations providing children's care in England and Wales (MIT licence,
github rcpch/rcpch-nhs-organisations, rcpch_nhs_organisations/hospitals/constants/rcpch_organisations.py, from NHS
ODS). Only sites whose name has "hospital" or "infirmary" are kept (clinics and health centres are not named in
requests). The body's name is the one askfoi's organisation list spells, when it has it; a trust since merged is
renamed by `renamed` in the output file (kept by hand: a rebuild keeps it).

    .venv/bin/python bench/build_nhs_sites.py PATH/TO/rcpch_organisations.py
"""
from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parent.parent / "knowledge" / "vocab" / "nhs_hospital_sites.yaml"
KEEP = re.compile(r"\b(?:HOSPITAL|INFIRMARY)\b")


def _title(name: str) -> str:
    small = {"and", "of", "for", "the", "on", "upon", "in"}
    words = []
    for i, w in enumerate(name.lower().split()):
        if w in {"nhs", "lhb", "uhb"}:
            words.append(w.upper())
        elif w in {"ii", "iii"}:
            words.append(w.upper())
        elif i and w in small:
            words.append(w)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(words).replace(" & ", " and ").replace(" LHB", " Local Health Board")


# a site named by these words alone ("County Hospital", "Queen's Hospital", "St Mary's Hospital") is one of many: it
# is that body's only with its town named beside it
GENERIC = {"county", "general", "district", "community", "city", "royal", "memorial", "queen's", "king's", "princess",
           "victoria", "infirmary", "hospital", "war", "cottage", "children's", "women's", "st", "mary's", "the",
           "university", "queen", "elizabeth", "alexandra", "the"}


def _body_name(parent: str) -> str:
    """The body as the list names it (newer than askfoi's organisation list, which keeps many former names)."""
    from askfoi.authorities import normalise, resolve_authority

    name = _title(parent).replace("University Local Health Board", "University Health Board")
    name = name.replace("National Health Service", "NHS").replace("\u2019", "'").replace(", King's Lynn,", " King's Lynn")
    found = resolve_authority(name)  # the same name as askfoi's organisation list spells it (its apostrophes)
    return found.name if found is not None and found.known and normalise(found.name) == normalise(name) else name


def main(path: str) -> None:
    spec = importlib.util.spec_from_file_location("rcpch_organisations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = [r for r in module.RCPCH_ORGANISATIONS if KEEP.search(r["OrganisationName"]) and r.get("ParentName")]
    counts = Counter(re.sub(r"^THE\s+", "", r["OrganisationName"]) for r in rows)
    sites = []
    for r in sorted(rows, key=lambda r: r["OrganisationName"]):
        name = re.sub(r"\s*\(.*?\)\s*", " ", re.sub(r"^THE\s+", "", r["OrganisationName"])).strip()
        name = re.sub(r"\s+(?:AND|&)\s+COMMUNITY\s+PAEDIATRICS$", "", name)
        entry = {"site": _title(name).replace("\u2019", "'"), "code": r["OrganisationCode"], "body": _body_name(r["ParentName"]),
                 "town": _title(r["City"]).replace("\u2019", "'")}
        if counts[re.sub(r"^THE\s+", "", r["OrganisationName"])] > 1 or set(name.lower().split()) <= GENERIC:
            entry["town_needed"] = True
        sites.append(entry)
    head = OUT.read_text().split("\nsites:")[0].rstrip() + "\n" if OUT.exists() else ""
    OUT.write_text(head + yaml.safe_dump({"sites": sites}, sort_keys=False, allow_unicode=True, width=120))
    print(f"{len(sites)} sites -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
