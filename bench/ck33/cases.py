"""ck33: own cases for issue 8 (nu34 #9, #10, pointer questions, a hospital named by its town), written before the
fixes. Each case is (text, check); a check reads the framing's JSON (and, for a subject access request, the letter).
Run: .venv/bin/python bench/ck33/cases.py [class]"""
from __future__ import annotations

import re
import sys
from datetime import date

TODAY = date(2026, 12, 3)
POLICY = re.compile(r"(?i)\b(?:policy|policies|procedure|guidance)\b")
BARE = re.compile(r"(?i)^(?:and\s+)?(?:how\s+many\s+times|what\s+did\s+(?:they|it)\s+cost|(?:and\s+)?for\s+how\s+long|who\s+approved|how\s+much\s+did\s+(?:they|it)\s+cost|how\s+long)\b[^.?]{0,25}\??$")


def _use(key: str, *, count: bool = True, covert: bool = False, policy: bool = False, parts_min: int = 1):
    """every part carries KEY; no bare follow-on; the number of uses asked at most once; no policy part unless the
    text asks one (then one is there); an unasked policy offered as a finding with a rewrite; COVERT: ncnd warned."""
    def check(d, text):
        why = []
        texts = [p["text"] for p in d["parts"]]
        if len(texts) < parts_min:
            why.append(f"{len(texts)} parts")
        for t in texts:
            if BARE.match(t.strip()):
                why.append(f"bare: {t}")
            elif key.lower() not in t.lower():
                why.append(f"no subject: {t}")
        n = sum(len(re.findall(r"(?i)number of times|how many times", t)) for t in texts)
        if count and n != 1:
            why.append(f"count asked {n} times")
        asked = bool(POLICY.search(text))
        said = any(POLICY.search(t) for t in texts)
        if said and not asked:
            why.append("policy added")
        if policy and not said:
            why.append("policy lost")
        codes = {f["code"] for f in d["findings"]}
        if not asked and not covert and not any(POLICY.search(f.get("rewrite") or "") for f in d["findings"]):
            why.append("policy not offered")
        if covert and "ncnd-risk" not in codes:
            why.append("no ncnd warning")
        return why
    return check


USE = [
    ("has the PSNI used spit hoods on children under 18 since 2023 and how many times", _use("spit hoods")),
    ("do west yorkshire police use imsi catchers (stingrays) to track phones at protests in leeds? how many times in 2024 and what did they cost", _use("imsi", covert=True, parts_min=2)),
    ("has Merseyside Police used tasers on children since 2022? how many times?", _use("taser")),
    ("does Kent Police use spit guards in custody and how many times in 2025", _use("spit guards")),
    ("has Essex Police used dogs to restrain children in 2024, and how many times", _use("dogs")),
    ("does Police Scotland use drones at football matches? how many times in 2025? what did they cost?", _use("drones", parts_min=2)),
    ("has Greater Manchester Police used batons on protesters since 2023, how many times and who approved it", _use("batons", parts_min=2)),
    ("did Leeds City Council use bailiffs for council tax debts in 2024 and how many times", _use("bailiffs")),
    ("has the Met used restraint chairs in custody since 2022? how many times and for how long", _use("restraint chair", parts_min=2)),
    ("does Avon and Somerset Police use leg restraints on children, how many times in 2025", _use("leg restraints")),
    ("has Lancashire Police used tear gas since 2020? how many times?", _use("tear gas")),
    ("do Thames Valley Police use body worn cameras in schools and how many times were they used in 2025", _use("body worn camera")),
    ("has Birmingham City Council used agency social workers in 2025? what did they cost?", _use("agency social workers", count=False)),
    ("does the PSNI use plastic baton rounds? how many times in 2024?", _use("baton rounds")),
    ("has Cumbria Police used spit hoods since 2022 and how many times, and what is the policy on it", _use("spit hoods", policy=True)),
    ("does West Midlands Police use facial recognition at football matches and how many times in 2025", _use("facial recognition", covert=True)),
    ("do Devon and Cornwall Police use drones? how many times in 2025 and how much did they cost", _use("drones", parts_min=2)),
    ("has Norfolk County Council used restraint on pupils in its schools since 2023, how many times", _use("restraint")),
    ("has Durham Police used tasers on people in mental health crisis in 2025? how many times? who approved it?", _use("taser", parts_min=2)),
    ("does Sussex Police use automatic number plate recognition cameras and how many times in 2025", _use("number plate")),
]


