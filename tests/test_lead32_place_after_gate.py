"""Lead fixes, session 32: a story's place written into parts that a late step put back in the person's words; no
question or finding quotes a part the letter no longer has; a verb's particle never starts an amount's subject."""

import pytest

from askfoi.framing import frame_message, subject_problems


def _texts(framing):
    return [p.text for p in framing.parts]


@pytest.mark.parametrize("message, place", [
    ("hi my mum was in walsall manor hospital in august and fell twice on the ward, nobody told us. how many falls "
     "have there been on the wards there this year and what do they do to stop them", "walsall manor hospital"),
    ("my dad was at pinderfields hospital in march and waited ages on the ward. how many patients waited over 12 hours "
     "on the wards there last year", "pinderfields"),
])
def test_there_is_the_named_place_not_the_ward(message, place):
    framing = frame_message(message)
    joined = " ".join(_texts(framing)).lower()
    assert place in joined
    assert " there this" not in joined and not joined.rstrip(". ").endswith(" there")
    for q in framing.questions:  # nothing asked about a part the letter does not have
        assert "there" not in q.lower() or any(t in q for t in _texts(framing))


def test_no_finding_quotes_a_replaced_part():
    framing = frame_message("hi my mum was in walsall manor hospital in august and fell twice on the ward, nobody "
                            "told us. how many falls have there been on the wards there this year")
    for f in framing.findings:
        if f.code == "story-reference":
            assert any(t in f.message for t in _texts(framing))


@pytest.mark.parametrize("subject", ["out in compensation for pothole damage", "off in unpaid council tax",
                                     "back to tenants in deposits"])
def test_particle_is_not_the_start_of_a_subject(subject):
    assert subject_problems(subject)


@pytest.mark.parametrize("subject", ["out of hours GP cover", "back office staff", "compensation for pothole damage"])
def test_noun_phrases_still_pass(subject):
    assert not [p for p in subject_problems(subject) if "particle" in p]


@pytest.mark.parametrize("message", [
    "can you tell me how much they paid out in compensation for pothole damage",
    "i want to know how much the council paid out in compensation to tenants for damp last year",
])
def test_paid_out_amount_reads(message):
    joined = " ".join(_texts(frame_message(message))).lower()
    assert "on out in" not in joined and "compensation" in joined
