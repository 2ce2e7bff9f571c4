"""fx48 (issue 8, nc47 #14): shortened words a letter must not carry ("wks", "hrs", "ops", "kids", "uhb") are read as
meant in the parts, the organisation and the letter (knowledge/vocab/spelling_words.yaml shorthand). My own wordings."""
from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.framing import frame_message
from askfoi.word_slips import read_text_speak

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("typed, meant", [
    # lead43: only units are spelt out; "kids", "ops", "info" are read by an officer as typed
    ("waited more than 18 wks for hip ops", "waited more than 18 weeks for hip ops"),
    ("how many kids waited over 4 hrs", "how many kids waited over 4 hours"),
    # lead43: "uhb" is left to the authority finder (knowledge/vocab/authority_names.yaml), which reads it with its
    # place: spelt out first, "cardiff uhb" was read as "Cardiff University"
    ("at swansea bay uhb", "at swansea bay uhb"),
])
def test_shortened_words_are_read_as_meant(typed, meant):
    assert read_text_speak(typed) == meant


def test_a_name_typed_in_capitals_is_left():
    assert read_text_speak("the OPS team at Kids Company") == "the OPS team at Kids Company"


def test_the_parts_and_the_body_carry_no_text_speak():
    framed = frame_message("how many ppl waited more than 18 wks at cardiff and vale uhb for knee ops in 2024",
                           today=TODAY)
    assert framed.authority is not None and framed.authority.name == "Cardiff and Vale University Health Board"
    text = " ".join(p.text for p in framed.parts)
    assert "uhb" not in text.lower(), text
    assert "18 weeks" in text and " wks" not in text, text


def test_the_letter_carries_no_text_speak_when_the_spellings_are_refused():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for reply in ("how many kids waited more than 12 wks for ops at leeds teaching hospitals nhs trust in 2024", "no",
                  "ok", "ok", "accept", "skip", "Jane Smith", "skip"):
        conv.reply(reply)
    letter = conv.letter_text()
    assert "12 weeks" in letter, letter
    assert "wks" not in letter.split(), letter


@pytest.mark.parametrize("typed", ["near my kids school", "our kids nursery closed", "my kids were excluded"])
def test_kids_are_left_as_typed(typed):
    assert read_text_speak(typed) == typed  # lead43: "kids" is plain English to an officer; no "did you mean" for it
