"""lead52 (nc70 #13): a terse list of asks after a question, as people type them ("how many drones do gmp have, cost
of the drone programme, the policy on drone use, do they use drones or anpr to watch particular people"): each item
is an ask of its own - a measure named by its noun, a record named with what it is about, a yes/no question - never
a tail of the question before it, and none is lost."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize("message, expected", [
    ("how many drones do gmp have, cost of the drone programme",
     [("drones", "count|kept"), ("The total amount spent on the drone programme.", None)]),
    ("number of drones gmp has, cost of the programme, the policy on drone use",
     [("The number of drones.", None), ("The total amount spent on the programme.", None),
      ("Any policy, procedure or guidance on drone use.", None)]),
    ("how many cameras does the council have on the high street, do they share the footage with the police",
     [("cameras", "count|kept"), ("sharing the footage with the police", "shown_by|use|kept")]),
])
def test_each_item_of_a_terse_list_is_a_part(message, expected):
    parts = frame_message(message, today=TODAY).parts
    assert len(parts) == len(expected), [p.text for p in parts]
    for part, (words, kinds) in zip(parts, expected):
        if kinds is None:
            assert part.text == words, [p.text for p in parts]
        else:
            assert words in part.text and part.kind in kinds.split("|"), (part.kind, part.text)


def test_the_salford_drone_message_keeps_the_covert_question_apart():
    parts = frame_message("how many drones ..., how often flown over little hulton, cost of the drone programme, do "
                          "they use drones or anpr to watch particular people", today=TODAY).parts
    texts = [p.text for p in parts]
    assert "The total amount spent on the drone programme." in texts, texts
    assert any("watch particular people" in t and "programme" not in t for t in texts), texts
