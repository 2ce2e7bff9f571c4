"""lead49 (nc61 #6): a count that leaves out its noun after "how many" ("how many families ... , how many placed out of
borough") counts the noun of the count before it; a count whose subject opens with a verb is not well formed, so
"The number of placed out of borough." is never written."""

from datetime import date

import pytest

from askfoi.framing import Frame, frame_message, part_problems

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("text, want", [
    ("next client, hes been in a b&b for 9 weeks with two kids from lewisham council, they keep moving him out of "
     "borough to croydon. how many families with children does lewisham have in b&b longer than 6 weeks, how many "
     "placed out of borough, and how much they spend on nightly paid temp accommodation?",
     "The number of families with children placed out of borough."),
    ("how many tenants did the council evict in 2024, how many evicted for rent arrears",
     "The number of tenants evicted for rent arrears."),
])
def test_the_left_out_noun_is_the_one_counted_before(text, want):
    parts = [p.text for p in frame_message(text, today=TODAY).parts]
    assert want in parts, parts
    assert not any(p.startswith("The number of placed") or p.startswith("The number of evicted") for p in parts)


def test_a_count_of_a_verb_is_not_well_formed():
    frame = Frame(kind="count", subject="placed out of borough", text="The number of placed out of borough.")
    assert any("no counted noun" in p for p in part_problems(frame))
    fine = Frame(kind="count", subject="excluded pupils", text="The number of excluded pupils.")
    assert not any("no counted noun" in p for p in part_problems(fine))
