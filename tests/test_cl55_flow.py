"""cl55 (nc55 #1d, #8, #10, #11): promises the chat makes are kept, at 80x24.

#1d: a question set aside for another organisation ("I'll keep that as a note") is shown when the letter is done and
/next (Ctrl+N) writes it, nothing retyped. #10: a period typed at a subject access letter's parts step is a period,
never a part. #8: a new client's story typed after a finished letter (clinic) opens "New client?" with the story kept;
Cancel says so in the chat. #11: the non-clinic person is never called "the same client"; /save's folder is named
before it writes."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input

from askfoi.conversation import Step
from askfoi.tui.app import AskFOIApp
from tests._pilot import bot_text, say, settle

TODAY = date(2026, 12, 5)
TWO_BODIES = ("how many potholes did sheffield council fix in 2025 and how many burglaries did south yorkshire police "
              "record in 2025")


def _footer_keys(app) -> set[str]:
    return {b.action for (_, b, enabled, _) in app.active_bindings.values() if b.show and enabled}


async def _to_done(pilot, *answers: str) -> None:
    for answer in answers:
        if pilot.app.conversation.session.step == Step.done:
            break
        await say(pilot, answer)
    assert pilot.app.conversation.session.step == Step.done


async def test_question_for_another_body_is_written_next_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, TWO_BODIES)
        assert app.conversation.session.authority == "Sheffield City Council"
        assert "next_letter" not in _footer_keys(app)
        await _to_done(pilot, "ok", "ok", "ok", "ok", "ok", "Priya Shah", "skip", "skip")
        assert "next_letter" in _footer_keys(app)  # the promised next request is waiting
        done = " ".join(m.text for m in app.conversation.session.history[-3:])
        assert f"save it as a text file in {tmp_path}" in done  # #11: where /save writes, said before it writes
        await say(pilot, "ok")
        last = app.conversation.session.history[-1].text
        assert "/next" in last and "South Yorkshire Police" in last and "burglaries" in last
        await pilot.press("ctrl+n")
        await settle(pilot)
        s = app.conversation.session
        assert s.authority == "South Yorkshire Police" and s.requester_name == "Priya Shah"
        assert any("burglar" in p.lower() for p in s.parts) and not any("pothole" in p.lower() for p in s.parts)
        assert "same client" not in bot_text(app)  # #11: not in clinic mode: no "client"
        assert "next_letter" not in _footer_keys(app)


SAR = ("i want a copy of my own records from swansea bay health board, the letters about me being on the waiting list "
       "for my hip operation")


async def test_period_typed_at_the_sar_parts_step_is_a_period_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, SAR, "ok")
        s = app.conversation.session
        assert app.conversation._is_sar() and s.step == Step.parts
        parts = list(s.parts)
        await say(pilot, "last 2 years")
        assert s.parts == parts  # never "2. Last 2 years."
        assert s.period == "1 December 2024 to 30 November 2026"
        assert "is a period, not a kind of record" in bot_text(app)
        await say(pilot, "letters about my referral in 2025")  # records with a period in them: still a part
        assert len(s.parts) == len(parts) + 1 and "referral" in s.parts[-1]
        await _to_done(pilot, "ok", "ok", "ok", "ok", "Sam Jones", "skip", "skip")
        assert "for the period 1 December 2024 to 30 November 2026" in app.conversation.letter_text()


GLASGOW = ("new client, man from glasgow. the council approved a new incinerator at the old gas works in polmadie and he "
           "wants to know what the emissions will be, what monitoring they do and what the sepa said about it")


async def _clinic_done(pilot) -> None:
    await settle(pilot)
    await say(pilot, "How many speed cameras did Essex Police operate in 2023?")
    await _to_done(pilot, "ok", "ok", "ok", "ok", "ok", "1", "Jo Bloggs", "skip", "skip")


async def test_new_story_after_a_finished_letter_offers_a_new_client_at_80x24(tmp_path):
    from askfoi.tui.screens import NewClientScreen

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await _clinic_done(pilot)
        for said in ("ok", "last 3 years", "Alasdair Reid"):  # answers, not a new request: the letter is finished
            await say(pilot, said)
            assert not isinstance(app.screen, NewClientScreen)
            assert "Your letter is finished" in app.conversation.session.history[-1].text
        await say(pilot, GLASGOW)
        assert "Your letter is finished" not in app.conversation.session.history[-1].text
        assert isinstance(app.screen, NewClientScreen)  # offered, with the story kept in it
        assert "incinerator" in app.screen.words
        await pilot.press("enter")  # the focus is on Cancel by design: nothing wiped, and the chat says so
        await settle(pilot)
        assert app.conversation.session.step == Step.done and "speed cameras" in app.conversation.session.about
        assert "Cancelled: still on Jo Bloggs's letter" in bot_text(app)
        assert app.query_one("#prompt", Input).value == GLASGOW  # kept, never lost
        await pilot.press("f8")
        await settle(pilot)
        await pilot.click("#yes")
        await settle(pilot)
        assert app.conversation.session.about == "" and app.query_one("#prompt", Input).value == GLASGOW


async def test_terse_volunteer_shorthand_is_framed_at_80x24(tmp_path):
    # #9: the body, the subject and the kind of record ("numbers"), with no verb: a request, not "what exactly ...?"
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "client wants leeds city council damp complaints numbers")
        s = app.conversation.session
        assert s.authority == "Leeds City Council"
        assert s.parts == ["The number of damp complaints."]
        assert "What exactly should" not in bot_text(app)


ACADEMY = ("hi my son got excluded from his academy in manchester last week. i want to know how many exclusions they did "
           "and whats there policy")


async def test_an_unnamed_academy_is_asked_for_not_its_council_at_80x24(tmp_path):
    # #3: an academy answers for itself through its trust: "which academy?", with why, never Manchester City Council
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, ACADEMY)
        s = app.conversation.session
        if s.step == Step.about and '"their policy" for "there policy"' in bot_text(app):
            await say(pilot, "yes")  # lf61 (nc58 #13): the slip is offered first, never changed silently
        assert s.step == Step.authority and s.authority != "Manchester City Council"
        said = bot_text(app)
        assert "Which academy do you mean?" in said and "academy trust" in said
        # a parent's answer in a sentence is taken as the name, the trust told back, never "just the name"
        await say(pilot, "its oakwood academy, part of the northern star trust i think")
        said = bot_text(app)
        assert "I need just the organisation's name" not in said
        assert 'I\'ve taken "Oakwood Academy" as the organisation' in said and "Northern Star Trust" in said


async def test_a_period_at_the_organisation_step_is_kept_for_the_period_step_at_80x24(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "how many pupils were excluded from schools by manchester city council")
        s = app.conversation.session
        assert s.step == Step.authority and s.authority == "Manchester City Council"
        await say(pilot, "last 3 school years")  # "school" is a word for a kind of body, but this is a period
        assert s.authority == "Manchester City Council"
        assert s.period == "1 September 2023 to 31 August 2026"
