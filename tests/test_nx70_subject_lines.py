"""nx70 (nc67 #9): a subject line never names only the people a count counts ("Freedom of Information request: kids,
2024/25 to 2025/26"): what happened to them is said with them ("kids refused", "pupils excluded"), or the line falls
back as nx67 set out. Parts typed the way people type (bench/nx70_messages/c3_subject_lines.txt)."""
import datetime

import pytest

from askfoi.answers import Answers
from askfoi.letter import draft_letter


def _subject(part: str) -> str:
    letter = draft_letter(Answers(authority="Cardiff Council", parts=[part], period="2024/25 to 2025/26"),
                          today=datetime.date(2026, 12, 6))
    return letter.subject


@pytest.mark.parametrize("part, people", [
    ("How many kids got refused additional needs transport in the last 2 school years?", "kids"),
    ("How many kids got refused?", "kids"),
    ("How many pupils got excluded?", "pupils"),
    ("How many residents complained about the bins?", "residents"),
    ("How many tenants were evicted last year?", "tenants"),
])
def test_a_subject_line_never_names_only_the_people_counted(part, people):
    topic = _subject(part).split(": ", 1)[1].split(",")[0].strip(". ")
    assert topic.lower() != people


def test_got_and_a_participle_says_what_happened():
    assert "kids refused" in _subject("How many kids got refused?")
