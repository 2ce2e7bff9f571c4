"""rv55 (nc55 #6): a review letter states only what the reply did, read from its decision on each part, and chooses its
grounds from that. Withheld outright, citing small numbers: ask for the groups that are not small, bands or totals,
never "you gave the figure as a small number band". A specific page given (s21): never "a general pointer"."""

from __future__ import annotations

from datetime import date

from askfoi.followup import complaint_letter, review_letter
from tests.test_rv55_reply_dates import REPLY

TODAY = date(2026, 12, 5)
POLICY = ("\n4. Our Behaviour and Exclusions Policy is published on our website and is exempt under section 21: "
          "https://www.oakwoodacademy.example/policies")


def _said(letter) -> str:
    return " ".join(letter.body.split())


def test_figures_withheld_outright_are_never_said_to_have_been_given_as_a_band():
    said = _said(review_letter(REPLY, today=TODAY))
    assert "small number band" not in said and "You gave the figure" not in said
    assert "figures that are not small" in said and '"fewer than 5"' in said
    assert "totals for each group could identify anyone" in said
    # a reply that did give the band, in a part it answered, is still told so (the decision decides, not the words)
    gave = REPLY.replace(
        "2. Breakdown by ethnicity: we hold this information. However some ethnic groups contain fewer than 5 pupils",
        "2. Breakdown by ethnicity: White British 120, Asian 31, Black 22. The number of Gypsy Roma pupils is fewer "
        "than 5; the exact figure is withheld under section 40(2) as it could identify individual children. Some groups")
    assert "You gave the figure as a small number band" in _said(review_letter(gave, today=TODAY))


def test_a_specific_page_is_not_called_a_general_pointer():
    letter = review_letter(REPLY + POLICY, today=TODAY)
    said = _said(letter)
    assert "general pointer" not in said and "https://www.oakwoodacademy.example/policies" in said
    assert "[SAY WHAT YOU DID NOT FIND THERE" in said  # argued only for what is not there, which the person says
    assert letter.caution and "take the \"Already published\" paragraph out" in letter.caution
    # "on our website" with no address at all is still a general pointer
    bare = _said(review_letter(REPLY + "\n4. Our policy is published on our website.", today=TODAY))
    assert "general pointer" in bare


def test_the_complaint_does_not_say_a_specific_page_lacks_the_information():
    from askfoi.reader import read_reply

    text = REPLY + POLICY
    said = _said(complaint_letter(read_reply(text), authority="Oakwood Academy Manchester", reply_text=text,
                                  today=TODAY, name="Sarah Collins"))
    assert "is not in fact" not in said
