"""nx64 (nc64 #12): an address the writer says is a building of several homes (a Glasgow tenement close, "our
tenement", "the block of flats") is not "one private person or household"; one neighbour's house still is."""
import pytest

from askfoi.checks import check_request


def _private(text, body):
    return [f for f in check_request(text, body).findings
            if f.code == "third-party-personal-data" and "one private person or household" in f.message]


@pytest.mark.parametrize("text,body", [
    ("1. The number of damp and mould complaints for 14 Langlands Road Govan (my close) and for the whole Govan area.",
     "Glasgow City Council"),
    ("How many repair complaints were logged for 22 Craigie Street (our tenement) in 2025?", "Dundee City Council"),
    ("How many fire safety complaints were made about 40 Mill Lane, the block of flats where I live, in 2025?",
     "Leeds City Council"),
    ("The number of complaints about rats at 7 Dalmarnock Road, our stair, since 2024.", "Glasgow City Council"),
])
def test_a_building_of_several_homes_is_no_one_household(text, body):
    assert not _private(text, body)


def test_one_neighbour_s_house_still_is():
    assert _private("How many noise complaints were made about 14 Elm Road, my neighbour's house, in 2025?",
                    "Leeds City Council")
