"""fx67 (from bench/fx64_classes.py, fx64's classes kept as they were, two added): count the classes of rewording in two framing reports (bench/fx58_run_frame.py output) of the
same messages. usage: python classes.py BASE.txt BRANCH.txt
SHORT    items the text lists (numbered/lettered/roman labels, bullets, or "?" sentences when there is no list) that
         outnumber the letter's parts: the count of items short, a proxy for items lost or joined
LABEL    a part that opens with a bare item label ("1 Copy of ...", "ii. The ...")
ASKFRONT a part that opens with words of asking ("Could I have sight of", "I would request that", "Would you be able")
FRAG     a part that is a fragment: it starts in lower case or with a date range, or ends "and." / "or." / "..."
ASKBACK  a message with no part that is asked what it wants
QUALPART fx67: a part that is only a qualifier of the question before it ("Please state the percentage/rate for each
         year.", "The percentage/rate for each year.", "For each individual complaint, please tell me ..."): a sentence
         that asks for a cut of the answer (each, per, separately, broken down) and opens with asking words, "For each"
         or a short noun phrase of the cut
STATEFRONT fx67: a part that opens with the imperative "State" ("State whether ...")
changed  messages whose output differs"""
import re, sys

def blocks(path):
    out, cur = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("### "):
            cur = line[4:].strip(); out[cur] = {"text": [], "lines": []}; state = "text"
        elif cur is None:
            continue
        elif line.startswith("TEXT: "):
            out[cur]["text"].append(line[6:].rstrip("\n")); state = "text"
        elif line.startswith("route=") or line.startswith("ERROR"):
            state = "out"; out[cur]["lines"].append(line.rstrip("\n"))
        elif state == "text":
            out[cur]["text"].append(line.rstrip("\n"))
        else:
            out[cur]["lines"].append(line.rstrip("\n"))
    return out

PART = re.compile(r"^\s+\d+\. \[([a-z_]+)(?: kept)?\] (.*)$")
ITEM_LINE = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.):]|[-*\u2022\u00b7]|Q\.?\s?\d{1,2}\b)\s*\S", re.I)
INLINE = re.compile(r"(?:^|[\s;:,?])\(?(\d{1,2}|[ivx]{1,4})[.)]\s+(?=[A-Za-z])")

def items_in(text_lines):
    text = "\n".join(text_lines)
    n = sum(1 for l in text_lines if ITEM_LINE.match(l) and not re.match(r"^\s*[a-h][.)]", l))
    if n >= 2:
        return n
    labels = [m.group(1) for m in INLINE.finditer(text)]
    run = 0
    for lab in labels:
        if lab in (str(run + 1), ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"][run] if run < 8 else ""):
            run += 1
    if run >= 2:
        return run
    bare = re.findall(r"(?:^|\s)(\d{1,2})\s+(?=[A-Z][a-z])", text)
    run = 0
    for lab in bare:
        if lab == str(run + 1):
            run += 1
    if run >= 3:
        return run
    return text.count("?")

ASKING = re.compile(r"(?i)^\W*(?:i\s+would\s+(?:request|like|be\s+grateful)|i\s+request|i\s+am\s+(?:requesting|asking)|"
                    r"could\s+(?:i|you|we)|can\s+(?:i|you|we)|would\s+you|may\s+i|please\b|kindly\b|i\s+want\b|"
                    r"under\s+(?:the\s+)?(?:foi|freedom)\b)")
CLASSES = {
    "LABEL": lambda p, k: re.match(r"^\(?(?:\d{1,2}|[ivx]{1,4})(?:[.)]|\s)\s*[A-Z]", p),
    "ASKFRONT": lambda p, k: ASKING.match(p) and not re.match(r"(?i)please\s+confirm\s+whether\b", p),
    "QUALPART": lambda p, k: bool(re.match(r"(?i)^\W*(?:(?:please\s+)?(?:also\s+)?(?:state|give|provide|show|include|list|indicate|specify|detail|break\s+(?:this|these|it|them)\s+down)\b|for\s+each\b|the\s+[\w/-]+(?:\s+[\w/-]+)?\s+for\s+each\b)", p)
                                   and re.search(r"(?i)\b(?:each|per|separately|broken\s+down|breakdown)\b", p)),
    "STATEFRONT": lambda p, k: bool(re.match(r"^State\s", p)),
    "FRAG": lambda p, k: re.match(r"^[a-z]|^\d{1,2}\s+\w+\s+\d{4}\s+to\b", p) or re.search(r"(?:,\s*(?:and|or)\.|\.\.\.|\band\.|\bor\.)$", p),
}

def count(path):
    n = {c: [0, set()] for c in ["SHORT", *CLASSES, "ASKBACK"]}
    for mid, b in blocks(path).items():
        parts = [PART.match(l) for l in b["lines"]]
        parts = [(m.group(1), m.group(2)) for m in parts if m]
        for kind, text in parts:
            for c, test in CLASSES.items():
                if test(text, kind):
                    n[c][0] += 1; n[c][1].add(mid)
        asked = items_in(b["text"])
        if parts and asked > len(parts):
            n["SHORT"][0] += asked - len(parts); n["SHORT"][1].add(mid)
        if not parts and any(l.strip().startswith("ASK:") for l in b["lines"]):
            n["ASKBACK"][0] += 1; n["ASKBACK"][1].add(mid)
    return n

if __name__ == "__main__":
    base, branch = count(sys.argv[1]), count(sys.argv[2])
    a, b = blocks(sys.argv[1]), blocks(sys.argv[2])
    changed = [m for m in a if m in b and a[m]["lines"] != b[m]["lines"]]
    for c in base:
        print(f"{c:9} {base[c][0]:3} ({len(base[c][1])}) -> {branch[c][0]:3} ({len(branch[c][1])})")
    print(f"changed   {len(changed)} of {len(a)}: {', '.join(changed)}")
