"""ck31: the newcomer's defect classes measured on invented sentences written before any run (set B) and on the
sentences of nu33's report (set A). Prints pass counts per class; run with the code to measure on PYTHONPATH."""

from __future__ import annotations

import json
import sys
from datetime import date

from askfoi.checks import check_request
from askfoi.framing import frame_message

TODAY = date(2026, 12, 3)
A = {
    "lfr_overt": ["does the met use live facial recognition vans", "does the met police use live facial recognition",
                  "how many times have south wales police deployed LFR at football matches"],
    "covert_kept": ["do they use covert facial recognition from cctv, met police"],
    "hospital": [("how many patients waited over 4 hours in a&e at the royal in belfast in 2025", "Belfast Health and Social Care Trust"),
                 ("how many patients waited over 12 hours at the ulster hospital in 2025", "South Eastern Health and Social Care Trust"),
                 ("how many patients waited over 4 hours at aberdeen royal infirmary last year", "NHS Grampian"),
                 ("how many operations were cancelled at ninewells in 2025", "NHS Tayside"),
                 ("how many patients waited over 4 hours at raigmore in 2025", "NHS Highland"),
                 ("how many patients waited over 4 hours at the royal in liverpool in 2025", "Liverpool University Hospitals NHS Foundation Trust")],
    "child": ["My name is Gary Thompson and my son Jake (DOB 04/05/2012) was excluded from Addington High School. Please send the names of the governors who sat on Jake's exclusion panel.",
              "My son Liam Carter, date of birth 12/03/2016, attends Oakfield Primary. Please send the behaviour policy."],
    "staff": ["Please send any complaints made about the head teacher Mrs Patel in 2025."],
    "nothing_close": ["how many unicorns were counted in bristol city council parks in 2024"],
}
B = {
    "lfr_overt": ["do west yorkshire police use facial recognition cameras", "does the met still use LFR",
                  "has essex police ever used live facial recognition at a concert",
                  "is south wales police using facial recognition technology in cardiff city centre"],
    "covert_kept": ["does the met secretly use facial recognition on protesters",
                    "do kent police use covert facial recognition cameras"],
    "hospital": [("how many people died at the mater hospital in belfast in 2024", "Belfast Health and Social Care Trust"),
                 ("what were the a&e waiting times at antrim area hospital in 2025", "Northern Health and Social Care Trust"),
                 ("how many operations were cancelled at dr grays hospital in elgin in 2025", "NHS Grampian"),
                 ("how many nurses work at raigmore hospital in inverness", "NHS Highland"),
                 ("how long were the waits at the royal in aberdeen in 2025", "NHS Grampian"),
                 ("how many beds are there at aintree hospital in liverpool", "Liverpool University Hospitals NHS Foundation Trust"),
                 ("how many patients waited over 4 hours at daisy hill hospital in newry in 2025", "Southern Health and Social Care Trust"),
                 ("how many ambulances queued outside altnagelvin hospital in derry in 2025", "Western Health and Social Care Trust")],
    "child": ["My daughter Chloe Evans (born 14/02/2014) was bullied at Park School. How many bullying incidents were recorded in 2025?",
              "our son Jack, DOB 1.9.2015, was refused school transport. How many transport appeals succeeded in 2025?",
              "Please send the minutes of Amy's EHCP review meeting in March 2025."],
    "staff": ["Please send the notes the social worker Mr Jones wrote about my family in 2025.",
              "How many complaints were made about Dr Shah, the consultant, in 2025?"],
    "nothing_close": ["how many dragons were seen over leeds city council land in 2025"],
}


def run(sets: dict) -> dict:
    from askfoi.matching import get_matcher

    out = {}
    for name, items in sets.items():
        ok = 0
        for item in items:
            if name == "lfr_overt":
                f = frame_message(item, today=TODAY)
                ok += not any(getattr(x, "code", "") == "ncnd-risk" for x in f.findings) and not any(p.warning for p in f.parts)
            elif name == "covert_kept":
                f = frame_message(item, today=TODAY)
                ok += any(getattr(x, "code", "") == "ncnd-risk" for x in f.findings)
            elif name == "hospital":
                text, body = item
                f = frame_message(text, today=TODAY)
                ok += bool(f.authority and f.authority.name == body)
            elif name == "child":
                ok += any(x.code in ("child-identity",) and x.severity == "high" for x in check_request(item, "Leeds City Council").findings)
            elif name == "staff":
                ok += any(x.code == "third-party-personal-data" for x in check_request(item, "Leeds City Council").findings)
            elif name == "nothing_close":
                ok += not get_matcher().match(item, top=4).similar
        out[name] = f"{ok}/{len(items)}"
    return out


if __name__ == "__main__":
    print(json.dumps({"A": run(A), "B": run(B)}, indent=1))
