"""lead40 (nc43 #14): at the parts step, "take out the second one", "get rid of the last one" remove that part; a
removal naming no number asks which; none of them is ever added as a new part."""

from datetime import date

from askfoi.conversation import Conversation

TODAY = date(2026, 1, 5)


def _at_parts() -> Conversation:
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    for reply in ("How many speed cameras are there?", "Essex Police", "2023", "add The cost of maintaining them",
                  "add The number of fines issued"):
        conv.reply(reply)
    return conv


def test_a_part_named_by_its_ordinal_is_removed():
    conv = _at_parts()
    before = list(conv.session.parts)
    conv.reply("take out the second one")
    assert conv.session.parts == before[:1] + before[2:]
    conv.reply("get rid of the last one")
    assert conv.session.parts == before[:1] + before[2:-1]


def test_a_removal_with_no_number_asks_which_and_adds_nothing():
    conv = _at_parts()
    before = list(conv.session.parts)
    said = "\n".join(m.text for m in conv.reply("remove the bins part").messages)
    assert conv.session.parts == before
    assert "Which part" in said
