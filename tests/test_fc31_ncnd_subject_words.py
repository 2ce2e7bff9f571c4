"""fc31: a past NCND answer supports a police part's warning only through a word of its SUBJECT; a form of address, a
month or the words of a log or letter ("Mr", "June", "log", "nature", "mentioned", "named") say nothing of what
either is about (tuning split: 16 police false alarms, 2 chance catches)."""

from __future__ import annotations

import pytest

from askfoi.matching import _Doc, get_matcher


@pytest.fixture(scope="module")
def matcher():
    return get_matcher()


def _doc(matcher, title):
    return _Doc(rowid=1, id="x", authority="Tayside Police", atype="police", title=title, outcome="ncnd", ncnd=True,
                sections=["30(3)"], url="https://example.org/x", date="2019", framing=0,
                tterms=set(matcher.vocab.terms(title)), bterms=set(), norm=1.0, targeted=False, score=0.5)


@pytest.mark.parametrize("text, title", [
    ("Please send me the log of calls in June 2023 and the nature of each call.",
     "Mr H: the nature of the log entries sent in June"),
    ("how many e-scooter incidents were logged in may, and was any named person mentioned",
     "Ms W: incidents logged in May in which she was named or mentioned"),
    ("Could you tell me the ages of people arrested for crimes at the bus station in March?",
     "Dr K: the age of a person in a crime report sent by email in March"),
])
def test_words_of_no_subject_give_no_support(matcher, text, title):
    query = matcher._query(text, "Northumbria Police", [])
    assert matcher._subject_support(query, [_doc(matcher, title)]) is None  # fails on main: mr/june/log/nature ...


def test_a_word_of_the_subject_still_supports(matcher):
    query = matcher._query("How many drone flights did the force make in June 2023?", "Northumbria Police", [])
    doc = _doc(matcher, "Mr H: drone flights in June")
    assert matcher._subject_support(query, [doc]) is doc
