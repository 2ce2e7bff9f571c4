"""ny102 (nc102 #1): a message read as FOI that also asks for a recording of the person it is for ("he wants a copy of
the footage" after his stop and search, "the cctv of him in the job centre") never loses it in silence: the chat says
it is that person's own data, left out of the FOI letter, and how to ask for it (a subject access request; to the
police under Part 3 of the DPA 2018). nc102 j5's message and messages of my own words; guards."""
from datetime import date

import pytest

from askfoi.conversation import Conversation

J5 = ("client came in today, he got stopped and searched by greater manchester police in salford on 3rd october and "
      "nothing was found. he asked me to find out if the officers had there body cams on and he wants a copy of the "
      "footage. he also wants to know how many stop and searchs gmp did in salford last year and what % found nothing, "
      "and how many complaints about stop search they had")


def _first(text: str) -> tuple[Conversation, str]:
    conv = Conversation(today=lambda: date(2026, 12, 7))
    conv.clinic = True
    conv.start()
    return conv, "\n".join(m.text for m in conv.reply(text).messages)


@pytest.mark.parametrize("text, quoted, police", [
    (J5, "he wants a copy of the footage", True),
    ("he wants a copy of the bodycam footage from when gmp searched him, and how many searches gmp did in salford last "
     "year", "he wants a copy of the bodycam footage from when gmp searched him", True),
    ("my client asked me to get the cctv of him in the job centre and how many complaints the dwp got about that office",
     "my client asked me to get the cctv of him in the job centre", False),
])
def test_a_recording_of_the_person_is_said_never_dropped(text, quoted, police):
    conv, said = _first(text)
    assert conv.request().route == "foi"
    assert f'"{quoted}"' in said, said
    assert "subject access request" in said and "not in this letter" in said
    assert ("Part 3 of the Data Protection Act 2018" in said) == police
    assert not any("footage" in p.lower() or "cctv" in p.lower() for p in conv.session.parts)


@pytest.mark.parametrize("text", [
    "how many cctv cameras does kent police run in margate and how much did they cost in 2024",
    "how much did bristol city council spend on cctv in 2024",
    "i want the cctv of me at the job centre in bolton on 3 october",  # a subject access request already: its item
])
def test_no_word_where_no_recording_of_a_person_is_left_out(text):
    _, said = _first(text)
    assert "footage of a person is their own personal data" not in said
