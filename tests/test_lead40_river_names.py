"""lead40: a kind of place written before its own name ("into the river clyde", "near loch lomond") gets its capitals;
the kind alone or with a common noun ("the river bank", "from the river") does not."""

from askfoi.place_capitals import capitalise_places


def test_a_named_river_or_loch_gets_capitals():
    assert "River Clyde" in capitalise_places("the number of sewage spills into the river clyde in 2022")
    assert "Loch Lomond" in capitalise_places("pollution in loch lomond")


def test_the_kind_alone_or_with_a_common_noun_does_not():
    assert capitalise_places("erosion of the river bank") == "erosion of the river bank"
    assert capitalise_places("flooding from the river") == "flooding from the river"
