"""lead40 (newcomer nc43 #1): a disclosure-log reply that restates the request under "You asked:" and answers under "In
Response:" is read part by part: the restated questions are the request, never answers, so each part gets its own
decision (parts 1 and 2 NCND, part 3 given), in `askfoi explain` as in the chat. The reply is the newcomer's own
made-up example in the style of a police disclosure log."""

from askfoi.reply_explain import explain_reply

REPLY = """Freedom of Information Request Reference No: 2026/4417

Thank you for your request for information received on 2 November 2026 regarding covert facial recognition.

You asked:
1. Does Essex Police use covert facial recognition technology?
2. How many times has it been deployed covertly in 2025?
3. How much has Essex Police spent on live facial recognition vans since 2023?

In Response:
Essex Police can neither confirm nor deny that it holds any information relevant to questions 1 and 2 by virtue of the following exemptions:

Section 23(5) Information supplied by, or concerning, certain Security Bodies
Section 24(2) National Security
Section 31(3) Law Enforcement

Section 23 is an absolute class-based exemption and there is no requirement to consider the public interest. Sections 24 and 31 are qualified prejudice-based exemptions and require a harm test and public interest test.

Harm: confirming or denying whether any information is held would reveal policing tactics...

Public interest considerations favouring confirmation or denial: transparency...
Considerations favouring neither confirming nor denying: law enforcement would be undermined...

Balance test: the balance lies in favour of neither confirming nor denying.

Question 3: Essex Police spent £412,000 on the purchase and fit-out of two live facial recognition vans.

This should not be taken as necessarily indicating that any information that would meet your request exists or does not exist.

If you are dissatisfied with this response you may request an internal review within 40 working days.

Yours sincerely,
Information Rights Team
Essex Police
"""


def test_you_asked_then_in_response_is_read_part_by_part():
    reading = explain_reply(REPLY).reading
    parts = {p.number: p for p in reading.parts}
    assert parts["1"].ncnd and parts["2"].ncnd
    assert parts["3"].outcome.value == "disclosed" and not parts["3"].ncnd
