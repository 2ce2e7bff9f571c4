"""Lead (session 33): a past tense that can also be a noun ("left") before its object (a body's name, "the ...") is the
count's verb: "how many teachers left oldham schools" counts teachers who left, never "teachers left" who "schooled"."""

from askfoi.framing import frame_message


def test_left_before_a_named_body_is_the_verb():
    texts = [p.text for p in frame_message("how many teachers left oldham schools in 2024").parts]
    assert not any("schooled" in t or t.startswith("The number of teachers left") for t in texts), texts
    assert any("teachers" in t and "left" in t and "Oldham schools" in t for t in texts), texts


def test_their_reasons_are_the_teachers():
    texts = [p.text for p in frame_message("im a parent governor. how many teachers left oldham schools in 2024 and what "
                                           "reasons did they give").parts]
    assert not any("schools give" in t for t in texts), texts
