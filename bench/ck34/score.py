"""ck34: score tests/data/ck34_cases.jsonl through `frame_message` (the framing `askfoi frame --json` prints).
Run: .venv/bin/python bench/ck34/score.py [A|B] [--quiet]   (--quiet: counts only, for set B)"""
from __future__ import annotations

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CUT = re.compile(r"(?i)\b(?:on|of|in|for|the|a|an|and|to|by|with)\.?$")


def judge(d: dict, e: dict) -> list[str]:
    why = []
    parts = d.get("parts") or []
    texts = [p["text"] for p in parts]
    auth = (d.get("authority") or {}).get("name") or ""
    choices = d.get("authority_choices") or []
    if "route" in e and d.get("route") != e["route"]:
        why.append(f"route {d.get('route')}")
    if "regime" in e and not re.fullmatch(e["regime"], d.get("regime") or ""):
        why.append(f"regime {d.get('regime')}")
    if "authority" in e and not any(re.search(e["authority"], n) for n in [auth, *choices] if n):
        why.append(f"authority {auth or '-'} choices {len(choices)}")
    if "not_authority" in e and auth and re.search(e["not_authority"], auth):
        why.append(f"wrong body {auth}")
    if len(choices) < e.get("choices_min", 0):
        why.append(f"{len(choices)} choices")
    if len(texts) < e.get("parts_min", 0):
        why.append(f"{len(texts)} parts")
    if len(texts) > e.get("parts_max", 99):
        why.append(f"{len(texts)} parts")
    for rx in e.get("parts_all", []):
        if not any(re.search(rx, t) for t in texts):
            why.append(f"no part /{rx}/")
    if "parts_none" in e:
        why += [f"bad part: {t[:60]}" for t in texts if re.search(e["parts_none"], t)]
    if "warned" in e:
        why += [f"unwarned: {p['text'][:60]}" for p in parts if re.search(e["warned"], p["text"]) and not p.get("warning")]
    if sum(1 for p in parts if p.get("warning")) < e.get("warned_min", 0):
        why.append("no NCND warning")
    why += [f"cut: {t[-40:]}" for t in texts if CUT.search(t.rstrip(". ")) and d.get("route") != "sar"]
    return why


def main(argv: list[str]) -> int:
    from askfoi.framing import frame_message

    want = next((a for a in argv if a in ("A", "B")), None)
    quiet = "--quiet" in argv
    cases = [json.loads(l) for l in (ROOT / "tests/data/ck34_cases.jsonl").read_text().splitlines() if l.strip()]
    ok = n = 0
    for c in cases:
        if want and c["set"] != want:
            continue
        d = frame_message(c["text"], None).as_json()
        why = judge(d, c["expect"])
        n += 1
        ok += not why
        if not quiet:
            print(f"{c['id']} {'ok ' if not why else 'BAD'} {'; '.join(why)}")
    print(f"{want or 'all'}: {ok}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
