"""Round 10 of the reply reader (issue 10): the causes found on the fresh6 replies, each with short replies written
for these tests (never a real reply's text): headed answers whose numbers skip, a share said with a pointing word or
a quantity, a share of what was already withheld, and the requester's own acts told back."""

from __future__ import annotations

from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply, explanation_text

P = Outcome.part_disclosed


def outcome(text: str) -> Outcome:
    return read_reply(text).outcome


# --- headed answers whose numbers skip: each question is read on its own, then combined -----------------------------

SKIPPING = ("Please note the following. Question 1: Number of fires attended - 41 in 2023. ... "
            "Question 3: Staff injured - none were injured. ... "
            "Question 6: Clean-up cost - no record of this cost is held centrally.")


def test_headed_answers_with_gaps_are_read_part_by_part():
    reading = read_reply(SKIPPING)
    assert [p.number for p in reading.parts] == ["1", "3", "6"]
    assert reading.parts[-1].outcome == Outcome.not_held
    assert reading.outcome == P


def test_headed_answers_with_gaps_all_given_are_disclosed():
    text = ("Question 2: Vans in the fleet - 12. ... Question 4: Drivers employed - 30. ... "
            "Question 5: Annual fuel cost - £48,000.")
    reading = read_reply(text)
    assert [p.number for p in reading.parts] == ["2", "4", "5"]
    assert reading.outcome == Outcome.disclosed


def test_a_question_named_again_out_of_order_is_no_layout():
    # "see question 2 above" inside the third answer: numbers that fall back are references
    text = ("Question 1: 14 vehicles. Question 3: see question 2 above, the figure is the same. "
            "Question 4: 9 drivers.")
    assert [p.number for p in read_reply(text).parts] != ["1", "3", "2", "4"]


def test_explain_shows_the_parts_of_a_skipping_layout():
    said = explanation_text(explain_reply(SKIPPING))
    assert "3" in said and "6" in said
    assert explain_reply(SKIPPING).reading.outcome == P


# --- a share said with a pointing word, or as a quantity --------------------------------------------------------------

def test_withholding_some_of_that_information_is_a_share():
    text = ("We can confirm that some relevant information is held by the Force. However, we are withholding "
            "some of that information as it is exempt under section 31(1) Law enforcement.")
    assert outcome(text) == P


def test_very_limited_information_is_a_share():
    text = ("There is very limited information on the taxi costs, as in most cases these were paid by the host "
            "and so this information is not available.")
    assert outcome(text) == P


def test_some_of_that_after_a_withholding_is_a_share_of_what_was_withheld():
    # the second sentence splits the withheld share between two exemptions: nothing is given
    text = ("Published answers to questions on this topic are available at www.parliament.uk. Other correspondence "
            "has been withheld as it is exempt under section 37(1)(a). Some of that information is also exempt "
            "under section 40(2).")
    assert outcome(text) == Outcome.refused


def test_none_of_the_information_is_no_share():
    text = "We are withholding all of the information under section 31(1)(a)."
    assert outcome(text) == Outcome.refused


# --- the requester's own acts told back are the request, not an answer --------------------------------------------------

def test_what_the_requester_sent_is_not_an_answer():
    text = ("You submitted six requests for information about a total of 85 trailers. I can confirm that "
            "information in scope of your request is held. However, it is not possible to provide the information "
            "requested without exceeding the appropriate limit under section 12.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.cost_limit
    assert "12" in "".join(reading.sections)


def test_a_figure_the_authority_gives_beside_a_cost_refusal_still_counts():
    text = ("There were 85 trailers in use in 2022. However, providing the mileage of each would exceed the "
            "appropriate limit under section 12.")
    assert outcome(text) == P


def test_the_review_asks_for_the_question_not_held_in_a_skipping_layout():
    from askfoi.followup import review_letter

    body = review_letter(SKIPPING).body.lower()
    assert "part 6" in body
    assert "part 3" not in body


async def test_the_reply_screen_shows_a_skipping_layout_part_by_part_at_80x24(tmp_path):
    from test_reply_tui import make_app, paste_and_read, text_of

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await paste_and_read(pilot, SKIPPING)
        body = text_of(screen, "#reply-body")
        assert "partly given" in body
        assert "Part 6: information not held" in body and "Part 3" in body
