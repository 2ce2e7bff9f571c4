"""lead48 (nc58 #4): "how many times have officers used spit hoods on children in the last 3 years" was kept in the
person's words (a question in the letter beside the message's own period, "since covid"): a count of times whose
doers are people ("officers", "pupils", "staff") is framed, the doers kept after what was done, with the part's own
period. The period step says which words it read and how ("since covid": 23 March 2020 to ...), never the same
dates twice."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.templates import render

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("text,want", [
    ("how many times have officers used spit hoods on children", "The number of times spit hoods were used on children by officers."),
    ("how many times have pupils assaulted teachers at Oakwood Academy", "by pupils"),
    ("how many times have staff restrained pupils at the school", "The number of times pupils were restrained by staff at the school."),
    ("how many times have Essex Police officers used tasers", "The number of times tasers were used by your officers."),
])
def test_a_count_of_times_done_by_people_is_framed(text, want):
    parts = frame_message(text, today=TODAY).parts
    assert len(parts) == 1 and not parts[0].kept_words, parts[0].text
    assert want.lower() in parts[0].text.lower()


def test_the_part_keeps_its_own_period_beside_the_message_period():
    text = ("how many children have been stopped and searched by police scotland since covid, broken down by age?? and how "
            "many times have officers used spit hoods on children in the last 3 years")
    framed = frame_message(text, today=TODAY)
    assert framed.period == "23 March 2020 to 5 December 2026"
    second = framed.parts[1]
    assert not second.kept_words and "last 3 years" not in second.text
    assert "1 December 2023 to 30 November 2026" in second.text


def test_the_period_step_says_how_the_words_were_read():
    said = render("bot/ask_period.j2", proposed="23 March 2020 to 5 December 2026", stated="since covid", choices=[],
                  current=None)
    assert 'says "since covid": I read that as 23 March 2020 to 5 December 2026' in said
    same = render("bot/ask_period.j2", proposed="1 April 2024 to 31 March 2025", stated="1 April 2024 to 31 March 2025",
                  choices=[], current=None)
    assert same.count("1 April 2024") == 1
