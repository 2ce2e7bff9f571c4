"""ck33: a second set (B), written after the fixes and scored once, never tuned on: new wordings of the same classes,
checked by the same checks as bench/ck33/cases.py."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from cases import _hospital, _pointer, _sar, _use, run  # noqa: E402

USE_B = [
    ("has South Wales Police used spit hoods on people in custody since 2024? how many times?", _use("spit hoods")),
    ("does Northumbria Police use pava spray on children and how many times in 2025", _use("pava")),
    ("has Wiltshire Police used drones to find missing people? how many times in 2025? what did they cost?", _use("drones", parts_min=2)),
    ("do Nottinghamshire Police use handcuffs on under 16s, how many times since 2023 and who approved it", _use("handcuffs", parts_min=2)),
    ("has the Met used tasers on pregnant women since 2021 and how many times", _use("tasers")),
]
POINTERS_B = [
    ("West Midlands Police stopped drivers on the M6 in 2025. how many of these drivers were fined?", _pointer("drivers", "these drivers")),
    ("Leeds council removed benches from the city centre in 2024. how much did removing these benches cost?", _pointer("benches", "these benches")),
    ("Surrey Police seized dogs in 2025. where were these dogs kept?", _pointer("dogs", "these dogs")),
    ("Glasgow council towed cars from Sauchiehall Street in 2025. how many of these cars were returned?", _pointer("cars", "these cars")),
    ("how many of these people were fined and how many of these people paid? (Camden council, 2025)", _pointer("", "these people", resolved=False)),
]
SAR_B = [
    ('I work at a welfare rights service, writing for a client. Her letter says: "Dear Sir, I want a copy of everything '
     'Salford City Council holds about me and my council tax support claim since 2023 including notes of visits"',
     _sar(items=["council tax support claim", "visits"], period="2023", adviser=True)),
    ('writing for my client. His letter: "Please send me all the information Wigan Council holds about my housing '
     'application since 2022 including emails"', _sar(items=["housing application", "emails"], period="2022", adviser=True)),
    ("someone attacked me at the bus station in west bromwich on 8 november, i want the cctv, police said they cant get it",
     _sar(items=["cctv"], place=["bus station", "8 November"], not_to="police", time_window=True)),
    ("my phone was snatched at the bus station in solihull on 21 november and i want the cctv footage of it",
     _sar(items=["cctv"], place=["bus station", "Solihull", "21 November"], time_window=True)),
    ("i was punched in the car park in bolton on 30 october, i want the cctv, the police won't get it",
     _sar(items=["cctv"], place=["car park", "Bolton", "30 October"], not_to="police", time_window=True)),
]
HOSPITALS_B = [
    ("how many falls at the hospital in harrogate in 2025", _hospital("Harrogate and District NHS Foundation Trust")),
    ("how long are A&E waits at the hospital in stockport", _hospital("Stockport NHS Foundation Trust")),
    ("how much did the hospital in gateshead spend on agency staff in 2025", _hospital("Gateshead Health NHS Foundation Trust")),
    ("how many patients waited over 12 hours at the hospital in bristol in 2025", _hospital(None, choices=True)),
    ("how many operations were cancelled at the hospital in nottingham in 2025", _hospital("Nottingham University Hospitals NHS Trust")),
]

if __name__ == "__main__":
    sets = {"use": USE_B, "pointers": POINTERS_B, "sar": SAR_B, "hospital": HOSPITALS_B}
    got = {n: run(n, c) for n, c in sets.items()}
    print(" ".join(f"{n}={v}/{len(sets[n])}" for n, v in got.items()))
