"""fc31: a part asking for the records of ONE identifiable person, vehicle or home is warned of NCND even on a topic
forces answer openly (ANPR, CCTV), while counts, retention and policy questions on that topic are not."""

import pytest

from askfoi.matching import get_matcher, one_subject

ONE = [
    "Please send me the ANPR records for my friend's car on 14 March 2024.",
    "i need the cctv footage of my neighbour from outside the station on 3 may",
    "Was my brother's van picked up by any ANPR camera in Chelmsford last weekend?",
    "can u tell me if my ex's car was picked up by anpr cameras on the a12 last tuesday",
    "Where my partner's car was on 2 June, from your number plate cameras.",
    "Any ANPR data for the car with registration AB12 CDE between 1 and 5 May.",
]
NOT_ONE = [
    "How many ANPR cameras does the force operate?",
    "What is the retention period for ANPR data and do you share it with anyone?",
    "Number of ANPR reads per year since 2020.",
    "Please provide your CCTV policy and the number of cameras in the town centre.",
    "Body-worn video footage of a specific incident at a football match.",
]


@pytest.mark.parametrize("text", ONE)
def test_one_subject_read(text):
    assert one_subject(text)


@pytest.mark.parametrize("text", NOT_ONE)
def test_counts_and_policies_name_nobody(text):
    assert not one_subject(text)


WARNED = [  # each not warned on main: the topic's open answers silenced it
    "The ANPR records for a named friend's car on one day in February.",
    "Any ANPR data for the car with registration AB12 CDE between 1 and 5 May.",
    "can u tell me if my ex's car was picked up by anpr cameras on the a12 last tuesday",
]


@pytest.mark.parametrize("text", WARNED)
def test_one_persons_camera_records_warned(text):
    f = get_matcher().match(text, "Essex Police").forecast
    assert f.ncnd_likely
    warned = [p for p in f.parts if p.ncnd_likely]
    assert warned and any("s40(5B)" in e for p in warned for e in p.evidence)


@pytest.mark.parametrize("text", NOT_ONE[:3])
def test_overt_camera_questions_not_warned(text):
    assert not get_matcher().match(text, "Essex Police").forecast.ncnd_likely


def test_warning_does_not_depend_on_top():
    text = WARNED[1]
    m = get_matcher()
    assert m.match(text, "Essex Police", top=1).forecast.ncnd_likely == m.match(text, "Essex Police", top=50).forecast.ncnd_likely
