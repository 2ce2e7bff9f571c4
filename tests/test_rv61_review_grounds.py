"""rv61 (nc61 #13): a review's grounds fit what the reply decided and what the request is about: the public interest
argued for the exemptions relied on and the subject (never "how public money is spent" for CCTV in a school under
s31/s38), and no request for small figures "shown as a band" when the reply already showed them so. Replies written
for this test in the layouts schools, police forces, trusts and councils use."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.followup import review_letter

SCHOOL_CCTV = """Dear Mr Reid,

Freedom of Information request FOI 77

You asked whether there are CCTV cameras in the pupil toilets and where they are. We can confirm that the school
operates CCTV in the corridors outside the toilets. The number and location of the cameras are withheld under section
31(1)(a) and section 38(1)(a) of the Act. Both are qualified exemptions and we consider that the public interest in
maintaining them outweighs the public interest in disclosure.

Yours sincerely,
Business Manager
Greenway Academy
"""

POLICE_STOPS = """Reference: FOI 2026/1881

You asked for the number of stop and search encounters in each ward of the city in 2025. The ward-level figures are
withheld under section 31(1)(a) of the Act, as they would show where officers are deployed. This is a qualified
exemption and the public interest test favours withholding the information. The total for the city was 4,211.

You may ask for an internal review within 40 working days.
"""

HOSPITAL = """Dear Ms Dunne

FOI 2026-4410

You asked for the number of patient safety incidents on each ward in 2025. The trust recorded 3,106 incidents in
2025. The figures for each ward are withheld under section 38(1)(a) of the Act (health and safety), as they would
identify wards under investigation. The public interest favours withholding them.

Yours sincerely
FOI Team
"""

SCOTTISH_STOPS = """Dear Mr Ross

Thank you for your request under the Freedom of Information (Scotland) Act 2002 for the ward-level figures for stop
and search in Dundee in 2025. The figures are withheld under section 35(1)(a) of FOISA (law enforcement). The public
interest favours withholding them.

Yours sincerely
Information Management
Police Scotland
"""

COUNCIL_CONTRACT = """Dear Mr Grant

Your request FOI-2026-991

You asked for the contract for grounds maintenance and its value. The total value of the contract is £1.2 million a
year. The unit rates in the contract are withheld under section 43(2) of the Act (commercial interests). The public
interest in withholding them outweighs the public interest in disclosure.

Yours sincerely
Information Governance
"""


@pytest.mark.parametrize("text,wanted", [
    (SCHOOL_CCTV, "watched"),
    (POLICE_STOPS, "prevent and detect crime"),
    (HOSPITAL, "kept safe"),
    # FOISA numbers its exemptions its own way: its s35 is law enforcement; "ward" here is no hospital ward
    (SCOTTISH_STOPS, "prevent and detect crime"),
], ids=["school-cctv", "police-stops", "hospital", "scotland"])
def test_the_public_interest_fits_the_exemption_and_the_subject(text: str, wanted: str) -> None:
    body = " ".join(review_letter(text, today=date(2026, 12, 5)).body.split())
    assert "The public interest" in body
    assert "how public money is spent" not in body
    assert wanted in body
    # the commercial exemption still argues public money
    money = " ".join(review_letter(COUNCIL_CONTRACT, today=date(2026, 12, 5)).body.split())
    assert "public money is spent" in money


EXCLUSIONS = """Dear Mrs Akhtar,

Request reference FOI 2026-205

You asked for the number of suspensions in 2025/26 by year group.

Year 7: 12
Year 8: 19
Year 9: 23
Year 10: fewer than 5
Year 11: fewer than 5

Where a figure is fewer than five we have not given the exact number, as it could identify individual pupils. This
information is withheld under section 40(2) of the Act.

Yours sincerely,
Data Protection Officer
"""

EXCLUSIONS_TABLE = """Dear Mr Ford,

FOI 2026-88

Please find below the number of permanent exclusions by reason in 2025/26.

| Reason | Number |
| Physical assault against a pupil | 6 |
| Drug and alcohol related | <5 |
| Persistent disruptive behaviour | 9 |

Where numbers are fewer than 5 they have been withheld under section 40(2), as they could identify pupils.

Yours sincerely
"""

EXCLUSIONS_HIDDEN = """Dear Mr Ford,

FOI 2026-89

Please find attached the number of permanent exclusions by reason in 2025/26. Where numbers are fewer than 5 they
have been withheld under section 40(2), as they could identify pupils.

Yours sincerely
"""


@pytest.mark.parametrize("text", [EXCLUSIONS, EXCLUSIONS_TABLE], ids=["list", "table"])
def test_small_figures_already_banded_are_not_asked_for_as_a_band(text: str) -> None:
    body = " ".join(review_letter(text, today=date(2026, 12, 5)).body.split())
    assert "Personal data" in body
    assert 'shown as a band (for example "fewer than 5")' not in body
    assert "how each exact figure you withheld could identify someone" in body
    # figures withheld with no band shown are still asked for as a band
    hidden = " ".join(review_letter(EXCLUSIONS_HIDDEN, today=date(2026, 12, 5)).body.split())
    assert 'shown as a band (for example "fewer than 5")' in hidden
