"""lead40 (nc43 #11b): a spelling slip never decides the law: "polution complaints" to SEPA is under the EISR as
"pollution complaints" is; a message with no environmental subject stays under the Act."""

from askfoi.framing import frame_message


def test_a_slip_in_an_environmental_word_keeps_the_environmental_route():
    typed = frame_message("how many polution complaints did sepa get about the grangemouth refinary in 2025?")
    spelt = frame_message("how many pollution complaints did sepa get about the grangemouth refinery in 2025?")
    assert typed.regime == spelt.regime == "EISR"


def test_a_slip_elsewhere_changes_nothing():
    assert frame_message("how many complants did leeds city council get about parking in 2025?").regime == "FOIA"


def test_the_route_findings_follow_the_corrected_words():
    typed = frame_message("how many polution complaints did sepa get about the grangemouth refinary in 2025?")
    spelt = frame_message("how many pollution complaints did sepa get about the grangemouth refinery in 2025?")
    assert sorted(f.code for f in typed.findings) == sorted(f.code for f in spelt.findings)
