"""Fixes found by trying askfoi as people would (docs/notes/tr.md): the review letter names the parts
each ground is about and quotes the authority's reference, the chatbot keeps a real name, and the CLI
refuses dates that cannot be right."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.cli import main
from askfoi.followup import reference_in, review_letter

REPLY = """Freedom of Information Request Reference No: 2023/1187

You asked:
1. The number of speed cameras on the A30.
2. The total income from fines.
3. Any minutes that set out the reasons for camera placement.

In Response:
We can confirm that we hold information relevant to part 1 of your request. However, this information is exempt
from disclosure under Section 31(1)(a) (Law Enforcement) of the Freedom of Information Act 2000.

With regard to part 2, income from fixed penalty notices is paid to HM Treasury and the information is not held.

In relation to part 3, to locate and retrieve the information would exceed the appropriate limit of 18 hours under
Section 12 of the Act, as it would require a manual search of meeting records.
"""
REQUEST = ("1. The number of speed cameras on the A30.\n2. The total income from fines.\n"
           "3. Any minutes that set out the reasons for camera placement.")


@pytest.mark.parametrize("text, ref", [
    ("Freedom of Information Request Reference No: 2023/1187", "2023/1187"),
    ("Our ref: FOI-24-0193.", "FOI-24-0193"),
    ("Request number 01.FOI.24.034567", "01.FOI.24.034567"),
    ("Thank you for your request for information, referred to us last week.", None),
    ("", None),
])
def test_reference_in_a_reply(text, ref):
    assert reference_in(text) == ref


def test_review_letter_names_the_parts_and_narrows_the_part_refused_on_cost():
    letter = review_letter(REPLY, request=REQUEST, name="Jane Smith", authority="Devon and Cornwall Police",
                           today=date(2026, 11, 30))
    body = letter.body
    assert "2023/1187" in body and "2023/1187" in letter.subject
    assert "The cost estimate (part 3)" in body
    assert "Information not held (part 2)" in body
    assert "(part 1)" in body.split("The public interest", 1)[1][:20]
    narrowed = body.split("narrower request:", 1)[1].split("\n\n")[1]
    assert "minutes" in narrowed and "speed cameras" not in narrowed


def _to_name_step():
    from askfoi.conversation import Conversation, Step

    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    for line in ("How many speed cameras did Essex Police operate in 2023?", "ok", "ok", "ok"):
        conv.reply(line)
    while conv.session.step in (Step.review, Step.format):
        conv.reply("skip" if conv.session.step == Step.format else "ok")
    assert conv.session.step == Step.name
    return conv


@pytest.mark.parametrize("typed", ["1", "jane@example.com", "ok", "x"])
def test_the_chatbot_does_not_take_a_number_an_email_or_ok_as_the_requesters_name(typed):
    from askfoi.conversation import Step

    conv = _to_name_step()
    conv.reply(typed)
    assert conv.session.step == Step.name and conv.session.requester_name is None


def test_a_name_typed_in_lower_case_gets_capitals_on_the_letter_and_other_casing_is_kept():
    conv = _to_name_step()
    conv.reply("jane o'brien-smith")
    assert conv.session.requester_name == "Jane O'Brien-Smith"
    conv = _to_name_step()
    conv.reply("Mary McDonald")
    assert conv.session.requester_name == "Mary McDonald"


def test_chase_refuses_a_future_sent_date_and_a_reply_that_is_not_late_yet(capsys):
    from datetime import timedelta

    future = (date.today() + timedelta(days=30)).isoformat()
    assert main(["chase", "--sent", future, "--authority", "Kent County Council"]) == 2
    err = capsys.readouterr().err
    assert "future" in err and len(err.strip().splitlines()) == 1
    assert main(["chase", "--sent", date.today().isoformat(), "--authority", "Kent County Council"]) == 2
    err = capsys.readouterr().err
    assert "not late" in err and len(err.strip().splitlines()) == 1
    assert main(["chase", "--sent", "2025-01-06", "--authority", "kent county council"]) == 0
    assert "Dear Kent County Council" in capsys.readouterr().out  # the proper name, not as typed


def test_track_add_refuses_a_future_date_and_uses_the_proper_name(tmp_path, monkeypatch, capsys):
    from datetime import timedelta

    monkeypatch.setenv("ASKFOI_DATA_DIR", str(tmp_path))
    future = (date.today() + timedelta(days=3)).isoformat()
    assert main(["track", "add", "Kent County Council", "--sent", future]) == 2
    assert "future" in capsys.readouterr().err
    assert main(["track", "add", "kent county council", "--sent", "2025-01-06"]) == 0
    assert "Kent County Council" in capsys.readouterr().out


SEED = "/work/shared/seeds/000_6400aced550ccce0.txt"


def test_next_steps_say_when_the_time_for_a_review_has_run_out():
    from askfoi.models import Outcome
    from askfoi.next_steps import next_steps

    old = next_steps(Outcome.refused, received=date(2021, 8, 10), today=date(2026, 11, 30))
    review = next(s for s in old if s.kind == "review")
    assert "ran out" in review.title and review.by < date(2026, 11, 30)
    assert "last day" not in next(s for s in old if s.kind == "commissioner").explanation
    fresh = next_steps(Outcome.refused, received=date(2026, 11, 20), today=date(2026, 11, 30))
    assert "ran out" not in next(s for s in fresh if s.kind == "review").title
    assert "last day" in next(s for s in fresh if s.kind == "commissioner").explanation


def test_explain_says_the_dates_count_from_today_only_when_the_reply_date_is_unknown(tmp_path, capsys):
    from askfoi.reply_explain import explain_reply, explanation_text

    reply = "We do not hold the information you asked for."
    undated = explanation_text(explain_reply(reply, today=date(2026, 11, 30)))
    dated = explanation_text(explain_reply(reply, received=date(2026, 11, 20), today=date(2026, 11, 30)))
    assert "count from today" in undated and "count from today" not in dated
    labelled = explanation_text(explain_reply("Date: 20 November 2026\n" + reply, today=date(2026, 11, 30)))
    assert "count from today" not in labelled


async def test_the_reply_screen_takes_the_day_the_reply_came_at_80x24(tmp_path):
    from textual.widgets import Input, Static, TextArea

    from askfoi.deadlines import long_date, review_request_by
    from askfoi.reply_flow import ReplyStep
    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.reply import ReplyScreen

    today = date(2025, 3, 5)
    app = AskFOIApp(today=lambda: today, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReplyScreen)
        screen.query_one("#reply-text", TextArea).text = "Q1. 14 officers.\nQ2. We do not hold this information."
        await pilot.click("#reply-read")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.query_one("#reply-received-row").display
        body = lambda: str(screen.query_one("#reply-body", Static).render())  # noqa: E731
        assert "count from today" in body()
        box = screen.query_one("#reply-received", Input)
        set_date = screen.query_one("#reply-received-set")
        assert set_date.region.bottom <= 24  # in view at 80x24 without scrolling
        for bad in ("next tuesday", "2025-04-01"):  # not a date; in the future
            box.value = bad
            set_date.press()  # press(), not a click at a position the busy screen may be redrawing
            await pilot.pause()  # the press's worker starts on the next turn of the loop: wait for it too
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert screen.flow.received is None and "not in the future" in str(
                screen.query_one("#reply-message", Static).render())
        box.value = "20/02/2025"
        set_date.press()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.flow.received == date(2025, 2, 20)
        assert f"by {long_date(review_request_by(date(2025, 2, 20)))}" in body()
        assert "count from today" not in body()
        screen.query_one("#reply-letter-review").press()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.flow.step == ReplyStep.letter
        assert "20 February 2025" in screen.flow.letter_text()


def test_the_complaint_reads_cleanly_and_claims_nothing_that_did_not_happen():
    from askfoi.followup import complaint_letter

    late = complaint_letter("", authority="Essex Police", sent=date(2025, 1, 6), late=True, today=date(2026, 11, 30)).body
    assert "despite a chaser" not in late and "reminded" not in late and "[" not in late.replace("[YOUR NAME]", "")
    assert "internal review" not in late  # no reply at all: the ICO needs no review first
    assert "\n\n\n" not in late
    refused = complaint_letter(REPLY, authority="Devon and Cornwall Police", sent=date(2026, 11, 2),
                               today=date(2026, 11, 30)).body
    assert "Its decision: " in refused and '"cost limit"' not in refused


def test_letters_from_the_cli_refuse_a_number_as_the_name_and_capitalise_a_lower_case_one(tmp_path, capsys):
    answers = tmp_path / "a.json"
    answers.write_text('{"authority": "Essex Police", "parts": ["The number of speed cameras."], "name": "1"}')
    assert main(["draft", "--answers", str(answers)]) == 2
    assert "name" in capsys.readouterr().err
    assert main(["chase", "--sent", "2025-01-06", "--authority", "Essex Police", "--name", "07700900123"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert main(["chase", "--sent", "2025-01-06", "--authority", "Essex Police", "--name", "jo bloggs"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("Jo Bloggs")
