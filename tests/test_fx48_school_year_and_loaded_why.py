"""fx48 (issue 8, nc47 #7): "2023/24" about pupils or exclusions is the school year (September to August) when the
school is named only in the story before the question; a loaded "why so many" question becomes the figures broken
down by what its group names and any analysis held on them, with a finding, never the raw question. My own wordings."""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 4)


def _frame(text: str):
    return frame_message(text, today=TODAY)


@pytest.mark.parametrize("text, period", [
    ("my son goes to an academy in leeds and they excluded him. how many children were excluded in 2023/24",
     "1 September 2023 to 31 August 2024"),
    ("my daughter's primary school in hull keeps suspending her. how many kids were suspended in 2022/23",
     "1 September 2022 to 31 August 2023"),
])
def test_a_split_year_about_pupils_after_a_school_in_the_story_is_the_school_year(text, period):
    assert _frame(text).period == period


def test_a_split_year_about_money_after_a_school_in_the_story_stays_financial():
    framed = _frame("my son goes to an academy in leeds. how much did leeds city council spend on road repairs in 2023/24")
    assert framed.period == "1 April 2023 to 31 March 2024"


@pytest.mark.parametrize("text, by, group", [
    ("hi, my son goes to a academy in leeds and they excluded him. how many kids were excluded in 2023/24 and why do "
     "they exclude so many black boys", "ethnicity and sex", "black boys and other children are excluded"),
    ("how many people did the met stop and search in 2024 and why do they stop so many black men",
     "ethnicity and sex", "black men and other people are stopped"),
    ("my daughter is at a secondary school in bristol. how many pupils were suspended in 2024/25 and why are so many send "
     "pupils suspended", "disability", "SEND pupils and other pupils are suspended"),
    ("why are so many disabled people sanctioned by the dwp in 2024", "disability", "disabled people and other people are sanctioned"),
])
def test_a_loaded_why_so_many_question_is_the_figures_and_any_analysis(text, by, group):
    framed = _frame(text)
    texts = [p.text for p in framed.parts]
    assert any(f"broken down by {by}" in t for t in texts), texts
    assert any(t.startswith("Any analysis") and group in t for t in texts), texts
    assert not any(p.kept_words or "why" in p.text.lower() for p in framed.parts), texts
    assert any(f.code == "loaded-question" for f in framed.findings), [f.code for f in framed.findings]


def test_a_why_question_about_a_group_with_no_field_is_not_read_so():
    framed = _frame("how many parking fines did leeds city council issue in 2024 and why do they fine so many drivers")
    assert not any(f.code == "loaded-question" for f in framed.findings)
