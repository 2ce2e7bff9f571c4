"""ui51 (nc50 #12): a reply pasted after a request was drafted in the chat, that plainly does not answer it (another
body, nothing it says it answers in the request, a quoted question never asked), says so in one line first; a reply
that answers it, or names nothing it answers, says nothing of the kind."""
from datetime import date

from askfoi.reply_flow import ReplyFlow
from askfoi.reply_match import request_mismatch
from askfoi.reply_request import quoted_items

REPLY = ("Date: 20 November 2026\n\nDear Ms Khan,\n\nThank you for your request received by West Yorkshire Police on 23 "
         "October 2026.\n\nYou asked:\n1. How many body-worn video cameras did West Yorkshire Police own on 1 October "
         "2026?\n2. How many times did the force use IMSI catchers in 2025?\n3. How many stop and searches were carried "
         "out in 2025, broken down by ethnicity?\n\nResponse:\nQuestion 1: 3,412.\nQuestion 2: West Yorkshire Police can "
         "neither confirm nor deny that it holds the information (section 23(5)).\nQuestion 3: 18,211.\n\n"
         "Yours sincerely,\nInformation Management Unit\nWest Yorkshire Police\n")
ASKED = ("1. The number of body-worn video cameras owned by West Yorkshire Police on 1 October 2026.\n"
         "2. The number of times IMSI catchers were used by the force in 2025.")
LISTED = ("Thank you for your request dated 29 October 2026 for the following information:\n1. The total paid by Fife "
          "Council to agency social workers in 2025/26.\n2. The names of the agencies.\n\n1. We paid £4,317,902.\n"
          "2. Hays, Sanctuary Personnel.\n")


def test_the_quoted_list_ends_at_its_blank_line():
    assert quoted_items(LISTED) == ["The total paid by Fife Council to agency social workers in 2025/26.",
                                    "The names of the agencies."]


def test_a_question_never_asked_is_named():
    odd = request_mismatch(REPLY, request=ASKED, authority="West Yorkshire Police")
    assert odd is not None and odd.kind == "extra" and "stop and searches" in odd.asked[0]
    assert request_mismatch(REPLY, request=ASKED + "\n3. The number of stop and searches in 2025 by ethnicity.",
                            authority="West Yorkshire Police") is None


def test_another_body_or_another_request_is_said_and_a_reply_naming_nothing_is_not_judged():
    assert request_mismatch(REPLY, request=ASKED, authority="Kent Police").kind == "body"
    assert request_mismatch(REPLY, request="1. The number of potholes repaired in 2025.").kind == "parts"
    assert request_mismatch("The information you asked for is attached.", request="1. The number of potholes.") is None


def test_the_chat_reply_path_says_it_in_one_line_first():
    flow = ReplyFlow(today=lambda: date(2026, 12, 5), authority="West Yorkshire Police", request=ASKED)
    message = flow.read(REPLY).message
    assert message.startswith("This reply also answers a question the request written here did not ask")
    assert "is it the reply to that request?" in message
    flow = ReplyFlow(today=lambda: date(2026, 12, 5), authority="West Yorkshire Police",
                     request=ASKED + "\n3. The number of stop and searches in 2025 by ethnicity.")
    assert "request written here" not in flow.read(REPLY).message


async def test_after_a_request_drafted_in_the_chat_f9_says_the_reply_does_not_match_at_80x24(tmp_path):
    from textual.widgets import Static, TextArea

    from askfoi.tui.app import AskFOIApp
    from tests._pilot import say, settle
    from tests.test_reply_tui import open_reply

    app = AskFOIApp(today=lambda: date(2026, 12, 5), save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "West Yorkshire Police: how many body-worn video cameras did the force own on 1 October "
                         "2026, and how many times did the force use IMSI catchers in 2025?")
        # ap99: parts not yet confirmed are no request of theirs; the organisation and the period confirmed, the
        # parts step is on screen: the request drafted here is the one the reply is read against
        await say(pilot, "ok")
        await say(pilot, "ok")
        assert app.conversation.session.parts
        screen = await open_reply(pilot)
        screen.query_one("#reply-text", TextArea).text = REPLY
        await pilot.click("#reply-read")
        await settle(pilot)
        said = " ".join(str(screen.query_one("#reply-message", Static).render()).split())
        assert "did not ask" in said and "stop and searches" in said, said
