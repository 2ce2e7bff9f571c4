"""nr94 (nc94 #7): the review letter the reply reader writes: the reply's own reference from a disclosure log's title
line, no belief that information is held which the person never stated, section 16 as the duty it is (advice and
assistance, so far as reasonable), and, when a refusal relying on the public interest gave no reasons for it, the
provision that requires them (FOIA s17(3), FOISA s16(2)). Replies in my own words, in the shape of published ones."""

from datetime import date

from askfoi.followup import reference_in, review_letter

# a disclosure-log page: the title line carries the reference in brackets; not held, then NCND with no public interest
NOT_HELD_NCND = """Body Worn Video Retention (20417/25)

Request

1. How many hours of body worn video footage did you delete in 2024?

2. Do you share body worn video with any security service?

Response

We have searched our records and the information you requested in question 1 is not held by Eastshire Police.

In relation to question 2, Eastshire Police can neither confirm nor deny that it holds any information, by virtue of the following exemptions:

Section 24(2) - National Security

Section 31(3) - Law enforcement
"""

# the same refusal, with the public interest weighed in its text
NCND_WITH_PI = NOT_HELD_NCND + """
Public interest test: confirming or denying would undermine national security operations. Considering the public
interest factors favouring confirmation and those against, the balance favours neither confirming nor denying.
"""


def _letter(reply: str, **kw) -> str:
    return review_letter(reply, authority="Eastshire Police", today=date(2026, 12, 7), **kw).body


def test_the_reference_in_brackets_on_a_title_line_is_the_replys_reference():
    assert reference_in(NOT_HELD_NCND) == "20417/25"
    assert reference_in("Drone flights over housing estates (3300/18)\n\nRequest\n") == "3300/18"
    assert reference_in("Taser use - FOI 1234/26\n") is not None  # guard: the older title-line shape still works
    # a letter after the number, and a bracket earlier in the title (the shape of a police disclosure log's pages)
    assert reference_in("Skip to content\n\nSpeed Cameras (CCTV) (2291B/24)\n\nRequest\n") == "2291B/24"


def test_a_year_or_a_financial_year_in_brackets_is_no_reference():
    assert reference_in("Overtime spending (2023/24)\n\nRequest\nHow much overtime\n") is None
    assert reference_in("Budget report (2024)\n\nRequest\n") is None
    assert reference_in("Staff pay (12/10)\n\nRequest\n") is None  # a day and month


def test_the_review_letter_files_itself_under_the_replys_reference():
    letter = review_letter(NOT_HELD_NCND, authority="Eastshire Police", today=date(2026, 12, 7))
    assert "20417/25" in letter.subject
    assert "your reference 20417/25" in letter.body


def test_no_belief_that_it_is_held_is_claimed_for_the_person():
    body = _letter(NOT_HELD_NCND)
    assert "I believe" not in body
    assert "what searches were made" in body  # guard: the searches are still asked about


def test_section_16_is_a_duty_of_advice_and_assistance_so_far_as_reasonable():
    body = _letter(NOT_HELD_NCND)
    assert "help me find it" not in body
    assert "Section 16 requires you to give me advice and assistance, so far as it would be reasonable" in body


def test_no_public_interest_reasons_given_cites_section_17_3():
    body = _letter(NOT_HELD_NCND)
    assert "section 17(3) of the Freedom of Information Act 2000" in body


def test_a_reply_that_weighed_the_public_interest_is_not_told_it_gave_no_reasons():
    body = _letter(NCND_WITH_PI)
    assert "17(3)" not in body and "gives no reasons" not in body
    assert "Please reconsider that balance" in body  # guard: the balance is still disputed


def test_a_scottish_refusal_without_reasons_cites_foisa_section_16_2():
    reply = NOT_HELD_NCND.replace("Eastshire Police", "Police Scotland").replace("Section 24(2) - National Security",
                                                                                "Section 18(1)").replace(
        "Section 31(3) - Law enforcement", "Section 35(1)(a) - Law enforcement")
    body = review_letter(reply, authority="Police Scotland", today=date(2026, 12, 7)).body
    assert "section 16(2) of the Freedom of Information (Scotland) Act 2002" in body
    assert "section 17(3)" not in body
