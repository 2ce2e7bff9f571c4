"""lead42 (nc45 #7): a bare follow-on is never dropped: ", which agencies," between two questions asks who was paid for
the spend before it; "how many X did they pay ... and how much" asks what the X cost."""

from askfoi.framing import frame_message


def test_which_agencies_between_commas_is_asked_of_the_spend():
    texts = [p.text for p in frame_message(
        "hi there, im a nurse at manchester university nhs foundation trust. how much did the trust spend on agency "
        "nurses in 2024/25, which agencies, and how many shifts went unfilled each month").parts]
    assert texts == ["The total amount spent on agency nurses.",
                     "The name of each agency that supplied agency nurses, and the amount paid to each.",
                     "The number of shifts that went unfilled, broken down by month."]


def test_and_how_much_after_a_count_is_what_they_cost():
    texts = [p.text for p in frame_message("how many consultants did the council hire in 2024, and how much",
                                           "Leeds City Council").parts]
    assert texts == ["The number of consultants hired.", "The total amount spent on consultants."]
    texts = [p.text for p in frame_message("how many covert human intelligence sources did sussex police pay in 2024 "
                                           "and how much").parts]
    assert "The total amount spent on covert human intelligence sources." in texts


def test_a_bare_how_many_still_joins_its_question():
    texts = [p.text for p in frame_message("did the met use drones at the protest, and how many").parts]
    assert len(texts) == 1 and "drones" in texts[0]
