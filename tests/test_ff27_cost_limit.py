"""ff27: a cost-limit warning only where a search of records is asked, in the words of the law taken."""

import pytest

from askfoi.framing import frame_message


def _cost(text):
    return [f for f in frame_message(text).findings if f.code == "cost-limit-risk"]


@pytest.mark.parametrize("text", [
    # a figure per month or year beside parts that ask for documents: the period says how far back the figures go
    "1. Copies of your template reminder letters for council tax arrears.\n"
    "2. The total number of households against which you started committal proceedings, for each year from 2020",
    "On street parking\n1. What proportion of spaces are free?\n"
    "2. The monthly revenue received from the meters for the 12 months from and including October 2018, to September 2019.",
    "a copy of the parking enforcement policy. and the annual income from parking fines since 2017",
])
def test_no_cost_warning_on_a_figure_by_period(text):
    assert _cost(text) == []


def test_a_search_of_records_is_still_warned():
    text = "1. The number of fines issued since 2015.\n2. All emails about parking enforcement since 2015."
    assert _cost(text)


@pytest.mark.parametrize("text", [
    "I would like to request the following under the Freedom of Information (Scotland) Act 2002. I am looking for "
    "all correspondence about A&E waiting times, broken down by the following calendar years: 2019, 2020, 2021, 2022, 2023, 2024.",
    "under foisa please send me all emails about the glasgow low emission zone between 2018 and 2024 in scotland",
])
def test_a_scottish_text_is_told_foisas_limit(text):
    found = frame_message(text)
    assert found.regime in ("FOISA", "EISR")
    for f in _cost(text):
        assert "£450" not in f.message and "£25" not in f.message
        assert "£600" in f.message or "regulation 12(4)(b)" in f.message
