"""fr17b (merged by the lead, who wrote these tests from its note): a breakdown or period written on its own reaches
every part it qualifies, and a period is never cut at its 'and'. Invented messages in the shapes the note lists."""
from askfoi.framing import frame_message


def _framed(text):
    return frame_message(text)


def test_a_breakdown_sentence_for_each_of_the_above_reaches_every_part():
    f = _framed("1. How many parking fines were issued?\n2. How much income did they raise?\n"
                "Please break this down by year and by ward for each of the above.")
    assert len(f.parts) == 2
    assert all(p.text.rstrip(".").endswith("broken down by year and ward") for p in f.parts)


def test_a_lead_in_period_reaches_the_items_under_it():
    f = _framed("For each of the last three years, please provide:\na) the number of complaints received\n"
                "b) the number upheld")
    assert f.period is not None and len(f.parts) == 2
    assert not any(p.text.lower().startswith("for each of the last three years") for p in f.parts)


def test_a_period_between_a_day_and_the_date_of_the_request_is_not_cut_at_its_and():
    f = _framed("How many fines did the council issue between September 1 2023 and the date of this request?")
    assert f.period is not None and f.period.startswith("1 September 2023 to ")
    assert not any("between September 1 2023." in p.text for p in f.parts)
