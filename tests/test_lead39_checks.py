"""lead39 (newcomer): the records of someone who has died, named before the person ("the records of her care"), were
read as a vague view; they are the deceased person's records, with the route that reaches them."""

import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("text", [
    "my gran died in a care home run by cornwall council last year, can i get the records of her care",
    "my dad died in march, i want the notes about his treatment at the royal cornwall",
])
def test_records_named_before_the_person_who_died_are_a_deceased_persons_records(text):
    assert any(f.code == "deceased-records" for f in frame_message(text).findings)


def test_a_count_of_records_is_not_a_request_for_someones_records():
    assert not any(f.code == "deceased-records" for f in frame_message(
        "my nan died last year. how many of the records of their residents does the care home keep").findings)
