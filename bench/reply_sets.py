"""The reply-set tools every reader round uses (lead54: one script in place of the per-session copies bench/rd58 ...
bench/rd73 held). Texts stay outside the repository; nothing here prints a text.

    python bench/reply_sets.py outs CHECKOUT OUT.json [TEXTS.jsonl ...]   # per-record readings of a checkout
    python bench/reply_sets.py cmp BASE.json NEW.json                     # gained / lost against the labels
    python bench/reply_sets.py persplit OUT.json                          # per-split figures of one readings file
    python bench/reply_sets.py report SET CHECKOUT TEXTS.jsonl            # a report set read once, by source and body
    python bench/reply_sets.py add SET < BATCH                            # add records of a new set (see `add`)
    sh bench/claim_check.sh NAME URL ...                                  # is an address new (shared with fc / fx)

Readings (outs): {id: {o, n, s, p}} - outcome, NCND, sections, part outcomes; labelled.jsonl's excerpts are keyed
"L<line>", fresh texts (one JSON object a line: id, request, reply) by their id. Labels: every
tests/data/replies/*_labels.jsonl of the repository this script lies in, scored as bench/eval_fresh_replies.py scores.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPLIES = ROOT / "tests" / "data" / "replies"
HELDOUT = Path("/work/heldout")


def _nums(sections) -> set[str]:
    return {str(x).split("(")[0].strip().removeprefix("s").strip() for x in sections}


def _parts_right(labelled: list[str], read: list[str]) -> int:
    return sum(1 for i, x in enumerate(labelled or []) if i < len(read) and read[i] == x)


def labels() -> dict[str, dict]:
    """Every label by id: labelled.jsonl by line ("L<n>", split "labelled.jsonl"), each fresh set by its id."""
    out: dict[str, dict] = {}
    for i, line in enumerate((REPLIES / "labelled.jsonl").read_text().splitlines()):
        if line.strip():
            out[f"L{i}"] = dict(json.loads(line), split="labelled.jsonl")
    for path in sorted(REPLIES.glob("*_labels.jsonl")):
        for line in path.read_text().splitlines():
            rec = json.loads(line) if line.strip() else {}
            if "id" in rec:  # fresh10's labels are keyed by address (bench/eval_fresh_replies.py reads them so)
                rec.setdefault("split", path.name.removesuffix("_labels.jsonl"))
                out[rec["id"]] = rec
    return out


def _reading(reading) -> dict:
    return {"o": reading.outcome.value, "n": bool(reading.ncnd), "s": sorted(reading.sections),
            "p": [p.outcome.value for p in reading.parts]}


def outs(checkout: str, out_path: str, texts: list[str]) -> None:
    sys.path.insert(0, checkout)
    from askfoi.reader import read_reply
    from askfoi.reply_explain import explain_reply

    out = {}
    for i, line in enumerate((Path(checkout) / "tests/data/replies/labelled.jsonl").read_text().splitlines()):
        if line.strip():
            out[f"L{i}"] = _reading(read_reply(json.loads(line)["excerpt"]))
    for path in texts:
        for line in Path(path).read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                out[row["id"]] = _reading(explain_reply(row["reply"], request=row.get("request")).reading)
    Path(out_path).write_text(json.dumps(out))
    print(len(out), "readings")


def _right(label: dict, r: dict) -> dict:
    ls = _nums(label.get("sections") or [])
    return {"o": r["o"] == label["outcome"], "n": r["n"] == bool(label["ncnd"]),
            "p": _parts_right(label.get("parts"), r["p"]), "s": bool(ls) and ls <= _nums(r["s"])}


def cmp(base_path: str, new_path: str) -> None:
    lab = labels()
    a, b = json.loads(Path(base_path).read_text()), json.loads(Path(new_path).read_text())
    tot = {k: [0, 0] for k in "onps"}
    for k in sorted(set(a) & set(b)):
        label = lab.get(k)
        if not label:
            continue
        ra, rb = _right(label, a[k]), _right(label, b[k])
        for t in "onps":
            tot[t][0] += ra[t]
            tot[t][1] += rb[t]
        if ra != rb or a[k] != b[k]:
            lost = any(ra[t] > rb[t] for t in "onps")
            gain = any(rb[t] > ra[t] for t in "onps")
            tag = "LOST" if lost else ("GAIN" if gain else "same")
            print(f"{k:8} {tag} label={label['outcome']}/{int(bool(label['ncnd']))} {a[k]['o']}->{b[k]['o']} "
                  f"ncnd {int(a[k]['n'])}->{int(b[k]['n'])} parts {ra['p']}->{rb['p']} sec {int(ra['s'])}->{int(rb['s'])} "
                  f"{a[k]['s']}->{b[k]['s']}")
    print("totals (before, after):", tot, "of", len(set(a) & set(b)))


def persplit(out_path: str) -> None:
    lab = labels()
    t: dict[str, Counter] = defaultdict(Counter)
    for k, r in json.loads(Path(out_path).read_text()).items():
        label = lab.get(k)
        if not label:
            continue
        c = t[label["split"]]
        c["n"] += 1
        c["o"] += r["o"] == label["outcome"]
        c["ncnd"] += r["n"] == bool(label["ncnd"])
        if label.get("sections"):
            c["sn"] += 1
            c["s"] += _nums(label["sections"]) <= _nums(r["s"])
        if label.get("parts"):
            c["pn"] += len(label["parts"])
            c["p"] += _parts_right(label["parts"], r["p"])
    for k in sorted(t):
        c = t[k]
        print(f"  {k}: {c['n']}  outcome {c['o']}/{c['n']}  NCND {c['ncnd']}/{c['n']}  sections {c['s']}/{c['sn']}  "
              f"parts {c['p']}/{c['pn']}")


def report(name: str, checkout: str, texts: str) -> None:
    """A report set read ONCE per checkout: overall, per source kind, body type and authority; counts only."""
    sys.path.insert(0, checkout)
    from askfoi.reply_explain import explain_reply

    lab = labels()
    tally: dict[str, Counter] = defaultdict(Counter)
    for line in Path(texts).read_text().splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        label = lab[row["id"]]
        r = _reading(explain_reply(row["reply"], request=row.get("request")).reading)
        right = _right(label, r)
        for key in ("all", label.get("source_kind", "?"), "body:" + label.get("body_type", "?"),
                    "authority:" + label.get("authority", "?")):
            c = tally[key]
            c["n"] += 1
            c["o"] += right["o"]
            c["ncnd"] += right["n"]
            if label.get("sections"):
                c["sn"] += 1
                c["s"] += right["s"]
            if label.get("parts"):
                c["pn"] += len(label["parts"])
                c["p"] += right["p"]
    for k in sorted(tally, key=lambda k: (k != "all", k)):
        c = tally[k]
        print(f"  {name} {k}: {c['n']} replies  outcome {c['o']}/{c['n']} = {c['o'] / c['n']:.3f}  "
              f"NCND {c['ncnd']}/{c['n']}  sections {c['s']}/{c['sn']}  parts {c['p']}/{c['pn']}")


def add(name: str, batch: str) -> None:
    """Records of a new set from a batch (stdin). Each record is a head line and its page excerpt:
    === id | url | authority | body_type | outcome | ncnd(y/n) | sections ; separated | parts ; separated | basis | query | source_kind
    <the excerpt as the search tool gave it, page furniture cut: the request, a line @@REPLY@@, the reply>
    Writes the claim (/work/heldout/claims/NAME.txt) first, then /work/heldout/NAME/texts/<id>.txt, the labels
    (/work/heldout/NAME/labels.jsonl, split "NAME-report", to be copied to the repo and committed before any reading),
    queries.tsv, and texts.jsonl (what `report` and `outs` read)."""
    d = HELDOUT / name
    (d / "texts").mkdir(parents=True, exist_ok=True)
    claims = HELDOUT / "claims" / f"{name}.txt"
    claims.parent.mkdir(parents=True, exist_ok=True)
    claims.touch()
    label_path = d / "labels.jsonl"
    have = {json.loads(x)["id"] for x in label_path.read_text().splitlines()} if label_path.exists() else set()
    recs, cur = [], None
    for line in batch.splitlines():
        if line.startswith("=== "):
            f = [x.strip() for x in line[4:].split("|")]
            if len(f) != 11:
                raise SystemExit(f"a head line needs 11 fields, not {len(f)}: {f[0]}")
            cur = {"head": f, "text": []}
            recs.append(cur)
        elif cur is not None:
            cur["text"].append(line)
    for r in recs:
        i, url, auth, bt, out, ncnd, secs, parts, basis, query, kind = r["head"]
        if i in have:
            print("skip", i)
            continue
        text = "\n".join(r["text"]).strip() + "\n"
        if "@@REPLY@@" not in text:
            raise SystemExit(f"{i}: no @@REPLY@@ line")
        if url not in claims.read_text().split():
            with claims.open("a") as fh:
                fh.write(url + "\n")
        (d / "texts" / f"{i}.txt").write_text(text)
        rec = {"id": i, "url": url, "authority": auth, "body_type": bt, "outcome": out, "ncnd": ncnd == "y",
               "sections": [s.strip() for s in secs.split(";") if s.strip()],
               "parts": [p.strip() for p in parts.split(";") if p.strip()], "split": f"{name}-report",
               "source_kind": kind, "source": f"pages corpus (the query that finds it: /work/heldout/{name}/queries.tsv)",
               "note": basis}
        with label_path.open("a") as fh:
            fh.write(json.dumps(rec) + "\n")
        with (d / "queries.tsv").open("a") as fh:
            fh.write(f"{i}\t{query}\t{url}\n")
        print("added", i, out)
    rows = []
    for p in sorted((d / "texts").glob("*.txt")):
        req, rep = p.read_text().split("@@REPLY@@", 1)
        rows.append(json.dumps({"id": p.stem, "request": req.strip(), "reply": rep.strip()}))
    (d / "texts.jsonl").write_text("\n".join(rows) + "\n")
    print(len(rows), "texts")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"outs", "cmp", "persplit", "report", "add"}:
        print(__doc__)
        return 2
    cmd, args = argv[0], argv[1:]
    if cmd == "outs":
        outs(args[0], args[1], args[2:])
    elif cmd == "cmp":
        cmp(args[0], args[1])
    elif cmd == "persplit":
        persplit(args[0])
    elif cmd == "report":
        report(args[0], args[1], args[2])
    else:
        add(args[0], sys.stdin.read())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
