"""rv51: what the review letters say about the parts under dispute and about advice, over reply texts.

Usage: PYTHONPATH=<code> .venv/bin/python bench/rv51_letters.py JSONL_OR_DIR... [--since YYYY] [--until YYYY]
Each input is a JSONL of records with "excerpt" (or "reply") and optional "date", or a directory of .txt replies.
Counts, over the replies a review letter is written for:
- quotes_answered: the letter's opening quotes a part of the request that the reply answered in full while other parts
  were held back (nc50 #7: "Its first question was: ..." about the body-worn cameras);
- held_back_named: letters where the reply held back numbered parts and every one of those numbers is named;
- no_advice: cost / manifestly-unreasonable letters saying the reply gave no advice; advice_quoted: quoting it;
- unfinished: letters with the 12(4)(d) / 10(4)(d) paragraph.
Prints the counts and, with --show, the ids of letters in each count. Reads only; writes nothing."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def texts(args):
    since = until = None
    if "--since" in args:
        since = args[args.index("--since") + 1]
    if "--until" in args:
        until = args[args.index("--until") + 1]
    paths = [a for a in args if not a.startswith("--") and not re.fullmatch(r"\d{4}", a)]
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.glob("*.txt")):
                t = f.read_text(encoding="utf-8", errors="replace")
                yield f.name, t.split("=== REPLY ===", 1)[-1]
        else:
            for line in p.read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                d = str(r.get("date") or "")
                if since and (not d or d[:4] < since) or until and (not d or d[:4] >= until):
                    continue
                t = r.get("excerpt") or r.get("reply") or ""
                if t:
                    yield r.get("id") or r.get("url"), t


def main(args):
    from askfoi.followup import NothingToChallenge, cited_only, parts_as_said, review_letter
    from askfoi.models import Outcome
    from askfoi.part_trust import letter_parts
    from askfoi.reader import read_reply

    try:
        from askfoi.disputed_parts import reply_items
    except ImportError:  # main's code: the same reading of the reply's restated list, for the count only
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from importlib import util
        spec = util.spec_from_file_location("dp", Path(__file__).resolve().parents[1] / "askfoi" / "disputed_parts.py")
        mod = util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        reply_items = mod.reply_items
    counts = dict(letters=0, part_replies=0, quotes_answered=0, held_back_named=0, held_back=0, no_advice=0,
                  advice_quoted=0, cost=0, unfinished=0)
    show: dict[str, list] = {k: [] for k in counts}
    for key, text in texts(args):
        try:
            letter = review_letter(text, name="A Person")
        except NothingToChallenge:
            continue
        except Exception as e:  # noqa: BLE001
            print("error", key, type(e).__name__, e, file=sys.stderr)
            continue
        counts["letters"] += 1
        body = " ".join(letter.body.split())
        reading = letter_parts(parts_as_said(cited_only(read_reply(text), text)), text)
        given = {p.number for p in reading.parts if p.outcome == Outcome.disclosed}
        held = [p.number for p in reading.parts if p.outcome not in (Outcome.disclosed, Outcome.published)]
        if given and held:
            counts["part_replies"] += 1
            items = reply_items(text)
            opening = body.split("Dear", 1)[-1].split(". ", 1)[-1][:1200]
            quoted = re.findall(r'"([^"]{8,})"', opening.split("Parts still owed")[0])
            for q in quoted:
                match = [n for n, words in items.items() if q.rstrip(".?")[:60] in " ".join(words.split())] or (
                    ["1"] if "first question" in opening or "It asked" in opening else [])
                if any(n in given for n in match):
                    counts["quotes_answered"] += 1
                    show["quotes_answered"].append(key)
                    break
            counts["held_back"] += 1
            if all(re.search(rf"\bparts?\b[^.]{{0,40}}\b{n}\b", body) for n in held):
                counts["held_back_named"] += 1
            else:
                show["held_back_named"].append(key)
        if "The cost estimate" in body or "The burden of answering" in body or "The cost limit" in body:
            counts["cost"] += 1
            if "gave me no advice" in body:
                counts["no_advice"] += 1
                show["no_advice"].append(key)
            if "Your response suggested:" in body:
                counts["advice_quoted"] += 1
        if "Unfinished material" in body:
            counts["unfinished"] += 1
            show["unfinished"].append(key)
    print(json.dumps(counts))
    if "--show" in args:
        for k, v in show.items():
            if v:
                print(k, v[:40])


if __name__ == "__main__":
    main(sys.argv[1:])
