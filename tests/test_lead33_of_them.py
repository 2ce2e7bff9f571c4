"""Lead (session 33): "how many of them ..." right after a count narrows that count (the pupils excluded), even when a
story is told before; never "them" as the nearest plural of the sentence ("croydon schools")."""

from askfoi.framing import frame_message


def test_how_many_of_them_after_a_story_narrows_the_count():
    texts = [p.text for p in frame_message(
        "my son was excluded from his school in croydon 3 times last year. how many pupils have been excluded from "
        "croydon schools in the last 3 years and how many of them had SEN").parts]
    assert not any("schools with SEN" in t or "schools had" in t for t in texts), texts
    assert any("pupils" in t and "SEN" in t for t in texts), texts
