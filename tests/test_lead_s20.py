"""Lead fixes of session 20, each from a newcomer's session (nu22) or from trying the product."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, Static

from askfoi.reply_flow import ReplyFlow
from askfoi.tracking import TrackStore
from askfoi.tui.app import AskFOIApp
from askfoi.tui.reply import ReplyScreen


async def _settle(pilot, n: int = 6) -> None:
    for _ in range(n):
        await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _app(tmp_path, monkeypatch) -> AskFOIApp:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    return AskFOIApp(today=lambda: date(2026, 11, 30), save_folder=tmp_path, load_matcher=False)


async def _waiting(pilot, message: str) -> ReplyScreen:
    """The reply screen opened by a first message from someone waiting for a reply."""
    await _settle(pilot)
    pilot.app.query_one("#prompt", Input).value = message
    await pilot.press("enter")
    await _settle(pilot)
    assert isinstance(pilot.app.screen, ReplyScreen)
    return pilot.app.screen


async def test_a_date_typed_after_the_filled_in_organisation_is_not_glued_to_its_name(tmp_path, monkeypatch):
    """nu22: the tracking box held "Sheffield City Council" and the person typed "12 september": the box read
    "Sheffield City Council12 september" and nothing was tracked. The first line asks for the day they sent it."""
    app = _app(tmp_path, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _waiting(pilot, "sheffield city council still havent answered my foi request")
        first = str(screen.query_one("#reply-message", Static).render())
        assert "day you sent" in first and not first.startswith("Paste the reply")
        assert screen.focused is screen.query_one("#reply-sent", Input)
        await pilot.press(*"12", "space", *"september")
        assert screen.query_one("#reply-sent", Input).value == "Sheffield City Council 12 september"
        await pilot.press("enter")
        await _settle(pilot)
        assert screen.flow.sent == date(2026, 9, 12)
        assert screen.flow.authority == "Sheffield City Council"


def test_ok_typed_after_the_filled_in_date_confirms_it(tmp_path):
    for typed in ("Kent Police 02/10/2026ok", "Kent Police 02/10/2026 ok", "Kent Police 02/10/2026 yes.",
                  "Kent Police 02/10/2026 OKAY"):
        flow = ReplyFlow(today=lambda: date(2026, 11, 30), tracker=TrackStore(path=tmp_path / f"t{len(typed)}.json"))
        flow.track(typed)
        assert flow.sent == date(2026, 10, 2), typed
        assert flow.authority == "Kent Police", typed


def test_a_tracked_subject_access_request_is_chased_under_the_uk_gdpr(tmp_path, monkeypatch, capsys):
    """nu22: `track list` suggested an FOI chaser (no --regime) for a tracked SAR; `track add --regime SAR` was
    refused. A Scottish EIR request is chased as one (--scotland: EISR)."""
    from askfoi.cli import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert main(["track", "add", "Kent County Council", "--sent", "2026-10-15", "--regime", "sar"]) == 0
    assert main(["track", "add", "Highland Council", "--sent", "2026-09-01", "--regime", "EIR"]) == 0
    capsys.readouterr()
    assert main(["track", "list"]) == 0
    out = capsys.readouterr().out
    assert '--authority "Kent County Council" --regime SAR)' in out
    assert '--authority "Highland Council" --regime EIR --scotland)' in out


def _parts(text: str) -> list[tuple[str, str]]:
    from askfoi.framing import frame_message

    framing = frame_message(text)
    return [(p.kind, p.text) for p in framing.parts]


def test_a_yes_no_question_about_a_body_named_in_lower_case_is_asked_not_lost():
    """nu22: "does essex police have a policy on live facial recognition, and how many times ..." lost the policy
    question (read as background: no "?", and "essex" is no pronoun). Several wordings, some written after the fix."""
    cases = {
        "does essex police have a policy on live facial recognition, and how many times did they use it in 2025":
            "policy",
        "does leeds city council have a policy on pavement parking, and how many fines did they issue in 2025": "policy",
        "do south wales police have a DPIA for facial recognition and how much did it cost": "assessment",
        "has bristol city council got a policy on fly tipping, and how many fines were issued in 2024": "policy",
        "did north yorkshire police carry out an equality impact assessment on stop and search, and how many "
        "searches were there in 2024": "assessment",
    }
    for text, kind in cases.items():
        parts = _parts(text)
        assert len(parts) >= 2, (text, parts)
        assert parts[0][0] == kind, (text, parts)


def test_statements_still_read_as_statements():
    from askfoi.questions import is_statement

    assert is_statement("The council won the appeal.")
    assert is_statement("Essex Police has a policy on drones.")
    assert not is_statement("does essex police have a policy on drones")
    assert not is_statement("do my local council publish their spending")


def test_a_university_by_its_words_in_any_order():
    from askfoi.authorities import resolve_authority

    for typed, name in [("cambridge university", "University of Cambridge"), ("oxford university", "University of Oxford"),
                        ("Oxford uni", "University of Oxford"), ("oxford brookes", "Oxford Brookes University"),
                        ("leeds uni", "University of Leeds"), ("police essex", "Essex Police")]:
        found = resolve_authority(typed)
        assert found is not None and found.known and found.name == name, (typed, found)


def test_a_reply_signed_the_university_of_x_names_its_sender():
    from askfoi.reply_sender import reply_sender

    reply = ("Dear Ms Smith\n\nHaving searched our records, I can confirm that the University does not hold the "
             "information you requested.\n\nYours sincerely\n\nInformation Governance Office\nThe University of Manchester\n")
    assert reply_sender(reply) == "University of Manchester"


def test_what_a_waiting_person_asked_reads_after_it_asked():
    from askfoi.pasted_reply import asked_topic

    assert asked_topic("i asked kent police for how many tasers they used on kids back on 2 october and heard "
                       "nothing").lower() == "for the number of tasers used on children"  # ck23b: rendered from its frame
    # (lead57: nx85's standard words in a count, "kids" -> "children")
    # (lf58: case-blind, the trade name is written "Taser")
    assert asked_topic("i asked hampshire police for the number of burglaries in winchester on 3 october and they "
                       "still havent replied") == "for the number of burglaries in Winchester"


def test_subject_access_items_are_records_not_questions_or_story():
    from askfoi.sar_items import sar_items

    assert sar_items("can you find out if the police have a file on me? greater manchester police") == []
    assert sar_items("do you have anything on me") == []
    assert sar_items("i want my mums care records from the council and hes in kent") == ["[PARENT'S NAME]'s care records"]
    assert sar_items("i want the cctv footage of me being assaulted outside the library on 3 november and the council "
                     "has cameras there") == ["The CCTV footage of me being assaulted outside the library on 3 November"]
    assert sar_items("i want the footage of my arrest and detention") == ["The footage of my arrest and detention"]


def test_no_article_before_a_gerund_with_its_object_or_a_determiner():
    from askfoi.framing import Frame, render_frame

    for subject, text in [("fixing the mould", "Any policy, procedure or guidance on fixing the mould."),
                          ("training of officers", "Any policy, procedure or guidance on the training of officers."),
                          ("their use of drones", "Any policy, procedure or guidance on their use of drones.")]:
        frame = Frame(kind="policy", subject=subject)
        frame.article = True
        assert render_frame(frame) == text


def test_questions_after_a_story_or_a_request_are_not_lost():
    """nu22: three shapes that lost a question: a yes/no question with "?" that a learnt unit model demoted to a
    remark; "and how much it cost" after a request; the person's own school named in brackets before the question."""
    texts = [p for _, p in _parts("I'm a student at the university of leeds and I was harassed by a lecturer. How many "
                                  "complaints of sexual harassment against staff did the uni get in the last 5 years? "
                                  "How many staff were disciplined? Do they have a policy on NDAs?")]
    assert len(texts) == 3 and "policy" in texts[2].lower()
    texts = [p for _, p in _parts("Can I see the contract between Birmingham City Council and Oracle and how much it cost")]
    assert len(texts) == 2 and "how much" in texts[1].lower()
    texts = [p for _, p in _parts("my sons school (oakfield academy in frome) how many kids were excluded in 2024/25 and "
                                  "how many teachers left")]
    assert len(texts) == 2 and "excluded" in texts[0]
    texts = [p for _, p in _parts("our gp surgery (riverside medical centre) how many patients are on the waiting list")]
    assert len(texts) == 1 and "patients" in texts[0]


