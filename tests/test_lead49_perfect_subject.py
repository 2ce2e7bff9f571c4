"""lead49: a count asked with the doer after "has" / "have" ("how many shoplifters has tesco reported to police")
names the doer and keeps what follows the verb; "have" + a thing + a participle is something done to the counted
things ("buildings with cladding removed"), never "removed by cladding"; lower-case "may" after a time word is the
month."""

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


@pytest.mark.parametrize("text, want", [
    ("how many shoplifters has tesco reported to police in leeds", "reported by tesco to police"),
    ("how many crimes has the university reported to police in 2024", "crimes reported by the university to police"),
    ("how many penalty notices has the school issued to parents since september", "issued by the school to parents"),
    ("how many referrals has the nspcc made to kent county council in 2024", "referrals made by the nspcc to you"),
    ("how many cars has the newly installed camera on mill road caught since june",
     "cars caught by the newly installed camera on Mill Road"),
    ("how many people have officers arrested at the protest in 2024", "people arrested by officers at the protest"),
    ("how many people have bailiffs evicted in leeds in 2024", "people evicted by bailiffs"),
])
def test_the_doer_after_has_is_named(text, want):
    parts = _parts(text)
    assert len(parts) == 1
    assert want in parts[0], parts
    assert " with " not in parts[0]


@pytest.mark.parametrize("text, bad", [
    ("how many buildings have cladding removed in manchester", "removed by cladding"),
    ("how many people had body cameras switched on during arrests in 2024", "switched by body cameras"),
    ("how many patients have operations cancelled at leeds teaching hospitals in 2024", "cancelled by operations"),
])
def test_have_a_thing_done_is_not_a_doer(text, bad):
    parts = _parts(text)
    assert len(parts) == 1 and bad not in parts[0], parts
    assert not parts[0].endswith("?"), parts  # framed, not kept as typed


def test_a_decision_to_do_something_still_counts_what_was_done():
    parts = _parts("how many libraries did the council decide to close in 2024")
    assert "decided" not in parts[0], parts


@pytest.mark.parametrize("text, start", [
    ("how many cars has the camera on mill road caught since may", "1 May 2026 to 5 December 2026"),
    ("how many parking tickets were issued on church street in may", "1 May 2026 to 31 May 2026"),
])
def test_lower_case_may_after_a_time_word_is_the_month(text, start):
    framing = frame_message(text, today=TODAY)
    assert framing.period == start
    assert "may" not in framing.parts[0].text.lower()


def test_may_the_verb_is_no_month():
    framing = frame_message("you may know the council may have records, how many complaints about rats in 2024", today=TODAY)
    assert framing.period == "1 January 2024 to 31 December 2024"
