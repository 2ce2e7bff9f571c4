"""env17: the EIR decision measured on the pack's real requests whose law is known (knowledge/responses).

A record is environmental when its regime is EIR or it cites EIR/EISR regulations or FOISA s39(2) (environmental
information handled under the EISR); not environmental when it cites only FOIA/FOISA sections. Its text is `asked`
(else its title). Split by date: before 2020 (and undated) is the tuning half, 2020 on the report half.
"before" is the word decision (the environmental-information check raising the EIR on the text, examples left out);
"after" is askfoi.environmental.part_law (what the part asks for, and who is asked).

Usage: .venv/bin/python bench/eval_env17_regime.py [--show tune|report] [--errors N]
(the figures of an older checkout: PYTHONPATH=OLD_CHECKOUT .venv/bin/python bench/eval_env17_regime.py)
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def records():
    for fn in sorted(glob.glob(os.path.join(HERE, "..", "knowledge", "responses", "*.jsonl"))):
        for line in open(fn, encoding="utf-8"):
            try:
                r = json.loads(line)
            except ValueError:
                continue
            secs = [s or "" for s in r.get("sections") or []]
            if r.get("regime") == "EIR" or any(re.match(r"(?i)(EIRS?|EISRS?)\b", s) for s in secs) \
                    or any(s.startswith("FOISA") and "39(2)" in s for s in secs):
                label = True
            elif secs or r.get("regime") == "FOISA":
                label = False
            else:
                continue
            text = r.get("asked") or r.get("title") or ""
            if not text.strip():
                continue
            date = str(r.get("request_date") or r.get("response_date") or "")[:4]
            if not re.match(r"(19|20)\d\d", date):
                m = re.search(r"\b(?:19|20)\d\d\b", r.get("title", ""))
                date = m.group(0) if m else ""
            yield {"id": r["id"], "label": label, "text": text, "type": r.get("authority_type"),
                   "authority": r.get("authority"), "half": "report" if date >= "2020" else "tune"}


def main():
    from askfoi.checks import Regime, check_request
    try:
        from askfoi.environmental import asked_text, part_law
    except ImportError:  # a checkout before env17 (PYTHONPATH=...): its word decision only
        from askfoi.framing import _EXAMPLE

        def asked_text(text):
            return _EXAMPLE.sub(" ", text)

        def part_law(text, kind):
            return None

    ap = argparse.ArgumentParser()
    ap.add_argument("--show", choices=["tune", "report"])
    ap.add_argument("--errors", type=int, default=40)
    ap.add_argument("--dump", help="write each record's id, half, label and decision to this file")
    a = ap.parse_args()
    seen = set()
    stats = {}
    errors = []
    dumped = []
    for r in records():
        key = (r["text"].lower(), r["authority"])
        if key in seen:
            continue
        seen.add(key)
        before = check_request(asked_text(r["text"])).regime == Regime.EIR
        law = part_law(r["text"], r["type"])
        after = law.environmental if law is not None else before
        for name, got in (("before", before), ("after", after)):
            s = stats.setdefault((r["half"], name), {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
            s[("t" if got == r["label"] else "f") + ("p" if got else "n")] += 1
        dumped.append({"id": r["id"], "half": r["half"], "label": r["label"], "eir": after})
        if a.show == r["half"] and after != r["label"]:
            errors.append(f"{'FN' if r['label'] else 'FP'} [{r['type']}] {r['text'][:150]}")
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            for row in dumped:
                f.write(json.dumps(row) + "\n")
    for (half, name), s in sorted(stats.items(), key=lambda x: (x[0][0] != "tune", x[0][1] != "before")):
        p = s["tp"] / max(1, s["tp"] + s["fp"])
        rc = s["tp"] / max(1, s["tp"] + s["fn"])
        print(f"{half:6} {name:6} n={sum(s.values()):4} EIR={s['tp'] + s['fn']:3} precision={p:.2f} recall={rc:.2f} "
              f"tp={s['tp']} fp={s['fp']} fn={s['fn']}")
    for e in errors[: a.errors]:
        print(e)


if __name__ == "__main__":
    main()
