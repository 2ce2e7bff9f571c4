"""Copy the harvesters' record files into knowledge/sources/harvest_<name>.jsonl (run by `make harvest`).

Each harvest file (/work/harvest/<name>_records.jsonl, layout in its FORMAT.md) holds facts in the
harvester's own words with the page address they came from. Only what the format defines is kept (an
invented field is dropped), and a record without a real web address (http or https), a known outcome or an authority
is left out, with a count; so is a record whose address is a proxy mirror of another site (`mirror_host`:
a numeric or random-looking label, a host on a platform that serves anyone's fetch proxy, or another site's
path under a host that is not that site). The copy is sorted by address so re-running on the same input changes nothing.
Each kept record carries the harvest's name ("harvest": "ncnd4" for ncnd4_records.jsonl), which the pack keeps:
a harvest searched for NCND answers (knowledge/vocab/harvest_sampling.yaml) is not counted in how often bodies
use NCND, and is weighed apart when the forecast is trained.
`make knowledge` then turns each source file into knowledge/responses/<same name>.jsonl with the importer.
fm82: each NCND record also carries what its NCND covered where its own answer shows it ("ncnd_scope": "the
question" or "other information", a force's standing paragraph beside a full reply; askfoi/ncnd_topics.py
`scope_shown`); a record that does not show it has no "ncnd_scope" (unknown). A harvester's own "ncnd_scope" wins.
`--scope-sources` writes it into the source files already in knowledge/sources (no harvest folder needed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

FIELDS = ("authority", "authority_type", "title", "reference", "asked", "date", "outcome_class", "ncnd",
          "sections", "parts", "topics", "url", "source_type", "note", "ncnd_scope")
PART_FIELDS = ("asked", "outcome", "ncnd", "sections")
OUTCOMES = {"disclosed", "part_disclosed", "not_held", "refused", "ncnd", "cost_limit", "vexatious",
            "published", "pending", "withdrawn"}
HTTPS = re.compile(r"^https?://[a-z0-9.-]+\.[a-z]{2,}(?:[/?#]\S*)?$", re.I)


# Hosts whose pages are the public sector's own: never judged by shape (ww2.northumbria.police.uk is real).
OFFICIAL_SUFFIXES = (".gov.uk", ".police.uk", ".nhs.uk", ".nhs.scot", ".gov.scot", ".gov.wales", ".llyw.cymru",
                     ".ac.uk", ".sch.uk", ".mod.uk", ".parliament.uk", ".gov")
# Platforms where anyone can put up a fetch proxy in front of another site under a subdomain of theirs.
PROXY_PLATFORMS = ("workers.dev", "pages.dev", "vercel.app", "netlify.app", "herokuapp.com", "glitch.me",
                   "repl.co", "deno.dev", "onrender.com", "fly.dev", "web.app", "firebaseapp.com", "ngrok.io",
                   "ngrok-free.app", "trycloudflare.com")
# Path shapes that belong to one site: the same path under any other host is a copy of that site's page.
FOREIGN_PATHS = {
    r"^/government/(?:publications|uploads|news|organisations|statistics)/": ("gov.uk",),
    r"^/(?:uk|ew|scot|nie)/cases/": ("bailii.org", "nationalarchives.gov.uk"),
    r"^/request/[a-z0-9_]+_\d+": ("whatdotheyknow.com",),
}
_IP = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")


def mirror_host(url: str) -> str | None:
    """Why URL's host looks like a proxy mirror of another site, or None. By the host's shape, not a list of
    hosts: a label of four or more digits ("110571.xyz.asia"), a random-looking label (letters and digits mixed
    in two or more runs, "2bdvi7ajx"), a subdomain of a platform that serves anyone's proxy ("x.workers.dev"),
    or another site's path ("/government/publications/...") under a host that is not that site. Official
    public-sector hosts are never judged by shape."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "bad address"
    host = (parts.hostname or "").lower().rstrip(".")
    if not host or _IP.match(host):
        return None
    if any(host.endswith(s) for s in PROXY_PLATFORMS):
        return "proxy platform"
    path = parts.path or "/"
    for shape, owners in FOREIGN_PATHS.items():
        if re.match(shape, path) and not any(host == o or host.endswith("." + o) for o in owners):
            if not any(host.endswith(s) for s in OFFICIAL_SUFFIXES):
                return "another site's page"
    if any(host.endswith(s) for s in OFFICIAL_SUFFIXES):
        return None
    labels = host.split(".")[:-1]  # the top-level domain aside
    for label in labels:
        if re.fullmatch(r"\d{4,}", label):
            return "numeric subdomain"
        if len(label) >= 7 and len(re.findall(r"\d+", label)) >= 2 and re.search(r"[a-z]", label):
            return "random-looking host"
    return None


