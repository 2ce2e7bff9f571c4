"""A helper writing for a neighbour who wants HIS OWN records: the neighbour is the data subject (subject access for
him, with his signature), never the s40(2) third-party warning; a neighbour's records asked for by the writer stay a
third party's (nu31 #3)."""
import pytest

from askfoi.checks import check_request


@pytest.mark.parametrize("text", [
    "hello, i am writing on behalf of my neighbour mr john obi (he doesnt use email), he lives at 5 kings rd croydon. "
    "he wants to know how many drones the met has got, also he wants his own police record",
    "i help my neighbour who cant read or write, she wants her own housing file from the council",
])
def test_a_neighbour_asking_for_his_own_records_is_the_subject(text):
    codes = {f.code for f in check_request(text).findings}
    assert "third-party-personal-data" not in codes
    assert codes & {"their-own-data", "own-personal-data"}


def test_a_neighbours_records_asked_by_the_writer_stay_a_third_partys():
    codes = {f.code for f in check_request("my neighbour keeps parking on the pavement, can i get his police record "
                                           "from the met").findings}
    assert "their-own-data" not in codes
