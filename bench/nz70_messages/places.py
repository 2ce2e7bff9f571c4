import json, random
from askfoi.spelling import suggest
places=[json.loads(l)["place"] for l in open("knowledge/town_councils.jsonl") if l.startswith("{")]
random.seed(70); sample=random.sample(places, min(400,len(places)))
bad=[]
for p in sample:
    s=suggest(f"how many potholes were reported in {p} last year")
    if s: bad.append((p,s))
print(len(sample), "places;", len(bad), "given a spelling fix"); print(bad[:15])
