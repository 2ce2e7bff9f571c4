"""nx67: count, per message set, the faults of nx67's four classes on the code at PYTHONPATH (main or the branch).
Usage: PYTHONPATH=<checkout> python bench/nx67_count.py FILE [FILE...]   (.jsonl with "text", or .txt one a line)
- conduct: parts about one identifiable person's complaints or conduct with a finding (someone-elses-records /
  third-party-personal-data) / with its one-key fix (a rewrite);
- subject: letters whose subject line is a fragment (bench/nx67_subjects.judge); noun-clause parts ending in "?";
- body: a body found from an acronym alias that is an ordinary word typed in lower case; framed (not kept) parts that
  say "their"/"they"/"them"; parts that ask "is it A or B" / which body is responsible."""
import json
import re
import sys
from collections import Counter
from datetime import date

sys.path.insert(0, "bench")
from nx67_subjects import CLAUSE, judge  # noqa: E402

from askfoi.answers import Answers  # noqa: E402
from askfoi.framing import frame_message  # noqa: E402
from askfoi.letter import draft_letter  # noqa: E402

CONDUCT = re.compile(r"(?i)\b(?:complain\w*|disciplin\w*|misconduct|investigat\w*|sacked|dismissed|suspended)\b")
WORD_ACRONYMS = {"ago", "banes", "spa", "cab", "acre", "cap", "cot", "feta", "gad", "idea", "lease", "nice", "oft",
                 "patrol", "push", "paw", "sac", "wrap", "watch", "sabre"}


def texts(path):
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield json.loads(line)["text"] if path.endswith(".jsonl") else line


def main(paths):
    for path in paths:
        c = Counter()
        for text in texts(path):
            c["messages"] += 1
            f = frame_message(text, today=date(2026, 12, 5))
            person = [x for x in f.findings if x.code in ("someone-elses-records", "third-party-personal-data")
                      and CONDUCT.search(" ".join(p.text for p in f.parts) + " " + text)]
            if person:
                c["conduct: flagged"] += 1
                c["conduct: with one-key fix"] += any(x.rewrite for x in person)
            if f.authority and f.authority.from_text and f.authority.from_text.strip().lower() in WORD_ACRONYMS \
                    and not f.authority.from_text.strip().isupper():
                c["body: word acronym in lower case"] += 1
            for p in f.parts:
                c["parts"] += 1
                if not p.kept_words and re.search(r"(?i)\b(?:their|they|them)\b", p.text or ""):
                    c["body: framed part says their/they/them"] += 1
                if re.search(r"(?i)\bis\s+it\s+\S.*\bor\b|^the name of the team, body or contractor", p.text or ""):
                    c["body: which-body part"] += 1
            parts = [p.text for p in f.parts if p.text]
            if not parts or f.route != "foi":
                continue
            try:
                letter = draft_letter(Answers(authority=f.authority.name if f.authority else "Leeds City Council",
                                              requester_name="Jane Smith", parts=parts[:12], period=f.period or "2025"),
                                      today=date(2026, 12, 5))
            except Exception:
                c["letter error"] += 1
                continue
            c["letters"] += 1
            c[f"subject: {judge(letter.subject)}"] += 1
            c["subject: noun-clause part ending ?"] += sum(
                1 for p in re.findall(r"(?m)^\d+\. (.*)$", letter.body) if p.rstrip().endswith("?") and CLAUSE.match(p))
        print(path, json.dumps(dict(sorted(c.items()))))


if __name__ == "__main__":
    main(sys.argv[1:])
