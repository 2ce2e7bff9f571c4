"""tr5: the chatbot as people use it (docs/notes/tr5.md): answers typed ahead while askfoi is busy, a subject
access request's dates, and what the trials showed. Pilot tests at 80x24, behaviour not wording."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from textual.widgets import Input

from askfoi.conversation import Conversation, Step
from askfoi.tui.app import AskFOIApp
from askfoi.tui.chat import Bubble
from tests._pilot import settle

TODAY = date(2026, 11, 30)


def conversation() -> Conversation:
    return Conversation(today=lambda: TODAY)


def said(app, role="bot") -> list[str]:
    return [b.message.text for b in app.query(Bubble) if b.message.role == role]


# -- 1. answers typed ahead while askfoi is busy --------------------------------------------------------------


def _hold_engine(app) -> threading.Event:
    """The engine answers only once the returned event is set: a slow machine, on demand."""
    gate = threading.Event()
    real = app.conversation.reply
    app.conversation.reply = lambda text: (gate.wait(10), real(text))[1]
    return gate


async def _busy_answering(pilot, first: str) -> tuple[threading.Event, Input]:
    """FIRST sent to an engine held busy: (the event that lets it answer, the answer box)."""
    await settle(pilot)
    gate = _hold_engine(pilot.app)
    prompt = pilot.app.query_one("#prompt", Input)
    prompt.value = first
    await pilot.press("enter")
    await pilot.pause()
    return gate, prompt


async def test_answers_typed_while_busy_are_never_joined_into_one(tmp_path):
    """"ok", "ok", "ok", "1" sent while the first message is worked out: none answers a question not yet on
    screen, none is joined to another ("okokok1" as the organisation); the first comes back, selected."""
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        gate, prompt = await _busy_answering(pilot, "how many pupils were excluded from schools in norfolk last year")
        for typed in ("ok", "ok", "ok", "1"):
            await pilot.press(*typed)
            await pilot.press("enter")
            await pilot.pause()
            assert prompt.value == ""  # held apart, so the next one is not typed onto it
        gate.set()
        await settle(pilot)
        session = app.conversation.session
        assert session.step == Step.authority  # nothing confirmed unseen
        assert session.authority is None or "ok" not in session.authority.lower()
        assert said(app, "you") == ["how many pupils were excluded from schools in norfolk last year"]
        assert prompt.value == "ok" and prompt.selected_text == "ok"  # given back, selected
        note = said(app)[-1]
        assert "ok" in note and "1" in note  # says which were not sent
        await pilot.press(*"Norfolk County Council")  # typing replaces the selected answer
        assert prompt.value == "Norfolk County Council"
        await pilot.press("enter")
        await settle(pilot)
        assert app.conversation.session.authority == "Norfolk County Council"


async def test_the_header_moves_while_an_answer_is_worked_out(tmp_path):
    """A busy app changes its header on its own (moving dots), so a person, or a tool that waits for a still
    screen, sees it is at work; it stops when the answer is shown."""
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        gate = _hold_engine(app)
        app.query_one("#prompt", Input).value = "how many speed cameras are there in essex"
        await pilot.press("enter")
        seen = set()
        for _ in range(8):
            await pilot.pause(0.15)
            seen.add(app.sub_title)
        assert len(seen) > 1
        gate.set()
        await settle(pilot)
        still = app.sub_title
        await pilot.pause(0.6)
        assert app.sub_title == still and "Step" in still


# -- 2. a subject access request's dates belong to its records, never the letter's period ----------------------

SAR = ("under the freedom of information act please send me all the information you hold about me, including my "
       "custody record and the cctv of my arrest on 3 march")


def test_a_subject_access_request_is_never_given_a_period_from_its_dates():
    conv = conversation()
    first = " ".join(m.text for m in conv.reply(SAR).messages)
    assert conv.request().route == "sar"
    assert conv.session.period is None and "3 March 2026" not in first
    conv.reply("Essex Police")
    assert conv.session.step == Step.parts  # the period step is passed over
    assert "3 March" in " ".join(conv.session.parts)  # the date stays with its record
    assert "period" in " ".join(m.text for m in conv.go_to(Step.period).messages).lower()
    assert conv.session.step == Step.parts
    conv.reply("ok")
    # ck21: "the cctv of my arrest" gets the footage warning in the review, as `askfoi frame` gives it
    assert conv.session.step == Step.review and "footage-retention" in {f.code for f in conv.request().findings}
    for answer in ("ok", "skip", "Tom Reed", "skip"):
        conv.reply(answer)
    assert conv.session.step == Step.done
    letter = conv.letter_text()
    assert "3 March" in letter and "for the period" not in letter.lower()


def _sar_to(*answers: str) -> Conversation:
    """The subject access message, then ANSWERS."""
    conv = conversation()
    for answer in (SAR, *answers):
        conv.reply(answer)
    return conv


def test_back_from_the_parts_of_a_subject_access_request_goes_to_the_organisation():
    conv = _sar_to("Essex Police", "/back")
    assert conv.session.step == Step.authority


def test_subject_access_steps_say_nothing_only_true_of_foi():
    conv = conversation()
    conv.reply(SAR)
    said = " ".join(m.text for m in conv.reply("Tom Reed Solicitors Ltd").messages + conv.reply("ok").messages)
    said += " ".join(m.text for m in conv.reply("ok").messages)
    assert "Freedom of Information Act applies" not in said
    assert "FOI officer" not in said
    assert "policy" not in said  # no "2 policy" offer for one's own records


def test_a_message_changed_from_subject_access_to_foi_asks_for_the_period_again():
    conv = conversation()
    conv.reply(SAR)
    conv.reply("Essex Police")
    conv.go_to(Step.about)
    conv.reply("how many people were held in custody at colchester police station in 2024")
    while conv.session.spelling_offer:
        conv.reply("no")
    assert conv.request().route == "foi"
    assert conv.session.period  # the period the new message states
    steps = []
    for _ in range(3):
        steps.append(conv.session.step)
        conv.reply("ok")
    assert Step.period in steps


# -- 3. answers at the organisation step that name no organisation ------------------------------------------


@pytest.mark.parametrize("answer", ["1", "skip", "tom@example.org", "the council", "my local council", "2024"])
def test_an_answer_that_names_no_organisation_is_asked_about(answer):
    conv = conversation()
    conv.reply("how many fly tipping reports were there last year")
    while conv.session.spelling_offer:
        conv.reply("no")
    assert conv.session.step == Step.authority
    said = " ".join(m.text for m in conv.reply(answer).messages)
    assert conv.session.step == Step.authority and conv.session.authority is None
    assert said


def test_a_place_at_the_organisation_step_offers_its_bodies_by_number():
    conv = conversation()
    conv.reply("how many fly tipping reports were there last year")
    conv.reply("norfolk")
    assert conv.session.step == Step.authority
    picks = conv.session.authority_picks
    assert picks and all("Norfolk" in p for p in picks)
    county = picks.index("Norfolk County Council") + 1
    conv.reply(str(county))
    assert conv.session.authority == "Norfolk County Council" and conv.session.step == Step.period


def test_a_message_naming_a_place_but_no_body_offers_the_bodies_there():
    # org14: "pupils ... in norfolk" asks a county council's service, so Norfolk County Council is now proposed (the
    # old message asserted the fault issue 8 names); a message that says nothing of the service still offers picks
    conv = conversation()
    said = " ".join(m.text for m in conv.reply("how many complaints were made in norfolk last year").messages)
    assert conv.session.step == Step.authority and conv.session.authority is None
    assert "Norfolk County Council" in said and "Norfolk County Council" in conv.choices()
    conv = conversation()
    said = " ".join(m.text for m in conv.reply("how many pupils were excluded from schools in norfolk last year").messages)
    assert conv.session.authority == "Norfolk County Council" and "Norfolk County Council" in said


def test_a_persons_name_at_the_organisation_step_is_asked_about_once_and_ok_keeps_it():
    conv = conversation()
    conv.reply("how many fly tipping reports were there last year")
    conv.reply("Tom Reed")
    assert conv.session.authority is None and conv.session.step == Step.authority
    conv.reply("ok")  # it really is the organisation's name
    assert conv.session.authority == "Tom Reed" and conv.session.step == Step.period


def test_a_known_body_is_taken_at_once():
    conv = conversation()
    conv.reply("how many fly tipping reports were there last year")
    conv.reply("leeds city council")
    assert conv.session.authority == "Leeds City Council" and conv.session.step == Step.period


# -- 4. a step that cannot be left ------------------------------------------------------------------------------


def test_ok_twice_at_the_period_step_with_nothing_proposed_goes_on_without_one():
    conv = conversation()
    for answer in ("how many fly tipping reports has leeds city council had", "ok"):
        conv.reply(answer)
    assert conv.session.step == Step.period and conv.session.period is None
    conv.reply("ok")
    assert conv.session.step == Step.period  # told there is nothing to keep, once
    conv.reply("ok")
    assert conv.session.step != Step.period and conv.session.period is None


# -- 5. tracked requests: the chaser one press away, in the chatbot's own terms ---------------------------------


def _tracker_with_overdue(tmp_path):
    from askfoi.tracking import TrackStore

    store = TrackStore(tmp_path / "tracked.json")
    store.add("Essex Police", date(2026, 9, 1))
    store.add("Leeds City Council", date(2026, 11, 20))
    return store


def test_the_reply_path_offers_a_chaser_for_each_overdue_tracked_request(tmp_path):
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: TODAY, tracker=_tracker_with_overdue(tmp_path))
    view = flow.start()
    assert [a for _, a in view.chasers] == ["Essex Police"]  # Leeds is not due yet
    assert "Essex Police" in view.message and "askfoi chase" not in view.body  # no command line in the chatbot
    letter = flow.chase_tracked(view.chasers[0][0])
    assert letter.letter_kind == "chase" and "Essex Police" in letter.body and "1 September 2026" in letter.body


async def test_the_chase_button_writes_the_chaser_at_80x24(tmp_path):
    from textual.widgets import Button

    from askfoi.reply_flow import ReplyFlow
    from askfoi.tui.reply import ReplyScreen

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        flow = ReplyFlow(today=lambda: TODAY, tracker=_tracker_with_overdue(tmp_path))
        app.push_screen(ReplyScreen(flow, save_folder=tmp_path))
        await settle(pilot)
        button = app.screen.query_one("#reply-chase-tracked-0", Button)
        assert button.display and "Essex Police" in str(button.label)
        assert button.region.y < 24  # in view without scrolling
        await pilot.click("#reply-chase-tracked-0")
        await settle(pilot)
        assert flow.letter_kind == "chase" and flow.authority == "Essex Police"


def _finished(conv):
    for answer in ("how many fly tipping reports did leeds city council get in 2024", "ok", "ok", "ok", "ok", "skip",
                   "Jane Smith", "skip"):
        conv.reply(answer)
        while conv.session.spelling_offer:
            conv.reply("no")
        if conv.session.step == Step.review:
            conv.reply("ok")
    assert conv.session.step == Step.done
    return conv


@pytest.mark.parametrize("typed, day", [("i've sent it", TODAY), ("sent 28/11/2026", date(2026, 11, 28)),
                                        ("/sent", TODAY)])
def test_saying_the_letter_was_sent_tracks_it_with_its_due_date(tmp_path, typed, day):
    from askfoi.tracking import TrackStore

    conv = _finished(conversation())
    conv.tracker = TrackStore(tmp_path / "tracked.json")
    conv.reply(typed)
    [tracked] = TrackStore(tmp_path / "tracked.json").load()  # survives: read back from the file
    assert tracked.authority == "Leeds City Council" and tracked.sent == day


def test_saying_sent_with_no_tracker_keeps_nothing_and_says_so(tmp_path):
    conv = _finished(conversation())  # clinic mode: the app gives the conversation no tracker
    said = " ".join(m.text for m in conv.reply("i've sent it").messages)
    assert said and list(tmp_path.iterdir()) == []


def test_a_date_that_is_not_a_day_is_asked_about(tmp_path):
    from askfoi.tracking import TrackStore

    conv = _finished(conversation())
    conv.tracker = TrackStore(tmp_path / "tracked.json")
    conv.reply("sent last year")
    assert conv.tracker.load() == []


@pytest.mark.parametrize("clinic", [False, True])
async def test_coming_back_later_names_the_overdue_request_but_never_in_clinic_mode(tmp_path, clinic):
    from askfoi.session import MemoryStore
    from askfoi.tracking import TrackStore

    TrackStore().add("Essex Police", date(2026, 9, 1))  # the person's own data folder (per test: conftest)
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, clinic=clinic,
                    store=MemoryStore() if clinic else None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        named = any("Essex Police" in text for text in said(app))
        assert named is not clinic


# -- 6. a reply pasted where askfoi asks for a request ---------------------------------------------------------

PASTED = ("Dear Ms Patel, Freedom of Information Request Reference: FOI/2025/1234. Thank you for your request for "
          "information received on 3 March 2025. Essex Police can confirm that it holds information relevant to "
          "your request. However, the information is exempt under section 31(1)(a) of the Freedom of Information "
          "Act 2000 (law enforcement). Yours sincerely, Information Rights Team")


def test_first_messages_are_not_taken_for_replies():
    import json
    from pathlib import Path

    from askfoi.pasted_reply import reads_as_reply

    data = Path(__file__).parent / "data"
    texts = [json.loads(line)["text"] for name in ("first_messages.jsonl", "informal_messages.jsonl")
             for line in (data / name).read_text().splitlines() if line.strip()]
    assert len(texts) > 500 and not [t for t in texts if reads_as_reply(t)]


def test_a_pasted_reply_is_not_framed_as_a_request_and_new_request_takes_it_back():
    conv = conversation()
    turn = conv.reply(PASTED)
    assert "reply" in turn.actions and turn.reply_text == PASTED
    assert conv.session.parts == [] and conv.session.step == Step.about
    conv.reply("new request")  # it was a request after all: framed as one (whatever framing makes of it)
    assert conv.session.about == PASTED


def test_a_reply_pasted_at_the_parts_step_is_never_added_as_a_part():
    conv = conversation()
    for answer in ("how many fly tipping reports did leeds city council get in 2024", "ok", "ok"):
        conv.reply(answer)
    assert conv.session.step == Step.parts
    before = list(conv.session.parts)
    turn = conv.reply(PASTED)
    assert "reply" in turn.actions and conv.session.parts == before


async def test_a_reply_pasted_in_the_chat_opens_the_reply_screen_and_is_read(tmp_path):
    from askfoi.tui.reply import ReplyScreen

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.query_one("#prompt", Input).value = PASTED
        await pilot.press("enter")
        await settle(pilot)
        await app.screen.workers.wait_for_complete() if isinstance(app.screen, ReplyScreen) else None
        await settle(pilot)
        assert isinstance(app.screen, ReplyScreen)
        assert app.screen.flow.explained is not None  # read: what it decided and by when
        assert "31" in " ".join(app.screen.flow.explained.reading.sections)


async def test_clinic_mode_reading_a_reply_at_once_keeps_nothing_in_the_users_cache(tmp_path):
    """The reply screen waits for the app's own matching index (a temporary folder in clinic mode) instead of
    building one in the person's cache folder while the app is still loading."""
    from askfoi.knowledge import user_cache_dir
    from askfoi.matching import get_matcher
    from askfoi.session import MemoryStore
    from askfoi.tui.reply import ReplyScreen

    get_matcher.cache_clear()
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, clinic=True, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_reply(PASTED)  # before the index has loaded
        await pilot.pause()
        for _ in range(200):
            await pilot.pause(0.1)
            if isinstance(app.screen, ReplyScreen) and app.screen.flow.explained is not None:
                break
        assert isinstance(app.screen, ReplyScreen) and app.screen.flow.explained is not None
    get_matcher.cache_clear()
    assert not list(user_cache_dir().glob("match-*")) if user_cache_dir().exists() else True


