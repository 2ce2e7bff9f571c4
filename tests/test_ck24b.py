"""ck24b: the chat, step by step, for what newcomers do (nu26 items 1, 7, 8, 10, 11; issues 8 and 10).
Invented sentences only."""

from __future__ import annotations

from datetime import date

from askfoi.conversation import Conversation, Step
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import say, settle

TODAY = date(2026, 12, 2)
EMAILS = ("i want all the emails between councillor patel and the highways team at leeds city council about the "
          "new cycle lane on otley road in 2025")


def conv() -> Conversation:
    c = Conversation(today=lambda: TODAY)
    c.start()
    return c


def make_app(tmp_path) -> AskFOIApp:
    return AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())


def test_a_few_words_naming_a_kind_answer_the_question_not_replace_it():
    c = conv()
    c.reply(EMAILS)
    if c.session.parts:  # the first message framed already (a framing change): nothing to answer
        return
    c.reply("the emails")
    assert c.session.parts and c.session.parts[0].startswith("Any correspondence between councillor patel and the highways team")
    assert "cycle lane" in c.session.parts[0]
    assert c.session.about == EMAILS


def test_keep_my_words_keeps_the_question_not_the_answer():
    c = conv()
    c.reply(EMAILS)
    if c.session.parts:
        return
    c.reply("the spreadsheet")  # names no kind the message asks for: the question is asked again
    c.reply("keep my words")
    assert len(c.session.parts) == 1
    assert "cycle lane on otley road" in c.session.parts[0].lower() and "spreadsheet" not in c.session.parts[0]


def test_the_kinds_menu_offers_correspondence():
    c = conv()
    c.reply("the stuff about the library")
    if c.session.parts:
        return
    menu = " ".join(m.text for m in c.session.history if m.role == "bot")
    assert "emails or letters (correspondence)" in menu


async def test_chat_emails_answer_at_80x24(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, EMAILS)
        s = app.conversation.session
        if not s.parts:
            await say(pilot, "the emails")
        assert s.parts and ("correspondence" in s.parts[0].lower() or "emails" in s.parts[0].lower())
        assert "councillor patel" in s.parts[0].lower()
        assert s.step != Step.about


DAD = "my dad is 79 and has asked me to get his housing benefit file from leeds city council, he has given me written permission"
CLIENT = ("I volunteer at an advice centre. My client Mrs Green wants her council tax records from Bristol City Council, "
          "she has signed an authority form.")


def _to_the_letter(c: Conversation, *names: str) -> str:
    for answer in ("ok", "ok", "ok", "1", *names, "skip"):
        c.reply(answer)
    assert c.session.step == Step.done
    return c.letter_text()


def test_a_request_for_a_parent_names_the_record_not_the_errand_and_encloses_the_consent():
    c = conv()
    c.reply(DAD)
    assert c.session.parts and not c.session.parts[0].lower().startswith("has asked")
    assert "housing benefit file" in c.session.parts[0].lower()  # lf58: "Housing Benefit", as the benefit is named
    letter = _to_the_letter(c, "Sam Example", "John Example")
    assert "I enclose his signed written consent" in letter and "[I enclose" not in letter
    assert "on behalf of John Example" in letter and "john example's housing benefit file" in letter.lower()
    assert "[PARENT'S NAME]" not in letter and letter.rstrip().endswith("Sam Example")


def test_a_client_who_signed_an_authority_form_is_asked_for_in_the_writers_role():
    c = conv()
    c.reply(CLIENT)
    joined = " ".join(c.session.parts)
    assert "authority form" not in joined and "my council tax" not in joined.lower()
    letter = _to_the_letter(c, "Sam Example", "skip")
    assert "on her behalf, with her written authority: I enclose her signed authority form" in letter
    assert "[CLIENT'S NAME]'s council tax records" in letter  # "skip": the blank is the person's to fill


def test_consent_not_given_is_not_enclosed():
    from askfoi.whose_records import consent_given

    assert consent_given("my mum hasn't signed the authority form yet") is None
    assert consent_given("she has given me written permission") == "signed written consent"


def test_an_unknown_body_signing_a_pasted_reply_greets_the_review():
    from askfoi.reply_sender import reply_sender

    reply = ("Dear Sir/Madam,\n\nRE: FOI 1234\n\nThank you for your request. We do not hold this information.\n\n"
             "Regards,\nInformation Governance Team\nNorth Example Community Healthcare NHS Trust\n")
    assert reply_sender(reply) == "North Example Community Healthcare NHS Trust"
    wrapped = ("Dear Sir,\n\nWe hold no records of the kind you describe, and we have searched the files of the team "
               "| West\nExample Police\n")
    assert reply_sender(wrapped) is None  # the end of a wrapped line is no line of its own


def test_sent_with_no_organisation_asks_whom_it_went_to(tmp_path):
    from askfoi.tracking import TrackStore

    c = conv()
    c.tracker = TrackStore(tmp_path / "tracked.json")
    c.reply("how much did the trust spend on taxis for patients in 2025")
    c.reply("skip")
    said = " ".join(m.text for m in c.reply("/sent 02/09/2026").messages)
    assert "(the organisation)" not in said and "Which organisation did you send it to?" in said
    said = " ".join(m.text for m in c.reply("Leeds Teaching Hospitals NHS Trust").messages)
    assert "Tracking your request to Leeds Teaching Hospitals NHS Trust, sent 2 September 2026" in said


async def test_chat_sar_for_a_parent_at_80x24(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, DAD, "ok", "ok", "ok", "1", "Sam Example")
        assert app.conversation.session.subject_name_waiting
        await say(pilot, "John Example", "skip")
        letter = app.conversation.letter_text()
        assert "on behalf of John Example" in letter and "I enclose his signed written consent" in letter


def test_the_reply_reader_shows_its_wait_for_past_responses(monkeypatch):
    import threading
    from types import SimpleNamespace

    import askfoi.tui.reply as reply_screen
    from askfoi.templates import render

    monkeypatch.setattr(reply_screen, "MATCHER_WAIT", 2)
    fake = SimpleNamespace(flow=SimpleNamespace(matcher=None), app=SimpleNamespace(matcher_ready=threading.Event()))
    seen: list[int] = []
    later = reply_screen.ReplyScreen._use_apps_matcher(fake, seen.append)
    # nz85 (nc85 #9): read at once without past responses, never a wait; they are added once loaded
    assert later and seen == [] and fake.flow.matcher is not None
    line = " ".join(render("reply/working.j2", waited=12, limit=30).split())
    assert "12 s so far" in line and "after 30 s" in line and "loads them once" in line  # ck27: says what it waits for


def test_explain_of_a_cost_refusal_that_advised_says_the_advice():
    from askfoi.reply_explain import explain_reply, explanation_text

    reply = ("Dear Ms Example,\n\nWe estimate that finding the emails you asked for would exceed the appropriate limit of "
             "£450 (18 hours), so we are not obliged to comply with your request under section 12 of the Freedom of "
             "Information Act 2000.\n\nTo help you, you may wish to consider narrowing your request, for example to "
             "emails sent by one named officer.\n\nYours sincerely,\nInformation Team\nExample Borough Council\n")
    text = explanation_text(explain_reply(reply, today=TODAY))
    assert "Ask it how to narrow" not in text and "one named officer" in text


def test_frame_report_gives_no_period_for_a_subject_access_request():
    from askfoi.framing import frame_message
    from askfoi.templates import render

    f = frame_message("i was stopped by kent police in june and i want the bodycam footage of me", None, today=TODAY)
    if f.route == "sar":
        assert "Period: none" in render("frame/report.txt.j2", f=f)
