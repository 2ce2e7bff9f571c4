"""lead43: a month used as a time ("the council closed the library in March", "since 3 march") is never offered as the
town of March when the organisation is asked for."""
import pytest

from askfoi.body_answers import places_named


@pytest.mark.parametrize("text", [
    "Hi. The council closed the Oak Road library in March. We want to know how much it saved.",
    "how many potholes were reported on my road since 3 march",
    "The council said in May 2025 that the toilets would reopen.",
])
def test_month_as_time_is_no_place(text):
    assert not {"march", "may"} & set(places_named(text))


def test_places_still_named():
    assert "leeds" in places_named("how many potholes are there in Leeds since 3 March")
