"""nf1: count the shapes issue 8's newcomer found, over a messages.jsonl (id, text) as askfoi frames it.

  python bench/framing_shapes.py FILE [FILE ...] [--show]

Per message set, and for its informal messages (no "Dear ..." and no "Yours ..."):
- bare follow-ups: a part kept whole that counts no noun of its own ("How many found nothing?");
- glued follow-ups: a part holding two "how many" questions;
- question-order relatives: "of the X that did Y do ..." written by the head filling;
- subject lines cut: no topic could be read and the subject shows a question cut off ("...");
- story places: a part still saying "that hospital" (and the like) with no story-reference finding.
Prints counts only (no message text) unless --show. Run from a checkout (ASKFOI_ROOT is not needed)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from askfoi.answers import Answers
from askfoi.framing import frame_message
from askfoi.letter import _subject, _topic
from askfoi.models import Regime

BARE = re.compile(r"(?i)^\W*(?:and\s+|also\s+)?how\s+many\s+(?!of\b)(?:were|was|are|is|did|do|have|had|got|went|found|"
                  r"came|took|led|[a-z]+ed)\b")
QUESTION_ORDER = re.compile(r"(?i)\b(?:that|who)\s+(?:did|do|does)\s+(?!not\b)\w+\s+\w+\s+(?:do|get|issue|make|receive|have|spend|carry|pay|give|take|use)\b")
STORY_PLACE = re.compile(r"(?i)\b(?:that|this|the\s+same)\s+(?:hospital|infirmary|school|academy|college|prison|station|"
                         r"care\s+home|home|surgery|practice|library|park)")


def informal(text: str) -> bool:
    return not re.search(r"(?im)^\s*dear\b|\byours\s+(?:faithfully|sincerely)", text)


def shapes(text: str) -> Counter:
    out: Counter = Counter()
    framing = frame_message(text)
    texts = [p.text for p in framing.parts]
    out["parts"] += len(texts)
    out["bare follow-ups"] += sum(1 for p in framing.parts if p.kept_words and BARE.match(p.text))
    out["glued follow-ups"] += sum(1 for t in texts if len(re.findall(r"(?i)\bhow\s+many\b", t)) > 1)
    out["question-order relatives"] += sum(1 for t in texts if QUESTION_ORDER.search(t))
    codes = {getattr(f, "code", "") for f in framing.findings}
    out["story places left"] += sum(1 for t in texts if STORY_PLACE.search(t)) if "story-reference" not in codes else 0
    if texts:
        answers = Answers(authority="x", parts=texts[:20])
        subject = _subject(Regime.FOIA, answers.parts, None, _topic(answers))
        out["subject lines cut"] += int(subject.endswith("..."))
        out["letters"] += 1
    return out


def main(argv: list[str]) -> int:
    show = "--show" in argv
    for path in [a for a in argv if not a.startswith("--")]:
        total, casual = Counter(), Counter()
        n = n_casual = 0
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            found = shapes(row["text"])
            total += found
            n += 1
            if informal(row["text"]):
                casual += found
                n_casual += 1
            if show and any(found[k] for k in found if k not in ("parts", "letters")):
                print(row["id"], dict(found))
        keys = ["parts", "bare follow-ups", "glued follow-ups", "question-order relatives", "subject lines cut", "story places left"]
        print(f"{path}: {n} messages ({n_casual} informal)")
        for k in keys:
            print(f"  {k:28} all {total[k]:4}   informal {casual[k]:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
