"""fc48 (issue 9 item 3): do the ncnd-risk warning (`askfoi frame`, as a person sees it) and the forecast's `ncnd_likely`
(`askfoi match`) agree, and are they right, on a labelled set of first messages?

The set (tests/data/fc48_ncnd_parts.jsonl) gives for each message whether it should be warned of NCND (`warn`): its own
text (messages written for the set), or its id in tests/data/first_messages.jsonl, or its id in a file of real requests
kept outside the repo (/work/heldout/..., tuning only; skipped when absent). Reports, for the frame's warning and for the
forecast: recall on the messages that should warn, false alarms on those that should not, and how often the two agree.

    PYTHONPATH=. .venv/bin/python bench/ncnd_agree.py [--labels FILE] [--out RUN.jsonl] [--list] [--chat]

fc50: `--chat` also scores the chatbot's forecast: the message framed, its parts given to the forecast as the chat
gives them (askfoi/conversation.py `insight`: each part read with its frame's decision, askfoi/forecast_parts.py
`read_with_frames`), and, as `chat_plain`, each part read as its text alone (the chat before fc50).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "fc48_ncnd_parts.jsonl"


def load(path: Path = LABELS) -> list[dict]:
    """The labelled messages with their text filled in; records whose text cannot be found are left out."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    files: dict[str, dict[str, dict]] = {}
    out = []
    for row in rows:
        if not row.get("text"):
            src = row.get("source", "")
            where = Path(src) if src.startswith("/") else ROOT / src
            if src not in files:
                files[src] = {}
                if where.is_file():
                    for line in where.read_text(encoding="utf-8").splitlines():
                        try:
                            d = json.loads(line)
                        except ValueError:
                            continue
                        if isinstance(d, dict) and d.get("id"):
                            files[src][d["id"]] = d
            found = files[src].get(row["id"])
            if found is None:
                continue
            row = dict(row, text=found.get("text"), authority=row.get("authority") or found.get("authority"))
        out.append(row)
    return out


def frame_warns(text: str, authority: str | None) -> bool:
    """Whether `askfoi frame` warns of NCND: an ncnd-risk finding or a part's warning."""
    from askfoi.framing import frame_message

    f = frame_message(text, authority)
    return any(getattr(x, "code", "") in ("ncnd-risk",) for x in f.findings) or any(p.warning for p in f.parts)


def chat_warns(matcher, text: str, authority: str | None) -> tuple[bool, bool]:
    """fc50: (the chat's forecast warns, the chat's forecast with each part read as its text alone warns) for the parts
    the frames make of TEXT, as the chatbot gives them to the forecast (askfoi/conversation.py `insight`)."""
    from askfoi.forecast_parts import read_with_frames
    from askfoi.framing import frame_message

    frames = [p for p in frame_message(text, authority).parts if (p.text or "").strip()]
    parts = [p.text for p in frames]
    if not parts:
        return False, False
    letter = "\n".join(f"{i}. {p}" for i, p in enumerate(parts, 1))
    read = read_with_frames(parts, frames, text)
    return (bool(matcher.match(letter, authority, 5, parts=read).forecast.ncnd_likely),
            bool(matcher.match(letter, authority, 5, parts=parts).forecast.ncnd_likely))


def rates(rows: list[dict], key: str) -> dict:
    pos = [r for r in rows if r["warn"]]
    neg = [r for r in rows if not r["warn"]]
    return {"recall": sum(r[key] for r in pos), "pos": len(pos), "false": sum(r[key] for r in neg), "neg": len(neg)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--list", action="store_true", help="print every message with its two verdicts")
    ap.add_argument("--chat", action="store_true", help="also the chatbot's forecast on the framed parts (fc50)")
    args = ap.parse_args(argv)
    from askfoi.matching import get_matcher

    matcher = get_matcher()
    rows = load(args.labels)
    for r in rows:
        r["frame"] = frame_warns(r["text"], r.get("authority"))
        r["forecast"] = bool(matcher.match(r["text"], r.get("authority"), 5).forecast.ncnd_likely)
        if args.chat:
            r["chat"], r["chat_plain"] = chat_warns(matcher, r["text"], r.get("authority"))
        if args.list:
            mark = lambda b: "W" if b else "-"  # noqa: E731
            chat = f" chat {mark(r['chat'])} plain {mark(r['chat_plain'])}" if args.chat else ""
            print(f"{r['id']:<26} want {mark(r['warn'])} frame {mark(r['frame'])} forecast {mark(r['forecast'])}{chat}  "
                  f"{' '.join(r['text'].split())[:90]}")
    keys = ("frame", "forecast") + (("chat", "chat_plain") if args.chat else ())
    for key in keys:
        x = rates(rows, key)
        print(f"{key:<10} recall {x['recall']}/{x['pos']}  false alarms {x['false']}/{x['neg']}")
    for key in keys[1:]:
        agree = sum(r["frame"] == r[key] for r in rows)
        print(f"agree {key:<10} {agree}/{len(rows)}  (both right {sum(r['frame'] == r[key] == r['warn'] for r in rows)})")
    if args.out:
        with args.out.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({k: r[k] for k in ("id", "warn") + keys}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
