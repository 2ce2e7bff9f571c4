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