def _pointer(named: str, word: str, *, resolved: bool = True):
    """RESOLVED: no question and no finding asks what WORD means, and NAMED stands in the part that said WORD;
    not resolved: asked about at most once."""
    def check(d, text):
        why = []
        asks = [q for q in d["questions"] if word.lower() in q.lower()]
        asks += [f["message"] for f in d["findings"] if f["code"] in ("story-reference", "read-from-story", "pointer", "bare-pointer", "part-names-nothing") and word.lower() in f["message"].lower()]
        if resolved and asks:
            why.append(f"asked: {asks[0][:80]}")
        if not resolved and len(asks) > 1:
            why.append(f"asked {len(asks)} times")
        if resolved and not any(named.lower() in p["text"].lower() for p in d["parts"]):
            why.append(f"{named} in no part: {[p['text'] for p in d['parts']]}")
        return why
    return check


POINTERS = [
    ("kent police arrested protesters at the airport in 2025. how many of these people were charged?", _pointer("protesters", "these people")),
    ("Leeds council evicted families from temporary flats in 2025. where did these families go?", _pointer("famil", "these families")),
    ("how many fines did Camden council issue for idling in 2025 and how much did these fines raise", _pointer("fines", "these fines")),
    ("Bristol council closed three libraries in 2024. what did the council save by closing these libraries?", _pointer("librar", "these libraries")),
    ("Norfolk council bought 20 electric vans in 2025. what did these vans cost?", _pointer("vans", "these vans")),
    ("Hampshire police used 4 drones in 2025. how many hours were these drones flown?", _pointer("drones", "these drones")),
    ("the council employed 40 agency social workers in 2025. how much were these workers paid? (Kent County Council)", _pointer("social workers", "these workers")),
    ("Sheffield council cut down street trees on Rustlings Road in 2016. how many of those trees were healthy?", _pointer("trees", "those trees")),
    ("how many children were excluded from Manchester schools in 2025 and how many of these children had an EHCP", _pointer("children", "these children")),
    ("Essex Police seized e-scooters in 2025. what happened to these scooters?", _pointer("scooter", "these scooters")),
    ("how many potholes were reported to Wirral council in 2025 and how many of those potholes were repaired within 28 days", _pointer("potholes", "those potholes")),
    ("Birmingham council issued penalty charge notices in bus lanes in 2025. how many of these notices were cancelled on appeal?", _pointer("notice", "these notices")),
    ("how many people did Leicester council place in B&Bs in 2025, and how long did these people stay?", _pointer("people", "these people")),
    ("Surrey council paid consultants for the library review in 2024. how much were these consultants paid?", _pointer("consultants", "these consultants")),
    ("Cardiff council installed 50 CCTV cameras in 2025. where are these cameras?", _pointer("cameras", "these cameras")),
    ("the NHS Lothian ward 20 had cases of C. difficile in 2025. how many of these cases led to deaths?", _pointer("difficile", "these cases")),
    ("how many complaints did Leeds council get about missed bins in 2025 and how many of these complaints were upheld", _pointer("complaints", "these complaints")),
    # not resolved inside the message: asked once, not once per part
    ("how many of these people were arrested in 2025 and how many of these people were charged? (Kent Police)", _pointer("", "these people", resolved=False)),
    ("what did these contracts cost Leeds council in 2025 and who signed these contracts", _pointer("", "these contracts", resolved=False)),
    ("how many of them were fined by Camden council in 2025 and how many of them paid", _pointer("", "them", resolved=False)),
]

FOI_ONLY = {"opinion", "explanation", "no-time-period", "everything", "cost-limit", "no-format", "too-many-parts", "vague",
            "not-recorded", "unanswerable", "personal-details", "third-party"}


def _sar(*, items: list[str], period: str | None = None, adviser: bool = False, place: list[str] = (), not_to: str | None = None,
         to: str | None = None, time_window: bool = False):
    def check(d, text):
        why = []
        if d["route"] != "sar":
            why.append(f"route {d['route']}")
        texts = " ".join(p["text"] for p in d["parts"])
        for w in ("letter says", "dear sir", "dear madam", '"'):
            if w in texts.lower():
                why.append(f"garbled item: {w}")
        for w in items:
            if w.lower() not in texts.lower():
                why.append(f"item lost: {w}")
        if period and period.lower() not in (d["period"] or "").lower() + " " + texts.lower():
            why.append(f"period {d['period']}")
        bad = [f["code"] for f in d["findings"] if f["code"] in FOI_ONLY or "FOI only" in f["message"]]
        if bad:
            why.append(f"FOI findings {bad}")
        letter = d.get("_letter", "")
        if adviser and not re.search(r"(?i)(adviser|advice worker|volunteer|on (?:my|her|his|their) behalf).{0,200}authori[st]", letter, re.S):
            why.append("no adviser authority line")
        for w in place:
            if w.lower() not in letter.lower():
                why.append(f"letter lacks {w}")
        name = ((d.get("authority") or {}).get("name") or "")
        if not_to and not_to.lower() in name.lower():
            why.append(f"sent to {name}")
        if to and to.lower() not in name.lower() and to.lower() not in (d.get("authority_question") or "").lower():
            why.append(f"not to {to}: {name}")
        if time_window and not re.search(r"(?i)between \[?time|\[time\]|\[start time\]|time window|between .{0,12} and ", letter):
            why.append("no time window")
        return why
    return check


