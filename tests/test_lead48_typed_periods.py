"""lead48 (nc58 #11): at the period step "from when he went in, jan 2022 til he died in march this year" was not read,
and the error cut the words mid-word ("march this yea"). A month said relatively ("march this year", "june last
year") is a month; two dates joined by a range word with a few words of story between are one period; an error
quotes what was typed whole or cut at a word."""

from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.periods import explain_period_error, parse_period

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("text,label", [
    ("march this year", "1 March 2026 to 31 March 2026"),
    ("june last year", "1 June 2025 to 30 June 2025"),
    ("jan 2022 til march this year", "1 January 2022 to 31 March 2026"),
    ("since march last year", "1 March 2025 to 5 December 2026"),
])
def test_a_month_of_this_or_last_year(text, label):
    found = parse_period(text, today=TODAY)
    assert found is not None and found.label == label


def test_an_error_never_cuts_a_word():
    text = "whenever the home first started having problems with staffing and the inspectors came round"
    said = explain_period_error(text, today=TODAY)
    assert said and "..." in said and "inspectors ca" not in said.replace("inspectors came", "")


def test_the_period_step_reads_two_dates_joined_by_a_story():
    conv = Conversation()
    conv.today = lambda: TODAY
    conv.reply("how many complaints did kent county council receive about rosewood court care home")
    conv.reply("ok")
    conv.reply("from when he went in, jan 2022 til he died in march this year")
    assert conv.session.period == "1 January 2022 to 31 March 2026"
