"""rd82 (issue 10.2): a reply that gives or points to information in an attachment or at a link the pasted text does not
hold. The letter decides, sentence by sentence: "Please find attached the figures" gives them and "The information is
available at the link below" points to where they are published, so the outcome stays what the letter says; but a
pasted letter never holds its attachments, and a link's address is often lost when the text is copied. The reading
says so (`Reading.not_in_text`) and the explanation tells the person what to check. Replies in my own words."""

from __future__ import annotations

from askfoi.models import Outcome
from askfoi.reply_explain import explain_reply


def _read(body: str):
    text = ("Dear Mr Hughes,\n\nFreedom of Information request 2024/0815\n\n"
            "Thank you for your request of 2 May about the number of school transport appeals heard in 2023.\n\n"
            f"{body}\n\nIf you are unhappy with this response you can ask for an internal review within 40 working "
            "days.\n\nYours sincerely,\nInformation Governance Officer")
    return explain_reply(text).reading


def _missing(reading) -> list[str]:
    return list(getattr(reading, "not_in_text", []) or [])


def test_a_pointer_to_the_link_below_with_no_address_reads_as_published_not_unclear():
    r = _read("The information you have asked for is available at the link below.")
    assert r.outcome == Outcome.published and not r.unclear
    assert _missing(r) == ["link"]
    assert "not in the text you pasted" in r.explanation


def test_the_hyperlinks_own_words_kept_and_its_address_lost_is_a_missing_link():
    r = _read("The appeal figures are published each year on our website here.")
    assert r.outcome == Outcome.published
    assert _missing(r) == ["link"]


def test_an_email_address_in_the_letter_is_no_link_address():
    r = _read("You can find the figures on the council's website via this link. Any questions about this reply can go "
              "to info.requests@exampleshire.gov.uk.")
    assert _missing(r) == ["link"]


def test_a_given_attachment_keeps_the_outcome_given_and_says_askfoi_cannot_see_it():
    r = _read("Please find attached a table showing the number of appeals heard in each month of 2023.")
    assert r.outcome == Outcome.disclosed
    assert _missing(r) == ["attachment"]
    assert "attachment" in r.explanation and "ask the authority to send it" in r.explanation


def test_an_attachment_beside_a_part_not_held_is_said_too():
    r = _read("1. The enclosed spreadsheet gives the appeals heard by month.\n\n2. We do not hold a record of the "
              "outcome of each appeal, so we cannot answer this part.")
    assert r.outcome == Outcome.part_disclosed
    assert "attachment" in _missing(r)


def test_guard_a_link_whose_address_is_in_the_text_is_not_missing():
    # guard (passes on main too): the address is there
    r = _read("The figures are available at the following link: https://www.exampleshire.gov.uk/schools/appeals-2023")
    assert r.outcome == Outcome.published
    assert "link" not in _missing(r)


def test_guard_figures_set_out_below_are_no_attachment():
    # guard (passes on main too): "attached below" with the figures in the letter itself
    r = _read("The figures are attached below.\n\nJanuary 14\nFebruary 9\nMarch 11")
    assert "attachment" not in _missing(r)


def test_guard_a_refusal_that_attaches_only_a_rights_leaflet_says_nothing_of_it():
    # guard (passes on main too): the attachment is the leaflet on review rights, not the information
    r = _read("The appeal papers are exempt under section 40(2) of the Act as they are the personal data of the "
              "families concerned. The attached leaflet explains your right to ask for a review.")
    assert r.outcome == Outcome.refused
    assert _missing(r) == []


def test_a_part_pointed_to_where_it_is_published_stays_published_under_a_lead_in_that_refuses():
    # fr73-05's class: "The X considers this information to be exempt for the following reasons:" names no part; it
    # refuses the parts that hold back, but the part answered with section 21 and where it is published is pointed to
    r = _read("Our response\nThe council considers this information to be exempt from disclosure for the following "
              "reasons:\nRequest (i)\nThis information is exempt under section 21 since it is reasonably accessible to "
              "you. It is in the council's Statement of Accounts 2023-24.\nRequest (ii)\nThis information is exempt "
              "under section 40(2) as it is the personal data of the officers concerned.")
    assert [(p.number, p.outcome) for p in r.parts] == [("1", Outcome.published), ("2", Outcome.refused)]


def test_guard_a_lead_in_refusal_is_still_every_unanswered_parts_refusal():
    # guard (passes on main too): the parts with no decision of their own take the lead-in's refusal
    r = _read("Our response\nWe are refusing your request under section 43(2) because disclosure would harm the "
              "commercial interests of our contractor.\nPart A\nThe contract value is commercially sensitive and is "
              "withheld.\nPart B\nThe tender scores are also withheld.")
    assert r.outcome == Outcome.refused
    assert all(p.outcome == Outcome.refused for p in r.parts)
