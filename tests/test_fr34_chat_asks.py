"""fr34 (issue 8): in a chat message no question the person asked is lost and no part is cut off.

Behaviour, in other words than the tuning sets: a topic followed by asking fragments ("total cost", "how many
refused", "income", "which wards worst") gives one part per fragment, rendered with the topic as subject; "who built
it" has the topic written in; a part made of the whole line with several asks goes; a rendered part whose subject is
empty ("The total amount spent on year.", "The number of days.") is never produced; a question with words of its own
that no part asks is kept whole; one that cannot be made a part is asked back; a rhetorical or story sentence is
neither."""
from __future__ import annotations

import re

import pytest

from askfoi.framing import frame_message


def texts(framing):
    return [p.text for p in framing.parts]


def test_a_topic_then_total_cost_and_who_built_it():
    framing = frame_message("york council new park and ride at askham bar, total cost and who built it")
    parts = texts(framing)
    assert any(re.search(r"(?i)amount spent|cost", p) and "park and ride" in p.lower() for p in parts)
    assert any(p.lower().startswith("who built") and "park and ride" in p.lower() for p in parts)
    assert not any(re.fullmatch(r"(?i)who built (?:it|them)\?", p) for p in parts)


def test_how_many_fragments_and_income_take_the_topic_as_subject():
    framing = frame_message("haringey council parking permits 2023, how many issued, how many refused, income")
    parts = texts(framing)
    assert any("parking permits" in p and "issued" in p for p in parts)
    assert any("parking permits" in p and "refused" in p for p in parts)
    assert any("income" in p.lower() and "parking permits" in p for p in parts)
    # no piece of the line without its subject ("How many issued?", "The number of refused, income.")
    assert all("parking permits" in p for p in parts)


def test_bare_fragments_which_wards_worst_is_a_breakdown():
    framing = frame_message("noise. brent. complaints. 2024. how many. which wards worst")
    assert any("complaints" in p and re.search(r"(?i)broken down by ward", p) for p in texts(framing))


def test_a_part_made_of_the_whole_line_is_split_into_its_asks():
    framing = frame_message("the new library in wakefield, how much did it cost, who designed it and when will the cafe open")
    parts = texts(framing)
    assert not any(p.count(",") >= 2 and "how much" in p.lower() for p in parts)
    assert any("library" in p.lower() and re.search(r"(?i)amount spent|cost", p) for p in parts)
    assert any(p.lower().startswith("who designed") and "library" in p.lower() for p in parts)


def test_a_spend_a_year_carries_the_subject_of_the_count_before():
    framing = frame_message("how many community buses does kirklees run for older people and how much does it cost a year")
    parts = texts(framing)
    assert not any(re.search(r"(?i)\bspent on (?:a )?year\.", p) for p in parts)
    assert any(re.search(r"(?i)amount spent|cost", p) and "community buses" in p for p in parts)


def test_income_of_things_counted_before_is_never_income_from_income():
    framing = frame_message("how many bike hire docks has the council put in, how many are broken and how much money "
                            "did they take in 2024")
    assert not any(re.search(r"(?i)income from income", p) for p in texts(framing))


def test_for_how_many_days_is_never_a_part_without_its_subject():
    framing = frame_message("how many times was the a61 closed for flooding in 2024 and for how many days")
    parts = texts(framing)
    assert not any(re.fullmatch(r"(?i)the number of (?:days|hours)\.", p) for p in parts)
    assert any("days" in p and "A61" in p for p in parts)


def test_a_question_no_part_asks_is_kept_whole():
    framing = frame_message("people race down our lane in thornton every night. has anyone been prosecuted for "
                            "dangerous driving in the village this year? how many reports did lancashire police get")
    assert any("prosecuted for dangerous driving" in p for p in texts(framing))


def test_a_question_that_cannot_be_a_part_is_asked_back_not_dropped():
    framing = frame_message("the bridge on mill lane in otley was shut in march and the council said it was in the "
                            "budget. now its been put back. why was it put back and when was that decided")
    said = " ".join(texts(framing) + framing.questions).lower()
    assert "when was that decided" in said or "decided" in said


def test_a_rhetorical_question_and_the_story_are_not_asked():
    framing = frame_message("they want to charge us for the bulky waste. why should we? how many bulky waste "
                            "collections did brighton council do last year")
    assert not any("why should we" in q.lower() for q in framing.questions)
    assert not any("charge us" in p.lower() for p in texts(framing))
    assert any("bulky waste collections" in p for p in texts(framing))


def test_a_formal_request_is_not_touched():
    text = ("Dear Leeds City Council,\n\nPlease provide the following information:\n1. The number of parking permits "
            "issued in 2024.\n2. The total income from parking permits in 2024.\n\nYours faithfully,\nA Person")
    from askfoi import chat_asks

    before = texts(frame_message(text))
    assert all("permits" in p for p in before)
    assert chat_asks  # the module exists; formal text is left to lost_asks (fr32)


def test_chat_asks_at_the_parts_step():
    """The conversation's parts step holds the fragment's part, rendered with its topic."""
    from datetime import date

    from askfoi.conversation import Conversation, Step

    conv = Conversation(today=lambda: date(2026, 1, 5))
    conv.start()
    conv.reply("leeds city council new bus lanes on kirkstall road, total cost and who designed them")
    for answer in ("Leeds City Council", "2024"):
        if conv.session.step == Step.parts:
            break
        conv.reply(answer)
    parts = " ".join(conv.session.parts).lower()
    assert "bus lanes" in parts and re.search(r"amount spent|cost", parts) and "who designed" in parts


async def test_chatbot_at_80x24_a_fragment_question_reaches_the_parts_step(tmp_path):
    from datetime import date

    from askfoi.tui.app import AskFOIApp
    from tests._pilot import bot_text, say, settle

    app = AskFOIApp(today=lambda: date(2026, 1, 5), save_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "leeds city council new bus lanes on kirkstall road, total cost and who designed them")
        said = bot_text(app)
        assert re.search(r"(?i)amount spent on (?:the )?new bus lanes on kirkstall road", said)
        assert re.search(r"(?i)who designed the new bus lanes", said)
        from askfoi.conversation import Step

        for answer in ("Leeds City Council", "2024"):
            if app.conversation.session.step == Step.parts:
                break
            await say(pilot, answer)
        assert app.conversation.session.step == Step.parts
        parts = " ".join(app.conversation.session.parts).lower()
        assert "amount spent on the new bus lanes" in parts or "amount spent on new bus lanes" in parts
