# authority and parts of every in-repo first message (tests/data/first_messages.jsonl + fx sets' texts where in repo);
# run once with PYTHONPATH=main and once with the branch, then diff the two outputs
import json, sys
from datetime import date
from pathlib import Path
from askfoi.framing import frame_message
rows = [json.loads(l) for l in (Path(__file__).resolve().parents[2] / "tests/data/first_messages.jsonl").read_text().splitlines() if l.strip()]
out = []
for r in rows:
    t = r.get("text") or r.get("message")
    try:
        f = frame_message(t, today=date(2026, 6, 1))
        out.append({"text": t[:80], "auth": f.authority.name if f.authority else None, "parts": [p.text for p in f.parts]})
    except Exception as e:
        out.append({"text": t[:80], "error": repr(e)[:100]})
Path(sys.argv[1]).write_text("\n".join(json.dumps(o) for o in out))
