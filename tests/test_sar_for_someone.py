"""Records that are the own records of the person the writer is helping ("my mum wants her care file"): a subject
access request in that person's voice, for them to sign, never an FOI request for someone else's data."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.framing import frame_message
from askfoi.models import Regime

HELPING = [
    "hi im helping my mum, she was in care as a kid in the 70s in lancashire and wants her file from the council",
    "my client needs a copy of his housing file from the council",
    "My dad would like to see his social care records from when he lived in Leeds",
    "she wants her case notes, i'm her support worker",
    "im a volunteer at an advice centre, my client wants copies of everything the dwp holds on her pip claim",
    "how does my mum get a copy of her care assessment from the council",
    "can my son get the notes his school keeps on him",
]


@pytest.mark.parametrize("text", HELPING)
def test_their_own_records_are_a_subject_access_request_in_their_voice(text):
    framing = frame_message(text, today=date(2026, 11, 30))
    assert framing.route == "sar"
    assert framing.parts
    texts = [p.text for p in framing.parts]
    assert " my " in " " + texts[0].lower()  # the records are named in the voice of the person who signs
    assert not any(w in t.lower().split() for t in texts for w in ("his", "her", "she", "he"))
    assert any(f.code == "their-own-data" for f in framing.findings)


@pytest.mark.parametrize("text", [
    "how many care leavers asked for their files in 2024",
    "how many times did the council lose a tenant's housing file last year",
])
def test_questions_about_how_others_get_their_records_stay_foi(text):
    framing = frame_message(text, today=date(2026, 11, 30))
    assert framing.route == "foi"


def test_the_writers_own_records_are_still_theirs():
    framing = frame_message("i want my custody record and the cctv of my arrest on 3 march", today=date(2026, 11, 30))
    assert framing.route == "sar"
    assert not any(f.code == "their-own-data" for f in framing.findings)


def test_conversation_writes_it_for_the_person_helped_to_sign():
    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    said = "\n".join(m.text for m in conv.reply(HELPING[0]).messages)
    assert conv.regime() == Regime.SAR
    assert "person you are helping" in said and "signed" in said
    assert "about you or your own records" not in said
    for answer in ("Lancashire County Council", "ok", "ok", "skip"):
        said = "\n".join(m.text for m in conv.reply(answer).messages)
    assert conv.session.step == Step.name
    assert "person the records are about" in said
    conv.reply("Mary Jones")
    conv.reply("skip")
    letter = conv.letter()
    assert "about me" in letter.body and "Mary Jones" in letter.body
    assert "I was in care" in letter.body


@pytest.mark.parametrize("text, words", [
    ("my client wants everything the dwp holds on her pip claim including the assessors report",
     "everything you hold about my pip claim"),
    ("i want copies of everything the council has on my blue badge application", "everything you hold about my blue badge"),
])
def test_everything_about_one_matter_names_the_matter(text, words):
    """"Everything they hold on my PIP claim" is not only "all my data": the letter names the claim, so the search
    can find it."""
    framing = frame_message(text, today=date(2026, 11, 30))
    assert framing.route == "sar"
    assert any(p.text.lower().startswith(words) for p in framing.parts)


@pytest.mark.parametrize("text, words", [
    ("I'm helping my dad who is 84, he wants to get a copy of the notes social services made about his care "
     "assessment at Norfolk County Council last year", "my care assessment"),
    ("client says leeds council housing lost her homeless application and she wants a copy of everything on her "
     "housing file incl notes of phone calls", "my housing file including notes of phone calls"),
])
def test_every_record_named_is_kept_in_the_owners_voice(text, words):
    framing = frame_message(text, today=date(2026, 11, 30))
    assert framing.route == "sar"
    assert any(words in p.text.lower() for p in framing.parts)


def test_the_records_of_someone_who_has_died_are_neither_subject_access_nor_foi():
    framing = frame_message("my mum died in a care home in 2024, I want her care records from Bristol City Council",
                            today=date(2026, 11, 30))
    assert framing.route == "foi"
    found = {f.code: f for f in framing.findings}
    assert "deceased-records" in found and "their-own-data" not in found
    assert "Access to Health Records Act 1990" in found["deceased-records"].suggestion


def test_a_care_leavers_story_says_which_file_and_when():
    framing = frame_message("i was in foster care with kent county council from 1998 to 2004 and i want to see my file",
                            today=date(2026, 11, 30))
    assert framing.route == "sar"
    text = " ".join(p.text for p in framing.parts)
    assert "My file" in text and "1998 to 2004" in text and "foster care" in text


@pytest.mark.parametrize("typed, name", [
    ("sarah jones, i was sarah brown back then", "Sarah Jones (formerly Sarah Brown)"),
    ("Mary Jones, previously Mary Smith", "Mary Jones (formerly Mary Smith)"),
    ("Jane Smith", "Jane Smith"),
])
def test_a_former_name_is_kept_beside_the_name(typed, name):
    from askfoi.answers import tidy_name

    assert tidy_name(typed) == name


def test_the_review_step_offers_no_fix_when_there_is_none_to_apply():
    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    for answer in ("my client wants copies of everything the dwp holds on her pip claim", "ok", "ok"):
        conv.reply(answer)
    assert conv.session.step == Step.review
    said = "\n".join(m.text for m in conv.reply("Mary Jones").messages)
    assert "apply" not in said and '"ok" to go on' in said


def test_a_death_told_before_the_ask_makes_the_records_a_deceased_persons():
    """"my client's dad died ... she wants his medical records": not a subject access request in his name; the chat
    says what to do instead (Access to Health Records Act 1990), not "tell me more"."""
    text = ("my client's dad died at the royal stoke hospital in march and she thinks they messed up. "
            "she wants his medical records and whatever investigation they did")
    framing = frame_message(text, today=date(2026, 11, 30))
    assert framing.route == "foi" and not framing.parts
    assert any(f.code == "deceased-records" for f in framing.findings)
    assert not any(f.code == "their-own-data" for f in framing.findings)
    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    said = "\n".join(m.text for m in conv.reply(text).messages)
    assert "Access to Health Records Act 1990" in said and "can't yet turn" not in said


@pytest.mark.parametrize("text, item", [
    ("client here. her dad has dementia and was moved to a care home without the family being told. she wants the "
     "social work notes and to know who made the decision", "records showing who made the decision"),
    # (lead s18: was "... about me", which put the mother's records in the writer's name: nu19 found the same fault
    # for a daughter's police records; "what they wrote" now names records, so the owner is read as for "her file")
    ("my mum is 82 and the council stopped her home visits. i want what the social workers wrote about her",
     # ck31 (nu33): an item that is what someone wrote is put as a request for the record of it
     "any record of what the social workers wrote about [parent's name]"),
])
def test_a_relatives_records_named_without_his_or_her_are_still_theirs(text, item):
    framing = frame_message(text, today=date(2026, 11, 30))
    assert framing.route == "sar"
    assert any(p.text.lower().rstrip(".") == item for p in framing.parts)
    assert not any(w in p.text.lower().split() for p in framing.parts for w in ("her", "his", "mum"))


def test_figures_asked_beside_a_childs_records_are_an_foi_question_of_their_own():
    text = ("volunteer typing. clients son is 9, wigan council refused to assess him. she wants to see what the school "
            "sent the council about him and how many assessment requests they refused last year")
    framing = frame_message(text, today=date(2026, 11, 30))
    assert framing.route == "sar"
    assert not any("how many" in p.text.lower() for p in framing.parts)
    assert framing.foi_aside and "assessment requests" in framing.foi_aside[0]
    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    said = "\n".join(m.text for m in conv.reply(text).messages)
    # cl53 (nc51 #4): offered as the next letter for the same client (Ctrl+N), never "press F8" (New client in a clinic)
    assert "FOI request" in said and "Ctrl+N" in said and "press F8" not in said
