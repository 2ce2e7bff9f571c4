"""ny73 (nc73 #3 / #5): "both" bodies: the second letter asks every part the first one asked, word for word (never three
of four lost in a re-reading); the law comes from what a part asks (sea lice, chemical treatments, discharges), never
from a place's name ("Loch Spelve", "the River Wye centre"). Messages written the way people type
(bench/ny73/c3_place_words.py)."""
import pytest

from askfoi.checks import check_request
from askfoi.conversation import Conversation

P3 = ("im a creel fisherman on mull, theres a salmon farm in loch spelve and another at Loch Buie run by mowi and since "
      "they came the lobster catch is way down and theres dead wrasse. i want the sea lice counts and what chemicals they "
      "treated with (azamethiphos, emamectin etc) at those 2 farms, the inspection reports, and all the emails between the "
      "marine directorate / sepa and mowi. from the scottish government and sepa")
ANSWERS = {"authority": "both", "period": "1", "parts": "ok", "review": "ok", "format": "skip", "name": "Alasdair MacLean",
           "email": "skip"}


def _finish(conv):
    for _ in range(20):
        step = conv.session.step.value
        if step == "done":
            return
        conv.reply(ANSWERS.get(step, "ok"))
    raise AssertionError(f"stuck at {conv.session.step}")


def test_both_writes_every_part_to_the_second_body():
    conv = Conversation()
    conv.start()
    conv.reply(P3)
    for _ in range(6):
        if conv.session.step.value == "parts":
            break
        conv.reply(ANSWERS.get(conv.session.step.value, "no"))
    # the parts as nc73's p3 left them after editing (the /next announcement quoted them)
    conv.reply("edit 1 the sea lice counts at the loch spelve and loch buie farms")
    conv.reply("edit 2 the chemical treatments used at the loch spelve and loch buie farms (azamethiphos, emamectin "
               "benzoate etc)")
    conv.reply("edit 3 the inspection reports for those farms")
    _finish(conv)
    first = list(conv.session.parts)
    assert len(first) >= 4
    assert conv.next_letter_ready()
    conv.next_letter()
    assert "Environment Protection" in (conv.session.authority or "")
    assert conv.session.parts == first
    _finish(conv)
    assert conv.session.parts == first


@pytest.mark.parametrize("text, environmental", [
    ("how many staff work at the Loch Lomond visitor centre in 2025", False),
    ("the number of school trips to the River Wye centre in 2024", False),
    ("The sea lice counts at the Loch Spelve and Loch Buie farms in 2025.", True),
    ("what chemical treatments were used at the salmon farm in Loch Linnhe in 2025", True),
])
def test_the_law_comes_from_what_is_asked_never_a_place_name(text, environmental):
    found = [f for f in check_request(text, "Scottish Government").findings if f.code == "environmental-information"]
    assert bool(found) == environmental, found
    assert all("loch" not in (f.evidence or "").lower() and "river" not in (f.evidence or "").lower() for f in found)
