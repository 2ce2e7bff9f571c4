"""lead47: a numbered list typed on one line with ")" labels after an asking lead-in ("please tell me 1) how many
... 2) how much they cost 3) who supplies them") is a list of questions even when an item is a short question of its
own; the labels were dropped and the items run together into one kept part ("How many speed cameras are in Kent how
much did they cost who supplies them?")."""

from datetime import date

from askfoi.framing import frame_message


def test_short_wh_items_make_a_list():
    framed = frame_message("please tell me 1) how many speed cameras are in kent 2) how much they cost 3) who "
                           "supplies them", today=date(2026, 12, 5))
    assert len(framed.parts) == 3
    assert all(p.kind != "kept" for p in framed.parts)


def test_labels_inside_a_noun_phrase_stay_one_part():
    framed = frame_message("the costs of a) the new bins and b) the lorries", today=date(2026, 12, 5))
    assert len(framed.parts) == 1