def test_a_named_person_typed_in_lower_case_with_a_title():
    """nu22: "how many complaints did the nhs trust get about dr smith" raised no personal-data finding (names were
    read only with capitals). A shop ("pc world") and the verb "miss" are no person."""
    from askfoi.checks import check_request

    def personal(text):
        return "third-party-personal-data" in [f.code for f in check_request(text, None).findings]

    assert personal("how many complaints did the nhs trust get about dr smith at the royal london hospital")
    assert personal("has pc jones been disciplined")
    assert personal("were there any complaints against cllr patel")
    assert not personal("how many complaints about pc world")
    assert not personal("did the council miss collections in may")
    assert not personal("how many complaints were made against police officers in 2024")


def test_a_police_file_on_me_is_asked_for_under_section_45_too():
    """nu22: "can you find out if the police have a file on me" to Greater Manchester Police cited UK GDPR Art 15 only
    and listed the question as the item. Police hold a person's file for law enforcement: the letter asks under DPA
    2018 s45 (and Art 15 for anything else), for all the data held."""
    framing = frame_message_for("can you find out if the police have a file on me? greater manchester police")
    assert framing.regime == "DPA-Part3"
    assert [p.text for p in framing.parts] == ["All the personal data you hold about me."]
    assert frame_message_for("my council has a file on me, i want a copy").regime == "SAR"


