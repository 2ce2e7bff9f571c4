"""Text-speak people type ("r", "u", "skool") is offered as the word meant; a one-letter list label ("r)") is never
"corrected"; a word after a compass point is part of a place's name ("the east neuk") and is left alone."""

from askfoi.spelling import apply, suggest


def test_textspeak_offered():
    fixes = dict(suggest("how many pupils r on the roll at my kids skool"))
    assert fixes.get("r") == "are" and fixes.get("skool") == "school"


def test_one_letter_label_is_not_textspeak():
    text = "q) how many\nr) how many cars r there"
    fixed = apply(text, suggest(text))
    assert "\nr) how many cars are there" in fixed


def test_word_after_a_compass_point_is_a_place():
    assert "neuk" not in dict(suggest("a primary school in the east neuk is closing"))
