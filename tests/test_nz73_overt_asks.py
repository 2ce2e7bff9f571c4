"""nz73 (nc73 #9): after a covert question met with "neither confirm nor deny", the suggested new request about overt
use leaves out what the reply already gave (the spend, the DPIA, the deployments). Replies written for these tests."""
import pytest

from askfoi.reply_explain import explain_reply


def _reply(force, tactic, answers):
    return (f"{force}\nFreedom of Information Unit\nOur ref: FOI-{len(force)}-26\nDate: 27 November 2026\n\nDear Mr Osei,"
            f"\n\nThank you for your request about {tactic}.\n\nYour request and our response:\n\n" + "\n\n".join(answers)
            + "\n\nYours sincerely,\nFOI Decision Maker\n")


def _request(parts):
    return ("Dear FOI team,\n\nPlease provide the following information for the period 1 January 2024 to 30 November "
            "2026:\n\n" + "".join(f"{i}. {p}\n" for i, p in enumerate(parts, 1)) + "\nYours faithfully,\nKwame Osei\n")


NCND = ("{force} can neither confirm nor deny whether it holds any information about covert use, by virtue of "
        "sections 24(2) and 31(3). Both are qualified exemptions and the public interest favours neither confirming "
        "nor denying.")
CASES = [
    ("Avon and Somerset Police", "drones",
     ["Whether drones are used covertly.", "The total amount spent on drones.", "The number of drones owned."],
     ["The force spent £212,400 on drones in the period.", "The force owns 14 drones."], "spent"),
    ("Merseyside Police", "facial recognition",
     ["Whether facial recognition is used covertly.", "The total amount spent on facial recognition.",
      "Any data protection impact assessment for facial recognition."],
     ["Total spend on facial recognition was £88,000.",
      "The data protection impact assessment is attached."], "impact assessment"),
]


@pytest.mark.parametrize("force,tactic,parts,given,gone", CASES)
def test_the_overt_request_suggested_leaves_out_what_the_reply_gave(force, tactic, parts, given, gone):
    answers = [f"1. {parts[0]}\n" + NCND.format(force=force)] + [f"{i}. {q}\n{a}" for i, (q, a) in
                                                                 enumerate(zip(parts[1:], given), 2)]
    explained = explain_reply(_reply(force, tactic, answers), request=_request(parts))
    overt = [s for s in explained.next_steps if s.kind == "overt"]
    if overt:
        assert gone not in overt[0].explanation.lower()
    text = explain_reply(_reply(force, tactic, [answers[0]]), request=_request(parts[:1]))
    suggested = [s for s in text.next_steps if s.kind == "overt"]
    assert suggested and gone in suggested[0].explanation.lower()  # asked for nothing else: still suggested