def clean(item: object) -> tuple[dict | None, str]:
    """The record with only the format's fields, or None and why it was left out."""
    if not isinstance(item, dict):
        return None, "not an object"
    url = item.get("url")
    if not isinstance(url, str) or not HTTPS.match(url.strip()):
        return None, "no web address"
    mirror = mirror_host(url)
    if mirror:
        return None, f"proxy mirror ({mirror})"
    if item.get("outcome_class") not in OUTCOMES:
        return None, "no known outcome"
    if not isinstance(item.get("authority"), str) or not item["authority"].strip():
        return None, "no authority"
    if not isinstance(item.get("title"), str) or not item["title"].strip():
        return None, "no title"
    out = {k: item[k] for k in FIELDS if k in item}
    out["url"] = url.strip()
    for key in ("asked", "note", "title"):
        if isinstance(out.get(key), str):
            out[key] = " ".join(out[key].split())  # one line
    parts = out.get("parts")
    if isinstance(parts, list):
        out["parts"] = [
            {k: p[k] for k in PART_FIELDS if k in p}
            for p in parts
            if isinstance(p, dict) and p.get("outcome") in OUTCOMES and isinstance(p.get("asked"), str)
        ]
    return out, ""


def with_scope(rec: dict) -> dict:
    """REC with "ncnd_scope" (after "ncnd") where its answer shows what the NCND covered, kept as given when the
    harvester wrote it; without the key when not NCND or not shown. Read by the importer, as `make knowledge` reads it."""
    from askfoi.importers import _jsonl_record
    from askfoi.ncnd_topics import scope_shown

    if rec.get("ncnd_scope") is not None:
        return rec
    out = {k: v for k, v in rec.items() if k != "ncnd_scope"}
    try:
        scope = scope_shown(_jsonl_record(out))
    except ValueError:  # the importer leaves it out too
        return out
    if scope is None:
        return out
    keys = list(out)
    at = keys.index("ncnd") + 1 if "ncnd" in keys else len(keys)
    return {**{k: out[k] for k in keys[:at]}, "ncnd_scope": scope, **{k: out[k] for k in keys[at:]}}


def scope_sources(folder: Path) -> Counter:
    """Write "ncnd_scope" into the source files in FOLDER in place; a line whose scope is unchanged is kept as it is."""
    counts: Counter = Counter()
    for path in sorted(folder.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            old = json.loads(line)
            rec = with_scope(old)
            counts[rec.get("ncnd_scope") or "no scope shown (or not NCND)"] += 1
            if rec != old or list(rec) != list(old):
                compact = '", "' not in line
                lines[i] = json.dumps(rec, ensure_ascii=False, separators=(",", ":") if compact else None)
        path.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    return counts


def copy(src: Path, dest: Path, harvest: str | None = None) -> Counter:
    counts: Counter = Counter()
    kept: dict[str, dict] = {}
    for line in src.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            counts["left out: not JSON"] += 1
            continue
        rec, why = clean(item)
        if rec is None:
            counts[f"left out: {why}"] += 1
            continue
        key = rec["url"].split("#")[0].rstrip("/").lower()
        if key in kept:
            counts["left out: same address twice"] += 1
            continue
        if harvest:
            rec["harvest"] = harvest
        kept[key] = with_scope(rec)
        counts["kept"] += 1
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text("".join(json.dumps(kept[k], ensure_ascii=False) + "\n" for k in sorted(kept)), encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src", default="/work/harvest", help="folder of <name>_records.jsonl files")
    ap.add_argument("--into", default=str(Path(__file__).resolve().parent.parent / "knowledge" / "sources"))
    ap.add_argument("--scope-sources", action="store_true",
                    help="only write what each NCND covered (ncnd_scope) into the source files in --into")
    args = ap.parse_args(argv)
    if args.scope_sources:
        counts = scope_sources(Path(args.into))
        print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        return 0
    files = sorted(Path(args.src).glob("*_records.jsonl"))
    if not files:
        print(f"no *_records.jsonl in {args.src}", file=sys.stderr)
        return 2
    for f in files:
        name = f.name[: -len("_records.jsonl")]
        counts = copy(f, Path(args.into) / f"harvest_{name}.jsonl", harvest=re.sub(r"[^a-z0-9_.-]", "_", name.lower()))
        print(f"{f.name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
