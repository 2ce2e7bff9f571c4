"""fr30 (issue 8): informal first messages framed as an FOI officer would write them.

Behaviour, not strings: a "what did they do / decide / what does the policy say" question becomes the records that
would show it; a sentence of story is not a part; the story's time is proposed as the period with its source said.
"""

import re

import pytest

from askfoi.action_records import read_action
from askfoi.framing import frame_message
from askfoi.story_periods import period_in_story

_QUESTION = re.compile(r"(?i)^\s*(?:what|whats|when|who|why|how)\b|\?\s*$")


def _texts(message: str, authority: str | None = None) -> list[str]:
    return [p.text for p in frame_message(message, authority).parts]


@pytest.mark.parametrize("message, subject_words", [
    ("the village flooded again. what did the council do after the flood", ["council", "flood"]),
    ("repairs never get done on our estate. what have the council done about the antisocial tenants",
     ["council", "antisocial tenants"]),
    ("the branch surgery is closing. what did the CCG decide about the surgery", ["ccg", "surgery"]),
    ("they moved the bins. what did the highways team decide about the new crossing", ["highways team", "crossing"]),
])
def test_what_a_body_did_or_decided_becomes_its_records(message, subject_words):
    parts = _texts(message)
    made = [t for t in parts if all(w in t.lower() for w in subject_words)]
    assert made, parts
    for t in made:
        assert not _QUESTION.search(t), t  # a request for records, not the question put back
        assert re.search(r"(?i)\b(?:records?|minutes|reports?)\b", t), t


@pytest.mark.parametrize("message, record", [
    ("my daughter lost her place. what does the admissions policy say about temporary addresses", "admissions policy"),
    ("they want to close the fetcham surgery. what did the survey of patients say", "survey of patients"),
    ("drains are blocked on our road. what is on the maintenance schedule", "maintenance schedule"),
    ("herefordshire council refused my claim. what does their highways maintenance plan say about category 2a",
     "highways maintenance plan"),
])
def test_what_a_record_says_asks_for_the_record(message, record):
    parts = _texts(message)
    made = [t for t in parts if record in t.lower()]
    assert made and all(not _QUESTION.search(t) for t in made), parts
    assert all(not re.search(r"(?i)\btheir\b", t) for t in made), made  # the body's record, named as the body's


@pytest.mark.parametrize("clause", [
    "what did they do about it",  # a pointer: the story's, never guessed here
    "what did the officer say",  # a spoken word is no record
    "what does the council do with complaints about councillors",  # its procedure, read elsewhere
    "what did the officer write about my objection",  # the person's own case
    "what do you think of the new scheme",
])
def test_other_what_questions_are_not_read_as_actions(clause):
    assert read_action(clause) is None


@pytest.mark.parametrize("message, written, story", [
    ("hi my mum was in leeds general last year and they lost her hearing aids, can i find out how many complaints "
     "they get about lost property", "last year", True),
    ("the village centre flooded in september 2016. when were the drains last cleared", "september 2016", True),
    ("In 2023 my car was damaged by a pothole on Elm Road. How many claims were made about Elm Road?", "2023", True),
    ("how many burglaries last year did the police attend", "last year", False),
    ("how much did the council spend on gully cleaning last year", "last year", False),
    ("I would like the number of fines issued in 2023.", "2023", False),
    ("can you tell me, in the last three years, how many potholes were reported", "in the last three years", False),
])
def test_the_period_is_marked_as_the_storys_only_when_its_clause_asks_nothing(message, written, story):
    assert period_in_story(message, written) is story


def test_frame_json_says_the_period_came_from_the_story():
    f = frame_message("hi my mum was in leeds general last year and they lost her hearing aids, can i find out how "
                      "many complaints they get about lost property")
    # fx56 (nc53 #11): the story's time is said with its source, never proposed as the letter's period
    assert f.period is None and f.story_period == "1 January 2025 to 31 December 2025"
    assert f.period_in_story
    assert f.as_json()["period_source"]["from"] == "story"
    asked = frame_message("how many complaints about lost property did leeds teaching hospitals receive last year")
    assert asked.period and not asked.period_in_story and "period_source" not in asked.as_json()


def test_the_frame_report_shows_where_a_story_period_came_from():
    from askfoi.templates import render

    f = frame_message("hi my mum was in leeds general last year and they lost her hearing aids, can i find out how "
                      "many complaints they get about lost property")
    report = render("frame/report.txt.j2", f=f, elsewhere=None)
    line = next(l for l in report.splitlines() if l.startswith("Period:"))
    assert "story" in line and "last year" in line


async def test_chatbot_at_80x24_says_the_period_was_read_from_the_story(tmp_path):
    """The chatbot's first step reads the same framing: the story's "last year" is said with its source, and (fx56)
    not proposed as the period: the period step asks."""
    from datetime import date

    from textual.widgets import Input

    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.chat import Bubble
    from tests._pilot import settle

    app = AskFOIApp(today=lambda: date(2026, 1, 5), save_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.query_one("#prompt", Input).value = ("hi my mum was in leeds general last year and they lost her hearing "
                                                  "aids, can i find out how many complaints they get about lost property")
        await pilot.press("enter")
        await settle(pilot)
        said = " ".join(str(b.render()) for b in app.query(Bubble) if b.message.role == "bot")
        said = re.sub(r"\s+", " ", said)
        assert "story" in said and "last year" in said  # where the period came from
        assert "1 January 2025 to 31 December 2025" in said  # ... and the period it means
        assert "I'll propose" not in said and "which period" in said  # fx56: asked, never proposed
