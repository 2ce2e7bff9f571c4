"""lead40 (nc43 #16): a reply's title said inside the letter's sentence loses the capital it had only for opening the
title ("my request about use of drones ..."), never a name's ("Metropolitan Police ...", "Essex ...")."""

from askfoi.reply_request import sentence_case as _sentence_case


def test_a_titles_opening_capital_is_dropped_mid_sentence():
    assert _sentence_case("Use of drones to monitor protests") == "use of drones to monitor protests"
    assert _sentence_case("Speed cameras in Kent") == "speed cameras in Kent"


def test_a_name_or_acronym_keeps_its_capitals():
    for title in ("Metropolitan Police drones", "Essex spending", "CCTV cameras"):
        assert _sentence_case(title) == title
