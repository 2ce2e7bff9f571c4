"""lead42 (nc45 #4): a clause that "before", "after", "until" opens inside a count is kept whole ("deleted before anyone
could see them"), never cut at its own verb ("deleted before anyone"); "before 2020" is no period of 2020."""

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 4)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, "Kent Police", today=TODAY).parts]


def test_a_subordinate_clause_is_kept_whole():
    assert _parts("how many body camera videos were deleted before anyone could see them") == \
        ["The number of body camera videos deleted before anyone could see them."]
    assert _parts("how many calls were closed before an officer had attended") == \
        ["The number of calls closed before an officer had attended."]


def test_before_a_year_is_not_that_year():
    framing = frame_message("how many fines were issued before 2020", "Kent Police", today=TODAY)
    assert framing.period is None
    assert [p.text for p in framing.parts] == ["The number of fines issued before 2020."]


def test_a_range_to_a_year_still_reads():
    assert frame_message("how many fines from 2018 until 2020", "Kent Police", today=TODAY).period == \
        "1 January 2018 to 31 December 2020"
