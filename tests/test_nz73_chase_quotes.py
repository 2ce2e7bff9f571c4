"""nz73 (nc73 #11): a chaser quotes a request of one numbered part as it was sent: never "1. 1. ...", and never the
request's period or its letter paragraphs as a part of their own. Requests written for these tests."""
from datetime import date

import pytest

from askfoi.followup import chase_letter
from askfoi.formats import render_letter

TODAY = date(2026, 12, 6)
REQUESTS = [
    # the chat's own form of the request (its parts, then the period)
    ("1. The inspection reports for the Loch Ewe fish farm.\nFor the period 1 January 2024 to 30 November 2026.",
     "The inspection reports for the Loch Ewe fish farm."),
    # a letter askfoi writes, with one part and its paragraphs after it
    ("Dear FOI team,\n\nPlease provide the following information for the period 1 April 2025 to 31 March 2026:\n\n"
     "1. The minutes of the licensing committee meetings.\n\nUnder section 11 of the Act, I would like to receive the "
     "information as electronic copies of the documents (PDF).\n\nIf you do not hold some of the information, please "
     "say so.\n\nYours faithfully,\nRory Bain\n", "The minutes of the licensing committee meetings."),
    # a pasted request numbered "1)"
    ("Dear Sir or Madam,\n\nI would like the following:\n\n1) Copies of all correspondence with Highland Council about "
     "the Ullapool ferry pier.\n\nI would prefer to receive this by email.\n\nThanks,\nRory Bain\n",
     "Copies of all correspondence with Highland Council about the Ullapool ferry pier."),
]


@pytest.mark.parametrize("request_text,part", REQUESTS)
def test_a_one_part_request_is_quoted_as_sent(request_text, part):
    letter = render_letter(chase_letter(date(2026, 9, 14), authority="Scottish Environment Protection Agency",
                                        scotland=True, request=request_text, name="Rory Bain", today=TODAY), "text")
    listed = letter.split("It asked for:", 1)[1].split("\n\n")[1].strip()
    assert listed == f"1. {part}"
