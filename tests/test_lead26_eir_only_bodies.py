"""Lead, session 26 (nu29): a water company is a public authority only under the EIR; a reply from one that cites
the Freedom of Information Act is reconsidered, complained of and explained under the Regulations, and the letter
says the Act does not apply to it. A body under the Act keeps the Act."""
import pytest

from askfoi.followup import complaint_letter, review_letter
from askfoi.next_steps import environmental_only
from askfoi.reply_explain import explain_reading
from askfoi.reader import read_reply

REPLY = ("Thank you for your request about sewage discharges at Oxford. The information is already published on our "
         "website at https://www.example.org/discharges and is exempt under section 21 of the Freedom of Information "
         "Act 2000. The breakdown by asset is withheld under section 43(2) as commercially sensitive.")


@pytest.mark.parametrize("body,only", [("Thames Water", True), ("thames water utilities ltd", True),
                                       ("Anglian Water", True), ("Scottish Water", False),
                                       ("Leeds City Council", False), (None, False)])
def test_which_bodies_are_only_under_the_eir(body, only):
    assert environmental_only(body) is only


def test_review_of_a_water_company_reply_under_the_act_is_a_reconsideration_under_the_eir():
    letter = review_letter(REPLY, authority="Thames Water", name="Dan Cole")
    body = " ".join(letter.body.split())
    assert "regulation 11 of the Environmental Information Regulations 2004" in body
    assert "only under the Environmental Information Regulations 2004" in body and "section 21 and section 43(2)" in body
    assert "section 10 of the Freedom of Information Act" not in body and "40 working days" in body


def test_complaint_and_explain_follow_the_regulations():
    body = " ".join(complaint_letter(REPLY, authority="Thames Water", review_asked=None, review=None,
                                     name="Dan Cole").body.split())
    assert "does not apply to it" in body and "regulation 18" in body
    steps = explain_reading(read_reply(REPLY), authority="Thames Water").next_steps
    assert any("regulation 11" in s.explanation for s in steps)
    council = explain_reading(read_reply(REPLY), authority="Leeds City Council").next_steps
    assert not any("regulation 11" in s.explanation for s in council)


def test_a_council_citing_the_act_keeps_the_act():
    body = " ".join(review_letter(REPLY, authority="Leeds City Council").body.split())
    assert "only under the Environmental Information Regulations" not in body
