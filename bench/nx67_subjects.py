"""nx67 (nc64 #14): subject lines and part endings of the letters askfoi drafts from first messages.
Usage: PYTHONPATH=<checkout> python bench/nx67_subjects.py FILE.jsonl [...]  (each line {"text", "split"?}).
Per split it counts the letters whose subject line is a fragment (one word that names nothing alone, a number with
letters on it, a question or a request said back, text cut with "...") or the period alone, and the parts that end
in "?" though they are noun clauses ("How much the council spent?"). The judge is written here, apart from the code."""
import json
import re
import sys
from collections import Counter
from datetime import date

from askfoi.answers import Answers
from askfoi.framing import frame_message
from askfoi.letter import draft_letter

EMPTY = set("number numbers total amount figure figures data information details records record documents times time "
            "cases case people persons individuals staff officers things ones steps reasons costing home homes it them "
            "they this that".split())
ASK = re.compile(r"(?i)^\s*(?:how|what|which|who|whom|why|when|where|whether|is|are|was|were|do|does|did|has|have|can|"
                 r"could|would|please)\b")
CLAUSE = re.compile(r"(?i)^\W*(?:(?:how(?:\s+(?:much|many))?|what|which|who|where|when|why)\s+(?:the|a|an|its|their|"
                    r"his|her|my|our|your|this|that|these|those|they|it|we|you|he|she|i)\b|whether\b)")


def judge(subject: str) -> str:
    topic = subject.split(":", 1)[1].strip() if ":" in subject else subject
    topic = re.sub(r",\s*(?:\d{4}(?:/\d{2,4})?|[A-Z][a-z]+ \d{4}.*)$", "", topic).strip()
    if re.fullmatch(r"(?:\d{4}(?:/\d{2,4})?|[A-Z][a-z]+ \d{4}.*|.*\d{4} to .*)?", topic):
        return "period only"
    words = re.findall(r"[\w']+", topic.lower())
    if "?" in topic or ASK.match(topic):
        return "fragment"
    if topic.endswith("..."):
        return "fragment"
    if len(words) == 1 and (words[0] in EMPTY or re.fullmatch(r"\d+[a-z']*", words[0]) or words[0].endswith("'s")):
        return "fragment"
    return "topic"


def main(paths):
    counts: dict[str, Counter] = {}
    seen = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            item = json.loads(line)
            split = item.get("split", "all")
            c = counts.setdefault(split, Counter())
            f = frame_message(item["text"], today=date(2026, 12, 5))
            parts = [p.text for p in f.parts if p.text]
            if not parts or f.route != "foi":
                continue
            name = f.authority.name if f.authority else "Leeds City Council"
            try:
                letter = draft_letter(Answers(authority=name, requester_name="Jane Smith", parts=parts[:12],
                                              period=f.period or "2025"), today=date(2026, 12, 5))
            except Exception as exc:  # a letter that cannot be drafted is counted, not fatal
                c["error"] += 1
                continue
            c["letters"] += 1
            kind = judge(letter.subject)
            c[kind] += 1
            if kind == "fragment":
                seen.append((split, letter.subject))
            for p in letter.parts:
                c["parts"] += 1
            body_parts = re.findall(r"(?m)^\d+\. (.*)$", letter.body)
            c["noun clause ending ?"] += sum(1 for p in body_parts if p.rstrip().endswith("?") and CLAUSE.match(p))
    for split, c in sorted(counts.items()):
        print(split, dict(c))
    for split, s in seen:
        print("  FRAGMENT", split, s)


if __name__ == "__main__":
    main(sys.argv[1:])
