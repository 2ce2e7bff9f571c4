"""fm99: a law officer named for another of their acts (the Lord Advocate's reference of a bill to the Supreme Court,
an Attorney General's reference of a sentence, their prosecution guidelines) is no question about legal advice
(knowledge/ncnd_topics.yaml law_officers_advice `not_subject`). Whether they advised, or were consulted, is still read."""

import pytest

from askfoi.matching import get_matcher
from askfoi.ncnd_topics import asked_text, topics_in


@pytest.mark.parametrize("text", [
    "Correspondence on the Lord Advocate's reference to the Supreme Court, including WhatsApp messages.",
    "Please send the ministers' messages about the Lord Advocate's Supreme Court reference.",
    "How many Attorney General's references of unduly lenient sentences were made in 2022?",
    "Please send the Lord Advocate's guidelines on drug possession offences.",
    "How many sentences were referred by the Attorney General to the Court of Appeal in 2023?",
])
def test_a_law_officers_reference_or_guidelines_is_not_legal_advice(text):
    assert "law_officers_advice" not in topics_in(asked_text(text))


@pytest.mark.parametrize("text", [
    # guards: advice and consultation stay on the topic, and so does advice asked beside a reference
    "Did ministers ask the Lord Advocate for legal advice on the bill?",
    "Was the Lord Advocate consulted before the bill was introduced?",
    "Did the government seek the Attorney General's advice on the Rwanda scheme?",
    "Did the Counsel General give advice on the continuity bill?",
    "Before the Lord Advocate's reference to the Supreme Court, did ministers receive legal advice on the bill?",
])
def test_guard_advice_from_a_law_officer_is_still_read(text):
    assert "law_officers_advice" in topics_in(asked_text(text))


def test_the_scottish_government_asked_about_the_reference_is_not_warned():
    forecast = get_matcher().match("Please send the messages between special advisers and ministers about the Lord "
                                   "Advocate's reference to the Supreme Court.", "Scottish Government").forecast
    assert not forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts if p.ncnd_likely]


def test_guard_the_scottish_government_asked_whether_the_lord_advocate_advised_is_warned():
    forecast = get_matcher().match("Did ministers ask the Lord Advocate for legal advice on the bill?",
                                   "Scottish Government").forecast
    assert forecast.ncnd_likely