# -- 7. what the person already said is not asked again; whose name goes on the letter ---------------------------

DETAILS = ("hi my name is jane smith. how many missed bin collections were there in bristol in 2024? i'd like it as "
           "a spreadsheet please. my email is jane@example.org")


def test_a_name_email_and_format_in_the_message_are_used_and_not_asked_again():
    conv = conversation()
    conv.reply(DETAILS)
    s = conv.session
    assert conv.request().route == "foi"  # "my email is ..." is not a request about the writer's own data
    assert "jane@example.org" not in " ".join(s.parts) and "Jane" not in " ".join(s.parts)
    asked = []
    for _ in range(8):
        asked.append(s.step)
        if s.step == Step.done:
            break
        conv.reply("ok")
    assert s.step == Step.done
    assert not {Step.name, Step.email, Step.format} & set(asked)
    letter = conv.letter_text()
    assert "Jane Smith" in letter and "spreadsheet" in letter.lower()


def test_an_address_inside_what_is_asked_for_stays_in_the_request():
    from askfoi.own_details import take_details

    text = "i want the emails between the council and jane@council.gov.uk about the park closure in 2024"
    assert take_details(text).email is None and take_details(text).rest == text


def test_first_messages_in_the_corpus_keep_their_request_text():
    import json
    from pathlib import Path

    from askfoi.own_details import take_details

    data = Path(__file__).parent / "data"
    texts = [json.loads(line)["text"] for name in ("first_messages.jsonl", "informal_messages.jsonl")
             for line in (data / name).read_text().splitlines() if line.strip()]
    changed = [t for t in texts if " ".join(take_details(t).rest.split()) != " ".join(t.split())]
    assert len(changed) <= 2  # only a letter's own sign-off ("Yours faithfully, Jane Smith") is taken out


