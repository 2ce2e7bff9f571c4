"""nu30: a request handled under the EIR whose reply withholds under the FOI Act ("section 40(2)"): the review says the
Act's exemptions do not apply to environmental information and names the Regulations' nearest exception."""
from datetime import date

from askfoi.followup import review_letter

REPLY = ("Dear Ms Evans\nYour request: 12 October 2026, reference EIR 26/0923\n\nYou asked for (1) the number of noise "
         "complaints about the Riverside Bar received in 2025 (2) copies of the abatement notices served.\n\n"
         "(1) We received 41 noise complaints in 2025.\n(2) Copies of abatement notices are withheld under section 40(2) "
         "because they contain personal data of the licence holder.\n\nYou may request an internal review within 40 "
         "working days.\nCardiff Council Information Governance\n")


def test_eir_review_names_regulation_13_for_section_40():
    letter = review_letter(REPLY, authority="Cardiff Council", name="Joan Evans", today=date(2026, 11, 30)).body
    assert "regulation 11 of the Environmental Information Regulations 2004" in letter
    assert "exemptions do not apply to environmental information" in letter
    assert "regulation 13" in letter


def test_a_foia_reply_is_not_told_the_eir_apply():
    letter = review_letter(REPLY.replace("EIR 26/0923", "FOI 26/0923").replace("noise complaints about the Riverside Bar",
                                                                                  "complaints about council staff"),
                           authority="Cardiff Council", name="Joan Evans", today=date(2026, 11, 30)).body
    assert "exemptions do not apply to environmental information" not in letter
