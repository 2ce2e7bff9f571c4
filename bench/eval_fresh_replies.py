"""The reply reader on fresh real replies whose texts are kept outside the repository (rd41).

    ASKFOI_FRESH_REPLIES=/work/heldout/rd41/fresh41.jsonl .venv/bin/python bench/eval_fresh_replies.py

Texts: one JSON object a line with id, request, reply (ASKFOI_FRESH_REPLIES, several paths joined with ","). Labels:
tests/data/replies/*_labels.jsonl, matched by id, counted by their `split` (fresh41-tune, fresh41-report; a file
without splits, like fresh34, under its own name). Per split: outcome accuracy, NCND accuracy and section recall (the
sections a label names, by number, all read; rd44: "parts k/m", the numbered parts labelled in `parts` read right); the label -> read confusion never for a "report" split still judged. No text is ever printed. Without the variable or the file:
says so and exits 0 (`make eval` runs it only where the texts are).

Rotation (rd44, the lead's decision in session 41): a report half, once reported, becomes tuning material. Its records
keep their `split` (so a figure stays comparable with the notes that reported it) and gain `tune_since` (the session
from which it is tuned on); such a split is printed as "<split> [tune since <session>]" and its confusion is shown like
any tune split's. fresh41-report, fresh42-report and fresh43-report were reported in sessions 38-40 and are tune since
session 41; fresh44-report was reported in session 41 and is tune since session 42 (rd46); fresh46-report was reported
in session 42 and is tune since session 43 (rd48); fresh48-report was reported in session 43 and is tune since session
44 (rd50); fresh50-report (rd50: First-tier Tribunal accounts of the authority's first reply, three replies the
decisions quote and one letter - `source_kind` in the labels) was reported in session 44 and is tune since session 45
(rd51); fresh51-report (rd51: 45 more accounts of the first reply from decisions of the same dataset that fresh50 did
not use) was reported in session 45 and is tune since session 46 (rd53); fresh53-report (rd53: 42 more accounts of the
first reply from decisions neither fresh50 nor fresh51 used) was reported in session 46 and is tune since session 47
(rd55); fresh55-report (rd55: 35 more accounts of the first reply from decisions of the same dataset that no reply set
and no first-message set (fx51, fx53, fx55) used) was reported in session 47 and is tune since session 48 (rd58);
fresh58-report (rd58: 20 real reply pages - disclosure-log entries, WhatDoTheyKnow attachments, a blog quoting a reply
whole; `source_kind` reply_page) was reported in session 48 and is tune since session 49 (rd61); fresh61-report (rd61:
30 real reply letters - Transport for London disclosure-log entries, a fire service's refusal notice, a WhatDoTheyKnow
thread; `source_kind` disclosure_log or wdtk) was reported in session 49 and is tune since session 50 (rd64);
fresh64-report (rd64: 15 real reply letters - Scottish Government FOI/EIR releases, some through the foibench mirror of
gov.scot, and NatureScot's and Merthyr Tydfil council's disclosure logs; `source_kind` gov_release or disclosure_log) was
reported in session 50 and is tune since session 51 (rd67); fresh67-report (rd67: 23 real reply letters
from kinds of body not mined before - fire and rescue services' disclosure logs, NHS and Northern Irish health bodies,
universities, Network Rail, NI Water, Translink; `source_kind` disclosure_log or wdtk, `body_type` per record) was
reported in session 51 and is tune since session 52 (rd70); fresh70-report (rd70: 14 real reply letters
from disclosure logs - Bolton NHS Foundation Trust 11, Royal Surrey County Hospital 2, the Metropolitan Police 1;
`source_kind` disclosure_log) was reported in session 52 and is tune since session 53 (rd73); fresh73-report (rd73: 17
real reply letters from legislatures' disclosure logs, a kind of body not mined before - the Northern Ireland Assembly
Commission 15, the House of Commons 2 (its disclosure pages and a WhatDoTheyKnow thread) - at addresses no set,
knowledge pack, bench file or claim in /work/heldout held; one whole NCND letter; `source_kind` disclosure_log or wdtk,
`body_type` legislature) was reported in session 53 and is tune since session 54 (rd76, whose texts were rebuilt from
the labels' addresses after the old machine's /work/heldout was lost); fresh76-report (rd76: 15 real reply letters from
the disclosure log of the Independent Parliamentary Standards Authority, a regulator whose pages no set had used before
bar two; `source_kind` disclosure_log, `body_type` regulator; no NCND letter was found there) was reported in session 54
and is tune since session 55 (rd79); fresh79-report (rd79: 11 real reply letters - police disclosure logs of
Northumbria, Avon and Somerset, Dyfed-Powys and Cleveland, and a National Audit Office letter on WhatDoTheyKnow - two of
them whole NCND letters; `source_kind` disclosure_log or wdtk, `body_type` per record; one label marked
`label_confidence: unsure`) was reported in session 55 and is tune since session 56 (rd82); fresh82-report (rd82: 15
real reply letters - Transport for London's disclosure log 10, Scottish Government FOI releases 4, the University of East
Anglia's disclosure log 1; no NCND letter at an address the repository did not already hold was found; `source_kind`
disclosure_log or gov_release; two labels marked `label_confidence: unsure`) was reported in session 56 and is tune
since session 57 (rd85); fresh85-report (rd85: 6 real reply letters, one each from an NHS community
trust, a further education college, the Home Office, a council, the Northern Ireland Assembly Commission and the
Metropolitan Police; no NCND letter; `source_kind` disclosure_log or wdtk; two labels marked `label_confidence:
unsure`) was reported in session 57 and is tune since session 58 (rd88); fresh88-report (rd88: 4 real
reply letters - a university's EIR letter and three council letters answering item by item, 9 labelled parts; no NCND
letter; `source_kind` disclosure_log; one label marked `label_confidence: unsure`) was reported in session 58 and is tune
since session 59 (rd91); fresh91-report (rd91: 10 real reply letters - two of The National Archives'
releases, a Hastings and six Dover council log entries, one Metropolitan Police release; 15 labelled parts; no NCND
letter; `source_kind` disclosure_log; six labels marked `label_confidence: unsure`, mostly excerpts that end mid-answer) was
reported in session 59 and is tune since session 60 (rd94); fresh94-report (rd94: 12 real reply letters -
six Lincolnshire County Council and one Moray Council log entries, three Scottish Government FOI releases, a Cleveland
Police and a Metropolitan Police release; 16 labelled parts; one partial NCND letter; `source_kind` disclosure_log or
gov_release; five labels marked `label_confidence: unsure`, excerpts that end mid-answer) was reported in session 60 and
is tune since session 61 (rd97); fresh97-report (rd97: 11 real reply letters - five Devon County Council
log entries, a Dyfed-Powys Police release, four Scottish Government releases (one an internal review, two through the
foibench mirror of gov.scot) and an NHS trust's letter on a document mirror; 21 labelled parts; no NCND letter at a new
address was found; `source_kind` disclosure_log, gov_release or reply_page; five labels marked `label_confidence:
unsure`, excerpts that end mid-answer) was reported in session 61 and is tune since session 62 (rd99); fresh99-report is
the report set (rd99: 16 real reply letters - seven Devon County Council log entries, four Scottish Government releases
(one through the foibench mirror), three Gloucestershire Health and Care NHS trust log entries, a Home Office internal
review and a Nottinghamshire Police letter on document mirrors; 38 labelled parts; no NCND letter at a new address was
found; `source_kind` disclosure_log, gov_release or reply_page; six labels marked `label_confidence: unsure`) was
reported in session 62 and is tune since session 63 (rd100); fresh100-report is the report set (rd100: 16 real reply
letters - thirteen Transport for London log entries, a PSNI log entry, Ammanford Town Council's reply on WhatDoTheyKnow and
a Scottish Government release; 19 labelled parts; no NCND letter or review outcome at a new address was found;
`source_kind` disclosure_log, gov_release or wdtk; three labels marked `label_confidence: unsure`) was reported in
session 63 and is tune since session 64 (rd101); fresh101-report is the report set (rd101: 15 records - three Transport
for London log entries, a Tunbridge Wells Borough Council log entry and eleven accounts of what an authority answered,
told in ICO and Scottish Information Commissioner decisions (the Commissioner's findings left out); 15 labelled parts; no
NCND reply at a new address was found; `source_kind` disclosure_log or decision_account; four labels marked
`label_confidence: unsure`) was reported in session 64 and is tune since session 65 (rd102); fresh102-report is the report
set (rd102: 15 records - a Metropolitan Police log entry, a Moray Council review letter, a Northamptonshire PFCC letter and
twelve accounts of what an authority answered, told in ICO, tribunal and Scottish Information Commissioner decisions (the
Commissioner's findings left out); 4 labelled parts; no NCND reply at a new address was found again; `source_kind`
disclosure_log or decision_account; five labels marked `label_confidence: unsure`)."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from askfoi.reply_explain import explain_reply  # noqa: E402

LABELS = sorted((ROOT / "tests" / "data" / "replies").glob("*_labels.jsonl"))


def _section_numbers(sections) -> set[str]:
    # "31(1)(a)" -> "31"; "FOISA 25" keeps its act; "s12" -> "12"
    return {str(s).split("(")[0].strip().removeprefix("s").strip() for s in sections}


def _parts_right(labelled: list[str], parts) -> int:
    """rd44: how many of a reply's labelled part outcomes (`parts`, in the order of its numbered questions) the reading's
    parts get right: the reading's n-th part (in reply order) against the n-th label; a part the reader did not find
    counts wrong."""
    read = [p.outcome.value for p in parts]
    return sum(1 for i, lab in enumerate(labelled) if i < len(read) and read[i] == lab)


def _is_tune(split: str) -> bool:
    # a report half is judged until it has been reported; from then on (`tune_since`) it is tuned on
    return "report" not in split or "[tune since" in split


def main() -> int:
    paths = [p for p in os.environ.get("ASKFOI_FRESH_REPLIES", "").split(",") if p]
    texts = {}
    for p in paths:
        if Path(p).is_file():
            texts.update({r["id"]: r for r in map(json.loads, Path(p).read_text(encoding="utf-8").splitlines()) if r.get("reply")})
    if not texts:
        print("fresh replies: ASKFOI_FRESH_REPLIES names no text file here; skipped")
        return 0
    labels = {}
    for path in LABELS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec.get("id") in texts:
                    # a set labelled without a split (fresh22, fresh34) is counted under its own name
                    rec.setdefault("split", path.stem.removesuffix("_labels"))
                    if rec.get("tune_since"):
                        rec["split"] = f"{rec['split']} [tune since {rec['tune_since']}]"
                    labels[rec["id"]] = rec
    tally: dict[str, Counter] = defaultdict(Counter)
    confusion: dict[str, Counter] = defaultdict(Counter)
    for rid, lab in sorted(labels.items()):
        row = texts[rid]
        reading = explain_reply(row["reply"], request=row.get("request")).reading
        split, got = lab["split"], reading.outcome.value
        t = tally[split]
        t["n"] += 1
        t["outcome"] += got == lab["outcome"]
        t["ncnd"] += bool(reading.ncnd) == bool(lab["ncnd"])
        if lab.get("parts"):
            t["parts_n"] += len(lab["parts"])
            t["parts"] += _parts_right(lab["parts"], reading.parts)
        if lab.get("sections"):
            t["sec_n"] += 1
            t["sec"] += _section_numbers(lab["sections"]) <= _section_numbers(reading.sections)
        if got != lab["outcome"] and _is_tune(split):
            confusion[split][f"{lab['outcome']}->{got}"] += 1
    for split in sorted(tally):
        t = tally[split]
        line = (f"  {split}: {t['n']} replies  outcome {t['outcome']}/{t['n']} = {t['outcome'] / t['n']:.3f}  "
                f"NCND {t['ncnd']}/{t['n']}  sections {t['sec']}/{t['sec_n']}")
        if t["parts_n"]:
            line += f"  parts {t['parts']}/{t['parts_n']}"
        print(line)
        if confusion[split]:
            print("    wrong (label -> read): " + ", ".join(f"{k} {v}" for k, v in confusion[split].most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
