"""nx64 (nc64 #4): a reply that tells each numbered question back and answers it in plain paragraphs under it (no
"Response:" label), one question at a time or two together ("questions 2 and 3"), is read part by part: every part
told back with an answer under it has its own outcome. The Police Scotland reply with four numbered answers was read
as three (the death-in-custody part, withheld under s34 and s26(a), was lost), and the review argued from the others."""
import pytest

from askfoi.answer_map import map_answers
from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.answer_map import with_mapped_parts

PS = """Dear Ms Docherty

FREEDOM OF INFORMATION (SCOTLAND) ACT 2002

I refer to your recent request for information which was received on 15 October 2026.

1. The number of times mobile phones were examined with digital triage devices in 2025.

Digital triage devices were used on 1,870 occasions in 2025.

2. Does the force use covert listening equipment?

3. Any records of the force gathering intelligence on Leith Tenants Union.

In terms of section 18(1) of the Act, the force neither confirms nor denies whether it holds the information
requested at questions 2 and 3. If the information were held, it would be exempt under sections 31(1) and 35(1)(a).

4. The records about the death in custody of my brother at the police office.

The information you have requested is held for the purposes of an investigation by the Police Investigations and
Review Commissioner and is exempt under section 34(1)(a) of the Act. In addition, section 26(a) applies while the
Fatal Accident Inquiry is active.

If you are dissatisfied with the way in which we have dealt with your request, you may ask for a review.

Yours sincerely
"""

COUNCIL = """Dear Mr Khan

Freedom of Information Act 2000 - request reference 4471

1) How many fixed penalty notices for fly-tipping were issued in 2024?

The council issued 212 fixed penalty notices for fly-tipping in 2024.

2) How much was collected in fines?

The council collected £38,400 in fines.

3) Copies of any enforcement officer notebooks for Bell Street.

We do not hold this information. Officers record their visits in a case management system rather than notebooks.

Yours sincerely
"""

TRUST = """Dear Ms Byrne

Your request under the Freedom of Information Act 2000

1. The number of patients who waited more than 12 hours in A&E in 2024.

In 2024, 4,102 patients waited more than 12 hours from arrival.

2. The names of the consultants on duty on 3 March 2024.

This information is personal data and is exempt under section 40(2) of the Act. Disclosure would breach the data
protection principles.

Yours sincerely
"""


@pytest.mark.parametrize("reply,want", [
    (PS, {"1": Outcome.disclosed, "2": Outcome.ncnd, "3": Outcome.ncnd, "4": Outcome.refused}),
    (COUNCIL, {"1": Outcome.disclosed, "2": Outcome.disclosed, "3": Outcome.not_held}),
    (TRUST, {"1": Outcome.disclosed, "2": Outcome.refused}),
])
def test_each_question_told_back_with_its_answer_is_a_part(reply, want):
    mapped = map_answers(reply)
    assert mapped is not None
    got = {p.number: p.outcome for p in mapped}
    assert got == want, got


def test_the_withheld_fourth_part_keeps_its_sections():
    reading, _ = with_mapped_parts(read_reply(PS), PS)
    parts = {p.number: p for p in reading.parts}
    assert set(parts) == {"1", "2", "3", "4"}
    assert any("34(1)(a)" in s for s in parts["4"].sections) and any("26(a)" in s for s in parts["4"].sections)
    assert not any("34" in s for s in parts["1"].sections)


def test_a_request_told_back_as_a_list_then_one_answer_is_not_split():
    # a control (passes on main too): one answer after the whole request told back is no answer to its last item
    reply = """Dear Sir

You asked:

1. How many drones does the force own?
2. How much did they cost?

We can confirm that the force owns 14 drones, bought for a total of £212,000.

Yours faithfully
"""
    assert map_answers(reply) is None


def test_the_review_argues_no_publication_for_a_part_answered_in_full():
    import datetime as dt

    from askfoi.followup import review_letter

    reply = PS.replace("Digital triage devices were used on 1,870 occasions in 2025.",
                       "Digital triage devices were used on 1,870 occasions in 2025. Information about our use of these "
                       "devices, including the Code of Practice, is published on our website and is therefore exempt "
                       "under section 25(1) of the Act - information otherwise accessible.")
    body = review_letter(reply, today=dt.date(2026, 11, 20), name="A Person").body
    assert "part 4" in body and "Already published" not in body
