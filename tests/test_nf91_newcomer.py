"""nf91 (nc91 #2): the person's own question inside a story ("why was my operation cancelled twice") is their own data:
offered as a subject access request, never dropped silently as story, never an FOI part (an FOI reply is public).
Messages in my own words, the way people type."""
import pytest

from askfoi.checks import check_request
from askfoi.conversation import Conversation, Step

OWN_WHY = [
    ("Ive been waiting 2 years for a knee operation at leeds general. its been cancelled twice. how many knee operations "
     "did leeds teaching hospitals cancel in 2025? and why was my operation cancelled twice, i want to know the reason",
     "cancel my operation"),
    ("i applied for housing benefit with leeds city council in march. why has my claim been stopped? and how many claims "
     "did they stop in 2025", "stop my claim"),
]


@pytest.mark.parametrize("text, item", OWN_WHY)
def test_a_why_question_about_the_persons_own_case_is_offered_as_subject_access(text, item):
    conv = Conversation()
    conv.start()
    shown = "\n".join(m.text for m in conv.reply(text).messages)
    assert conv.request().route == "sar"
    assert any(item in p for p in conv.session.parts), conv.session.parts
    assert any("how many" in q.lower() for q in conv.session.foi_aside)
    assert not any("my " in q.lower() for q in conv.session.foi_aside), conv.session.foi_aside
    assert "asks for an opinion or an explanation" not in shown  # FOI's warning, never on a subject access letter


@pytest.mark.parametrize("text", ["why was my operation cancelled", "why has my appointment been moved again"])
def test_the_own_data_check_reads_a_why_question_about_my_case(text):
    assert any(f.code == "own-personal-data" for f in check_request(text).findings)


@pytest.mark.parametrize("text", ["why is my street never gritted", "why did my council tax go up by 5 percent",
                                  "why was my mum's care package cut"])
def test_guard_a_place_a_charge_or_someone_elses_case_is_not_my_data(text):
    """guard (passes on main too): the place, a charge everyone pays, or a relative's case (their consent route)."""
    assert not any(f.code == "own-personal-data" for f in check_request(text).findings)


# nc91 #6: a follow-up about the same request after its letter ("the uni said no again on the review ... can you help me
# go to the scottish information commissioner") is the complaint path, never "Start with a new client?"
SCOT = ("how much has the university of edinburgh spent on consultants in the last 3 years and how many staff were made "
        "redundant")
REVIEW_SAID_NO = ["the uni said no again on the review, the consultants spending is still refused. can you help me go to "
                  "the scottish information commissioner",
                  "the review upheld their refusal so i want to complain to the commissioner"]


def _done(conv, message=SCOT):
    for said in (message, "ok", "ok", "ok", "ok", "ok", "ok", "1", "Mairi Campbell", "skip", "skip"):
        if conv.session.step == Step.done:
            break
        conv.reply(said)
    assert conv.session.step == Step.done
    return conv


@pytest.mark.parametrize("said", REVIEW_SAID_NO)
def test_review_refused_again_leads_to_the_commissioner_not_a_new_client(said):
    conv = Conversation()
    conv.clinic = True
    _done(conv)
    turn = conv.reply(said)
    shown = " ".join(m.text for m in turn.messages)
    assert "new_client" not in turn.actions and not conv.session.new_story
    assert "reply" in turn.actions and "This was the review" in shown
    assert "Scottish Information Commissioner" in shown and "6 months" in shown


async def test_review_refused_again_opens_the_reply_screen_at_80x24(tmp_path):
    from textual.widgets import Input

    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.reply import ReplyScreen
    from askfoi.tui.screens import NewClientScreen

    app = AskFOIApp(save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        async def say(text):
            app.query_one("#prompt", Input).value = text
            await pilot.press("enter")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()

        await pilot.pause()
        for said in (SCOT, "ok", "ok", "ok", "ok", "ok", "ok", "1", "Mairi Campbell", "skip", "skip"):
            if app.conversation.session.step == Step.done:
                break
            await say(said)
        assert app.conversation.session.step == Step.done
        await say(REVIEW_SAID_NO[0])
        assert not isinstance(app.screen, NewClientScreen)
        assert isinstance(app.screen, ReplyScreen)


# nc91 #5: "i sent this on 20 october ... no reply, what do i do" and "write me a chaser" at the finished letter: the
# chat says it is late (with the day it was due) and opens the reply screen with who and when typed in, Chase one press
def _hip_done(clinic):
    import datetime

    conv = Conversation(today=lambda: datetime.date(2026, 12, 7))
    conv.clinic = clinic
    return _done(conv, "how many hip replacement operations did norfolk and norwich university hospitals cancel in 2025")


@pytest.mark.parametrize("said", ["i sent this on 20 october and its now december and they havent replied at all. what do "
                                  "i do?", "sent it 20/10/2026 still nothing back"])
def test_a_late_reply_told_in_the_chat_gets_the_chaser(said):
    conv = _hip_done(clinic=True)
    turn = conv.reply(said)
    shown = " ".join(m.text for m in turn.messages)
    assert "17 November 2026" in shown and "13 working days late" in shown
    assert "reply" in turn.actions and turn.track_text.endswith("20/10/2026")
    follow = conv.reply("can you write me a chaser letter")
    assert "reply" in follow.actions and "was due by Tuesday 17 November 2026" in " ".join(m.text for m in follow.messages)


def test_write_me_a_chaser_with_no_day_opens_the_reply_screen_to_ask_it():
    conv = _hip_done(clinic=True)
    turn = conv.reply("can you write me a chaser letter")
    assert "reply" in turn.actions and "Norfolk" in (turn.track_text or "")
    assert "add the day you sent it" in " ".join(m.text for m in turn.messages)


# nc91 #4: what the person says ABOUT the parts at the parts step is an instruction, never a part written word for word
DRONES = ("how many drones does the psni have, how much did they cost, how many times were they used in 2025 and how "
          "much was spent on drone training")


def _at_parts():
    conv = Conversation()
    conv.start()
    conv.reply(DRONES)
    for said in ("ok", "ok"):
        if conv.session.step == Step.parts:
            break
        conv.reply(said)
    assert conv.session.step == Step.parts and len(conv.session.parts) == 4
    return conv


# ny100: the question kept is framed as a part added with "add" is (as a first message's question is): "whether they film
# protesters" is asked as the records that would show it (the better letter: an officer answers for records, not
# questions); "whether they secretly film protesters" has no frame yet and stays the question
@pytest.mark.parametrize("said, start", [
    ("i still want to ask if they secretly film protesters even if they wont say. and 2 and 4 are the same thing about cost",
     "Whether they"),
    ("4 is the same as 2. i do still want to know whether they film protesters even though they probably wont tell me",
     "Any recorded information showing whether you")])
def test_talk_about_the_parts_is_done_never_written_into_the_letter(said, start):
    conv = _at_parts()
    conv.reply(said)
    parts = conv.session.parts
    assert len(parts) == 4 and not any("drone training" in p for p in parts), parts
    assert not any(w in " ".join(parts).lower() for w in ("the same", "still want", "wont", "won't"))
    assert parts[-1].startswith(start) and "film protesters" in parts[-1]
