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