def test_a_volunteer_typing_for_a_client_is_asked_for_the_clients_name():
    conv = conversation()
    conv.reply("hi im a volunteer at citizens advice typing this for my client. how many evictions did birmingham "
               "city council carry out in 2024")
    for _ in range(8):
        if conv.session.step == Step.name:
            break
        turn = conv.reply("ok")
    assert conv.session.step == Step.name
    assert "client" in turn.messages[-1].text.lower()
    conv.reply("Aisha Khan")
    assert conv.session.requester_name == "Aisha Khan"


@pytest.mark.parametrize("typed, kept", [("Sam Okafor", False), ("sam@example.org", False),
                                         ("a Word document", True), ("paper copies by post", True)])
def test_the_format_step_takes_only_a_format(typed, kept):
    conv = _finished(conversation())
    conv.go_to(Step.format)
    conv.reply(typed)
    assert (conv.session.preferred_format == typed) is kept
    assert (conv.session.step == Step.format) is not kept


@pytest.mark.parametrize("typed", ["ok", "skip", "Mark Evans", "sent"])
def test_an_answer_to_another_question_is_never_taken_as_the_first_message(typed):
    conv = conversation()
    said = " ".join(m.text for m in conv.reply(typed).messages)
    assert conv.session.about == "" and conv.session.step == Step.about and said


