"""lead42: a misspelt adverb between an auxiliary and its verb ("how many were actualy fixed") is read as the adverb
meant, so both questions are framed; no other word is changed unseen."""

from askfoi.framing import _adverb_slips_fixed, frame_message


def test_a_misspelt_adverb_does_not_break_the_count():
    texts = [p.text for p in frame_message("how many potholes were reported in cardiff in 2024 and how many were actualy "
                                           "fixed within 28 days").parts]
    assert texts == ["The number of potholes reported in Cardiff.",
                     "The number of potholes reported in Cardiff that were actually fixed within 28 days."]


def test_only_adverbs_are_changed():
    assert _adverb_slips_fixed("how many potholse were actualy fixed") == "how many potholse were actually fixed"
