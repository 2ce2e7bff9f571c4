"""nz73 (nc73 #7): a review letter challenges only what was refused. A part the reply says it will deal with as a
subject access request (in the body's own words) is neither "owed" nor argued under section 40(1); the replies are
written for these tests, the way trusts, councils and housing bodies write them."""
from datetime import date

import pytest

from askfoi.followup import review_letter
from askfoi.formats import render_letter

TODAY = date(2026, 12, 6)


def _review(reply, request):
    return render_letter(review_letter(reply, request=request, today=TODAY, name="Dana Okafor"), "text")


def _para(letter, start):
    return next((p for p in letter.split("\n\n") if p.startswith(start)), "")


def _request(parts):
    return "Dear FOI team,\n\nPlease provide:\n\n" + "".join(f"{i}. {p}\n" for i, p in enumerate(parts, 1)) + "\nYours faithfully,\nDana Okafor\n"


SAR_CASES = [
    # (body, request parts, the refused part's answer, the SAR part's answer, SAR part number)
    ("Bradford Teaching Hospitals NHS Foundation Trust",
     ["The number of agency porters used in 2025.", "The overtime paid to porters in 2025.", "My personnel file."],
     "2. The Trust does not hold a central record of overtime paid to porters, so this information is not held.",
     "3. This information is your own personal data and is exempt under section 40(1). Your request for this part is "
     "being processed as a subject access request by our Information Governance team, who will respond separately.",
     "3"),
    ("Swansea Council",
     ["Copies of the letters the council has sent me.", "The number of noise complaints in Sketty in 2025."],
     "2. The number of noise complaints is withheld under section 31(1)(a), as releasing it would prejudice "
     "enforcement.",
     "1. As this is information about you, section 40(1) applies. We have logged this element of your request as a "
     "Subject Access Request (reference SAR-2291) and will reply within one calendar month.",
     "1"),
    ("Clarion Housing Group",
     ["The repair policy for damp.", "The value of the repairs contract for Croydon.", "My housing file."],
     "2. The value of the repairs contract is withheld under section 43(2), as it would prejudice the contractor's "
     "commercial interests. The public interest favours withholding it.",
     "3. Section 40(1) exempts your own personal data from the Act. This part of your request will be handled under "
     "the Data Protection Act 2018 as a request for your own personal data.",
     "3"),
    ("Nottinghamshire Police",
     ["The number of stop and search records in Mansfield in 2025.", "Any records you hold about me."],
     "1. This information is exempt under section 31(1)(a) and the public interest favours withholding it.",
     "2. The records about you are exempt under section 40(1) FOIA; we are dealing with them under your right of "
     "access (Article 15 UK GDPR) and our Data Protection Officer will write to you.",
     "2"),
]


@pytest.mark.parametrize("body,parts,refused,sar,sar_part", SAR_CASES)
def test_a_part_the_body_takes_as_a_subject_access_request_is_not_reviewed(body, parts, refused, sar, sar_part):
    answers = sorted([refused, sar], key=lambda a: a[0])
    given = [f"{n}. Please find the information attached." for n in range(1, len(parts) + 1)
             if str(n) not in (refused[0], sar[0])]
    reply = (f"{body}\nRef: FOI 26-4410\n1 December 2026\n\nDear Ms Okafor,\n\nThank you for your request.\n\n"
             + "\n\n".join(sorted(given + answers)) + "\n\nYours sincerely,\nInformation Governance\n")
    letter = _review(reply, _request(parts))
    owed = _para(letter, "Parts still owed.")
    assert f"part {sar_part} " not in owed and f"part {sar_part})" not in owed
    assert "40(1)" not in owed
    assert "do not ask you to review" in letter
    assert not _para(letter, "My own personal data.")


WITHHELD_CASES = [
    # (reply body paragraphs, the words the letter must name)
    ("Thank you for your request about the Kingsway car park.\n\nThe council received £412,300 in parking charges "
     "at the Kingsway car park in 2025/26.\n\nThe value of the enforcement contract with the car park operator is "
     "withheld under section 43(2) of the Act, as its release would prejudice the council's position when the "
     "contract is re-let. We have weighed the public interest and it favours withholding the information.",
     "the value of the enforcement contract with the car park operator"),
    ("Thank you for your request about the closure of Elm Road library.\n\nThe consultation report is attached.\n\n"
     "We are withholding the legal advice received from counsel under section 42(1), as it is subject to legal "
     "professional privilege. The public interest in maintaining the exemption outweighs that in disclosure.",
     "the legal advice received from counsel"),
    ("Thank you for your request about the stadium safety inspection.\n\nThe inspection report is attached. "
     "However, the appendix setting out the site's security arrangements has been withheld under section 24(1), "
     "as its release would harm national security. The public interest favours withholding it.",
     "the appendix setting out the site's security arrangements"),
    ("Thank you for your request.\n\n2(a) In 2025 the college received 14 complaints about its catering.\n\n"
     "2(b) Details of the individual bids received for the catering contract are exempt under section 43(2), as "
     "they would prejudice the bidders' commercial interests. We consider the public interest favours withholding.",
     "details of the individual bids received for the catering contract (your answer 2(b)"),
]


@pytest.mark.parametrize("paragraphs,named", WITHHELD_CASES)
def test_the_review_names_what_the_reply_withheld_in_its_own_words(paragraphs, named):
    reply = ("Harbour Town Council\nRef: FOI 26-3302\n1 December 2026\n\nDear Ms Okafor,\n\n" + paragraphs
             + "\n\nYours sincerely,\nFOI Officer\n")
    owed = _para(_review(reply, None), "Parts still owed.")
    assert named in owed
    assert "the rest" not in owed


def test_a_withholding_that_names_nothing_keeps_the_general_paragraph():
    reply = ("Harbour Town Council\nRef: FOI 26-3303\n1 December 2026\n\nDear Ms Okafor,\n\nSome of the figures are "
             "attached. The information is withheld under section 43(2), as its release would prejudice commercial "
             "interests. The public interest favours withholding it.\n\nYours sincerely,\nFOI Officer\n")
    owed = _para(_review(reply, None), "Parts still owed.")
    assert "withheld the information" not in owed


def test_the_last_part_quoted_stops_at_the_letters_next_paragraph():
    from askfoi.answer_map import request_items

    for tail in ("Under section 11 of the Act, I would like to receive the information in a spreadsheet.",
                 "If answering all parts would exceed the cost limit under section 12, please answer the parts in order.",
                 "I would prefer to receive the information by email."):
        request = ("Dear FOI team,\n\nPlease provide the following information for 2025:\n\n1. The number of fly-tipping "
                   "reports in Ward 4.\n2. The number of fixed penalty notices issued for\nfly-tipping in Ward 4.\n\n"
                   f"{tail}\n\nYours faithfully,\nDana Okafor\n")
        assert request_items(request)[-1] == ("2", "The number of fixed penalty notices issued for fly-tipping in Ward 4.")


def test_the_chats_period_line_is_no_words_of_the_last_part():
    from askfoi.answer_map import request_items

    request = ("1. The number of buses withdrawn from the X7 route.\n2. Any passenger complaints about the X7 "
               "timetable.\nFor the period 1 April 2025 to 31 March 2026.")
    assert request_items(request)[-1] == ("2", "Any passenger complaints about the X7 timetable.")
