"""fx73: fx70's classes of rewording, counted in two framing reports (bench/fx58_run_frame.py output) of the same messages.
usage: python fx73_classes.py BASE.txt BRANCH.txt
ASKINSIDE  a part holding words of asking inside it (not askfoi's own "Please confirm whether" / "Please tell me" in front):
           "please state", ", please,", "please?", "can you tell me", "could you please", "please advise as to", a second
           sentence "Please provide ..."
LEADREP    a message two or more of whose parts open on the same run of 8+ words ending in ":" (a lead-in repeated whole)
LEADASK    a part holding a lead-in's asking words after its scope ("for each of the X referred to above please state")
STORYIN    a part holding a sentence of the person's story ("This is in breach ...", "I am writing to ask ...",
           "It is my understanding ...", "I understand ...")
FRONTBAD   a part opening on a particle or preposition left by an asking verb ("Through a copy of ...")
PARTS      parts in all"""
import re
import sys
from collections import defaultdict

PART = re.compile(r"^\s+\d+\.\s+\[([^\]]*)\]\s+(.*)$")
ASKINSIDE = re.compile(r"(?i)(?:\bplease\s+(?:state|list|advise|provide|send|supply|disclose|identify|specify)\b(?!.*^)|,\s*please\s*[,?)]|"
                       r"\s+please\s*[?)]|\bcan\s+you\s+tell\s+me\b|\bcould\s+you\s+(?:please\s+)?(?:tell|provide|advise|clarify|disclose)\b)")
FRONT_OWN = re.compile(r"(?i)^\W*(?:please\s+(?:confirm\s+whether|tell\s+me))\b")
STORY = re.compile(r"(?i)(?:\bthis\s+is\s+in\s+breach\b|\bi\s+am\s+writing\s+to\s+ask\b|\bit\s+is\s+my\s+understanding\b|"
                   r"(?:^|[.?!]\s+)i\s+understand\b)")
LEADASK = re.compile(r"(?i)\b(?:referred\s+to\s+above|for\s+each\s+of\s+[^.?]{3,60}?)\s+please\s+(?:state|provide|advise|list)\b")
FRONTBAD = re.compile(r"(?i)^\W*(?:through|over|across|with|of|to)\s+(?:a|an|the|any|all)\b")


def blocks(path):
    out, cur = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("### "):
            cur = line[4:].strip()
            out[cur] = []
        elif cur is not None:
            m = PART.match(line.rstrip("\n"))
            if m:
                out[cur].append(m.group(2))
    return out


def count(path):
    c, where = defaultdict(int), defaultdict(set)
    for mid, parts in blocks(path).items():
        c["PARTS"] += len(parts)
        opens = defaultdict(int)
        for p in parts:
            body = FRONT_OWN.sub("", p)
            if ASKINSIDE.search(body) or re.search(r"[.?!]\s+Please\s+(?:provide|send|supply|list)\b", p):
                c["ASKINSIDE"] += 1; where["ASKINSIDE"].add(mid)
            if LEADASK.search(p):
                c["LEADASK"] += 1; where["LEADASK"].add(mid)
            if STORY.search(p):
                c["STORYIN"] += 1; where["STORYIN"].add(mid)
            if FRONTBAD.match(p):
                c["FRONTBAD"] += 1; where["FRONTBAD"].add(mid)
            m = re.match(r"^((?:\S+\s+){8,}?\S*:)\s", p)
            if m:
                opens[m.group(1)] += 1
        if any(n >= 2 for n in opens.values()):
            c["LEADREP"] += 1; where["LEADREP"].add(mid)
    return c, where


if __name__ == "__main__":
    a, b = sys.argv[1:3]
    ca, wa = count(a)
    cb, wb = count(b)
    for k in ("PARTS", "ASKINSIDE", "LEADASK", "LEADREP", "STORYIN", "FRONTBAD"):
        print(f"{k:10s} {ca[k]:4d} -> {cb[k]:4d}   gone: {sorted(wa[k] - wb[k])}   new: {sorted(wb[k] - wa[k])}")