def test_ok_while_questions_are_open_keeps_the_first_message():
    conv = conversation()
    conv.reply("tell me about the bins")
    first = conv.session.about
    if not conv.session.parts:  # too vague to frame: questions back
        conv.reply("ok")
        assert conv.session.about == first and conv.session.step == Step.about


async def test_a_held_answer_is_shown_again_as_plain_text(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        gate, prompt = await _busy_answering(pilot, "how many speed cameras are there in essex")
        for typed in ("[bold red]ok[/]\x1b[31m", "{{ 7*7 }}"):
            prompt.value = typed
            await pilot.press("enter")
            await pilot.pause()
        gate.set()
        await settle(pilot)
        assert "\x1b" not in prompt.value and prompt.value.startswith("[bold red]ok[/]")
        note = said(app)[-1]
        assert "{{ 7*7 }}" in note and "49" not in note and "\x1b" not in note


def test_a_reply_to_a_subject_access_request_offers_no_foi_review_or_complaint():
    from askfoi.reply_flow import ReplyFlow

    reply = ("Dear Mr Reed, Thank you for your subject access request received on 2 October 2026. We have withheld the "
             "custody CCTV under Schedule 2 of the Data Protection Act 2018. Your custody record is enclosed.")
    foi = ReplyFlow(today=lambda: TODAY, authority="Essex Police").read(reply)
    sar = ReplyFlow(today=lambda: TODAY, authority="Essex Police", sar=True).read(reply)
    assert sar.offers == [] and "internal review by" not in sar.body.lower()
    assert "ICO" in sar.message
    # a reply that says it answers a subject access request is read as one even when the flow did not know
    assert foi.offers == [] and foi.body == sar.body
    assert sar.body.count("Information Commissioner's Office") == 0  # said once, in the message, not again below
    fixed = ReplyFlow(today=lambda: TODAY, authority="Essex Police").read(
        "Dear Mr Reed, Thank you for your request under the Freedom of Information Act 2000 received on 2 October "
        "2026. We hold no information.")
    assert fixed.offers  # an FOI reply keeps its FOI steps


async def test_the_reply_screen_after_a_subject_access_letter_knows_the_route(tmp_path):
    from askfoi.tui.reply import ReplyScreen

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.conversation.reply(SAR)
        app.conversation.reply("Essex Police")
        app.action_reply()
        await settle(pilot)
        assert isinstance(app.screen, ReplyScreen) and app.screen.flow.sar


@pytest.mark.parametrize("typed", ["sent", "i've sent it", "new request"])
def test_words_for_other_steps_are_not_taken_as_the_name(typed):
    conv = _finished(conversation())
    conv.go_to(Step.name)
    conv.reply("Jane Smith")
    conv.go_to(Step.name)
    conv.reply(typed)
    assert conv.session.requester_name == "Jane Smith" and conv.session.step == Step.name


def test_a_subject_access_request_offers_formats_for_ones_own_records():
    conv = _sar_to("Essex Police", "ok", "ok")  # ck21: the footage warning's review, then the format
    assert conv.session.step == Step.format
    offered = conv.choices()
    assert offered and not any("spreadsheet" in c for c in offered)
    conv.reply("1")
    for answer in ("Tom Reed", "skip"):
        conv.reply(answer)
    assert "video" in conv.letter_text()  # footage asked for as footage, not as a PDF


def test_an_overdue_subject_access_request_gets_no_foi_chaser(tmp_path):
    """(lead s18, nu19: it got no chaser at all) the chaser it gets is under the UK GDPR, never FOI's section 10."""
    from askfoi.models import Regime
    from askfoi.reply_flow import ReplyFlow
    from askfoi.tracking import TrackStore

    store = TrackStore(tmp_path / "tracked.json")
    tracked = store.add("Essex Police", date(2026, 9, 1), regime=Regime.SAR)
    flow = ReplyFlow(today=lambda: TODAY, tracker=store)
    view = flow.start()
    assert view.chasers == [(tracked.id, "Essex Police")] and "ICO" in view.body
    letter = flow.chase_tracked(tracked.id).body
    assert "Article 12(3)" in letter and "section 10" not in letter and "Freedom of Information" not in letter


async def test_the_header_counts_the_steps_a_subject_access_request_takes(tmp_path):
    from tests._pilot import say

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, SAR, "Essex Police")
        assert app.conversation.session.step == Step.parts
        assert "Step 3 of 8" in app.sub_title
