"""Lead, session 26 (nu29): on a shared machine a person who starts typing over the "carry on where you left off?"
offer is writing a new request: what they type is kept and starts it; Enter on the offer still carries on."""
from askfoi.tui.screens import ConfirmScreen
from test_tui import make_app, say, settle


async def test_typing_over_the_resume_offer_starts_a_new_request_and_keeps_the_text(tmp_path):
    first = make_app(tmp_path)
    async with first.run_test() as pilot:
        await settle(pilot)
        await say(pilot, "how many patients are registered at the oaks medical centre?")
    second = make_app(tmp_path)
    async with second.run_test() as pilot:
        await settle(pilot)
        assert isinstance(second.screen, ConfirmScreen)
        await pilot.press(*"hi my neighbour")
        await settle(pilot)
        assert not isinstance(second.screen, ConfirmScreen)
        assert second.conversation.session.about == ""  # the earlier draft is not carried on
        from textual.widgets import Input

        assert second.query_one("#prompt", Input).value == "hi my neighbour"


def test_keys_that_arrive_before_the_offer_closes_answer_it_once_and_are_all_kept():
    # lead 27 (a trial at 80x24 crashed with ScreenStackError): keys typed fast reach the offer before it has closed;
    # each used to dismiss it again, and a space went to the focused "Carry on" button
    from textual import events

    got, answers = [], []
    screen = ConfirmScreen("Carry on?", "Carry on", "Start again", typed=got.append)
    screen.dismiss = answers.append
    screen.set_focus = lambda *_a, **_k: None
    for ch in "my dad":
        screen.on_key(events.Key("space" if ch == " " else ch, ch))
    screen.on_key(events.Key("enter", "\r"))
    screen.action_answer(True)
    assert answers == [False]
    assert "".join(got) == "my dad"
