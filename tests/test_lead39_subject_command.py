"""lead39 (newcomer): "subject planning application 24/01234/FUL for the warehouse" typed over parts about officers'
hospitality and a noise assessment turned them into "whether planning application ..." and a second copy of the
application, and lost both questions. "subject ..." changes only parts that share one topic; a part whose subject is a
statement or the document itself keeps it; nothing is ever lost or made a duplicate."""

from datetime import date

from askfoi.conversation import Conversation, Step

TODAY = date(2026, 12, 3)


def at_parts(first: str) -> Conversation:
    c = Conversation(today=lambda: TODAY)
    c.start()
    c.reply(first)
    c.reply("ok")
    c.reply("2024")
    assert c.session.step == Step.parts, c.session.step
    return c


def said(c: Conversation, text: str) -> str:
    return "\n".join(m.text for m in c.reply(text).messages)


def test_parts_about_different_things_are_left_as_they_were():
    c = at_parts("did braintree council planning officers get hospitality from the developer of the warehouse on "
                 "london road, and was a noise assessment done before planning permission was granted")
    before = list(c.session.parts)
    assert len(before) == 2
    reply = said(c, "subject planning application 24/01234/FUL for the warehouse")
    assert c.session.parts == before
    assert "different things" in reply and "edit" in reply


def test_parts_about_one_topic_all_take_the_new_subject():
    c = at_parts("how many fly tipping reports did leeds city council get in 2024 and how much did it cost to clear them")
    assert len(c.session.parts) == 2
    reply = said(c, "subject fly-tipping on council land")
    assert "Every part now asks about" in reply
    assert all("fly-tipping on council land" in p for p in c.session.parts), c.session.parts
    assert len(set(c.session.parts)) == 2


def test_a_sentence_with_one_period_in_it_answers_the_period_step():
    """lead39 (newcomer): "the application was 24/01234/FUL, decided in march this year" was refused at the period step."""
    c = Conversation(today=lambda: TODAY)
    c.start()
    c.reply("how many objections did braintree council receive to the warehouse planning application")
    c.reply("ok")
    assert c.session.step == Step.period, c.session.step
    c.reply("the application was 24/01234/FUL, decided in march this year")
    assert c.session.period == "1 March 2026 to 31 March 2026", c.session.period
