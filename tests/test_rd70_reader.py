"""rd70 (nc67 #11): a part answered "not a request for recorded information" is read as such (not as information the
body searched for and did not find), and the review asks for the records that would show the answer, never for the
searches made; a heading that numbers two items of the request ("3. X and 5. Y") reads as both parts. Written in other
words than the nc67 letters."""

from askfoi.followup import grounds_for, review_letter
from askfoi.models import Outcome
from askfoi.reader import read_reply

RECORDED = """Dear Mr Patel,

Freedom of Information Act 2000 - our reference 2026/4471

1. Number of complaints about the leisure centre in 2025: the council received 37 complaints.

2. Why did the council decide to close the pool in January? Your second question is not a valid request for recorded
information, so we have not answered it under the Act. You may wish to raise it with your ward councillor.

If you are unhappy with this response you may ask for an internal review.

Yours sincerely,
Information Governance Team
"""

EXPLANATION = """1. The contract was awarded to Greenways Ltd in March 2024 for £1.2m.

2. How was the decision to award it reached? This part seeks an explanation rather than recorded information and
is therefore outside the scope of the Act.
"""

JOINT = """Thank you for your request.

1. Budget for 2025/26: £2.4m, as set out in the attached table.

2. Staff training records and 4. the external audit report. Both are withheld under section 43(2) of the Act, as
disclosure would prejudice the commercial interests of the trust.

3. Number of staff: 112 full-time equivalent.
"""


def _part(reading, number):
    return next(p for p in reading.parts if p.number == number)


def test_a_part_said_to_ask_for_no_recorded_information_is_flagged():
    reading = read_reply(RECORDED)
    part = _part(reading, "2")
    assert part.outcome == Outcome.not_held
    assert part.not_recorded
    assert not _part(reading, "1").not_recorded


def test_an_explanation_rather_than_recorded_information_is_flagged():
    assert _part(read_reply(EXPLANATION), "2").not_recorded


def test_the_review_asks_for_the_records_that_would_show_it_not_for_searches():
    reading = read_reply(RECORDED)
    grounds = grounds_for(reading)
    assert "not_recorded" in grounds and "not_held" not in grounds
    letter = review_letter(RECORDED, authority="Riverside Council", name="A Patel")
    body = letter if isinstance(letter, str) else getattr(letter, "body", str(letter))
    assert "what searches were made" not in body
    assert "recorded information that answers it" in body
    assert "section 84" in body
    assert "said not to be held" not in body


def test_a_genuine_not_held_part_still_asks_what_searches_were_made():
    text = EXPLANATION.replace(
        "This part seeks an explanation rather than recorded information and\nis therefore outside the scope of the Act.",
        "We do not hold any record of how the decision was reached.")
    reading = read_reply(text)
    assert _part(reading, "2").outcome == Outcome.not_held and not _part(reading, "2").not_recorded
    assert "not_held" in grounds_for(reading) and "not_recorded" not in grounds_for(reading)


def test_a_heading_that_numbers_two_items_reads_as_both_parts():
    reading = read_reply(JOINT)
    numbers = sorted(p.number for p in reading.parts)
    assert numbers == ["1", "2", "3", "4"]
    assert _part(reading, "4").outcome == _part(reading, "2").outcome != Outcome.disclosed
    assert _part(reading, "4").sections == ["43(2)"]


def test_a_second_number_already_answered_on_its_own_is_not_doubled():
    text = JOINT.replace("3. Number of staff", "4. Number of staff")
    reading = read_reply(text)
    assert sorted(p.number for p in reading.parts) == ["1", "2", "4"]


PAIRS = """Dear Ms Shah,

Your request has now been dealt with. Please see our findings below.

Request
How many rescue boats does the service keep at the Riverside station?

Reply
The service keeps three rescue boats at Riverside.

Request
Please send me the maintenance contract for the boats.

Reply
The contract is withheld under section 43(2), as its release would prejudice the commercial interests of the supplier.

If you are unhappy with this response you may ask for a review.
"""


def test_unnumbered_request_reply_pairs_are_read_part_by_part():
    reading = read_reply(PAIRS)
    assert [(p.number, p.outcome) for p in reading.parts] == [("1", Outcome.disclosed), ("2", Outcome.refused)]
    assert reading.outcome == Outcome.part_disclosed


def test_a_single_request_reply_pair_is_no_part():
    one = PAIRS.split("Request\nPlease send me")[0]
    assert read_reply(one).parts == []
