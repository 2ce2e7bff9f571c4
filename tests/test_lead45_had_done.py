"""Session 45 (lead, nc51 #8): "how many N had their M <participle>" counts the people who had something of theirs
done to them: "The number of N whose M were <participle>", never "N <participle> by their M"."""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("message, want", [
    ("how many drivers had their licences revoked in kent in 2025", "drivers whose licences were revoked"),
    ("how many people had their care hours cut by cornwall council in 2025", "people whose care hours were cut"),
    ("north yorkshire council stopped my sons school bus. how many children had their school transport withdrawn "
     "for the 2025/26 school year", "children whose school transport was withdrawn"),
])
def test_a_count_of_people_who_had_something_of_theirs_done(message, want):
    texts = [p.text for p in frame_message(message, today=TODAY).parts]
    assert any(want in t for t in texts), texts
    assert not any(" by their " in t or "by the council's" in t for t in texts), texts
