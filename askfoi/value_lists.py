"""fx76 (issue 8): a list of bare values under a lead-in, joined into the lead.

People list what a lead-in's slot holds on lines of their own: the places ("... pass rates of practical tests in the
following areas:" over "(1) Cheltenham", "(2) Swindon", "(3) Chippenham"), the people or bodies ("... held by:" over two
ministers; "... for the below organisations" over four names), the periods ("... for each of the following time periods:"
over "i) 2014/15" ...) or the qualifiers of time ("... were there for:" over "(a) within 24 hours ...", "(b) within 48
hours ..."). Each line on its own asks nothing and names no record; read as items they were lost or asked back. Here
such a run of lines is written into the lead it fills, so the lead is read as one request with its values. What is a
value is data (knowledge/vocab/value_lists.yaml)."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_YEAR = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?\b")
_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b")
_POINTER = re.compile(r"(?i)\bthe\s+(?:below|following|undermentioned|listed)\s+(?P<noun>[a-z]+(?:\s+(?!(?:in|on|at|for|to|of|from|with|by|and|or|about|regarding|between)\b)[a-z]+)?)\b")
_BULLET_DOTS = re.compile(r"(?:^|\s)\.\s+(?=[A-Z0-9])")


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    data, _ = load_vocab("value_lists")
    return data if isinstance(data, dict) else {}


def _label_off(line: str) -> str:
    from askfoi.outline import LABEL

    out = line.strip()
    m = LABEL.match(out)
    if m and m.end() < len(out):
        out = out[m.end():]
    return out.strip()


def _values(line: str) -> list[str] | None:
    """The values one LINE holds (a line of bullets flattened to " . " may hold several), or None when it is no value line."""
    raw = line.strip()
    if not raw:
        return None
    pieces = [p for p in _BULLET_DOTS.split(raw) if p.strip()] if _BULLET_DOTS.match(raw) else [raw]
    out = []
    for piece in pieces:
        value = _label_off(piece).rstrip(" ,;.")
        if not value or "?" in value or value.endswith(":") or _kind(value) is None:
            return None
        out.append(value)
    return out


def value_line(line: str) -> bool:
    """fx98: LINE is a bare name on a line of its own (a value a lead-in's slot holds, never a period or a qualifier)."""
    found = _values(line)
    return bool(found) and all(_kind(v) == "name" for v in found)


def _kind(value: str) -> str | None:
    """"name", "period" or "qualifier" when VALUE is a bare value of that kind, else None."""
    w = _words()
    words = value.split()
    low = value.lower()
    if any(low.startswith(q + " ") for q in w.get("qualifier_words") or []) and re.search(r"\d", value) \
            and len(words) <= 2 * int(w.get("max_words") or 8):
        return "qualifier"  # "within 24 hours of the date of the pre-booked sailing"
    core = re.sub(r"\([^)]*\)", " ", value)  # "2017/18 to date (most recent data available)": the aside is no value
    words = core.split()
    if not words or len(words) > int(w.get("max_words") or 8):
        return None
    lower = {x.lower().strip("(),") for x in words}
    if lower & {x.lower() for x in w.get("not_values") or []}:
        return None
    if _YEAR.search(core):
        rest = _MONTH.sub(" ", _YEAR.sub(" ", core))
        rest = re.sub(r"(?i)\b(?:to|date|and|financial|calendar|year|years|fy|q[1-4]|quarter|inclusive|present|now|today)\b",
                      " ", rest)
        if len(re.findall(r"[A-Za-z]{2,}", rest)) <= 1:
            return "period"
    joining = {x.lower() for x in w.get("joining_words") or []}
    units = {x.lower() for x in w.get("unit_heads") or []}  # fx98: "Business Rates / Council Tax team"
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return None
    for word in words:
        bare = word.strip("(),'\"")
        if not bare:
            continue
        if bare.lower() in joining or bare[:1].isupper() or bare.lower() in units and word is words[-1] or bare[:1].isdigit() or "/" in bare and bare.split("/")[-1][:1].isupper():
            continue
        return None
    return "name"


def _join(values: list[str]) -> str:
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]


def _items_follow(lines: list[str], j: int) -> bool:
    """Whether the first line with words from J on is a list item (it opens on a list label)."""
    from askfoi.outline import LABEL

    nxt = next((line.strip() for line in lines[j:] if line.strip()), "")
    return bool(nxt) and bool(LABEL.match(nxt))


_BREAKDOWN = re.compile(r"(?i)\b(?:break\s*down|broken\s+down|breakdown|split\s+by|split\s+into)\b")


_RELATION = re.compile(r"\s*(?:in\s+relation\s+to|in\s+reference\s+to|in\s+respect\s+of|with\s+regards?\s+to|regarding|"
                       r"concerning|relating\s+to|about)\b")


def _open_lead(lead: str) -> bool:
    """fx98: LEAD ends on a word that wants what follows it ("... to any officer of HBC specially", "... including"):
    the lines after it are its values, as after a colon."""
    ends = [x.lower() for x in _words().get("open_leads") or []]
    low = lead.lower().rstrip()
    return any(re.search(rf"\b{re.escape(e)}$", low) for e in ends)