def frame_message_for(text):
    from askfoi.framing import frame_message

    return frame_message(text)


def test_a_cost_per_unit_reads_as_a_rate():
    """nu23: "how much did it cost per shift" gave "The total amount spent on per shift."."""
    assert _parts("how many agency nurses did barts health use last year and how much did it cost per shift")[1] == \
        ("total_spend", "The cost of agency nurses per shift.")
    assert _parts("how much does the home office pay per night for asylum hotels") == \
        [("total_spend", "The cost per night for asylum hotels.")]
    assert _parts("how much did leeds council spend on agency staff in 2024")[0][1].startswith("The total amount spent on")


def test_the_deceased_records_warning_names_the_route():
    from askfoi.checks import check_request

    finding = next(f for f in check_request("my dad died in june at the royal free, i want his medical records",
                                            None).findings if f.code == "deceased-records")
    assert "Access to Health Records Act 1990" in finding.message


async def test_pressing_enter_again_after_tracking_is_not_not_tracked(tmp_path, monkeypatch):
    """nu23: after a request was tracked, each further Enter in the box stacked toasts titled "Not tracked yet" whose
    text said it was tracked (the check compared the sent day before and after)."""
    app = _app(tmp_path, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _waiting(pilot, "my foi to kent police is late, i sent it on 2 october")
        screen.query_one("#reply-sent", Input).focus()
        await pilot.press("enter")
        await _settle(pilot)
        assert screen.flow.sent == date(2026, 10, 2)
        await pilot.press("enter")
        await _settle(pilot)
        assert not any(n.title == "Not tracked yet" for n in app._notifications)
        assert len(screen.flow.tracker.load()) == 1
        screen.query_one("#reply-sent", Input).value = "kent police sometime"
        await pilot.press("enter")
        await _settle(pilot)
        assert any(n.title == "Not tracked yet" for n in app._notifications)
