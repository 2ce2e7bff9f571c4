"""fc59: each part of chosen tuning texts with the NCND rule trace (topics, shape, p, bar, gates, person-case route).
    .venv/bin/python bench/fc59/trace_parts.py fc59|fc58 [SLUG ...]
Tuning rows only: a report row's text is never printed (fc61: fc58's former report split is tuning from session 49, so
every fc58 row is traced; fc61, the report set of session 49, is tuning from session 50 and traced whole;
fc64, the report set of session 50, is tuning from session 51 and traced whole; fc67, the report set of session 51, is tuning from session 52 and traced whole; fc70, the report set of session 52, is tuning from session 53 and traced whole; the report set fc73 has no entry here). Texts from the folders bench/eval_police_texts.py reads.
The first trace line of a text is the whole text's forecast, then one per part (in the order the matcher scored them)."""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO)); sys.path.insert(0, str(REPO / "bench"))
import eval_police_texts as ep  # noqa: E402
import eval_real_requests as ev  # noqa: E402
from askfoi.matching import get_matcher  # noqa: E402
from askfoi.ncnd_topics import topic_words  # noqa: E402

which, slugs = sys.argv[1], sys.argv[2:]
labels, env, default = ep.SETS[which]
recs = [r for r in ep.load(default, labels) if (r["split"] == "tuning" or which in ("fc58", "fc61", "fc64", "fc67", "fc70")) and (not slugs or r["slug"] in slugs)]
m = get_matcher()
own = ev.own_records(recs, m)
copies = m.ids_at([u for r in recs for u in ep.mirrors(r["address"])])
for r, mine in zip(recs, own):
    mine = list(mine) + [i for u in ep.mirrors(r["address"]) for i in copies.get(u, [])]
    m.ncnd_trace = []
    f = m.match(r["text"], r["authority"], exclude=mine).forecast
    print("==", r["slug"], "ncnd", r["ncnd"], "warned", f.ncnd_likely)
    for p in f.parts:
        print("  ", "!" if p.ncnd_likely else "-", p.text[:150], topic_words(p.text))
    for t in m.ncnd_trace:
        print("      topics", t["topics"], "shape", t["shape"], "p", t["p"], "bar", round(t["bar"] * t["scale"], 3),
              "gates", t["gates"], "case", t["case"], "ruled", t["ruled"])
