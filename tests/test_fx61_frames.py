"""fx61 (issue 8): the commonest reasons a real first message needed rewording, by class (fx58's faults on tuning
messages): item labels typed "Q.1", a part given the period the item before it stated, the retention question of the
march message kept in the person's words, the ask behind its condition lost or kept as a condition, "a copy of"
several records, a third party taken as the body asked. Shapes from real first messages (fx58/fx55 tuning), written
afresh here."""

import re
from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _frame(text: str):
    return frame_message(text, today=TODAY)


def _parts(text: str) -> list[str]:
    return [p.text for p in _frame(text).parts]


def test_q_dot_labels_are_item_labels_never_left_in_a_part():
    parts = _parts(
        "Q.1   How many public toilets were run by the local authority in each year from 2012-13?\n"
        "Q.2   How many public toilets have been closed in each year since 2012-13?\n"
        "Q.3   How much local authority money has been spent on public toilets in each year since 2012-13?")
    assert len(parts) == 3, parts
    for part in parts:
        assert not re.match(r"(?i)\W*q\s*\.?\s*\d", part), part
    assert all(not p.lower().startswith("how ") for p in parts), parts  # framed, not kept as typed


def test_a_part_that_states_its_own_period_never_takes_the_narrower_one_before_it():
    framing = _frame(
        "1. How many libraries are proposed for closure within the next year (ie 2024-25)?\n"
        "2. How many libraries have been sold to private buyers since 2014-15?")
    sold = [p for p in framing.parts if "sold" in p.text]
    assert sold, [p.text for p in framing.parts]
    assert "2025" not in sold[0].text and "2024" not in sold[0].text, sold[0].text


def test_how_long_records_are_kept_is_a_retention_period_in_every_word_order():
    march = _frame("Can GMP tell me: 1) were protesters filmed covertly 2) how long is the footage kept "
                   "3) was any of it shared with other forces")
    kept_for = [p for p in march.parts if "footage" in p.text and "shared" not in p.text]
    assert kept_for and not kept_for[0].kept_words, [p.text for p in march.parts]
    assert "retention period" in kept_for[0].text.lower(), kept_for[0].text
    shared = [p for p in march.parts if "shared" in p.text]
    assert shared and re.search(r"(?i)\bfootage\b", shared[0].text) and not re.search(r"(?i)\bit\b", shared[0].text), \
        [p.text for p in march.parts]  # "any of it": the footage
    for text in ("Can Kent Police tell me how long CCTV recordings are retained for?",
                 "how long do you keep body worn video footage of stop and searches?"):
        parts = _frame(text).parts
        assert len(parts) == 1 and not parts[0].kept_words and "retention period" in parts[0].text.lower(), \
            [p.text for p in parts]


def test_people_kept_somewhere_are_no_retention_period():
    """A guard: "kept" of people (custody, waiting) asks no retention of records."""
    parts = _parts("How long are protesters kept in custody at Leeds police stations?")
    assert not any("retention" in p.lower() for p in parts), parts


def test_the_ask_made_by_several_people_is_never_lost_behind_its_condition():
    framing = _frame(
        "FOI request: We request the first 25 type-written letters of complaint that your Trust received after 1st "
        "October 2013. If your Trust contains more than one unit, we request that the letters are from across the units.")
    joined = " ".join(p.text for p in framing.parts).lower()
    assert "first 25" in joined and "letters of complaint" in joined, [p.text for p in framing.parts]


def test_records_a_condition_names_and_asks_for_by_a_pronoun_are_asked_for_themselves():
    parts = _parts("If any complaints were received about the noise from the bus depot in 2024, please send me copies "
                   "of them.")
    assert len(parts) == 1, parts
    assert re.match(r"(?i)copies of any complaints received about the noise from the bus depot", parts[0]), parts
    assert not re.search(r"(?i)\bif\b|\bthem\b|\bplease\b", parts[0]), parts


def test_several_records_are_copies_of_any_never_a_copy_of_a_plural():
    parts = _parts("Please send me copies of any complaints received about the smell from the recycling centre.")
    assert parts and not re.match(r"(?i)a copy of complaints\b", parts[0]), parts
    assert re.match(r"(?i)copies of any complaints received about the smell", parts[0]), parts


def test_a_body_named_only_as_the_one_information_was_shared_with_is_not_the_body_asked():
    framing = _frame(
        "1. Please can you tell me how many cases of hospital-acquired MRSA the trust has had since 1st March 2022?\n"
        "2. Please also include any information that was shared with Public Health England on these cases.")
    assert framing.authority is None or "public health england" not in framing.authority.name.lower(), framing.authority
    assert not any(re.match(r"(?i)\W*please\b", p.text) for p in framing.parts), [p.text for p in framing.parts]
    assert any("shared with Public Health England" in p.text for p in framing.parts), [p.text for p in framing.parts]


def test_a_third_party_of_the_same_kind_as_the_letters_own_body_is_still_read():
    """A guard: a named body after "shared with" stays the body asked when the letter names no body of its own."""
    framing = _frame("Does North Yorkshire Police share ANPR data with the Home Office?")
    assert framing.authority is not None and framing.authority.name == "North Yorkshire Police", framing.authority