SAR = [
    ('writing for a client. Her letter says: "Dear Sir, I want to see everything Liverpool City Council holds about me and my housing benefit claim since 2022 including notes of phone calls"',
     _sar(items=["housing benefit claim", "phone calls"], period="2022", adviser=True)),
    ('I volunteer at a CAB and I am writing for a client. His letter says: "Dear Madam, please send me all the records Leeds City Council holds on my council tax account since 2021 including letters and phone notes"',
     _sar(items=["council tax account", "phone notes"], period="2021", adviser=True)),
    ("i'm an adviser at Shelter writing for my client. She wrote: \"I want a copy of everything Birmingham City Council has about my homelessness application since 2023, including the case notes\"",
     _sar(items=["homelessness application", "case notes"], period="2023", adviser=True)),
    ('writing on behalf of a client, her letter says: "I would like all the information Manchester City Council holds about me and my housing register application from 2020"',
     _sar(items=["housing register application"], period="2020", adviser=True)),
    ('Advice worker here, for a client. His words: "I want to see everything the DWP holds about my PIP claim since 2024 including the assessment report and phone call notes"',
     _sar(items=["PIP claim", "assessment report"], period="2024", adviser=True)),
    ('writing for a client. Her letter says: "Dear Sir, I want all the records Bristol City Council keeps about my rent arrears since 2022, including notes of home visits"',
     _sar(items=["rent arrears", "home visits"], period="2022", adviser=True)),
    ('I am a support worker writing for a client. Her letter says: "Please send me everything Sheffield City Council holds about my housing benefit overpayment since January 2023"',
     _sar(items=["housing benefit overpayment"], period="2023", adviser=True)),
    ('writing for my client, he says: "I want to see everything Camden Council has on my parking fines since 2022 including photos"',
     _sar(items=["parking fines", "photos"], period="2022", adviser=True)),
    ('I help at a law centre and write for a client. Her letter: "Dear Sir or Madam, I want everything Newcastle City Council holds about my council tax reduction since 2021"',
     _sar(items=["council tax reduction"], period="2021", adviser=True)),
    ('writing for a client. His letter says: "I want to see everything Kirklees Council holds about me and my disabled facilities grant since 2023 including emails about me"',
     _sar(items=["disabled facilities grant"], period="2023", adviser=True)),
    # CCTV of an incident
    ("someone punched me at the bus station in wolverhampton on 3 november, i want the cctv of it, the police said they cant get it",
     _sar(items=["cctv"], place=["bus station", "Wolverhampton", "3 November"], not_to="police", time_window=True)),
    ("i was assaulted at birmingham new street station on 12 october and want the cctv, police said they couldnt get it",
     _sar(items=["cctv"], place=["New Street", "12 October"], not_to="police", time_window=True)),
    ("my bag was stolen at the bus station in coventry on 20 november, i want the cctv footage, the police said they can't get it",
     _sar(items=["cctv"], place=["bus station", "Coventry", "20 November"], not_to="police", time_window=True)),
    ("a man attacked me in a car park in leeds city centre on 5 november. i need the cctv of it, the police wont get it",
     _sar(items=["cctv"], place=["car park", "Leeds", "5 November"], not_to="police", time_window=True)),
    ("someone hit me at the bus station in wolverhampton on 1 december and i want the cctv",
     _sar(items=["cctv"], place=["bus station", "Wolverhampton", "1 December"], time_window=True)),
    ("i fell at the bus station in walsall on 2 november and i want the cctv of my fall",
     _sar(items=["cctv"], place=["bus station", "Walsall", "2 November"], time_window=True)),
    ("i was robbed outside the shopping centre in wolverhampton on 4 november, i want the cctv, the police say they cant get it",
     _sar(items=["cctv"], place=["shopping centre", "Wolverhampton", "4 November"], not_to="police", time_window=True)),
    ("someone punched me on the platform at leeds station on 3 november, i want the cctv, the police said they couldnt get it",
     _sar(items=["cctv"], place=["Leeds", "3 November"], not_to="police", time_window=True)),
    ("i was attacked at the bus station in sheffield on 9 november, i want the cctv footage of it",
     _sar(items=["cctv"], place=["bus station", "Sheffield", "9 November"], time_window=True)),
    ("someone assaulted me at the bus station in dudley on 14 october and the police said they cannot get the cctv, i want it",
     _sar(items=["cctv"], place=["bus station", "Dudley", "14 October"], not_to="police", time_window=True)),
]


