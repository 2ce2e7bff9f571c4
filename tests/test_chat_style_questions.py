"""Questions as people type them into a chatbot: "... and why" after a count, "which company collects the bins"."""

from __future__ import annotations

import re

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("text", [
    "how many people were arrested in leeds in 2024 and why",
    "how many pupils were excluded from schools in york in 2024/25 and why?",
])
def test_a_bare_why_after_a_count_of_what_happened_is_a_breakdown_by_reason(text):
    framing = frame_message(text, today=TODAY)
    assert len(framing.parts) == 1
    assert "reason" in framing.parts[0].text.lower()
    assert not any(f.code == "not-recorded-information" for f in framing.findings)


def test_a_why_after_a_question_kept_whole_is_a_sentence_of_its_own():
    framing = frame_message("i want to know how many other kids at his school got excluded and why, its in bradford",
                            today=TODAY)
    assert len(framing.parts) == 1
    text = framing.parts[0].text
    # fr13c: the reasons as a sentence of its own after the kept question, never "the reason recorded for each"
    assert re.search(r"\?\s+Please\b[^?]*\breasons\b[^?]*\.$", text) and "for each" not in text and "Bradford?" not in text


def test_a_why_after_the_bodys_own_decisions_still_asks_for_their_reasons():
    framing = frame_message("how many libraries did the council close in 2024 and why", today=TODAY)
    assert [p.kind for p in framing.parts] == ["count", "reasons"]


@pytest.mark.parametrize("text, verb", [
    ("which company collects the bins in bristol", "collects"),
    ("which firm maintains the street lights in hull", "maintains"),
    ("who supplies the body cameras to kent police", "supplies"),
])
def test_a_verb_and_its_object_never_stand_as_a_noun(text, verb):
    """"Any contract for collects the bins": a subject is a noun phrase or the doing of something."""
    framing = frame_message(text, today=TODAY)
    assert framing.parts
    assert not any(f" {verb} the " in f" {p.text} " for p in framing.parts if p.kind != "kept")


def test_a_correction_at_the_organisation_step_names_the_body_after_it():
    from askfoi.conversation import Conversation, Step

    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply("how many benefit sanctions were given out in leeds in 2024")
    assert conv.session.step == Step.authority and conv.session.authority == "Leeds City Council"
    conv.reply("no its the dwp")
    assert conv.session.authority == "Department for Work and Pensions"


def test_the_jobcentre_is_the_dwp():
    from askfoi.authorities import resolve_authority

    found = resolve_authority("jobcentre plus")
    assert found is not None and found.known and found.name == "Department for Work and Pensions"


def test_an_initial_where_the_surname_goes_is_asked_about_once():
    from askfoi.conversation import Conversation, Step

    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for answer in ("how many potholes did york council repair in 2024", "ok", "ok", "ok", "ok"):
        conv.reply(answer)
    assert conv.session.step == Step.name
    said = "\n".join(m.text for m in conv.reply("dave p").messages)
    assert "surname" in said and conv.session.step == Step.name
    conv.reply("ok")  # kept as typed
    assert conv.session.requester_name == "Dave P" and conv.session.step != Step.name


def test_text_speak_is_offered_as_the_word_meant():
    from askfoi.spelling import suggest

    fixes = dict(suggest("hw many ppl are waiting for council houses"))
    assert fixes.get("hw") == "how" and fixes.get("ppl") == "people"
    assert suggest("how many people are waiting") == []


def test_a_count_with_its_own_adjective_and_noun_needs_no_head_from_the_count_before():
    framing = frame_message("how many people are waiting for council houses in glasgow, also how many empty homes "
                            "does the council have", today=TODAY)
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2 and "empty homes" in texts[1] and "people" not in texts[1]


def test_they_and_them_in_one_question_are_never_the_same_thing():
    framing = frame_message("theres a horrible smell from the sewage works near our village every summer. how many "
                            "complaints have they had about it and are they fining them", today=TODAY)
    assert not any("complaints fining the complaints" in p.text for p in framing.parts)
