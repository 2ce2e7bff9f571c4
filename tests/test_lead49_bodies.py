"""lead49: the organisation asked.
- nc61 #1: "how many times the met used ..." is the Metropolitan Police, never "did the meet used"; a neighbourhood
  of a London borough asked about policing goes to the Met (Notting Hill, Kensington and Chelsea); "notting hill" is
  never offered as "nothing hill".
- Charities people take for public bodies (the RSPCA, the NSPCC, the National Trust, Citizens Advice, the RNLI): no
  FOI law covers them, said with where the records are held instead."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.spelling import suggest

TODAY = date(2026, 12, 5)

CARNIVAL = ("i go to notting hill carnival every year and this year there were those facial recognition vans "
            "everywhere. i want to know how many times the met used live facial recognition at carnival, how many "
            "people it flagged and how many were wrong")


def test_the_met_in_a_reported_question_is_the_force():
    framing = frame_message(CARNIVAL, today=TODAY)
    assert framing.authority is not None and framing.authority.name == "Metropolitan Police Service"
    text = " ".join(p.text for p in framing.parts)
    assert "meet" not in text and "live facial recognition was used" in text


@pytest.mark.parametrize("text", [
    "how many people were arrested in notting hill in 2024",
    "how many times did the police use live facial recognition at notting hill carnival this year",
    "how many stop and searches were there in camden in 2024",
])
def test_policing_in_a_london_neighbourhood_is_the_met(text):
    framing = frame_message(text, today=TODAY)
    assert framing.authority is not None and framing.authority.name == "Metropolitan Police Service"


def test_a_place_name_before_its_place_noun_is_not_a_slip():
    assert "notting" not in dict(suggest(CARNIVAL))
    assert dict(suggest("how mnay fines in notting hill")) == {"mnay": "many"}


@pytest.mark.parametrize("text, name, where", [
    ("can the RSPCA tell me how many dogs they put down last year", "Royal Society for the Prevention of Cruelty to Animals", "council"),
    ("how much did the national trust spend on the new car park at stourhead in 2024", "National Trust", "planning"),
    ("how many child protection referrals did the nspcc get in 2024", "National Society for the Prevention of Cruelty to Children", "children's services"),
    ("how much do citizens advice get paid by the government", "Citizens Advice", "council"),
    ("how many lifeboat call outs did the rnli have in cornwall in 2024", "Royal National Lifeboat Institution", "Coastguard"),
])
def test_a_charity_is_not_covered_and_the_holders_are_named(text, name, where):
    framing = frame_message(text, today=TODAY)
    assert framing.authority is not None and framing.authority.name == name
    finding = next(f for f in framing.findings if f.code == "not-covered-by-foi")
    assert finding.severity == "high" and "charity" in finding.message and where in finding.message


def test_a_charity_still_answers_a_subject_access_request():
    framing = frame_message("can the rspca send me everything they hold about me", today=TODAY)
    assert framing.route == "sar"
    finding = next(f for f in framing.findings if f.code == "not-covered-by-foi")
    assert finding.severity == "low" and "charities" in finding.message
