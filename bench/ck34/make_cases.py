"""ck34: the 30 cases, written before anything was run (A: tune, B: scored at the start on main and at the end only).
Writes tests/data/ck34_cases.jsonl. Keys of "expect":
  route, regime (a regex), authority (regex the found body or one of the numbered choices matches),
  not_authority (regex the found body must not match), choices_min, parts_min, parts_max,
  parts_all (regexes, each matched by some part), parts_none (regex no part matches),
  warned (regex: every part matching it carries an NCND warning), warned_min (parts with a warning, at least)."""
import json
import pathlib

C = []


def case(cid, text, officer, **expect):
    C.append({"id": cid, "set": cid[0], "text": text, "officer": officer, "expect": expect})


OWN = r"(?i)\b(?:any recorded information|the number of|total amount)\b"
# ---------------- A (tune) ----------------
case("A01", "hi i want to see everything the council has on my council tax account, they say i owe £900 from 2022 and i dont think i do. its leeds city council",
     "Her own account: a subject access request to Leeds City Council (or just ask the council tax office for a statement); not FOI, s40(1).",
     route="sar", authority=r"(?i)leeds city council")
case("A02", "can i get a copy of my benefits claim file from the dwp, my pip was stopped in march",
     "Own claim file: SAR to the DWP; no FOI parts.", route="sar", authority=r"(?i)work and pensions|\bDWP\b")
case("A03", "how do i get my medical records from my gp surgery",
     "Own medical records: SAR to the GP practice (which one: asked).", route="sar")
case("A04", "i was at hillhead high school in glasgow in the 2000s, how do i get my school records",
     "Own school record: SAR to the council that ran the school (Glasgow City Council).", route="sar")
case("A05", "how many patients waited over 12 hours in a&e at the hospital in nottingham last year",
     "Nottingham's acute hospitals (QMC, City) are Nottingham University Hospitals NHS Trust; count part; never Nottingham City Council.",
     authority=r"(?i)nottingham university hospitals", not_authority=r"(?i)council", parts_min=1, parts_all=[r"(?i)12 hours"])
case("A06", "how many operations were cancelled on the day at the hospital in london in 2024",
     "London has many trusts: ask which, with numbered choices; never a London borough.",
     choices_min=2, not_authority=r"(?i)council|borough|greater london authority", parts_all=[r"(?i)cancelled"])
case("A07", "has Cumbria Police used spit hoods since 2022, how many times, and what is the policy",
     "Two parts: the number of times spit hoods were used, and the policy on spit hoods; no fragment.",
     authority=r"(?i)cumbria", parts_min=2, parts_all=[r"(?i)number of times.*spit hood", r"(?i)polic.*spit hood|spit hood.*polic"],
     parts_none=r"(?i)how many times,? and what")
case("A08", "do west yorkshire police use imsi catchers? what did they cost?",
     "IMSI catchers are NCND territory (s23(5), 24(2), 31(3)); the cost asks the same thing in other words and must carry the warning too.",
     authority=r"(?i)west yorkshire", parts_min=1, warned=r"(?i)imsi|cost|spent", warned_min=1, parts_none=r"(?i)^what did they cost")
case("A09", "crime on broadwater farm has got worse since the lockdowns. how many antisocial behaviour complaints did the council get about the estate in 2024",
     "Broadwater Farm is in Tottenham: Haringey Council; count of ASB complaints about Broadwater Farm in 2024.",
     authority=r"(?i)haringey", parts_min=1, parts_all=[r"(?i)antisocial|anti-social"])
case("A10", "the gorbals has had rats everywhere for months, how many pest control call outs were there in the gorbals in 2025",
     "The Gorbals is in Glasgow: Glasgow City Council, Scottish law (FOISA/EISR); count of pest control call-outs in the Gorbals.",
     authority=r"(?i)glasgow city council", regime=r"FOISA|EISR", parts_all=[r"(?i)pest"])
case("A11", "im a volunteer at citizens advice helping a client, she wants to know how many homeless applications cardiff council refused in 2024-25 and the policy for deciding priority need",
     "Cardiff Council (FOIA applies in Wales); a count and the priority-need policy; no client details.",
     authority=r"(?i)cardiff", regime=r"FOIA", parts_min=2, parts_all=[r"(?i)homeless", r"(?i)priority need"])
case("A12", "how many teachers at schools in fife were off with stress last year",
     "Fife Council (FOISA); count of teachers absent for stress; period last year.",
     authority=r"(?i)fife council", regime=r"FOISA", parts_all=[r"(?i)stress"])
case("A13", "does the met use live facial recognition vans, how many times did they deploy them in 2025 and how much did the vans cost",
     "Metropolitan Police; overt LFR deployments are published; count of deployments and the total spent on the vans.",
     authority=r"(?i)metropolitan", parts_min=2, parts_all=[r"(?i)facial recognition"], parts_none=r"(?i)\b(?:on|of|the)\.$")
