"""fx98 (nc97 j5, issue 8): a part about one named office-holder keeps that person (askfoi/holder_records.py,
knowledge/vocab/holder_records.yaml). "councillor john smith ... i want his expenses claims" asks for that
councillor's claims, never the total spent on all councillors' allowances and expenses."""

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


# nc97 j5 (the newcomer's own message), then two of the same shape in my own words
J5 = ("councillor john smith on wakefield council is always jetting off on 'fact finding trips' at OUR expense!!! i want "
      "his expenses claims for the last 2 years, the receipts, and his declaration of interests. also is he under "
      "investigation by the standards committee")


@pytest.mark.parametrize("text, holder, records", [
    (J5, "Councillor John Smith", ["expense claims made by", "receipts submitted with", "register of members' interests"]),
    ("Cllr Jane Doe on Leeds council keeps claiming for taxis. I want her expense claims for 2025 and the receipts.",
     "Councillor Jane Doe", ["expense claims made by", "receipts submitted with"]),
    ("The leader of Bristol City Council went to Cannes on our money. Please send me his travel expense claims and "
     "hotel receipts for the trip.", "the leader of Bristol City Council", ["expense claims made by", "receipts"]),
])
def test_the_named_holders_own_records_are_the_parts(text, holder, records):
    parts = _parts(text)
    for record in records:
        assert any(record in p and holder in p for p in parts), (record, parts)
    assert not any("councillors' allowances" in p or p.startswith("The total amount") for p in parts), parts
    assert not any(p.lower().startswith(("his ", "her ")) for p in parts), parts  # "his" is said as the holder


def test_j5_keeps_its_own_question_and_period():
    framing = frame_message(J5, today=TODAY)
    assert any("under investigation" in p.text for p in framing.parts)
    assert framing.authority is not None and framing.authority.name == "Wakefield City Council"
    assert framing.period == "1 December 2024 to 30 November 2026"


# guards: what must not change
def test_all_councillors_allowances_stay_a_total():
    parts = _parts("How much did Wakefield council spend on councillors' allowances and expenses last year?")
    assert parts == ["The total amount spent on councillors' allowances and expenses."]


def test_the_persons_own_part_naming_the_holder_is_kept():
    parts = _parts("I want to see the register of interests for Councillor Ahmed Khan at Bradford Council and his "
                   "allowance claims.")
    assert parts == ["The register of interests for Councillor Ahmed Khan at Bradford Council and his allowance claims."]


@pytest.mark.parametrize("text", [
    "Councillor Ann Lee and Councillor Tom Hart on Leeds council both claim a lot. I want his expense claims.",
    "councillors on leeds council are always claiming expenses, how much did they claim last year",
    "My son was excluded from school. I want his school records and the receipts.",
])
def test_no_one_holder_no_holder_parts(text):
    assert not any("made by Councillor" in p or "register of members' interests" in p for p in _parts(text))


def test_named_holder_reads_the_name_and_stops_at_the_story():
    from askfoi.holder_records import named_holder

    assert named_holder("councillor john smith on wakefield council")[0] == "Councillor John Smith"
    assert named_holder("Cllr Jane Doe keeps claiming")[0] == "Councillor Jane Doe"
    assert named_holder("councillor allowances went up") is None
    assert named_holder("Councillor Ann Lee and Councillor Tom Hart") is None
