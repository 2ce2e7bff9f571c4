"""lead39 (newcomer): a reply that answers "Parts 2 and 3:" under one heading had those parts read as "unclear (no
answer is labelled)" and their NCND sections given to part 1; the review then said the reply did not say which answer
was which. A heading that names several parts opens one answer for each of them."""

import pytest

from askfoi.answer_map import map_answers
from askfoi.models import Outcome

REPLY = """Dear Ms Patel

You asked:

1. How many times did the force deploy drones over protests in 2025?
2. Does the force use IMSI catchers to monitor phones?
3. How much did the force spend on covert communications data equipment in 2025?
4. The names of the officers who authorised the drone flights.

Response

Part 1: Information is held. However the force considers that the exemption at section 31(1)(a) and (b) applies.

{heading} The force can neither confirm nor deny that it holds any information relevant to these parts of your
request by virtue of the following exemptions:
Section 23(5) Information supplied by, or concerning, certain Security Bodies
Section 24(2) National Security
Section 31(3) Law Enforcement

Part 4: The names of officers are personal data and are exempt under section 40(2) of the Act.

Yours sincerely
"""


@pytest.mark.parametrize("heading", ["Parts 2 and 3:", "Parts 2 & 3:", "Questions 2-3:", "Parts 2, 3"])
def test_a_heading_naming_several_parts_answers_each_of_them(heading):
    parts = {p.number: p for p in map_answers(REPLY.format(heading=heading))}
    assert parts["2"].outcome == Outcome.ncnd and parts["3"].outcome == Outcome.ncnd, parts
    assert "23(5)" in parts["2"].sections and "23(5)" in parts["3"].sections
    assert not any(s.startswith(("23", "24")) for s in parts["1"].sections), parts["1"].sections
    assert parts["4"].outcome == Outcome.refused


@pytest.mark.parametrize("text", ["does kent police use phone surveillance",
                                  "does the met carry out surveillance of peoples phones"])
def test_phone_surveillance_is_warned_as_communications_data(text):
    """lead39 (newcomer): "phone surveillance" had no NCND warning (only "intercept phone" did)."""
    from askfoi.framing import frame_message

    assert any(f.code == "ncnd-risk" for f in frame_message(text).findings)


def test_the_review_written_in_the_chat_dates_the_response_as_the_cli_does():
    """lead39 (newcomer): the chat's review letter left out the date the reply carries ("Date: 20 November 2026")."""
    from datetime import date

    from askfoi.reply_flow import ReplyFlow

    reply = ("Freedom of Information (Scotland) Act 2002 - Response\nReference: FOI/26/01552\nDate: 20 November 2026\n\n"
             "Dear Ms Campbell\n\nThank you for your request dated 23 October 2026 for:\n1. The number of spills from "
             "the overflow at Brediland Road in 2024.\n\nWe are withholding this information under section 27(1) of "
             "FOISA as we intend to publish it within 12 weeks.\n\nYou may ask for a review within 40 working days.\n")
    flow = ReplyFlow(today=lambda: date(2026, 12, 4))
    flow.start()
    flow.read(reply)
    assert "of Friday 20 November 2026" in flow.write("review").body
