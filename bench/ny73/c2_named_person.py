"""ny73 class 2: complaints / grievances / investigations / discipline about a named or identifiable person: flagged
third-party-personal-data by askfoi check (and never 'no one's personal data')."""
from askfoi.checks import check_request
POS = [
 "The number of grievances raised about my ward manager Sharon Blake, broken down by outcome.",
 "how many grievances were raised about my ward manager, Sharon Blake and what happened to them",
 "how many complaints have been made against PC Jones in the last 3 years",
 "any investigations into the head teacher at St Marks primary in 2024 and their outcome",
 "how many complaints about my social worker has the council received and were any upheld",
 "The number of grievances raised about Sharon Blake, broken down by outcome.",
 "disciplinary action taken against the ward manager on Ward 12 since 2023",
 "were there any complaints about dr patel at the surgery last year",
]
NEG = [
 "how many complaints were made against police officers in 2024",
 "the number of grievances raised by staff in the trust in 2025, by outcome",
 "complaints about the council's bin collections in 2025",
 "how many investigations into fly tipping did the council carry out last year",
]
def flagged(t):
    return any(f.code == "third-party-personal-data" for f in check_request(t, None).findings)
pos = sum(flagged(t) for t in POS); neg = sum(flagged(t) for t in NEG)
for t in POS: print("POS", flagged(t), t)
for t in NEG: print("NEG", flagged(t), t)
print(f"class2 flagged {pos}/{len(POS)} named; false flags {neg}/{len(NEG)}")
NEG2 = ["any concerns about the teacher shortage at the school in 2025", "complaints about the gp appointment system last year",
        "investigations into the police officer misconduct process", "how many complaints about the council officers' conduct in 2024"]
print("NEG2", [flagged(t) for t in NEG2])
