"""nx64 (nc64 #8): the FOI questions a subject access letter set aside keep the message's period only when they state
it themselves; a date told of the person's own records ("the inspection report they did on my flat in march") is no
period for the FOI figures (tests/test_cl53_clinic.py keeps "repair reports the council got in 2025")."""
import datetime as dt

import pytest

from askfoi.conversation import Conversation, Step


@pytest.mark.parametrize("message,wrong", [
    ("my flat in haringey has had black mould for 2 years. i want to know how many damp complaints the council got for "
     "my estate and how much they spent on damp repairs, and i want the inspection report they did on my flat in march.",
     "March 2026"),
    ("the council inspected my house in tottenham in january and found nothing. i want a copy of the inspection report "
     "on my house from january, and how many disrepair complaints haringey council received from tenants across the "
     "borough", "1 January 2026"),
])
def test_a_date_of_the_own_records_is_no_period_for_the_set_aside_questions(message, wrong):
    conv = Conversation(today=lambda: dt.date(2026, 12, 5))
    conv.clinic = True
    conv.reply(message)
    for said in ("ok",) * 8 + ("Jane Smith", "skip", "skip"):
        if conv.session.step == Step.done:
            break
        conv.reply(said)
    assert conv.session.step == Step.done and conv._is_sar() and conv.next_letter_ready()
    conv.reply("/next")
    assert wrong not in (conv.session.period or "")
