"""ck25a: the conversation as newcomers drive it (nu27): a question after a story is kept, emissions monitoring is
environmental information, "ok" never loops, the right route for someone else's or a dead person's records, and
answers typed ahead and run together. Invented sentences only."""

from __future__ import annotations

from datetime import date

from askfoi.conversation import Conversation, Step
from askfoi.framing import frame_message
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import say, settle

TODAY = date(2026, 12, 2)


def conv() -> Conversation:
    c = Conversation(today=lambda: TODAY)
    c.start()
    return c


def said(turn) -> str:
    return " ".join(" ".join(m.text.split()) for m in turn.messages)


# 1. a story, then at a comma "what X does the body hold on ... since ...": a part, its period, and under the EIR
def test_monitoring_data_after_a_story_is_an_environmental_part_with_its_period():
    framing = frame_message("theres a horrible smell from the tip by our estate, what readings does the environment agency "
                            "hold on ammonia levels since march 2024 and what complaints have they had", today=TODAY)
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2 and "ammonia levels" in texts[0] and "complaints" in texts[1]
    assert framing.period_text == "since march 2024" and framing.regime == "EIR"


# 2. a suspicion that a body hides a count is the count asked; and "ok" at the first step moves on the second time
def test_a_count_said_to_be_hidden_is_asked_and_ok_never_loops():
    framing = frame_message("i reckon our council (leeds) is keeping quiet about how many empty flats there are, how many "
                            "have been empty for over a year", today=TODAY)
    assert [p.text for p in framing.parts] == ["The number of empty flats.",
                                              "The number of empty flats that have been empty for over a year."]
    c = conv()
    c.reply("i think they are covering something up about the old library")
    if c.session.parts:  # a framing change made it a part: nothing left to loop on
        return
    first = said(c.reply("ok"))
    assert '"ok" again' in first and c.session.step == Step.about
    c.reply("ok")
    assert c.session.parts and c.session.step != Step.about


# 3. social services and one household: their personal data (s40(2)), said plainly, with what can be asked instead
def test_a_neighbours_social_care_visits_are_their_personal_data():
    c = conv()
    out = said(c.reply("the family across the road keep having social workers round, can i find out what it is about"))
    assert "section 40(2)" in out and "personal data" in out and "policy" in out and "figures" in out
    assert not c.session.parts
    again = said(c.reply("ok"))
    assert "no FOI letter" in again and "I still need" not in again


# 4. a lasting power of attorney: the attorney asks on the person's behalf, enclosing the registered LPA
def test_an_attorney_makes_the_request_in_the_persons_name():
    c = conv()
    c.reply("my grandad has alzheimers, he wants his adult social care file from bristol city council and i have a "
            "property and financial affairs lpa for him")
    letter = c.letter_text()
    assert "about me" not in letter
    assert "as his attorney under a lasting power of attorney for property and financial affairs" in letter
    assert "I enclose a copy of the registered lasting power of attorney" in letter
    assert not any("affairs" in p or "lpa" in p.lower() for p in c.session.parts)  # the enclosure is no record asked for


# 5. a dead parent's health records: "ok" writes the Access to Health Records Act letter, never a loop
def test_ok_writes_the_access_to_health_records_act_letter():
    c = conv()
    first = said(c.reply("my mum died at leeds general infirmary in august and i want her medical notes from the stroke ward"))
    assert "Access to Health Records Act 1990" in first and 'Type "ok"' in first
    c.reply("ok")
    letter = c.letter_text()
    assert "section 3(1)(f) of the Access to Health Records Act 1990" in letter and "my late mother" in letter
    assert "death certificate" in letter and "personal representative" in letter and "claim arising out of her death" in letter
    assert "Leeds Teaching Hospitals" in letter
    assert "The letter is above" in said(c.reply("ok"))


# 6. a force's records of what it did to the person: DPA 2018 Part 3 (s45), whatever the verb
def test_a_police_encounter_is_asked_under_part_3_whatever_the_verb():
    for text in ("can i have the body worn video of cheshire police questioning me at the petrol station in june",
                 "i want my bodycam footage from when cheshire police pulled me over on the a556"):
        framing = frame_message(text, today=TODAY)
        assert framing.route == "sar" and framing.regime == "DPA-Part3", text
    assert frame_message("i applied to cheshire police as a special constable, i want my application file",
                         today=TODAY).regime == "SAR"


# 7. answers typed ahead and run together: read as those words, never an organisation; no field swallows "ok"
def test_typed_ahead_words_are_read_as_the_words_they_are(tmp_path):
    from askfoi.reply_flow import ReplyFlow
    from askfoi.tracking import TrackStore

    c = conv()
    c.reply("how many parking fines did the council issue in 2025")
    c.reply("okskip")  # no body yet: "ok" has nothing to confirm, "skip" is no organisation either
    assert c.session.authority in (None, "") or "skip" not in (c.session.authority or "").lower()
    c.reply("Sheffield City Council ok")
    assert c.session.authority == "Sheffield City Council" and c.session.step not in (Step.about, Step.authority)
    flow = ReplyFlow(today=lambda: TODAY, tracker=TrackStore(tmp_path / "t.json"))
    flow.track("Sheffield City Council 01/10/2026 okskip")
    assert flow.authority == "Sheffield City Council"


async def test_chat_ok_after_another_route_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "my grandfather passed away in a hospice in may, i need his nursing records", "ok")
        assert "Access to Health Records Act 1990" in app.conversation.letter_text()
        await say(pilot, "okok")
        assert app.conversation.session.history[-1].text.startswith("The letter is above")


async def test_chat_typed_ahead_and_ok_at_the_first_step_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many bus shelters did the council remove in 2025", "Derby City Council ok")
        c = app.conversation
        assert c.session.authority == "Derby City Council" and c.session.step not in (Step.about, Step.authority)
        assert all("Derby City Council ok" not in (p or "") for p in (c.session.authority, *c.session.parts))
