"""Round 6 of the reply reader (issue 10): one group of short invented replies per cause of error found on the
"fresh" split once it became tuning material (docs/notes/rd6.md has the table of causes). Every text here was
written for these tests; none is copied from a labelled reply.
"""

from __future__ import annotations

import pytest

from askfoi.reader import read_reply, read_sentences


def _outcome(text: str) -> str:
    reading = read_reply(text)
    return reading.outcome.value + ("?" if reading.unclear else "")


# --- NCND: "the duty ... does not apply by virtue of section N" switches the duty off, it does not disown N -------

@pytest.mark.parametrize("text", [
    "The Office can neither confirm nor deny that it holds information in respect of these questions by virtue of "
    "section 31(3). The Office can neither confirm nor deny that it holds the information, as the duty in section "
    "1(1)(a) does not apply by virtue of section 31(3).",
    "We neither confirm nor deny whether we hold this information. The duty to confirm or deny does not apply by "
    "virtue of section 24(2) and section 23(5).",
])
def test_duty_not_applying_by_virtue_of_a_section_is_ncnd(text):
    reading = read_reply(text)
    assert reading.outcome.value == "ncnd" and reading.ncnd and not reading.unclear


def test_a_section_disowned_is_still_disowned():
    text = ("We are not relying on section 12 for this request. Please find the information you requested attached.")
    assert "12" not in " ".join(read_reply(text).sections)


# --- a mixed answer said in the past tense or as "not all of it" ----------------------------------------------

@pytest.mark.parametrize("text,outcome", [
    # given in the past tense, the rest withheld
    ("The Trust provided copies of the board papers but decided to withhold other information under section 43(2).",
     "part_disclosed"),
    ("For parts 1 and 2 we withheld the information under section 22. For part 3 we provided a link to the "
     "published method.", "part_disclosed"),
    # given in an accompanying document, not all of it
    ("The policies you asked for have been provided in an accompanying document. It is not possible to provide all "
     "the requested information. We have applied the following exemption to part of your request: section 40(2).",
     "part_disclosed"),
    ("Please find attached the figures. Please note that it has not been possible to extract all of the information "
     "you require because of a change of system.", "part_disclosed"),
    # the same words negated or hypothetical give nothing
    ("We have not provided copies of the emails as they are exempt under section 40(2).", "refused"),
])
def test_past_tense_and_not_all_of_it(text, outcome):
    assert _outcome(text) == outcome


def test_not_all_of_it_is_a_share():
    [decision] = [s for s in read_sentences("It is not possible to provide all the requested information.")
                  if s.role == "decision"]
    assert "give_part" in decision.signals
