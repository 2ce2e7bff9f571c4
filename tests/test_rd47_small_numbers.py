"""rd47 (issue 10, nc45 #1): a withholding of small numbers is read by what it applies to.

A hold-back limited to the figures under a threshold ("where numbers are fewer than 5 they have been withheld") holds
back a share of the part's figures: the part is partly given, with the section it cites, and the review asks for the
suppressed figures banded or aggregated. A withholding of the whole part names no such limit and stays refused. A
number straight after a label's colon that breaks the answers' sequence ("Complaints received: 7.") is the label's
value, never the marker of an item 7. Texts written for these tests, in the layouts nc45 pasted.
"""

from __future__ import annotations

from datetime import date

from askfoi.followup import review_letter
from askfoi.models import Outcome
from askfoi.reader import read_reply

LOG_LAYOUT = (
    "Freedom of Information Request Reference: FOI/2026/09001\n\nDear Ms Green,\n\n"
    "Thank you for your request for information received on 1 October 2026.\n\nYou asked:\n"
    "1. The number of drone deployments in 2025.\n"
    "2. The number of complaints received about drone use in 2025, broken down by outcome.\n"
    "3. Any policy on the use of drones.\n\n"
    "In Response:\n1. There were 548 deployments in 2025.\n\n"
    "2. Complaints received: {n}. Where figures are fewer than five, we have withheld the breakdown by outcome under "
    "Section 40(2) as disclosure could lead to the identification of individuals.\n\n"
    "3. Please see the attached policy.\n\nYours sincerely,\nInformation Rights Team\nDate: 27 November 2026\n"
)

PASTED = (
    "Dear Mr Jones, Ref FOI 4471. Thank you for your request received on 1 October 2026. 1. Number of stop and "
    "searches on under 18s in 2025: 1,204. 2. Breakdown by ethnicity: {two} 3. The number of body worn video "
    "recordings deleted: this information is not held. Yours sincerely, Information Management, Thames Valley "
    "Police, 25 November 2026"
)


def _part(reading, number):
    return next(p for p in reading.parts if p.number == number)


def test_a_figure_after_a_label_colon_is_no_item_marker():
    for n in ("7", "12", "9"):
        reading = read_reply(LOG_LAYOUT.format(n=n))
        assert [p.number for p in reading.parts] == ["1", "2", "3"], n
        part = _part(reading, "2")
        assert part.outcome == Outcome.part_disclosed, n
        assert "40(2)" in part.sections, n
        assert "40(2)" in reading.sections, n


def test_small_numbers_withheld_is_a_share_of_the_part():
    for two in ("where numbers are fewer than 5 they have been withheld under Section 40(2).",
                "any figures below 5 have been suppressed under Section 40(2) to protect the individuals concerned.",
                "figures have been redacted under section 40(2) where they are fewer than five.",
                "all figures under 5 have been withheld under Section 40(2).",
                "small numbers have been suppressed under section 40(2)."):
        reading = read_reply(PASTED.format(two=two))
        part = _part(reading, "2")
        assert part.outcome == Outcome.part_disclosed, two
        assert part.sections == ["40(2)"], two
        assert reading.outcome == Outcome.part_disclosed


def test_explain_says_small_numbers_are_held_back_not_names():
    from askfoi.reply_explain import explain_reply, explanation_text

    text = " ".join(explanation_text(explain_reply(LOG_LAYOUT.format(n="7"))).split())
    assert "holds back small numbers" in text and "names and the like" not in text
    assert "Part 2: partly given - 40(2)" in text


def test_the_whole_part_withheld_stays_refused():
    for two in ("this has been withheld under Section 40(2).",
                "the breakdown is exempt under Section 40(2) as it could identify individuals.",
                # a quantity of records, not a threshold on the figures (harvest_govico: "small number of records held
                # but all withheld"), and a predicate on all of them
                "a small number of records are held but all have been withheld under Section 40(2).",
                "all the figures are fewer than five and are withheld under Section 40(2)."):
        part = _part(read_reply(PASTED.format(two=two)), "2")
        assert part.outcome == Outcome.refused, two


def test_the_review_asks_for_the_small_figures_banded_or_aggregated():
    for text in (LOG_LAYOUT.format(n="7"),
                 PASTED.format(two="where numbers are fewer than 5 they have been withheld under Section 40(2).")):
        letter = review_letter(text, authority="Thames Valley Police", today=date(2026, 12, 1))
        body = " ".join(letter.body.split())
        assert "Personal data (part 2)" in body
        assert "band" in body and "aggregated" in body
        # never told the band was given already
        assert "You gave the figure as a small number band" not in body
        assert "part 2 (only partly answered" in body  # rv51 (session 45) names the section after it
