"""nf97 (nc97 #6): "4 minutes" on a part still in the person's words (Pilot, 80x24)."""
from __future__ import annotations

from datetime import date

from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 7)
MESSAGE = "how many parking fines did sheffield city council issue in 2025, and who decided the rise?"


async def _said(tmp_path, *typed: str) -> str:
    """The chat's text, on one line, after TYPED is sent at 80x24."""
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, *typed)
        return " ".join(bot_text(app).split())


async def test_a_kind_named_for_a_part_still_in_the_persons_words_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, MESSAGE, "ok", "1")
        said = bot_text(app)
        at = said.rfind("Who decided the rise?")
        assert at >= 0, said[-1500:]
        number = said[:at].rstrip()[-2:].strip(" .")
        await say(pilot, f"{number} minutes")
        after = bot_text(app)[len(said):]
        assert "couldn't build part" not in after, after
        assert "minutes" in after.lower() and "the rise" in after, after
        assert "the average time taken to" not in after


def test_the_example_for_a_part_that_cannot_be_reframed_is_made_of_its_own_words():
    from askfoi.kept_part_subjects import kept_part_subject, own_words_example
    from askfoi.templates import render

    # a subject told for sure only at the end of the question, never a name, an amount or the question's subject
    assert kept_part_subject("Who signed off the new bus lanes?") == "the new bus lanes"
    for part in ("Who decided the rise in staff parking charges?", "why was the leisure centre closed?",
                 "How long do Mid and West Wales fire take to get to calls in Swansea?",
                 "Is it true the interim director gets paid £1500 a day?"):
        assert kept_part_subject(part) is None, part
    said = render("bot/part_not_reframed.j2", number=4,
                  own=own_words_example("Is it true the interim director gets paid £1500 a day?"))
    assert "edit 4 the records that show whether the interim director gets paid £1500 a day" in said
    assert "the average time taken to" not in said
    assert 'edit 3 the number of' in render("bot/part_not_reframed.j2", number=3,
                                            own=own_words_example("Is he under investigation?"))


HA_MESSAGE = ("our housing association has left damp in the bathroom for months. can i send an foi to them asking how many "
              "damp complaints they get each year? i also want copies of the inspection reports on my home")


async def test_a_housing_association_landlord_is_answered_first_and_plainly_at_80x24(tmp_path):
    said = await _said(tmp_path, HA_MESSAGE)
    assert "Can you send an FOI request to a housing association?" in said, said[-2000:]
    assert "not public authorities under the Freedom of Information Act" in said
    assert said.index("Can you send an FOI request") < said.index("subject access request")
    assert "Housing Ombudsman" in said
    assert "I'll write the FOI letter" not in said  # the kept figures are never drafted as if an answer were owed


async def test_a_council_asked_about_housing_association_homes_is_not_told_foi_does_not_apply_at_80x24(tmp_path):
    said = await _said(tmp_path, "how many housing association homes did leeds city council approve in 2025")
    assert "Can you send an FOI request to a housing association?" not in said


async def test_the_review_raises_a_question_left_as_typed_at_80x24(tmp_path):
    said = await _said(tmp_path, MESSAGE, "ok", "1", "ok")
    assert 'is still your question as you typed it: "Who decided the rise?"' in said, said[-1500:]
    assert "nothing an FOI officer would push back on" not in said[said.index("still your question"):]


async def test_a_police_subject_access_story_with_a_dbs_check_gets_the_dispute_route_at_80x24(tmp_path):
    said = await _said(tmp_path, "i got arrested by kent police last year and was released with no further action, now "
                                 "my dbs shows it? i want the custody record and any notes on me")
    assert "dispute it with the DBS" in said and "Independent Monitor" in said, said[-1500:]
    assert "[DATE OF ARREST]" in said
