"""lead40 (nc43 #4): "how many times has the met used live facial recognition in 2025, where, and how many arrests did
it lead to" keeps both questions (the count of uses with where, the arrests), and "it" is the technology, never "used
live facial recognition"."""

from askfoi.framing import frame_message


def test_a_bare_where_between_commas_does_not_swallow_the_question_before_it():
    framing = frame_message("how many times has the met used live facial recognition in 2025, where, and how many "
                            "arrests did it lead to")
    texts = [p.text.lower() for p in framing.parts]
    assert len(texts) == 2
    assert any("times" in t and "where" in t for t in texts)
    assert any("arrests" in t for t in texts)
    assert not any("of used live" in t for t in texts)


def test_a_past_participle_after_has_and_its_subject_is_the_verb():
    framing = frame_message("how many times has the met used live facial recognition in 2025, and how many arrests "
                            "did it lead to")
    assert not any("used live" in p.text for p in framing.parts if p.kind == "count" and "arrests" in p.text)


def test_the_records_asked_after_a_sum_are_a_part_of_their_own():
    """nc43 #4: "how much ... spent on the ferries at ferguson marine and the minutes where they decided to award the
    contract": the minutes are asked for, never merged into the sum or set aside as story."""
    framing = frame_message("i want to know how much the scottish government spent on the ferries at ferguson marine "
                            "and the minutes where they decided to award the contract")
    texts = [p.text.lower() for p in framing.parts]
    assert len(texts) == 2
    assert "minutes" not in texts[0] and "minutes" in texts[1]
