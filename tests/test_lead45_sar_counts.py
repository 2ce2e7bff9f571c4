"""Session 45 (lead, nc51 #4): in a message mixing a subject access request with FOI figures, the counted thing of a
figure ("how many damp and mould repair reports ...": its "and" is inside the thing counted) is never an item of the
subject access letter, and the person's own record named as a history ("her own repair history") is."""
from askfoi.sar_items import sar_items

MESSAGE = ("my client lives in a council flat in haringey, black mould for 2 yrs, repairs keep getting cancelled. she "
           "wants to know how many damp and mould repair reports the council got in 2025, how many werent fixed within "
           "28 days, and how much they spent on disrepair compensation. also can she get her own repair history?")


def test_the_counted_thing_of_a_figure_is_no_item():
    items = sar_items(MESSAGE)
    assert not any("reports the council got" in i for i in items), items


def test_a_history_of_ones_own_matter_is_the_item():
    items = sar_items(MESSAGE)
    assert any(i.lower().endswith("repair history") for i in items), items
