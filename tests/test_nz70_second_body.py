"""nz70 (nc70 #10): the second organisation's letter after /next keeps what was promised: the preview names the parts as
the finished letter has them, and the next letter asks neither the organisation nor the period again (nothing
retyped). Messages written the way people type (bench/nz70_messages/c4.txt)."""
import pytest

from askfoi.conversation import Conversation

BOTH = [
    "how many potholes were reported on the a61 last year, ask both leeds city council and national highways",
    "i want to ask highland council and sepa how many complaints about the windfarm noise they got in 2025",
]


@pytest.mark.parametrize("first", BOTH)
def test_next_keeps_the_body_the_period_and_the_parts_promised(first):
    conv = Conversation()
    conv.start()
    conv.reply(first)
    conv.reply("both")
    said = []
    for text in ("ok", "add the total amount spent on it", "ok", "ok", "ok", "Jane Smith", "jane@example.com", "ok",
                 "ok"):
        if conv.next_letter_ready():
            break
        said = [m.text for m in conv.reply(text).messages]
    assert conv.next_letter_ready()
    parts = list(conv.session.parts)
    period = conv.session.period
    promised = "\n".join(said)
    assert all(p in promised for p in parts), promised  # the preview says what the next letter will ask
    shown = "\n".join(m.text for m in conv.next_letter().messages)
    assert "Which organisation" not in shown and "What time period" not in shown
    assert conv.session.parts == parts and conv.session.period == period
