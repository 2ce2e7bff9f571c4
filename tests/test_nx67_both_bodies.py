"""nx67 (nc64 #9): "both" / "all of them" after naming two or more organisations: each gets its own letter. The chat
says so, writes this letter to the first (or the one the answer names), and keeps the same request for each other one,
written by /next (Ctrl+N) once this letter is done; it never picks one silently nor reads "both" as a name. Messages
written the way people type (bench/nx67_messages/c3.txt)."""
from askfoi.conversation import Conversation

POTHOLES = "how many potholes were reported on the a61 last year, ask both leeds city council and national highways"


def _chat(*said):
    conv = Conversation()
    conv.start()
    turns = [conv.reply(s) for s in said]
    return conv, ["\n".join(m.text for m in t.messages) for t in turns]


def test_both_sends_the_same_request_to_each_body_as_its_own_letter():
    conv, said = _chat(POTHOLES, "both")
    assert conv.session.authority == "Leeds City Council"
    waiting = [r["authority"] for r in conv.session.other_requests]
    assert waiting == ["National Highways"]
    assert "own" in said[1] and "National Highways" in said[1] and "/next" in said[1]
    assert "don't know an organisation" not in said[1]


def test_all_of_them_keeps_a_letter_for_each_other_body():
    conv, said = _chat("i want the same from all of them - bristol city council, south gloucestershire council and "
                       "north somerset council - how many fly tipping fines did they issue last year", "all of them")
    assert conv.session.authority == "Bristol City Council"
    assert [r["authority"] for r in conv.session.other_requests] == ["South Gloucestershire Council",
                                                                    "North Somerset Council"]


def test_both_with_a_name_writes_first_to_the_body_it_names():
    conv, said = _chat("ive had damp in my flat in govan for 2 years, i reported it to elderpark housing association and "
                       "glasgow city council. how many damp complaints did they get last year",
                       "its both of them, elderpark housing association did the inspection")
    assert [r["authority"] for r in conv.session.other_requests] == ["Glasgow City Council"]
    assert "Elderpark Housing Association" in said[1] and "Glasgow City Council" in said[1]
    assert "Both Them" not in said[1]


def test_not_both_is_one_body():
    conv, said = _chat(POTHOLES, "not both, just leeds city council")
    assert not conv.session.other_requests


def test_next_writes_the_same_request_to_the_second_body():
    conv, said = _chat(POTHOLES, "both", "ok", "ok", "ok", "ok", "Jane Smith", "jane@example.com", "ok")
    parts = list(conv.session.parts)
    assert conv.next_letter_ready()
    turn = conv.next_letter()
    assert conv.session.authority == "National Highways"
    assert conv.session.parts == parts
    assert "National Highways" in "\n".join(m.text for m in turn.messages)
