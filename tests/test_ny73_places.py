"""ny73 (nc73 #4): a spelling "fix" never changes a place's name to another real place: the word after a place noun
written before its name ("loch buie", "river wye", "isle of mull") is the name, as typed."""
import pytest

from askfoi.spelling import suggest


@pytest.mark.parametrize("text, name", [
    ("the sea lice counts at the salmon farms in loch spelve and loch buie", "buie"),
    ("how mnay sea lice treatments at the fish farm in loch duich in 2025", "duich"),
    ("the inspection reports for the salmon farm in loch alsh, and how mnay escapes", "alsh"),
    ("any discharges into loch riddon from the farm since 2024 how mnay", "riddon"),
])
def test_the_name_after_a_place_noun_is_never_corrected_a_slip_beside_it_still_is(text, name):
    offered = suggest(text)
    assert name not in {typed.lower() for typed, _ in offered}
    assert ("mnay", "many") in offered or "mnay" not in text
