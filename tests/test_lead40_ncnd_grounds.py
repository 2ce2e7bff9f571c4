"""lead40 (nc43 #10): under FOISA s18 (neither confirm nor deny) the exemptions that "would" apply if the information
existed are the reply's grounds, never "mentioned only as something that could apply"."""

from askfoi.reply_explain import explain_reply, explanation_text

REPLY = """Freedom of Information Request Reference: IM-FOI-2026-0001

Thank you for your request dated 20 October 2026.

In terms of section 18 of the Freedom of Information (Scotland) Act 2002, the force can neither confirm nor deny that
it holds the information you have requested about covert human intelligence sources. Section 18 applies where, if the
information existed and was held, it would be exempt under sections 34(1) and 35(1)(a) and (b), and revealing whether
it exists or is held would be contrary to the public interest.

In respect of your request for a policy on live facial recognition, the force does not use it. In terms of section
17 of the Act, the information you have requested is not held.
"""


def test_the_exemptions_behind_section_18_are_its_grounds():
    explained = explain_reply(REPLY)
    assert explained.reading.ncnd
    assert not explained.reading.entertained
    assert "only as something that could apply" not in explanation_text(explained)
