"""rd67 (nc61): a review letter never lists a part the reply answered with neither confirm nor deny (NCND) under "Parts
still owed": that part is argued under the NCND ground (is confirming or denying itself harmful), the parts withheld or
said not to be held stay owed. One reply per mix of outcomes: given + NCND, withheld + given + NCND, not held + given +
NCND, refused + NCND."""

from datetime import date

from askfoi.followup import grounds_for, review_letter
from askfoi.models import Outcome
from askfoi.reader import read_reply

GIVEN_NCND = """Dear Ms Hale,
Thank you for your request received on 3 March 2025.
1. How many speed cameras does the council operate? We operate 14 fixed cameras.
2. Has the council received any complaints about the camera on Mill Road from Mr Jones? The council can neither confirm nor deny whether it holds this information under section 40(5B) of the Freedom of Information Act, as confirming would reveal personal data about a third party.
Yours sincerely,
FOI Officer"""

WITHHELD_GIVEN_NCND = """Dear Mr Okafor,
1. What did the trust spend on agency nurses in 2024? The trust spent £2.4 million.
2. Please send the contract with the staffing agency. The contract is withheld under section 43(2) of the Freedom of Information Act, because disclosure would prejudice the commercial interests of the supplier; the public interest favours withholding it.
3. Has the named consultant been referred to the General Medical Council? The trust neither confirms nor denies whether it holds this information, by virtue of section 40(5B) of the Act.
Yours sincerely"""

NOT_HELD_GIVEN_NCND = """Dear Sir,
1. How many parking fines were issued in 2024? 312 fines were issued.
2. What did the enforcement contract cost? This information is not held by the council.
3. Is the council investigating the contractor for fraud? The council neither confirms nor denies whether it holds this information, under section 31(3) of the Freedom of Information Act.
Yours faithfully"""

REFUSED_NCND = """Dear Mr Lee,
1. Please provide the maintenance contract for the CCTV system. The contract is withheld under section 43(2) of the Freedom of Information Act, as disclosure would prejudice the commercial interests of the supplier. We have considered the public interest and it favours withholding.
2. Do you hold any covert surveillance authorisations for Park Street? The council neither confirms nor denies whether it holds this information, under section 31(3) of the Act.
Yours sincerely"""


def _letter(text: str) -> str:
    return review_letter(text, name="A Person", authority="Test Council", received=date(2025, 4, 1),
                         today=date(2025, 4, 10)).body


def _owed(body: str) -> str:
    return next((p for p in body.split("\n\n") if p.startswith("Parts still owed")), "")


def _ncnd_part(text: str) -> str:
    return next(p.number for p in read_reply(text).parts if p.ncnd or p.outcome == Outcome.ncnd)


def test_given_and_ncnd_argues_ncnd_and_owes_nothing():
    body = _letter(GIVEN_NCND)
    assert _ncnd_part(GIVEN_NCND) == "2"
    assert _owed(body) == ""
    assert "Neither confirm nor deny (part 2)" in body


def test_withheld_part_stays_owed_ncnd_part_does_not():
    body = _letter(WITHHELD_GIVEN_NCND)
    owed = _owed(body)
    assert _ncnd_part(WITHHELD_GIVEN_NCND) == "3"
    assert "part 2" in owed and "part 3" not in owed and "neither confirmed" not in owed
    assert "Neither confirm nor deny (part 3)" in body


def test_not_held_part_stays_owed_ncnd_part_does_not():
    body = _letter(NOT_HELD_GIVEN_NCND)
    owed = _owed(body)
    assert _ncnd_part(NOT_HELD_GIVEN_NCND) == "3"
    assert "part 3" not in owed and "neither confirmed" not in owed
    assert "Neither confirm nor deny (part 3)" in body


def test_refused_and_ncnd_has_both_grounds_no_owed_list():
    # guard (passes on main too): a refused whole has no "Parts still owed" paragraph; both grounds are argued
    body = _letter(REFUSED_NCND)
    assert _owed(body) == ""
    assert "Neither confirm nor deny (part 2)" in body
    assert "section 43(2)" in body


def test_a_part_ncnd_alone_is_an_ncnd_ground():
    # the ground follows the parts, not only the whole reading's flag
    reading = read_reply(GIVEN_NCND)
    reading = reading.model_copy(update={"ncnd": False})
    assert "ncnd" in grounds_for(reading)
