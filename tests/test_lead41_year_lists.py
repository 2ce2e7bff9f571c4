"""lead41 (nc44 #15): financial years listed one by one ("in 2023/24 and 2024/25") are asked year by year, as a list
of calendar years is; one year alone is no breakdown."""

from askfoi.framing import frame_message


def test_listed_financial_years_are_a_breakdown():
    made = frame_message("how many domestic abuse reports did hampshire police get in 2023/24 and 2024/25")
    assert made.period == "1 April 2023 to 31 March 2025"
    assert [p.text for p in made.parts] == [
        "The number of domestic abuse reports received, broken down by financial year."]


def test_three_financial_years_and_one_alone():
    made = frame_message("how much did leeds city council spend on agency staff in 2022/23, 2023/24 and 2024/25")
    assert made.parts[0].qualifiers.breakdown == "financial year"
    assert frame_message("how many potholes did kent county council fix in 2023/24").parts[0].qualifiers.breakdown is None
