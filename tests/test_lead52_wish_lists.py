"""lead52 (nc70 #2, #7): real run-on wishes reach the letter as parts that read as English.

- "i want highland council and sepa to give me X, Y and Z": the bodies asked between the wish and what they hand over
  never make the records a remark (nc70 #2 lost three of four documents); each record is a part.
- Records joined by "and" share the qualifier after the last ("the noise assessment and the peat assessment for the
  windfarm": both for the windfarm); the body asked is never repeated in the shared qualifier.
- A name given in brackets with the words that say so ("her home (its called Oakfield Lodge)") is the name only.
- A price by its unit said in the present tense ("what the council pays per week for care home placements") is a rate,
  never the spend broken down week by week.
- The body's act on another verb keeps its doer ("how many homes they stopped placing people in": "homes you stopped
  placing people in"), and regulators typed in lower case get their capitals ("CQC")."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 6)


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


def test_bodies_named_between_the_wish_and_the_records_lose_nothing():
    texts = _texts("i want highland council and sepa to give me the noise assessment and the peat assessment (peat "
                   "landslide risk) for the windfarm, the emails between the developer and the planning officers, and "
                   "how many objections they got. how do i do this")
    assert "The noise assessment for the windfarm." in texts, texts
    assert any(t.startswith("The peat assessment") and t.endswith("for the windfarm.") for t in texts), texts
    assert "The emails between the developer and the planning officers." in texts, texts
    assert any("objections" in t for t in texts), texts


@pytest.mark.parametrize("message, expected", [
    ("i want highland council to give me the flood risk assessment for the new estate",
     ["Any flood risk assessment carried out for the new estate."]),  # fx79: the assessment frame, the kind named
    ("i want highland council to give me the noise assessment and the peat assessment for the windfarm",
     ["The noise assessment for the windfarm.", "The peat assessment for the windfarm."]),
    ("i want the contract, the invoices and the audit report for the new bridge from leeds city council",
     None),
])
def test_records_share_the_last_qualifier(message, expected):
    texts = _texts(message)
    if expected is not None:
        assert texts == expected, texts
    else:
        assert "The invoices for the new bridge." in texts, texts
        assert not any(t.count("Leeds City Council") and t.startswith("The invoices") for t in texts), texts


@pytest.mark.parametrize("message, expected", [
    ("i want a copy of the contract between kent county council and her home (its called Oakfield Lodge in Sittingbourne)",
     "A copy of the contract between you and Oakfield Lodge in Sittingbourne."),
    ("what does kent county council pay per hour for home care", "The cost per hour for home care."),
    ("i want to know what kent county council pays per week for care home placements",
     "The cost per week for care home placements."),
    ("how many homes did kent county council stop placing people in after bad cqc inspections",
     "The number of homes you stopped placing people in after bad CQC inspections."),
])
def test_parts_read_as_english(message, expected):
    texts = _texts(message)
    assert texts and texts[0] == expected, texts


def test_the_kent_carers_message():
    texts = _texts("hi, my mum has dementia and shes in a care home in kent, the council pays part of her fees. i want "
                   "to know what kent county council pays per week for care home placements, how many homes they "
                   "stopped placing people in after bad cqc inspections, and a copy of the contract with her home (its "
                   "called Oakfield Lodge in Sittingbourne)")
    assert texts[:3] == ["The cost per week for care home placements.",
                         "The number of homes you stopped placing people in after bad CQC inspections.",
                         "A copy of the contract with Oakfield Lodge in Sittingbourne."], texts
