"""A review of a reply made under the FOI Act about an environmental subject (fly-tipping, refused on cost under s12)
never says "You dealt with my request under the Environmental Information Regulations": the reply did not; the cost
paragraph says the Regulations apply (nu31 #4)."""
from askfoi.followup import review_letter

REPLY = ("Dear Ms Jones,\nThank you for your request received on 2 October 2026 for the number of fly-tipping "
         "complaints each year 2020-2025 and the cost of clearing each incident. To answer it we would need to review "
         "about 9,000 case records by hand, over 40 hours, so the cost would exceed the appropriate limit of £450 and "
         "section 12 of the Freedom of Information Act 2000 applies.\nYours sincerely,\nInformation Governance\n"
         "Bolton Council\n28 October 2026\n")


def test_a_reply_under_the_act_is_not_said_to_be_under_the_regulations():
    body = " ".join(review_letter(REPLY, authority="Bolton Council", name="Sarah Jones").body.split())
    assert "You dealt with my request under the Environmental Information Regulations" not in body
    assert "regulation 12(4)(b)" in body


def test_a_reply_under_the_regulations_citing_the_act_still_says_so():
    reply = REPLY.replace("section 12 of the Freedom of Information Act 2000 applies",
                          "we have dealt with your request under the Environmental Information Regulations 2004; "
                          "the names of the officers are withheld under section 40(2)").replace(
                          "so the cost would exceed the appropriate limit of £450 and ", "")
    body = " ".join(review_letter(reply, authority="Bolton Council", name="Sarah Jones").body.split())
    assert "regulation 13" in body
