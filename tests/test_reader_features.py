"""reply_features: the reader's own decisions as numbers, for measuring a learnt combiner (round 4)."""

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply, reply_features

REPLIES = [
    "I can confirm that the Council holds the information. 1. There were 42 complaints in 2023. "
    "2. The names of the officers are exempt under section 40(2) as personal data.",
    "We do not hold any information within the scope of your request.",
    "To locate and extract this information would exceed the appropriate limit of 18 hours (section 12).",
    "The Force can neither confirm nor deny that it holds this information, by virtue of sections 23(5) and 24(2).",
    "Thank you for your request, which we received on 3 May.",
]


@pytest.mark.parametrize("text", REPLIES)
def test_features_carry_the_rules_reading(text):
    features, outcome, unclear = reply_features(text)
    reading = read_reply(text)
    assert outcome == reading.outcome and unclear == reading.unclear
    assert [name for name, value in features.items() if name.startswith("rule:") and value] == ["rule:" + outcome.value]


def test_same_names_for_every_reply_and_deterministic():
    names = {tuple(sorted(reply_features(t)[0])) for t in REPLIES}
    assert len(names) == 1
    assert reply_features(REPLIES[0]) == reply_features(REPLIES[0])


def test_features_follow_what_the_reply_says():
    mixed, _, _ = reply_features(REPLIES[0])
    assert mixed["parts"] > 0 and mixed["part:disclosed"] > 0 and mixed["sec:40"] == 1.0
    assert mixed["has:give"] or mixed["facts"]
    ncnd, outcome, _ = reply_features(REPLIES[3])
    assert outcome == Outcome.ncnd and ncnd["secrole:ncnd"] == 1.0 and ncnd["parts"] == 0.0
    cost, _, _ = reply_features(REPLIES[2])
    assert cost["has:cost"] == 1.0 and cost["sec:12"] == 1.0 and cost["first_give"] == 1.0


@pytest.mark.parametrize("text", [None, "", "\x1b[31m\x00", "1. 2. 3. " * 200, "section " * 500])
def test_odd_text_never_raises(text):
    features, outcome, _ = reply_features(text)
    assert all(isinstance(v, float) for v in features.values())
    assert isinstance(outcome, Outcome)
