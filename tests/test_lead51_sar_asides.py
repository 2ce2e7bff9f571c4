"""lead51: a wish list that holds a relative's record beside the body's own records ("i want the ambulance response
times for leeds last year, the complaints policy, and the investigation report about her fall"): the relative's record
goes in the subject access letter; the others are set aside for an FOI request, never lost; the finding quotes the
record that is theirs, never the whole list."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message

MUM = ("my mum was in hospital for 3 weeks at leeds general infirmary. i want the ambulance response times for leeds "
       "last year, the complaints policy, and the investigation report about her fall")


@pytest.mark.parametrize("text, aside", [
    (MUM, ["ambulance response times", "complaints policy"]),
    ("my son was excluded from harris academy peckham. i want the exclusion figures for the school, the behaviour "
     "policy, and the records they kept about him", ["exclusion figures", "behaviour policy"]),
])
def test_the_bodys_own_records_are_set_aside_for_foi(text, aside):
    framing = frame_message(text, today=date(2026, 12, 6))
    said = " ".join(framing.foi_aside).lower()
    assert all(a in said for a in aside), framing.foi_aside


def test_the_finding_quotes_the_relatives_record_only():
    found = [f for f in check_request(MUM).findings if f.code == "their-own-data"]
    assert found and "response times" not in found[0].evidence and "investigation report" in found[0].evidence
