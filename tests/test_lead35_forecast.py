"""Lead, session 35: the forecast reads the frames' parts (fc34), and never loses a question the frames lost."""

from askfoi.forecast_parts import framed_parts

TEXT = ("Ransom Payments Whether the force suffered ransomware attacks from 2020 to November 2025, how many led to "
        "ransom payments, and the total paid.")


def test_a_question_the_frames_lost_is_still_forecast():
    parts, _ = framed_parts(TEXT, "Police Service of Northern Ireland")
    assert any("ransomware attacks" in p.text for p in parts), [p.text for p in parts]
    assert any("ransom payments" in p.text.lower() for p in parts), [p.text for p in parts]


def test_a_question_the_frames_kept_is_not_forecast_twice():
    parts, _ = framed_parts("how much did sheffield council spend on consultants last year and which firms")
    texts = [p.text for p in parts]
    assert not any(t.strip().lower().startswith("which firms") for t in texts), texts


def test_a_town_the_body_was_taken_from_stays_a_place_in_a_why_part():
    # ck35 took Durham County Council from "lanchester"; the why part must not put "the council" for the town
    from askfoi.framing import frame_message

    parts = [p.text for p in frame_message("why is lanchester library only open 3 days a week now").parts]
    assert not any("the council is library" in p for p in parts), parts
    assert any("library is only open 3 days a week" in p.lower() for p in parts), parts  # ("Lanchester Library": a name)


def test_a_why_compared_with_something_else_stays_one_part():
    from askfoi.framing import frame_message

    parts = [p.text for p in frame_message("any idea what it was looking for and why it was used as opposed to a patrol "
                                           "car?").parts]
    assert len(parts) == len(set(parts)), parts
