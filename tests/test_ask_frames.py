"""The words that only ask to be told, read as a grammar (askfoi/ask_frames.py): every polite way of asking is taken
off, whatever its combination, and what is asked is framed. Wordings written for the test."""

from __future__ import annotations

import pytest

from askfoi.ask_frames import strip_ask_frame
from askfoi.framing import frame_message


@pytest.mark.parametrize("text, left", [
    ("Please may you inform me how many fines were issued", "how many fines were issued"),
    ("Could you kindly advise me as to the number of licences revoked", "the number of licences revoked"),
    ("Would you be so kind as to tell me the total spent on taxis", "the total spent on taxis"),
    ("I would appreciate it if you could let me know how many potholes were filled", "how many potholes were filled"),
    ("can you please inform us of the number of staff on zero hours contracts",
     "the number of staff on zero hours contracts"),
    ("I would be most grateful if you would advise me whether a policy exists", "whether a policy exists"),
    ("May I please be informed of the number of parking fines", "the number of parking fines"),
    ("It would be helpful if you could tell me how many libraries closed", "how many libraries closed"),
    ("I'd be grateful if you could please tell me what was spent", "what was spent"),
    ("And also, please could you send me copies of the minutes", "copies of the minutes"),
    ("We would be obliged if you could provide us with the figures", "the figures"),
])
def test_every_combination_of_an_asking_frame_is_taken_off(text, left):
    assert strip_ask_frame(text) == left


@pytest.mark.parametrize("text", [
    "Would you inform residents before closing roads?",  # a telling verb with someone else as its object
    "tell me about the bins",  # asks for no record: framing must still see it whole
    "Please confirm whether the policy exists",  # "confirm whether" is kept by the letter's own wording
    "Could the council tell residents when the works start?",
    "How many fines were issued?",
])
def test_words_that_are_not_an_asking_frame_stay(text):
    assert strip_ask_frame(text) == text


@pytest.mark.parametrize("text, part", [
    ("Please may you inform me how many speeding fines Kent Police issued in 2024.", "The number of speeding fines issued"),
    ("Would you be so kind as to tell me how many taxi licences Hull City Council revoked in 2024",
     "The number of taxi licences revoked"),
    ("I'd be grateful if you could please tell me what Bristol City Council spent on agency staff in 2024",
     "The total amount spent on agency staff"),
    ("May I please be informed of the number of parking fines issued by Camden Council in 2023",
     "The number of parking fines issued"),
])
def test_a_polite_request_is_framed_not_kept_whole(text, part):
    framing = frame_message(text)
    assert [p.text.rstrip(".") for p in framing.parts] == [part]
    assert framing.parts[0].kind != "kept"
