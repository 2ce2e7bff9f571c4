"""lead43: a count whose clause compares the subject with another group of the same kind ("how many black people were
searched compared to white people") asks the count for each group with the same clause, never "The number of black
people white people"; a comparison of what the thing was done for stays a comparison of the clause."""
import pytest

from askfoi.comparisons import Comparison, subject_side
from askfoi.framing import frame_message


def _texts(message):
    return [p.text for p in frame_message(message).parts]


def test_groups_compared_each_with_the_clause():
    texts = _texts("west midlands police stop and search - how many black people were searched compared to white "
                   "people last year, and what percentage found nothing")
    assert "The number of black people searched." in texts, texts
    assert "The number of white people searched." in texts, texts
    assert not any("black people white people" in t for t in texts), texts
    assert sum("white people searched" in t for t in texts) == 2, texts  # the count and the share, for each group


def test_clause_compared_stays_a_clause():
    texts = _texts("how many fines were issued for littering compared to dog fouling in 2024")
    assert texts == ["The number of fines issued for littering.", "The number of fines issued for dog fouling."], texts


@pytest.mark.parametrize("subject, first, second, expected", [
    ("black people", "searched", "white people", ("white people", "searched")),
    ("black people", "searched", "white people who found nothing", ("white people", "searched who found nothing")),
    ("fines", "issued for littering", "dog fouling", None),
    ("children", "excluded", "in 2019", None),
])
def test_subject_side(subject, first, second, expected):
    assert subject_side(subject, Comparison(first=first, second=second)) == expected
