"""lw53 (nc53 #10; issue 10.4): a review of a refusal about one named person (FOISA s18(1) with s38(1)(b)) never asks
for "aggregate figures" of that person, which stay their personal data: it argues whether disclosure would be lawful
(the legitimate interests test), says where the exemption is absolute (FOISA s2(2)(e)(ii)), offers figures that
identify no one (the department as a whole) and warns before sending. A refusal about people in general keeps the
anonymised-figures ground. Invented replies."""
from __future__ import annotations

from askfoi.followup import review_letter

NAMED = """NHS Westshire
Freedom of Information Office
Date: 3 November 2026
Our ref: FOI.26.1234

Dear Ms Grey,

Freedom of Information (Scotland) Act 2002 - Request for Information

Thank you for your request received on 21 September 2026.

1. The number of ambulances diverted in 2025: 312 ambulances were diverted.

2. Any complaints made about Dr Alan Moss, consultant surgeon: NHS Westshire neither confirms nor denies whether it holds this information, in terms of section 18(1) of FOISA, read with section 38(1)(b) (personal information).

If you are dissatisfied you can ask us to review our decision within 40 working days.

Yours sincerely
FOI Officer
"""


def test_a_named_persons_data_is_argued_on_lawfulness_not_aggregates():
    letter = review_letter(NAMED, name="Ann Grey")
    body = " ".join(letter.body.split())
    assert "aggregate figures" not in body
    assert "legitimate interests test in Article 6(1)(f)" in body
    assert "section 2(2)(e)(ii)" in body
    assert "department or service as a whole" in body
    caution = " ".join((letter.caution or "").split())
    assert "A review of part 2 is very unlikely to succeed" in caution
    assert "the Scottish Information Commissioner almost always uphold" in caution


def test_figures_about_people_in_general_keep_the_anonymised_ground():
    reply = NAMED.replace("Any complaints made about Dr Alan Moss, consultant surgeon: NHS Westshire neither confirms nor "
                          "denies whether it holds this information, in terms of section 18(1) of FOISA, read with "
                          "section 38(1)(b) (personal information).",
                          "The ages of the patients who complained: this information is withheld under section 38(1)(b) "
                          "of FOISA (personal information).")
    body = " ".join(review_letter(reply, name="Ann Grey").body.split())
    assert "as aggregate figures" in body
