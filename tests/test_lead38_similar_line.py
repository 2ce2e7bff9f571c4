"""lead38: a past answer that gave some information and neither confirmed nor denied the rest says so where the chat and
the insight panel list it: "information given, sections 24(2), 31(3)" beside a covert-use warning read as if the force
had answered everything (found trying the chatbot on a facial-recognition question)."""

from askfoi.conversation import similar_line
from askfoi.matching import SimilarResponse
from askfoi.models import Outcome


def _r(outcome, ncnd):
    return SimilarResponse(id="x", authority="Avon and Somerset Constabulary", title="Facial Recognition Technology",
                           outcome=outcome, ncnd=ncnd, sections=["24(2)", "31(3)"], score=0.5,
                           url="https://example.org/x", date="2020-10-05")


def test_an_answer_with_ncnd_for_part_says_so():
    line = similar_line(_r(Outcome.disclosed, True))
    assert "neither confirm nor deny" in line["outcome"]
    assert line["outcome"].startswith("information given")


def test_an_answer_without_ncnd_or_unknown_says_nothing_of_it():
    assert "neither" not in similar_line(_r(Outcome.disclosed, False))["outcome"]
    assert "neither" not in similar_line(_r(Outcome.disclosed, None))["outcome"]


def test_a_whole_ncnd_answer_is_not_said_twice():
    assert similar_line(_r(Outcome.ncnd, True))["outcome"].count("neither confirm nor deny") == 1
