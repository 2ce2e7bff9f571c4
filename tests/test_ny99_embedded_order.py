"""ny99 (nc99 #8, j9): the example edit for a part still in the person's words keeps statement order, as an
embedded question does ("the records that show which hotels they are using", never "which hotels are they using")."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.kept_part_subjects import own_words_example, statement_order
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle


@pytest.mark.parametrize("question, clause", [
    ("Which hotels are they using?", "which hotels they are using"),  # nc99 j9
    # my own words: each auxiliary that inverts, and "do" whose tense goes to the verb
    ("What is the policy on drones?", "what the policy on drones is"),
    ("Why was the leisure centre closed?", "why the leisure centre was closed"),
    ("When will the library reopen?", "when the library will reopen"),
    ("Which roads will the council resurface next year?", "which roads the council will resurface next year"),
    ("How much money have they paid the consultants?", "how much money they have paid the consultants"),
    ("How many tribunal appeals did parents win against them?", "how many tribunal appeals parents won against them"),
    ("How often does the council inspect the bridges?", "how often the council inspects the bridges"),
    ("Where do they keep the footage?", "where they keep the footage"),
    ("How much did kent county council spend on lawyers?", "how much kent county council spent on lawyers"),
])
def test_a_direct_question_is_written_in_statement_order(question, clause):
    assert own_words_example(question) == clause


@pytest.mark.parametrize("question, clause", [
    # guards: the question word is the subject, nothing is inverted, or "is it true" (nf97's)
    ("Who decided the rise?", "who decided the rise"),
    ("Who was responsible for the decision?", "who was responsible for the decision"),
    ("Which hotels are being used?", "which hotels are being used"),
    ("Is it true the interim director gets paid £1500 a day?", "whether the interim director gets paid £1500 a day"),
    ("Is he under investigation?", ""),
])
def test_questions_with_nothing_to_reorder_are_kept(question, clause):
    assert own_words_example(question) == clause


def test_an_inverted_subject_that_cannot_be_told_gives_no_example():
    # "did" with no plain verb after its subject: no clause is made of the person's words out of order
    assert statement_order("why did".split()) == "why did".split()
    assert statement_order("how much did the council".split()) is None
    assert own_words_example("How much did the council?") == ""


async def test_the_reviews_example_edit_is_english_at_80x24(tmp_path):
    # nx100: nc99's j9 message no longer leaves "Which hotels are they using?" as a question (it is framed as "A list of
    # hotels used ..."), so the review's example edit is checked on a part that is still one
    app = AskFOIApp(today=lambda: date(2026, 12, 7), save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many cctv cameras does leeds city council have and where do they keep the footage", "ok",
                  "last financial year", "ok")
        said = " ".join(bot_text(app).split())
    assert "still your question as you typed it" in said, said[-1500:]
    assert "the records that show where you keep the CCTV footage" in said, said[-1500:]
    assert "show where do you keep" not in said.lower()
