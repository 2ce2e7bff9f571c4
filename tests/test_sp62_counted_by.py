"""sp62 (nc99 #2): a count of what a body received, with the body named by several words before "got"
("how many complaints guys and st thomas got about a&e waiting times"), names the body whole after "received by",
never its last word alone ("The number of complaints guys and st received by thomas ...")."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 7)


def _parts(text: str) -> list[str]:
    return [p.text.lower() for p in frame_message(text, today=TODAY).parts]


@pytest.mark.parametrize("text, body", [
    ("how many complaints guys and st thomas got about a&e waiting times", "guys and st thomas"),
    ("how many complaints kings college hospital got about a&e waiting times last year", "kings college hospital"),
    ("how many noise complaints manchester city football club got in 2023", "manchester city football club"),
    ("how many complaints queen elizabeth hospital birmingham got about parking in 2024",
     "queen elizabeth hospital birmingham"),
])
def test_a_body_named_in_several_words_before_got_is_named_whole(text, body):
    parts = _parts(text)
    assert any(f"received by {body}" in p for p in parts), parts
    last = body.split()[-1]
    assert not any(f"{body.rsplit(' ', 1)[0]} received by {last}" in p for p in parts), parts


@pytest.mark.parametrize("text, expect", [
    # a one-word name askfoi does not know ("clarion" is now a housing association it knows: af99)
    ("how many damp complaints brackenmoor got last year", "damp complaints received by brackenmoor"),
    ("how many complaints about lost forms brackenmoor got in 2024", "complaints about lost forms received by brackenmoor"),
])
def test_one_word_names_and_what_the_complaints_were_about_stay_as_before(text, expect):
    assert any(expect in p for p in _parts(text))