case("A14", "how much has betsi cadwaladr health board spent on agency nurses in 2024/25 and which agencies did they use",
     "Betsi Cadwaladr University Health Board (Wales, FOIA): spend on agency nurses and the agencies used.",
     authority=r"(?i)betsi cadwaladr", regime=r"FOIA", parts_min=2, parts_all=[r"(?i)agency nurses"])
case("A15", "i need a copy of my own council tax account from bristol council showing every payment since 2020",
     "Own account: SAR to Bristol City Council (or ask for a statement); never FOI.", route="sar", authority=r"(?i)bristol")
# ---------------- B (scored at the start and at the end only) ----------------
case("B01", "hiya, birmingham council keep sending me letters about council tax arrears, can i see all the notes on my account?",
     "Own council tax account notes: SAR to Birmingham City Council.", route="sar", authority=r"(?i)birmingham")
case("B02", "i want a copy of my universal credit journal and notes from the dwp, they sanctioned me in august",
     "Own UC journal: SAR to the DWP.", route="sar", authority=r"(?i)work and pensions|\bDWP\b")
case("B03", "how can i get my medical records from the royal infirmary of edinburgh",
     "Own records: SAR to NHS Lothian.", route="sar")
case("B04", "can i get a copy of my daughters school record, she is 12, from her academy in leicester",
     "A child's school record: a SAR on her behalf (academies have no parental right under the 2005 regulations); not FOI.", route="sar")
case("B05", "how many falls were recorded on the wards at the hospital in nottingham in 2024",
     "Nottingham University Hospitals NHS Trust; count of inpatient falls in 2024.",
     authority=r"(?i)nottingham university hospitals", not_authority=r"(?i)council", parts_all=[r"(?i)falls"])
case("B06", "how many people waited more than 4 hours in a&e at the hospital in london in 2025",
     "London: which trust? numbered choices; never a borough council.", choices_min=2, not_authority=r"(?i)council|borough")
case("B07", "has durham police used tasers on children since 2023? how many times and what is the policy on it",
     "Durham Constabulary: the number of times tasers were used on children, and the policy on taser use on children.",
     authority=r"(?i)durham", parts_min=2, parts_all=[r"(?i)number of times.*taser", r"(?i)polic.*taser|taser.*polic"],
     parts_none=r"(?i)how many times,? and what")
case("B08", "does police scotland use imsi catchers or stingrays at protests and how much did they cost",
     "Police Scotland (FOISA); NCND likely (FOISA s18 with ss31, 35); the cost part carries the warning too.",
     authority=r"(?i)police scotland", regime=r"FOISA", warned=r"(?i)imsi|stingray|cost|spent", warned_min=1)
case("B09", "my nan lives on the aylesbury estate and the lifts are always broken. how many lift repairs were logged for the estate in 2024",
     "The Aylesbury Estate is Southwark Council's; count of lift repairs on the Aylesbury Estate in 2024.",
     authority=r"(?i)southwark", parts_all=[r"(?i)lift"])
case("B10", "easterhouse has loads of fly tipping, how many fly tipping reports did the council get for easterhouse in 2025",
     "Easterhouse is in Glasgow: Glasgow City Council (EISR: waste); count of reports.",
     authority=r"(?i)glasgow city council", regime=r"FOISA|EISR", parts_all=[r"(?i)fly[- ]?tipping"])
case("B11", "i help out at a food bank and a family asked me to find out how many families in swansea were moved into b&bs last year and for how long",
     "Swansea Council (Wales, FOIA): count of families placed in B&Bs and length of stay; no family details.",
     authority=r"(?i)swansea", regime=r"FOIA", parts_all=[r"(?i)b&b|bed and breakfast"])
case("B12", "how many pupils were excluded from secondary schools in the highland council area in 2024/25, by school",
     "The Highland Council (FOISA): exclusions by school in 2024/25.",
     authority=r"(?i)highland", regime=r"FOISA", parts_all=[r"(?i)exclu"])
case("B13", "does kent police use covert drones to watch people at protests? how many drone flights did they do in 2025 and what did the drones cost",
     "Kent Police: covert drone use is NCND (warned); the count of flights and the cost of the drones are answerable; cost part names the drones.",
     authority=r"(?i)kent police", parts_min=2, warned=r"(?i)covert", warned_min=1, parts_all=[r"(?i)drone.*(?:cost|spent)|(?:cost|spent).*drone"])
case("B14", "how much did cardiff and vale health board spend on taxis for patients in 2024",
     "Cardiff and Vale University Health Board (FOIA): total spend on patient taxis in 2024.",
     authority=r"(?i)cardiff and vale", regime=r"FOIA", parts_all=[r"(?i)taxi"])
case("B15", "how many rough sleepers died in manchester in 2024 and whats the council doing about it",
     "Manchester City Council: count of rough sleeper deaths; 'what are they doing' as the strategy/plan records, not an opinion.",
     authority=r"(?i)manchester city council", parts_min=1, parts_all=[r"(?i)rough sleep"])

out = pathlib.Path(__file__).resolve().parents[2] / "tests/data/ck34_cases.jsonl"
out.write_text("".join(json.dumps(c) + "\n" for c in C))
print(len(C), "cases ->", out)
