"""fr33 (issue 8): the parts of an informal message, checked at the sentence level once they are final
(askfoi/story_parts.py). Behaviour, not exact strings: a sentence that only tells is never a part; "there" and the
person's own place words ("our road", "round here") become the one place the story names, or
the person is asked once, with the places as numbered choices; "they" that can only be the body is the body's
kind when only the kind is named. Lower case, typos, a story first, as people type at a terminal."""

from __future__ import annotations

import re

import pytest

from askfoi.framing import frame_message


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text).parts]


@pytest.mark.parametrize("text, story_words", [
    ("the trust brought in new parking charges for staff. how much have they raised from them", "brought in new"),
    ("the village centre flooded in september 2016 because the pond outlet was blocked and none of the surface drains "
     "had been maintained. when were the drains in the village last cleared", "pond outlet was blocked"),
    ("penygroes library was shut with no warning. the budget minutes only say 6 poor performing small libraries. "
     "which 6 libraries were closed and when was that decided", "only say 6 poor"),
    ("the council is selling off the old fire station. how much will they get for it", "selling off the old"),
    ("theres a rumour bradford council are going to close burley library and sell the building to a retailer. "
     "is there any proposal about the library", "sell the building to a retailer"),
])
def test_a_sentence_that_only_tells_is_never_a_part(text, story_words):
    framing = frame_message(text)
    assert framing.parts, "the question asked is still a part"
    assert not any(story_words in p.text.lower() for p in framing.parts)
    assert any(story_words in r.lower() for r in framing.remarks)  # kept as what the person told, not lost


@pytest.mark.parametrize("text, asked", [
    ("our clerk hasnt published the minutes. can i get the draft minutes", "draft minutes"),
    ("the council cut down the big oak on high street in ware. can i see the tree report", "tree report"),
    ("the council spent money on consultants. how much did the council spend on consultants in 2024", "consultants"),
])
def test_what_is_asked_for_by_a_noun_phrase_stays_a_part(text, asked):
    assert any(asked in p.lower() for p in _parts(text))


@pytest.mark.parametrize("text, place", [
    ("waited 9 hours in a&e at the royal derby last week with my dad. how many people waited over 12 hours there "
     "last month", "royal derby"),
    ("there are rats all over the park near me in tower hamlets. how many pest control call outs did the council do "
     "there this year", "tower hamlets"),
    ("our GP is retiring and the surgery is closing, nobody asked us. how many patients are still registered there",
     "surgery"),
    ("on the oakalls estate in bromsgrove we never see a road sweeper. when will the council finish the roads there",
     "oakalls estate"),
])
def test_there_is_written_as_the_one_place_the_story_names(text, place):
    parts = _parts(text)
    hit = [p for p in parts if place in p.lower()]
    assert hit, parts
    assert not any(re.search(r"\bthere\b(?!\s+(?:is|are|was|were))", p, re.I) for p in parts)
    assert not any(re.search(r"(?i)\bnear me\b|\bmy dad\b", p) for p in parts)  # the story's own words stay out


@pytest.mark.parametrize("text, words, choice", [
    ("how much do you pay to rent the council offices, when does the lease end and how many staff work from there",
     "there", "council offices"),
    ("could you tell me how many homeless families are in temporary accommodation in newham, how many are in b&bs, "
     "and how long the longest family has been there", "there", "temporary accommodation"),
])
def test_an_unsure_place_is_asked_with_numbered_choices_never_guessed(text, words, choice):
    framing = frame_message(text)
    asked = [q for q in framing.questions if f'"{words}"' in q]
    assert len(asked) == 1 and choice in asked[0] and re.search(r"\b1\b", asked[0])
    held = framing.as_json()["held"]
    assert len(held) == 1 and held[0]["question"] == asked[0] and "there" in held[0]["part"]


@pytest.mark.parametrize("text, words", [
    ("my neighbour keeps parking his van on the pavement and the council do nothing, how many fines have they given "
     "on our road", "our road"),
    ("how many potholes has the council fixed on my road and how long did they take", "my road"),
    ("my street lights keep going off. how many faults have they recorded on my road this year", "my road"),
    ("dog poo everywhere on the paths round here. how many fines has wigan council given for dog fouling round here "
     "since 2022", "round here"),
])
def test_the_persons_own_place_words_are_asked_about_when_the_story_names_no_place(text, words):
    framing = frame_message(text)
    assert any(f'"{words}"' in q for q in framing.questions)  # asked once, the part kept as typed meanwhile
    # a held part is asked about, never replaced by parts guessed from the story ("street lights dimmed at night")
    assert not any("dimming" in p.text.lower() for p in framing.parts)


def test_the_persons_road_is_written_as_the_road_the_story_names():
    parts = _parts("i live on mill lane in stroud and the pothole has been there since march. how many potholes "
                   "were reported on our road last year")
    assert any("Mill Lane" in p for p in parts) and not any("our road" in p for p in parts)


@pytest.mark.parametrize("text, kind", [
    ("helping my client with a housing complaint. the council has a repairs contractor. how much do they pay them "
     "each year", "the repairs contractor"),  # lf64: never "they"; nx82: "them" after "pay" is the firm the story names
    ("we got burgled and the police didnt send anyone. how many burglaries last year did they actually attend",
     "did you actually attend"),
])
def test_they_that_can_only_be_the_body_is_the_body_named_by_its_kind(text, kind):
    parts = _parts(text)
    assert any(kind in p for p in parts), parts
    assert not any(re.search(r"(?i)\b(?:do|did)\s+they\b", p) for p in parts)


def test_they_that_means_the_things_counted_stays_the_things():
    parts = _parts("leeds city council: how many empty council houses do you have right now, how long have they been "
                   "empty on average")
    assert not any("have the council been" in p for p in parts)


def test_the_question_back_reads_as_one_plain_question():
    from askfoi.templates import render

    with_choices = render("frames/which_place.j2", words="there", part="The number of staff who work from there.",
                          choices=["in the council offices", "at the depot"])
    assert with_choices.count("?") == 1 and "1 in the council offices" in with_choices and "2 at the depot" in with_choices
    without = render("frames/which_place.j2", words="our road", part="The number of fines given on our road.", choices=[])
    assert "Give the place" in without and "1 " not in without


async def test_chatbot_at_80x24_asks_where_a_part_points(tmp_path):
    """The chatbot's first step reads the same framing: the part kept out is said, with its one question."""
    from datetime import date

    from askfoi.tui.app import AskFOIApp
    from tests._pilot import bot_text, say, settle

    app = AskFOIApp(today=lambda: date(2026, 1, 5), save_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how much does leeds city council pay to rent the council offices and how many staff work from there")
        said = bot_text(app)
        assert "doesn't name" in said and '"there"' in said and "1 in the council offices" in said


def test_a_place_is_never_written_with_the_persons_own_words_in_it():
    """Found on set B after it was scored: "the wall near my house in sheffield" is not the street asked about, and
    "my house" is the person's story: the street is asked for instead."""
    framing = frame_message("a group of lads sit on the wall near my house in sheffield 7 every night shouting. how many "
                            "asb reports have they had for our street")
    assert not any(re.search(r"(?i)\bmy house\b", p.text) for p in framing.parts)
    assert any('"our street"' in q for q in framing.questions)


def test_there_been_is_no_place():
    framing = frame_message("my mum had several falls in her care home in north yorkshire. the council did a "
                            "safeguarding enquiry. how many safeguarding concerns have there been about that home")
    assert not any('"there"' in q for q in framing.questions)
    assert any("safeguarding concerns" in p.text for p in framing.parts)
