"""fr11b: whether any finding's evidence is letter furniture (a salutation, a heading, a sign-off: askfoi.questions
.is_furniture) and whether too-many-questions quotes the letter's own number of parts, over the outputs of
`askfoi frame --json` for a set of messages. Usage: python bench/finding_evidence.py OUTPUTS.json
(OUTPUTS.json: {id: framing as JSON}, e.g. made by running frame_message over a holdout's messages.jsonl)."""

import json
import re
import sys

sys.path.insert(0, ".")
from askfoi.questions import is_furniture  # noqa: E402

_WHOLE = {"no-time-period", "too-vague", "vague-scope"}  # findings about the request as a whole: must quote an ask


def main(path: str) -> None:
    outputs = json.load(open(path))
    furniture, miscounted, total = [], [], 0
    for key, framing in sorted(outputs.items()):
        for finding in framing.get("findings", []):
            total += 1
            evidence = (finding.get("evidence") or "").strip()
            if finding.get("code") in _WHOLE and evidence and is_furniture(evidence):
                furniture.append((key, finding["code"], evidence[:70]))
            if finding.get("code") == "too-many-questions":
                n = re.match(r"(\d+)", evidence)
                if n and int(n.group(1)) != len(framing.get("parts", [])):
                    miscounted.append((key, evidence, len(framing.get("parts", []))))
    print(f"findings {total}; evidence that is furniture {len(furniture)}; too-many-questions miscounted {len(miscounted)}")
    for row in furniture + miscounted:
        print("  ", *row)


if __name__ == "__main__":
    main(sys.argv[1])
