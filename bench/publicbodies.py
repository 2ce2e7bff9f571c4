"""Build knowledge/authorities_publicbodies.jsonl from a local copy of the datasets/publicbodies GB list.

The list (MIT licence, Open Knowledge Foundation; WhatDoTheyKnow's list of UK bodies) is not kept in this
repository: give a local copy of its data/gb.csv with --csv (the Makefile's PUBLICBODIES_CSV). Each row becomes an Authority: name, its abbreviation and other
names as aliases, the type, nation and law read from its tags (knowledge/vocab/publicbodies_tags.yaml),
and `defunct` / `covered` from the defunct and foi_no tags. A body whose name (or alias) the curated
knowledge/authorities.jsonl already has is left out: the curated entry wins. Run by `make authorities`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from askfoi.authorities import normalise  # noqa: E402
from askfoi.knowledge import load_jsonl, load_yaml_entries  # noqa: E402
from askfoi.models import Authority, AuthorityType, Nation, Regime  # noqa: E402

NOTE_FOI_NO = "Not covered by FOI (WhatDoTheyKnow tag foi_no): it may answer voluntarily, but an FOI request has no legal force."


def _tags_vocab() -> dict:
    data, problems = load_yaml_entries(ROOT / "knowledge" / "vocab" / "publicbodies_tags.yaml", object)
    if problems:
        raise SystemExit("; ".join(str(p) for p in problems))
    return data


def authority_from_row(row: dict[str, str], vocab: dict) -> Authority | None:
    name = " ".join((row.get("name") or "").split())
    if len(name) < 2:
        return None
    tags = set((row.get("tags") or "").split())

    def first(mapping: dict[str, list[str]]) -> str | None:
        for key, words in mapping.items():
            if tags & set(words):
                return key
        return None

    kind = AuthorityType(first(vocab["type"]) or "other")
    nation_name = first(vocab["nation"]) or _nation_from_name_or_site(name, row.get("url") or "", vocab)
    if nation_name is None:
        nation_name = "uk" if kind.value in vocab["uk_types"] else "england"
    nation = Nation(nation_name)
    if kind == AuthorityType.central_government and nation not in (Nation.uk, Nation.england):
        kind = AuthorityType.devolved_government
    eir_only = bool(tags & set(vocab["eir_only"]))
    foi_no = bool(tags & set(vocab["foi_no"]))
    if eir_only:
        regime = Regime.EIR
    else:
        regime = Regime.FOISA if nation == Nation.scotland else Regime.FOIA
    aliases = []
    for alias in [row.get("abbreviation") or "", *(row.get("other_names") or "").split(";")]:
        alias = " ".join(alias.split())
        if len(alias) >= 2 and alias.lower() != name.lower() and alias not in aliases:
            aliases.append(alias)
    website = (row.get("url") or "").strip()
    return Authority(
        name=name, aliases=aliases, listed_by="publicbodies", type=kind, nation=nation, regime=regime,
        website=website if website.startswith(("http://", "https://")) else None,
        covered=not (foi_no and not eir_only),
        note=NOTE_FOI_NO if foi_no and not eir_only else None,
        defunct=bool(tags & set(vocab["defunct"] + vocab["defunct_kinds"]))
        or name in vocab["defunct_names"]
        or bool((row.get("dissolution_date") or "").strip()),
    )


def _nation_from_name_or_site(name: str, url: str, vocab: dict) -> str | None:
    words = f" {' '.join(name.lower().split())} "
    for nation, names in vocab["nation_name_words"].items():
        if any(f" {w} " in words for w in names):
            return nation
    host = urlsplit(url.strip()).hostname or ""
    for nation, ends in vocab["nation_hosts"].items():
        if any(host.endswith(e) or host == e.lstrip(".") for e in ends):
            return nation
    return None


def build(src: Path, curated: Path, dest: Path) -> dict[str, int]:
    vocab = _tags_vocab()
    taken = {normalise(n) for a in load_jsonl(curated, Authority)[0] for n in (a.name, *a.aliases)}
    out: dict[str, Authority] = {}
    counts = {"rows": 0, "kept": 0, "curated_wins": 0, "defunct": 0, "not_covered": 0}
    with src.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            counts["rows"] += 1
            auth = authority_from_row(row, vocab)
            if auth is None:
                continue
            key = normalise(auth.name)
            if key in taken:
                counts["curated_wins"] += 1
                continue
            if key in out:
                continue
            out[key] = auth
    for auth in out.values():
        counts["kept"] += 1
        counts["defunct"] += auth.defunct
        counts["not_covered"] += not auth.covered
    lines = [a.model_dump_json(exclude_defaults=True) for a in sorted(out.values(), key=lambda a: a.name.lower())]
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", required=True, help="a local copy of datasets/publicbodies data/gb.csv")
    ap.add_argument("--curated", default=str(ROOT / "knowledge" / "authorities.jsonl"))
    ap.add_argument("--into", default=str(ROOT / "knowledge" / "authorities_publicbodies.jsonl"))
    args = ap.parse_args(argv)
    print(build(Path(args.csv), Path(args.curated), Path(args.into)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