def joined_value_lists(text: str) -> str:
    """TEXT with each run of bare values under a lead-in written into that lead (the module's doc); unchanged when
    there is none."""
    if not text or "\n" not in text:
        return text
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        lead = lines[i].strip()
        pointer = _POINTER.search(lead) if not lead.endswith(":") else None
        opened = _open_lead(lead) and not pointer and not lead.endswith(":")
        if opened:
            lead += ":"  # fx98: "... to any officer of HBC specially" over the departments' lines
        if not lead or "?" in lead[-1:] or not (lead.endswith(":") or pointer) or _BREAKDOWN.search(lead):
            # (merge fix) a breakdown's list ("a breakdown by the following demographics:") belongs to the question
            # above it, which askfoi/breakdown_lists.py joins it to
            i += 1
            continue
        j, values, kinds, used = i + 1, [], [], []
        while j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            found = _values(lines[j])
            if found is None:
                break
            values.extend(found)
            kinds.extend(_kind(v) for v in found)
            used.append(j)
            j += 1
        if len(values) < 2 or len(set(kinds)) > 1:
            i += 1
            continue
        if kinds[0] == "qualifier":
            # "... were there for:" over "(a) within 24 hours ...", "(b) within 48 hours ...": one question, a figure for
            # each ("..., separately within 24 hours ... and within 48 hours ...?"); labels inside a sentence are dropped
            # by the readers, and the lead's "for" would then govern a phrase of its own
            lead = re.sub(r"(?i)\s+(?:for|in|by)\s*:$", ":", lead).rstrip(" :") + ", separately"
            labelled = values
            asks = re.match(r"(?i)\W*(?:how|what|which|who|when|where|whether)\b", lead) or re.search(
                r"(?i)\b(?:how\s+many|how\s+much)\b", lead)
            joined = f"{lead} {_join(labelled)}{'?' if asks else '.'}"  # one question: its breakdown stays inside it
        elif pointer:
            joined = lead[:pointer.end()] + f" ({_join(values)})" + lead[pointer.end():]
            after = next((x.strip() for x in lines[j:] if x.strip()), "")
            if joined[-1:].isalnum() and (not after or after[:1].isupper()):
                joined += "."  # fx98: the lead's sentence ends with its values' block (the next line starts anew)
        elif lead.endswith(":") and _items_follow(lines, j) and kinds[0] != "period":
            # "For each question I am seeking information for each of the following time periods:" over the periods and
            # then the numbered questions: the lead keeps its colon, so it still reaches the items after its values
            joined = f"{lead[:-1].rstrip()} ({_join(values)}):"
        else:
            last = re.findall(r"[A-Za-z]+", lead)[-1:] or [""]
            ends = {x.lower() for x in _words().get("open_ends") or []}
            head = lead[:-1].rstrip() if last[0].lower() in ends or opened else lead
            noun = re.search(r"(?i)\beach\s+of\s+the\s+following\s+(?P<noun>(?:[a-z]+\s+)?(?:periods?|years?|months?|quarters?))\s*:$", lead)
            item = re.match(r"(?i)\s*(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|q\d+[.):]?)\s+", lead) or re.search(
                r"(?i)\b(?:how\s+many|how\s+much|what|which|who|when|where|whether)\b", lead)
            if kinds[0] == "period" and noun and _items_follow(lines, j) and not item:
                # "For each question I am seeking information for each of the following time periods:" over the periods
                # and then the numbered questions: the lead says when every question is asked for, written as a lead-in
                # of its own ("For each of the time periods 2014/15, ... and 2017/18 to date:") that reaches each item
                head = None
                bare = [re.sub(r"\s*\([^)]*\)", "", v) for v in values]  # "2017/18 to date (most recent data available)"
                joined = f"For each of the {noun.group('noun').lower()} {_join(bare)}:"
            elif kinds[0] == "period":
                # "... for each of the following time periods: 2014/15, ...": a sentence that says when, with no colon
                # left in it (a colon would make it a lead-in pasted into each question after it)
                head = re.sub(r"(?i)\bthe\s+following\s+", "the ", lead.rstrip(" :"))
            if head is not None:
                # (merge fix) a numbered question over its years keeps its question: "1. How many street lights were
                # switched off at night in each of the years 2021/22, 2022/23 and 2023/24?"
                asks = kinds[0] == "period" and item and re.search(
                    r"(?i)\b(?:how\s+many|how\s+much|what|which|who|when|where|whether)\b", lead)
                joined = f"{head} {_join(values)}{'?' if asks else '.'}"
        rest = next((k for k in range(j, len(lines)) if lines[k].strip()), None)
        if rest is not None and _RELATION.match(lines[rest]) and joined.endswith((".", ")")) and not pointer:
            # fx98: "in relation to Hastings Pier, ..." on the line after the departments goes on the lead's sentence
            joined = joined.rstrip(".") + " " + lines[rest].strip()
            joined += "" if joined[-1:] in ".?!:;" else "."
            used.append(rest)
            j = rest + 1
        out[i] = re.sub(r"\S.*$", joined.replace("\\", "\\\\"), lines[i], count=1)
        for k in used:
            out[k] = ""
        i = j
    return "\n".join(out)