def _hospital(body: str | None, *, choices: bool = False):
    def check(d, text):
        name = (d.get("authority") or {}).get("name") or ""
        if body:
            return [] if name == body else [f"authority {name or None}"]
        q = d.get("authority_question") or ""
        if name and "council" in name.lower():
            return [f"went to {name}"]
        if choices and not re.search(r"(?m)^\s*1[.)]", q):
            return [f"no numbered choices: {q[:80]}"]
        return []
    return check


HOSPITALS = [
    ("how long do people wait in A&E at the hospital in wolverhampton", _hospital("The Royal Wolverhampton NHS Trust")),
    ("how many falls were there on wards at the hospital in wolverhampton in 2025", _hospital("The Royal Wolverhampton NHS Trust")),
    ("how many patients waited over 12 hours in A&E at the hospital in Wolverhampton in 2025?", _hospital("The Royal Wolverhampton NHS Trust")),
    ("how much did the hospital in wolverhampton spend on agency nurses in 2025", _hospital("The Royal Wolverhampton NHS Trust")),
    ("parking charges at wolverhampton hospital in 2025", _hospital("The Royal Wolverhampton NHS Trust")),
    ("how many ambulances queued outside the hospital in Telford in 2025", _hospital("The Shrewsbury and Telford Hospital NHS Trust")),
    ("how long are A&E waits at the hospital in Harrogate in 2025", _hospital("Harrogate and District NHS Foundation Trust")),
    ("how many cancelled operations at the hospital in Kettering in 2025", _hospital("Kettering General Hospital NHS Foundation Trust")),
    ("how many patients caught covid in the hospital in Yeovil in 2024", _hospital("Yeovil District Hospital NHS Foundation Trust")),
    ("how many nurses left the hospital in Macclesfield in 2025", _hospital("East Cheshire NHS Trust")),
    ("A&E waits at the hospital in Warrington in 2025", _hospital("Warrington and Halton Teaching Hospitals NHS Foundation Trust")),
    ("how many births were there at the hospital in Stockport in 2025", _hospital("Stockport NHS Foundation Trust")),
    ("how many 12 hour trolley waits at the hospital in Blackpool in 2025", _hospital("Blackpool Teaching Hospitals NHS Foundation Trust")),
    ("how much was spent on locums at the hospital in Gateshead in 2025", _hospital("Gateshead Health NHS Foundation Trust")),
    # towns with more than one NHS body running a hospital: asked with numbered choices, never the council
    ("how long do people wait in A&E at the hospital in london", _hospital(None, choices=True)),
    ("how many patients waited over 4 hours at the hospital in birmingham in 2025", _hospital(None, choices=True)),
    ("how many falls at the hospital in manchester in 2025", _hospital(None, choices=True)),
    ("how long are the waits at the hospital in leeds", _hospital("Leeds Teaching Hospitals NHS Trust")),
    ("how many patients waited over 12 hours at the hospital in sheffield in 2025", _hospital(None, choices=True)),
    ("how many cancelled operations at the hospital in liverpool in 2025", _hospital(None, choices=True)),
]

CLASSES = {"use": USE, "pointers": POINTERS, "sar": SAR, "hospital": HOSPITALS}


def run(name: str, cases) -> int:
    import json

    from askfoi.framing import frame_message

    ok = 0
    for text, check in cases:
        d = frame_message(text, None, today=TODAY).as_json()
        if name == "sar":
            d["_letter"] = _letter(text, d)
        why = check(d, text)
        ok += not why
        print(("PASS " if not why else "FAIL ") + text[:90] + ("" if not why else "\n     " + "; ".join(why)[:300]))
    print(f"{name}: {ok}/{len(cases)}")
    return ok


def _letter(text: str, d: dict) -> str:
    """The subject access letter the chatbot would write from TEXT (askfoi/conversation.py), as far as the CLI can."""
    from askfoi.answers import Answers
    from askfoi.letter import draft_letter
    from askfoi.models import Regime

    fields = dict(authority=(d.get("authority") or {}).get("name") or "[ORGANISATION]", requester_name="Sam Jones",
                  parts=[p["text"] for p in d["parts"]] or ["All the personal data you hold about me."],
                  regime=Regime.SAR if d.get("route") == "sar" else None)
    if d.get("adviser"):
        fields["adviser"] = True  # (main has no such field: its letter has no adviser line)
    return draft_letter(Answers(**fields), today=TODAY).body


if __name__ == "__main__":
    wanted = sys.argv[1:] or list(CLASSES)
    total = {n: run(n, CLASSES[n]) for n in wanted}
    print(" ".join(f"{n}={v}/{len(CLASSES[n])}" for n, v in total.items()))
