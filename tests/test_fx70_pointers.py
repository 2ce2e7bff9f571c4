"""fx70 (issue 8): a short question whose only pointer is a bare "this" or "it" ("5b. How many pupils was this for?",
"2. What was the speed limit prior to this") stays in one part with the question it points at when that question is
kept in the person's words, so the officer reads the referent in the same part. Shapes from real first messages (fx67,
tuning), written afresh here."""

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def test_a_sub_item_that_points_at_the_item_before_is_one_part_with_it():
    framing = frame_message(
        "Dear Conwy County Borough Council,\n"
        "4a. What was the total net spend on home to school transport for pupils with SEN in 2023/24?\n"
        "4b. How many pupils was this for?\n"
        "5. How many bus routes did you stop subsidising in 2023/24?", today=TODAY)
    texts = [p.text for p in framing.parts]
    alone = [t for t in texts if t.lower().startswith("how many pupils was this for")]
    assert not alone, texts
    assert any("pupils was this for" in t.lower() and "school transport" in t.lower() for t in texts), texts


def test_a_question_ending_on_this_is_joined_to_the_kept_question_it_follows():
    framing = frame_message(
        "Please provide info about the 20mph limit on Mill Road, Cambridge, namely:\n\n"
        "1. When was the 20mph limit introduced\n\n2. What was the speed limit prior to this", today=TODAY)
    texts = [p.text.lower() for p in framing.parts]
    # session 53 (merge with fx73): the pointer is anchored either by joining it to the question before or by the
    # lead-in's named topic, which fx73 carries once into each item holding a pointer ("..., regarding the 20mph limit
    # on Mill Road"); never left alone with nothing to point at
    alone = [t for t in texts if t.startswith("what was the speed limit prior to this") and "mill road" not in t]
    assert not alone, texts
