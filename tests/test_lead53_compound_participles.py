"""lead53 (nc73 #13, the Chelmsford residents' group): a participle between two nouns is part of a compound ("the
body worn cameras", "hand held scanners"), never the passive verb of a yes/no question ("on the body being worn
cameras", "on the body is worn cameras"); a place after "is it" with only "too" after it is the predicate."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.why_records import attributive_participle

TODAY = date(2026, 12, 6)


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


def test_the_residents_group_message_keeps_body_worn_cameras_whole():
    texts = _texts("hi im with the moulsham st residents group in chelmsford. last saturday there were two white vans "
                   "with cameras on top parked on the high st. i want to ask essex police do they use live facial "
                   "recognition and is it on the body worn cameras too, including covertly? which company supplies it?")
    joined = " ".join(texts)
    assert "body worn cameras" in joined, texts
    assert "body being worn" not in joined and "body is worn" not in joined and "cameras is too" not in joined, texts


@pytest.mark.parametrize("words, at, expected", [
    ("the body worn cameras", 2, True),
    ("any hand held scanners", 2, True),
    ("the patients consulted about the closure", 2, False),
    ("the assessment carried out", 2, False),
    ("the cameras switched on", 2, False),
])
def test_a_participle_between_nouns_is_attributive(words, at, expected):
    assert attributive_participle(words.split(), at) is expected
